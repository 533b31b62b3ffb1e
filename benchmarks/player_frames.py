"""The breath counter's frame interval while a routine plays, and the cost of a pause.

* median frame interval of the breath counter during the Hundred (target < 17 ms);
* CPU time and timer events over 10 s while paused (target: no timers firing). The window
  stays open and the session stays paused throughout. Timer events of the app's objects are
  counted; a bare parentless QObject of Qt's own (QFontCache, which trims itself 10 s after
  the glyph cache grows, then every 5 minutes) is shown apart.

Runs the real main window with the real clock. ``--json`` prints one JSON line (used by
benchmarks/startup.py).

    python benchmarks/player_frames.py [--json] [--play 5] [--pause 10]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--play", type=float, default=5.0)
    parser.add_argument("--pause", type=float, default=10.0)
    args = parser.parse_args()

    from PySide6.QtCore import QEvent, QObject, QTimer

    from pilates_desktop.app import build_app
    from pilates_desktop.cli.main import build_parser
    from pilates_desktop.core.clock import SystemClock
    from pilates_desktop.core.routines.repository import builtin_routines
    from pilates_desktop.services.prompter import DefaultPrompter
    from pilates_desktop.services.settings import SOUND_ON

    folder = tempfile.mkdtemp(prefix="pilates-frames-")
    built = build_app(build_parser().parse_args(["--data-dir", folder, "--no-first-run"]),
                      SystemClock(), DefaultPrompter())
    app, win = built.qapp, built.window
    assert win is not None and built.services is not None
    library = built.services.library
    built.services.settings.set_value(SOUND_ON, False)  # measure drawing, not the audio stack

    win.resize(1280, 720)
    win.show()

    class Frames(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.times: list[float] = []

        def eventFilter(self, obj: QObject, ev: QEvent) -> bool:  # noqa: N802
            if ev.type() == QEvent.Type.Paint:
                self.times.append(time.perf_counter())
            return False

    class Timers(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.counting = False
            self.fired: list[str] = []
            self.qt_internal: list[str] = []
            self.ignore: QObject | None = None

        def eventFilter(self, obj: QObject, ev: QEvent) -> bool:  # noqa: N802
            if self.counting and ev.type() == QEvent.Type.Timer and obj is not self.ignore:
                parent = obj.parent()
                owner = f"{type(parent).__name__}:{parent.objectName()}" if parent else "-"
                name = obj.metaObject().className()
                if parent is None and name == "QObject" and not obj.objectName():
                    # A bare QObject of Qt's own with no parent: QFontCache, which trims
                    # itself 10 s after the glyph cache grows and then every 5 minutes.
                    self.qt_internal.append(f"{name} (no parent)")
                else:
                    self.fired.append(f"{name}:{obj.objectName()} in {owner}")
            return False

    frames = Frames()
    win.player_view.counter.installEventFilter(frames)  # (builds the player, as the app does)
    routine = next(r for r in builtin_routines(library) if r.id == "upper-back-relief")
    win.start_routine(routine)
    win.session.skip()  # past the get-ready, into the Hundred

    def run_for(seconds: float, end_timer: QTimer) -> None:
        # exit(), not quit(): Qt 6's quit() closes every window first, which would stop the
        # session (and the pause below would measure a closed window).
        end_timer.setSingleShot(True)
        end_timer.timeout.connect(lambda: app.exit(0))
        end_timer.start(int(seconds * 1000))
        app.exec()
        if not (win.isVisible() and win.session.is_active()):
            raise SystemExit("the window closed or the session ended during the measurement")

    run_for(args.play, QTimer())
    intervals = [(b - a) * 1000 for a, b in zip(frames.times, frames.times[1:], strict=False)]
    median_frame = statistics.median(intervals) if intervals else float("nan")

    win.session.pause()
    run_for(0.5, QTimer())  # let one-shot layout timers from the last frames finish
    timers = Timers()
    app.installEventFilter(timers)
    end = QTimer()
    timers.ignore = end
    timers.counting = True
    cpu0, wall0 = time.process_time(), time.perf_counter()
    run_for(args.pause, end)
    cpu = time.process_time() - cpu0
    wall = time.perf_counter() - wall0
    timers.counting = False
    result = {
        "frames": len(intervals),
        "median_frame_ms": round(median_frame, 2),
        "paused_s": round(wall, 2),
        "paused_cpu_ms": round(cpu * 1000, 1),
        "paused_cpu_percent": round(100 * cpu / wall, 3),
        "paused_timer_events": len(timers.fired),
        "paused_timer_sources": sorted(set(timers.fired)),
        "paused_qt_internal_timer_events": len(timers.qt_internal),
    }
    win.session.stop()
    if win.summary_dialog is not None:
        win.summary_dialog.close()
    built.close()
    if args.json:
        print(json.dumps(result))
    else:
        print(f"breath counter: {result['frames']} frames, median interval "
              f"{result['median_frame_ms']} ms (target < 17 ms)")
        print(f"paused {result['paused_s']} s: CPU {result['paused_cpu_ms']} ms "
              f"({result['paused_cpu_percent']} %), timer events {result['paused_timer_events']}"
              f" {result['paused_timer_sources'] or ''} (target: none); Qt's own font-cache "
              f"trim: {result['paused_qt_internal_timer_events']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
