"""Days and times of day in the user's time zone, turned into instants (seconds since the epoch).

A reminder says "07:30 on Mondays"; the instant that means moves with daylight saving time, so
it is computed for each day from the zone's rules, never by adding 24 hours to the last one.
A time that does not exist on a day (02:30 when the clocks go forward) falls on the same
offset as before the change (03:30); a time that exists twice (02:30 when they go back) is the
first of the two, so a reminder fires once.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo


class Zone:
    """The user's time zone: ``tz`` (a ``ZoneInfo``), or the machine's own rules when None.

    The machine's rules come from the C library (the ``TZ`` variable or /etc/localtime), the
    same ones ``datetime.fromtimestamp`` uses, so the app and the desktop clock agree.
    """

    def __init__(self, tz: tzinfo | None = None) -> None:
        self.tz = tz

    def instant(self, day: date, at: time) -> float:
        """The moment ``at`` o'clock on ``day`` in this zone."""
        return datetime.combine(day, at.replace(tzinfo=None, fold=0), tzinfo=self.tz).timestamp()

    def local(self, wall: float) -> datetime:
        """The local date and time (naive) of the instant ``wall``."""
        if self.tz is None:
            return datetime.fromtimestamp(wall)
        return datetime.fromtimestamp(wall, self.tz).replace(tzinfo=None)

    def day_of(self, wall: float) -> date:
        return self.local(wall).date()

    def start_of_day(self, day: date) -> float:
        return self.instant(day, time(0, 0))

    def next_midnight(self, wall: float) -> float:
        """The start of the day after the one ``wall`` falls on."""
        return self.start_of_day(self.day_of(wall) + timedelta(days=1))
