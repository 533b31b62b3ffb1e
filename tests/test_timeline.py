from __future__ import annotations

from pilates_desktop.core.library import load_library
from pilates_desktop.core.routines import Item, ItemSides, Routine, effective_dose
from pilates_desktop.core.timeline import Pace, SegmentKind, compile_timeline, item_duration

LIB = load_library()
PACE = Pace(get_ready_s=5, rep_s=4.0, inhale_s=4.0, exhale_s=4.0, switch_side_s=5,
            default_rest_s=10)


def _timeline(*items: Item):  # type: ignore[no-untyped-def]
    return compile_timeline(Routine("t", "T", tuple(items)), LIB, PACE)


def test_the_hundred_is_100_pumps_in_10_breaths() -> None:
    tl = _timeline(Item("the-hundred"))
    kinds = [s.kind for s in tl.segments]
    assert kinds == [SegmentKind.GET_READY, SegmentKind.PUMPS]
    pumps = tl.segments[1]
    assert (pumps.pumps, pumps.breaths, pumps.pumps_per_phase) == (100, 10, 5)
    assert pumps.duration_s == 10 * PACE.breath_s
    assert pumps.breath_led


def test_single_leg_stretch_is_three_sets_of_eight_per_leg_with_a_minute_rest() -> None:
    tl = _timeline(Item("single-leg-stretch"))
    work = [s for s in tl.segments if s.kind is SegmentKind.WORK]
    rests = [s for s in tl.segments if s.kind is SegmentKind.REST]
    assert [(s.set, s.reps, s.side) for s in work] == [(n, 16, "alternating") for n in (1, 2, 3)]
    assert [r.duration_s for r in rests] == [60.0, 60.0]


def test_each_side_gets_a_switch_between_right_and_left() -> None:
    tl = _timeline(Item("lunges", hold_s=45, sides=ItemSides.BOTH))
    assert [(s.kind, s.side) for s in tl.segments] == [
        (SegmentKind.GET_READY, "right"),
        (SegmentKind.HOLD, "right"),
        (SegmentKind.SWITCH_SIDE, "left"),
        (SegmentKind.HOLD, "left"),
    ]
    assert tl.segments[1].duration_s == 45


def test_defaults_follow_the_sources() -> None:
    lunges = _timeline(Item("lunges")).segments
    assert [s.duration_s for s in lunges if s.kind is SegmentKind.HOLD] == [30.0, 30.0]
    roll = [s for s in _timeline(Item("roll-up")).segments if s.kind is SegmentKind.WORK]
    assert roll[0].reps == 6 and roll[0].breath_led
    dls = [s for s in _timeline(Item("double-leg-stretch")).segments
           if s.kind is SegmentKind.HOLD]
    assert [s.breaths for s in dls] == [3, 3]  # hover 3-4 breaths, 2-3 times: the low end


def test_rests_between_items_but_not_after_the_last() -> None:
    tl = _timeline(Item("clams", rest_s=20), Item("the-hundred", rest_s=30))
    rests = [s for s in tl.segments if s.kind is SegmentKind.REST]
    assert [r.duration_s for r in rests] == [20.0]
    assert rests[0].item_index == 0


def test_overrides_change_the_plan() -> None:
    tl = _timeline(Item("the-hundred", pumps=50))
    assert tl.segments[1].breaths == 5
    tl = _timeline(Item("roll-up", reps=3, sets=2))
    work = [s for s in tl.segments if s.kind is SegmentKind.WORK]
    assert [s.reps for s in work] == [3, 3]


def test_item_duration_adds_up_to_the_total() -> None:
    routine = Routine("t", "T", (Item("clams", rest_s=20), Item("the-hundred"), Item("lunges")))
    tl = compile_timeline(routine, LIB, PACE)
    parts = sum(item_duration(routine, i, LIB, PACE) for i in range(3))
    # item_duration counts each item's trailing rest; the routine has none after its last item.
    last_rest = effective_dose(routine.items[-1], LIB["lunges"], PACE.default_rest_s).rest_s
    assert parts - tl.total_s == last_rest


def test_plan_json_has_every_field() -> None:
    data = _timeline(Item("the-hundred")).to_json()
    assert data["routine"] == "t"
    assert set(data["segments"][1]) == {
        "kind", "exercise", "side", "set", "duration_s", "reps", "breaths", "pumps"}
    assert data["segments"][0]["pumps"] is None
    assert data["total_s"] == 5 + 80


def test_every_builtin_routine_compiles() -> None:
    from pilates_desktop.core.routines.repository import builtin_routines

    routines = builtin_routines(LIB)
    assert len(routines) >= 6
    for r in routines:
        tl = compile_timeline(r, LIB, PACE)
        assert tl.total_s > 60
        assert all(s.duration_s > 0 for s in tl.segments)
