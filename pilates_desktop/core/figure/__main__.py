"""``python -m pilates_desktop.core.figure --settle`` rewrites the cache of solved angles."""

from __future__ import annotations

import sys

from pilates_desktop.core.figure.files import main

if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
