"""How late do the player's cues land, and does the count drift? (target: p99 < 20 ms, drift 0)

Runs a routine for 60 s of real time on the app's own precise timer (the SessionController,
exactly as the GUI runs it) while a busy subprocess keeps the other core at 100 %. Each
segment start and each breath phase change is compared with the moment the timeline says it
should happen; the drift is the player's position against the real time elapsed at the end.

    python benchmarks/timing.py [--seconds 60]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=60.0)
    args = parser.parse_args()

    from PySide6.QtCore import QTimer

    folder = Path(tempfile.mkdtemp(prefix="pilates-timing-"))
    from pilates_desktop.app import create_application
    from pilates_desktop.core.clock import SystemClock
    from pilates_desktop.core.history import HistoryStore
    from pilates_desktop.core.library import load_library
    from pilates_desktop.core.routines import Item, Routine
    from pilates_desktop.core.timeline import Pace, compile_timeline
    from pilates_desktop.services.session import SessionController

    app = create_application()
    library = load_library()
    pace = Pace(get_ready_s=2, rep_s=2.0, inhale_s=1.5, exhale_s=1.5, switch_side_s=2,
                default_rest_s=2)
    items = [Item("the-hundred", pumps=30), Item("glute-bridge", reps=4),
             Item("basic-starting-position", hold_breaths=3, sets=1), Item("clams", reps=3)]
    routine = Routine("timing", "Timing", tuple(items * 6))
    timeline = compile_timeline(routine, library, pace)
    starts = timeline.starts()
    store = HistoryStore.open(folder / "h.sqlite3", backups_dir=folder / "b").store
    clock = SystemClock()
    session = SessionController(store, clock)
    seg_late: list[float] = []
    breath_late: list[float] = []
    t0 = {"t": 0.0}
    current = {"index": 0}

    def on_segment(index: int, seg: object) -> None:
        current["index"] = index
        if index > 0:
            seg_late.append((clock.monotonic() - (t0["t"] + starts[index])) * 1000)

    def on_breath(breath: int, phase: str) -> None:
        seg = timeline.segments[current["index"]]
        offset = (breath - 1) * pace.breath_s + (pace.inhale_s if phase == "out" else 0.0)
        if breath == 1 and phase == "in":
            return  # the same moment as the segment start, counted there
        ideal = t0["t"] + starts[current["index"]] + offset
        if seg.breath_led:
            breath_late.append((clock.monotonic() - ideal) * 1000)

    session.segment_started.connect(on_segment)
    session.breath_phase_changed.connect(on_breath)
    busy = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        time.sleep(0.3)
        session.start(routine, timeline)
        player = session.player
        assert player is not None
        t0["t"] = player.events[0].at
        QTimer.singleShot(int(args.seconds * 1000), app.quit)
        app.exec()
        end = clock.monotonic()
        state = player.state_at(end)
        drift_ms = (state.position_s - (end - t0["t"])) * 1000
    finally:
        busy.kill()
        busy.wait()
    session.stop()
    store.close()

    def line(name: str, values: list[float]) -> str:
        return (f"{name:16} n={len(values):4}  median {statistics.median(values):6.2f} ms  "
                f"p99 {_pct(values, 99):6.2f} ms  max {max(values):6.2f} ms")

    print(f"timing over {args.seconds:.0f} s of real time, other core busy "
          f"(precise timer, frame {session_frame_ms()} ms, boundary-aligned)")
    print(line("segment starts", seg_late))
    print(line("breath phases", breath_late))
    print(f"drift at the end  {drift_ms:+.3f} ms (player position vs real time elapsed)")
    ok = _pct(seg_late + breath_late, 99) < 20 and abs(drift_ms) < 1
    print("target p99 < 20 ms and drift 0:", "met" if ok else "NOT met")
    return 0


def session_frame_ms() -> int:
    from pilates_desktop.services.session import FRAME_MS

    return FRAME_MS


if __name__ == "__main__":
    sys.exit(main())
