"""The routine player. Its state at any time is a pure function of the clock and the controls.

The player holds no counters. It stores the control events (start, pause, resume, skip, back,
restart-step, stop) with their monotonic times, and replays them to answer "where are we at
time t?". A missed or late timer tick therefore never shifts the count, and tests drive it
with a fake clock.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from pilates_desktop.core.clock import Clock
from pilates_desktop.core.timeline import Segment, SegmentKind, Timeline

SLEEP_TOLERANCE_S = 2.0


class Control(StrEnum):
    START = "start"
    PAUSE = "pause"
    RESUME = "resume"
    SKIP = "skip"
    BACK = "back"
    RESTART = "restart"
    STOP = "stop"


class BreathPhase(StrEnum):
    IN = "in"
    OUT = "out"
    HOLD = "hold"
    NONE = "none"


class Outcome(StrEnum):
    DONE = "done"
    SKIPPED = "skipped"
    PARTIAL = "partial"


@dataclass(frozen=True, slots=True)
class ControlEvent:
    control: Control
    at: float
    reason: str = ""


@dataclass(frozen=True, slots=True)
class SegmentResult:
    """A segment the user left, in the order it happened (a segment can appear twice)."""

    index: int
    done_s: float
    reps_done: int
    outcome: Outcome


@dataclass(frozen=True, slots=True)
class PlayerState:
    index: int  # current segment; == len(segments) when finished
    segment: Segment | None
    seg_elapsed_s: float
    seg_remaining_s: float
    position_s: float  # where in the routine we are, 0..total
    remaining_s: float  # routine time left
    active_s: float  # time actually practised: never decreases
    running: bool
    started: bool
    finished: bool
    stopped: bool
    pause_reason: str
    rep: int | None  # 1-based, in WORK segments
    rep_progress: float  # 0..1 within the current rep
    breath: int | None  # 1-based breath number in breath-led segments
    phase: BreathPhase
    phase_progress: float  # 0..1 within the current breath phase
    pump: int | None  # 1-based pump number in PUMPS segments
    results: tuple[SegmentResult, ...]

    @property
    def countdown(self) -> int:
        """The whole seconds shown on the big countdown (rounded up, as clocks do)."""
        return max(0, math.ceil(self.seg_remaining_s - 1e-9))


class EventKind(StrEnum):
    SEGMENT_START = "segment_start"
    REP = "rep"
    BREATH_PHASE = "breath_phase"
    PUMP = "pump"
    LAST_SECONDS = "last_seconds"
    PAUSED = "paused"
    RESUMED = "resumed"
    SEGMENT_END = "segment_end"
    FINISHED = "finished"
    STOPPED = "stopped"


@dataclass(frozen=True, slots=True)
class PlayerEvent:
    kind: EventKind
    index: int
    value: int | None = None  # rep, breath, pump or seconds left
    phase: BreathPhase | None = None
    reason: str = ""
    result: SegmentResult | None = None


@dataclass
class _Replay:
    index: int = 0
    seg_elapsed: float = 0.0
    active: float = 0.0
    running: bool = False
    started: bool = False
    stopped: bool = False
    reason: str = ""
    results: list[SegmentResult] = field(default_factory=list)


class Player:
    def __init__(self, timeline: Timeline, clock: Clock, start_index: int = 0) -> None:
        self.timeline = timeline
        self.clock: Clock = clock
        self._segments = timeline.segments
        self._starts = timeline.starts()
        self._total = timeline.total_s
        self._start_index = min(start_index, len(self._segments))
        self._events: list[ControlEvent] = []
        self._last_poll: tuple[float, float] | None = None
        self._last_state: PlayerState | None = None
        self._listeners: list[Callable[[PlayerEvent], None]] = []
        self._cache: tuple[float, int, _Replay] | None = None

    # --- controls --------------------------------------------------------------------------

    @property
    def events(self) -> tuple[ControlEvent, ...]:
        return tuple(self._events)

    def _add(self, control: Control, reason: str = "", at: float | None = None) -> None:
        now = self.clock.monotonic() if at is None else at
        if self._events:
            now = max(now, self._events[-1].at)  # keep the history ordered
        self._events.append(ControlEvent(control, now, reason))

    def start(self) -> None:
        if not self._events:
            self._add(Control.START)

    def pause(self, reason: str = "") -> None:
        state = self.state()
        if state.running:
            self._add(Control.PAUSE, reason)

    def resume(self) -> None:
        state = self.state()
        if state.started and not state.running and not state.finished and not state.stopped:
            self._add(Control.RESUME)

    def toggle_pause(self) -> None:
        if self.state().running:
            self.pause()
        else:
            self.resume()

    def skip(self) -> None:
        if self._live():
            self._add(Control.SKIP)

    def back(self) -> None:
        if self._live():
            self._add(Control.BACK)

    def restart_step(self) -> None:
        if self._live():
            self._add(Control.RESTART)

    def stop(self, reason: str = "") -> None:
        if self._events and not self.state().stopped:
            self._add(Control.STOP, reason)

    def _live(self) -> bool:
        state = self.state()
        return state.started and not state.finished and not state.stopped

    # --- state -------------------------------------------------------------------------------

    def state(self) -> PlayerState:
        return self.state_at(self.clock.monotonic())

    def state_at(self, t: float) -> PlayerState:
        # Replaying from the first event gives the answer; resuming from the last answer gives
        # the same one faster when time only moved forward and no earlier event was added.
        cached = self._cache
        if cached is not None and t >= cached[0] and all(
            ev.at >= cached[0] for ev in self._events[cached[1]:]
        ):
            last, consumed, base = cached
            r = _Replay(base.index, base.seg_elapsed, base.active, base.running, base.started,
                        base.stopped, base.reason, list(base.results))
        else:
            last, consumed, r = t, 0, _Replay(index=self._start_index)
            if self._events:
                last = self._events[0].at
        for ev in self._events[consumed:]:
            if ev.at > t:
                break
            if r.running:
                self._advance(r, ev.at - last)
            last = ev.at
            consumed += 1
            self._apply(r, ev)
        if r.running:
            self._advance(r, t - last)
        self._cache = (max(t, last), consumed, r)
        return self._snapshot(r)

    def _advance(self, r: _Replay, dt: float) -> None:
        n = len(self._segments)
        while dt > 0 and r.index < n:
            remaining = self._segments[r.index].duration_s - r.seg_elapsed
            if dt >= remaining:
                dt -= remaining
                r.active += remaining
                r.seg_elapsed += remaining
                self._leave(r, Outcome.DONE)
            else:
                r.seg_elapsed += dt
                r.active += dt
                dt = 0
        if r.index >= n:
            r.running = False

    def _leave(self, r: _Replay, outcome: Outcome) -> None:
        seg = self._segments[r.index]
        if outcome is not Outcome.DONE and r.seg_elapsed > 0.5:
            outcome = Outcome.PARTIAL
        reps = 0
        if seg.reps and seg.rep_s:
            reps = seg.reps if outcome is Outcome.DONE else min(seg.reps,
                                                                int(r.seg_elapsed // seg.rep_s))
        r.results.append(SegmentResult(r.index, r.seg_elapsed, reps, outcome))
        r.index += 1
        r.seg_elapsed = 0.0

    def _apply(self, r: _Replay, ev: ControlEvent) -> None:
        n = len(self._segments)
        c = ev.control
        if c is Control.START:
            r.started = True
            r.running = r.index < n
        elif c is Control.PAUSE:
            r.running = False
            r.reason = ev.reason
        elif c is Control.RESUME:
            r.running = r.index < n
            r.reason = ""
        elif c is Control.SKIP and r.index < n:
            self._leave(r, Outcome.SKIPPED)
            if r.index >= n:
                r.running = False
        elif c is Control.BACK:
            if r.index < n and r.seg_elapsed > 0:
                self._leave(r, Outcome.PARTIAL)
                r.index -= 1
            r.index = max(0, r.index - 1)
            r.seg_elapsed = 0.0
        elif c is Control.RESTART:
            if r.index < n and r.seg_elapsed > 0:
                self._leave(r, Outcome.PARTIAL)
                r.index -= 1
            r.seg_elapsed = 0.0
        elif c is Control.STOP:
            if r.index < n and r.seg_elapsed > 0:
                self._leave(r, Outcome.PARTIAL)
            r.running = False
            r.stopped = True
            r.reason = ev.reason

    def _snapshot(self, r: _Replay) -> PlayerState:
        n = len(self._segments)
        finished = r.index >= n
        seg = None if finished or r.stopped else self._segments[r.index]
        elapsed = r.seg_elapsed if seg else 0.0
        seg_remaining = (seg.duration_s - elapsed) if seg else 0.0
        position = (self._starts[r.index] + elapsed) if seg else self._total
        rep = breath = pump = None
        rep_progress = phase_progress = 0.0
        phase = BreathPhase.NONE
        if seg is not None:
            if seg.kind is SegmentKind.WORK and seg.reps and seg.rep_s:
                raw = elapsed / seg.rep_s
                rep = min(seg.reps, int(raw) + 1)
                rep_progress = min(1.0, raw - (rep - 1))
            if seg.breath_led:
                breath, phase, phase_progress = self._breath(seg, elapsed)
            elif seg.kind is SegmentKind.HOLD:
                phase = BreathPhase.HOLD
                phase_progress = elapsed / seg.duration_s if seg.duration_s else 0.0
            if seg.kind is SegmentKind.PUMPS and breath is not None and seg.pumps_per_phase:
                ppp = seg.pumps_per_phase
                in_phase = min(ppp - 1, int(phase_progress * ppp))
                offset = 0 if phase is BreathPhase.IN else ppp
                pump = min(seg.pumps or 0, (breath - 1) * 2 * ppp + offset + in_phase + 1)
        return PlayerState(
            index=r.index,
            segment=seg,
            seg_elapsed_s=elapsed,
            seg_remaining_s=seg_remaining,
            position_s=position,
            remaining_s=max(0.0, self._total - position),
            active_s=r.active,
            running=r.running,
            started=r.started,
            finished=finished and r.started and not r.stopped,
            stopped=r.stopped,
            pause_reason=r.reason,
            rep=rep,
            rep_progress=rep_progress,
            breath=breath,
            phase=phase,
            phase_progress=phase_progress,
            pump=pump,
            results=tuple(r.results),
        )

    def _breath(self, seg: Segment, elapsed: float) -> tuple[int, BreathPhase, float]:
        pace = self.timeline.pace
        cycle = pace.breath_s
        breaths = seg.breaths or max(1, round(seg.duration_s / cycle))
        number = min(breaths, int(elapsed // cycle) + 1)
        within = elapsed - (number - 1) * cycle
        # Each breath starts on the one the exercise's main step names (issue 14: the ring
        # said "in" while the Standing Roll-Down's card said "breathe out as you roll down").
        first, second = (BreathPhase.OUT, BreathPhase.IN) if seg.exhale_first else (
            BreathPhase.IN, BreathPhase.OUT)
        first_s, second_s = (pace.exhale_s, pace.inhale_s) if seg.exhale_first else (
            pace.inhale_s, pace.exhale_s)
        if within < first_s:
            return number, first, within / first_s
        return number, second, min(1.0, (within - first_s) / second_s)

    # --- polling -----------------------------------------------------------------------------

    def poll(self) -> list[PlayerEvent]:
        """Advance to now and return what happened since the last poll.

        If the wall clock jumped against the monotonic clock (the machine slept), the player
        pauses itself at the last poll, so the user loses no part of the session.
        """
        mono, wall = self.clock.monotonic(), self.clock.wall()
        if self._last_poll is not None:
            last_m, last_w = self._last_poll
            if abs((wall - last_w) - (mono - last_m)) > SLEEP_TOLERANCE_S and self.state_at(
                last_m
            ).running:
                self._add(Control.PAUSE, "sleep", at=last_m)
        self._last_poll = (mono, wall)
        state = self.state_at(mono)
        events = _diff(self._last_state, state)
        self._last_state = state
        for ev in events:
            for listener in self._listeners:
                listener(ev)
        return events

    def subscribe(self, listener: Callable[[PlayerEvent], None]) -> None:
        self._listeners.append(listener)

    def next_change_in(self) -> float | None:
        """Seconds until the next visible change, so a UI timer can sleep exactly that long."""
        state = self.state()
        if not state.running or state.segment is None:
            return None
        return min(0.1, state.seg_remaining_s)


def _diff(old: PlayerState | None, new: PlayerState) -> list[PlayerEvent]:
    out: list[PlayerEvent] = []
    if old is None:
        old_results = 0
        old_index = -1
        old_running = False
    else:
        old_results = len(old.results)
        old_index = old.index
        old_running = old.running
    for result in new.results[old_results:]:
        out.append(PlayerEvent(EventKind.SEGMENT_END, result.index, result=result))
    if new.stopped and not (old and old.stopped):
        out.append(PlayerEvent(EventKind.STOPPED, new.index, reason=new.pause_reason))
        return out
    if new.finished and not (old and old.finished):
        out.append(PlayerEvent(EventKind.FINISHED, new.index))
        return out
    if new.segment is None:
        return out
    seg_changed = new.index != old_index or len(new.results) != old_results
    if seg_changed and new.started:
        out.append(PlayerEvent(EventKind.SEGMENT_START, new.index))
    if old is not None and old_running != new.running and new.started:
        kind = EventKind.RESUMED if new.running else EventKind.PAUSED
        out.append(PlayerEvent(kind, new.index, reason=new.pause_reason))
    if not new.started:
        return out
    if new.rep is not None and (seg_changed or old is None or old.rep != new.rep):
        out.append(PlayerEvent(EventKind.REP, new.index, value=new.rep))
    if new.phase not in (BreathPhase.NONE,) and (
        seg_changed or old is None or old.phase != new.phase or old.breath != new.breath
    ):
        out.append(PlayerEvent(EventKind.BREATH_PHASE, new.index, value=new.breath,
                               phase=new.phase))
    if new.pump is not None and (seg_changed or old is None or old.pump != new.pump):
        out.append(PlayerEvent(EventKind.PUMP, new.index, value=new.pump))
    secs = new.countdown
    if 1 <= secs <= 3 and (seg_changed or old is None or old.countdown != secs):
        out.append(PlayerEvent(EventKind.LAST_SECONDS, new.index, value=secs))
    return out
