"""What the player shows at a moment: which step of the exercise, how far its figure has moved
between the step's key poses, and which side is working.

The step card, focus mode and the voice all read this one answer, so the card's words, the
figure and the breath ring cannot disagree: a breath-led repetition shows its main step on the
breath that step names and the next step of the repetition on the other breath, and an
alternating exercise names the side of every repetition (its left repetitions are drawn as
mirror images).
"""

from __future__ import annotations

from dataclasses import dataclass

from pilates_desktop.core.library import Exercise
from pilates_desktop.core.player import BreathPhase, PlayerState
from pilates_desktop.core.timeline import Segment, SegmentKind, step_plan

_INTERLUDES = (SegmentKind.GET_READY, SegmentKind.SWITCH_SIDE, SegmentKind.REST)


@dataclass(frozen=True, slots=True)
class Moment:
    step: int  # the step of the exercise to show
    blend: float  # 0..1 from the step's first key pose to its second
    side: str | None  # "right" or "left" while one side works, else None
    side_rep: int | None = None  # the repetition on that side (1-based), in counted work
    side_reps: int | None = None  # how many repetitions that side does in this segment

    @property
    def mirrored(self) -> bool:
        """The figure is drawn as the mirror image (the left side working)."""
        return self.side == "left"


def moment(state: PlayerState, exercise: Exercise) -> Moment | None:
    """The moment ``state`` is at, or None when nothing plays."""
    seg = state.segment
    if seg is None:
        return None
    fixed = seg.side if seg.side in ("right", "left") else None
    if seg.kind in _INTERLUDES:
        return Moment(0, 0.0, fixed)
    if seg.kind is SegmentKind.STEP:
        done = state.seg_elapsed_s / seg.duration_s if seg.duration_s else 1.0
        return Moment(seg.step, min(1.0, done), fixed)
    if seg.kind is SegmentKind.PUMPS:
        # Small brisk beats: there and back once per pump.
        ppp = seg.pumps_per_phase or 1
        beat = (state.phase_progress * ppp) % 1.0
        return Moment(seg.step, 1.0 - abs(2.0 * beat - 1.0), fixed)
    if seg.kind is SegmentKind.HOLD or not seg.reps:
        return Moment(seg.step, 1.0, fixed)
    return _rep_moment(seg, state, exercise, fixed)


def alternating_side(rep: int) -> str:
    """The side repetition ``rep`` (1-based) of an alternating exercise works: right first,
    as a two-sided exercise starts on the right."""
    return "right" if rep % 2 else "left"


def _rep_moment(seg: Segment, state: PlayerState, exercise: Exercise, fixed: str | None) -> Moment:
    rep = state.rep or 1
    reps = seg.reps or 1
    if seg.side == "alternating":
        side: str | None = alternating_side(rep)
        side_rep, side_reps = (rep + 1) // 2, (reps + 1) // 2
    else:
        side, side_rep, side_reps = fixed, rep, reps
    cycle = step_plan(exercise).cycle
    p = min(1.0, max(0.0, state.rep_progress))
    if seg.breath_led and len(cycle) <= 2 and state.phase in (BreathPhase.IN, BreathPhase.OUT):
        # The ring leads: the main step on the breath the repetition starts with, the next
        # step (or the way back) on the other.
        first = BreathPhase.OUT if seg.exhale_first else BreathPhase.IN
        on_first = state.phase is first
        f = state.phase_progress
        if len(cycle) == 1:
            return Moment(cycle[0], f if on_first else 1.0 - f, side, side_rep, side_reps)
        return Moment(cycle[0] if on_first else cycle[1], f, side, side_rep, side_reps)
    if len(cycle) == 1:  # one step: there and back within the repetition
        return Moment(cycle[0], 1.0 - abs(2.0 * p - 1.0), side, side_rep, side_reps)
    k = min(len(cycle) - 1, int(p * len(cycle)))
    return Moment(cycle[k], p * len(cycle) - k, side, side_rep, side_reps)
