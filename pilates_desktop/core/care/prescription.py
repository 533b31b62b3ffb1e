"""A programme from a physiotherapist, carried by a routine file, and adherence to it.

A prescription says who prescribed the routine, on how many days a week and for how many weeks,
with free notes. Adherence counts the days a week the routine was practised against that, week
by week from the start of the programme.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta, tzinfo
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pilates_desktop.core.care.records import CareSession

MAX_WEEKS = 104
MAX_TEXT = 500


@dataclass(frozen=True, slots=True)
class Prescription:
    days_per_week: int  # 1-7
    weeks: int  # 1-104
    prescribed_by: str = ""  # free text: "Dr. A. Weber, physiotherapist"
    notes: str = ""
    start: date | None = None  # when the programme began; None: the first session of it

    def __post_init__(self) -> None:
        if not 1 <= self.days_per_week <= 7:
            raise ValueError(f"days per week must be 1-7, got {self.days_per_week}")
        if not 1 <= self.weeks <= MAX_WEEKS:
            raise ValueError(f"weeks must be 1-{MAX_WEEKS}, got {self.weeks}")


@dataclass(frozen=True, slots=True)
class AdherenceWeek:
    start: date  # the programme's week n starts on start + 7n days
    days: int  # days with practice of the routine in that week
    target: int
    complete: bool  # the week is over (or is today's and already met)

    @property
    def met(self) -> bool:
        return self.days >= self.target


@dataclass(frozen=True, slots=True)
class Adherence:
    start: date
    weeks: tuple[AdherenceWeek, ...]  # the weeks begun so far (at most the prescribed ones)
    prescribed_weeks: int
    days_per_week: int

    @property
    def days_done(self) -> int:
        return sum(w.days for w in self.weeks)

    @property
    def days_due(self) -> int:
        """Days prescribed in the weeks that are over, plus this week's once it is met."""
        return sum(w.target for w in self.weeks if w.complete)

    @property
    def share(self) -> float | None:
        """Days practised out of days due, capped per week at the target; None before any week
        is due."""
        due = self.days_due
        if not due:
            return None
        return sum(min(w.days, w.target) for w in self.weeks if w.complete) / due

    @property
    def finished(self) -> bool:
        return len(self.weeks) == self.prescribed_weeks and self.weeks[-1].complete


def adherence(
    prescription: Prescription,
    routine_id: str,
    sessions: Iterable[CareSession],
    today: date,
    tz: tzinfo,
) -> Adherence | None:
    """Week by week from the programme's start; None when it has not started."""
    # Here, not at the top: every routine file carries a Prescription, and reading one must
    # not load the history's rules (the window paints before it opens the history).
    from pilates_desktop.core.care.records import is_practice, local_day

    days = sorted({local_day(s, tz) for s in sessions
                   if s.routine_id == routine_id and is_practice(s)})
    start = prescription.start or (days[0] if days else None)
    if start is None or today < start:
        return None
    elapsed = (today - start).days // 7 + 1
    weeks = []
    for n in range(min(elapsed, prescription.weeks)):
        first = start + timedelta(days=7 * n)
        count = sum(1 for d in days if first <= d < first + timedelta(days=7))
        over = today >= first + timedelta(days=7)
        weeks.append(AdherenceWeek(first, count, prescription.days_per_week,
                                   over or count >= prescription.days_per_week))
    return Adherence(start, tuple(weeks), prescription.weeks, prescription.days_per_week)
