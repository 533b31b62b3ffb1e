"""The red-flag screen: any yes means a doctor first; two of them mean today; again in 3 months."""

from __future__ import annotations

from datetime import date

import pytest
from care_factories import clock_at

from pilates_desktop.core.care.redflags import (
    ADVICE,
    QUESTIONS,
    RedFlag,
    ScreenResult,
    Urgency,
    add_months,
    assess,
    screen_due,
)
from pilates_desktop.core.clock import FakeClock


def _answers(*yes: RedFlag) -> dict[RedFlag, bool]:
    return {q.flag: q.flag in yes for q in QUESTIONS}


def test_the_eight_questions_of_the_issue() -> None:
    assert [q.flag for q in QUESTIONS] == list(RedFlag)
    assert len(QUESTIONS) == 8
    words = " ".join(q.text.lower() for q in QUESTIONS)
    for needle in ("bladder", "bowel", "saddle", "weaker", "fever", "weight", "cancer",
                   "night", "fall"):
        assert needle in words
    assert {q.flag for q in QUESTIONS if q.same_day} == {
        RedFlag.BLADDER_BOWEL, RedFlag.SADDLE_NUMBNESS}


def test_all_no_means_practise() -> None:
    assert assess(_answers()) is Urgency.NONE


@pytest.mark.parametrize("flag", [q.flag for q in QUESTIONS])
def test_any_single_yes_means_a_doctor_first_and_cauda_equina_signs_mean_today(
    flag: RedFlag,
) -> None:
    expected = Urgency.SAME_DAY if flag in (RedFlag.BLADDER_BOWEL, RedFlag.SADDLE_NUMBNESS) \
        else Urgency.URGENT
    assert assess(_answers(flag)) is expected


def test_same_day_wins_over_urgent_and_every_question_must_be_answered() -> None:
    assert assess(_answers(RedFlag.FEVER, RedFlag.SADDLE_NUMBNESS)) is Urgency.SAME_DAY
    partial = _answers()
    del partial[RedFlag.TRAUMA]
    with pytest.raises(ValueError, match="trauma"):
        assess(partial)


def test_advice_for_each_outcome_says_what_to_do() -> None:
    assert "today" in ADVICE[Urgency.SAME_DAY]
    assert "do not practise" in ADVICE[Urgency.URGENT]
    assert "3 months" in ADVICE[Urgency.NONE]


def test_first_run_then_every_3_months() -> None:
    clock = clock_at(2026, 1, 15)
    assert screen_due(None, clock.today())
    result = ScreenResult(clock.today(), frozenset())
    clock.advance(89 * 86400)  # 15 April, 09:00
    assert clock.today() == date(2026, 4, 14)
    assert not screen_due(result, clock.today())
    clock.advance(86400)
    assert screen_due(result, clock.today())


def test_a_yes_asks_again_at_each_start_until_a_clinician_has_cleared_it() -> None:
    clock = FakeClock.at(clock_at(2026, 3, 1).now())
    result = ScreenResult(clock.today(), frozenset({RedFlag.NIGHT_PAIN}))
    assert result.urgency is Urgency.URGENT
    assert screen_due(result, clock.today())
    cleared = ScreenResult(result.taken_on, result.yes, cleared=True)
    assert not screen_due(cleared, clock.today())
    clock.advance(92 * 86400)
    assert screen_due(cleared, clock.today())


@pytest.mark.parametrize(
    ("day", "expected"),
    [(date(2026, 5, 31), date(2026, 8, 31)), (date(2026, 11, 30), date(2027, 2, 28)),
     (date(2027, 11, 30), date(2028, 2, 29)), (date(2026, 10, 15), date(2027, 1, 15))],
)
def test_three_calendar_months_later(day: date, expected: date) -> None:
    assert add_months(day, 3) == expected
