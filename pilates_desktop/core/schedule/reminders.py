"""Practice reminders: which days, what time, which routine; and how the user writes them.

``remind add --days mon,wed,fri --at 07:30`` and the Settings page both end up here, so a
day called "funday" or a time of 25:00 is refused by one rule with one line that says what
to write instead. Ids are small numbers that are never given out twice (a script that removes
reminder 2 twice cannot remove a newer one by mistake).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, time, timedelta

from pilates_desktop.core.errors import PilatesError
from pilates_desktop.core.schedule.zone import Zone

# Monday is 0, as in date.weekday().
DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_LONG_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Words for common sets of days, so "--days weekdays" reads as a person would write it.
_DAY_SETS = {
    "daily": tuple(range(7)), "everyday": tuple(range(7)),
    "weekdays": tuple(range(5)), "weekends": (5, 6), "weekend": (5, 6),
}
_TIME = re.compile(r"(\d{1,2}):(\d{2})")
MAX_REMINDERS = 50  # a cap that no person reaches and that keeps the file small


class ScheduleError(PilatesError):
    """A reminder the user asked for that cannot be: the message says what to write instead."""


def parse_days(text: str) -> frozenset[int]:
    """``"mon,wed,fri"`` -> {0, 2, 4}; also full names and daily/weekdays/weekends."""
    days: set[int] = set()
    words = [w.strip().lower() for w in text.split(",")]
    if not any(words):
        raise ScheduleError("no days given: use mon, tue, wed, thu, fri, sat, sun "
                            "(for example --days mon,wed,fri)")
    for word in words:
        if word in DAY_NAMES:
            days.add(DAY_NAMES.index(word))
        elif word in _LONG_NAMES:
            days.add(_LONG_NAMES.index(word))
        elif word in _DAY_SETS:
            days.update(_DAY_SETS[word])
        else:
            shown = word if word else "(empty)"
            raise ScheduleError(f'"{shown}" is not a day: use mon, tue, wed, thu, fri, sat, sun '
                                "(for example --days mon,wed,fri)")
    return frozenset(days)


def parse_time(text: str) -> time:
    """``"07:30"`` -> 07:30; hours 0-23, minutes 0-59."""
    match = _TIME.fullmatch(text.strip())
    if match is None or int(match[1]) > 23 or int(match[2]) > 59:
        raise ScheduleError(f'"{text}" is not a time of day: use HH:MM from 00:00 to 23:59 '
                            "(for example --at 07:30)")
    return time(int(match[1]), int(match[2]))


def format_days(days: Iterable[int]) -> list[str]:
    return [DAY_NAMES[d] for d in sorted(set(days))]


def format_time(at: time) -> str:
    return f"{at.hour:02d}:{at.minute:02d}"


@dataclass(frozen=True)
class Reminder:
    """Practise on ``days`` at ``at``, optionally a named routine.

    ``created`` (wall seconds) is when the reminder was added or last changed: a time that
    passed before that was never due, so it is not shown as missed.
    """

    id: int
    days: frozenset[int]
    at: time
    routine: str | None = None
    created: float = 0.0

    def public(self) -> dict[str, object]:
        """What ``remind list --json`` prints for this reminder."""
        return {"id": self.id, "days": format_days(self.days), "at": format_time(self.at),
                "routine": self.routine}

    def latest(self, after: float, until: float, zone: Zone) -> float | None:
        """The last time this reminder fell due in (``after``, ``until``], if any."""
        last_day = zone.day_of(until)
        for back in range(8):  # every reminder has a day in any 7 days in a row
            day = last_day - timedelta(days=back)
            if day.weekday() not in self.days:
                continue
            moment = zone.instant(day, self.at)
            if moment <= after or moment < self.created:
                return None
            if moment <= until:
                return moment
        return None

    def next_due(self, after: float, zone: Zone) -> float:
        """The first time this reminder falls due after ``after`` (and after its creation)."""
        start = max(after, self.created)
        first_day = zone.day_of(start)
        for ahead in range(9):
            day = first_day + timedelta(days=ahead)
            if day.weekday() in self.days:
                moment = zone.instant(day, self.at)
                if moment > start and moment >= self.created:
                    return moment
        raise AssertionError("a reminder has no day")  # days is never empty


@dataclass(frozen=True)
class ReminderBook:
    """All reminders, and the next id to give out."""

    reminders: tuple[Reminder, ...] = ()
    next_id: int = 1

    def find(self, reminder_id: int) -> Reminder | None:
        return next((r for r in self.reminders if r.id == reminder_id), None)

    def add(self, days: frozenset[int], at: time, routine: str | None,
            created: float) -> tuple[ReminderBook, Reminder]:
        if not days:
            raise ScheduleError("a reminder needs at least one day")
        if len(self.reminders) >= MAX_REMINDERS:
            raise ScheduleError(f"there are already {MAX_REMINDERS} reminders: "
                                "remove one first (remind list shows their ids)")
        reminder = Reminder(self.next_id, days, at, routine, created)
        return ReminderBook((*self.reminders, reminder), self.next_id + 1), reminder

    def remove(self, reminder_id: int) -> ReminderBook:
        if self.find(reminder_id) is None:
            raise ScheduleError(f"no reminder with id {reminder_id}: "
                                "remind list shows the ids there are")
        return replace(self, reminders=tuple(r for r in self.reminders if r.id != reminder_id))

    def change(self, reminder: Reminder, created: float) -> ReminderBook:
        """Replace the reminder with the same id (a change counts as new from ``created``)."""
        if self.find(reminder.id) is None:
            raise ScheduleError(f"no reminder with id {reminder.id}: "
                                "remind list shows the ids there are")
        changed = replace(reminder, created=created)
        return replace(self, reminders=tuple(changed if r.id == reminder.id else r
                                             for r in self.reminders))


def parse_id(text: str) -> int:
    """A reminder id as the user typed it."""
    if not text.strip().isdigit():
        raise ScheduleError(f'"{text}" is not a reminder id: remind list shows the ids there are')
    return int(text)


def suggest_days(sessions_per_week: int, first: int = 0) -> frozenset[int]:
    """Days for the weekly goal, spread across the week with rest days between.

    3 sessions give Monday, Wednesday, Friday (the sources' "2-3 times a week" with a day
    off after each); 2 give Monday and Thursday; 7 or more give every day. ``first`` moves
    the pattern to start on another weekday.
    """
    n = max(1, min(7, sessions_per_week))
    return frozenset((first + (i * 7) // n) % 7 for i in range(n))


def weekday_of(day: date) -> str:
    return DAY_NAMES[day.weekday()]
