"""The pain-monitoring model: 0-2 safe, 3-5 acceptable, above 5 too much, and typing a rating."""

from __future__ import annotations

import pytest

from pilates_desktop.core.care.pain import (
    TEN_WINDOW_S,
    PainKeys,
    PainZone,
    during_exercise,
    zone,
)
from pilates_desktop.core.clock import FakeClock
from pilates_desktop.core.library import load_library


@pytest.mark.parametrize(
    ("value", "expected"),
    [(0, PainZone.SAFE), (2, PainZone.SAFE), (3, PainZone.ACCEPTABLE), (5, PainZone.ACCEPTABLE),
     (6, PainZone.TOO_MUCH), (10, PainZone.TOO_MUCH)],
)
def test_zones_at_their_edges(value: int, expected: PainZone) -> None:
    assert zone(value) is expected


@pytest.mark.parametrize("bad", [-1, 11, True, 2.5])
def test_a_rating_outside_0_to_10_is_refused(bad: object) -> None:
    with pytest.raises(ValueError, match="0-10"):
        zone(bad)  # type: ignore[arg-type]


def test_above_5_stops_the_exercise_and_offers_its_easier_form_or_skipping() -> None:
    lib = load_library()
    knee = lib["knee-lifts"]
    going_on = during_exercise(5, knee)
    assert not going_on.stop and going_on.easier is None and not going_on.can_skip
    stop = during_exercise(6, knee)
    assert stop.stop and stop.can_skip and stop.zone is PainZone.TOO_MUCH
    assert stop.easier is knee.easier and stop.easier is not None
    assert stop.easier.exercise == "basic-starting-position"
    # Without an easier form, skipping is what is left.
    wall = during_exercise(8, lib["legs-up-the-wall"])
    assert wall.stop and wall.easier is None and wall.can_skip


def test_digits_give_a_rating_at_once_except_one_which_waits_for_a_zero() -> None:
    clock = FakeClock()
    keys = PainKeys()
    entry = keys.press("7", clock.monotonic())
    assert (entry.value, entry.pending) == (7, False)
    entry = keys.press("1", clock.monotonic())
    assert (entry.value, entry.pending) == (1, True)
    clock.advance(TEN_WINDOW_S / 2)
    assert keys.settle(clock.monotonic()) is None  # still waiting
    entry = keys.press("0", clock.monotonic())
    assert (entry.value, entry.pending) == (10, False)
    assert not keys.pending


def test_a_one_settles_as_one_after_its_window_or_on_enter() -> None:
    clock = FakeClock()
    keys = PainKeys()
    keys.press("1", clock.monotonic())
    clock.advance(TEN_WINDOW_S + 0.01)
    assert keys.settle(clock.monotonic()) == 1
    # A zero after the window is a zero, not ten.
    assert keys.press("0", clock.monotonic()).value == 0
    keys.press("1", clock.monotonic())
    assert keys.confirm() == 1 and keys.confirm() is None
    keys.press("1", clock.monotonic())
    assert keys.press("4", clock.monotonic()).value == 4  # another digit replaces the one
    with pytest.raises(ValueError):
        keys.press("x", clock.monotonic())
