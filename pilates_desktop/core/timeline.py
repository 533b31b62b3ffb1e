"""Compiles a routine into one flat list of segments.

The player, the history and the CLI's ``plan`` all read this one list, so what the user sees,
what is recorded and what is printed cannot disagree. The time an item takes and the total
come from one function too (:func:`item_seconds`), so the builder's item times add up to its
total, which is the timeline's.

Every step of an exercise is shown: the first while getting ready, the steps before the main
one (moving into position) as STEP segments before the work, the steps of one repetition
while it plays (see :mod:`pilates_desktop.core.moment`), and the closing steps (lowering the
legs, resting) as STEP segments after the last round.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from pilates_desktop.core.errors import PilatesError
from pilates_desktop.core.library import DosageKind, Exercise, Library
from pilates_desktop.core.routines import Dose, Item, ItemSides, Routine, effective_dose

# A routine longer than a day cannot be practised; compiling one would only fill memory
# (the file limits allow 1,000 items of 20 sets of 200 reps: years of segments).
MAX_ROUTINE_S = 24 * 3600


class SegmentKind(StrEnum):
    GET_READY = "get_ready"
    WORK = "work"  # counted repetitions
    HOLD = "hold"  # a static hold, counted in seconds or in breaths
    PUMPS = "pumps"  # the Hundred
    REST = "rest"
    SWITCH_SIDE = "switch_side"
    STEP = "step"  # one step shown on its own: moving into position, or out of it at the end


@dataclass(frozen=True, slots=True)
class Pace:
    """Timing preferences. Defaults follow the slow, controlled tempo the sources ask for."""

    get_ready_s: int = 10  # time to lie down on the mat (issue 14 item 15)
    rep_s: float = 4.0
    inhale_s: float = 4.0
    exhale_s: float = 4.0
    switch_side_s: int = 5
    default_rest_s: int = 10
    step_s: float = 6.0  # a set-up or closing step shown on its own

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
    reps: int | None = None  # all of the segment's reps: both sides' when alternating
    breaths: int | None = None
    pumps: int | None = None
    pumps_per_phase: int | None = None
    rep_s: float | None = None  # seconds per repetition, for WORK
    breath_led: bool = False  # the segment is paced by breaths (ring shown, phases spoken)
    step: int = 0  # the step of the exercise the card shows (STEP, and the main step of work)
    exhale_first: bool = False  # each breath of the segment starts on the out-breath

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

    def json_text(self) -> str:
        """``json.dumps(self.to_json(), indent=2, ensure_ascii=False)``, written directly:
        the standard encoder takes its pure-Python path with ``indent`` and needs seconds for
        a long routine's plan."""
        return "".join(_json_chunks(self))


def _json_chunks(timeline: Timeline) -> Iterator[str]:
    quoted: dict[str | None, str] = {None: "null"}  # the few names and sides, encoded once

    def text(value: str | None) -> str:
        out = quoted.get(value)
        if out is None:
            out = quoted[value] = json.dumps(value, ensure_ascii=False)
        return out

    def number(value: int | None) -> str:
        return "null" if value is None else str(value)

    kinds = {kind: kind.value for kind in SegmentKind}
    yield (f'{{\n  "routine": {text(timeline.routine_id)},\n'
           f'  "total_s": {round(timeline.total_s, 3)!r},\n  "segments": [')
    sep = "\n"
    for seg in timeline.segments:
        yield (f'{sep}    {{\n      "kind": "{kinds[seg.kind]}",\n'
               f'      "exercise": {text(seg.exercise)},\n'
               f'      "side": {text(seg.side)},\n      "set": {number(seg.set)},\n'
               f'      "duration_s": {round(seg.duration_s, 3)!r},\n'
               f'      "reps": {number(seg.reps)},\n      "breaths": {number(seg.breaths)},\n'
               f'      "pumps": {number(seg.pumps)}\n    }}')
        sep = ",\n"
    yield "\n  ]\n}" if timeline.segments else "]\n}"


# --- the steps of an exercise -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StepPlan:
    """When each step of an exercise is shown (step 0 is shown while getting ready)."""

    setup: tuple[int, ...]  # moving into position: once before the work, on each side
    cycle: tuple[int, ...]  # what one repetition walks through, the main step first
    closing: tuple[int, ...]  # once after the last round, on each side

    @property
    def main(self) -> int:
        return self.cycle[0]


def step_plan(ex: Exercise) -> StepPlan:
    main = _main_step(ex)
    after = range(main + 1, len(ex.steps))
    if ex.dosage.kind is DosageKind.REPS:
        cycle = (main, *(i for i in after if not ex.steps[i].closing))
        closing = tuple(i for i in after if ex.steps[i].closing)
    else:  # a hold repeats nothing: whatever follows it ends the exercise
        cycle, closing = (main,), tuple(after)
    return StepPlan(tuple(range(1, main)), cycle, closing)


def _main_step(ex: Exercise) -> int:
    """The step that shows the movement itself: the one marked main, else a middle step."""
    for i, step in enumerate(ex.steps):
        if step.main:
            return i
    return len(ex.steps) // 2


# --- times ------------------------------------------------------------------------------------


class RoutineTooLong(PilatesError):
    """A routine that would take longer than :data:`MAX_ROUTINE_S` to play."""

    def __init__(self, routine: Routine, total_s: float) -> None:
        self.total_s = total_s
        self.limit_s = MAX_ROUTINE_S
        super().__init__(f"{routine.name}: would take about {total_s / 3600:,.0f} hours; a "
                         f"routine can last at most {MAX_ROUTINE_S // 3600} hours")


