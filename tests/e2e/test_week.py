"""The week, end to end: ``pilates-desktop --background`` on its own X screen and private bus,
with Debian's dunst as the notification daemon. A reminder falls due, its notification
arrives with Start, Snooze and Skip; the person picks Start from dunst's menu; the window
opens and the routine starts."""

from __future__ import annotations

import shutil
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest

from e2e.harness import Accessibility, App, Screen, wait_for
from e2e.steps import MAIN, Desk, answer_pain_before, wait_button

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from desktop_parts import dunst  # noqa: E402

from pilates_desktop.core.schedule.files import save_book, save_state  # noqa: E402
from pilates_desktop.core.schedule.reminders import ReminderBook, parse_time  # noqa: E402
from pilates_desktop.core.schedule.state import ScheduleState  # noqa: E402

pytestmark = pytest.mark.xvfb


def test_a_reminder_s_start_opens_the_window_and_starts_the_routine(desk: Desk) -> None:
    assert shutil.which("dunst"), "packaging/bootstrap.sh test installs dunst"
    with dunst(desk.display, desk.bus, desk.folder / "dunst") as daemon:
        # The app ran until a minute and a half ago; a daily reminder is due this minute.
        now = time.time()
        book, _ = ReminderBook().add(frozenset(range(7)),
                                     parse_time(f"{datetime.now():%H:%M}"), "Desk Break",
                                     now - 3600)
        save_book(desk.profile / "reminders.json", book)
        save_state(desk.profile / "schedule-state.json", ScheduleState(seen_until=now - 90))

        app = App(desk.display, desk.profile, "--no-first-run", "--background",
                  a11y_bus=desk.bus)
        desk._apps.append(app)
        wait_for(lambda: daemon.displayed() == 1, 40, "the reminder's notification")
        screen = Screen(desk.display, app.pid)
        assert screen.windows(MAIN) == []  # the background instance has no window
        menu = daemon.choose("start")
        assert any(line.startswith("#Start (Time for Pilates: Desk Break)") for line in menu)
        assert any(line.endswith(",snooze]") for line in menu)
        assert any(line.endswith(",skip]") for line in menu)

        screen.wait_window(MAIN, timeout=40)
        a11y = Accessibility(desk.bus, app.pid)
        try:
            answer_pain_before(screen, a11y, "Desk Break", "Return")  # part of starting
            wait_button(a11y, "Pause")  # the routine is playing
        finally:
            a11y.close()
