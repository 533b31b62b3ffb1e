"""The care screens in the running app: the red-flag screen and the check-in at start when
due, Edit › Safety Questions…, and History › Report for My Physiotherapist…"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import i18n_tools
import pytest

from pilates_desktop.core.clock import FakeClock
from pilates_desktop.core.history import Feeling, ItemStatus, SessionStatus
from pilates_desktop.ui.care import hookup
from pilates_desktop.ui.care.checkin_dialog import CheckInDialog
from pilates_desktop.ui.care.red_flags import RedFlagDialog


def _all_no(dialog: RedFlagDialog) -> bool:
    for button in dialog.no.values():
        button.setChecked(True)
    dialog.done_button.click()
    dialog.close_button.click()
    return True


def _clock() -> FakeClock:
    return FakeClock.at(datetime.now(ZoneInfo("Europe/Berlin")).replace(
        hour=9, minute=0, second=0, microsecond=0))


def test_red_flags_at_the_first_start_then_not_for_3_months(
    make_app: Callable[..., Any], prompter: Any, data_dir: Path
) -> None:
    clock = _clock()
    app = make_app(clock=clock)
    prompter.answers["red-flags"] = _all_no
    hookup.at_start(app.window, app.services)
    assert len(prompter.texts("red-flags")) == 1
    saved = json.loads((data_dir / "care.json").read_text())
    assert saved["screen"]["yes"] == [] and saved["screen"]["taken_on"] == str(clock.today())
    hookup.at_start(app.window, app.services)
    assert len(prompter.texts("red-flags")) == 1  # answered: not again today


def test_the_check_in_is_asked_the_morning_after(
    make_app: Callable[..., Any], prompter: Any
) -> None:
    clock = _clock()
    clock.advance(-15 * 3600)  # 18:00 the evening before
    app = make_app(clock=clock)
    store = app.services.history
    sid = store.begin_session("desk-break", "Desk Break", 300, 3)
    clock.advance(300)
    store.add_item(sid, "lunges", "right", 300, 300, None, ItemStatus.DONE, pain=4)
    store.finish_session(sid, SessionStatus.FINISHED, 300)
    app.services.care.record_screen(_answered(app))  # the screen answered before
    clock.advance(15 * 3600 - 300)

    def worse(dialog: CheckInDialog) -> bool:
        assert "Desk Break" in dialog.worse_note.text()
        dialog.choices[Feeling.WORSE].setChecked(True)
        dialog.pain_rating.set_value(5)
        return True

    prompter.answers["checkin"] = worse
    hookup.at_start(app.window, app.services)
    assert prompter.texts("red-flags") == []
    [checkin] = store.checkins()
    assert (checkin.feeling, checkin.pain, checkin.routine_ids) == (Feeling.WORSE, 5,
                                                                    ("desk-break",))
    hookup.at_start(app.window, app.services)
    assert len(prompter.texts("checkin")) == 1


def _answered(app: Any) -> Any:
    from pilates_desktop.core.care.redflags import ScreenResult

    return ScreenResult(app.services.care.today(), frozenset())


def test_the_menus_offer_the_report_and_the_safety_questions(
    make_app: Callable[..., Any], prompter: Any, tmp_path: Path
) -> None:
    app = make_app(clock=_clock())
    window = app.window
    report = next(a for a in window.history_menu.actions()
                  if a.text() == "Report for My Physiotherapist…")
    questions = next(a for a in window.edit_menu.actions()
                     if a.text().replace("&", "") == "Safety Questions…")
    target = tmp_path / "for-anna"
    prompter.answers["physio-report"] = str(target)
    report.trigger()
    written = target.with_name("for-anna.pdf")  # the extension is added
    assert written.read_bytes().startswith(b"%PDF")
    assert [k for k, _t, _x in prompter.told] == ["physio-report-saved"]
    prompter.answers["red-flags"] = _all_no
    questions.trigger()
    assert app.services.care.state.screen is not None
    prompter.answers["physio-report"] = str(tmp_path / "missing" / "r.pdf")
    report.trigger()
    assert prompter.told[-1][0] == "physio-report-failed"
    assert str(tmp_path / "missing") in prompter.told[-1][2]


def test_the_reports_weeks_start_where_history_starts_them(
    make_app: Callable[..., Any], prompter: Any, tmp_path: Path
) -> None:
    """History › Report… counts weeks from the one week-start setting, as History does."""
    import shutil
    import subprocess
    from datetime import timedelta

    from pilates_desktop.core.stats import week_start
    from pilates_desktop.services.settings import WEEK_START, WEEKDAYS

    app = make_app(clock=_clock())
    report = next(a for a in app.window.history_menu.actions()
                  if a.text() == "Report for My Physiotherapist…")
    today = app.services.clock.today()
    pdftotext = shutil.which("pdftotext")
    assert pdftotext
    for day in ("sunday", "saturday"):
        app.services.settings.set_value(WEEK_START, day)
        target = tmp_path / f"{day}.pdf"
        prompter.answers["physio-report"] = str(target)
        report.trigger()
        text = " ".join(subprocess.run([pdftotext, str(target), "-"], capture_output=True,
                                       text=True, check=True).stdout.split())
        first = week_start(today, WEEKDAYS[day]) - timedelta(weeks=5)
        period = text.split("Period: ")[1].split(" to ")[0]  # in the locale's date format
        assert f"{first:%B}" in period and str(first.day) in period.replace(",", " ").split(), (
            day, period)


@pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise")
def test_history_shows_how_each_programme_is_kept_week_by_week(
    make_app: Callable[..., Any], qapp: Any
) -> None:
    """Issue 16 item 7: adherence to the physiotherapist's programme is counted in History,
    each programme week its days practised against the days prescribed."""
    from datetime import date

    from pilates_desktop import i18n
    from pilates_desktop.core.care.prescription import Prescription
    from pilates_desktop.core.routines import Item, Routine
    from pilates_desktop.i18n import medium_date
    from pilates_desktop.ui.care.prescription_view import ProgrammeTree

    berlin = ZoneInfo("Europe/Berlin")
    plan = Prescription(3, 6, "Anna Weber", "Slowly.", date(2026, 3, 2))
    routine = Routine("from-anna", "From Anna", (Item("knee-lifts"),), prescription=plan)
    clock = FakeClock.at(datetime(2026, 3, 3, 18, 0, tzinfo=berlin))
    app = make_app(clock=clock)
    app.services.repository.save(routine)
    store = app.services.history
    for day, active_s in ((3, 600), (5, 600), (6, 20), (9, 900)):  # 20 s: not a practice day
        clock.set_wall(datetime(2026, 3, day, 18, 0, tzinfo=berlin))
        sid = store.begin_session("from-anna", "From Anna", 600)
        store.add_item(sid, "knee-lifts", "alternating", 300, 300, 8, ItemStatus.DONE)
        store.finish_session(sid, SessionStatus.FINISHED, active_s)
    clock.set_wall(datetime(2026, 3, 10, 9, 0, tzinfo=berlin))
    app.window.show_history()
    view = app.window.history_window
    tree = view.findChild(ProgrammeTree)
    assert tree is not None
    index = view.tabs.indexOf(tree)
    assert view.tabs.isTabVisible(index) and view.tabs.tabText(index) == "&Programmes"
    top = tree.topLevelItem(0)
    assert [top.text(c) for c in range(4)] == [
        "From Anna", "3 days a week for 6 weeks, from Anna Weber", "2 of 3 days", "67%"]
    assert "Slowly." in top.toolTip(0)
    weeks = [[top.child(i).text(c) for c in range(4)] for i in range(top.childCount())]
    assert weeks == [
        ["Week 1 of 6", f"from {medium_date(date(2026, 3, 2))}", "2 of 3 days", "not met"],
        ["Week 2 of 6", f"from {medium_date(date(2026, 3, 9))}", "1 of 3 days", "this week"]]
    # Two more days this week meet it; History's refresh (as after a session) shows it.
    for day in (10, 11):
        clock.set_wall(datetime(2026, 3, day, 18, 0, tzinfo=berlin))
        sid = store.begin_session("from-anna", "From Anna", 600)
        store.finish_session(sid, SessionStatus.FINISHED, 600)
    view.refresh()
    top = tree.topLevelItem(0)
    assert top.child(1).text(3) == "met" and top.text(2) == "5 of 6 days"
    i18n_tools.ensure_built()
    try:
        i18n.install_translators(qapp, "de")
        qapp.processEvents()  # the language change reaches the windows
        assert view.tabs.tabText(index) == "&Programme"
        assert tree.topLevelItem(0).child(1).text(3) == "erreicht"
    finally:
        i18n.install_translators(qapp, "en")
    # Without a programme, no tab.
    app.services.repository.save(Routine("from-anna", "From Anna", (Item("knee-lifts"),)))
    view.refresh()
    assert len(tree) == 0 and not view.tabs.isTabVisible(index)


@pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise")
def test_preferences_offer_the_safety_questions_on_the_health_page(
    make_app: Callable[..., Any], prompter: Any
) -> None:
    """Issue 16 item 5: the red-flag screen 'at first run and in Settings'."""
    from pilates_desktop.ui.preferences.dialog import PreferencesDialog

    app = make_app(clock=_clock())
    assert app.services.care.state.screen is None
    app.window.show_preferences()
    dialog = app.window.findChild(PreferencesDialog)
    assert dialog is not None
    button = dialog.safety_button
    assert button.isVisibleTo(dialog.health_page) and button.toolTip()
    assert button.text().replace("&", "") == "Answer the Safety Questions Again…"
    prompter.answers["red-flags"] = _all_no
    button.click()
    assert app.services.care.state.screen is not None  # answered, kept for 3 months
    dialog.close()
