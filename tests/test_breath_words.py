"""The breath ring says what the card says (issue 14, item 1).

The Standing Roll-Down's card said "Breathe out as you roll down" while the ring said
"Breathe in": every breath-led repetition started on the in-breath. Here each exercise is
played through, and whenever the ring leads the breath, the step on the card must be one
whose words name the breath the ring is on (or name none, as "breathe steadily" does).
"""

from __future__ import annotations

import re

import pytest

from pilates_desktop.core.clock import FakeClock
from pilates_desktop.core.library import Exercise, load_library
from pilates_desktop.core.moment import moment
from pilates_desktop.core.player import BreathPhase, Player
from pilates_desktop.core.routines import Item, Routine
from pilates_desktop.core.timeline import Pace, compile_timeline, step_plan

LIB = load_library()
PACE = Pace(get_ready_s=5, inhale_s=3.0, exhale_s=5.0, step_s=6.0)  # unequal on purpose
TICK = 0.25
_NAMED = re.compile(r"\bbreathe (in|out)\b", re.IGNORECASE)


def named_breath(words: str) -> BreathPhase | None:
    """The breath a step's words start with: "Breathe out as you roll down" is OUT, "Breathe
    in, then out as you hollow" is IN, "Breathe steadily" names none."""
    found = _NAMED.search(words)
    if found is None:
        return None
    return BreathPhase.IN if found.group(1).lower() == "in" else BreathPhase.OUT


def test_the_words_are_read_as_a_person_reads_them() -> None:
    assert named_breath("Breathe out as you roll down") is BreathPhase.OUT
    assert named_breath("Breathe in, then out as you hollow") is BreathPhase.IN
    assert named_breath("Breathe in for 5 pumps, breathe out for 5") is BreathPhase.IN
    assert named_breath("Breathe steadily into your belly") is None
    assert named_breath("Breathe slowly; release a little more with each breath out") is None


def _checked(ex: Exercise) -> list[tuple[int, BreathPhase, BreathPhase]]:
    """(step, the ring's phase, the step's named breath) each time a step comes on the card
    while the ring leads the breath."""
    timeline = compile_timeline(Routine("t", "T", (Item(ex.id),)), LIB, PACE)
    clock = FakeClock()
    player = Player(timeline, clock)
    player.start()
    out = []
    last: tuple[int, int | None, int | None, int] | None = None
    while not player.state().finished:
        state = player.state()
        seg = state.segment
        m = moment(state, ex)
        if seg is not None and m is not None and seg.breath_led and state.phase in (
                BreathPhase.IN, BreathPhase.OUT):
            key = (state.index, state.rep, state.breath, m.step)
            # A step coming on the card: a new segment, repetition or step.
            if last is None or key[:2] != last[:2] or key[3] != last[3]:
                named = named_breath(ex.steps[m.step].breath)
                if named is not None:
                    out.append((m.step, state.phase, named))
            last = key
        else:
            last = None
        clock.advance(TICK)
    return out


@pytest.mark.parametrize("ex", LIB.exercises(), ids=lambda e: e.id)
def test_the_ring_and_the_card_name_the_same_breath(ex: Exercise) -> None:
    for step, ring, card in _checked(ex):
        assert ring is card, f"{ex.id} step {step + 1}: the ring says {ring}, the card {card}"


def test_every_breath_led_exercise_is_checked_on_its_main_step() -> None:
    """The check above is not empty: each exercise the ring leads with words on its main
    step is seen, the roll-downs starting on the out-breath."""
    seen = {ex.id: _checked(ex) for ex in LIB.exercises()}
    main_checked = {ex_id for ex_id, checks in seen.items()
                    if any(step == step_plan(LIB[ex_id]).main for step, _, _ in checks)}
    assert {"standing-roll-down", "roll-up", "upper-spine-stretch", "the-hundred",
            "double-leg-stretch"} <= main_checked
    assert (1, BreathPhase.OUT, BreathPhase.OUT) in seen["standing-roll-down"]
    assert (2, BreathPhase.IN, BreathPhase.IN) in seen["standing-roll-down"]
