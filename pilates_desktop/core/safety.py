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
from pilates_desktop.core.timeline import Pace, routine_times

FLARE_UP_DEFAULT_MAX_S = 15 * 60

# The least a shortened exercise keeps, so it still does what it is for.
_MIN_REPS = 3
_MIN_HOLD_S = 15
_MIN_BREATHS = 3
_MAX_REST_S = 10
# A flare-up day keeps about two thirds of each count (as after a "worse" morning, core/care).
_FLARE_UP_SHARE = 2 / 3


class Choice(StrEnum):
    SKIP = "skip"
    SWAP = "swap"
    KEEP = "keep"


def clashes(exercise: Exercise, flags: Collection[str]) -> tuple[Contraindication, ...]:
    """The contraindications of ``exercise`` that match the user's health flags."""
    return tuple(c for c in exercise.contraindications if c.value in flags)


def _swap(
    exercise: Exercise, library: Library, fits: Callable[[Exercise], bool],
    avoid: Collection[str] = (),
) -> str | None:
    """Follow the chain of gentler variants to the nearest one that ``fits`` and is not in
    ``avoid`` (the routine's own exercises: a swap must not play one twice)."""
    seen = {exercise.id}
    current = exercise
    while True:
        nxt = current.gentler_variant
        if nxt is None or nxt in seen or nxt not in library:
            return None
        seen.add(nxt)
        current = library[nxt]
        if fits(current) and current.id not in avoid:
            return current.id


def gentler_swap(
    exercise: Exercise, library: Library, flags: Collection[str], avoid: Collection[str] = ()
) -> str | None:
    """The nearest gentler variant (following the chain) that does not clash with ``flags``
    and is not one of ``avoid``."""
    return _swap(exercise, library, lambda ex: not clashes(ex, flags), avoid)


def gentle_swap(exercise: Exercise, library: Library, flags: Collection[str]) -> str | None:
    """The nearest gentler variant that is marked gentle and does not clash."""
    return _swap(exercise, library, lambda ex: ex.gentle and not clashes(ex, flags))


@dataclass(frozen=True, slots=True)
class Concern:
    """One routine item that needs the user's decision before the session starts."""

    index: int
    exercise: str
    clashes: tuple[Contraindication, ...]
    pain_marked: bool
    swap_to: str | None
    # A gentler variant that is already in the routine, and so is not offered: the item is
    # left out by default instead, and the dialog says why.
    already_in: str | None = None

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
    """Every item that clashes with a health flag or carries a pain mark, in routine order.

    A swap never brings in an exercise the routine already has, nor one an earlier swap
    brings in: with the neck flag, Back-Care Basics' Neck Lift finds every gentler variant
    already in the routine, so it is left out rather than doubling Leg Extensions.
    """
    out: list[Concern] = []
    used = {item.exercise for item in routine.items}
    for index, item in enumerate(routine.items):
        ex = library.get(item.exercise)
        if ex is None:
            continue
        found = clashes(ex, flags)
        marked = ex.id in pain_marked
        if found or marked:
            target = gentler_swap(ex, library, flags, avoid=used)
            taken = None if target else gentler_swap(ex, library, flags)
            if target is not None:
                used.add(target)
            out.append(Concern(index, ex.id, found, marked, target, taken))
    return out


def swapped_item(item: Item, target: str) -> Item:
    """The item for another exercise: its own dosage overrides no longer fit, the rest does."""
    return Item(target, rest_s=item.rest_s)


def apply_choices(
    routine: Routine,
    library: Library,
    choices: Mapping[int, Choice],
    flags: Collection[str],
    pain_marked: Collection[str] = (),
) -> Routine:
    """Carry out the user's skip, swap or keep per item index; unlisted items stay as they are.

    Swaps go where :func:`concerns` said (the same rule, so never to an exercise already in
    the routine); "swap" without a target is the safe reading: leave the item out.
    """
    targets = {c.index: c.swap_to for c in concerns(routine, library, flags, pain_marked)}
    items: list[Item] = []
    for index, item in enumerate(routine.items):
        choice = choices.get(index, Choice.KEEP)
        if choice is Choice.SKIP:
            continue
        if choice is Choice.SWAP:
            target = targets.get(index) or gentler_swap(
                library[item.exercise], library, flags,
                avoid={i.exercise for i in routine.items})
            if target is not None:
                items.append(swapped_item(item, target))
            continue
        items.append(item)
    return routine.with_items(items)


