"""The session lifecycle in core/session.py, without Qt: a real history file, a fake clock.

Begin, record a segment, finish, stop, "it hurts", interrupted: each rule is checked against
what the history file holds afterwards, as the command line would read it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from pilates_desktop.core.clock import FakeClock
from pilates_desktop.core.history import HistoryStore, ItemStatus, SessionStatus
from pilates_desktop.core.library import Library
from pilates_desktop.core.player import EventKind
from pilates_desktop.core.routines import Item, Routine
from pilates_desktop.core.session import Session
from pilates_desktop.core.timeline import Pace, SegmentKind, Timeline, compile_timeline

PACE = Pace(get_ready_s=2, rep_s=2.0, inhale_s=2.0, exhale_s=2.0, switch_side_s=2,
            default_rest_s=3)
ROUTINE = Routine("short", "Short test routine", (
    Item("glute-bridge", reps=2), Item("clams", reps=1), Item("the-hundred", pumps=20)))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    opened = HistoryStore.open(tmp_path / "h.sqlite3", backups_dir=tmp_path / "b")
    yield opened.store
    opened.store.close()


@pytest.fixture
def timeline(library: Library) -> Timeline:
    return compile_timeline(ROUTINE, library, PACE)


def _run(session: Session, clock: FakeClock, seconds: float, step: float = 0.5) -> list[EventKind]:
    kinds: list[EventKind] = []
    for _ in range(int(round(seconds / step))):
        clock.advance(step)
        kinds += [ev.kind for ev in session.poll()[0]]
    return kinds


def _first_work(timeline: Timeline) -> float:
    return timeline.starts()[next(i for i, s in enumerate(timeline.segments)
                                  if s.kind is SegmentKind.WORK)]


def test_a_session_is_in_the_history_before_its_first_segment(store: HistoryStore,
                                                              timeline: Timeline) -> None:
    clock = FakeClock()
    session = Session(store, clock, ROUTINE, timeline)
    session.begin(pain_before=3)
    assert session.session_id is not None
    # Not closed yet: the history lists it as interrupted (what a kill -9 now would leave).
    [record] = store.sessions(include_open=True)
    assert record.status is SessionStatus.INTERRUPTED
    assert record.planned_s == int(timeline.total_s)
    assert record.pain_before == 3 and record.items == ()
    assert store.sessions() == []  # and it is no finished session


def test_starting_later_plans_only_what_is_left(store: HistoryStore, timeline: Timeline) -> None:
    start = timeline.first_segment_of_item(1)
    session = Session(store, FakeClock(), ROUTINE, timeline, start)
    session.begin()
    [record] = store.sessions(include_open=True)
    assert record.planned_s == int(timeline.total_s - timeline.starts()[start])


def test_each_practice_segment_is_written_as_it_ends_and_the_end_closes_it(
        store: HistoryStore, timeline: Timeline) -> None:
    clock = FakeClock()
    session = Session(store, clock, ROUTINE, timeline)
    session.begin()
    session.poll()
    # Through the get-ready and the bridge's two reps: the bridge is written, nothing else.
    _run(session, clock, _first_work(timeline) + 4.5)
    [record] = store.sessions(include_open=True)
    assert [(i.exercise, i.status) for i in record.items] == [("glute-bridge", ItemStatus.DONE)]
    kinds = _run(session, clock, timeline.total_s)
    assert kinds.count(EventKind.FINISHED) == 1
    [record] = store.sessions()
    assert record.status is SessionStatus.FINISHED
    assert [i.exercise for i in record.items] == ["glute-bridge", "clams", "clams",
                                                  "the-hundred"]
    assert session.summary is not None and session.summary.done == [
        "glute-bridge", "clams", "the-hundred"]
    assert not session.is_active()


def test_a_stop_closes_the_session_as_stopped_with_what_was_done(
        store: HistoryStore, timeline: Timeline) -> None:
    clock = FakeClock()
    session = Session(store, clock, ROUTINE, timeline)
    session.begin()
    _run(session, clock, _first_work(timeline) + 1.0)
    session.stop()
    session.poll()
    [record] = store.sessions()
    assert record.status is SessionStatus.STOPPED
    assert [(i.exercise, i.status) for i in record.items] == [
        ("glute-bridge", ItemStatus.PARTIAL)]
    assert session.summary is not None and session.summary.partial == ["glute-bridge"]


def test_it_hurts_names_the_exercise_and_keeps_its_rating(store: HistoryStore,
                                                          timeline: Timeline) -> None:
    clock = FakeClock()
    session = Session(store, clock, ROUTINE, timeline)
    session.begin()
    _run(session, clock, _first_work(timeline) + 1.0)
    assert session.rate_exercise(7) == "glute-bridge"
    assert session.stop_hurts() == "glute-bridge"
    session.poll()
    [record] = store.sessions()
    assert record.status is SessionStatus.PAIN
    assert record.hurt_exercise == "glute-bridge"
    assert [(i.exercise, i.status, i.pain) for i in record.items] == [
        ("glute-bridge", ItemStatus.PARTIAL, 7)]
    assert session.summary is not None and session.summary.hurt_exercise == "glute-bridge"


def test_a_rating_between_exercises_goes_to_the_one_just_done(store: HistoryStore,
                                                             timeline: Timeline) -> None:
    clock = FakeClock()
    session = Session(store, clock, ROUTINE, timeline)
    session.begin()
    _run(session, clock, _first_work(timeline) + 4.5)  # in the rest after the bridge
    assert session.current_exercise() is None
    assert session.rate_exercise(4) == "glute-bridge"
    [record] = store.sessions(include_open=True)
    assert record.items[0].pain == 4


def test_an_easier_form_carries_what_was_done_into_one_session(
        store: HistoryStore, timeline: Timeline, library: Library) -> None:
    clock = FakeClock()
    session = Session(store, clock, ROUTINE, timeline)
    session.begin()
    _run(session, clock, _first_work(timeline) + 4.5)  # the bridge is done
    rest = Routine("short", "Short test routine", ROUTINE.items[:1] + (
        Item("clams", reps=1),))
    later = compile_timeline(rest, library, PACE)
    session.continue_with(rest, later, later.first_segment_of_item(1))
    _run(session, clock, later.total_s)
    [record] = store.sessions()
    assert record.status is SessionStatus.FINISHED
    assert session.summary is not None and session.summary.done == ["glute-bridge", "clams"]
    assert record.active_s >= 4 + 2  # the bridge's reps and the clams' one rep on each side


def test_a_session_begun_and_never_ended_is_closed_as_interrupted_at_the_next_opening(
        tmp_path: Path, timeline: Timeline) -> None:
    opened = HistoryStore.open(tmp_path / "h.sqlite3", backups_dir=tmp_path / "b")
    clock = FakeClock()
    session = Session(opened.store, clock, ROUTINE, timeline)
    session.begin()
    _run(session, clock, _first_work(timeline) + 4.5)
    opened.store.close()  # the app went away without an end
    again = HistoryStore.open(tmp_path / "h.sqlite3", backups_dir=tmp_path / "b")
    try:
        [record] = again.store.sessions()
        assert record.status is SessionStatus.INTERRUPTED
        assert [i.exercise for i in record.items] == ["glute-bridge"]
    finally:
        again.store.close()
