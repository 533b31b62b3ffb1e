"""What the player shows at each moment: every step of every exercise, in order, and the side
of every repetition of an alternating exercise (issue 14, items 7 and 8)."""

from __future__ import annotations

import pytest

from pilates_desktop.core.clock import FakeClock
from pilates_desktop.core.library import Exercise, Sides, load_library
from pilates_desktop.core.moment import Moment, moment
from pilates_desktop.core.player import Player, PlayerState
from pilates_desktop.core.routines import Item, ItemSides, Routine
from pilates_desktop.core.timeline import Pace, SegmentKind, compile_timeline

LIB = load_library()
PACE = Pace(get_ready_s=5, rep_s=4.0, inhale_s=4.0, exhale_s=4.0, switch_side_s=5,
            default_rest_s=10, step_s=6.0)
TICK = 0.25


def _play(item: Item, pace: Pace = PACE) -> list[tuple[PlayerState, Moment]]:
    """Every moment of a one-item routine, a quarter of a second apart."""
    timeline = compile_timeline(Routine("t", "T", (item,)), LIB, pace)
    clock = FakeClock()
    player = Player(timeline, clock)
    player.start()
    ex = LIB[item.exercise]
    out = []
    t = 0.0
    while t < timeline.total_s:
        state = player.state()
        m = moment(state, ex)
        assert m is not None
        out.append((state, m))
        clock.advance(TICK)
        t += TICK
    return out


def _first_seen(moments: list[tuple[PlayerState, Moment]]) -> list[int]:
    order: list[int] = []
    for _, m in moments:
        if m.step not in order:
            order.append(m.step)
    return order


@pytest.mark.parametrize("ex", LIB.exercises(), ids=lambda e: e.id)
def test_every_step_is_shown_in_order(ex: Exercise) -> None:
    """Issue 14 item 8: some exercises jumped from step 1 to step 3. Played through, every
    step of every exercise is on the card at least once, first seen in the order written."""
    shown = _first_seen(_play(Item(ex.id)))
    assert shown == list(range(len(ex.steps))), ex.id


def test_a_lowered_dose_still_shows_every_step() -> None:
    for ex in LIB.exercises():
        shown = _first_seen(_play(Item(ex.id, reps=1 if ex.dosage.reps else None, sets=1)))
        assert sorted(shown) == list(range(len(ex.steps))), ex.id


def test_alternating_repetitions_name_their_side_and_mirror_the_left() -> None:
    """Issue 14 item 7: an alternating exercise never said left or right. Each repetition
    is one side's, right first, counted per side, and the left ones are drawn mirrored."""
    work = [(s, m) for s, m in _play(Item("knee-lifts", reps=3))
            if s.segment is not None and s.segment.kind is SegmentKind.WORK]
    by_rep: dict[int, Moment] = {}
    for state, m in work:
        by_rep.setdefault(state.rep or 0, m)
    assert [(by_rep[r].side, by_rep[r].side_rep, by_rep[r].side_reps) for r in sorted(by_rep)] == [
        ("right", 1, 3), ("left", 1, 3), ("right", 2, 3), ("left", 2, 3), ("right", 3, 3),
        ("left", 3, 3)]
    assert [by_rep[r].mirrored for r in sorted(by_rep)] == [False, True] * 3


def test_every_alternating_exercise_names_a_side_at_each_switch() -> None:
    for ex in LIB.exercises():
        if ex.sides is not Sides.ALTERNATING:
            continue
        played = [(s, m) for s, m in _play(Item(ex.id))
                  if s.segment is not None and s.segment.kind is SegmentKind.WORK]
        sides = [m.side for _, m in played]
        changes = [b for a, b in zip(sides, sides[1:], strict=False) if a != b]
        reps = sum(seg.reps or 0 for seg in {id(s.segment): s.segment for s, _ in played}.values())
        assert sides[0] == "right" and None not in sides, ex.id
        assert len(changes) == reps - 1, ex.id  # every repetition is the other side's


def test_each_side_exercises_keep_their_side_through_set_up_and_work() -> None:
    sides = {(s.segment.kind, m.side) for s, m in _play(Item("lunges", sides=ItemSides.BOTH))
             if s.segment is not None}
    assert (SegmentKind.HOLD, "left") in sides and (SegmentKind.STEP, "left") in sides
    assert (SegmentKind.HOLD, "right") in sides and (SegmentKind.STEP, "right") in sides


def test_the_figure_moves_with_the_repetition() -> None:
    """Within one repetition of two steps, each step's figure goes from its first key pose to
    its second; set-up steps move once over their own time; holds stay put."""
    moments = _play(Item("glute-bridge", reps=1))
    work = [m for s, m in moments if s.segment and s.segment.kind is SegmentKind.WORK]
    lift = [m.blend for m in work if m.step == 1]
    lower = [m.blend for m in work if m.step == 2]
    assert lift == sorted(lift) and lift[0] < 0.1 and lift[-1] > 0.8
    assert lower == sorted(lower) and lower[0] < 0.2
    hold = [m for s, m in _play(Item("childs-pose", hold_s=10))
            if s.segment and s.segment.kind is SegmentKind.HOLD]
    assert {m.blend for m in hold} == {1.0}
