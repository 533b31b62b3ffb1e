from __future__ import annotations

import io
import json
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pilates_desktop.core.library import load_library
from pilates_desktop.core.routines import Item, ItemSides, Routine
from pilates_desktop.core.routines.validation import MAX_ITEMS
from pilates_desktop.core.timeline import (
    MAX_ROUTINE_S,
    Pace,
    RoutineTimes,
    RoutineTooLong,
    SegmentKind,
    compile_timeline,
    routine_times,
)

LIB = load_library()
PACE = Pace(get_ready_s=5, rep_s=4.0, inhale_s=4.0, exhale_s=4.0, switch_side_s=5,
            default_rest_s=10)


def _timeline(*items: Item):  # type: ignore[no-untyped-def]
    return compile_timeline(Routine("t", "T", tuple(items)), LIB, PACE)


def test_the_hundred_is_100_pumps_in_10_breaths() -> None:
    tl = _timeline(Item("the-hundred"))
    kinds = [s.kind for s in tl.segments]
    # Get ready, lift the legs, curl up (the set-up steps), pump, then lower and rest.
    assert kinds == [SegmentKind.GET_READY, SegmentKind.STEP, SegmentKind.STEP,
                     SegmentKind.PUMPS, SegmentKind.STEP]
    assert [s.step for s in tl.segments] == [0, 1, 2, 3, 4]
    pumps = tl.segments[3]
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
    # Each side steps into the lunge (step 1) and back out of it (step 3).
    assert [(s.kind, s.side, s.step) for s in tl.segments] == [
        (SegmentKind.GET_READY, "right", 0),
        (SegmentKind.STEP, "right", 1),
        (SegmentKind.HOLD, "right", 2),
        (SegmentKind.STEP, "right", 3),
        (SegmentKind.SWITCH_SIDE, "left", 0),
        (SegmentKind.STEP, "left", 1),
        (SegmentKind.HOLD, "left", 2),
        (SegmentKind.STEP, "left", 3),
    ]
    assert tl.segments[2].duration_s == 45


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
    assert [s.breaths for s in tl.segments if s.kind is SegmentKind.PUMPS] == [5]
    tl = _timeline(Item("roll-up", reps=3, sets=2))
    work = [s for s in tl.segments if s.kind is SegmentKind.WORK]
    assert [s.reps for s in work] == [3, 3]


def test_item_times_add_up_to_the_total() -> None:
    """Issue 14: the builder's item times added up to 8:47 while its total said 8:37, because
    each item counted its rest after it, the last one too, which never plays."""
    routine = Routine("t", "T", (Item("clams", rest_s=20), Item("the-hundred"),
                                 Item("lunges", rest_s=30)))
    times = routine_times(routine, LIB, PACE)
    tl = compile_timeline(routine, LIB, PACE)
    assert sum(times.items) == times.total_s == tl.total_s
    per_item = [sum(s.duration_s for s in tl.segments if s.item_index == i) for i in range(3)]
    assert list(times.items) == per_item
    # The last item's time has no rest in it; the same item earlier in a routine has.
    alone = routine_times(Routine("t", "T", (Item("lunges", rest_s=30),)), LIB, PACE)
    assert alone.items[0] == times.items[2]
    first = routine_times(Routine("t", "T", (Item("lunges", rest_s=30), Item("clams"))), LIB, PACE)
    assert first.items[0] == times.items[2] + 30


def test_an_empty_routine_takes_no_time() -> None:
    empty = Routine("t", "T", ())
    assert routine_times(empty, LIB, PACE) == RoutineTimes((), 0)
    assert compile_timeline(empty, LIB, PACE).total_s == 0


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(
    st.sampled_from(sorted(LIB)),
    st.none() | st.integers(1, 12), st.none() | st.integers(1, 4),
    st.none() | st.integers(1, 90), st.none() | st.integers(1, 8),
    st.none() | st.integers(0, 60), st.none() | st.sampled_from(list(ItemSides)),
), max_size=6), st.integers(0, 10), st.floats(1, 10), st.integers(0, 8))
def test_item_times_are_the_timeline_s_for_any_routine(
        rows, get_ready, rep_s, step_s) -> None:  # type: ignore[no-untyped-def]
    """The one rule for times and the segments the player plays cannot drift apart."""
    items = tuple(Item(ex, reps=r, sets=n, hold_s=h, hold_breaths=b, rest_s=rest, sides=side)
                  for ex, r, n, h, b, rest, side in rows)
    routine = Routine("t", "T", items)
    pace = Pace(get_ready_s=get_ready, rep_s=rep_s, step_s=float(step_s))
    times = routine_times(routine, LIB, pace)
    tl = compile_timeline(routine, LIB, pace)
    per_item = [sum(s.duration_s for s in tl.segments if s.item_index == i)
                for i in range(len(items))]
    assert list(times.items) == pytest.approx(per_item)
    assert times.total_s == pytest.approx(tl.total_s)


