"""Start-up cost of the main window against a bare PySide6 QMainWindow, in the same run.

Both run on a real X screen, an Xvfb of their own (as issue 12 asks; ``--offscreen`` uses Qt's
offscreen platform instead). Prints, as medians of several runs (alternating app and bare
window, each a fresh process):
* start-up to the first painted main window, as a ratio to the bare window (target <= 1.8),
  and the CPU time each spent up to its first paint, as a ratio too (steadier than the wall
  clock on a machine others are using);
* peak memory (max RSS) up to the first paint, as a ratio to the bare window (target <= 1.5),
  read by each process when it stamps the first paint; the peak at exit, after the work the
  app defers to just after the first paint (hand-over server, ...), is shown beside it;
* whether pyqtgraph, QtMultimedia or QtTextToSpeech were imported at start-up (target: no);
and then runs benchmarks/player_frames.py for the breath counter's median frame interval
(target < 17 ms) and the CPU and timer events over 10 s while paused (target: none).

    python benchmarks/startup.py [--runs 7] [--offscreen]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ENV = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
       "PILATES_EXIT_AFTER_PAINT": "1"}


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    """An Xvfb on a free display (it names the display it took); end it with .terminate()."""
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    with os.fdopen(read_fd, "rb") as pipe:
        number = pipe.readline().decode().strip()
    if not number:
        server.terminate()
        raise SystemExit("Xvfb did not start (install it, or pass --offscreen)")
    return server, f":{number}"

BARE = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1280, 800)
class F(QObject):
    done = False
    def eventFilter(self, o, e):
        if not self.done and e.type() == QEvent.Type.Paint:
            self.done = True
            QTimer.singleShot(0, self.finish)  # after the whole first frame, as in the app
        return False
    def finish(self):
        print(f"first-paint-wall {time.time():.6f}", file=sys.stderr, flush=True)
        print(f"first-paint-cpu {time.process_time():.6f}", file=sys.stderr, flush=True)
        import resource
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(f"first-paint-maxrss {peak}", file=sys.stderr, flush=True)
        app.exit(0)
f = F(); w.installEventFilter(f); w.show(); app.exec()
"""

# For scale: plain PySide6 code building only the app's frame (the same six menus with their
# actions and keys, the toolbar, the status bar, three empty panes) and nothing of ours.
CHROME = BARE.replace("w = QMainWindow(); w.resize(1280, 800)", """w = QMainWindow(); w.resize(1280, 800)
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QListView, QSplitter, QToolBar, QWidget
bar = w.menuBar(); tb = QToolBar(w); w.addToolBar(tb)
for m in ("File", "Edit", "View", "Routine", "History", "Help"):
    menu = bar.addMenu(m)
    for i in range(5):
        a = QAction(f"{m} {i}", w); a.setShortcut(QKeySequence(f"Ctrl+{i}")); menu.addAction(a)
        if i < 2: tb.addAction(a)
sp = QSplitter(Qt.Orientation.Horizontal, w)
for pane in (QListView(), QWidget(), QWidget()): sp.addWidget(pane)
w.setCentralWidget(sp); w.statusBar().showMessage("ready")""")

MODULES = r"""
import os, sys
import pilates_desktop.app as a
os.environ["PILATES_EXIT_AFTER_PAINT"] = "1"
from pilates_desktop.cli.main import build_parser
from pilates_desktop.core.clock import SystemClock
from pilates_desktop.ui.dialogs.prompter import QtPrompter
args = build_parser().parse_args(["--data-dir", sys.argv[1], "--no-first-run"])
code = a.build_app(args, SystemClock(), QtPrompter()).run()
print(sorted(m for m in ("pyqtgraph", "PySide6.QtMultimedia", "PySide6.QtTextToSpeech")
             if m in sys.modules))
"""


