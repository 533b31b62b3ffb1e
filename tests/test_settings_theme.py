"""The THEME setting: light and dark apply Fusion with our palettes at once; "system" gives
the platform's own look back and follows the desktop's light/dark changes."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel

from pilates_desktop.services.settings import THEME, Settings
from pilates_desktop.ui.widgets import theme
from pilates_desktop.ui.widgets.theme import apply_theme, install_theme, is_dark, palette_for

R = QPalette.ColorRole


def test_light_and_dark_apply_at_once(qapp: QApplication, qtbot: Any) -> None:
    label = QLabel("x")
    qtbot.addWidget(label)
    system_style = qapp.style().name()
    try:
        apply_theme(qapp, "dark")
        qapp.processEvents()
        assert isinstance(qapp.style(), theme.ClearIndicatorStyle)  # Fusion, clearer boxes
        assert qapp.style().baseStyle().name().lower() == "fusion"
        assert is_dark(qapp.palette())
        assert label.palette().color(R.Window) == palette_for("dark").color(R.Window)
        apply_theme(qapp, "light")
        qapp.processEvents()
        assert not is_dark(qapp.palette())
        assert label.palette().color(R.WindowText) == palette_for("light").color(R.WindowText)
    finally:
        apply_theme(qapp, "system")
        qapp.processEvents()
    assert qapp.style().name().lower() == system_style.lower()
    assert qapp.palette() == qapp.style().standardPalette()


def test_the_setting_drives_the_theme(qapp: QApplication, settings: Settings) -> None:
    install_theme(qapp, settings)
    try:
        settings.set_value(THEME, "dark")
        assert theme.current_theme(qapp) == "dark" and is_dark(qapp.palette())
        settings.set_value(THEME, "light")
        assert theme.current_theme(qapp) == "light" and not is_dark(qapp.palette())
    finally:
        settings.set_value(THEME, "system")
    assert theme.current_theme(qapp) == "system"


def test_system_theme_follows_the_desktop(qapp: QApplication, monkeypatch: Any) -> None:
    apply_theme(qapp, "system")
    state = theme._state(qapp)
    calls: list[str] = []
    monkeypatch.setattr(state, "apply_system", lambda: calls.append("system"))
    state._scheme_changed(None)  # what QStyleHints.colorSchemeChanged calls
    assert calls == ["system"]
    apply_theme(qapp, "light")
    try:
        state._scheme_changed(None)
        assert calls == ["system"]  # a fixed theme ignores the desktop
    finally:
        monkeypatch.undo()
        apply_theme(qapp, "system")


def test_unknown_theme_names_fall_back_to_system(qapp: QApplication) -> None:
    apply_theme(qapp, "sepia")
    assert theme.current_theme(qapp) == "system"
