"""Switching language at run time retranslates the open window at once: menus, an open
dialog, the exercise name in the player, and the locale of numbers and weeks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import i18n_tools
import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale

from pilates_desktop import i18n
from pilates_desktop.core.routines import Item, Routine
from pilates_desktop.services.settings import LANGUAGE, Settings


@pytest.fixture
def window(qapp: Any, make_window: Any, settings: Settings) -> Any:
    i18n_tools.ensure_built()
    settings.set_value(LANGUAGE, "en")
    yield make_window()
    i18n.install_translators(qapp, "en")


pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_language_switch_retranslates_the_open_window(window: Any, qapp: Any) -> None:
    from pilates_desktop.ui.preferences.dialog import PreferencesDialog

    settings = window.settings
    prefs = PreferencesDialog(settings, window.app_state, window, library=window.library,
                              voices=lambda: [], clock=window.clock)
    assert prefs.windowTitle() == "Preferences"
    assert window.file_menu.title() == "&File"

    routine = Routine("r", "R", (Item("childs-pose"),))
    assert window.start_routine(routine)
    window.session.tick()
    assert window.player_view.name_label.text() == "Child's Pose"

    # The user picks Deutsch in Preferences: the combo writes the setting, the setting
    # installs the translators, Qt sends LanguageChange to every widget.
    combo = prefs.language
    combo.setCurrentIndex(combo.findData("de"))
    qapp.processEvents()  # Qt delivers LanguageChange to the widgets through the event loop
    assert settings.value(LANGUAGE) == "de"
    assert i18n.current_language() == "de"
    assert prefs.windowTitle() == "Einstellungen"
    assert window.file_menu.title() == "&Datei"
    assert window.windowTitle() == QCoreApplication.translate("MainWindow", "Pilates Desktop")
    assert window.player_actions.hurts.text() == "Stopp – es tut weh"
    window.test_clock.advance(0.5)
    window.session.tick()
    assert window.player_view.name_label.text() == "Stellung des Kindes"

    # Numbers, dates and the first day of the week follow the language.
    assert QLocale().toString(1234.5, "f", 1) == "1.234,5"
    assert QLocale().firstDayOfWeek().name == "Monday"
    assert "November" in QLocale().toString(QDate(2026, 11, 21), QLocale.FormatType.LongFormat)

    combo.setCurrentIndex(combo.findData("es"))
    qapp.processEvents()
    assert prefs.windowTitle() == "Preferencias"
    assert window.file_menu.title() == "&Archivo"
    window.test_clock.advance(0.5)
    window.session.tick()
    assert window.player_view.name_label.text() == "Postura del niño"
    assert QLocale().toString(1234.5, "f", 1) in ("1234,5", "1.234,5")

    combo.setCurrentIndex(combo.findData("en"))
    qapp.processEvents()
    assert window.file_menu.title() == "&File"
    window.test_clock.advance(0.5)
    window.session.tick()
    assert window.player_view.name_label.text() == "Child's Pose"


@pytest.mark.parametrize("language", ["en", "de", "es"])
def test_window_fits_1280x720_in_every_language(window: Any, qapp: Any, language: str) -> None:
    """Longer German and Spanish labels must not push the window past a 1280x720 screen."""
    window.settings.set_value(LANGUAGE, language)
    qapp.processEvents()
    hint = window.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 720, (language, hint)


def test_qt_own_strings_are_translated_too(qapp: Any) -> None:
    """qtbase_de.qm is installed with ours, so Qt's own dialogs and buttons speak German."""
    i18n_tools.ensure_built()
    try:
        i18n.install_translators(qapp, "de")
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
        i18n.install_translators(qapp, "es")
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
    finally:
        i18n.install_translators(qapp, "en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_open_shortcuts_window_follows_the_language(window: Any, qapp: Any, qtbot: Any) -> None:
    from pilates_desktop.ui.dialogs.shortcuts import ShortcutsDialog

    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    window.settings.set_value(LANGUAGE, "de")
    qapp.processEvents()  # LanguageChange, then the deferred re-read of the actions
    qapp.processEvents()
    assert dialog.windowTitle() == "Tastenkürzel"
    actions = {action for _group, action, _keys in dialog.rows()}
    assert "Anhalten" in actions and "Einstellungen" in actions


def test_player_routine_title_and_idle_count_follow_a_switch(window: Any, qapp: Any) -> None:
    """A built-in routine's title in the player changes language mid-session, and the idle
    panel's exercise count uses the plural forms of each language."""
    from pilates_desktop.core.routines.repository import builtin_routines

    routines = {r.id: r for r in builtin_routines(window.library)}
    powerhouse = routines["powerhouse"]
    n = len(powerhouse.items)
    window.idle_panel.set_routine(powerhouse, 600.0)
    assert f"{n} exercises" in window.idle_panel.info.text()
    one = powerhouse.with_items(powerhouse.items[:1])
    window.idle_panel.set_routine(one, 60.0)
    assert "1 exercise" in window.idle_panel.info.text()
    assert "1 exercises" not in window.idle_panel.info.text()

    assert window.start_routine(powerhouse)
    window.session.tick()
    assert window.player_view.routine_label.text() == "Powerhouse"
    window.settings.set_value(LANGUAGE, "de")
    qapp.processEvents()
    assert window.player_view.routine_label.text() == "Kraftzentrum"
    window.settings.set_value(LANGUAGE, "es")
    qapp.processEvents()
    assert window.player_view.routine_label.text() == "Centro de fuerza"
    assert "1 ejercicio" in window.idle_panel.info.text()
    window.idle_panel.set_routine(powerhouse, 600.0)
    assert f"{n} ejercicios" in window.idle_panel.info.text()
    window.settings.set_value(LANGUAGE, "de")
    qapp.processEvents()
    assert f"{n} Übungen" in window.idle_panel.info.text()
    window.settings.set_value(LANGUAGE, "en")
    qapp.processEvents()
    assert window.player_view.routine_label.text() == "Powerhouse"


def test_a_user_routine_title_stays_as_named(window: Any, qapp: Any) -> None:
    assert window.start_routine(Routine("powerhouse-mine", "My Morning", (Item("childs-pose"),)))
    window.session.tick()
    window.settings.set_value(LANGUAGE, "de")
    qapp.processEvents()
    assert window.player_view.routine_label.text() == "My Morning"


def test_history_notices_at_start_up_read_in_the_language(window: Any, qapp: Any,
                                                          tmp_path: Path) -> None:
    from pilates_desktop.core.history import Notice, NoticeKind

    def shown(notice: Notice) -> str:
        window.show_history_notice(notice)
        return str(window.statusBar().currentMessage())

    closed = Notice(NoticeKind.INTERRUPTED_CLOSED, "2 session(s) cut short ...", count=2)
    failed = Notice(NoticeKind.BACKUP_FAILED, "The daily backup ... failed",
                    path=tmp_path / "backup.sqlite3", detail="disk I/O error")
    assert shown(closed) == "2 sessions cut short last time were saved as interrupted."
    window.settings.set_value(LANGUAGE, "de")
    qapp.processEvents()
    assert shown(closed).startswith("2 beim letzten Mal abgebrochene Einheiten")
    text = shown(failed)
    assert text.startswith("Die tägliche Sicherung") and "backup.sqlite3" in text
    assert "disk I/O error" in text  # SQLite's own words stay as they are
    window.settings.set_value(LANGUAGE, "en")
