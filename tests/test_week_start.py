"""Issue 14 item 10: weeks start on one setting (the system locale's day unless chosen), never
on the interface language, so the same history shows the same streak in every language, and
History says which day its weeks start on."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import i18n_tools
import pytest
from PySide6.QtCore import QLocale

from pilates_desktop import i18n
from pilates_desktop.core.clock import FakeClock
from pilates_desktop.core.history import HistoryStore, SessionStatus
from pilates_desktop.core.stats import Goal, GoalKind, streaks, weekly_buckets
from pilates_desktop.services.history import HistoryService
from pilates_desktop.services.settings import (
    GOAL_SESSIONS,
    WEEK_START,
    Settings,
    system_first_weekday,
)

TZ = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 19, 18, 0, tzinfo=TZ)  # a Thursday
SUNDAYS = [datetime(2026, 11, d, 9, 0, tzinfo=TZ) for d in (1, 8, 15)]

pytestmark = pytest.mark.qt_log_ignore("does not support")


@pytest.fixture
def store(tmp_path: Path) -> HistoryStore:
    """A session each Sunday and the Monday after it: two a week whichever day weeks start
    on, but a streak of 3 for weeks from Sunday and 2 for weeks from Monday."""
    clock = FakeClock.at(NOW)
    s = HistoryStore.open(tmp_path / "h.sqlite3", backups_dir=tmp_path / "b",
                          now=clock.now).store
    for sunday in SUNDAYS:
        for when in (sunday, sunday + timedelta(days=1)):
            clock.set_wall(when)
            sid = s.begin_session("r", "R", 600)
            clock.set_wall(when + timedelta(minutes=10))
            s.finish_session(sid, SessionStatus.FINISHED, 600)
    return s


def _streak(store: HistoryStore, first_weekday: int) -> int:
    weeks = weekly_buckets(store.sessions(with_items=False), TZ, first_weekday,
                           Goal(GoalKind.SESSIONS, 2), today=NOW.date())
    return streaks(weeks).current


def test_the_history_tells_the_week_starts_apart(store: HistoryStore) -> None:
    assert (_streak(store, 6), _streak(store, 0)) == (3, 2)


def test_the_default_is_the_system_locale_not_the_language(settings: Settings,
                                                           qapp: Any) -> None:
    assert settings.value(WEEK_START) == "system"
    system = (QLocale.system().firstDayOfWeek().value - 1) % 7
    assert system_first_weekday() == system == settings.first_weekday()
    try:
        for language in ("en_US", "de_DE", "ar_EG"):  # Sunday, Monday, Saturday languages
            QLocale.setDefault(QLocale(language))
            assert settings.first_weekday() == system
    finally:
        QLocale.setDefault(QLocale.system())
    for value, day in (("monday", 0), ("sunday", 6), ("saturday", 5)):
        settings.set_value(WEEK_START, value)
        assert settings.first_weekday() == day


@pytest.mark.parametrize(("week_start", "streak", "day"), [
    ("sunday", 3, {"en": "Sunday", "de": "Sonntag", "es": "domingo"}),
    ("monday", 2, {"en": "Monday", "de": "Montag", "es": "lunes"}),
])
def test_the_same_history_shows_the_same_streak_in_every_language(
        qtbot: Any, qapp: Any, store: HistoryStore, settings: Settings, prompter: Any,
        week_start: str, streak: int, day: dict[str, str]) -> None:
    from pilates_desktop.ui.history.view import HistoryView

    settings.set_value(GOAL_SESSIONS, 2)
    settings.set_value(WEEK_START, week_start)
    i18n_tools.ensure_built()
    try:
        for language in ("en", "de", "es"):  # en_US weeks would start on Sunday, de on Monday
            i18n.install_translators(qapp, language)
            view = HistoryView(HistoryService(store), settings, {}, prompter, clock=FakeClock.at(NOW), tz=TZ)
            qtbot.addWidget(view)
            assert view.streak.current == streak, language
            assert {b.start.weekday() for b in view.buckets} == {settings.first_weekday()}
            assert day[language] in view.cards[1].detail.text()
            assert day[language] in view.week_start_text()
    finally:
        i18n.install_translators(qapp, "en")


def test_changing_the_setting_redraws_history(qtbot: Any, store: HistoryStore,
                                              settings: Settings, prompter: Any) -> None:
    from pilates_desktop.ui.history.view import HistoryView

    settings.set_value(GOAL_SESSIONS, 2)
    settings.set_value(WEEK_START, "sunday")
    view = HistoryView(HistoryService(store), settings, {}, prompter, clock=FakeClock.at(NOW), tz=TZ)
    qtbot.addWidget(view)
    view.show()
    assert view.streak.current == 3
    settings.set_value(WEEK_START, "monday")
    qtbot.waitUntil(lambda: view.streak.current == 2)
    assert "weeks start on Monday" in view.cards[1].detail.text()


def test_preferences_chooses_the_week_start(qtbot: Any, settings: Settings,
                                            app_state: Any, clock: FakeClock) -> None:
    from pilates_desktop.ui.preferences.dialog import PreferencesDialog

    dialog = PreferencesDialog(settings, app_state, None, voices=lambda: [], clock=clock)
    qtbot.addWidget(dialog)
    combo = dialog.controls[WEEK_START.key]
    assert combo.currentData() == "system"
    assert [combo.itemData(i) for i in range(combo.count())] == [
        "system", "monday", "sunday", "saturday"]
    system_day = QLocale().standaloneDayName(system_first_weekday() + 1)
    assert system_day in combo.itemText(0)
    combo.setCurrentIndex(combo.findData("sunday"))
    assert settings.first_weekday() == 6
    assert combo.accessibleDescription()
