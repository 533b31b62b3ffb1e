"""A session's lifecycle, without Qt: begin, record a segment, finish, stop, "it hurts", and
what an interrupted session is. ``services/session.py`` drives one of these on a timer and turns
what happens into signals; it holds no rule of its own.

The rules, in one place:

* **begin**: the session is written to the history before its first segment plays, with the
  seconds planned from where it starts (a session started at the third exercise plans less).
* **record a segment**: every practice segment (work, hold, pumps) that ends is written at once,
  done, skipped or partial, with the pain rated for its exercise, so a crash loses at most the
  segment in progress. Get-ready, rest and switch-side segments are not written.
* **finish, stop, it hurts**: the session is closed with its status and the seconds actually
  practised (including those before an easier form took over the rest of the routine). "It
  hurts" also names the exercise, and keeps the one in hand, if it was rated, as begun.
* **interrupted**: a session begun and never closed (the app was killed, the power failed) is
  interrupted. Nothing here writes that: its end never came. The history lists it as
  interrupted at once (``core/history/queries``) and closes it so when it next opens.

The player holds no counters, and neither does this: what was done is summarised from the
player's results.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Protocol

from pilates_desktop.core.clock import Clock
from pilates_desktop.core.history.model import ItemStatus, SessionStatus
from pilates_desktop.core.player import (
    BreathPhase,
    EventKind,
    Outcome,
    Player,
    PlayerEvent,
    PlayerState,
    SegmentResult,
)
from pilates_desktop.core.routines import Routine
from pilates_desktop.core.timeline import SegmentKind, Timeline

PRACTICE_KINDS = (SegmentKind.WORK, SegmentKind.HOLD, SegmentKind.PUMPS)
_ITEM_STATUS = {Outcome.DONE: ItemStatus.DONE, Outcome.SKIPPED: ItemStatus.SKIPPED,
                Outcome.PARTIAL: ItemStatus.PARTIAL}


class Recorder(Protocol):
    """Where a session is written: ``core.history.HistoryStore`` in the app."""

    def begin_session(self, routine_id: str, routine_name: str, planned_s: int) -> str: ...

    def add_item(self, session_id: str, exercise: str, side: str, planned_s: int, done_s: int,
                 reps_done: int | None, status: ItemStatus | str,
                 pain: int | None = None) -> None: ...

    def set_item_pain(self, session_id: str, exercise: str, value: int | None) -> None: ...

    def set_pain_before(self, session_id: str, value: int | None) -> None: ...

    def finish_session(self, session_id: str, status: SessionStatus | str, active_s: int,
                       pain_after: int | None = None, note: str = "",
                       hurt_exercise: str | None = None) -> None: ...

    def update_session(self, session_id: str, *, note: str | None = None,
                       pain_before: Any = ..., pain_after: Any = ...) -> None: ...


@dataclass
class SessionSummary:
    """What the summary dialog shows; built from the player's results, never from counters."""

    session_id: str | None
    routine_id: str
    routine_name: str
    status: SessionStatus
    active_s: float
    planned_s: float
    done: list[str] = field(default_factory=list)  # exercise ids, one per routine item
    skipped: list[str] = field(default_factory=list)
    partial: list[str] = field(default_factory=list)  # begun but not finished
    hurt_exercise: str | None = None
    pain_before: int | None = None


def summarise(timeline: Timeline, results: tuple[SegmentResult, ...]) -> tuple[
        list[str], list[str], list[str]]:
    """Exercises done (a practice segment finished), part done (begun, none finished) and
    skipped (passed over without practising), each in routine order."""
    outcomes: dict[int, set[Outcome]] = {}
    for res in results:
        seg = timeline.segments[res.index]
        if seg.kind in PRACTICE_KINDS:
            outcomes.setdefault(seg.item_index, set()).add(res.outcome)
    ex = {seg.item_index: seg.exercise for seg in timeline.segments}
    done: list[str] = []
    partial: list[str] = []
    skipped: list[str] = []
    for item in sorted(outcomes):
        seen = outcomes[item]
        if Outcome.DONE in seen:
            done.append(ex[item])
        elif Outcome.PARTIAL in seen:
            partial.append(ex[item])
        else:
            skipped.append(ex[item])
    return done, partial, skipped


