"""Takes the player screenshots in docs/ on a real X screen (Xvfb), with the app running.

    python docs/make_screenshots.py          # starts its own Xvfb if DISPLAY is not set

The app is built exactly as ``pilates-desktop`` builds it, with one difference: the session
clock is a FakeClock, so each picture shows a chosen moment (the Hundred at pump 47, half-way
through a hold) instead of whatever moment a timer happened to reach. Writes
docs/main-window.png, docs/hold.png, docs/hundred.png, docs/focus-mode.png,
docs/focus-mode-quarter.png (focus mode at 1280x720 scaled to a quarter, the 3 m check) and
docs/summary.png.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DOCS = Path(__file__).resolve().parent
SIZE = (1280, 720)


def _ensure_display() -> subprocess.Popen[bytes] | None:
    if os.environ.get("DISPLAY"):
        return None
    if shutil.which("Xvfb") is None:
        sys.exit("make_screenshots: needs Xvfb (apt-get install xvfb) or a DISPLAY")
    display = f":{150 + os.getpid() % 300}"
    proc = subprocess.Popen(["Xvfb", display, "-screen", "0", f"{SIZE[0]}x{SIZE[1]}x24",
                             "-nolisten", "tcp"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    time.sleep(1.0)
    os.environ["DISPLAY"] = display
    return proc


def main() -> int:
    xvfb = _ensure_display()
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    try:
        return _shoot()
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait(5)


def _shoot() -> int:
    from PySide6.QtCore import Qt

    from pilates_desktop.app import build_app
    from pilates_desktop.cli.main import build_parser
    from pilates_desktop.core.clock import FakeClock
    from pilates_desktop.core.routines.repository import builtin_routines
    from pilates_desktop.services import settings as S
    from pilates_desktop.services.cues.service import SilentBackend
    from pilates_desktop.services.prompter import DefaultPrompter

    folder = tempfile.mkdtemp(prefix="pilates-shots-")
    args = build_parser().parse_args(["--data-dir", folder, "--no-first-run"])
    clock = FakeClock()
    built = build_app(args, clock, DefaultPrompter(), sound_factory=lambda p: SilentBackend(),
                      speech_factory=lambda p, v: SilentBackend())
    app, win = built.qapp, built.window
    assert win is not None and built.services is not None
    library = built.services.library
    settings = built.services.settings
    settings.set_value(S.LANGUAGE, "en")  # English plural forms ("5 exercises")
    settings.set_value(S.THEME, "light")
    win.setGeometry(0, 0, *SIZE)
    win.show()

    def settle(seconds: float = 0.4) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.02)

    def grab(widget: object, name: str) -> Path:
        settle()
        screen = app.primaryScreen()
        pix = screen.grabWindow(0, 0, 0, *SIZE)  # the real X screen, as a person sees it
        out = DOCS / name
        pix.save(str(out))
        print(out)
        return out

    def play_to(routine_id: str, segment: int, into_s: float) -> None:
        routine = next(r for r in builtin_routines(library) if r.id == routine_id)
        win.workspace.select_routine(routine.id)
        if win.session.is_active():
            win.session.stop()
            if win.summary_dialog is not None:
                win.summary_dialog.close()
        win.start_routine(routine)
        while win.session.state().index < segment:
            win.session.skip()
        step = 0.05
        for _ in range(int(round(into_s / step))):
            clock.advance(step)
            win.session.tick()

    settle(1.0)
    win.workspace.select_routine("back-care-basics")
    grab(win, "main-window.png")

    play_to("lower-back-release", 4, 31.0)  # child's pose, about half-way through the hold
    grab(win, "hold.png")

    # the Hundred at pump 47: breath 5 starts at 32 s; its exhale (pumps 46-50) at 36 s
    play_to("upper-back-relief", 1, 37.2)
    grab(win, "hundred.png")

    win.player_actions.focus.setChecked(True)
    fw = win.focus_window
    fw.setWindowState(Qt.WindowState.WindowNoState)
    fw.setGeometry(0, 0, *SIZE)
    fw.show()
    settle(0.6)
    win.session.tick()
    out = grab(fw, "focus-mode.png")
    from PySide6.QtGui import QImage

    small = QImage(str(out)).scaled(SIZE[0] // 4, SIZE[1] // 4,
                                    Qt.AspectRatioMode.KeepAspectRatio,
                                    Qt.TransformationMode.SmoothTransformation)
    small.save(str(DOCS / "focus-mode-quarter.png"))
    print(DOCS / "focus-mode-quarter.png")
    countdown, pump = fw.digit_fraction()
    print(f"focus mode at {SIZE[0]}x{SIZE[1]}: countdown digits {countdown:.0%}, "
          f"pump digits {pump:.0%} of the height")
    win.player_actions.focus.setChecked(False)
    settle(0.3)
    # the end of a session: the summary, with a rating and a note being written
    play_to("desk-break", 0, 0.0)
    while win.session.is_active():
        clock.advance(0.5)
        win.session.tick()
    dialog = win.summary_dialog
    dialog.pain_after.set_value(2)
    dialog.note.setPlainText("Shoulders feel looser after the roll-downs.")
    dialog.move((SIZE[0] - dialog.width()) // 2, 60)
    grab(dialog, "summary.png")
    dialog.close()
    built.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
