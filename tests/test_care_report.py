"""The report's data: the period, weeks against the goal, pain and its change, exercises with
their doses, every "it hurts" stop, the check-ins and the steps taken; nothing outside the period."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from care_factories import TZ, Diary, It, clock_at

from pilates_desktop.core.care.checkin import CheckIn, Feeling
from pilates_desktop.core.care.prescription import Prescription
from pilates_desktop.core.care.progression import Decision, Direction, Reason
from pilates_desktop.core.care.report import build_report, report_period
from pilates_desktop.core.history import ItemStatus, SessionStatus
from pilates_desktop.core.stats import Goal, GoalKind

GOAL = Goal(GoalKind.SESSIONS, 2)


def test_the_period_is_whole_calendar_weeks_up_to_today() -> None:
    clock = clock_at(2026, 4, 15)  # a Wednesday
    p = report_period(clock.today(), 6)
    assert (p.first, p.last) == (date(2026, 3, 9), date(2026, 4, 15))
    assert p.week_starts()[-1] == date(2026, 4, 13) and len(p.week_starts()) == 6
    sunday = report_period(clock.today(), 1, first_weekday=6)
    assert sunday.first == date(2026, 4, 12)
    with pytest.raises(ValueError):
        report_period(clock.today(), 0)


def _history(tmp_path: Path) -> tuple[Diary, date]:
    clock = clock_at(2026, 3, 2, 8)  # Monday; the period below starts on 9 March
    diary = Diary(clock, tmp_path)
    diary.practise("back-care-basics", It("knee-lifts", pain=1), pain_before=8, pain_after=8)
    diary.next_day(7)  # week 1 of the period: two sessions, pain 6 -> 4
    diary.practise("back-care-basics", It("knee-lifts", pain=3, reps_done=8),
                   It("clams", pain=2, reps_done=10, side="right"),
                   It("clams", pain=2, reps_done=10, side="left"), pain_before=6, pain_after=4,
                   active_s=900)
    diary.next_day(2)
    diary.practise("back-care-basics", It("knee-lifts", pain=7, status=ItemStatus.PARTIAL,
                                          reps_done=3),
                   status=SessionStatus.PAIN, hurt_exercise="knee-lifts", pain_before=6,
                   active_s=300)
    diary.next_day(1)
    diary.practise("desk-break", It("lunges", reps_done=None, done_s=45), active_s=20)  # < 1 min
    diary.next_day(18)  # 4 weeks later (week 4): one session
    diary.practise("desk-break", It("lunges", reps_done=None, done_s=60, pain=0),
                   pain_before=3, pain_after=2, active_s=300)
    diary.next_day(19)  # 18 April: after the period
    diary.practise("back-care-basics", It("knee-lifts", pain=9), pain_before=9)
    return diary, date(2026, 4, 17)


def test_the_report_counts_only_the_period(tmp_path: Path) -> None:
    diary, today = _history(tmp_path)
    period = report_period(today, 6)
    diary.check_in(CheckIn(date(2026, 3, 10), diary.sessions[1].started_at + timedelta(days=1),
                           Feeling.WORSE, 5, ("back-care-basics",), diary.ids(2)))
    diary.check_in(CheckIn(date(2026, 3, 3), diary.sessions[0].started_at + timedelta(days=1),
                           Feeling.SAME, 8, ("back-care-basics",), diary.ids(1)))  # before
    checkins = diary.checkins()
    decisions = [
        Decision(diary.sessions[2].started_at + timedelta(hours=1), Direction.REGRESS,
                 Reason.HURT, "back-care-basics", "knee-lifts", True, "basic-starting-position"),
        Decision(diary.sessions[2].started_at + timedelta(hours=1), Direction.PROGRESS,
                 Reason.PAIN_FREE, "back-care-basics", "clams", False, "clams"),
    ]
    made = diary.clock.now()
    r = build_report(diary.sessions, checkins, decisions, GOAL, period, TZ, made,
                     {"lower-back-release": Prescription(3, 6)})
    assert (r.period.first, r.period.last) == (date(2026, 3, 9), today)
    # Sessions 1 (before), 4 (20 seconds) and 6 (after) are not counted.
    assert r.sessions == 3
    assert r.minutes == pytest.approx((900 + 300 + 300) / 60)
    assert [w.sessions for w in r.weeks] == [2, 0, 0, 1, 0, 0]
    assert [w.goal_met for w in r.weeks] == [True, False, False, False, False, False]
    assert r.weeks_goal_met == 1
    assert r.weeks[0].pain_before == 6 and r.weeks[0].pain_after == 4
    assert r.weeks[3].pain_before == 3
    # From 6 in the first week to 3 in the last rated one: the meaningful 2 points, better.
    assert r.pain_change is not None
    assert (r.pain_change.start, r.pain_change.end, r.pain_change.change) == (6, 3, -3)
    assert r.pain_change.meaningful and r.pain_change.improved
    assert r.relief == pytest.approx(((4 - 6) + (2 - 3)) / 2)
    rows = {e.exercise: e for e in r.exercises}
    assert set(rows) == {"knee-lifts", "clams", "lunges"}
    assert (rows["knee-lifts"].sessions, rows["knee-lifts"].pain_max,
            rows["knee-lifts"].hurt_stops, rows["knee-lifts"].skipped) == (2, 7, 1, 1)
    assert rows["knee-lifts"].pain_mean == 5
    assert rows["clams"].reps == 20 and rows["clams"].seconds == 120
    assert rows["lunges"].reps is None and rows["lunges"].seconds == 60
    assert [(h.exercise, h.at.date()) for h in r.hurt_stops] == [
        ("knee-lifts", date(2026, 3, 11))]
    assert [c.day for c in r.checkins] == [date(2026, 3, 10)]
    assert [(d.exercise, d.to_exercise) for d in r.decisions] == [
        ("knee-lifts", "basic-starting-position")]  # the declined one is not a step taken
    routines = {row.routine_id: row for row in r.routines}
    assert routines["back-care-basics"].sessions == 2
    assert routines["desk-break"].sessions == 1
    # A prescribed routine that was not practised is listed, with nothing done.
    assert routines["lower-back-release"].sessions == 0
    assert routines["lower-back-release"].adherence is None


def test_a_change_under_2_points_is_not_meaningful_and_one_rated_week_is_no_change(
    tmp_path: Path
) -> None:
    clock = clock_at(2026, 3, 2)
    diary = Diary(clock, tmp_path)
    diary.practise("r", It("clams"), pain_before=5)
    period = report_period(clock.today() + timedelta(days=20), 4)
    r = build_report(diary.sessions, [], [], GOAL, period, TZ, clock.now())
    assert r.pain_change is None and r.relief is None
    diary.next_day(14)
    diary.practise("r", It("clams"), pain_before=4)
    r = build_report(diary.sessions, [], [], GOAL, period, TZ, clock.now())
    assert r.pain_change is not None
    assert r.pain_change.change == -1 and not r.pain_change.meaningful
    diary.next_day(1)
    diary.practise("r", It("clams"), pain_before=8)  # same week: the week's mean is 6
    r = build_report(diary.sessions, [], [], GOAL, period, TZ, clock.now())
    assert r.pain_change is not None and r.pain_change.change == 1
    assert not r.pain_change.improved


def test_minutes_goal_and_an_it_hurts_stop_of_a_few_seconds(tmp_path: Path) -> None:
    clock = clock_at(2026, 3, 2)
    diary = Diary(clock, tmp_path)
    diary.practise("r", It("clams", status=ItemStatus.PARTIAL), status=SessionStatus.PAIN,
                   hurt_exercise="clams", active_s=10)
    diary.practise("r", It("clams"), active_s=1200)
    period = report_period(clock.today(), 1)
    r = build_report(diary.sessions, [], [], Goal(GoalKind.MINUTES, 20), period, TZ,
                     clock.now())
    assert r.sessions == 1 and r.weeks[0].goal_met
    assert [h.exercise for h in r.hurt_stops] == ["clams"]  # a stop counts however early


def test_a_long_period_folds_into_blocks_with_the_check_ins_counted(tmp_path: Path) -> None:
    """For a long period the report shows blocks of weeks; their pain is the mean of all the
    block's ratings (not of the weeks' means), and the last block ends with the period."""
    from pilates_desktop.core.care.report import FOLD_ROWS, block_size, fold

    assert [block_size(n) for n in (1, 6, FOLD_ROWS, FOLD_ROWS + 1, 26, 104)] == [
        1, 1, 1, 2, 2, 8]
    clock = clock_at(2026, 3, 2, 8)  # a Monday: week 1 of the period
    diary = Diary(clock, tmp_path)
    for before in (8, 6, 4):  # week 1: three rated sessions, mean 6
        diary.practise("r", It("clams"), pain_before=before, pain_after=2)
        diary.next_day()
    diary.next_day(4)  # week 2: one session rated 0, and a worse morning after it
    diary.practise("r", It("clams"), pain_before=0)
    diary.check_in(CheckIn(clock.today() + timedelta(days=1),
                           clock.now() + timedelta(days=1), Feeling.WORSE, 6, ("r",), ()))
    diary.next_day(8)  # week 3 (the last, cut short by today): one better morning
    diary.check_in(CheckIn(clock.today(), clock.now(), Feeling.BETTER, None, ("r",), ()))
    report = build_report(diary.sessions, diary.checkins(), [], GOAL,
                          report_period(date(2026, 3, 18), 3), TZ, clock.now())
    one = fold(report, 1)
    assert [(b.first, b.last, b.sessions, b.goal_met) for b in one] == [
        (date(2026, 3, 2), date(2026, 3, 8), 3, 1), (date(2026, 3, 9), date(2026, 3, 15), 1, 0),
        (date(2026, 3, 16), date(2026, 3, 18), 0, 0)]
    [first, last] = fold(report, 2)
    assert (first.first, first.last, first.weeks) == (date(2026, 3, 2), date(2026, 3, 15), 2)
    assert first.pain_before == pytest.approx(18 / 4)  # (8+6+4+0)/4, not (6+0)/2
    assert first.pain_after == 2 and first.goal_met == 1
    assert (first.better, first.same, first.worse, first.checkin_pain) == (0, 0, 1, 6)
    assert (last.first, last.last, last.weeks) == (date(2026, 3, 16), date(2026, 3, 18), 1)
    assert (last.better, last.worse, last.checkin_pain, last.pain_before) == (1, 0, None, None)
