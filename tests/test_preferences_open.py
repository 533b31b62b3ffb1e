"""Preferences opens once per window: asking again raises the open one, and a closed one is
gone (the next asking makes a fresh one). The dialog is found among the window's children;
no module keeps a table of open dialogs."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from pilates_desktop.ui.preferences.dialog import PreferencesDialog


def _open(window: Any) -> list[PreferencesDialog]:
    return [d for d in window.findChildren(PreferencesDialog) if d.isVisible()]


@pytest.mark.qt_log_ignore("does not support raise")  # the offscreen platform plugin
def test_preferences_open_once_per_window_and_anew_after_closing(make_window: Any) -> None:
    window = make_window()
    window.show_preferences()
    [first] = _open(window)
    window.show_preferences()
    assert _open(window) == [first]  # raised, not a second one
    first.close()
    window.show_preferences()  # before the closed one is deleted: a new one all the same
    [second] = _open(window)
    assert second is not first
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert window.findChildren(PreferencesDialog) == [second]
