"""Reminders as the user writes them, their files, and the instants they fall due (DST too)."""

from __future__ import annotations

import json
import stat
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pilates_desktop.core.errors import PilatesError
from pilates_desktop.core.schedule.files import (
    ScheduleFileError,
    load_book,
    load_state,
    save_book,
    save_state,
    update_book,
)
from pilates_desktop.core.schedule.reminders import (
    Reminder,
    ReminderBook,
    ScheduleError,
    parse_days,
    parse_id,
    parse_time,
    suggest_days,
)
from pilates_desktop.core.schedule.state import Kind, Prompt, ScheduleState, Snooze
from pilates_desktop.core.schedule.zone import Zone

BERLIN = ZoneInfo("Europe/Berlin")


def at(*args: int) -> float:
    return datetime(*args, tzinfo=BERLIN).timestamp()  # type: ignore[misc]


@pytest.mark.parametrize(("text", "days"), [
    ("mon,wed,fri", {0, 2, 4}), ("Sun", {6}), ("monday, Tuesday", {0, 1}),
    ("weekdays", {0, 1, 2, 3, 4}), ("daily", set(range(7))), ("sat,weekends", {5, 6}),
])
def test_days_are_read_as_people_write_them(text: str, days: set[int]) -> None:
    assert parse_days(text) == days


@pytest.mark.parametrize("text", ["funday", "mon,funday", "", "mon,,fri", "1"])
def test_a_day_that_is_not_a_day_is_one_line_that_says_what_to_write(text: str) -> None:
    with pytest.raises(ScheduleError) as err:
        parse_days(text)
    message = str(err.value)
    assert "\n" not in message and "mon, tue, wed, thu, fri, sat, sun" in message
    if "funday" in text:
        assert message.startswith('"funday" is not a day')


@pytest.mark.parametrize(("text", "expected"), [("07:30", time(7, 30)), ("7:05", time(7, 5)),
                                                ("00:00", time(0)), ("23:59", time(23, 59))])
def test_times_of_day(text: str, expected: time) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize("text", ["25:00", "24:00", "07:60", "7.30", "0730", "", "7:3", "-1:00"])
def test_a_time_that_is_not_a_time_of_day_is_refused(text: str) -> None:
    with pytest.raises(ScheduleError) as err:
        parse_time(text)
    assert str(err.value) == (f'"{text}" is not a time of day: use HH:MM from 00:00 to 23:59 '
                              "(for example --at 07:30)")


def test_ids_are_never_given_out_twice() -> None:
    book = ReminderBook()
    book, first = book.add(frozenset({0}), time(7, 30), None, 0.0)
    book, second = book.add(frozenset({1}), time(8, 0), "Desk Break", 0.0)
    assert (first.id, second.id) == (1, 2)
    book = book.remove(2)
    book, third = book.add(frozenset({2}), time(9, 0), None, 0.0)
    assert third.id == 3 and [r.id for r in book.reminders] == [1, 3]
    with pytest.raises(ScheduleError, match="no reminder with id 2: remind list shows"):
        book.remove(2)
    with pytest.raises(ScheduleError, match='"x2" is not a reminder id'):
        parse_id("x2")


def test_the_weekly_goal_suggests_days_spread_across_the_week() -> None:
    assert suggest_days(3) == {0, 2, 4}  # Monday, Wednesday, Friday
    assert suggest_days(2) == {0, 3}
    assert suggest_days(9) == set(range(7))
    assert suggest_days(3, first=1) == {1, 3, 5}


@given(st.integers(1, 7), st.integers(0, 6))
def test_suggested_days_never_put_two_rest_days_more_than_needed(n: int, first: int) -> None:
    days = sorted(suggest_days(n, first))
    assert len(days) == n
    gaps = [(b - a) % 7 or 7 for a, b in zip(days, days[1:] + days[:1], strict=True)]
    assert max(gaps) - min(gaps) <= 1 if n < 7 else gaps == [1] * 7  # as even as 7 days allow


def test_next_due_follows_daylight_saving_time() -> None:
    zone = Zone(BERLIN)
    daily = Reminder(1, frozenset(range(7)), time(7, 30))
    saturday = at(2026, 3, 28, 7, 30)
    sunday = daily.next_due(saturday, zone)
    assert sunday == at(2026, 3, 29, 7, 30)
    assert sunday - saturday == 23 * 3600  # the clocks went forward in the night
    autumn = daily.next_due(at(2026, 10, 24, 7, 30), zone)
    assert autumn - at(2026, 10, 24, 7, 30) == 25 * 3600


