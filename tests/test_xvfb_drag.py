"""A real drag with the mouse, on a real X screen: Xvfb, with pointer events from xdotool.

The offscreen tests send drag events straight to the view; this one lets the X server, Qt's
xcb drag manager and QDrag do their work, as they do for a user. The test starts its own Xvfb
(Xvfb picks a free display and reports it), runs the app (built by build_app) in a subprocess on it, drags a
library row into the playlist with xdotool, and reads the routine the subprocess reports.
Every wait polls with a deadline; nothing sleeps for a guessed time before checking.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from e2e.harness import Lines, Screen, wait_for, xvfb_display

pytestmark = pytest.mark.xvfb

APP_SCRIPT = r'''
import json, sys
from PySide6.QtCore import QTimer

from pilates_desktop.app import build_app
from pilates_desktop.cli.main import build_parser
from pilates_desktop.core.clock import FakeClock
from pilates_desktop.ui.dialogs.prompter import QtPrompter

args = build_parser().parse_args(["--data-dir", sys.argv[1], "--no-first-run"])
built = build_app(args, FakeClock(), QtPrompter())
app, window = built.qapp, built.window
window.setWindowTitle(sys.argv[2])
ws = window.workspace
mode = sys.argv[3]
ws.new_routine("Dragged")
if mode == "library":
    ws.add_exercises(["the-hundred", "glute-bridge"])
    ws.library_panel.search.setText("clams")
else:
    ws.add_exercises(["the-hundred", "clams", "glute-bridge"])
    ws.playlist_view.clearSelection()  # the press selects the one row to drag
start = [i.exercise for i in ws.current_routine().items]
window.setGeometry(40, 40, 1100, 700)
window.show()
deadline = [0]

def point(widget, rect_point):
    p = widget.mapToGlobal(rect_point)
    return [p.x(), p.y()]

def ready():
    handle = window.windowHandle()
    if handle is None or not handle.isExposed():
        QTimer.singleShot(50, ready)
        return
    playlist = ws.playlist_view
    if mode == "library":
        source_view = ws.library_panel.view
        source = source_view.visualRect(source_view.model().index(0, 0)).center()
        second = playlist.visualRect(playlist.model().index(1, 0))
        target = second.center()
        target.setY(second.top() + 3)  # the upper edge of row 2: the drop lands before it
    else:
        source_view = playlist
        source = playlist.visualRect(playlist.model().index(0, 0)).center()
        third = playlist.visualRect(playlist.model().index(2, 0))
        target = third.center()
        target.setY(third.bottom() - 3)  # the lower edge of row 3: the drop lands after it
    print("READY " + json.dumps({"source": point(source_view.viewport(), source),
                                  "target": point(playlist.viewport(), target)}), flush=True)
    poll()

def poll():
    routine = ws.current_routine()
    deadline[0] += 1
    now = [i.exercise for i in routine.items]
    if now != start or deadline[0] > 1200:  # about a minute at 50 ms
        ws.flush_saves()
        print("RESULT " + json.dumps({"items": [i.exercise for i in routine.items],
                                       "undo": ws.undo_action.text()}), flush=True)
        built.close()
        app.quit()
        return
    QTimer.singleShot(50, poll)

QTimer.singleShot(0, ready)
sys.exit(app.exec())
'''


@pytest.fixture
def xvfb() -> Iterator[str]:
    with xvfb_display() as display:
        yield display


@pytest.mark.parametrize(
    ("mode", "expected", "undo"),
    [
        ("library", ["the-hundred", "clams", "glute-bridge"], "Undo Add Clams"),
        ("reorder", ["clams", "glute-bridge", "the-hundred"], "Undo Move The Hundred"),
    ],
)
def test_real_mouse_drag(xvfb: str, tmp_path: Path, mode: str, expected: list[str],
                         undo: str) -> None:
    """Drag a library row into the playlist, or a playlist row further down (InternalMove)."""
    script = tmp_path / "builder_app.py"
    script.write_text(APP_SCRIPT, encoding="utf-8")
    data = tmp_path / "data"
    title = f"pilates-drag-{uuid.uuid4().hex[:8]}"
    env = {**os.environ, "DISPLAY": xvfb, "QT_QPA_PLATFORM": "xcb",
           "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    env.pop("WAYLAND_DISPLAY", None)
    proc = subprocess.Popen([sys.executable, str(script), str(data), title, mode], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        lines = Lines(proc.stdout)
        Screen(xvfb).wait_window(title, timeout=60)
        ready = wait_for(lambda: lines.find("READY ") or proc.poll() is not None, 60,
                         "the builder window")
        assert isinstance(ready, str), proc.stderr.read() if proc.stderr else ""
        where = json.loads(ready)
        Screen(xvfb).drag(where["source"], where["target"])
        result = wait_for(lambda: lines.find("RESULT ") or proc.poll() is not None, 60,
                          "the routine after the drop")
        assert isinstance(result, str), proc.stderr.read() if proc.stderr else ""
        got = json.loads(result)
        assert got["items"] == expected
        assert got["undo"] == undo
        saved = json.loads((data / "routines" / "dragged.json").read_text(encoding="utf-8"))
        assert [i["exercise"] for i in saved["items"]] == expected
        assert proc.wait(timeout=30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
