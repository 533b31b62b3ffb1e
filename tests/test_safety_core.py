"""The pure safety rules: clashes, skip/swap/keep, the flare-up filter and shortening."""

from __future__ import annotations

from pilates_desktop.core.library import Library
from pilates_desktop.core.routines import Item, Routine, effective_dose
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


def _builtin(library: Library, routine_id: str) -> Routine:
    from pilates_desktop.core.routines.repository import builtin_routines

    return next(r for r in builtin_routines(library) if r.id == routine_id)


def _load(item: Item, library: Library) -> tuple[int, ...]:
    """The counted work of an item: reps, sets, hold, breaths, pumps (0 where absent)."""
    d = effective_dose(item, library[item.exercise])
    return tuple(v or 0 for v in (d.reps, d.sets, d.hold_s, d.hold_breaths, d.pumps))


def test_flare_up_keeps_the_routine_s_shape_and_lowers_the_dose(library: Library) -> None:
    """Issue 14 item 6: a flare-up shrank Upper-Back Relief to one 2-minute hold. Now every
    item keeps its place, as itself or its easier exercise, each one lighter."""
    routine = _builtin(library, "upper-back-relief")
    result = flare_up_filter(routine, library, set(), Pace())
    ids = [i.exercise for i in result.routine.items]
    assert ids == ["double-knee-lift", "small-crunches", "leg-extensions", "double-leg-stretch"]
    # The double-leg stretch's easier form (double knee lift) is already in the session: it
    # stays itself, lighter, rather than playing the same exercise twice.
    assert len(set(ids)) == len(ids)
    assert {(c.exercise, c.swap_to) for c in result.changes} == {
        ("the-hundred", "double-knee-lift"), ("roll-up", "small-crunches"),
        ("single-leg-stretch", "leg-extensions")}
    kept = result.routine.items[3]
    before, after = _load(routine.items[3], library), _load(kept, library)
    assert all(a <= b for a, b in zip(after, before, strict=True)) and after != before
    for item in result.routine.items:  # every swapped-in exercise below its own default too
        default = _load(Item(item.exercise), library)
        assert all(a <= b for a, b in zip(_load(item, library), default, strict=True))
    assert result.shortened and result.total_s < result.original_s
    assert result.total_s == compile_timeline(result.routine, library, Pace()).total_s


def test_flare_up_keeps_every_built_in_routine_s_length_in_items(library: Library) -> None:
    from pilates_desktop.core.routines.repository import builtin_routines

    for routine in builtin_routines(library):
        result = flare_up_filter(routine, library, set(), Pace())
        assert len(result.routine.items) == len(routine.items), routine.id
        assert result.total_s < result.original_s, routine.id
        gentle = [i for i in routine.items if library[i.exercise].gentle]
        assert all(any(r.exercise == g.exercise for r in result.routine.items)
                   for g in gentle), routine.id


def test_flare_up_never_swaps_to_an_exercise_that_clashes(library: Library) -> None:
    # The Roll-Up's easier form, Small Crunches, lifts the head too: with the neck flag the
    # Roll-Up stays (lighter) and the safety review asks about it as for any clash.
    result = flare_up_filter(_routine("roll-up"), library, {NECK}, Pace())
    assert [i.exercise for i in result.routine.items] == ["roll-up"]
    assert concerns(result.routine, library, {NECK})[0].exercise == "roll-up"


def test_flare_up_says_which_exercises_are_left_out_to_fit(library: Library) -> None:
    r = Routine("r", "R", tuple(Item("legs-up-the-wall", hold_s=300) for _ in range(12)))
    result = flare_up_filter(r, library, set(), Pace(), max_s=300)
    left = [c.index for c in result.changes if c.swap_to is None]
    assert left and left == list(range(len(result.routine.items), 12))
    assert result.total_s <= 300


def test_the_gentle_session_has_each_gentle_exercise_once(library: Library) -> None:
    ids = [i.exercise for i in gentle_routine(library, {KNEE}).items]
    assert ids and all(library[i].gentle for i in ids) and "childs-pose" not in ids
    assert [i.exercise for i in gentle_routine(library, set()).items].count("childs-pose") == 1


def test_neck_swaps_never_double_an_exercise(library: Library) -> None:
    """Issue 14 item 4: with the neck flag, Back-Care Basics swapped Neck Lift for Leg
    Extensions, already item 4. Every gentler variant of it is in the routine already, so it
    is left out by default, and the concern says which variant was there."""
    routine = _builtin(library, "back-care-basics")
    [concern] = concerns(routine, library, {NECK})
    assert concern.exercise == "neck-lift-knee-stretch"
    assert concern.swap_to is None and concern.default is Choice.SKIP
    assert concern.already_in == "leg-extensions"
    result = apply_choices(routine, library, {concern.index: Choice.SWAP}, {NECK})
    ids = [i.exercise for i in result.items]
    assert len(ids) == len(set(ids)) == len(routine.items) - 1


def test_two_swaps_do_not_meet_on_one_exercise(library: Library) -> None:
    # The Hundred and the Double-Leg Stretch both have the double knee lift as their gentler
    # variant: the first swap takes it, the second goes one further down its chain.
    r = _routine("the-hundred", "double-leg-stretch", "glute-bridge")
    marked = {"the-hundred", "double-leg-stretch"}
    found = concerns(r, library, set(), pain_marked=marked)
    assert [c.swap_to for c in found] == ["double-knee-lift", "knee-lifts"]
    swapped = apply_choices(r, library, {0: Choice.SWAP, 1: Choice.SWAP}, set(), marked)
    assert [i.exercise for i in swapped.items] == ["double-knee-lift", "knee-lifts",
                                                   "glute-bridge"]


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
