"""A programme from the physiotherapist in a routine file, and adherence to it week by week."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from care_factories import TZ, Diary, It, clock_at

from pilates_desktop.core.care.prescription import Prescription, adherence
from pilates_desktop.core.errors import FormatError
from pilates_desktop.core.library import load_library
from pilates_desktop.core.routines.fileformat import decode_routine, encode_routine
from pilates_desktop.core.routines.routine import ItemForm


def _file(**extra: object) -> str:
    data = {"format": "pilates-desktop/routine", "version": 1, "name": "From Anna",
            "items": [{"exercise": "knee-lifts"}], **extra}
    return json.dumps(data)


def test_a_prescription_is_read_and_written_back_unchanged() -> None:
    lib = load_library()
    text = _file(prescription={
        "prescribed_by": "Anna Weber, physiotherapist", "days_per_week": 3, "weeks": 6,
        "notes": "Stop at pain above 5.", "start": "2026-03-02"})
    routine = decode_routine("anna.json", text, lib)
    assert routine.prescription == Prescription(3, 6, "Anna Weber, physiotherapist",
                                                "Stop at pain above 5.", date(2026, 3, 2))
    again = decode_routine("anna.json", encode_routine(routine), lib)
    assert again == routine
    bare = decode_routine("anna.json", _file(), lib)
    assert bare.prescription is None and "prescription" not in encode_routine(bare)


@pytest.mark.parametrize(
    ("prescription", "message"),
    [
        ({"weeks": 6}, "$.prescription: missing required field 'days_per_week'"),
        ({"days_per_week": 8, "weeks": 6},
         "$.prescription.days_per_week: must be between 1 and 7, got 8"),
        ({"days_per_week": 3, "weeks": 0}, "$.prescription.weeks: must be between 1 and 104"),
        ({"days_per_week": 3, "weeks": 6, "start": "2 March"},
         "$.prescription.start: must be a date as YYYY-MM-DD, got '2 March'"),
        ({"days_per_week": 3, "weeks": 6, "notes": "x" * 501},
         "$.prescription.notes: must be at most 500 characters"),
        ({"days_per_week": 3, "weeks": 6, "by": "Anna"}, "$.prescription.by: unknown field"),
    ],
)
def test_a_bad_prescription_is_refused_naming_the_field(
    prescription: dict[str, object], message: str
) -> None:
    with pytest.raises(FormatError) as info:
        decode_routine("anna.json", _file(prescription=prescription), load_library())
    assert message in str(info.value)
    assert str(info.value).startswith("anna.json: ")


def test_an_item_form_is_read_only_where_the_exercise_has_that_change_of_form() -> None:
    lib = load_library()
    ok = _file(items=[{"exercise": "leg-extensions", "form": "harder"}])
    routine = decode_routine("f.json", ok, lib)
    assert routine.items[0].form is ItemForm.HARDER
    assert '"form": "harder"' in encode_routine(routine)
    # knee-lifts' harder step is another exercise, not a change of form.
    bad = _file(items=[{"exercise": "knee-lifts", "form": "harder"}])
    with pytest.raises(FormatError, match=r"\$\.items\[0\]\.form: exercise 'knee-lifts' has no "
                                          r"harder form"):
        decode_routine("f.json", bad, lib)


def test_adherence_counts_practice_days_per_programme_week(tmp_path: Path) -> None:
    clock = clock_at(2026, 3, 2)  # a Monday
    diary = Diary(clock, tmp_path)
    plan = Prescription(days_per_week=3, weeks=2, start=clock.today())
    assert adherence(plan, "anna", diary.sessions, clock.today(), TZ) is not None
    # Week 1: Monday twice (one day), Wednesday, and a session of another routine.
    diary.practise("anna", It("knee-lifts"))
    clock.advance(3600)
    diary.practise("anna", It("knee-lifts"))
    diary.next_day(2)
    diary.practise("anna", It("knee-lifts"))
    diary.practise("desk-break", It("lunges"))
    diary.practise("anna", It("knee-lifts"), active_s=30)  # under a minute: not practice
    now = adherence(plan, "anna", diary.sessions, clock.today(), TZ)
    assert now is not None
    assert [(w.days, w.complete) for w in now.weeks] == [(2, False)]
    assert now.share is None  # nothing due yet
    diary.next_day(5)  # Monday of week 2
    diary.practise("anna", It("knee-lifts"))
    now = adherence(plan, "anna", diary.sessions, clock.today(), TZ)
    assert now is not None
    assert [(w.days, w.complete) for w in now.weeks] == [(2, True), (1, False)]
    assert now.days_done == 3 and now.days_due == 3 and now.share == pytest.approx(2 / 3)
    assert not now.finished
    later = adherence(plan, "anna", diary.sessions, clock.today() + timedelta(days=30), TZ)
    assert later is not None and len(later.weeks) == 2 and later.finished
    assert later.share == pytest.approx(3 / 6)


def test_without_a_start_the_programme_begins_with_its_first_session(tmp_path: Path) -> None:
    clock = clock_at(2026, 3, 4)
    diary = Diary(clock, tmp_path)
    plan = Prescription(days_per_week=2, weeks=4)
    assert adherence(plan, "anna", diary.sessions, clock.today(), TZ) is None
    diary.practise("anna", It("knee-lifts"))
    now = adherence(plan, "anna", diary.sessions, clock.today(), TZ)
    assert now is not None and now.start == date(2026, 3, 4)
    future = Prescription(2, 4, start=date(2026, 4, 1))
    assert adherence(future, "anna", diary.sessions, clock.today(), TZ) is None


def test_a_prescription_checks_its_own_ranges() -> None:
    with pytest.raises(ValueError):
        Prescription(days_per_week=0, weeks=3)
    with pytest.raises(ValueError):
        Prescription(days_per_week=2, weeks=105)
