"""The back-care safety profile acting on a routine: clashes, choices and the flare-up filter.

Pure functions over the core objects, so the safety dialog, the CLI and the tests share one set
of rules. The user decides per exercise; these functions only say what clashes and carry out
the decision. Safer choices come first: the default for a clash is never "keep".
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from enum import StrEnum

from pilates_desktop.core.library import Contraindication, DosageKind, Exercise, Library
from pilates_desktop.core.routines import Item, Routine
from pilates_desktop.core.timeline import Pace, compile_timeline

FLARE_UP_DEFAULT_MAX_S = 15 * 60

# The least a shortened exercise keeps, so it still does what it is for.
_MIN_REPS = 3
_MIN_HOLD_S = 15
_MIN_BREATHS = 3
_MAX_REST_S = 10


class Choice(StrEnum):
    SKIP = "skip"
    SWAP = "swap"
    KEEP = "keep"


def clashes(exercise: Exercise, flags: Collection[str]) -> tuple[Contraindication, ...]:
    """The contraindications of ``exercise`` that match the user's health flags."""
    return tuple(c for c in exercise.contraindications if c.value in flags)


def _swap(
    exercise: Exercise, library: Library, fits: Callable[[Exercise], bool]
) -> str | None:
    """Follow the chain of gentler variants to the nearest one that ``fits``."""
    seen = {exercise.id}
    current = exercise
    while True:
        nxt = current.gentler_variant
        if nxt is None or nxt in seen or nxt not in library:
            return None
        seen.add(nxt)
        current = library[nxt]
        if fits(current):
            return current.id


def gentler_swap(exercise: Exercise, library: Library, flags: Collection[str]) -> str | None:
    """The nearest gentler variant (following the chain) that does not clash with ``flags``."""
    return _swap(exercise, library, lambda ex: not clashes(ex, flags))


def gentle_swap(exercise: Exercise, library: Library, flags: Collection[str]) -> str | None:
    """For a flare-up day: the nearest gentler variant that is marked gentle and does not clash."""
    return _swap(exercise, library, lambda ex: ex.gentle and not clashes(ex, flags))


@dataclass(frozen=True, slots=True)
class Concern:
    """One routine item that needs the user's decision before the session starts."""

    index: int
    exercise: str
    clashes: tuple[Contraindication, ...]
    pain_marked: bool
    swap_to: str | None

    @property
    def default(self) -> Choice:
        return Choice.SWAP if self.swap_to else Choice.SKIP

    def choices(self) -> tuple[Choice, ...]:
        if self.swap_to:
            return (Choice.SKIP, Choice.SWAP, Choice.KEEP)
        return (Choice.SKIP, Choice.KEEP)


def concerns(
    routine: Routine,
    library: Library,
    flags: Collection[str],
    pain_marked: Collection[str] = (),
) -> list[Concern]:
    """Every item that clashes with a health flag or carries a pain mark, in routine order."""
    out: list[Concern] = []
    for index, item in enumerate(routine.items):
        ex = library.get(item.exercise)
        if ex is None:
            continue
        found = clashes(ex, flags)
        marked = ex.id in pain_marked
        if found or marked:
            out.append(Concern(index, ex.id, found, marked, gentler_swap(ex, library, flags)))
    return out


def swapped_item(item: Item, target: str) -> Item:
    """The item for another exercise: its own dosage overrides no longer fit, the rest does."""
    return Item(target, rest_s=item.rest_s)


def apply_choices(
    routine: Routine, library: Library, choices: Mapping[int, Choice], flags: Collection[str]
) -> Routine:
    """Carry out the user's skip, swap or keep per item index; unlisted items stay as they are."""
    items: list[Item] = []
    for index, item in enumerate(routine.items):
        choice = choices.get(index, Choice.KEEP)
        if choice is Choice.SKIP:
            continue
        if choice is Choice.SWAP:
            target = gentler_swap(library[item.exercise], library, flags)
            if target is None:  # nothing gentler: the safe reading of "swap" is to leave it out
                continue
            items.append(swapped_item(item, target))
            continue
        items.append(item)
    return routine.with_items(items)


@dataclass(frozen=True, slots=True)
class FlareUpChange:
    index: int
    exercise: str
    swap_to: str | None  # None: left out
    merged: bool = False  # the gentle variant is already in the session, so it is not repeated


@dataclass(frozen=True, slots=True)
class FlareUpResult:
    routine: Routine
    changes: tuple[FlareUpChange, ...]
    shortened: bool
    original_s: float
    total_s: float
    fallback: bool = False  # nothing in the routine was gentle: the gentle session replaces it


