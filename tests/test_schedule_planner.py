"""The schedule over a fake clock: on time, late once, snooze/skip/pause, and no idle wake-ups."""

from __future__ import annotations

from datetime import datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from pilates_desktop.core.clock import FakeClock
from pilates_desktop.core.schedule.deskbreaks import DeskBreakConfig, Reading, WorkingHours
from pilates_desktop.core.schedule.files import load_state, save_state
from pilates_desktop.core.schedule.planner import LATE_AFTER_S, Schedule
from pilates_desktop.core.schedule.reminders import ReminderBook
from pilates_desktop.core.schedule.state import Kind, Prompt, ScheduleState
from pilates_desktop.core.schedule.zone import Zone

BERLIN = ZoneInfo("Europe/Berlin")
ZONE = Zone(BERLIN)
MWF = frozenset({0, 2, 4})


def moment(*args: int) -> datetime:
    return datetime(*args, tzinfo=BERLIN)  # type: ignore[misc]


def book_of(*reminders: tuple[frozenset[int], time, str | None]) -> ReminderBook:
    book = ReminderBook()
    for days, at, routine in reminders:
        book, _ = book.add(days, at, routine, 0.0)
    return book


def read(clock: FakeClock, idle: float | None = None, quiet: bool = False) -> Reading:
    return Reading(clock.wall(), clock.monotonic(), idle, quiet)


class Service:
    """What services/schedule.py does, without Qt: sleep until next_wake, tick, record."""

    def __init__(self, schedule: Schedule, clock: FakeClock) -> None:
        self.schedule = schedule
        self.clock = clock
        self.wakes: list[float] = []
        self.shown: list[Prompt] = []

    def run_until(self, end: float, idle: float | None = 0.0) -> None:
        self.wake(idle)
        while True:
            nxt = self.schedule.next_wake(self.clock.wall())
            if nxt is None or nxt > end:
                self.clock.advance(end - self.clock.wall())
                return
            self.clock.advance(nxt - self.clock.wall())
            self.wake(idle)

    def wake(self, idle: float | None = 0.0, quiet: bool = False) -> list[Prompt]:
        self.wakes.append(self.clock.wall())
        prompts = self.schedule.tick(read(self.clock, idle, quiet))
        self.shown += prompts
        return prompts


def test_a_reminder_fires_at_its_time_and_nothing_wakes_in_between() -> None:
    clock = FakeClock.at(moment(2026, 6, 1, 6, 0))  # a Monday
    service = Service(Schedule(book_of((MWF, time(7, 30), "Back Care Basics")), ScheduleState(),
                               DeskBreakConfig(), ZONE), clock)
    service.run_until(moment(2026, 6, 8, 6, 0).timestamp())  # a week
    dues = [moment(2026, 6, d, 7, 30).timestamp() for d in (1, 3, 5)]
    assert [(p.kind, p.due, p.routine, p.late) for p in service.shown] == [
        (Kind.REMINDER, d, "Back Care Basics", False) for d in dues]
    assert service.wakes == [moment(2026, 6, 1, 6, 0).timestamp(), *dues]  # no wake between


def test_a_reminder_missed_while_the_computer_slept_is_shown_once_late() -> None:
    clock = FakeClock.at(moment(2026, 6, 1, 7, 0))
    schedule = Schedule(book_of((MWF, time(7, 30), None)), ScheduleState(), DeskBreakConfig(),
                        ZONE)
    assert schedule.tick(read(clock)) == []
    assert schedule.next_wake(clock.wall()) == moment(2026, 6, 1, 7, 30).timestamp()
    clock.sleep_machine(2 * 3600)  # asleep from 07:00 to 09:00
    [prompt] = schedule.tick(read(clock))
    assert prompt.late and prompt.due == moment(2026, 6, 1, 7, 30).timestamp()
    assert clock.wall() - prompt.due > LATE_AFTER_S
    for _ in range(3):
        clock.advance(30)
        assert schedule.tick(read(clock)) == []


def test_reminders_missed_while_the_app_was_closed_show_once_and_never_again(
        tmp_path: Path) -> None:
    path = tmp_path / "schedule-state.json"
    clock = FakeClock.at(moment(2026, 6, 1, 6, 0))
    book = book_of((frozenset(range(7)), time(7, 30), "Morning"))
    first = Schedule(book, ScheduleState(), DeskBreakConfig(), ZONE)
    first.tick(read(clock))
    save_state(path, first.state)  # the app quits at 06:00 on Monday
    clock.set_wall(moment(2026, 6, 4, 12, 0))  # and starts again on Thursday at noon
    second = Schedule(book, load_state(path), DeskBreakConfig(), ZONE)
    [prompt] = second.tick(read(clock))  # three mornings missed: one late prompt, the latest
    assert prompt.late and prompt.due == moment(2026, 6, 4, 7, 30).timestamp()
    assert second.dirty
    save_state(path, second.state)
    third = Schedule(book, load_state(path), DeskBreakConfig(), ZONE)  # restarted again
    assert third.tick(read(clock)) == []


