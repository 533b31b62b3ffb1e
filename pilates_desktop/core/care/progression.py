"""When to suggest a harder or easier form of an exercise, and what accepting one changes.

Progress after 3 sessions of the routine in a row in which the exercise was rated at most 2
(safe) and done in full. Regress after a rating above 5 (too much), an "it hurts" stop on it, or
a "worse" morning after the session. A declined suggestion is not offered again on the same
evidence: the count starts again after each decision. Accepting is a pure edit of the routine
(``accept``), so the builder's undo stack can wrap it like any other edit.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from pilates_desktop.core.care.checkin import FLOORS, CheckIn, Feeling
from pilates_desktop.core.care.pain import ACCEPTABLE_MAX, SAFE_MAX
from pilates_desktop.core.care.records import (
    CareSession,
    all_done,
    chronological,
    exercise_pain,
    hurt_on,
    is_practice,
)
from pilates_desktop.core.history import SessionStatus
from pilates_desktop.core.library import (
    DOSE_DELTA_FIELDS,
    Adjustment,
    DoseDelta,
    Exercise,
    Library,
    Range,
)
from pilates_desktop.core.routines.routine import Item, ItemForm, ItemSides, Routine, effective_dose

STREAK = 3  # sessions in a row at pain <= SAFE_MAX, all done
# A dose is never raised past the top of the article's range, or twice its default without one.
DOSE_CEILING_FACTOR = 2


class Direction(StrEnum):
    PROGRESS = "progress"
    REGRESS = "regress"


class Reason(StrEnum):
    PAIN_FREE = "pain-free"  # STREAK sessions at pain <= 2 with every rep done
    PAIN = "pain"  # rated above 5
    HURT = "hurt"  # stopped with "it hurts"
    WORSE_MORNING = "worse-morning"  # the next morning was worse


@dataclass(frozen=True, slots=True)
class Change:
    """What accepting does to one item: another exercise, another form, and/or a dose step."""

    exercise: str  # the item's exercise afterwards
    form: ItemForm | None  # the item's form afterwards
    dose: DoseDelta | None
    adjustment: Adjustment | None  # the library's words for it; None: back to the usual form


@dataclass(frozen=True, slots=True)
class Suggestion:
    direction: Direction
    reason: Reason
    routine_id: str
    index: int  # the item in the routine
    exercise: str  # the item's exercise now
    change: Change
    evidence: tuple[str, ...]  # the session ids (and check-in day) it rests on
    since: datetime  # the latest evidence


@dataclass(frozen=True, slots=True)
class Decision:
    """A suggestion accepted or declined; kept so a declined one is not asked again."""

    at: datetime
    direction: Direction
    reason: Reason
    routine_id: str
    exercise: str  # before
    accepted: bool
    to_exercise: str  # after (the same exercise for a dose or form change)
    form: ItemForm | None = None
    dose: DoseDelta | None = None


def decide(suggestion: Suggestion, at: datetime, accepted: bool) -> Decision:
    c = suggestion.change
    return Decision(at, suggestion.direction, suggestion.reason, suggestion.routine_id,
                    suggestion.exercise, accepted, c.exercise, c.form, c.dose)


# --- the next step up or down ---------------------------------------------------------------


def next_change(item: Item, direction: Direction, library: Library) -> Change | None:
    """The step from ``item`` in ``direction``, or None when there is none to take.

    The usual form sits between the easier and the harder form: from the easier form the
    step up is back to the usual one, and from the harder form the step down likewise.
    """
    ex = library[item.exercise]
    going_up = direction is Direction.PROGRESS
    back = ItemForm.EASIER if going_up else ItemForm.HARDER
    if item.form is back:
        return Change(ex.id, None, None, None)
    if item.form is not None:  # already at the end this way
        return None
    adj = ex.harder if going_up else ex.easier
    if adj is None:
        return None
    if adj.exercise is not None:
        return Change(adj.exercise, None, adj.dose, adj)
    if adj.dose is not None:
        return Change(ex.id, None, adj.dose, adj) if _dose_step(item, ex, adj.dose) else None
    return Change(ex.id, ItemForm.HARDER if going_up else ItemForm.EASIER, None, adj)


def _ceiling(ex: Exercise, name: str, now: int) -> int:
    given = getattr(ex.dosage, name, None)
    if isinstance(given, Range) and given.hi > given.lo:
        return given.hi
    default = given.lo if isinstance(given, Range) else given if isinstance(given, int) else now
    return DOSE_CEILING_FACTOR * default


def _dose_step(item: Item, ex: Exercise, delta: DoseDelta) -> dict[str, int]:
    """The overrides after the step, only those that change (empty: at a limit already)."""
    dose = effective_dose(item, ex)
    out: dict[str, int] = {}
    for name in DOSE_DELTA_FIELDS:
        step = getattr(delta, name)
        now = getattr(dose, name)
        if not step or now is None:
            continue
        if step > 0:
            value = max(now, min(now + step, _ceiling(ex, name, now)))
        else:
            value = max(now + step, min(now, 1 if name == "sets" else FLOORS[name]))
        if value != now:
            out[name] = value
    return out


def changed_item(item: Item, change: Change, library: Library) -> Item:
    if change.exercise != item.exercise:
        old, new = library[item.exercise], library[change.exercise]
        same_sides = ItemSides.from_exercise(old.sides) is ItemSides.from_exercise(new.sides)
        item = Item(change.exercise, rest_s=item.rest_s, sides=item.sides if same_sides else None)
        if change.dose is not None:
            item = item.with_overrides(**_dose_step(item, new, change.dose))
        return item
    if change.dose is not None:
        return item.with_overrides(**_dose_step(item, library[item.exercise], change.dose))
    return replace(item, form=change.form)


def accept(routine: Routine, suggestion: Suggestion, library: Library) -> Routine:
    """The routine with the suggestion applied to its item: a pure edit, undoable as such."""
    item = routine.items[suggestion.index]
    if item.exercise != suggestion.exercise:
        raise ValueError(f"item {suggestion.index} is {item.exercise!r}, not "
                         f"{suggestion.exercise!r}; the routine changed since")
    items = list(routine.items)
    items[suggestion.index] = changed_item(item, suggestion.change, library)
    return routine.with_items(items)


# --- when to suggest --------------------------------------------------------------------------


def _last_decision(decisions: Iterable[Decision], routine_id: str, exercise: str
                   ) -> datetime | None:
    times = [d.at for d in decisions if d.routine_id == routine_id and d.exercise == exercise]
    return max(times) if times else None


def suggestions(
    routine: Routine,
    library: Library,
    sessions: Iterable[CareSession],
    checkins: Sequence[CheckIn] = (),
    decisions: Sequence[Decision] = (),
) -> list[Suggestion]:
    """Every suggestion for ``routine`` now, regressions first, one per item at most."""
    # A stop with "it hurts" counts however early it came.
    own = [s for s in chronological(sessions) if s.routine_id == routine.id
           and (is_practice(s) or s.status is SessionStatus.PAIN)]
    out: list[Suggestion] = []
    seen: set[str] = set()
    for index, item in enumerate(routine.items):
        if item.exercise in seen or item.exercise not in library:
            continue
        seen.add(item.exercise)
        decided = _last_decision(decisions, routine.id, item.exercise)
        runs = [s for s in own if any(i.exercise == item.exercise for i in s.items)
                and (decided is None or s.started_at > decided)]
        found = _regression(item, index, routine, runs, checkins, decided, library) or (
            _progression(item, index, routine, runs, library))
        if found is not None:
            out.append(found)
    out.sort(key=lambda s: (s.direction is Direction.PROGRESS, s.index))
    return out


def _regression(item: Item, index: int, routine: Routine, runs: Sequence[CareSession],
                checkins: Sequence[CheckIn], decided: datetime | None, library: Library
                ) -> Suggestion | None:
    if not runs:
        return None
    last = runs[-1]
    pain = exercise_pain(last, item.exercise)
    reason: Reason | None = None
    evidence: tuple[str, ...] = (last.id,)
    since = last.started_at
    if hurt_on(last, item.exercise):
        reason = Reason.HURT
    elif pain is not None and pain > ACCEPTABLE_MAX:
        reason = Reason.PAIN
    else:
        worse = [c for c in checkins if c.feeling is Feeling.WORSE and last.id in c.session_ids
                 and (decided is None or c.at > decided)]
        if worse and _most_painful(last, item.exercise):
            reason, since = Reason.WORSE_MORNING, worse[-1].at
            evidence = (last.id, worse[-1].day.isoformat())
    if reason is None:
        return None
    change = next_change(item, Direction.REGRESS, library)
    if change is None:
        return None
    return Suggestion(Direction.REGRESS, reason, routine.id, index, item.exercise, change,
                      evidence, since)


def _most_painful(session: CareSession, exercise: str) -> bool:
    """After a worse morning, the exercises to ease are those rated highest that session."""
    ratings = {e: exercise_pain(session, e) for e in {i.exercise for i in session.items}}
    rated = [p for p in ratings.values() if p is not None]
    mine = ratings.get(exercise)
    return bool(rated) and mine is not None and mine == max(rated) and mine > SAFE_MAX


def _progression(item: Item, index: int, routine: Routine, runs: Sequence[CareSession],
                 library: Library) -> Suggestion | None:
    if len(runs) < STREAK:
        return None
    streak = runs[-STREAK:]
    for s in streak:
        pain = exercise_pain(s, item.exercise)
        if pain is None or pain > SAFE_MAX or hurt_on(s, item.exercise) or not all_done(
                s, item.exercise):
            return None
    change = next_change(item, Direction.PROGRESS, library)
    if change is None:
        return None
    return Suggestion(Direction.PROGRESS, Reason.PAIN_FREE, routine.id, index, item.exercise,
                      change, tuple(s.id for s in streak), streak[-1].started_at)
