"""The next-morning check-in and the reduced dose that a "worse" answer brings."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from care_factories import TZ, Diary, It, clock_at

from pilates_desktop.core.care.checkin import (
    Feeling,
    answer,
    checkin_due,
    reduced_dose,
    reduction_due,
)
from pilates_desktop.core.library import load_library
from pilates_desktop.core.routines.routine import Item, Routine, effective_dose


def test_asked_at_the_first_run_on_the_day_after_a_session_and_only_then(tmp_path: Path) -> None:
    clock = clock_at(2026, 3, 10, 18)
    diary = Diary(clock, tmp_path)
    assert checkin_due(diary.sessions, [], clock.now(), TZ) is None  # nothing done yet
    diary.practise("back-care-basics", It("knee-lifts"))
    assert checkin_due(diary.sessions, [], clock.now(), TZ) is None  # same day
    clock.advance(15 * 3600)  # 09:00 the next morning
    prompt = checkin_due(diary.sessions, [], clock.now(), TZ)
    assert prompt is not None
    assert prompt.about == clock.today() - timedelta(days=1)
    assert prompt.routine_ids == ("back-care-basics",)
    # Answered: not asked again that day.
    done = answer(prompt, clock.now(), Feeling.SAME, 3)
    assert done.day == clock.today() and done.session_ids == diary.ids(1)
    assert checkin_due(diary.sessions, [done], clock.now(), TZ) is None
    # Closed without an answer: not asked again that day either.
    assert checkin_due(diary.sessions, [], clock.now(), TZ, asked_on=clock.today()) is None
    # Two days later the question is gone: it is about yesterday only.
    clock.advance(86400)
    assert checkin_due(diary.sessions, [], clock.now(), TZ) is None


def test_a_session_of_under_a_minute_is_not_asked_about(tmp_path: Path) -> None:
    clock = clock_at(2026, 3, 10, 18)
    diary = Diary(clock, tmp_path)
    diary.practise("desk-break", It("lunges"), active_s=20)
    clock.advance(16 * 3600)
    assert checkin_due(diary.sessions, [], clock.now(), TZ) is None


def test_the_day_is_the_local_day_across_midnight(tmp_path: Path) -> None:
    clock = clock_at(2026, 3, 10, 23)
    diary = Diary(clock, tmp_path)
    diary.practise("desk-break", It("lunges"))  # 23:00 local is 22:00 UTC, same local day
    clock.advance(1.5 * 3600)  # 00:30 local, the next day
    prompt = checkin_due(diary.sessions, [], clock.now(), TZ)
    assert prompt is not None and [s.id for s in prompt.sessions] == [diary.id(1)]


def test_worse_lowers_the_next_session_of_that_routine_once(tmp_path: Path) -> None:
    clock = clock_at(2026, 3, 10, 18)
    diary = Diary(clock, tmp_path)
    diary.practise("back-care-basics", It("knee-lifts"))
    diary.practise("desk-break", It("lunges"))
    clock.advance(15 * 3600)
    prompt = checkin_due(diary.sessions, [], clock.now(), TZ)
    assert prompt is not None
    worse = answer(prompt, clock.now(), Feeling.WORSE, 6)
    assert set(worse.routine_ids) == {"back-care-basics", "desk-break"}
    assert reduction_due("back-care-basics", diary.sessions, [worse]) == worse
    assert reduction_due("lower-back-release", diary.sessions, [worse]) is None
    clock.advance(3600)
    diary.practise("back-care-basics", It("knee-lifts"))
    assert reduction_due("back-care-basics", diary.sessions, [worse]) is None
    assert reduction_due("desk-break", diary.sessions, [worse]) == worse
    better = answer(prompt, clock.now(), Feeling.BETTER, 2)
    assert reduction_due("back-care-basics", diary.sessions, [better]) is None


def test_the_reduced_dose_keeps_two_thirds_and_one_set_less_above_the_floors() -> None:
    lib = load_library()
    routine = Routine("r", "R", (
        Item("clams"),  # 10 reps
        Item("lunges", hold_s=45),
        Item("single-leg-stretch"),  # 8 reps x 3 sets
        Item("the-hundred"),  # 100 pumps
        Item("knee-lifts", reps=3),  # already small: stays at or above the floor
        Item("legs-up-the-wall"),  # 120 s
    ))
    low = reduced_dose(routine, lib)
    doses = [effective_dose(it, lib[it.exercise]) for it in low.items]
    assert doses[0].reps == 6
    assert doses[1].hold_s == 30
    assert (doses[2].reps, doses[2].sets) == (5, 2)
    assert doses[3].pumps == 60  # whole breaths of 5 + 5 pumps
    assert doses[4].reps == 2
    assert doses[5].hold_s == 80
    assert [it.exercise for it in low.items] == [it.exercise for it in routine.items]
    assert low.name == routine.name
