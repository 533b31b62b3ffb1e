"""The breath counter paints only what the player's state says, with no timer of its own."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer

from pilates_desktop.core.clock import FakeClock
from pilates_desktop.core.player import BreathPhase, Player
from pilates_desktop.core.routines import Item, Routine
from pilates_desktop.core.timeline import Pace, SegmentKind, compile_timeline
from pilates_desktop.ui.player.breath_counter import BreathCounter, CounterState, Mode

PACE = Pace(get_ready_s=0, rep_s=2.0, inhale_s=4.0, exhale_s=4.0, switch_side_s=2,
            default_rest_s=0)


def _player(library, item: Item) -> tuple[Player, FakeClock]:  # type: ignore[no-untyped-def]
    clock = FakeClock()
    timeline = compile_timeline(Routine("r", "R", (item,)), library, PACE)
    # Straight to the counted part (past any step into position).
    work = next(i for i, s in enumerate(timeline.segments) if s.kind is not SegmentKind.STEP)
    player = Player(timeline, clock, work)
    player.start()
    return player, clock


def test_ring_grows_on_the_inhale_and_shrinks_on_the_exhale(library) -> None:
    player, clock = _player(library, Item("basic-starting-position", hold_breaths=3))
    sizes = []
    for _ in range(8):
        sizes.append(CounterState.from_player(player.state()).ring_size)
        clock.advance(1.0)
    assert sizes[0] == pytest.approx(0.0)
    assert sizes[0] < sizes[1] < sizes[2] < sizes[3]  # inhale 0..4 s
    assert sizes[4] == pytest.approx(1.0)  # full at the turn
    assert sizes[4] > sizes[5] > sizes[6] > sizes[7]  # exhale


def test_breath_texts(qtbot, library) -> None:
    player, clock = _player(library, Item("basic-starting-position", hold_breaths=3))
    counter = BreathCounter()
    qtbot.addWidget(counter)
    clock.advance(8.5)  # breath 2, inhale
    counter.set_state(CounterState.from_player(player.state()))
    assert counter.phase_text() == "Breathe in"
    assert counter.detail_text() == "Breath 2 of 3"
    assert counter.count_text() == ""
    clock.advance(4.0)
    counter.set_state(CounterState.from_player(player.state()))
    assert counter.phase_text() == "Breathe out"
    assert "Breathe out" in counter.accessibleDescription()


def test_pumps_are_shown_large_with_a_tick_per_pump(qtbot, library) -> None:
    player, clock = _player(library, Item("the-hundred"))
    counter = BreathCounter()
    counter.resize(300, 300)
    qtbot.addWidget(counter)
    seen = []
    for _ in range(100):
        clock.advance(0.4)  # sample mid-pump
        state = CounterState.from_player(player.state())
        counter.set_state(state)
        seen.append((int(counter.count_text()), state.phase, state.pump_in_cycle))
        clock.advance(0.4)  # one pump: 4 s inhale / 5 pumps
    assert [n for n, _, _ in seen] == list(range(1, 101))
    assert seen[4][1] is BreathPhase.IN and seen[5][1] is BreathPhase.OUT  # pump 6 exhales
    assert [t for _, _, t in seen[:10]] == list(range(1, 11))
    assert seen[10][2] == 1  # a new breath starts the ticks again
    assert counter.detail_text() == "Breath 10 of 10"
    image = counter.grab()
    assert not image.isNull()


def test_hold_and_reps_modes(qtbot, library) -> None:
    counter = BreathCounter()
    qtbot.addWidget(counter)
    player, clock = _player(library, Item("childs-pose", hold_s=30))
    clock.advance(15)
    state = CounterState.from_player(player.state())
    assert state.mode == Mode.HOLD and state.phase_progress == pytest.approx(0.5)
    counter.set_state(state)
    assert counter.phase_text() == "Hold"
    counter.grab()
    player, clock = _player(library, Item("glute-bridge", reps=4))
    clock.advance(5.0)  # rep 3 of 4, a quarter through
    state = CounterState.from_player(player.state())
    counter.set_state(state)
    assert state.mode == Mode.REPS
    assert counter.count_text() == "3"
    assert counter.detail_text() == "of 4"
    counter.grab()


def test_the_counter_has_no_timer_and_paints_nothing_by_itself(qtbot) -> None:
    counter = BreathCounter()
    qtbot.addWidget(counter)
    counter.show()
    assert counter.findChildren(QTimer) == []
    counter.set_flash(1.0)
    assert counter.flash_level() == 1.0
    counter.set_flash(0.0)
    counter.set_high_contrast(True)
    counter.set_font_scale(150)
    counter.grab()


def test_count_pixel_size_scales(qtbot) -> None:
    counter = BreathCounter()
    qtbot.addWidget(counter)
    counter.resize(400, 400)
    base = counter.count_pixel_size()
    counter.set_min_count_px(int(base * 1.3))
    assert counter.count_pixel_size() == int(base * 1.3)
    counter.set_min_count_px(base * 3)  # never larger than the ring can hold
    assert counter.count_pixel_size() == int(counter.base_count_px() * 1.5)
