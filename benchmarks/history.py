"""How the history scales: ten years of daily practice against one week.

    .venv/bin/python benchmarks/history.py [--runs 7]

Builds, in a temporary folder, a database with 10 years of daily sessions (3,650 sessions,
36,500 items) and one with a single week (7 sessions), then prints medians of several runs:

1. the time to open the History view and draw every chart, as a ratio 10 years / 1 week
   (target under 2);
2. the app's start-up to its first painted window with the 10-year database, as a ratio to
   start-up with an empty data folder (target under 1.1), measured by starting
   ``python -m pilates_desktop --data-dir D --no-first-run`` with PILATES_EXIT_AFTER_PAINT=1;
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

TZ = ZoneInfo("Europe/London")
NOW = datetime(2026, 11, 19, 20, 0, tzinfo=TZ)
EXERCISES = ["the-hundred", "roll-up", "glute-bridge", "clams", "toe-taps", "hip-twist",
             "thoracic-lifts", "childs-pose", "lunges", "knee-lifts"]


def export(days: int) -> dict[str, Any]:
    sessions = []
    for n in range(days):
        when = (NOW - timedelta(days=days - n)).replace(hour=7, minute=30)
        items = [{"exercise": ex, "side": "none", "planned_s": 90, "done_s": 90 if k % 7 else 45,
                  "reps_done": 8, "status": "done" if k % 7 else "partial"}
                 for k, ex in enumerate(EXERCISES)]
        active = sum(i["done_s"] for i in items)
        sessions.append({
            "id": str(uuid.UUID(int=n + 1, version=4)),
            "routine": {"id": f"routine-{n % 4}", "name": f"Routine {n % 4}"},
            "started_at": when.isoformat(),
            "ended_at": (when + timedelta(seconds=active + 60)).isoformat(),
            "planned_s": 900, "active_s": active, "status": "finished",
            "pain_before": 3 + n % 4, "pain_after": 2 + n % 3, "note": "",
            "hurt_exercise": None, "items": items,
        })
    return {"format": "pilates-desktop/history", "version": 1, "sessions": sessions}


def build(folder: Path, days: int) -> Path:
    from pilates_desktop.core.history import HistoryStore

    folder.mkdir(parents=True, exist_ok=True)
    store = HistoryStore.open(folder / "history.sqlite3", backups_dir=folder / "backups",
                              now=lambda: NOW).store
    if days:
        store.import_json(export(days), "bench.json")
    store.close()
    return folder


def time_view(folder: Path, runs: int) -> float:

    from pilates_desktop.app import create_application
    from pilates_desktop.core.clock import FakeClock
    from pilates_desktop.core.history import HistoryStore
    from pilates_desktop.core.library import load_library
    from pilates_desktop.services.history import HistoryService
    from pilates_desktop.services.prompter import DefaultPrompter
    from pilates_desktop.services.settings import Settings
    from pilates_desktop.ui.history.view import HistoryView

    app = create_application()
    library = load_library()
    times = []
    for _ in range(runs + 1):  # the first run warms caches and is dropped
        settings = Settings.from_file(folder / "s.ini", FakeClock.at(NOW))
        # The store is already open when the user opens the view (start-up is measured below).
        store = HistoryStore.open(folder / "history.sqlite3", backups_dir=folder / "backups",
                                  now=lambda: NOW, maintenance=False).store
        start = time.perf_counter()
        view = HistoryView(HistoryService(store), settings, library, DefaultPrompter(), clock=FakeClock.at(NOW),
                           tz=TZ)
        view.resize(1280, 860)
        view.grab()  # lays out and paints every chart, as a first show does
        times.append(time.perf_counter() - start)
        view.deleteLater()
        app.processEvents()
        store.close()
    return statistics.median(times[1:])


def time_startup(folder: Path, runs: int) -> float:
    env = dict(os.environ, PILATES_EXIT_AFTER_PAINT="1", QT_QPA_PLATFORM="offscreen")
    cmd = [sys.executable, "-m", "pilates_desktop", "--data-dir", str(folder), "--no-first-run"]
    times = []
    for _ in range(runs + 1):
        start = time.perf_counter()
        done = subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, timeout=120)
        times.append(time.perf_counter() - start)
        if done.returncode != 0:
            raise SystemExit(f"start-up failed ({done.returncode}): {done.stderr.decode()[-400:]}")
    return statistics.median(times[1:])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        t0 = time.perf_counter()
        big = build(root / "ten-years", 3650)
        week = build(root / "one-week", 7)
        empty = root / "empty"
        print(f"built 3,650 sessions / 36,500 items in {time.perf_counter() - t0:.1f} s "
              f"({(big / 'history.sqlite3').stat().st_size / 1e6:.1f} MB)")

        view_big = time_view(big, args.runs)
        view_week = time_view(week, args.runs)
        print(f"History view, open and draw all charts: 10 years {view_big * 1000:.0f} ms, "
              f"1 week {view_week * 1000:.0f} ms, ratio {view_big / view_week:.2f} (target < 2)")

        runs = max(3, args.runs // 2 + 1)
        start_big = time_startup(big, runs)
        start_empty = time_startup(empty, runs)
        print(f"App start-up to first paint: 10 years {start_big * 1000:.0f} ms, "
              f"empty {start_empty * 1000:.0f} ms, ratio {start_big / start_empty:.2f} "
              "(target < 1.1)")


if __name__ == "__main__":
    main()
