"""The care service: the rules of core/care over the real history store, the clock and
care.json, as the window, the tray and the command line use them."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from pilates_desktop.core.care.progression import Direction
from pilates_desktop.core.care.redflags import RedFlag, ScreenResult
from pilates_desktop.core.clock import FakeClock
from pilates_desktop.core.history import Feeling, HistoryStore, ItemStatus, SessionStatus
from pilates_desktop.core.library import Library
from pilates_desktop.core.routines import Item, Routine
from pilates_desktop.core.stats import Goal, GoalKind
from pilates_desktop.services.care.service import CareService

BERLIN = ZoneInfo("Europe/Berlin")
ROUTINE = Routine("back-care-basics", "Back-Care Basics", (Item("knee-lifts"), Item("clams")))


def _setup(tmp_path: Path, library: Library) -> tuple[FakeClock, HistoryStore, CareService]:
    clock = FakeClock.at(datetime(2026, 3, 2, 18, 0, tzinfo=BERLIN))
    store = HistoryStore.open(tmp_path / "h.sqlite3", backups_dir=tmp_path / "b",
                              now=clock.now).store
    care = CareService(clock, store, library, tmp_path / "care.json", BERLIN)
    return clock, store, care


def _practise(store: HistoryStore, clock: FakeClock, knee: int, clams: int) -> None:
    sid = store.begin_session(ROUTINE.id, ROUTINE.name, 600, 4)
    clock.advance(300)
    store.add_item(sid, "knee-lifts", "none", 300, 300, 8, ItemStatus.DONE, pain=knee)
    clock.advance(300)
    store.add_item(sid, "clams", "both", 300, 300, 20, ItemStatus.DONE, pain=clams)
    store.finish_session(sid, SessionStatus.FINISHED, 600, pain_after=3)


def test_the_screen_is_due_at_first_run_and_remembered(
    qapp: Any, tmp_path: Path, library: Library
) -> None:
    clock, store, care = _setup(tmp_path, library)
    assert care.screen_due()
    care.record_screen(ScreenResult(clock.today(), frozenset()))
    assert not care.screen_due()
    again = CareService(clock, store, library, tmp_path / "care.json", BERLIN)
    assert again.state.screen == ScreenResult(date(2026, 3, 2), frozenset())
    assert not again.screen_due()
    care.record_screen(ScreenResult(clock.today(), frozenset({RedFlag.CANCER})))
    assert care.screen_due()  # until a clinician has cleared it
    mode = (tmp_path / "care.json").stat().st_mode & 0o777
    assert mode == 0o600  # health data: the user's alone


def test_check_in_the_morning_after_and_a_lighter_next_session(
    qapp: Any, tmp_path: Path, library: Library
) -> None:
    clock, store, care = _setup(tmp_path, library)
    _practise(store, clock, knee=2, clams=5)
    assert care.checkin_prompt() is None  # the same day
    clock.advance(14 * 3600)  # 08:10 the next morning
    prompt = care.checkin_prompt()
    assert prompt is not None and prompt.routine_ids == (ROUTINE.id,)
    care.answer_checkin(prompt, Feeling.WORSE, 5)
    assert care.checkin_prompt() is None
    assert [c.feeling for c in store.checkins()] == [Feeling.WORSE]
    assert care.reduction(ROUTINE.id) is not None
    lighter = care.reduced(ROUTINE)
    assert lighter.items[1].reps == 6  # clams 10 -> two thirds
    [s] = care.suggestions(ROUTINE)  # the exercise that hurt most that day
    assert (s.direction, s.exercise) == (Direction.REGRESS, "clams")
    care.decide(s, accepted=False)
    assert care.suggestions(ROUTINE) == []
    again = CareService(clock, store, library, tmp_path / "care.json", BERLIN)
    assert [d.exercise for d in again.state.decisions] == ["clams"]
    assert again.state.checkin_asked_on == clock.today()
    _practise(store, clock, knee=1, clams=2)
    assert care.reduction(ROUTINE.id) is None  # one lighter session, then back to normal


def test_the_report_reads_the_store(qapp: Any, tmp_path: Path, library: Library) -> None:
    clock, store, care = _setup(tmp_path, library)
    _practise(store, clock, knee=2, clams=5)
    report = care.report(Goal(GoalKind.SESSIONS, 2), [ROUTINE], weeks=1)
    assert report.sessions == 1
    assert {e.exercise: e.pain_max for e in report.exercises} == {"knee-lifts": 2, "clams": 5}


def test_an_unreadable_care_file_is_kept_aside_and_said(
    qapp: Any, tmp_path: Path, library: Library
) -> None:
    (tmp_path / "care.json").write_text(json.dumps({"format": "pilates-desktop/care"}))
    clock, _, care = _setup(tmp_path, library)
    assert care.load_error is not None and "care.json" in care.load_error
    assert care.screen_due()
    kept = list(tmp_path.glob("care.json.unreadable-*"))
    assert len(kept) == 1 and "pilates-desktop/care" in kept[0].read_text()
