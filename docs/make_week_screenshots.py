"""Screenshots of the week for the README: the tray with a reminder's notification, and
Preferences > Week (in German, at the dialog's size on a 1024x600 screen).

    .venv/bin/python docs/make_week_screenshots.py [OUT_DIR]

``week-page-de.png`` is rendered offscreen. ``tray-notification.png`` is a real desktop: Xvfb
(1024x600), a private session bus, ``trayer`` as the tray host (apt install trayer), dunst as
the notification daemon and ``pilates-desktop --background`` with a reminder due now; the
screen is captured with ``xwd`` and converted with ImageMagick. Every process is ended by PID.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "packaging"))  # the build tools (i18n_tools)
sys.path.insert(0, str(ROOT / "tests"))


def week_page(out: Path) -> None:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from i18n_tools import ensure_built
    from PySide6.QtWidgets import QApplication

    from pilates_desktop.app import build_app
    from pilates_desktop.cli.main import build_parser
    from pilates_desktop.core.clock import FakeClock
    from pilates_desktop.services import settings as S
    from pilates_desktop.services.cues.service import SilentBackend
    from pilates_desktop.services.prompter import DefaultPrompter
    from pilates_desktop.ui.preferences.dialog import PreferencesDialog

    ensure_built()
    folder = Path(tempfile.mkdtemp(prefix="pilates-week-shot-"))
    args = build_parser().parse_args(["--data-dir", str(folder), "--no-first-run"])
    clock = FakeClock.at(datetime(2026, 6, 1, 9, 0))
    app = build_app(args, clock, DefaultPrompter(), sound_factory=lambda p: SilentBackend(),
                    speech_factory=lambda p, v: SilentBackend())
    settings = app.services.settings
    settings.set_value(S.THEME, "light")
    settings.set_value(S.LANGUAGE, "de")
    settings.set_value(S.DESK_BREAKS_ON, True)
    settings.set_value(S.WORK_HOURS_ON, True)
    from pilates_desktop.core.schedule.files import update_book
    from pilates_desktop.core.schedule.reminders import parse_days, parse_time

    for days, at, routine in (("mon,wed,fri", "07:30", "back-care-basics"),
                              ("weekdays", "12:30", "desk-break")):
        update_book(app.core.paths.reminders_file, lambda b, d=days, t=at, r=routine: b.add(
            parse_days(d), parse_time(t), r, clock.wall())[0])
    app.start_week()
    window = app.window
    dialog = PreferencesDialog(settings, app.services.app_state, window,
                               library=app.services.library, clock=clock,
                               week_page=window._week_page())
    dialog.show_page("week")
    dialog.show()
    qapp = QApplication.instance()
    assert qapp is not None
    for _ in range(5):
        qapp.processEvents()
    dialog.grab().save(str(out / "week-page-de.png"))
    print(out / "week-page-de.png", dialog.width(), "x", dialog.height())
    app.close()


def tray_notification(out: Path) -> None:
    needed = ["Xvfb", "dbus-daemon", "dunst", "trayer", "xdotool", "xwd", "convert"]
    missing = [tool for tool in needed if shutil.which(tool) is None]
    if missing:
        print(f"tray-notification.png needs {', '.join(missing)}", file=sys.stderr)
        return
    from desktop_parts import dunst, session_bus, wait_for, xvfb

    from pilates_desktop.core.schedule.files import save_book, save_state
    from pilates_desktop.core.schedule.reminders import ReminderBook, parse_time
    from pilates_desktop.core.schedule.state import ScheduleState

    folder = Path(tempfile.mkdtemp(prefix="pilates-tray-shot-"))
    profile = folder / "profile"
    profile.mkdir()
    (profile / "settings.ini").write_text("[appearance]\nlanguage=en\ntheme=light\n"
                                          "[health]\nwelcome_acknowledged=true\n")
    now = time.time()
    book, _ = ReminderBook().add(frozenset(range(7)), parse_time(f"{datetime.now():%H:%M}"),
                                 "back-care-basics", now - 3600)
    save_book(profile / "reminders.json", book)
    save_state(profile / "schedule-state.json", ScheduleState(seen_until=now - 90))
    procs: list[subprocess.Popen[bytes]] = []
    with xvfb("1024x600x24") as display, session_bus() as address, \
            dunst(display, address, folder / "dunst",
                  "origin = bottom-right\noffset = 12x12\nwidth = 380\n") as daemon:
        env = {**os.environ, "DISPLAY": display, "DBUS_SESSION_BUS_ADDRESS": address,
               "QT_QPA_PLATFORM": "xcb"}
        try:
            procs.append(subprocess.Popen(
                ["trayer", "--edge", "top", "--align", "right", "--widthtype", "pixel",
                 "--width", "96", "--height", "28", "--tint", "0xeeeeee", "--transparent",
                 "true", "--alpha", "0"], env=env, stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL))
            time.sleep(1.0)
            exe = Path(sys.executable).parent / "pilates-desktop"
            procs.append(subprocess.Popen([str(exe), "--data-dir", str(profile),
                                           "--no-first-run", "--background"], env=env))
            wait_for(lambda: daemon.displayed() == 1, 30, "the reminder's notification")
            time.sleep(1.5)  # the icon and the notification paint
            # The tray icon sits at the right end of trayer's strip: open its menu.
            subprocess.run(["xdotool", "mousemove", "1011", "14", "click", "3"], env=env,
                           check=True)
            time.sleep(1.5)
            raw = folder / "screen.xwd"
            subprocess.run(["xwd", "-root", "-silent", "-display", display, "-out", str(raw)],
                           check=True)
            subprocess.run(["convert", str(raw), "-crop", "460x600+564+0", "+repage",
                            str(out / "tray-notification.png")], check=True)
            print(out / "tray-notification.png")
        finally:
            for proc in reversed(procs):
                proc.terminate()
                proc.wait(10)


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else ROOT / "docs"
    out.mkdir(parents=True, exist_ok=True)
    if "--tray-only" not in argv:
        week_page(out)
    tray_notification(out)
    return 0


if __name__ == "__main__":
    sys.exit(main([a for a in sys.argv]))
