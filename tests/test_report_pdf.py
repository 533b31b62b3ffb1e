"""The report for the physiotherapist as a PDF, read back as text with poppler's pdftotext."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import i18n_tools
import pytest
from care_factories import TZ, Diary, It, clock_at

from pilates_desktop import i18n
from pilates_desktop.core.care.checkin import CheckIn, Feeling
from pilates_desktop.core.care.prescription import Prescription
from pilates_desktop.core.care.progression import Decision, Direction, Reason
from pilates_desktop.core.care.report import Report, build_report, report_period
from pilates_desktop.core.history import ItemStatus, SessionStatus
from pilates_desktop.core.library import load_library
from pilates_desktop.core.stats import Goal, GoalKind
from pilates_desktop.services.care.report import ReportError, ReportWriter


def _report(tmp_path: Path) -> Report:
    clock = clock_at(2026, 2, 23, 8)  # the Monday before the period
    diary = Diary(clock, tmp_path)
    # Outside the period: The Hundred appears nowhere else, and a pain of 9.
    diary.practise("back-care-basics", It("the-hundred", pain=9), pain_before=9)
    diary.next_day(14)  # 9 March: week 1 of the period
    diary.practise("back-care-basics", It("knee-lifts", pain=1), It("clams", pain=2),
                   pain_before=6, pain_after=4, active_s=900, routine_name="Back Care Basics")
    diary.next_day(2)
    diary.practise("back-care-basics", It("knee-lifts", pain=7, status=ItemStatus.PARTIAL),
                   status=SessionStatus.PAIN, hurt_exercise="knee-lifts", active_s=120,
                   routine_name="Back Care Basics")
    diary.next_day(21)
    diary.practise("anna", It("oblique-sit", pain=2, reps_done=None, done_s=40),
                   pain_before=3, pain_after=2, active_s=600, routine_name="From Anna")
    diary.check_in(CheckIn(date(2026, 3, 10), diary.sessions[1].started_at + timedelta(days=1),
                           Feeling.WORSE, 5, ("back-care-basics",), diary.ids(2)))
    decisions = [Decision(diary.sessions[2].started_at + timedelta(hours=2), Direction.REGRESS,
                          Reason.HURT, "back-care-basics", "knee-lifts", True,
                          "basic-starting-position")]
    prescriptions = {"anna": Prescription(3, 6, "Anna Weber", "Slowly.", date(2026, 3, 30))}
    today = date(2026, 4, 17)
    return build_report(diary.sessions, diary.checkins(), decisions, Goal(GoalKind.SESSIONS, 2),
                        report_period(today, 6), TZ, clock.now(), prescriptions)


def _text(pdf: Path) -> str:
    exe = shutil.which("pdftotext")
    assert exe, "poppler-utils is installed by packaging/bootstrap.sh"
    out = subprocess.run([exe, "-layout", str(pdf), "-"], capture_output=True, text=True,
                         check=True)
    return " ".join(out.stdout.split())  # one line, single spaces: phrases survive wrapping


def test_every_section_is_real_text_and_nothing_outside_the_period_counts(
    qapp: Any, tmp_path: Path
) -> None:
    pdf = tmp_path / "report.pdf"
    i18n.install_translators(qapp, "en")  # the app's English: US dates
    pages = ReportWriter(load_library()).write(_report(tmp_path), pdf)
    assert 1 <= pages <= 3
    assert pdf.read_bytes().startswith(b"%PDF")
    text = _text(pdf)
    for phrase in [
        "Report for my physiotherapist",
        "Period: March 9, 2026 to April 17, 2026 (6 weeks)",
        "Sessions in the period: 3",
        "Minutes practised: 27",
        "Weekly goal: 2 sessions a week, met in 1 of 6 weeks",
        "Sessions per week", "Minutes per week",  # the chart's own labels are text too
        "Week by week", "Mar 9, 2026 2 17 met 6.0 4.0 −2.0",
        "from 6.0 (week of Mar 9, 2026) to 3.0 (week of Mar 30, 2026): a change of −3.0",
        "The clinically meaningful change of 2 points was reached",
        "Back Care Basics", "From Anna", "3 days a week for 6 weeks", "by Anna Weber",
        "Knee Lifts", "Clams", "Oblique Sit",
        "Stopped because it hurt", "Mar 11, 2026, 08:00 Knee Lifts Back Care Basics",
        "Next-morning check-ins", "Mar 10, 2026 worse 5",
        "Progressions and regressions", "regression Knee Lifts → Basic Starting Position",
        f"Page {pages} of {pages}",
    ]:
        assert phrase in text, phrase
    # The session before the period is not counted anywhere.
    assert "The Hundred" not in text
    assert "9.0" not in text


def test_the_report_reads_in_german(qapp: Any, tmp_path: Path) -> None:
    pdf = tmp_path / "bericht.pdf"
    i18n_tools.ensure_built()
    try:
        i18n.install_translators(qapp, "de")
        ReportWriter(load_library()).write(_report(tmp_path), pdf)
    finally:
        i18n.install_translators(qapp, "en")
    text = _text(pdf)
    for phrase in ["Bericht für die Physiotherapie", "Zeitraum: 9. März 2026 bis 17. April 2026",
                   "Einheiten pro Woche", "Knieheben", "Woche für Woche", "schlechter",
                   "Die klinisch bedeutsame Veränderung von 2 Punkten wurde erreicht",
                   "Seite 1 von"]:
        assert phrase in text, phrase
    assert "Report for my physiotherapist" not in text


def test_a_report_that_cannot_be_written_says_where_and_leaves_nothing(
    qapp: Any, tmp_path: Path
) -> None:
    target = tmp_path / "missing-folder" / "report.pdf"
    with pytest.raises(ReportError) as info:
        ReportWriter(load_library()).write(_report(tmp_path), target)
    assert str(info.value).startswith(str(target))
    assert not target.parent.exists()
    # An existing report is replaced whole, never left half-written.
    good = tmp_path / "report.pdf"
    good.write_bytes(b"old")
    ReportWriter(load_library()).write(_report(tmp_path), good)
    assert good.read_bytes().startswith(b"%PDF")


def _long_report(tmp_path: Path, weeks: int) -> Report:
    """Daily practice for ``weeks`` weeks with a check-in every morning, an 'it hurts' stop
    every 11th day and a step every 13th: what a keen user brings after half a year."""
    library = load_library()
    names = list(library)
    clock = clock_at(2026, 1, 5, 8)
    diary = Diary(clock, tmp_path)
    decisions = []
    for n in range(weeks * 7):
        hurt = n % 11 == 5
        items = [It(e, pain=(n + i) % 9) for i, e in enumerate(names[: 8 + n % 15])]
        s = diary.practise(f"r{n % 3}", *items, pain_before=3 + n % 5, pain_after=1 + n % 4,
                           status=SessionStatus.PAIN if hurt else SessionStatus.FINISHED,
                           hurt_exercise=names[n % 8] if hurt else None)
        if n % 13 == 7:
            decisions.append(Decision(s.started_at + timedelta(hours=1), Direction.REGRESS,
                                      Reason.PAIN, f"r{n % 3}", "knee-lifts", True,
                                      "basic-starting-position"))
        diary.next_day()
        diary.check_in(CheckIn(clock.today(), clock.now(), list(Feeling)[n % 3], n % 7,
                               (f"r{n % 3}",), ()))
    return build_report(diary.sessions, diary.checkins(), decisions, Goal(GoalKind.SESSIONS, 3),
                        report_period(clock.today(), weeks), TZ, clock.now())


@pytest.mark.parametrize("weeks", [6, 26, 104])
def test_a_long_or_busy_period_still_fits_three_pages(
    qapp: Any, tmp_path: Path, weeks: int
) -> None:
    """Issue 16: "a PDF of one to three pages". Daily practice with a check-in every morning
    took 3 pages for 6 weeks, 7 for 26. Long lists fold (blocks of weeks, check-ins counted per
    block) but every 'it hurts' stop and every worse morning is still named."""
    report = _long_report(tmp_path, weeks)
    pdf = tmp_path / "long.pdf"
    i18n.install_translators(qapp, "en")
    pages = ReportWriter(load_library()).write(report, pdf)
    assert 1 <= pages <= 3
    text = _text(pdf)
    assert f"Page {pages} of 3" in text or pages < 3
    assert f"Sessions in the period: {report.sessions}" in text
    writer = ReportWriter(load_library())
    for stop in report.hurt_stops:
        assert writer._when(stop.at) in text, stop
    worse = [c for c in report.checkins if c.feeling is Feeling.WORSE]
    assert worse
    listed = "Worse mornings (pain):" in text  # folded; else a row for every check-in
    assert listed == (weeks > 6)
    for c in worse:
        day = writer._day(c.day, long=False)
        assert (f"{day} ({c.pain})" if listed else f"{day} worse {c.pain}") in text, c
    assert "regression Knee Lifts → Basic Starting Position" in text or weeks > 6
    if weeks > 13:
        assert f"{-(-weeks // 13)} weeks to a row." in text
    # No page ends on a heading whose text is on the next page.
    headings = {"Week by week", "Pain", "Routines", "Exercises and pain per exercise",
                "Stopped because it hurt", "Next-morning check-ins",
                "Progressions and regressions"}
    for page in range(1, pages):
        lines = [line.strip() for line in subprocess.run(
            ["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(pdf), "-"],
            capture_output=True, text=True, check=True).stdout.splitlines() if line.strip()]
        assert lines[-2] not in headings, (page, lines[-3:])  # [-1] is the footer
    # Names wrapped in a table cell come out whole when read cell by cell (no -layout);
    # pdftotext joins a name broken at its hyphen ("Roll-Down" reads "RollDown").
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                         check=True).stdout
    cells = " ".join(out.split()).replace("-", "")
    for row in report.exercises:
        name = writer._ex(row.exercise).replace("&#x27;", "'").replace("-", "")
        assert name in cells, row.exercise


def test_a_step_of_dose_or_form_reads_in_the_exercises_own_words(qapp: Any) -> None:
    """A dose step read 'hold_s +10' (the file's field name) in every language."""
    from datetime import datetime

    from pilates_desktop.core.library import DoseDelta
    from pilates_desktop.core.routines.routine import ItemForm

    library = load_library()
    at = datetime(2026, 3, 10, 9, tzinfo=TZ)
    dose = Decision(at, Direction.PROGRESS, Reason.PAIN_FREE, "r", "prone-head-raise", True,
                    "prone-head-raise", dose=DoseDelta(hold_s=10))
    form = Decision(at, Direction.PROGRESS, Reason.PAIN_FREE, "r", "oblique-sit", True,
                    "oblique-sit", form=ItemForm.HARDER)
    i18n_tools.ensure_built()
    try:
        for language in ("en", "de"):
            i18n.install_translators(qapp, language)
            writer = ReportWriter(library)
            for d in (dose, form):
                ex = library[d.exercise]
                step = writer._step(d)
                assert step == (f"{i18n.ex_name(ex)}: "
                                f"{i18n.ex_adjustment_text(ex, 'harder')}"), step
                assert "hold_s" not in step
            assert ("Halte" in writer._step(dose)) == (language == "de")
    finally:
        i18n.install_translators(qapp, "en")
