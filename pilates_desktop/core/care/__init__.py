"""The physiotherapist's loop, as rules without Qt: pain monitoring, the next-morning check-in,
progression and regression, the red-flag screen, a prescribed programme and the report's data.

Each module is a set of pure functions over core objects and the time it is given (taken from
the injected Clock by the caller), so the window, the tray, the command line and the tests
apply one set of rules. docs/safety.md lists every threshold and where it comes from.
"""

# The report's period, in weeks up to today (here, not in report.py, so the command line's
# parser and the window's menu know them without loading the report's rules at start-up).
DEFAULT_WEEKS = 6
MAX_WEEKS = 104
