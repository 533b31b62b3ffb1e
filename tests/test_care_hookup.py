"""The care screens in the running app: the red-flag screen and the check-in at start when
due, Edit › Safety Questions…, and History › Report for My Physiotherapist…"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

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
