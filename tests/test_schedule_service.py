"""The schedule service over a fake clock and a fake alarm: it sleeps until the next due time,
shows a reminder once, acts on Start/Snooze/Skip, follows the reminders file, and keeps going
when files are bad or no notification service exists."""

from __future__ import annotations

import stat
from datetime import datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from pilates_desktop.core.clock import FakeClock
from pilates_desktop.core.schedule.deskbreaks import DeskBreakConfig
from pilates_desktop.core.schedule.files import update_book
from pilates_desktop.core.schedule.state import Kind, Prompt
from pilates_desktop.core.schedule.zone import Zone
from pilates_desktop.services.desktop.alarm import Alarm
from pilates_desktop.services.desktop.idle import IdleSource
from pilates_desktop.services.desktop.notifications import Notifications
from pilates_desktop.services.schedule import SchedulePaths, ScheduleService

BERLIN = ZoneInfo("Europe/Berlin")


class FakeAlarm(Alarm):
    def __init__(self) -> None:
        super().__init__()
        self.armed_at: float | None = None
        self.history: list[float | None] = []

    def arm(self, at: float | None) -> None:
        self.armed_at = at
        self.history.append(at)


class Harness:
    def __init__(self, folder: Path, clock: FakeClock, idle: float | None = None) -> None:
        self.clock = clock
        self.alarm = FakeAlarm()
        self.paths = SchedulePaths(folder / "reminders.json", folder / "schedule-state.json")
        self.notes = Notifications(None, sandboxed=False)
        self.shown: list[tuple[str, str]] = []
        self.notes.show_fallback.connect(lambda t, b: self.shown.append((t, b)))
        self.idle_value = idle
        source = (IdleSource("x11", lambda: self.idle_value) if idle is not None
                  else IdleSource("none", lambda: None, "test"))
        self.service = ScheduleService(clock, Zone(BERLIN), self.paths, self.notes, self.alarm,
                                       source, lambda: False, DeskBreakConfig(),
                                       routine_title=lambda r: r.replace("-", " ").title())
        self.prompts: list[Prompt] = []
        self.service.prompted.connect(self.prompts.append)

    def ring(self) -> None:
        """The alarm rings when it was armed for (the clock moves there first)."""
        at = self.alarm.armed_at
        assert at is not None
        self.clock.advance(max(0.0, at - self.clock.wall()))
        self.alarm.rang.emit()


def moment(*args: int) -> float:
    return datetime(*args, tzinfo=BERLIN).timestamp()  # type: ignore[misc]


def add(path: Path, days: set[int], at: time, routine: str | None, created: float) -> None:
    update_book(path, lambda b: b.add(frozenset(days), at, routine, created)[0])