def flare_up_filter(
    routine: Routine,
    library: Library,
    flags: Collection[str],
    pace: Pace | None = None,
    max_s: float = FLARE_UP_DEFAULT_MAX_S,
) -> FlareUpResult:
    """Only gentle exercises (swapped for a gentle variant where there is one), then shortened."""
    pace = pace or Pace()
    original_s = compile_timeline(routine, library, pace).total_s
    items: list[Item] = []
    changes: list[FlareUpChange] = []
    for index, item in enumerate(routine.items):
        ex = library[item.exercise]
        if ex.gentle:
            items.append(item)
            continue
        target = gentle_swap(ex, library, flags)
        merged = target is not None and any(i.exercise == target for i in items)
        changes.append(FlareUpChange(index, ex.id, target, merged))
        if target is not None and not merged:
            items.append(swapped_item(item, target))
    filtered = routine.with_items(items)
    fallback = not items
    if fallback:
        filtered = routine.with_items(gentle_routine(library, flags).items)
    short = shorten(filtered, library, pace, max_s)
    total = compile_timeline(short, library, pace).total_s
    before = compile_timeline(filtered, library, pace).total_s
    return FlareUpResult(short, tuple(changes), total < before, original_s, total, fallback)


def gentle_routine(library: Library, flags: Collection[str], routine_id: str = "flare-up") -> Routine:
    """A fallback for a flare-up day: every gentle exercise that does not clash, in library order."""
    items = [
        Item(ex.id) for ex in library.exercises() if ex.gentle and not clashes(ex, flags)
    ]
    return Routine(routine_id, "Gentle flare-up session", tuple(items))


def shorten(routine: Routine, library: Library, pace: Pace, max_s: float) -> Routine:
    """Bring a routine under ``max_s`` seconds: one set, fewer reps and breaths, shorter holds
    and rests, and only then fewer exercises (always at least one)."""

    def total(r: Routine) -> float:
        return compile_timeline(r, library, pace).total_s

    if total(routine) <= max_s:
        return routine
    # 1. One set, the low end of every range, rests of at most ten seconds.
    items = [_lightest(item, library[item.exercise], pace) for item in routine.items]
    current = routine.with_items(items)
    # 2. Scale the work down step by step, never below the minimum that still makes sense.
    for factor in (0.8, 0.65, 0.5, 0.35, 0.2):
        if total(current) <= max_s:
            return current
        current = routine.with_items(
            [_scaled(item, library[item.exercise], factor) for item in items]
        )
    # 3. Still too long: leave out exercises from the end.
    kept = list(current.items)
    while len(kept) > 1 and total(current.with_items(kept)) > max_s:
        kept.pop()
    return current.with_items(kept)


def _lightest(item: Item, ex: Exercise, pace: Pace) -> Item:
    d = ex.dosage
    rest = item.rest_s if item.rest_s is not None else (d.rest_after_s or pace.default_rest_s)
    changes: dict[str, int | None] = {"rest_s": min(rest, _MAX_REST_S)}
    if d.sets > 1 or item.sets is not None:
        changes["sets"] = 1
    if d.reps is not None:
        changes["reps"] = min(item.reps or d.reps.lo, d.reps.lo)
    if d.hold_s is not None:
        changes["hold_s"] = min(item.hold_s or d.hold_s.lo, d.hold_s.lo)
    if d.hold_breaths is not None:
        changes["hold_breaths"] = min(item.hold_breaths or d.hold_breaths.lo, d.hold_breaths.lo)
    if d.pumps is not None:
        changes["pumps"] = min(item.pumps or d.pumps, d.pumps)
    return item.with_overrides(**changes)


def _scaled(item: Item, ex: Exercise, factor: float) -> Item:
    changes: dict[str, int] = {}
    if item.reps is not None:
        floor = 1 if ex.dosage.kind in (DosageKind.HOLD, DosageKind.BREATHS) else _MIN_REPS
        changes["reps"] = max(min(floor, item.reps), round(item.reps * factor))
    if item.hold_s is not None:
        changes["hold_s"] = max(min(_MIN_HOLD_S, item.hold_s), round(item.hold_s * factor))
    if item.hold_breaths is not None:
        changes["hold_breaths"] = max(
            min(_MIN_BREATHS, item.hold_breaths), round(item.hold_breaths * factor)
        )
    if item.pumps is not None and ex.dosage.pumps_per_phase:
        step = ex.dosage.pumps_per_phase * 2
        changes["pumps"] = max(step * 2, round(item.pumps * factor / step) * step)
    return item.with_overrides(**changes)


def pain_marked_in(routine: Routine, marked: Collection[str]) -> list[str]:
    """The pain-marked exercises a routine contains, once each, in routine order."""
    out: list[str] = []
    for item in routine.items:
        if item.exercise in marked and item.exercise not in out:
            out.append(item.exercise)
    return out
