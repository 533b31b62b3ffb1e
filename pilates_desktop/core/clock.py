"""The one way the app reads time.

Every part that needs the time gets a ``Clock`` from the composition root (``app.build_app``)
instead of calling ``time`` or ``datetime`` itself. Then every rule that depends on time (the
player's count, the day a flare-up ends, the week a chart shows, when a backup is due) can be
tested without waiting: tests pass a ``FakeClock`` and move it by hand.

Two kinds of time, because they answer different questions:

* ``monotonic()`` never jumps: durations (the player, cue timing, time-outs).
* ``wall()`` / ``now()`` / ``today()`` are calendar time: what to write in the history, which
  day it is. They jump when the machine sleeps or its clock is set.
"""

from __future__ import annotations

import time
from datetime import date, datetime, tzinfo
from typing import Protocol


class Clock(Protocol):
    def monotonic(self) -> float:
        """Seconds on a clock that never goes back (only differences mean anything)."""
        ...

    def wall(self) -> float:
        """Seconds since the Unix epoch."""
        ...

    def now(self) -> datetime:
        """The current local time, time-zone aware."""
        ...

    def today(self) -> date:
        """The local calendar day."""
        ...


class SystemClock:
    """The machine's clocks."""

    def monotonic(self) -> float:
        return time.monotonic()

    def wall(self) -> float:
        return time.time()

    def now(self) -> datetime:
        return datetime.now().astimezone()

    def today(self) -> date:
        return self.now().date()


class FakeClock:
    """A clock for tests and screenshots: time moves only when told to.

    ``tz`` fixes the zone of ``now()``; without it the machine's local zone is used.
    """

    def __init__(self, start: float = 1000.0, wall_start: float = 1_700_000_000.0,
                 tz: tzinfo | None = None) -> None:
        self.mono = start
        self.wall_now = wall_start
        self.tz = tz

    @classmethod
    def at(cls, moment: datetime, start: float = 1000.0) -> FakeClock:
        """A clock whose wall time is ``moment`` (a naive moment is taken as local time)."""
        aware = moment if moment.tzinfo is not None else moment.astimezone()
        return cls(start, aware.timestamp(), aware.tzinfo)

    def monotonic(self) -> float:
        return self.mono

    def wall(self) -> float:
        return self.wall_now

    def now(self) -> datetime:
        if self.tz is not None:
            return datetime.fromtimestamp(self.wall_now, self.tz)
        return datetime.fromtimestamp(self.wall_now).astimezone()

    def today(self) -> date:
        return self.now().date()

    def advance(self, seconds: float) -> None:
        self.mono += seconds
        self.wall_now += seconds

    def set_wall(self, moment: datetime) -> None:
        """Put the calendar at ``moment`` (the monotonic clock stays where it is)."""
        aware = moment if moment.tzinfo is not None else moment.astimezone()
        self.wall_now = aware.timestamp()

    def sleep_machine(self, seconds: float) -> None:
        """The machine suspends: wall time moves, the monotonic clock does not."""
        self.wall_now += seconds
