"""Desk breaks: after N minutes at the keyboard, offer a short routine; time away resets the count.

The count needs to know when the user was away. The service reads the idle time (seconds
since the last key press or mouse move) only when this class asks, at ``next_check``:

* while the user is at work, a check falls at *last input + idle reset*, which is the first
  moment an absence long enough to count could be seen; so a break away from the desk is
  never missed, and a user typing all along is checked once every ``idle_reset`` minutes;
* while the user is away, once every ``idle_reset`` minutes, to see them come back;
* outside working hours, not at all until they start again.

Where no idle time can be read, the count is plain wall time (the Settings page says so),
and a suspended computer counts as time away: the wall clock moved, the monotonic one did not.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import time, timedelta

from pilates_desktop.core.schedule.reminders import ScheduleError, parse_days, parse_time
from pilates_desktop.core.schedule.zone import Zone

ALL_DAYS = frozenset(range(7))
WORK_DAYS = frozenset(range(5))


@dataclass(frozen=True)
class WorkingHours:
    """From ``start`` to ``end`` on ``days``; an ``end`` before ``start`` runs past midnight
    (a night shift belongs to the day it starts on); equal times mean the whole day."""

    days: frozenset[int] = WORK_DAYS
    start: time = time(9, 0)
    end: time = time(17, 0)

    def _periods(self, wall: float, zone: Zone) -> list[tuple[float, float]]:
        """The working periods that start from two days before ``wall`` to a week after."""
        today = zone.day_of(wall)
        periods = []
        for offset in range(-2, 9):
            day = today + timedelta(days=offset)
            if day.weekday() not in self.days:
                continue
            begin = zone.instant(day, self.start)
            end_day = day if self.start < self.end else day + timedelta(days=1)
            periods.append((begin, zone.instant(end_day, self.end)))
        return periods

    def period_at(self, wall: float, zone: Zone) -> tuple[float, float] | None:
        """The working period ``wall`` falls in, as (start, end), or None outside of one."""
        for begin, end in self._periods(wall, zone):
            if begin <= wall < end:
                return begin, end
        return None

    def next_start(self, wall: float, zone: Zone) -> float | None:
        starts = [begin for begin, _ in self._periods(wall, zone) if begin > wall]
        return min(starts) if starts else None


@dataclass(frozen=True)
class DeskBreakConfig:
    enabled: bool = False
    active_minutes: int = 50
    idle_reset_minutes: int = 5
    hours: WorkingHours | None = None  # None: any time of any day
    routine: str = "desk-break"

    @property
    def active_s(self) -> float:
        return self.active_minutes * 60.0

    @property
    def idle_reset_s(self) -> float:
        return self.idle_reset_minutes * 60.0


def desk_config(on: bool, minutes: int, hours_on: bool, start: str, end: str,
                days: str) -> DeskBreakConfig:
    """The config from the settings' plain values; a time or day list that does not read
    (edited by hand in the settings file) falls back to the default working hours."""
    hours = None
    if hours_on:
        try:
            hours = WorkingHours(parse_days(days), parse_time(start), parse_time(end))
        except ScheduleError:
            hours = WorkingHours()
    return DeskBreakConfig(enabled=on, active_minutes=minutes, hours=hours)


@dataclass(frozen=True)
class Reading:
    """What the service saw when it woke up.

    ``idle_s`` is None when no idle time can be read; ``quiet`` is a full-screen window or
    do-not-disturb, while which a desk break waits.
    """

    wall: float
    mono: float
    idle_s: float | None = None
    quiet: bool = False


@dataclass
class DeskBreaks:
    config: DeskBreakConfig
    zone: Zone
    active_since: float | None = None
    next_check: float | None = None
    _last: Reading | None = field(default=None, repr=False)

    def reset(self) -> None:
        """The count starts again at the next reading (a break was offered, taken or paused)."""
        self.active_since = None

    def observe(self, reading: Reading) -> float | None:
        """Take a reading; return the instant a break fell due when one is to be offered now."""
        last, self._last = self._last, reading
        cfg = self.config
        now = reading.wall
        if not cfg.enabled:
            self.active_since = self.next_check = None
            return None
        period = cfg.hours.period_at(now, self.zone) if cfg.hours is not None else None
        if cfg.hours is not None and period is None:
            self.active_since = None
            self.next_check = cfg.hours.next_start(now, self.zone)
            return None
        if last is not None and (now - last.wall) - (reading.mono - last.mono) >= cfg.idle_reset_s:
            self.active_since = None  # the computer slept: that was time away from the desk
        if reading.idle_s is not None and reading.idle_s >= cfg.idle_reset_s:
            self.active_since = None
            self.next_check = self._clip(now + cfg.idle_reset_s, period, now)
            return None
        if self.active_since is None:
            self.active_since = now
        due = self.active_since + cfg.active_s
        offered = None
        if now >= due:
            if reading.quiet:  # full screen or do-not-disturb: ask again a little later
                self.next_check = self._clip(now + cfg.idle_reset_s, period, now)
                return None
            offered = due
            self.active_since = now  # offered once: the count starts again
            due = now + cfg.active_s
        check = due
        if reading.idle_s is not None:
            check = min(check, now - reading.idle_s + cfg.idle_reset_s)
        self.next_check = self._clip(check, period, now)
        return offered

    @staticmethod
    def _clip(check: float, period: tuple[float, float] | None, now: float) -> float:
        """Not after the working period ends, and never in the past (at least a second on)."""
        if period is not None:
            check = min(check, period[1])
        return max(check, now + 1.0)