# --- a flare-up day -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FlareUpChange:
    index: int
    exercise: str
    swap_to: str | None  # the easier exercise done instead; None: the item is left out


@dataclass(frozen=True, slots=True)
class FlareUpResult:
    routine: Routine
    changes: tuple[FlareUpChange, ...]
    shortened: bool  # doses came down (always, on a flare-up day: one set, fewer, shorter)
    original_s: float
    total_s: float


def flare_up_filter(
    routine: Routine,
    library: Library,
    flags: Collection[str],
    pace: Pace | None = None,
    max_s: float = FLARE_UP_DEFAULT_MAX_S,
) -> FlareUpResult:
    """A flare-up day keeps the routine's shape and lowers its load.

    Every item stays where it is. An exercise that is not gentle becomes its easier exercise
    (the library's ``easier`` form) when that one neither clashes with ``flags`` nor is in the
    session already; otherwise it stays, lighter. Every dose comes down: one set, the low end
    of each range and two thirds of each count, never below what still does the exercise's
    job. A session still over ``max_s`` is scaled down further, its rests shortened, and only
    then are exercises left out from the end (each one named in ``changes``).
    """
    pace = pace or Pace()
    original_s = routine_times(routine, library, pace).total_s
    used = {item.exercise for item in routine.items}
    items: list[Item] = []
    changes: list[FlareUpChange] = []
    for index, item in enumerate(routine.items):
        ex = library[item.exercise]
        easier = ex.easier.exercise if ex.easier is not None else None
        if (not ex.gentle and easier is not None and easier not in used
                and not clashes(library[easier], flags)):
            used.add(easier)
            changes.append(FlareUpChange(index, ex.id, easier))
            item = swapped_item(item, easier)
        items.append(_lighter(item, library[item.exercise], pace))
    light = routine.with_items(items)
    short = shorten(light, library, pace, max_s)
    kept = len(short.items)
    changes += [FlareUpChange(i, routine.items[i].exercise, None)
                for i in range(kept, len(routine.items))]
    total = routine_times(short, library, pace).total_s
    return FlareUpResult(short, tuple(changes), True, original_s, total)


def gentle_routine(library: Library, flags: Collection[str], routine_id: str = "flare-up") -> Routine:
    """A gentle session: every gentle exercise that does not clash, in library order."""
    items = [
        Item(ex.id) for ex in library.exercises() if ex.gentle and not clashes(ex, flags)
    ]
    return Routine(routine_id, "Gentle flare-up session", tuple(items))


def shorten(routine: Routine, library: Library, pace: Pace, max_s: float) -> Routine:
    """Bring a routine under ``max_s`` seconds: one set, fewer reps and breaths, shorter holds
    and rests, and only then fewer exercises (always at least one)."""

    def total(r: Routine) -> float:
        return routine_times(r, library, pace).total_s

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


def _lighter(item: Item, ex: Exercise, pace: Pace) -> Item:
    """A flare-up day's dose: one set, the low end of each range, two thirds of each count."""
    light = _lightest(item, ex, pace, keep_rest=True)
    return _scaled(light, ex, _FLARE_UP_SHARE)


def _lightest(item: Item, ex: Exercise, pace: Pace, keep_rest: bool = False) -> Item:
    d = ex.dosage
    rest = item.rest_s if item.rest_s is not None else (d.rest_after_s or pace.default_rest_s)
    changes: dict[str, int | None] = {} if keep_rest else {"rest_s": min(rest, _MAX_REST_S)}
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
