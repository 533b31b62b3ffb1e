"""The next-morning check-in in an app that keeps running: the tray at start, a window left
open overnight, a start from a reminder; never in the middle of a routine."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from care_factories import Diary, It, clock_at
from PySide6.QtCore import QCoreApplication, QEvent

from pilates_desktop.core.care.redflags import ScreenResult
from pilates_desktop.core.clock import FakeClock
from pilates_desktop.core.history import Feeling
from pilates_desktop.core.routines import Item, Routine
from pilates_desktop.i18n import system_zone
from pilates_desktop.ui.care import hookup
from pilates_desktop.ui.care.checkin_dialog import CheckInDialog
from pilates_desktop.ui.care.flow import MorningWatch


def _worse(dialog: CheckInDialog) -> bool:
    dialog.choices[Feeling.WORSE].setChecked(True)
    return True


def _screened(app: Any) -> None:
    app.services.care.record_screen(ScreenResult(app.services.care.today(), frozenset()))


def test_the_tray_asks_at_start_without_a_window(
    make_app: Callable[..., Any], prompter: Any, data_dir: Path
) -> None:
    clock = clock_at(2026, 3, 10, 18)
    diary = Diary(clock, data_dir)  # the app's own history file
    diary.practise("desk-break", It("lunges"), routine_name="Desk Break")
    diary.store.close()
    clock.advance(14 * 3600)  # 08:00 the next morning, at login
    prompter.answers["checkin"] = _worse
    app = make_app("--background", clock=clock, first_run=True)
    assert app.window is None
    QCoreApplication.processEvents()  # the tray's first turn of the event loop
    assert len(prompter.texts("checkin")) == 1
    [answer] = app.services.history.checkins()
    assert answer.feeling is Feeling.WORSE and answer.routine_ids == ("desk-break",)
    assert prompter.texts("red-flags") == []  # the screen waits for the window


def test_a_window_left_open_overnight_asks_from_seven_and_not_during_a_routine(
    make_app: Callable[..., Any], prompter: Any
) -> None:
    # In the desktop's zone: the app's local day and hour are this computer's.
    clock = FakeClock.at(datetime(2026, 3, 10, 17, tzinfo=system_zone()))
    app = make_app(clock=clock)
    _screened(app)
    hookup.at_start(app.window, app.services)  # nothing to ask yet
    watch = app.services.owner.findChild(MorningWatch)
    assert isinstance(watch, MorningWatch)
    store = app.services.history
    sid = store.begin_session("desk-break", "Desk Break", 300)
    store.finish_session(sid, "finished", 300)
    assert not watch.look()  # the same evening
    clock.advance(6.9 * 3600)  # 23:54: a late routine, the check-in not due yet
    app.window.build_player()
    assert app.window.start_routine(Routine("r", "R", (Item("knee-lifts", reps=2),)))
    assert prompter.texts("checkin") == []
    clock.advance(6.6 * 3600)  # 06:30 the next day
    assert not watch.ask() and prompter.texts("checkin") == []  # a routine is playing
    app.window.session.stop()
    assert not watch.ask()  # the summary is on screen: not over it
    app.window.summary_dialog.close()
    assert not watch.look()  # the quarter-hourly look waits for 7 o'clock
    clock.advance(3600)  # 07:30
    assert watch.look()
    assert len(prompter.texts("checkin")) == 1
    assert not watch.look() and not watch.ask()  # answered: not again today
    assert watch.timer.isActive() and watch.timer.interval() == 15 * 60 * 1000


def test_a_start_asks_the_check_in_first_so_worse_makes_that_session_lighter(
    make_app: Callable[..., Any], prompter: Any
) -> None:
    clock = clock_at(2026, 3, 10, 18)
    app = make_app(clock=clock)
    _screened(app)
    store = app.services.history
    sid = store.begin_session("r", "R", 600)
    store.finish_session(sid, "finished", 600)
    clock.advance(16 * 3600)  # 10:00 the next day; the window was never brought up
    prompter.answers["checkin"] = _worse
    prompter.answers["lighter-session"] = "lighter"
    app.window.build_player()
    assert app.window.start_routine(Routine("r", "R", (Item("clams", reps=9),)))
    assert [k for k, _t in prompter.asked if k in ("checkin", "lighter-session")] == [
        "checkin", "lighter-session"]
    assert app.services.session.routine.items[0].reps == 6


def test_bringing_the_window_up_on_a_later_day_asks(
    make_app: Callable[..., Any], prompter: Any
) -> None:
    clock = FakeClock.at(datetime(2026, 3, 10, 17, tzinfo=system_zone()))
    app = make_app(clock=clock)
    _screened(app)
    hookup.at_start(app.window, app.services)
    store = app.services.history
    sid = store.begin_session("desk-break", "Desk Break", 300)
    store.finish_session(sid, "finished", 300)
    activate = QEvent(QEvent.Type.WindowActivate)
    QCoreApplication.sendEvent(app.window, activate)
    QCoreApplication.processEvents()
    assert prompter.texts("checkin") == []  # the same day: nothing to ask
    clock.advance(12 * 3600)  # 05:00: early, but the user came to the computer
    QCoreApplication.sendEvent(app.window, activate)
    QCoreApplication.processEvents()
    assert len(prompter.texts("checkin")) == 1