def test_sleeps_until_due_then_shows_the_reminder_once(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    clock = FakeClock.at(datetime(2026, 6, 1, 7, 0, tzinfo=BERLIN))
    h = Harness(tmp_path, clock)
    add(h.paths.reminders, {0, 2, 4}, time(7, 30), "back-care-basics", clock.wall())
    h.service.start()
    assert h.alarm.armed_at == moment(2026, 6, 1, 7, 30)
    assert h.service.wakes == 1
    h.ring()
    assert h.shown == [("Time for Pilates: Back Care Basics", "Your practice is due now.")]
    assert [(p.kind, p.late) for p in h.prompts] == [(Kind.REMINDER, False)]
    assert h.alarm.armed_at == moment(2026, 6, 3, 7, 30)  # Wednesday: nothing in between
    assert h.service.wakes == 2
    assert stat.S_IMODE(h.paths.state.stat().st_mode) == 0o600


def test_start_snooze_and_skip_from_the_notification(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    clock = FakeClock.at(datetime(2026, 6, 1, 7, 0, tzinfo=BERLIN))
    h = Harness(tmp_path, clock)
    add(h.paths.reminders, set(range(7)), time(7, 30), "desk-break", clock.wall())
    h.service.start()
    h.ring()
    h.notes.action_invoked.emit("reminder", "snooze")
    assert h.alarm.armed_at == moment(2026, 6, 1, 7, 40)
    h.ring()
    assert h.shown[-1][1].startswith("Snoozed 10 minutes ago.")
    with qtbot.waitSignal(h.service.start_requested) as started:
        h.notes.action_invoked.emit("reminder", "start")
    assert started.args[0].routine == "desk-break"
    h.clock.set_wall(datetime(2026, 6, 2, 7, 30, tzinfo=BERLIN))
    h.alarm.rang.emit()
    h.notes.action_invoked.emit("reminder", "skip")
    assert h.alarm.armed_at == moment(2026, 6, 3, 7, 30)
    with qtbot.waitSignal(h.service.open_requested):
        h.notes.action_invoked.emit("reminder", "open")


def test_a_reminder_missed_while_closed_says_so_once_after_a_restart(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    clock = FakeClock.at(datetime(2026, 6, 1, 7, 0, tzinfo=BERLIN))
    first = Harness(tmp_path, clock)
    add(first.paths.reminders, set(range(7)), time(7, 30), None, clock.wall())
    first.service.start()
    first.service.stop()  # the app quits at 07:00
    clock.set_wall(datetime(2026, 6, 1, 9, 15, tzinfo=BERLIN))
    second = Harness(tmp_path, clock)
    second.service.start()
    assert second.shown == [("Time for Pilates", "This was due at 07:30, while the computer was "
                                                 "asleep or Pilates Desktop was closed.")]
    second.service.stop()
    third = Harness(tmp_path, clock)
    third.service.start()
    assert third.shown == []


def test_a_reminder_added_in_a_terminal_reaches_the_running_service(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    clock = FakeClock.at(datetime(2026, 6, 1, 7, 0, tzinfo=BERLIN))
    h = Harness(tmp_path, clock)
    h.service.start()
    assert h.alarm.armed_at is None  # nothing to wait for at all
    with qtbot.waitSignal(h.service.changed, timeout=5000):
        add(h.paths.reminders, {0}, time(8, 0), None, clock.wall())
    assert h.alarm.armed_at == moment(2026, 6, 1, 8, 0)


def test_a_bad_reminders_file_is_reported_and_kept(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    clock = FakeClock.at(datetime(2026, 6, 1, 7, 0, tzinfo=BERLIN))
    h = Harness(tmp_path, clock)
    h.paths.reminders.write_text("{not json", encoding="utf-8")
    with qtbot.waitSignal(h.service.problem) as problem:
        h.service.start()
    assert problem.args[0].startswith(str(h.paths.reminders)) and "not valid JSON" in problem.args[0]
    h.service.pause_for_an_hour()
    assert h.paths.reminders.read_text(encoding="utf-8") == "{not json"


def test_desk_breaks_without_an_idle_source_count_wall_time(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    clock = FakeClock.at(datetime(2026, 6, 1, 9, 0, tzinfo=BERLIN))
    h = Harness(tmp_path, clock)
    h.service.start()
    h.service.set_desk_config(DeskBreakConfig(enabled=True))
    h.service.wake()
    assert h.alarm.armed_at == moment(2026, 6, 1, 9, 50)
    h.ring()
    assert h.shown[-1][0] == "Time for a desk break"
    assert "Desk Break takes about five minutes" in h.shown[-1][1]


@pytest.mark.parametrize("idle", [0.0])
def test_desk_breaks_with_an_idle_source_check_at_most_every_five_minutes(
        qtbot, tmp_path: Path, idle: float) -> None:  # type: ignore[no-untyped-def]
    clock = FakeClock.at(datetime(2026, 6, 1, 9, 0, tzinfo=BERLIN))
    h = Harness(tmp_path, clock, idle=idle)
    h.service.start()
    h.service.set_desk_config(DeskBreakConfig(enabled=True))
    h.service.wake()
    while not h.prompts:
        before = clock.wall()
        h.ring()
        assert clock.wall() - before >= 5 * 60 - 1e-6
    assert clock.wall() == moment(2026, 6, 1, 9, 50)
