"""Preferences > Week: reminders added and removed land in the same file as the CLI's, the
weekly goal suggests spread days, desk-break settings follow the controls, and the page says
when idle time cannot be read."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QTime

from pilates_desktop.cli.main import main
from pilates_desktop.services import settings as S

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def page(make_app, monkeypatch, tmp_path: Path):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    app = make_app()
    app.start_week()
    return app, app.window._week_page()


def listed(data_dir: Path) -> list[dict[str, object]]:
    out = io.StringIO()
    assert main(["--data-dir", str(data_dir), "remind", "list", "--json"], out=out) == 0
    return list(json.loads(out.getvalue())["reminders"])


def test_a_reminder_added_here_is_the_cli_s_reminder(page, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    app, week = page
    week.suggest()  # the weekly goal of 3 sessions: Monday, Wednesday, Friday
    assert week.days.days() == {0, 2, 4}
    week.time_edit.setTime(QTime(18, 15))
    week.routine_combo.setCurrentIndex(week.routine_combo.findData("desk-break"))
    week.add_button.click()
    assert listed(data_dir) == [{"id": 1, "days": ["mon", "wed", "fri"], "at": "18:15",
                                 "routine": "desk-break"}]
    assert week.reminder_list.count() == 1
    assert week.reminder_list.item(0).text() == "Mon, Wed, Fri  18:15  Desk Break"
    assert app.week.schedule.book.reminders[0].at.hour == 18  # the running schedule knows
    week.reminder_list.setCurrentRow(0)
    week.remove_button.click()
    assert listed(data_dir) == [] and week.reminder_list.count() == 0


def test_no_day_chosen_is_said_and_nothing_is_added(page, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    _app, week = page
    week.days.set_days(frozenset())
    week.add_button.click()
    assert week.reminder_status.text() == "Choose at least one day."
    assert listed(data_dir) == []


def test_desk_break_controls_are_the_settings(page) -> None:  # type: ignore[no-untyped-def]
    app, week = page
    settings = app.services.settings
    assert not week.desk_minutes.isEnabled()
    week.desk_check.setChecked(True)
    week.desk_minutes.setValue(45)
    week.hours_check.setChecked(True)
    week.hours_from.setTime(QTime(8, 30))
    week.work_days.boxes[4].setChecked(False)  # no desk breaks on Fridays
    assert settings.value(S.DESK_BREAKS_ON) and settings.value(S.DESK_BREAK_MINUTES) == 45
    assert settings.value(S.WORK_FROM) == "08:30"
    assert settings.value(S.WORK_DAYS) == "mon,tue,wed,thu"
    assert app.week.schedule.desk_breaks_on


def test_the_page_says_where_idle_time_comes_from_and_start_at_login(page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    app, week = page
    idle = app.week.schedule.idle_source
    if idle.available:
        assert idle.name in week.idle_status.text()
    else:
        assert "count the time since the last one" in week.idle_status.text()
    week.autostart_check.setChecked(True)
    entry = tmp_path / "config" / "autostart" / "io.github.pilates_desktop.PilatesDesktop.desktop"
    assert entry.is_file() and "--background" in entry.read_text(encoding="utf-8")
    week.autostart_check.setChecked(False)
    assert not entry.exists()


def test_restore_defaults_on_the_week_page_resets_desk_breaks_not_reminders(
        page, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from pilates_desktop.ui.preferences.dialog import PreferencesDialog

    app, _ = page
    settings = app.services.settings
    dialog = PreferencesDialog(settings, app.services.app_state, app.window,
                               library=app.services.library, clock=app.services.clock,
                               week_page=app.window._week_page())
    week = dialog.week_page
    week.desk_check.setChecked(True)
    week.days.set_days(frozenset({0}))
    week.add_button.click()
    dialog.show_page("week")
    dialog.restore_page_defaults()
    assert not settings.value(S.DESK_BREAKS_ON) and not week.desk_check.isChecked()
    assert len(listed(data_dir)) == 1
    dialog.close()
