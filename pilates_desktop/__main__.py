import sys

from pilates_desktop.cli import main

sys.exit(main())
