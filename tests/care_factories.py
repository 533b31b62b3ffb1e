"""Sessions for the care tests, built in a line: the shape the care rules read (core.care.records).

Time comes from the project's FakeClock: a test puts the clock on a day, records what was done,
and moves the clock on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from pilates_desktop.core.clock import FakeClock
from pilates_desktop.core.history import ItemStatus, SessionStatus

TZ = ZoneInfo("Europe/Berlin")


@dataclass(frozen=True)
class It:
    exercise: str
    pain: int | None = None
    status: ItemStatus = ItemStatus.DONE
    reps_done: int | None = 8
    done_s: int = 60
    side: str = "none"


@dataclass(frozen=True)
class Sess:
    id: str
    routine_id: str
    started_at: datetime
    items: tuple[It, ...] = ()
    active_s: int = 600
    status: SessionStatus = SessionStatus.FINISHED
    pain_before: int | None = None
    pain_after: int | None = None
    hurt_exercise: str | None = None
    routine_name: str = field(default="")


def clock_at(year: int, month: int, day: int, hour: int = 9) -> FakeClock:
    return FakeClock.at(datetime(year, month, day, hour, tzinfo=TZ))


class Diary:
    """Records sessions at the clock's time, with ids s1, s2, ..."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.sessions: list[Sess] = []

    def practise(self, routine_id: str, *items: It, **fields: object) -> Sess:
        s = Sess(f"s{len(self.sessions) + 1}", routine_id, self.clock.now(), tuple(items),
                 routine_name=fields.pop("routine_name", routine_id.replace("-", " ").title()),
                 **fields)  # type: ignore[arg-type]
        self.sessions.append(s)
        return s

    def next_day(self, days: int = 1) -> None:
        self.clock.advance(timedelta(days=days).total_seconds())