def test_plan_json_has_every_field() -> None:
    data = _timeline(Item("the-hundred")).to_json()
    assert data["routine"] == "t"
    assert set(data["segments"][1]) == {
        "kind", "exercise", "side", "set", "duration_s", "reps", "breaths", "pumps"}
    assert data["segments"][0]["pumps"] is None
    assert data["total_s"] == 5 + 3 * PACE.step_s + 80  # get ready, 3 steps, 10 breaths


def test_every_builtin_routine_compiles() -> None:
    from pilates_desktop.core.routines.repository import builtin_routines

    routines = builtin_routines(LIB)
    assert len(routines) >= 6
    for r in routines:
        tl = compile_timeline(r, LIB, PACE)
        assert tl.total_s > 60
        assert all(s.duration_s > 0 for s in tl.segments)


def test_the_plan_s_json_text_is_json_dump_s() -> None:
    from pilates_desktop.core.routines.repository import builtin_routines

    routines = [*builtin_routines(LIB), Routine("e", "Empty \"quoted\" ü", ()),
                Routine("s", "S", (Item("clams", sides=ItemSides.LEFT, reps=3),))]
    for r in routines:
        tl = compile_timeline(r, LIB, PACE)
        assert tl.json_text() == json.dumps(tl.to_json(), indent=2, ensure_ascii=False), r.id


def _dense_routine() -> Routine:
    """As many segments as a day can hold: 1-second holds, 200 rounds, both sides, no rests,
    repeated up to the 24-hour limit."""
    item = Item("lunges", hold_s=1, reps=200, rest_s=0, sides=ItemSides.BOTH)
    per_item = routine_times(Routine("x", "x", (item,)), LIB, Pace()).total_s
    return Routine("dense", "Dense", (item,) * int(MAX_ROUTINE_S // per_item))


def test_plan_of_the_largest_routine_takes_under_a_second(tmp_path: Path) -> None:
    """Issue 13: `plan --json` of a routine at maximum dosage took 45 s and 117 MB. The
    longest routine that can be played (a day of the shortest segments) now prints in well
    under a second of CPU, and one past the limit is refused at once in one line."""
    from pilates_desktop.cli.main import main
    from pilates_desktop.core.routines.fileformat import encode_routine

    dense = tmp_path / "dense.json"
    dense.write_text(encode_routine(_dense_routine()), encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    started = time.process_time()
    assert main(["--data-dir", str(tmp_path / "d"), "plan", str(dense), "--json"],
                out=out, err=err) == 0
    assert time.process_time() - started < 1.0
    plan = json.loads(out.getvalue())
    assert len(plan["segments"]) > 30_000 and plan["total_s"] <= MAX_ROUTINE_S

    most = Routine("max", "Max", tuple(Item("single-leg-stretch", sets=20, reps=200,
                                            rest_s=600) for _ in range(MAX_ITEMS)))
    big = tmp_path / "max.json"
    big.write_text(encode_routine(most), encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    started = time.process_time()
    assert main(["--data-dir", str(tmp_path / "d"), "plan", str(big), "--json"],
                out=out, err=err) == 2
    assert time.process_time() - started < 1.0
    assert out.getvalue() == ""
    assert err.getvalue().count("\n") == 1 and "at most 24 hours" in err.getvalue()


def test_a_routine_longer_than_a_day_is_refused_but_still_has_a_length() -> None:
    long = Routine("l", "Long", (Item("legs-up-the-wall", hold_s=3600, reps=13),) * 2)
    with pytest.raises(RoutineTooLong) as refused:
        compile_timeline(long, LIB, PACE)
    times = routine_times(long, LIB, PACE)  # the builder can still say how long it is
    assert refused.value.total_s == times.total_s > MAX_ROUTINE_S