def next_boundary_s(state: PlayerState, timeline: Timeline) -> float | None:
    """Seconds until the next visible change (whole second, breath phase, pump, rep)."""
    seg = state.segment
    if seg is None or not state.running:
        return None
    candidates = [state.seg_remaining_s]
    frac = state.seg_remaining_s - math.floor(state.seg_remaining_s)
    if frac > 1e-6:
        candidates.append(frac)
    pace = timeline.pace
    if seg.breath_led and state.phase in (BreathPhase.IN, BreathPhase.OUT):
        length = pace.inhale_s if state.phase is BreathPhase.IN else pace.exhale_s
        left = (1.0 - state.phase_progress) * length
        candidates.append(left)
        if seg.pumps_per_phase:
            per_pump = length / seg.pumps_per_phase
            into = state.phase_progress * length
            candidates.append(per_pump - math.fmod(into, per_pump))
    if seg.kind is SegmentKind.WORK and seg.rep_s:
        candidates.append((1.0 - state.rep_progress) * seg.rep_s)
    positive = [c for c in candidates if c > 1e-6]
    return min(positive) if positive else 0.0


class Session:
    """One session, from its beginning to its end: the player, and what is written when."""

    def __init__(self, recorder: Recorder, clock: Clock, routine: Routine, timeline: Timeline,
                 start_index: int = 0) -> None:
        self._recorder = recorder
        self._clock = clock
        self.routine = routine
        self.player = Player(timeline, clock, start_index)
        self._start_index = start_index
        self.session_id: str | None = None
        self.pain_before: int | None = None
        self.state: PlayerState | None = None  # as of the last poll
        self.summary: SessionSummary | None = None  # once ended
        self._hurt: str | None = None
        # Pain rated for the exercise in hand, written with its next recorded segment; and
        # what was done before the rest of the routine was swapped for an easier form.
        self._pain: dict[str, int] = {}
        self._last_recorded: str | None = None
        self._kept_in_hand: int | None = None  # a segment written before its player let go
        self._carried: tuple[list[str], list[str], list[str]] = ([], [], [])
        self._carried_active_s = 0.0

    # --- begin ---------------------------------------------------------------------------

    def begin(self, pain_before: int | None = None) -> None:
        """Write the session, then play: the history has it before its first segment."""
        timeline, start = self.player.timeline, self._start_index
        planned = timeline.total_s - timeline.starts()[start] if (
            start < len(timeline.segments)) else 0.0
        self.session_id = self._recorder.begin_session(self.routine.id, self.routine.name,
                                                       int(planned))
        if pain_before is not None:
            self.set_pain_before(pain_before)
        self.player.start()

    # --- queries -------------------------------------------------------------------------

    @property
    def timeline(self) -> Timeline:
        return self.player.timeline

    def is_active(self) -> bool:
        """Begun and not yet ended (it may be paused)."""
        return self.state is not None and not (self.state.finished or self.state.stopped)

    def is_running(self) -> bool:
        return self.is_active() and self.state is not None and self.state.running

    def current_exercise(self) -> str | None:
        """The exercise being practised now (None in a get-ready, a rest or a switch)."""
        seg = self.state.segment if self.state is not None else None
        return seg.exercise if seg is not None and seg.kind in PRACTICE_KINDS else None

    def item_in_hand(self) -> int | None:
        """The routine item the session is at, while it runs or is paused."""
        if not self.is_active() or self.state is None or self.state.segment is None:
            return None
        return self.state.segment.item_index

    # --- the clock moves -----------------------------------------------------------------

    def poll(self) -> tuple[list[PlayerEvent], PlayerState]:
        """Where the session is now, and what happened since the last poll. Every practice
        segment that ended is written, and an end closes the session (``summary``)."""
        events = self.player.poll()
        state = self.player.state()
        self.state = state
        for ev in events:
            if ev.kind is EventKind.SEGMENT_END and ev.result is not None:
                self._record(ev.result)
            elif ev.kind is EventKind.FINISHED:
                self._end(SessionStatus.FINISHED, state)
            elif ev.kind is EventKind.STOPPED:
                self._end(SessionStatus.PAIN if ev.reason == "pain" else SessionStatus.STOPPED,
                          state)
        return events, state

    def is_recorded(self, result: SegmentResult) -> bool:
        """Whether a segment's end is written to the history (practice segments are)."""
        return self.timeline.segments[result.index].kind in PRACTICE_KINDS

    def _record(self, result: SegmentResult) -> None:
        seg = self.timeline.segments[result.index]
        if seg.kind not in PRACTICE_KINDS or self.session_id is None:
            return
        if result.index == self._kept_in_hand:  # written already, with its rating
            self._kept_in_hand = None
            return
        self._recorder.add_item(
            self.session_id, seg.exercise, seg.side or "none", int(round(seg.duration_s)),
            int(round(result.done_s)), result.reps_done if seg.reps else None,
            _ITEM_STATUS[result.outcome], pain=self._pain.pop(seg.exercise, None))
        self._last_recorded = seg.exercise

    def _record_in_hand(self, state: PlayerState) -> str | None:
        """The practice segment in hand stops here: kept as begun, with its rating."""
        seg = state.segment
        if seg is None or seg.kind not in PRACTICE_KINDS or self.session_id is None:
            return None
        reps = max(0, (state.rep or 1) - 1) if seg.reps else None
        self._kept_in_hand = state.index
        self._recorder.add_item(
            self.session_id, seg.exercise, seg.side or "none", int(round(seg.duration_s)),
            int(round(state.seg_elapsed_s)), reps, ItemStatus.PARTIAL,
            pain=self._pain.pop(seg.exercise, None))
        self._last_recorded = seg.exercise
        return seg.exercise

    def _end(self, status: SessionStatus, state: PlayerState) -> None:
        done, partial, skipped = summarise(self.timeline, state.results)
        done, partial, skipped = (self._carried[0] + done, self._carried[1] + partial,
                                  self._carried[2] + skipped)
        active_s = self._carried_active_s + state.active_s
        hurt = self._hurt if status is SessionStatus.PAIN else None
        if self.session_id is not None:
            self._recorder.finish_session(self.session_id, status, int(round(active_s)),
                                          hurt_exercise=hurt)
        self.summary = SessionSummary(
            session_id=self.session_id, routine_id=self.routine.id,
            routine_name=self.routine.name, status=status, active_s=active_s,
            planned_s=self.timeline.total_s, done=done, skipped=skipped, partial=partial,
            hurt_exercise=hurt, pain_before=self.pain_before)

    # --- what the user does --------------------------------------------------------------

    def stop(self) -> None:
        """The user stopped early (after confirming); the next poll closes the session."""
        if self.is_active():
            self.player.stop("user")

    def stop_hurts(self) -> str | None:
        """End at once because something hurt; returns the exercise that hurt."""
        if not self.is_active() or self.state is None:
            return None
        seg = self.state.segment
        self._hurt = seg.exercise if seg is not None else None
        if seg is not None and seg.exercise in self._pain:  # rated above 5: keep the rating
            self._record_in_hand(self.state)  # (the stop's own partial is then not written)
        self.player.stop("pain")
        return self._hurt

    def rate_exercise(self, value: int) -> str | None:
        """Pain 0-10 for the exercise in hand, or, between exercises, for the one just done.
        Returns the exercise rated (None when there is none yet)."""
        exercise = self.current_exercise()
        if exercise is not None:
            self._pain[exercise] = value
        elif self._last_recorded is not None and self.session_id is not None:
            exercise = self._last_recorded
            self._recorder.set_item_pain(self.session_id, exercise, value)
        return exercise

    def continue_with(self, routine: Routine, timeline: Timeline, start_index: int) -> None:
        """Go on with ``routine`` (the rest of it changed, for example to an exercise's easier
        form) from ``start_index``; what was done so far stays counted."""
        state = self.state
        if state is None or not self.is_active():
            return
        done, partial, skipped = summarise(self.timeline, state.results)
        begun = self._record_in_hand(state)
        if begun is not None and begun not in done and begun not in partial:
            partial.append(begun)
        self._carried = (self._carried[0] + done, self._carried[1] + partial,
                         self._carried[2] + skipped)
        self._carried_active_s += state.active_s
        self.routine = routine
        self._kept_in_hand = None  # the old player's segments end with it
        self.player = Player(timeline, self._clock, start_index)
        self.state = None
        self.player.start()

    def set_pain_before(self, value: int | None) -> None:
        self.pain_before = value
        if self.session_id is not None:
            self._recorder.set_pain_before(self.session_id, value)

    def save_after(self, pain_after: int | None, note: str) -> None:
        """The summary's optional pain rating and note, saved to the ended session."""
        if self.session_id is not None:
            self._recorder.update_session(self.session_id, note=note, pain_after=pain_after)