def test_a_reminder_added_after_its_time_today_is_not_missed() -> None:
    clock = FakeClock.at(moment(2026, 6, 1, 10, 0))
    book, _ = ReminderBook().add(frozenset(range(7)), time(7, 30), None, clock.wall())
    schedule = Schedule(book, ScheduleState(seen_until=moment(2026, 5, 30).timestamp()),
                        DeskBreakConfig(), ZONE)
    assert schedule.tick(read(clock)) == []
    assert schedule.next_wake(clock.wall()) == moment(2026, 6, 2, 7, 30).timestamp()


def test_snooze_shows_it_again_ten_minutes_later() -> None:
    clock = FakeClock.at(moment(2026, 6, 1, 7, 30))
    schedule = Schedule(book_of((MWF, time(7, 30), "Morning")),
                        ScheduleState(seen_until=clock.wall() - 1), DeskBreakConfig(), ZONE)
    [prompt] = schedule.tick(read(clock))
    schedule.snooze(prompt, clock.wall())
    assert schedule.next_wake(clock.wall()) == clock.wall() + 600
    clock.advance(599)
    assert schedule.tick(read(clock)) == []
    clock.advance(1)
    [again] = schedule.tick(read(clock))
    assert again.snoozed and not again.late and again.routine == "Morning"
    assert schedule.tick(read(clock)) == []


def test_skip_today_ends_today_and_tomorrow_comes_as_usual() -> None:
    clock = FakeClock.at(moment(2026, 6, 1, 7, 30))
    book = book_of((frozenset(range(7)), time(7, 30), None), (frozenset(range(7)), time(18, 0),
                                                               None))
    schedule = Schedule(book, ScheduleState(seen_until=clock.wall() - 1), DeskBreakConfig(), ZONE)
    [prompt] = schedule.tick(read(clock))
    schedule.snooze(prompt, clock.wall())
    schedule.skip_today(Kind.REMINDER, clock.wall())
    assert schedule.next_wake(clock.wall()) == moment(2026, 6, 2, 7, 30).timestamp()
    service = Service(schedule, clock)
    service.run_until(moment(2026, 6, 2, 12, 0).timestamp())
    assert [p.due for p in service.shown] == [moment(2026, 6, 2, 7, 30).timestamp()]


def test_a_pause_drops_what_falls_in_it_and_ends_on_time() -> None:
    clock = FakeClock.at(moment(2026, 6, 1, 7, 0))
    schedule = Schedule(book_of((frozenset(range(7)), time(7, 30), None),
                                (frozenset(range(7)), time(9, 0), None)),
                        ScheduleState(seen_until=clock.wall()), DeskBreakConfig(), ZONE)
    until = schedule.pause_for_an_hour(clock.wall())
    assert schedule.next_wake(clock.wall()) == until == moment(2026, 6, 1, 8, 0).timestamp()
    clock.advance(3600)
    assert schedule.tick(read(clock)) == []  # 07:30 fell in the pause: not shown late
    assert schedule.next_wake(clock.wall()) == moment(2026, 6, 1, 9, 0).timestamp()
    until = schedule.pause_until_tomorrow(clock.wall())
    assert until == moment(2026, 6, 2, 0, 0).timestamp()
    clock.set_wall(moment(2026, 6, 2, 0, 0))
    assert schedule.tick(read(clock)) == []


def test_desk_break_after_fifty_active_minutes_checking_once_per_idle_reset() -> None:
    clock = FakeClock.at(moment(2026, 6, 1, 9, 0))
    schedule = Schedule(ReminderBook(), ScheduleState(), DeskBreakConfig(enabled=True), ZONE)
    service = Service(schedule, clock)
    service.run_until(moment(2026, 6, 1, 9, 55).timestamp(), idle=0.0)
    [prompt] = service.shown
    assert prompt.kind is Kind.DESK_BREAK and prompt.routine == "desk-break"
    assert prompt.due == moment(2026, 6, 1, 9, 50).timestamp()
    # Typing all along: a check each 5 minutes (the first moment a 5-minute absence shows).
    assert len(service.wakes) == 12


def test_time_away_resets_the_desk_break_count() -> None:
    clock = FakeClock.at(moment(2026, 6, 1, 9, 0))
    schedule = Schedule(ReminderBook(), ScheduleState(), DeskBreakConfig(enabled=True), ZONE)
    assert schedule.tick(read(clock, idle=0)) == []
    clock.advance(30 * 60)
    assert schedule.tick(read(clock, idle=6 * 60)) == []  # away for six minutes
    clock.advance(5 * 60)
    assert schedule.tick(read(clock, idle=10)) == []  # back: counting from here
    clock.advance(45 * 60)
    assert schedule.tick(read(clock, idle=0)) == []
    clock.advance(5 * 60)
    [prompt] = schedule.tick(read(clock, idle=0))
    assert prompt.due == moment(2026, 6, 1, 10, 25).timestamp()


