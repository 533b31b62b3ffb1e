import sys

from pilates_desktop.cli.main import main

sys.exit(main())
