"""Sessions for the care tests, recorded in a line into a real history database.

Time comes from the project's FakeClock: a test puts the clock on a day, records what was done
(into a real SQLite history in the test's folder, through the writes the player makes), and
moves the clock on. ``diary.sessions`` reads them back from the database, so the care rules
see exactly what they see in the app.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from pilates_desktop.core.clock import FakeClock
from pilates_desktop.core.history import (
    CheckIn,
    HistoryStore,
    ItemStatus,
    SessionRecord,
    SessionStatus,
)

TZ = ZoneInfo("Europe/Berlin")


@dataclass(frozen=True)
class It:
    exercise: str
    pain: int | None = None
    status: ItemStatus = ItemStatus.DONE
    reps_done: int | None = 8
    done_s: int = 60
    side: str = "none"


def clock_at(year: int, month: int, day: int, hour: int = 9) -> FakeClock:
    return FakeClock.at(datetime(year, month, day, hour, tzinfo=TZ))


class Diary:
    """Records sessions at the clock's time into ``folder``/history.sqlite3.

    ``id(n)`` is the database's id of the n-th session recorded (1 for the first).
    """

    def __init__(self, clock: FakeClock, folder: Path) -> None:
        self.clock = clock
        self.store = HistoryStore.open(folder / "history.sqlite3",
                                       backups_dir=folder / "backups", now=clock.now).store
        self._ids: list[str] = []

    def practise(self, routine_id: str, *items: It, active_s: int = 600,
                 status: SessionStatus = SessionStatus.FINISHED,
                 pain_before: int | None = None, pain_after: int | None = None,
                 hurt_exercise: str | None = None,
                 routine_name: str | None = None) -> SessionRecord:
        name = routine_name or routine_id.replace("-", " ").title()
        store = self.store
        sid = store.begin_session(routine_id, name, active_s, pain_before)
        for it in items:
            store.add_item(sid, it.exercise, it.side, it.done_s, it.done_s, it.reps_done,
                           it.status, pain=it.pain)
        store.finish_session(sid, status, active_s, pain_after=pain_after,
                             hurt_exercise=hurt_exercise)
        self._ids.append(sid)
        record = store.session(sid)
        assert record is not None
        return record

    def check_in(self, checkin: CheckIn) -> None:
        self.store.add_checkin(checkin)

    def checkins(self) -> list[CheckIn]:
        return self.store.checkins()

    @property
    def sessions(self) -> list[SessionRecord]:
        return self.store.sessions()

    def id(self, n: int) -> str:
        return self._ids[n - 1]

    def ids(self, *ns: int) -> tuple[str, ...]:
        return tuple(self.id(n) for n in ns)

    def next_day(self, days: int = 1) -> None:
        self.clock.advance(timedelta(days=days).total_seconds())