def test_a_suspended_computer_counts_as_time_away() -> None:
    clock = FakeClock.at(moment(2026, 6, 1, 9, 0))
    schedule = Schedule(ReminderBook(), ScheduleState(), DeskBreakConfig(enabled=True), ZONE)
    schedule.tick(read(clock, idle=None))  # no idle source: wall time
    clock.advance(40 * 60)
    clock.sleep_machine(20 * 60)
    assert schedule.tick(read(clock, idle=None)) == []
    assert schedule.next_wake(clock.wall()) == clock.wall() + 50 * 60


def test_desk_breaks_wait_for_full_screen_to_end_and_keep_to_working_hours() -> None:
    cfg = DeskBreakConfig(enabled=True, hours=WorkingHours(frozenset(range(5)), time(9),
                                                           time(17)))
    clock = FakeClock.at(moment(2026, 6, 1, 8, 0))
    schedule = Schedule(ReminderBook(), ScheduleState(), cfg, ZONE)
    assert schedule.tick(read(clock, idle=0)) == []
    assert schedule.next_wake(clock.wall()) == moment(2026, 6, 1, 9, 0).timestamp()
    clock.advance(3600)
    schedule.tick(read(clock, idle=0))
    clock.advance(50 * 60)  # at work all along (the checks in between change nothing here)
    assert schedule.tick(read(clock, idle=0, quiet=True)) == []  # a film, full screen
    clock.advance(5 * 60)
    [prompt] = schedule.tick(read(clock, idle=0))
    assert prompt.kind is Kind.DESK_BREAK
    clock.advance(moment(2026, 6, 1, 16, 59).timestamp() - clock.wall())
    schedule.tick(read(clock, idle=0))
    assert schedule.next_wake(clock.wall()) == moment(2026, 6, 1, 17, 0).timestamp()
    clock.set_wall(moment(2026, 6, 5, 17, 30))  # Friday evening: next is Monday 09:00
    schedule.tick(read(clock, idle=0))
    assert schedule.next_wake(clock.wall()) == moment(2026, 6, 8, 9, 0).timestamp()


def test_skipping_desk_breaks_today_sleeps_until_midnight() -> None:
    clock = FakeClock.at(moment(2026, 6, 1, 9, 0))
    schedule = Schedule(ReminderBook(), ScheduleState(), DeskBreakConfig(enabled=True), ZONE)
    schedule.tick(read(clock, idle=0))
    schedule.skip_today(Kind.DESK_BREAK, clock.wall())
    clock.advance(60)
    assert schedule.tick(read(clock, idle=0)) == []
    assert schedule.next_wake(clock.wall()) == moment(2026, 6, 2, 0, 0).timestamp()


@settings(max_examples=60, deadline=None)
@given(
    reminders=st.lists(st.tuples(st.frozensets(st.integers(0, 6), min_size=1),
                                 st.integers(0, 23), st.sampled_from([0, 15, 30, 45])),
                       min_size=1, max_size=4),
    steps=st.lists(st.tuples(st.sampled_from(["wake", "sleep", "closed"]),
                             st.integers(60, 3 * 86400)), min_size=1, max_size=30),
)
def test_no_reminder_is_ever_shown_twice_and_only_late_ones_say_late(
        reminders: list[tuple[frozenset[int], int, int]], steps: list[tuple[str, int]]) -> None:
    clock = FakeClock.at(moment(2026, 3, 20, 0, 0))  # across the spring DST change
    book = book_of(*((days, time(h, m), None) for days, h, m in reminders))
    schedule = Schedule(book, ScheduleState(), DeskBreakConfig(), ZONE)
    schedule.tick(read(clock))
    shown: list[Prompt] = []
    for how, seconds in steps:
        nxt = schedule.next_wake(clock.wall())
        assert nxt is not None
        if how == "wake":  # the timer fires when asked
            clock.advance(max(0.0, nxt - clock.wall()))
        else:  # the machine sleeps, or the app is closed, for a while
            clock.sleep_machine(seconds)
            schedule = Schedule(book, schedule.state.copy(), DeskBreakConfig(), ZONE)
        prompts = schedule.tick(read(clock))
        assert len(prompts) == 1 if how == "wake" else len(prompts) <= 1  # no empty wake-up
        for p in prompts:
            assert p.late == (clock.wall() - p.due > LATE_AFTER_S)
            if how == "wake":
                assert not p.late
        shown += prompts
    keys = [(p.reminder_id, p.due) for p in shown]
    assert len(keys) == len(set(keys))
