"""The tray menu: Open, Start next routine (named), Pause for an hour / until tomorrow or Resume,
Quit; and the schedule's messages shown by the tray when there is no notification service."""

from __future__ import annotations

from datetime import datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtGui import QIcon

from pilates_desktop.core.clock import FakeClock
from pilates_desktop.core.schedule.deskbreaks import DeskBreakConfig
from pilates_desktop.core.schedule.files import update_book
from pilates_desktop.core.schedule.zone import Zone
from pilates_desktop.services.desktop.alarm import Alarm
from pilates_desktop.services.desktop.idle import IdleSource
from pilates_desktop.services.desktop.notifications import Notifications
from pilates_desktop.services.schedule import SchedulePaths, ScheduleService
from pilates_desktop.ui.tray.icon import Tray

BERLIN = ZoneInfo("Europe/Berlin")


class _Alarm(Alarm):
    def arm(self, at: float | None) -> None:
        self.at = at


def make(tmp_path: Path) -> tuple[Tray, ScheduleService, list[str], FakeClock]:
    clock = FakeClock.at(datetime(2026, 6, 1, 7, 0, tzinfo=BERLIN))
    paths = SchedulePaths(tmp_path / "reminders.json", tmp_path / "state.json")
    update_book(paths.reminders, lambda b: b.add(frozenset({0}), time(7, 30), "back-care-basics",
                                                 clock.wall())[0])
    service = ScheduleService(clock, Zone(BERLIN), paths, Notifications(None), _Alarm(),
                              IdleSource("none", lambda: None), lambda: False, DeskBreakConfig(),
                              routine_title=lambda r: "Back Care Basics")
    service.start()
    calls: list[str] = []
    tray = Tray(service, QIcon(), lambda: calls.append("open"), lambda: calls.append("quit"),
                routine_title=lambda r: "Back Care Basics")
    return tray, service, calls, clock


def visible_texts(tray: Tray) -> list[str]:
    return [a.text() for a in tray.menu.actions() if a.isVisible() and not a.isSeparator()]


def test_the_menu_names_the_next_routine_and_pauses(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    tray, service, calls, clock = make(tmp_path)
    assert visible_texts(tray) == ["&Open Pilates Desktop",
                                   "&Start next routine: Back Care Basics",
                                   "Pause reminders for 1 &hour",
                                   "Pause reminders until &tomorrow", "&Quit"]
    assert "next reminder" in tray.icon.toolTip()
    tray.pause_hour_action.trigger()
    assert service.paused_until() == clock.wall() + 3600
    assert visible_texts(tray)[2] == "&Resume reminders"
    assert "paused until" in tray.icon.toolTip()
    tray.resume_action.trigger()
    assert service.paused_until() is None
    tray.pause_day_action.trigger()
    assert service.paused_until() == datetime(2026, 6, 2, tzinfo=BERLIN).timestamp()
    with qtbot.waitSignal(service.start_requested) as started:
        tray.start_action.trigger()
    assert started.args[0].routine == "back-care-basics"
    tray.open_action.trigger()
    tray.quit_action.trigger()
    assert calls == ["open", "quit"]


def test_without_a_notification_service_the_tray_shows_the_reminder(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    tray, service, _calls, clock = make(tmp_path)
    shown: list[tuple[str, ...]] = []
    tray.icon.showMessage = lambda *args: shown.append(args[:2])  # type: ignore[method-assign]
    clock.advance(30 * 60)
    service.wake()
    assert shown == [("Time for Pilates: Back Care Basics", "Your practice is due now.")]
