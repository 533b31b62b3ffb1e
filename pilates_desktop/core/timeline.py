"""Compiles a routine into one flat list of segments.

The player, the history and the CLI's ``plan`` all read this one list, so what the user sees,
what is recorded and what is printed cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from pilates_desktop.core.library import DosageKind, Exercise, Library
from pilates_desktop.core.routines import ItemSides, Routine, effective_dose


class SegmentKind(StrEnum):
    GET_READY = "get_ready"
    WORK = "work"  # counted repetitions
    HOLD = "hold"  # a static hold, counted in seconds or in breaths
    PUMPS = "pumps"  # the Hundred
    REST = "rest"
    SWITCH_SIDE = "switch_side"


@dataclass(frozen=True, slots=True)
class Pace:
    """Timing preferences. Defaults follow the slow, controlled tempo the sources ask for."""

    get_ready_s: int = 5
    rep_s: float = 4.0
    inhale_s: float = 4.0
    exhale_s: float = 4.0
    switch_side_s: int = 5
    default_rest_s: int = 10

    @property
    def breath_s(self) -> float:
        return self.inhale_s + self.exhale_s


@dataclass(frozen=True, slots=True)
class Segment:
    kind: SegmentKind
    exercise: str
    item_index: int
    duration_s: float
    side: str | None = None  # "right", "left", "alternating" or None
    set: int | None = None
    sets: int | None = None
    reps: int | None = None
    breaths: int | None = None
    pumps: int | None = None
    pumps_per_phase: int | None = None
    rep_s: float | None = None  # seconds per repetition, for WORK
    breath_led: bool = False  # the segment is paced by breaths (ring shown, phases spoken)
    step: int = 0  # which step of the exercise the card shows

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "exercise": self.exercise,
            "side": self.side,
            "set": self.set,
            "duration_s": round(self.duration_s, 3),
            "reps": self.reps,
            "breaths": self.breaths,
            "pumps": self.pumps,
        }


@dataclass(frozen=True, slots=True)
class Timeline:
    routine_id: str
    routine_name: str
    segments: tuple[Segment, ...]
    pace: Pace

    @property
    def total_s(self) -> float:
        return sum(s.duration_s for s in self.segments)

    def starts(self) -> list[float]:
        """The routine time at which each segment starts."""
        out, t = [], 0.0
        for seg in self.segments:
            out.append(t)
            t += seg.duration_s
        return out

    def first_segment_of_item(self, item_index: int) -> int:
        for i, seg in enumerate(self.segments):
            if seg.item_index >= item_index:
                return i
        return len(self.segments)

    def to_json(self) -> dict[str, Any]:
        return {
            "routine": self.routine_id,
            "total_s": round(self.total_s, 3),
            "segments": [s.to_json() for s in self.segments],
        }


def item_duration(routine: Routine, index: int, library: Library, pace: Pace) -> float:
    """Estimated seconds of one item (its get-ready, work, switches and rests)."""
    single = routine.with_items([routine.items[index]])
    return compile_timeline(single, library, pace, trailing_rest=True).total_s


def compile_timeline(
    routine: Routine, library: Library, pace: Pace | None = None, *, trailing_rest: bool = False
) -> Timeline:
    pace = pace or Pace()
    segments: list[Segment] = []
    last = len(routine.items) - 1
    for index, item in enumerate(routine.items):
        ex = library[item.exercise]
        dose = effective_dose(item, ex, pace.default_rest_s)
        if pace.get_ready_s > 0:
            segments.append(
                Segment(SegmentKind.GET_READY, ex.id, index, float(pace.get_ready_s),
                        side=_first_side(dose.sides), step=0)
            )
        main_step = _main_step(ex)
        rounds = dose.sets
        hold_rounds = ex.dosage.kind in (DosageKind.HOLD, DosageKind.BREATHS) and dose.reps
        if hold_rounds:
            rounds = dose.reps or 1  # "hover for 3-4 breaths, repeat 2-3 times"
        for round_no in range(1, rounds + 1):
            sides = _sides_for(dose.sides)
            for s_i, side in enumerate(sides):
                if s_i > 0:
                    segments.append(
                        Segment(SegmentKind.SWITCH_SIDE, ex.id, index, float(pace.switch_side_s),
                                side=side, set=round_no, sets=rounds, step=0)
                    )
                segments.append(_work_segment(ex, index, dose, pace, side, round_no, rounds,
                                              main_step))
            if round_no < rounds:
                between = dose.rest_between_sets_s
                if between > 0:
                    segments.append(
                        Segment(SegmentKind.REST, ex.id, index, float(between),
                                set=round_no, sets=rounds, step=0)
                    )
        if dose.rest_s > 0 and (index < last or trailing_rest):
            segments.append(Segment(SegmentKind.REST, ex.id, index, float(dose.rest_s)))
    return Timeline(routine.id, routine.name, tuple(segments), pace)


def _work_segment(
    ex: Exercise, index: int, dose: Any, pace: Pace, side: str | None, round_no: int,
    rounds: int, step: int,
) -> Segment:
    kind = ex.dosage.kind
    if kind is DosageKind.PUMPS:
        ppp = ex.dosage.pumps_per_phase or 5
        pumps = dose.pumps or 100
        breaths = max(1, -(-pumps // (2 * ppp)))
        return Segment(SegmentKind.PUMPS, ex.id, index, breaths * pace.breath_s, side=side,
                       set=round_no, sets=rounds, breaths=breaths, pumps=pumps,
                       pumps_per_phase=ppp, breath_led=True, step=step)
    if kind is DosageKind.BREATHS or (kind is DosageKind.HOLD and dose.hold_breaths
                                      and not dose.hold_s):
        breaths = dose.hold_breaths or 1
        return Segment(SegmentKind.HOLD, ex.id, index, breaths * pace.breath_s, side=side,
                       set=round_no, sets=rounds, breaths=breaths, breath_led=True, step=step)
    if kind is DosageKind.HOLD:
        return Segment(SegmentKind.HOLD, ex.id, index, float(dose.hold_s or 30), side=side,
                       set=round_no, sets=rounds, step=step)
    reps = dose.reps or 1
    total_reps = reps * 2 if side == "alternating" else reps
    rep_s = pace.breath_s if ex.dosage.breath_led else pace.rep_s
    return Segment(SegmentKind.WORK, ex.id, index, total_reps * rep_s, side=side, set=round_no,
                   sets=rounds, reps=total_reps, rep_s=rep_s,
                   breaths=total_reps if ex.dosage.breath_led else None,
                   breath_led=ex.dosage.breath_led, step=step)


def _sides_for(sides: ItemSides) -> list[str | None]:
    table: dict[ItemSides, list[str | None]] = {
        ItemSides.NONE: [None],
        ItemSides.BOTH: ["right", "left"],
        ItemSides.LEFT: ["left"],
        ItemSides.RIGHT: ["right"],
        ItemSides.ALTERNATING: ["alternating"],
    }
    return table[sides]


def _first_side(sides: ItemSides) -> str | None:
    return _sides_for(sides)[0]


def _main_step(ex: Exercise) -> int:
    """The step that shows the movement itself: the one marked main, else a middle step."""
    for i, step in enumerate(ex.steps):
        if step.main:
            return i
    return len(ex.steps) // 2
