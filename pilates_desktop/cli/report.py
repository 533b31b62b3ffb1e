"""``pilates-desktop report -o FILE.pdf [--weeks N]``: the report for the physiotherapist.

The same report as History › "Report for my physiotherapist…", in the language of the app's
setting. It only reads the history (never writes, closes or moves it). A folder that does not
exist, a file that cannot be written or a number of weeks outside 1-104 is one line on stderr
and exit status 2; nothing half-written is left behind.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from pilates_desktop.core.care import DEFAULT_WEEKS, MAX_WEEKS
from pilates_desktop.core.errors import PilatesError

if TYPE_CHECKING:
    from pilates_desktop.app import Core


class ReportUsageError(PilatesError):
    pass


def add_parser(sub: Any) -> None:
    r = sub.add_parser("report", help="write the report for your physiotherapist as a PDF")
    r.add_argument("-o", "--output", required=True, metavar="FILE.pdf",
                   help="where to write the PDF")
    r.add_argument("--weeks", default=str(DEFAULT_WEEKS), metavar="N",
                   help=f"how many weeks up to today (1-{MAX_WEEKS}, default {DEFAULT_WEEKS})")


def _weeks(text: str) -> int:
    try:
        weeks = int(text)
    except ValueError:
        weeks = 0
    if not 1 <= weeks <= MAX_WEEKS or not text.strip().isdigit():
        raise ReportUsageError(f"--weeks must be a whole number from 1 to {MAX_WEEKS}, "
                               f"got {text!r}")
    return weeks


def _target(text: str) -> Path:
    path = Path(text).expanduser()
    if path.is_dir():
        raise ReportUsageError(f"{path}: is a folder; give a file name such as report.pdf")
    if not path.parent.is_dir():
        raise ReportUsageError(f"{path}: the folder {path.parent} does not exist")
    return path


def run(args: argparse.Namespace, core: Core, out: TextIO, err: TextIO) -> int:
    weeks = _weeks(args.weeks)
    target = _target(args.output)

    from pilates_desktop import i18n
    from pilates_desktop.app import create_application
    from pilates_desktop.core.care.state import CareState
    from pilates_desktop.core.errors import FormatError
    from pilates_desktop.core.history import HistoryStore
    from pilates_desktop.core.stats import Goal, GoalKind
    from pilates_desktop.i18n import system_zone
    from pilates_desktop.services.care.report import ReportWriter
    from pilates_desktop.services.care.service import FILE_NAME, make_report, read_state
    from pilates_desktop.services.settings import GOAL_KIND, GOAL_MINUTES, GOAL_SESSIONS, LANGUAGE

    # Fonts and a PDF need a GUI application, never a screen: draw offscreen.
    app = create_application(["pilates-desktop", "-platform", "offscreen"])
    settings = core.settings()
    i18n.install_translators(app, str(settings.value(LANGUAGE)))
    kind = GoalKind(settings.value(GOAL_KIND))
    goal = Goal(kind, int(settings.value(GOAL_SESSIONS if kind is GoalKind.SESSIONS
                                         else GOAL_MINUTES)))
    first_weekday = settings.first_weekday()  # the weeks History counts by
    try:
        state = read_state(core.paths.data_dir / FILE_NAME)
    except (FormatError, OSError) as exc:  # the report goes on without the decisions
        err.write(f"pilates-desktop: warning: {' '.join(str(exc).split())}; the report "
                  "leaves out progressions and regressions\n")
        state = CareState()
    store = HistoryStore.open(core.paths.history_db, backups_dir=core.paths.backups_dir,
                              maintenance=False, read_only=True).store
    try:
        report = make_report(store, state, goal, core.repository.all(), core.clock,
                             system_zone(), weeks, first_weekday)
    finally:
        store.close()
    pages = ReportWriter(core.library).write(report, target)
    out.write(f"{target}: {pages} page{'s' if pages != 1 else ''}, {report.sessions} "
              f"session{'s' if report.sessions != 1 else ''} from {report.period.first} "
              f"to {report.period.last}\n")
    return 0
