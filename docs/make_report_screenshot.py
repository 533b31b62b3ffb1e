"""Render docs/report.pdf's first page as docs/report.png: the report for the physiotherapist
over six weeks of made-up but realistic practice (pain easing, one "it hurts" stop, a worse
morning, a regression and a progression, a programme from a physiotherapist).

    .venv/bin/python docs/make_report_screenshot.py [--language de]

The PDF is drawn by the app (services/report.py); poppler's pdftoppm turns its first page into
the PNG, so the picture is exactly what a physiotherapist would print.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "packaging"))  # the build tools (i18n_tools)

import i18n_tools  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from pilates_desktop import i18n  # noqa: E402
from pilates_desktop.core.care.checkin import CheckIn, Feeling  # noqa: E402
from pilates_desktop.core.care.prescription import Prescription  # noqa: E402
from pilates_desktop.core.care.progression import Decision, Direction, Reason  # noqa: E402
from pilates_desktop.core.care.report import build_report, report_period  # noqa: E402
from pilates_desktop.core.history import ItemStatus, SessionStatus  # noqa: E402
from pilates_desktop.core.library import load_library  # noqa: E402
from pilates_desktop.core.stats import Goal, GoalKind  # noqa: E402
from pilates_desktop.services.care.report import ReportWriter  # noqa: E402

TZ = ZoneInfo("Europe/Berlin")
TODAY = date(2026, 4, 17)
ROUTINES = {
    "back-care-basics": ("Back-Care Basics", ["basic-starting-position", "knee-lifts",
                                              "double-knee-lift", "leg-extensions"]),
    "lower-back-release": ("Lower-Back Release", ["legs-up-the-wall", "childs-pose", "lunges"]),
}


@dataclass(frozen=True)
class Item:
    exercise: str
    done_s: int
    reps_done: int | None
    status: ItemStatus
    pain: int | None


@dataclass(frozen=True)
class Session:
    id: str
    routine_id: str
    routine_name: str
    started_at: datetime
    active_s: int
    status: SessionStatus
    pain_before: int | None
    pain_after: int | None
    hurt_exercise: str | None
    items: tuple[Item, ...]


def six_weeks(seed: int = 3) -> list[Session]:
    rng = random.Random(seed)
    out: list[Session] = []
    start = TODAY - timedelta(days=TODAY.weekday()) - timedelta(weeks=5)
    for week in range(6):
        days = sorted(rng.sample(range(7), 2 if week in (1, 4) else 3))
        for day in days:
            when = datetime.combine(start + timedelta(weeks=week, days=day),
                                    datetime.min.time(), TZ) + timedelta(hours=18)
            if when.date() > TODAY:
                continue
            routine = "back-care-basics" if len(out) % 3 else "lower-back-release"
            name, exercises = ROUTINES[routine]
            base = 6 - week * 0.6
            hurt = len(out) == 4
            items = []
            for ex in exercises:
                pain = max(0, min(10, round(base - 2 + rng.uniform(-1, 1))))
                if hurt and ex == "double-knee-lift":
                    items.append(Item(ex, 25, 2, ItemStatus.PARTIAL, 7))
                    break
                items.append(Item(ex, rng.choice([60, 90, 120]), rng.choice([None, 8]),
                                  ItemStatus.DONE, pain))
            before = round(base + rng.uniform(-0.5, 0.5))
            out.append(Session(
                f"s{len(out) + 1}", routine, name, when,
                sum(i.done_s for i in items) + 240, SessionStatus.PAIN if hurt
                else SessionStatus.FINISHED, before, None if hurt else max(0, before - 1),
                "double-knee-lift" if hurt else None, tuple(items)))
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--language", default="en")
    parser.add_argument("--out", type=Path, default=HERE / "report.png")
    parser.add_argument("--pdf", type=Path, help="also keep the whole PDF here")
    args = parser.parse_args()
    app = QApplication([])
    i18n_tools.ensure_built()
    i18n.install_translators(app, args.language)
    sessions = six_weeks()
    hurt = next(s for s in sessions if s.status is SessionStatus.PAIN)
    worse_day = sessions[7].started_at + timedelta(hours=15)
    checkins = [
        CheckIn(worse_day.date(), worse_day, Feeling.WORSE, 5, (sessions[7].routine_id,),
                (sessions[7].id,)),
        CheckIn(sessions[11].started_at.date() + timedelta(days=1),
                sessions[11].started_at + timedelta(hours=15), Feeling.BETTER, 2,
                (sessions[11].routine_id,), (sessions[11].id,)),
    ]
    decisions = [
        Decision(hurt.started_at + timedelta(minutes=20), Direction.REGRESS, Reason.HURT,
                 "back-care-basics", "double-knee-lift", True, "knee-lifts"),
        Decision(sessions[-2].started_at + timedelta(minutes=30), Direction.PROGRESS,
                 Reason.PAIN_FREE, "back-care-basics", "knee-lifts", True, "double-knee-lift"),
    ]
    prescriptions = {"back-care-basics": Prescription(
        3, 6, "A. Weber, physiotherapist", "Stop any exercise that hurts more than 5 out of 10.",
        report_period(TODAY, 6).first)}
    report = build_report(sessions, checkins, decisions, Goal(GoalKind.SESSIONS, 3),
                          report_period(TODAY, 6), TZ,
                          datetime.combine(TODAY, datetime.min.time(), TZ), prescriptions)
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        print("pdftoppm not found: install poppler-utils", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "report.pdf"
        pages = ReportWriter(load_library()).write(report, args.pdf or pdf)
        pdf = args.pdf or pdf
        subprocess.run([pdftoppm, "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile",
                        str(pdf), str(args.out.with_suffix(""))], check=True)
    print(f"{args.out} (page 1 of {pages})")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