@dataclass(frozen=True, slots=True)
class RoutineTimes:
    """Each item's time as it plays in its routine, and their sum."""

    items: tuple[float, ...]
    total_s: float


@dataclass(frozen=True, slots=True)
class _Shape:
    """How one item plays: what the segments of :func:`compile_timeline` are made of."""

    dose: Dose
    plan: StepPlan
    rounds: int
    sides: tuple[str | None, ...]
    work_s: float  # one work segment (one side, one round)

    def seconds(self, pace: Pace, last: bool) -> float:
        n = len(self.sides)
        between = self.dose.rest_between_sets_s
        return (
            max(0, pace.get_ready_s)
            + self.rounds * n * self.work_s
            + self.rounds * (n - 1) * pace.switch_side_s
            + n * (len(self.plan.setup) + len(self.plan.closing)) * pace.step_s
            + (self.rounds - 1) * max(0, between)
            + (0 if last else max(0, self.dose.rest_s))
        )


def _shape(item: Item, ex: Exercise, pace: Pace) -> _Shape:
    dose = effective_dose(item, ex, pace.default_rest_s)
    rounds = dose.sets
    if ex.dosage.kind in (DosageKind.HOLD, DosageKind.BREATHS) and dose.reps:
        rounds = dose.reps  # "hover for 3-4 breaths, repeat 2-3 times"
    sides = _SIDES[dose.sides]
    work = _work_segment(ex, 0, dose, pace, sides[0], 1, rounds, 0)
    return _Shape(dose, step_plan(ex), rounds, sides, work.duration_s)


def item_seconds(item: Item, library: Library, pace: Pace, *, last: bool) -> float:
    """Seconds one item takes where it stands in a routine: its get-ready, set-up steps, work,
    switches, closing steps and rests, and its rest after it unless it is the last item."""
    return _shape(item, library[item.exercise], pace).seconds(pace, last)


def routine_times(routine: Routine, library: Library, pace: Pace | None = None) -> RoutineTimes:
    """Every item's time and the total, from the one rule the timeline follows: the item times
    add up to the total, and an empty routine takes no time."""
    pace = pace or Pace()
    last = len(routine.items) - 1
    items = tuple(item_seconds(item, library, pace, last=i == last)
                  for i, item in enumerate(routine.items))
    return RoutineTimes(items, sum(items))


# --- compiling --------------------------------------------------------------------------------


def compile_timeline(routine: Routine, library: Library, pace: Pace | None = None) -> Timeline:
    """The routine's segments. Raises :class:`RoutineTooLong` past :data:`MAX_ROUTINE_S`."""
    pace = pace or Pace()
    last = len(routine.items) - 1
    shapes = [_shape(item, library[item.exercise], pace) for item in routine.items]
    total = sum(shape.seconds(pace, i == last) for i, shape in enumerate(shapes))
    if total > MAX_ROUTINE_S:
        raise RoutineTooLong(routine, total)
    segments: list[Segment] = []
    add = segments.append
    for index, (item, shape) in enumerate(zip(routine.items, shapes, strict=True)):
        ex = library[item.exercise]
        dose, plan, rounds, sides = shape.dose, shape.plan, shape.rounds, shape.sides
        if pace.get_ready_s > 0:
            add(Segment(SegmentKind.GET_READY, ex.id, index, float(pace.get_ready_s),
                        side=sides[0], step=0))
        for round_no in range(1, rounds + 1):
            for s_i, side in enumerate(sides):
                if s_i > 0:
                    add(Segment(SegmentKind.SWITCH_SIDE, ex.id, index, float(pace.switch_side_s),
                                side=side, set=round_no, sets=rounds, step=0))
                if round_no == 1:
                    for step in plan.setup:
                        add(Segment(SegmentKind.STEP, ex.id, index, pace.step_s, side=side,
                                    set=round_no, sets=rounds, step=step))
                add(_work_segment(ex, index, dose, pace, side, round_no, rounds, plan.main))
                if round_no == rounds:
                    for step in plan.closing:
                        add(Segment(SegmentKind.STEP, ex.id, index, pace.step_s, side=side,
                                    set=round_no, sets=rounds, step=step))
            if round_no < rounds and dose.rest_between_sets_s > 0:
                add(Segment(SegmentKind.REST, ex.id, index, float(dose.rest_between_sets_s),
                            set=round_no, sets=rounds, step=0))
        if dose.rest_s > 0 and index < last:
            add(Segment(SegmentKind.REST, ex.id, index, float(dose.rest_s)))
    return Timeline(routine.id, routine.name, tuple(segments), pace)


def _work_segment(
    ex: Exercise, index: int, dose: Dose, pace: Pace, side: str | None, round_no: int,
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
    led = ex.dosage.breath_led
    rep_s = pace.breath_s if led else pace.rep_s
    return Segment(SegmentKind.WORK, ex.id, index, total_reps * rep_s, side=side, set=round_no,
                   sets=rounds, reps=total_reps, rep_s=rep_s,
                   breaths=total_reps if led else None, breath_led=led, step=step,
                   exhale_first=led and ex.dosage.exhale_first)


_SIDES: dict[ItemSides, tuple[str | None, ...]] = {
    ItemSides.NONE: (None,),
    ItemSides.BOTH: ("right", "left"),
    ItemSides.LEFT: ("left",),
    ItemSides.RIGHT: ("right",),
    ItemSides.ALTERNATING: ("alternating",),
}
