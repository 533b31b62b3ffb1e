"""The running session in a Qt app: drives a ``core.session.Session`` on a precise timer and
turns what happens into signals.

Why it is built this way:

* The rules (what is written when, what ends a session, what "it hurts" keeps) are in
  ``core/session.py``; this controller keeps time and tells the front ends. Every tick it polls
  the session and turns the player's events into signals, so a late tick never shifts a count.
* The timer runs only while the session runs. Paused, idle or finished: no timer ticks, so a
  paused session costs no CPU. The interval is one frame, shortened so that the tick lands on
  the next visible boundary (a second, a breath phase, a pump), which keeps cues on time.
* The clock is injected: tests pass ``core.clock.FakeClock`` and call ``tick()`` themselves.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from pilates_desktop.core.clock import Clock
from pilates_desktop.core.history.model import SessionStatus
from pilates_desktop.core.player import EventKind, Player, PlayerEvent, PlayerState
from pilates_desktop.core.routines import Routine
from pilates_desktop.core.session import (
    PRACTICE_KINDS,
    Recorder,
    Session,
    SessionSummary,
    next_boundary_s,
    summarise,
)
from pilates_desktop.core.timeline import Timeline

__all__ = ["FRAME_MS", "PRACTICE_KINDS", "SessionController", "SessionSummary",
           "next_boundary_s", "summarise"]

FRAME_MS = 15  # about 66 frames a second: smooth rings, and never more than a frame late


class SessionController(QObject):
    """Drives one Session at a time and turns its events into signals."""

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
    hurt = Signal(str)  # the exercise a session ended on with "it hurts" (before ``ended``)
    ended = Signal(object)  # SessionSummary: finished, stopped or pain
    message = Signal(str)  # a one-line status-bar message

    def __init__(self, history: Recorder, clock: Clock,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._history = history
        self._clock = clock
        self._session: Session | None = None
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.tick)

    # --- queries -------------------------------------------------------------------------

    @property
    def player(self) -> Player | None:
        return self._session.player if self._session else None

    @property
    def timeline(self) -> Timeline | None:
        return self._session.timeline if self._session else None

    @property
    def routine(self) -> Routine | None:
        return self._session.routine if self._session else None

    @property
    def session_id(self) -> str | None:
        return self._session.session_id if self._session else None

    @property
    def timer_active(self) -> bool:
        return self._timer.isActive()

    def is_active(self) -> bool:
        """A session is loaded and not yet ended (it may be paused)."""
        return self._session is not None and self._session.is_active()

    def is_running(self) -> bool:
        return self._session is not None and self._session.is_running()

    def state(self) -> PlayerState | None:
        return self._session.state if self._session else None

    def current_exercise(self) -> str | None:
        """The exercise being practised now (None in a get-ready, a rest or a switch)."""
        return self._session.current_exercise() if self._session else None

    # --- controls ------------------------------------------------------------------------

    def start(self, routine: Routine, timeline: Timeline, start_index: int = 0,
              pain_before: int | None = None) -> None:
        """Begin a session; ``pain_before`` is the answer given as part of starting it."""
        if self.is_active():
            self.stop()
        self._session = Session(self._history, self._clock, routine, timeline, start_index)
        self._session.begin(pain_before)
        self.started.emit()
        self.tick()

    def _active(self) -> Session | None:
        return self._session if self._session is not None and self._session.is_active() \
            else None

    def toggle_pause(self) -> None:
        if (s := self._active()) is not None:
            s.player.toggle_pause()
            self.tick()

    def pause(self, reason: str = "") -> None:
        if (s := self._active()) is not None and s.is_running():
            s.player.pause(reason)
            self.tick()

    def resume(self) -> None:
        if (s := self._active()) is not None and not s.is_running():
            s.player.resume()
            self.tick()

    def skip(self) -> None:
        if (s := self._active()) is not None:
            s.player.skip()
            self.tick()

    def back(self) -> None:
        if (s := self._active()) is not None:
            s.player.back()
            self.tick()

    def restart_step(self) -> None:
        if (s := self._active()) is not None:
            s.player.restart_step()
            self.tick()

    def stop(self) -> None:
        """The user stopped early (after confirming)."""
        if (s := self._active()) is not None:
            s.stop()
            self.tick()

    def stop_hurts(self) -> str | None:
        """End at once because something hurt; returns the exercise that hurt."""
        if (s := self._active()) is None:
            return None
        exercise = s.stop_hurts()
        self.tick()
        return exercise

    def rate_exercise(self, value: int) -> str | None:
        """Pain 0-10 for the exercise in hand, or, between exercises, for the one just done.
        Returns the exercise rated (None when there is none yet)."""
        return self._session.rate_exercise(value) if self._session is not None else None

    def skip_exercise(self) -> None:
        """Leave out the rest of the exercise in hand (every side and set still to come)."""
        s = self._active()
        item = s.item_in_hand() if s is not None else None
        while s is not None and item is not None and s.item_in_hand() == item:
            s.player.skip()
            self.tick()

    def continue_with(self, routine: Routine, timeline: Timeline, start_index: int) -> None:
        """Go on in the same session with ``routine`` (the rest of it changed, for example to
        an exercise's easier form) from ``start_index``; what was done so far stays counted."""
        if (s := self._active()) is not None:
            s.continue_with(routine, timeline, start_index)
            self.tick()

    def set_pain_before(self, value: int | None) -> None:
        if self._session is not None:
            self._session.set_pain_before(value)

    def save_after(self, pain_after: int | None, note: str) -> None:
        """The summary dialog's optional pain rating and note, saved to the ended session."""
        if self._session is not None:
            self._session.save_after(pain_after, note)

    # --- the tick ------------------------------------------------------------------------

    def tick(self) -> None:
        session = self._session
        if session is None:
            return
        began = self._clock.monotonic()
        was_running = session.state.running if session.state else False
        events, state = session.poll()
        for ev in events:
            self._dispatch(session, ev)
        self.state_changed.emit(state)
        if state.running != was_running:
            self.running_changed.emit(state.running)
        self._schedule(state, (self._clock.monotonic() - began) * 1000)

    def _schedule(self, state: PlayerState, spent_ms: float = 0.0) -> None:
        """Next tick one frame after this one began (the work of this tick included), or
        sooner if a visible boundary comes first."""
        if not state.running or self._session is None:
            self._timer.stop()
            return
        boundary = next_boundary_s(state, self._session.timeline)
        interval = FRAME_MS - spent_ms
        if boundary is not None:
            interval = min(interval, boundary * 1000 - spent_ms)
        self._timer.start(max(1, math.ceil(interval)))

    def _dispatch(self, session: Session, ev: PlayerEvent) -> None:
        kind = ev.kind
        if kind is EventKind.SEGMENT_END and ev.result is not None:
            if session.is_recorded(ev.result):
                self.segment_recorded.emit(ev.result)
        elif kind is EventKind.SEGMENT_START:
            self.segment_started.emit(ev.index, session.timeline.segments[ev.index])
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
        elif kind in (EventKind.FINISHED, EventKind.STOPPED) and session.summary is not None:
            self._timer.stop()
            summary = session.summary
            if summary.status is SessionStatus.PAIN and summary.hurt_exercise:
                self.hurt.emit(summary.hurt_exercise)
            self.ended.emit(summary)