def _run(cmd: list[str]) -> tuple[float, int, int, float]:
    """Seconds from launch to the first paint; peak RSS in KiB at the first paint, at exit;
    CPU seconds up to the first paint."""
    t0 = time.time()
    proc = subprocess.Popen(cmd, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert proc.stderr is not None
    err = proc.stderr.read().decode("utf-8", "replace")
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{cmd[:3]} failed ({proc.returncode}):\n{err[-2000:]}")

    def stamp(name: str) -> str | None:
        found = [line.split()[1] for line in err.splitlines() if line.startswith(name)]
        return found[0] if found else None

    wall = stamp("first-paint-wall")
    if wall is None:
        raise SystemExit(f"{cmd[:3]}: no first paint reported\n{err[-2000:]}")
    peak = stamp("first-paint-maxrss")
    cpu = stamp("first-paint-cpu")
    return (float(wall) - t0, int(peak) if peak else usage.ru_maxrss, usage.ru_maxrss,
            float(cpu) if cpu else usage.ru_utime + usage.ru_stime)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--skip-frames", action="store_true")
    parser.add_argument("--offscreen", action="store_true",
                        help="Qt's offscreen platform instead of an X screen of its own")
    args = parser.parse_args()
    server = None
    if not args.offscreen:
        server, display = start_xvfb()
        ENV.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
    try:
        return _measure(args)
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=10)


def _measure(args: argparse.Namespace) -> int:
    py = sys.executable
    data = Path(tempfile.mkdtemp(prefix="pilates-startup-"))
    app_cmd = [py, "-m", "pilates_desktop", "--data-dir", str(data), "--no-first-run"]
    bare_cmd = [py, "-c", BARE]
    chrome_cmd = [py, "-c", CHROME]
    _run(app_cmd)  # warm the file cache and create the data folder once
    _run(bare_cmd)
    app_t, bare_t, app_m, bare_m, app_x, bare_x, chrome_t = [], [], [], [], [], [], []
    app_c, bare_c = [], []
    for _ in range(args.runs):
        t, m, x, c = _run(app_cmd)
        app_t.append(t)
        app_m.append(m)
        app_x.append(x)
        app_c.append(c)
        t, m, x, c = _run(bare_cmd)
        bare_t.append(t)
        bare_m.append(m)
        bare_x.append(x)
        bare_c.append(c)
        chrome_t.append(_run(chrome_cmd)[0])
    ta, tb = statistics.median(app_t), statistics.median(bare_t)
    ma, mb = statistics.median(app_m), statistics.median(bare_m)
    xa, xb = statistics.median(app_x), statistics.median(bare_x)
    print(f"start-up to first paint ({args.runs} runs each, medians, {ENV['QT_QPA_PLATFORM']}):")
    print(f"  app {ta * 1000:.0f} ms, bare QMainWindow {tb * 1000:.0f} ms, "
          f"ratio {ta / tb:.2f} (target <= 1.8)")
    ca, cb = statistics.median(app_c), statistics.median(bare_c)
    print(f"  CPU time to first paint: app {ca * 1000:.0f} ms, bare {cb * 1000:.0f} ms, "
          f"ratio {ca / cb:.2f}")
    tc = statistics.median(chrome_t)
    print(f"  for scale: plain PySide6 code building only the app's frame (menus, toolbar, "
          f"status bar, empty panes): {tc * 1000:.0f} ms, ratio {tc / tb:.2f}")
    print(f"  peak memory: app {ma / 1024:.1f} MiB, bare {mb / 1024:.1f} MiB, "
          f"ratio {ma / mb:.2f} (target <= 1.5)")
    print(f"  peak memory at exit (after the deferred start-up work): app {xa / 1024:.1f} MiB, "
          f"bare {xb / 1024:.1f} MiB, ratio {xa / xb:.2f}")
    out = subprocess.run([py, "-c", MODULES, str(data)], env=ENV, capture_output=True,
                         text=True, timeout=120)
    print(f"  heavy modules imported at start-up: {out.stdout.strip() or out.stderr[-300:]}"
          " (target: [])")
    if not args.skip_frames:
        frames = subprocess.run([py, str(HERE / "player_frames.py"), "--json"], env=ENV,
                                capture_output=True, text=True, timeout=120)
        try:
            r = json.loads(frames.stdout.strip().splitlines()[-1])
        except (IndexError, ValueError):
            print(frames.stderr[-2000:])
            return 1
        print(f"breath counter while playing: median frame interval {r['median_frame_ms']} ms "
              f"over {r['frames']} frames (target < 17 ms)")
        print(f"paused for {r['paused_s']} s: CPU {r['paused_cpu_ms']} ms "
              f"({r['paused_cpu_percent']} %), timer events {r['paused_timer_events']} "
              f"(target: none); Qt's own font-cache trim: "
              f"{r['paused_qt_internal_timer_events']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
