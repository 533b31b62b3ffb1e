"""The running session: owns the Player, polls it on a precise timer, records what happens.

Why it is built this way:

* The player is a pure function of the clock and the controls, so this controller holds no
  counters either: every tick it asks the player for its state and turns the differences into
  Qt signals. A late tick therefore never shifts the count.
* The timer runs only while the session runs. Paused, idle or finished: no timer ticks, so a
  paused session costs no CPU. The interval is one frame, shortened so that the tick lands on
  the next visible boundary (a second, a breath phase, a pump), which keeps cues on time.
* Each practice segment that ends (done, skipped or partial) is written to the history at
  once, so a crash loses at most the segment in progress.
* The clock is injected: tests pass ``core.clock.FakeClock`` and call ``tick()`` themselves.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from pilates_desktop.core.clock import Clock
from pilates_desktop.core.history import ItemStatus, SessionStatus
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

FRAME_MS = 15  # about 66 frames a second: smooth rings, and never more than a frame late
PRACTICE_KINDS = (SegmentKind.WORK, SegmentKind.HOLD, SegmentKind.PUMPS)


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


class SessionController(QObject):
    """Drives one Player at a time and turns its events into signals."""

    started = Signal()
    state_changed = Signal(object)  # PlayerState, once per tick while it runs and on controls
    segment_started = Signal(int, object)  # index, Segment
    rep_changed = Signal(int)
    breath_phase_changed = Signal(int, str)  # breath number, "in"/"out"/"hold"
    pump_changed = Signal(int)
    last_seconds = Signal(int)  # 3, 2, 1
    paused = Signal(str)  # reason: "" (the user), "sleep", "confirm"
    resumed = Signal()
    running_changed = Signal(bool)
    segment_recorded = Signal(object)  # SegmentResult written to history
    ended = Signal(object)  # SessionSummary: finished, stopped or pain
    message = Signal(str)  # a one-line status-bar message

    def __init__(self, history: Any, clock: Clock,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._history = history
        self._clock = clock
        self._player: Player | None = None
        self._routine: Routine | None = None
        self._session_id: str | None = None
        self._pain_before: int | None = None
        self._hurt: str | None = None
        self._last_state: PlayerState | None = None
        # Pain rated for the exercise in hand, written with its next recorded segment; and
        # what was done before the rest of the routine was swapped for an easier form.
        self._pain: dict[str, int] = {}
        self._last_recorded: str | None = None
        self._carried: tuple[list[str], list[str], list[str]] = ([], [], [])
        self._carried_active_s = 0.0
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.tick)

    # --- queries -------------------------------------------------------------------------

    @property
    def player(self) -> Player | None:
        return self._player

    @property
    def timeline(self) -> Timeline | None:
        return self._player.timeline if self._player else None

    @property
    def routine(self) -> Routine | None:
        return self._routine

    @property
    def session_id(self) -> str | None:
        return self._session_id

    @property
    def timer_active(self) -> bool:
        return self._timer.isActive()

    def is_active(self) -> bool:
        """A session is loaded and not yet ended (it may be paused)."""
        return self._player is not None and self._last_state is not None and not (
            self._last_state.finished or self._last_state.stopped)

    def is_running(self) -> bool:
        return self.is_active() and self._last_state is not None and self._last_state.running

    def state(self) -> PlayerState | None:
        return self._last_state

    # --- controls ------------------------------------------------------------------------

    def start(self, routine: Routine, timeline: Timeline, start_index: int = 0,
              pain_before: int | None = None) -> None:
        """Begin a session; ``pain_before`` is the answer given as part of starting it."""
        if self.is_active():
            self.stop()
        self._routine = routine
        self._player = Player(timeline, self._clock, start_index)
        self._pain_before = None
        self._hurt = None
        self._last_state = None
        self._pain, self._last_recorded = {}, None
        self._carried, self._carried_active_s = ([], [], []), 0.0
        planned = timeline.total_s - timeline.starts()[start_index] if (
            start_index < len(timeline.segments)) else 0.0
        self._session_id = self._history.begin_session(routine.id, routine.name, int(planned))
        if pain_before is not None:
            self.set_pain_before(pain_before)
        self._player.start()
        self.started.emit()
        self.tick()

    def toggle_pause(self) -> None:
        if self._player is None or not self.is_active():
            return
        self._player.toggle_pause()
        self.tick()

    def pause(self, reason: str = "") -> None:
        if self._player is not None and self.is_running():
            self._player.pause(reason)
            self.tick()

    def resume(self) -> None:
        if self._player is not None and self.is_active() and not self.is_running():
            self._player.resume()
            self.tick()

    def skip(self) -> None:
        if self._player is not None and self.is_active():
            self._player.skip()
            self.tick()

    def back(self) -> None:
        if self._player is not None and self.is_active():
            self._player.back()
            self.tick()

    def restart_step(self) -> None:
        if self._player is not None and self.is_active():
            self._player.restart_step()
            self.tick()

    def stop(self) -> None:
        """The user stopped early (after confirming)."""
        if self._player is not None and self.is_active():
            self._player.stop("user")
            self.tick()

    def stop_hurts(self) -> str | None:
        """End at once because something hurt; returns the exercise that hurt."""
        if self._player is None or not self.is_active() or self._last_state is None:
            return None
        seg = self._last_state.segment
        self._hurt = seg.exercise if seg is not None else None
        if seg is not None and seg.exercise in self._pain:  # rated above 5: keep the rating
            self._record_in_hand(self._last_state)
        self._player.stop("pain")
        self.tick()
        return self._hurt

    def current_exercise(self) -> str | None:
        """The exercise being practised now (None in a get-ready, a rest or a switch)."""
        seg = self._last_state.segment if self._last_state is not None else None
        return seg.exercise if seg is not None and seg.kind in PRACTICE_KINDS else None

    def rate_exercise(self, value: int) -> str | None:
        """Pain 0-10 for the exercise in hand, or, between exercises, for the one just done.
        Returns the exercise rated (None when there is none yet)."""
        exercise = self.current_exercise()
        if exercise is not None:
            self._pain[exercise] = value
        elif self._last_recorded is not None and self._session_id is not None:
            exercise = self._last_recorded
            self._history.set_item_pain(self._session_id, exercise, value)
        return exercise

    def skip_exercise(self) -> None:
        """Leave out the rest of the exercise in hand (every side and set still to come)."""
        player, state = self._player, self._last_state
        if player is None or state is None or state.segment is None or not self.is_active():
            return
        item = state.segment.item_index
        while (state.segment is not None and state.segment.item_index == item
               and not (state.finished or state.stopped)):
            player.skip()
            self.tick()
            state = self._last_state
            if state is None:
                return

    def continue_with(self, routine: Routine, timeline: Timeline, start_index: int) -> None:
        """Go on in the same session with ``routine`` (the rest of it changed, for example to
        an exercise's easier form) from ``start_index``; what was done so far stays counted."""
        player, state = self._player, self._last_state
        if player is None or state is None or not self.is_active():
            return
        done, partial, skipped = summarise(player.timeline, state.results)
        begun = self._record_in_hand(state)
        if begun is not None and begun not in done and begun not in partial:
            partial.append(begun)
        self._carried = (self._carried[0] + done, self._carried[1] + partial,
                         self._carried[2] + skipped)
        self._carried_active_s += state.active_s
        self._routine = routine
        self._player = Player(timeline, self._clock, start_index)
        self._last_state = None
        self._player.start()
        self.tick()

    def _record_in_hand(self, state: PlayerState) -> str | None:
        """The practice segment in hand stops here: kept as begun, with its rating."""
        seg = state.segment
        if seg is None or seg.kind not in PRACTICE_KINDS or self._session_id is None:
            return None
        reps = max(0, (state.rep or 1) - 1) if seg.reps else None
        self._history.add_item(
            self._session_id, seg.exercise, seg.side or "none", int(round(seg.duration_s)),
            int(round(state.seg_elapsed_s)), reps, ItemStatus.PARTIAL,
            pain=self._pain.pop(seg.exercise, None))
        self._last_recorded = seg.exercise
        return seg.exercise

    def set_pain_before(self, value: int | None) -> None:
        self._pain_before = value
        if self._session_id is not None:
            self._history.set_pain_before(self._session_id, value)

    def save_after(self, pain_after: int | None, note: str) -> None:
        """The summary dialog's optional pain rating and note, saved to the ended session."""
        if self._session_id is not None:
            self._history.update_session(self._session_id, note=note, pain_after=pain_after)

    # --- the tick ------------------------------------------------------------------------

    def tick(self) -> None:
        player = self._player
        if player is None:
            return
        began = self._clock.monotonic()
        events = player.poll()
        state = player.state()
        was_running = self._last_state.running if self._last_state else False
        self._last_state = state
        for ev in events:
            self._dispatch(ev, state)
        self.state_changed.emit(state)
        if state.running != was_running:
            self.running_changed.emit(state.running)
        self._schedule(state, (self._clock.monotonic() - began) * 1000)

    def _schedule(self, state: PlayerState, spent_ms: float = 0.0) -> None:
        """Next tick one frame after this one began (the work of this tick included), or
        sooner if a visible boundary comes first."""
        if not state.running or self._player is None:
            self._timer.stop()
            return
        boundary = next_boundary_s(state, self._player.timeline)
        interval = FRAME_MS - spent_ms
        if boundary is not None:
            interval = min(interval, boundary * 1000 - spent_ms)
        self._timer.start(max(1, math.ceil(interval)))

    def _dispatch(self, ev: PlayerEvent, state: PlayerState) -> None:
        assert self._player is not None
        timeline = self._player.timeline
        kind = ev.kind
        if kind is EventKind.SEGMENT_END and ev.result is not None:
            self._record(ev.result)
        elif kind is EventKind.SEGMENT_START:
            self.segment_started.emit(ev.index, timeline.segments[ev.index])
        elif kind is EventKind.REP and ev.value is not None:
            self.rep_changed.emit(ev.value)
        elif kind is EventKind.BREATH_PHASE and ev.phase is not None:
            self.breath_phase_changed.emit(ev.value or 0, ev.phase.value)
        elif kind is EventKind.PUMP and ev.value is not None:
            self.pump_changed.emit(ev.value)
        elif kind is EventKind.LAST_SECONDS and ev.value is not None:
            self.last_seconds.emit(ev.value)
        elif kind is EventKind.PAUSED:
            if ev.reason == "sleep":
                self.message.emit(self.tr(
                    "Paused: the computer went to sleep. Press Space when you are ready."))
            self.paused.emit(ev.reason)
        elif kind is EventKind.RESUMED:
            self.resumed.emit()
        elif kind is EventKind.FINISHED:
            self._end(SessionStatus.FINISHED, state)
        elif kind is EventKind.STOPPED:
            status = SessionStatus.PAIN if ev.reason == "pain" else SessionStatus.STOPPED
            self._end(status, state)

    def _record(self, result: SegmentResult) -> None:
        assert self._player is not None
        seg = self._player.timeline.segments[result.index]
        if seg.kind not in PRACTICE_KINDS or self._session_id is None:
            return
        status = {Outcome.DONE: ItemStatus.DONE, Outcome.SKIPPED: ItemStatus.SKIPPED,
                  Outcome.PARTIAL: ItemStatus.PARTIAL}[result.outcome]
        self._history.add_item(
            self._session_id, seg.exercise, seg.side or "none", int(round(seg.duration_s)),
            int(round(result.done_s)), result.reps_done if seg.reps else None, status,
            pain=self._pain.pop(seg.exercise, None))
        self._last_recorded = seg.exercise
        self.segment_recorded.emit(result)

    def _end(self, status: SessionStatus, state: PlayerState) -> None:
        assert self._player is not None and self._routine is not None
        timeline = self._player.timeline
        done, partial, skipped = summarise(timeline, state.results)
        done, partial, skipped = (self._carried[0] + done, self._carried[1] + partial,
                                  self._carried[2] + skipped)
        active_s = self._carried_active_s + state.active_s
        hurt = self._hurt if status is SessionStatus.PAIN else None
        if self._session_id is not None:
            self._history.finish_session(self._session_id, status, int(round(active_s)),
                                         hurt_exercise=hurt)
        self._timer.stop()
        summary = SessionSummary(
            session_id=self._session_id, routine_id=self._routine.id,
            routine_name=self._routine.name, status=status, active_s=active_s,
            planned_s=timeline.total_s, done=done, skipped=skipped, partial=partial,
            hurt_exercise=hurt,
            pain_before=self._pain_before)
        self.ended.emit(summary)
