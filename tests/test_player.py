from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pilates_desktop.core.clock import FakeClock
from pilates_desktop.core.library import load_library
from pilates_desktop.core.player import (
    BreathPhase,
    EventKind,
    Outcome,
    Player,
)
from pilates_desktop.core.routines import Item, ItemSides, Routine
from pilates_desktop.core.timeline import Pace, SegmentKind, compile_timeline

LIB = load_library()
PACE = Pace(get_ready_s=5, rep_s=4.0, inhale_s=4.0, exhale_s=4.0, switch_side_s=5,
            default_rest_s=0)


def _player(*items: Item) -> tuple[Player, FakeClock]:
    clock = FakeClock()
    tl = compile_timeline(Routine("t", "T", tuple(items)), LIB, PACE)
    return Player(tl, clock), clock


def test_nothing_moves_before_start() -> None:
    p, clock = _player(Item("clams"))
    clock.advance(100)
    s = p.state()
    assert (s.index, s.position_s, s.active_s, s.running) == (0, 0, 0, False)


def test_countdown_and_segments_follow_the_clock() -> None:
    p, clock = _player(Item("lunges", hold_s=30, sides=ItemSides.BOTH))
    p.start()
    assert p.state().countdown == 5
    clock.advance(4.2)
    assert p.state().countdown == 1
    clock.advance(1.0)
    s = p.state()  # the step into the lunge, on its own
    assert s.segment is not None and s.segment.kind is SegmentKind.STEP
    assert (s.segment.step, s.countdown) == (1, PACE.step_s)
    clock.advance(PACE.step_s)
    s = p.state()
    assert s.segment is not None and s.segment.kind is SegmentKind.HOLD
    assert s.segment.side == "right"
    assert s.countdown == 30
    assert abs(s.seg_elapsed_s - 0.2) < 1e-9


def test_pause_freezes_and_resume_continues() -> None:
    p, clock = _player(Item("clams"))
    p.start()
    clock.advance(2)
    p.pause()
    clock.advance(500)
    assert p.state().position_s == 2
    p.resume()
    clock.advance(1)
    assert p.state().position_s == 3
    assert p.state().active_s == 3


def test_skip_back_and_restart() -> None:
    p, clock = _player(Item("clams", sides=ItemSides.BOTH))
    p.start()
    clock.advance(1)
    p.skip()  # leave get-ready after 1 s
    s = p.state()
    assert s.index == 1 and s.results[-1].outcome is Outcome.PARTIAL
    clock.advance(10)
    p.restart_step()
    assert p.state().index == 1 and p.state().seg_elapsed_s == 0
    clock.advance(3)
    p.back()
    assert p.state().index == 0 and p.state().seg_elapsed_s == 0
    p.skip()
    p.skip()
    s = p.state()
    assert s.index == 2 and s.results[-1].outcome is Outcome.SKIPPED


def test_the_hundred_counts_pumps_against_the_breath() -> None:
    p, clock = _player(Item("the-hundred"))
    p.start()
    kinds = [seg.kind for seg in p.timeline.segments]
    begin = p.timeline.starts()[kinds.index(SegmentKind.PUMPS)]  # after get-ready and set-up
    seen = []
    step = 4.0 / 5  # five pumps per 4 s phase
    for n in range(100):
        clock.mono = 1000 + begin + n * step + step / 2
        clock.wall_now = 1_700_000_000 + begin + n * step + step / 2
        s = p.state()
        seen.append((s.pump, s.phase, s.breath))
    assert [x[0] for x in seen] == list(range(1, 101))
    assert seen[4][1] is BreathPhase.IN and seen[5][1] is BreathPhase.OUT  # pump 6: first exhale
    assert seen[10][1] is BreathPhase.IN and seen[10][2] == 2
    assert seen[99][2] == 10


def test_poll_reports_events_once() -> None:
    p, clock = _player(Item("clams", reps=2, sides=ItemSides.RIGHT))
    p.start()
    first = p.poll()
    assert [e.kind for e in first][:1] == [EventKind.SEGMENT_START]
    assert p.poll() == []
    clock.advance(2.5)
    assert [(e.kind, e.value) for e in p.poll()] == [(EventKind.LAST_SECONDS, 3)]
    clock.advance(2.6)
    kinds = [e.kind for e in p.poll()]
    assert kinds[:2] == [EventKind.SEGMENT_END, EventKind.SEGMENT_START]
    assert EventKind.REP in kinds
    clock.advance(100)
    kinds = [e.kind for e in p.poll()]
    assert kinds[-1] is EventKind.FINISHED
    assert p.state().finished


def test_stop_records_a_partial_segment() -> None:
    p, clock = _player(Item("clams"))
    p.start()
    clock.advance(7)
    p.stop("user")
    s = p.state()
    assert s.stopped and not s.running and not s.finished
    assert s.results[-1].outcome is Outcome.PARTIAL
    events = p.poll()
    assert events[-1].kind is EventKind.STOPPED


def test_machine_sleep_pauses_the_player_and_says_why() -> None:
    p, clock = _player(Item("clams"))
    p.start()
    p.poll()
    clock.advance(3)
    p.poll()
    clock.sleep_machine(3600)
    events = p.poll()
    assert (events[-1].kind, events[-1].reason) == (EventKind.PAUSED, "sleep")
    assert p.state().position_s == 3
    clock.advance(50)
    assert p.state().position_s == 3


def test_reps_done_are_counted_when_leaving_early() -> None:
    p, clock = _player(Item("clams", reps=10, sides=ItemSides.RIGHT))
    p.start()
    clock.advance(5 + 4 * 3 + 1)
    p.skip()
    result = p.state().results[-1]
    assert (result.reps_done, result.outcome) == (3, Outcome.PARTIAL)


def test_a_sixty_minute_routine_plays_to_the_end_in_half_second_polls() -> None:
    # How fast this runs is a benchmark's question (benchmarks/timing.py), not a test's.
    items = [Item("the-hundred"), Item("single-leg-stretch"), Item("lunges", hold_s=60)] * 12
    p, clock = _player(*items)
    total = p.timeline.total_s
    assert total >= 3600
    p.start()
    finished = False
    while not finished:
        clock.advance(0.5)
        finished = any(e.kind is EventKind.FINISHED for e in p.poll())
    s = p.state()
    assert s.finished and abs(s.active_s - total) < 1e-6
    assert len(s.results) == len(p.timeline.segments)
    assert all(r.outcome is Outcome.DONE for r in s.results)


controls = st.lists(
    st.tuples(st.sampled_from(["pause", "resume", "skip", "back", "restart_step", "toggle_pause"]),
              st.floats(0, 40)),
    max_size=30,
)


@given(controls)
@settings(max_examples=200, deadline=None)
def test_any_controls_keep_time_monotonic_and_within_the_total(seq) -> None:  # type: ignore[no-untyped-def]
    p, clock = _player(Item("clams", reps=3), Item("the-hundred", pumps=20))
    total = p.timeline.total_s
    p.start()
    last_active = 0.0
    forward_only = all(name not in ("back", "restart_step") for name, _ in seq)
    for name, dt in seq:
        clock.advance(dt)
        getattr(p, name)()
        s = p.state()
        assert s.active_s >= last_active - 1e-9
        assert 0 <= s.position_s <= total + 1e-9
        assert 0 <= s.remaining_s <= total + 1e-9
        if forward_only:
            assert s.active_s <= total + 1e-9
        last_active = s.active_s
    clock.advance(10_000)
    p.resume()
    clock.advance(10_000)
    s = p.state()
    assert s.finished
    assert s.position_s == total
