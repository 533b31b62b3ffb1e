"""The next-morning check-in, and the reduced dose after a "worse" morning.

The pain-monitoring model judges a session by the next morning as much as by the session
itself (Silbernagel et al. 2007): pain or stiffness that is worse the next morning means the load
was too high. So the first time the app runs on the day after a session, it asks how the back
is compared with before yesterday's session, and a "worse" answer lowers the dose of the next
session of each routine done that day.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, tzinfo

from pilates_desktop.core.care.records import CareSession, chronological, is_practice, local_day
from pilates_desktop.core.history import CheckIn, Feeling
from pilates_desktop.core.library import Library
from pilates_desktop.core.routines.routine import Item, Routine, effective_dose

__all__ = ["FLOORS", "REDUCED_SHARE", "CheckIn", "CheckInPrompt", "Feeling", "answer",
           "checkin_due", "reduce_item", "reduced_dose", "reduction_due"]

# After a "worse" morning the next session keeps two thirds of each counted dose (reps, holds,
# breaths, pumps) and one set fewer, never below the floors below.
REDUCED_SHARE = 2 / 3
FLOORS = {"reps": 2, "hold_s": 10, "hold_breaths": 2, "pumps": 20}


@dataclass(frozen=True, slots=True)
class CheckInPrompt:
    """A check-in to ask now: about these sessions of yesterday."""

    about: date
    sessions: tuple[CareSession, ...]

    @property
    def routine_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(s.routine_id for s in self.sessions))


def checkin_due(
    sessions: Iterable[CareSession],
    checkins: Iterable[CheckIn],
    now: datetime,
    tz: tzinfo,
    *,
    asked_on: date | None = None,
) -> CheckInPrompt | None:
    """The check-in to ask at this start, if any.

    Asked on the day after a day with practice, once: not if it was answered today, nor if it
    was already offered today (``asked_on``, kept by the caller when the user closes it).
    """
    today = now.astimezone(tz).date()
    if asked_on == today or any(c.day == today for c in checkins):
        return None
    yesterday = today - timedelta(days=1)
    done = [s for s in chronological(sessions) if is_practice(s) and local_day(s, tz) == yesterday]
    return CheckInPrompt(yesterday, tuple(done)) if done else None


def answer(prompt: CheckInPrompt, now: datetime, feeling: Feeling, pain: int | None) -> CheckIn:
    return CheckIn(
        day=prompt.about + timedelta(days=1), at=now, feeling=feeling, pain=pain,
        routine_ids=prompt.routine_ids, session_ids=tuple(s.id for s in prompt.sessions),
    )


def reduction_due(
    routine_id: str, sessions: Iterable[CareSession], checkins: Sequence[CheckIn]
) -> CheckIn | None:
    """The "worse" check-in that lowers the next session of ``routine_id``, if one stands.

    It stands from the answer until the routine has been practised once after it.
    """
    worse = [c for c in checkins if c.feeling is Feeling.WORSE and routine_id in c.routine_ids]
    if not worse:
        return None
    latest = max(worse, key=lambda c: c.at)
    after = any(s.routine_id == routine_id and is_practice(s) and s.started_at >= latest.at
                for s in sessions)
    return None if after else latest


def _less(value: int | None, floor: int) -> int | None:
    if value is None:
        return None
    return max(min(value, floor), math.floor(value * REDUCED_SHARE))


def reduce_item(item: Item, library: Library) -> Item:
    exercise = library[item.exercise]
    dose = effective_dose(item, exercise)
    pumps = _less(dose.pumps, FLOORS["pumps"])
    breath = 2 * (exercise.dosage.pumps_per_phase or 0)
    if pumps is not None and breath and pumps != dose.pumps:
        pumps = max(breath, pumps - pumps % breath)  # whole breaths of pumps
    return replace(
        item,
        reps=_less(dose.reps, FLOORS["reps"]) if dose.reps is not None else item.reps,
        hold_s=_less(dose.hold_s, FLOORS["hold_s"]) if dose.hold_s is not None else item.hold_s,
        hold_breaths=_less(dose.hold_breaths, FLOORS["hold_breaths"])
        if dose.hold_breaths is not None else item.hold_breaths,
        pumps=pumps if dose.pumps is not None else item.pumps,
        sets=dose.sets - 1 if dose.sets > 1 else item.sets,
    )


def reduced_dose(routine: Routine, library: Library) -> Routine:
    """The routine at the reduced dose of the session after a "worse" morning."""
    return routine.with_items([reduce_item(it, library) for it in routine.items])
