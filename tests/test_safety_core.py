"""The pure safety rules: clashes, skip/swap/keep, the flare-up filter and shortening."""

from __future__ import annotations

from pilates_desktop.core.library import Library
from pilates_desktop.core.routines import Item, Routine
from pilates_desktop.core.safety import (
    Choice,
    apply_choices,
    clashes,
    concerns,
    flare_up_filter,
    gentle_routine,
    gentler_swap,
    pain_marked_in,
    shorten,
)
from pilates_desktop.core.timeline import Pace, compile_timeline

KNEE = "knee-problems"
NECK = "neck-problems"


def _routine(*ids: str) -> Routine:
    return Routine("test", "Test", tuple(Item(i, rest_s=15) for i in ids))


def test_no_flags_no_concerns(library: Library) -> None:
    r = _routine("neck-lift-knee-stretch", "childs-pose")
    assert concerns(r, library, set()) == []


def test_clashes_match_flags(library: Library) -> None:
    assert clashes(library["childs-pose"], {KNEE}) == ("knee-problems",)
    assert clashes(library["childs-pose"], {NECK}) == ()
    r = _routine("lunges", "neck-lift-knee-stretch", "childs-pose")
    found = concerns(r, library, {KNEE, NECK})
    assert [(c.index, c.exercise) for c in found] == [(1, "neck-lift-knee-stretch"), (2, "childs-pose")]
    # The default is never "keep": swap where a gentler variant exists, else skip.
    assert all(c.default is not Choice.KEEP for c in found)
    assert found[0].swap_to == "leg-extensions" and found[0].default is Choice.SWAP


def test_gentler_swap_skips_variants_that_clash_too(library: Library) -> None:
    # A chain: the swap must itself be safe for the user's flags.
    assert gentler_swap(library["childs-pose"], library, {KNEE}) == "legs-up-the-wall"
    assert gentler_swap(library["clams"], library, {KNEE}) is None


def test_skip_swap_keep(library: Library) -> None:
    r = _routine("lunges", "neck-lift-knee-stretch", "childs-pose")
    flags = {KNEE, NECK}
    skipped = apply_choices(r, library, {1: Choice.SKIP, 2: Choice.SKIP}, flags)
    assert [i.exercise for i in skipped.items] == ["lunges"]
    swapped = apply_choices(r, library, {1: Choice.SWAP, 2: Choice.SWAP}, flags)
    assert [i.exercise for i in swapped.items] == ["lunges", "leg-extensions", "legs-up-the-wall"]
    assert swapped.items[1].rest_s == 15  # the rest after it is the user's, and stays
    kept = apply_choices(r, library, {1: Choice.KEEP, 2: Choice.KEEP}, flags)
    assert kept.items == r.items


def test_swap_without_a_safe_variant_leaves_it_out(library: Library) -> None:
    r = _routine("clams")
    assert apply_choices(r, library, {0: Choice.SWAP}, {KNEE}).items == ()


def test_pain_marks_are_concerns_even_without_flags(library: Library) -> None:
    r = _routine("lunges", "clams", "lunges")
    found = concerns(r, library, set(), pain_marked={"lunges"})
    assert [c.index for c in found] == [0, 2]
    assert all(c.pain_marked and not c.clashes for c in found)
    assert pain_marked_in(r, {"lunges", "roll-up"}) == ["lunges"]


def test_flare_up_keeps_only_gentle_exercises(library: Library) -> None:
    r = _routine("the-hundred", "lunges", "thoracic-lifts", "glute-bridge")
    result = flare_up_filter(r, library, set())
    ids = [i.exercise for i in result.routine.items]
    assert all(library[i].gentle for i in ids)
    # The Hundred swaps down its chain of gentler variants to a gentle one; thoracic lifts
    # have none and are left out; the glute bridge's gentle variant is already there once.
    assert ids == ["basic-starting-position", "lunges"]
    changes = {c.exercise: c for c in result.changes}
    assert changes["the-hundred"].swap_to == "basic-starting-position"
    assert changes["thoracic-lifts"].swap_to is None
    assert changes["glute-bridge"].merged


def test_flare_up_with_nothing_gentle_offers_the_gentle_session(library: Library) -> None:
    result = flare_up_filter(_routine("oblique-sit", "all-fours-rotation"), library, {KNEE})
    assert result.fallback
    ids = [i.exercise for i in result.routine.items]
    assert ids and all(library[i].gentle for i in ids)
    assert "childs-pose" not in ids  # clashes with the knee flag
    assert [i.exercise for i in gentle_routine(library, set()).items].count("childs-pose") == 1


def test_flare_up_shortens_long_sessions(library: Library) -> None:
    long = Routine(
        "long", "Long",
        tuple(Item(e, sets=3, hold_s=60, rest_s=60) for e in ("lunges", "legs-up-the-wall") * 4),
    )
    pace = Pace()
    assert compile_timeline(long, library, pace).total_s > 900
    result = flare_up_filter(long, library, set(), pace, max_s=900)
    assert result.shortened
    assert result.total_s <= 900
    assert result.total_s == compile_timeline(result.routine, library, pace).total_s
    # It is shortened by lighter work first: every exercise is still there.
    assert len(result.routine.items) == len(long.items)
    assert all(i.sets == 1 and (i.rest_s or 0) <= 10 for i in result.routine.items)


def test_shorten_drops_from_the_end_as_a_last_resort(library: Library) -> None:
    r = Routine("r", "R", tuple(Item("legs-up-the-wall") for _ in range(40)))
    pace = Pace()
    short = shorten(r, library, pace, 300)
    assert 1 <= len(short.items) < 40
    assert compile_timeline(short, library, pace).total_s <= 300


def test_short_routines_are_left_alone(library: Library) -> None:
    r = _routine("lunges")
    assert shorten(r, library, Pace(), 900) is r
