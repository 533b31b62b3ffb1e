"""The session controller and the player view, driven through a short routine by a fake clock.

No test waits on real time: the clock moves only when told, and each test calls ``tick()``
itself, exactly as the precise timer would.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pilates_desktop.core.clock import FakeClock
from pilates_desktop.core.durations import format_duration
from pilates_desktop.core.history import HistoryStore, ItemStatus, SessionStatus
from pilates_desktop.core.player import BreathPhase
from pilates_desktop.core.routines import Item, Routine
from pilates_desktop.core.timeline import Pace, SegmentKind, compile_timeline
from pilates_desktop.services.session import SessionController, next_boundary_s
from pilates_desktop.ui.player.view import PlayerActions, PlayerView, moment_for

PACE = Pace(get_ready_s=2, rep_s=2.0, inhale_s=2.0, exhale_s=2.0, switch_side_s=2,
            default_rest_s=3)
# 0 get_ready bridge | 1 work bridge 2 reps (4 s) | 2 rest 3 s | 3 get_ready clams (right)
# 4 work clams right | 5 switch_side | 6 work clams left | 7 rest | 8 get_ready hundred
# 9, 10 steps into the curl | 11 pumps 20 (2 breaths, 8 s) | 12 the step down to rest
PUMPS = 11
ROUTINE = Routine("short", "Short test routine", (
    Item("glute-bridge", reps=2), Item("clams", reps=1), Item("the-hundred", pumps=20)))


@pytest.fixture
def history(tmp_path: Path):  # type: ignore[no-untyped-def]
    store = HistoryStore.open(tmp_path / "h.sqlite3", backups_dir=tmp_path / "b").store
    yield store
    store.close()


@pytest.fixture
def rig(qtbot, library, history):  # type: ignore[no-untyped-def]
    clock = FakeClock()
    controller = SessionController(history, clock)
    timeline = compile_timeline(ROUTINE, library, PACE)
    starts: list[tuple[int, SegmentKind]] = []
    controller.segment_started.connect(lambda i, seg: starts.append((i, seg.kind)))
    ended: list[object] = []
    controller.ended.connect(ended.append)

    class Rig:
        pass

    r = Rig()
    r.clock, r.controller, r.timeline, r.starts, r.ended = (clock, controller, timeline,
                                                             starts, ended)
    r.history = history

    def run(seconds: float, step: float = 0.1) -> None:
        n = int(round(seconds / step))
        for _ in range(n):
            clock.advance(step)
            controller.tick()

    r.run = run
    yield r
    controller._timer.stop()


def _session(history: HistoryStore, rig) -> object:  # type: ignore[no-untyped-def]
    record = history.session(rig.controller.session_id)
    assert record is not None
    return record


def test_whole_routine_runs_to_the_end_and_records_each_segment(rig) -> None:
    rig.controller.start(ROUTINE, rig.timeline)
    assert rig.controller.timer_active
    rig.run(rig.timeline.total_s + 1)
    assert [i for i, _ in rig.starts] == list(range(len(rig.timeline.segments)))
    assert len(rig.ended) == 1
    summary = rig.ended[0]
    assert summary.status is SessionStatus.FINISHED
    assert summary.done == ["glute-bridge", "clams", "the-hundred"]
    assert summary.skipped == []
    assert summary.active_s == pytest.approx(rig.timeline.total_s)
    assert not rig.controller.timer_active
    record = _session(rig.history, rig)
    assert record.status is SessionStatus.FINISHED
    # practice segments only: bridge, clams right, clams left, the Hundred
    assert [(i.exercise, i.side, i.status) for i in record.items] == [
        ("glute-bridge", "none", ItemStatus.DONE), ("clams", "right", ItemStatus.DONE),
        ("clams", "left", ItemStatus.DONE), ("the-hundred", "none", ItemStatus.DONE)]
    assert record.items[0].reps_done == 2
    assert record.active_s == round(rig.timeline.total_s)


def test_each_segment_is_written_as_it_happens(rig) -> None:
    rig.controller.start(ROUTINE, rig.timeline)
    rig.run(2.0 + 4.0 + 0.2)  # get ready, the bridge, into the rest
    items = rig.history._conn.execute(
        "SELECT exercise, status FROM items WHERE session_id = ?",
        (rig.controller.session_id,)).fetchall()
    assert items == [("glute-bridge", "done")]


def test_no_timer_ticks_while_paused(rig) -> None:
    rig.controller.start(ROUTINE, rig.timeline)
    rig.run(1.0)
    rig.controller.toggle_pause()
    assert not rig.controller.is_running()
    assert not rig.controller.timer_active
    frozen = rig.controller.state().seg_remaining_s
    rig.clock.advance(30)
    rig.controller.tick()
    assert rig.controller.state().seg_remaining_s == pytest.approx(frozen)
    assert not rig.controller.timer_active
    rig.controller.toggle_pause()
    assert rig.controller.timer_active
    rig.run(0.5)
    assert rig.controller.state().seg_remaining_s == pytest.approx(frozen - 0.5)


def test_skip_back_and_restart(rig) -> None:
    c = rig.controller
    c.start(ROUTINE, rig.timeline)
    c.skip()
    assert c.state().index == 1 and c.state().segment.kind is SegmentKind.WORK
    rig.run(1.0)
    c.restart_step()
    assert c.state().index == 1
    assert c.state().seg_elapsed_s == pytest.approx(0.0)
    rig.run(0.5)
    c.back()
    assert c.state().index == 0
    c.skip()
    c.skip()  # skip the bridge itself
    assert c.state().index == 2
    rows = rig.history._conn.execute(
        "SELECT exercise, status, done_s FROM items WHERE session_id = ? ORDER BY seq",
        (c.session_id,)).fetchall()
    # restart and back leave partial records; the last skip is recorded as skipped
    assert [r[1] for r in rows] == ["partial", "partial", "skipped"]


def test_stop_ends_the_session_as_stopped(rig) -> None:
    c = rig.controller
    c.start(ROUTINE, rig.timeline)
    rig.run(3.0)  # 1 s into the bridge
    c.stop()
    assert rig.ended and rig.ended[0].status is SessionStatus.STOPPED
    assert not c.is_active() and not c.timer_active
    record = _session(rig.history, rig)
    assert record.status is SessionStatus.STOPPED
    assert [i.status for i in record.items] == [ItemStatus.PARTIAL]
    c.skip()  # controls after the end do nothing
    assert len(rig.ended) == 1


def test_stop_it_hurts_records_the_exercise(rig) -> None:
    c = rig.controller
    c.start(ROUTINE, rig.timeline)
    rig.run(3.0)
    assert c.stop_hurts() == "glute-bridge"
    summary = rig.ended[0]
    assert summary.status is SessionStatus.PAIN
    assert summary.hurt_exercise == "glute-bridge"
    record = _session(rig.history, rig)
    assert record.status is SessionStatus.PAIN
    assert record.hurt_exercise == "glute-bridge"


def test_the_hundred_counts_pumps_against_the_breath(rig) -> None:
    c = rig.controller
    assert rig.timeline.segments[PUMPS].kind is SegmentKind.PUMPS
    pumps: list[tuple[int, str]] = []
    phase_now = {"phase": ""}
    c.breath_phase_changed.connect(lambda b, ph: phase_now.update(phase=ph))
    c.pump_changed.connect(lambda n: pumps.append((n, phase_now["phase"])))
    c.start(ROUTINE, rig.timeline, PUMPS)
    rig.run(8.0 + 0.2, step=0.05)
    numbers = [n for n, _ in pumps]
    assert numbers == list(range(1, 21))  # every pump once, in order, none missed
    by_number = dict(pumps)
    assert all(by_number[n] == "in" for n in range(1, 6))
    assert by_number[6] == "out"  # pump 6 is the first exhale pump
    assert all(by_number[n] == "out" for n in range(6, 11))
    assert by_number[11] == "in"


def test_pump_six_is_the_first_exhale_pump_in_the_state(rig) -> None:
    c = rig.controller
    c.start(ROUTINE, rig.timeline, PUMPS)
    rig.run(1.95, step=0.05)
    s = c.state()
    assert (s.pump, s.phase) == (5, BreathPhase.IN)
    rig.run(0.1, step=0.05)
    s = c.state()
    assert (s.pump, s.phase, s.breath) == (6, BreathPhase.OUT, 1)


def test_boundaries_keep_ticks_on_time(rig, library) -> None:
    c = rig.controller
    c.start(ROUTINE, rig.timeline, PUMPS)
    rig.run(0.3, step=0.1)  # 0.3 s into the pumps: next pump at 0.4 s
    assert next_boundary_s(c.state(), rig.timeline) == pytest.approx(0.1)


def test_sleep_pauses_the_session_and_says_why(rig) -> None:
    c = rig.controller
    messages: list[str] = []
    c.message.connect(messages.append)
    c.start(ROUTINE, rig.timeline)
    rig.run(1.0)
    rig.clock.sleep_machine(600)
    rig.clock.advance(0.1)
    c.tick()
    assert not c.is_running() and c.is_active()
    assert not c.timer_active
    assert messages and "sleep" in messages[0]
    assert c.state().seg_elapsed_s == pytest.approx(1.0)


def test_pain_before_and_after_are_saved(rig) -> None:
    c = rig.controller
    c.start(ROUTINE, rig.timeline)
    c.set_pain_before(4)
    c.stop()
    c.save_after(2, "felt better")
    record = _session(rig.history, rig)
    assert (record.pain_before, record.pain_after, record.note) == (4, 2, "felt better")


# --- the view ---------------------------------------------------------------------------


@pytest.fixture
def view(qtbot, library, rig):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    host = QWidget()
    actions = PlayerActions(host)
    v = PlayerView(library, actions, rig.clock, host)
    v.resize(1100, 700)
    qtbot.addWidget(host)
    rig.controller.state_changed.connect(v.show_state)
    v.begin(ROUTINE, rig.timeline)
    yield v
    host.close()
    del host


def test_view_shows_get_ready(view, rig) -> None:
    rig.controller.start(ROUTINE, rig.timeline)
    assert view.phase_label.text() == "Get ready"
    assert view.name_label.text() == "Glute Bridge"
    assert view.stack.currentWidget() is view.interlude
    assert view.countdown_label.text() == "2"
    assert view.next_label.text() == "Next: Clams"
    assert not view.countdown_caption.isVisibleTo(view)  # the ring counts the get-ready
    rig.run(2.1)
    assert view.stack.currentWidget() is view.counter
    assert view.meta_label.text() == "Rep 1 of 2"


def test_the_pain_given_as_the_session_starts_reaches_the_history(view, rig, qtbot) -> None:
    rig.controller.start(ROUTINE, rig.timeline, pain_before=3)
    rig.controller.stop()
    assert _session(rig.history, rig).pain_before == 3


def test_view_side_switch(view, rig) -> None:
    rig.controller.start(ROUTINE, rig.timeline, 4)  # clams, right side
    assert "Right side" in view.meta_label.text()
    rig.run(2.05)
    assert rig.controller.state().segment.kind is SegmentKind.SWITCH_SIDE
    assert view.phase_label.text() == "Switch sides"
    assert view.interlude_text.text() == "Turn to your left side."
    rig.run(2.0)
    assert view.meta_label.text().startswith("Left side")
    assert rig.controller.state().segment.side == "left"


def test_view_hundred_mid_count(view, rig) -> None:
    rig.controller.start(ROUTINE, rig.timeline, PUMPS)
    rig.run(2.2, step=0.05)  # pump 6, first exhale
    assert view.counter.count_text() == "6"
    assert view.counter.phase_text() == "Breathe out"
    assert view.counter.detail_text() == "Breath 1 of 2"
    assert view.meta_label.text() == "Pump 6 of 20"


def test_view_progress_and_time_left(view, rig) -> None:
    rig.controller.start(ROUTINE, rig.timeline)
    rig.run(5.0)
    total = rig.timeline.total_s
    assert view.progress.value() == int(1000 * 5.0 / total)
    assert view.time_left_label.text() == f"{format_duration(total - 5.0)} left"
    rig.controller.toggle_pause()
    assert view.paused_label.text() == "Paused"


def test_view_flash_fades(view, rig) -> None:
    from pilates_desktop.ui.player.view import FLASH_S

    rig.controller.start(ROUTINE, rig.timeline)
    view.flash()
    assert view.counter.flash_level() == pytest.approx(1.0)
    rig.clock.advance(FLASH_S / 2)
    rig.controller.tick()  # still getting ready: the countdown ring shows the flash
    assert view.interlude_ring.flash_level() == pytest.approx(0.5)
    rig.clock.advance(FLASH_S)
    rig.controller.tick()
    assert view.interlude_ring.flash_level() == 0.0


def test_motion_follows_reps_and_breath(rig, library) -> None:  # type: ignore[no-untyped-def]
    c = rig.controller

    def shown() -> tuple[int, float]:
        m = moment_for(c.state(), library)
        assert m is not None
        return m.step, m.blend

    c.start(ROUTINE, rig.timeline, 1)  # the bridge: reps of 2 s, lift then lower
    rig.run(0.5)
    assert shown() == (1, pytest.approx(0.5))  # half-way up
    rig.run(0.5)
    assert shown() == (2, pytest.approx(0.0))  # at the top: the lowering step begins
    rig.run(0.5)
    assert shown() == (2, pytest.approx(0.5))  # half-way down
    c.start(ROUTINE, rig.timeline, PUMPS)  # the Hundred: a small beat per pump
    rig.run(0.1)
    assert shown() == (3, pytest.approx(0.5))  # a quarter of a pump (0.4 s each): half up
    rig.run(0.1)
    assert shown() == (3, pytest.approx(1.0, abs=1e-6))  # the top of the beat


def test_view_rest_names_what_comes_after(view, rig) -> None:
    rig.controller.start(ROUTINE, rig.timeline, 2)  # the rest after the bridge
    assert view.phase_label.text() == "Rest"
    assert view.name_label.text() == "Up next: Clams"
    assert view.next_label.text() == "Next: The Hundred"


def test_the_seconds_say_what_they_count(view, rig) -> None:
    """Beside the Hundred's pump count the bare seconds read as a second count (pump 44, then
    a big '45'): under the number the view says they are the seconds left."""
    rig.controller.start(ROUTINE, rig.timeline)
    rig.run(2.1)  # past the get-ready: the exercise itself
    assert view.countdown_label.isVisibleTo(view)
    assert view.countdown_caption.isVisibleTo(view)
    assert view.countdown_caption.text() == "seconds left"