def test_a_time_that_does_not_exist_or_exists_twice_fires_once() -> None:
    zone = Zone(BERLIN)
    night = Reminder(1, frozenset({6}), time(2, 30))  # Sundays, 02:30
    spring = night.next_due(at(2026, 3, 28, 12, 0), zone)
    assert datetime.fromtimestamp(spring, BERLIN).strftime("%H:%M %Z") == "03:30 CEST"
    autumn = night.next_due(at(2026, 10, 24, 12, 0), zone)
    assert datetime.fromtimestamp(autumn, BERLIN).strftime("%H:%M %Z") == "02:30 CEST"
    assert night.next_due(autumn, zone) > at(2026, 10, 31, 0, 0)  # not again at 02:30 CET


def test_latest_occurrence_ignores_times_before_the_reminder_existed() -> None:
    zone = Zone(BERLIN)
    added_at_ten = Reminder(1, frozenset(range(7)), time(7, 30), created=at(2026, 6, 1, 10, 0))
    assert added_at_ten.latest(0.0, at(2026, 6, 1, 12, 0), zone) is None
    assert added_at_ten.latest(0.0, at(2026, 6, 2, 8, 0), zone) == at(2026, 6, 2, 7, 30)
    assert added_at_ten.next_due(at(2026, 6, 1, 0, 0), zone) == at(2026, 6, 2, 7, 30)


# -- files ---------------------------------------------------------------------------------
def test_reminders_file_round_trip_is_private(tmp_path: Path) -> None:
    path = tmp_path / "data" / "reminders.json"
    book, _ = ReminderBook().add(frozenset({0, 2, 4}), time(7, 30), "Back Care Basics", 12.5)
    save_book(path, book)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_book(path) == book
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["reminders"][0] == {"id": 1, "days": ["mon", "wed", "fri"], "at": "07:30",
                                    "routine": "Back Care Basics", "created": 12.5}
    assert load_book(tmp_path / "missing.json") == ReminderBook()


@pytest.mark.parametrize(("text", "problem"), [
    ("{", "not valid JSON"),
    ('{"format": "pilates-desktop/reminders", "version": 1, "version": 1}', "duplicate key"),
    ('{"format": "x", "version": 1}', 'format: must be "pilates-desktop/reminders"'),
    ('{"format": "pilates-desktop/reminders", "version": 9, "next_id": 1, "reminders": []}',
     "newer version"),
    ('{"format": "pilates-desktop/reminders", "version": 1, "next_id": 2, "reminders": '
     '[{"id": 1, "days": ["funday"], "at": "07:30", "routine": null}]}',
     "reminders[0].days: must be a list of mon"),
    ('{"format": "pilates-desktop/reminders", "version": 1, "next_id": 2, "reminders": '
     '[{"id": 1, "days": ["mon"], "at": "25:00", "routine": null}]}',
     "reminders[0].at: must be a time of day"),
    ('{"format": "pilates-desktop/reminders", "version": 1, "next_id": 2, "reminders": '
     '[{"id": 5, "days": ["mon"], "at": "07:00", "routine": null}]}',
     "reminders[0].id: must be a whole number from 1 to 1"),
    ('{"format": "pilates-desktop/reminders", "version": 1, "next_id": 2, "reminders": '
     '[{"id": 1, "days": ["mon"], "at": "07:00", "routine": null, "created": Infinity}]}',
     "Infinity is not allowed"),
])
def test_a_bad_reminders_file_names_itself_and_is_never_written_over(
        tmp_path: Path, text: str, problem: str) -> None:
    path = tmp_path / "reminders.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PilatesError) as err:
        update_book(path, lambda b: b.add(frozenset({0}), time(8, 0), None, 0.0)[0])
    assert str(err.value).startswith(str(path)) and problem in str(err.value)
    assert "\n" not in str(err.value)
    assert path.read_text(encoding="utf-8") == text


def test_state_file_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "schedule-state.json"
    state = ScheduleState(seen_until=100.0, paused_until=200.0,
                          skipped={Kind.DESK_BREAK: date(2026, 6, 1)},
                          snoozes={Kind.REMINDER: Snooze(Prompt(Kind.REMINDER, 50.0, "Morning", 3),
                                                         700.0)})
    save_state(path, state)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_state(path) == state
    path.write_text('{"format": "pilates-desktop/schedule-state", "version": 1, '
                    '"seen_until": "yesterday"}', encoding="utf-8")
    with pytest.raises(ScheduleFileError, match="seen_until: must be a time in seconds"):
        load_state(path)
