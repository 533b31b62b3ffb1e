"""The bundle's executable: the same entry point as the installed ``pilates-desktop`` script."""

import sys

from pilates_desktop.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
