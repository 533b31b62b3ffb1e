"""Render docs/history-*.png: the History window over a year of realistic practice (two or
three sessions most weeks, a few missed weeks, pain easing), at 1280x720 light and dark, in
German, and on a 1024x600 screen in German (and in English in /tmp, to look at).

    .venv/bin/python docs/make_history_screens.py
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import uuid
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

TZ = ZoneInfo("Europe/London")
NOW = datetime(2026, 11, 19, 19, 30, tzinfo=TZ)

ROUTINES = {
    "back-care-basics": ("Back-Care Basics", ["basic-starting-position", "knee-lifts", "double-knee-lift", "leg-extensions"]),
    "powerhouse": ("Powerhouse", ["glute-bridge", "small-crunches", "toe-taps", "thoracic-lifts", "clams", "hip-twist"]),
    "upper-back-relief": ("Upper-Back Relief", ["the-hundred", "roll-up", "single-leg-stretch", "double-leg-stretch"]),
    "lower-back-release": ("Lower-Back Release", ["legs-up-the-wall", "childs-pose", "lunges"]),
    "desk-break": ("Desk Break", ["standing-roll-down", "upper-spine-stretch"]),
}
NOTES = ["", "", "", "", "Hips felt tight", "Easier than last week", "Did it after work, tired",
         "Back felt loose afterwards", "Slept better", "Short one before the train"]


def realistic_year(now: datetime = NOW, seed: int = 7) -> dict[str, Any]:
    """A history export covering the year up to ``now``."""
    rng = random.Random(seed)
    sessions = []
    start = (now - timedelta(days=364)).replace(hour=0, minute=0, second=0)
    missed = {9, 10, 23, 31, 44}  # a cold, a holiday, a busy month
    day = start
    week = 0
    while day < now:
        if week not in missed:
            count = rng.choice([2, 3, 3, 3, 4]) if week > 6 else rng.choice([1, 2, 2, 3])
            days = sorted(rng.sample(range(7), count))
            for d in days:
                when = day + timedelta(days=d, hours=rng.choice([7, 8, 12, 18, 19, 20]), minutes=rng.choice([0, 10, 25, 40]))
                if when >= now:
                    continue
                rid = rng.choice(list(ROUTINES))
                name, exercises = ROUTINES[rid]
                progress = (when - start).days / 365
                items = []
                for ex in exercises:
                    for side in (["right", "left"] if ex in ("clams", "lunges") else ["none"]):
                        planned = rng.choice([60, 90, 120, 150])
                        roll = rng.random()
                        status = "done" if roll > 0.1 else "partial" if roll > 0.04 else "skipped"
                        done = planned if status == "done" else planned // 2 if status == "partial" else 0
                        items.append({"exercise": ex, "side": side, "planned_s": planned, "done_s": done,
                                      "reps_done": None, "status": status})
                active = sum(i["done_s"] for i in items) + 60 * rng.randint(3, 9)
                status = "finished" if rng.random() > 0.08 else rng.choice(["stopped", "pain"])
                before = max(0, min(10, round(6.2 - 3.0 * progress + rng.gauss(0, 1.0))))
                after = max(0, min(10, before - rng.choice([0, 1, 1, 2, 2, 3]) + (2 if status == "pain" else 0)))
                rated = rng.random() > 0.15
                sessions.append({
                    "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                    "routine": {"id": rid, "name": name},
                    "started_at": when.isoformat(),
                    "ended_at": (when + timedelta(seconds=active + 120)).isoformat(),
                    "planned_s": active + 60,
                    "active_s": active,
                    "status": status,
                    "pain_before": before if rated else None,
                    "pain_after": after if rated else None,
                    "note": rng.choice(NOTES),
                    "hurt_exercise": "roll-up" if status == "pain" else None,
                    "items": items,
                })
        day += timedelta(days=7)
        week += 1
    sessions = [x for x in sessions if x["started_at"] < (now - timedelta(days=3)).isoformat()]
    for days_ago, rid in ((3, "powerhouse"), (1, "back-care-basics")):  # this week so far
        when = (now - timedelta(days=days_ago)).replace(hour=8, minute=5)
        name, exercises = ROUTINES[rid]
        items = [{"exercise": ex, "side": "none", "planned_s": 120, "done_s": 120, "reps_done": None,
                  "status": "done"} for ex in exercises]
        sessions.append({
            "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)), "routine": {"id": rid, "name": name},
            "started_at": when.isoformat(), "ended_at": (when + timedelta(minutes=17)).isoformat(),
            "planned_s": 960, "active_s": 900 + 60 * days_ago, "status": "finished", "pain_before": 3,
            "pain_after": 2, "note": "", "hurt_exercise": None, "items": items,
        })
    return {"format": "pilates-desktop/history", "version": 1, "sessions": sessions}


def render(shots: list[tuple[str, str, tuple[int, int], Path, int]]) -> None:
    """The History window of the real app (``build_app``, as ``pilates-desktop`` makes it), over
    a year of practice imported into a fresh data folder: one picture per (theme, language,
    size, file, tab), switching theme and language as Preferences does."""
    from PySide6.QtCore import QLocale

    from pilates_desktop.app import build_app
    from pilates_desktop.cli.main import build_parser
    from pilates_desktop.core.clock import FakeClock
    from pilates_desktop.services.prompter import DefaultPrompter
    from pilates_desktop.services.settings import LANGUAGE, THEME

    locales = {"en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
               "de": QLocale(QLocale.Language.German, QLocale.Country.Germany)}
    with tempfile.TemporaryDirectory() as folder:
        args = build_parser().parse_args(["--data-dir", folder, "--no-first-run"])
        app = build_app(args, FakeClock.at(NOW), DefaultPrompter())
        assert app.services is not None and app.window is not None
        app.services.history.import_json(realistic_year(), "demo.json")
        for theme, language, size, out, tab in shots:
            QLocale.setDefault(locales[language])
            app.services.settings.set_value(LANGUAGE, language)
            app.services.settings.set_value(THEME, theme)
            app.window.show_history()
            view = app.window.history_window
            for _ in range(5):
                app.qapp.processEvents()  # the language change retranslates first
            view.resize(*size)
            view.tabs.setCurrentIndex(tab)
            view.refresh()  # numbers and dates in the locale just set
            for _ in range(5):
                app.qapp.processEvents()
            view.grab().save(str(out))
            print(out, view.width(), "x", view.height())
        app.close()


if __name__ == "__main__":
    wide, small = (1280, 720), (1024, 600)
    shots = [("light", "en", wide, HERE / "history-light.png", 0),
             ("dark", "en", wide, HERE / "history-dark.png", 0),
             ("light", "de", wide, HERE / "history-de.png", 0),
             ("light", "en", small, Path("/tmp/history-1024.png"), 0),  # looked at, not kept
             ("light", "de", small, HERE / "history-1024-de.png", 0)]
    if "--sessions" in sys.argv:
        shots.append(("light", "en", small, Path("/tmp/history-sessions.png"), 1))
    render(shots)
