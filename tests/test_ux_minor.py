"""Issue 14 item 15: dates in the locale's medium format, History closes with Esc and Ctrl+W,
the get-ready is a setting (10 s by default), the pain scale's choice stands out."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from pilates_desktop.core.history import SessionRecord, SessionStatus
from pilates_desktop.i18n import medium_date, medium_date_format

pytestmark = pytest.mark.qt_log_ignore("does not support")


@pytest.mark.parametrize(("locale", "text"), [
    ("C", "4 Dec 2026"), ("en_US", "Dec 4, 2026"), ("en_GB", "4 Dec 2026"),
    ("de_DE", "4. Dez. 2026"), ("es_ES", "4 dic 2026"),
])
def test_medium_dates_name_the_month(locale: str, text: str) -> None:
    assert medium_date(date(2026, 12, 4), QLocale(locale)) == text
    assert "dddd" not in medium_date_format(QLocale(locale))


def test_the_session_list_writes_dates_in_the_medium_format(qapp: Any) -> None:
    from pilates_desktop.ui.history.sessions import SessionTableModel

    record = SessionRecord("s1", "r", "R", datetime(2026, 12, 4, 18, 5, tzinfo=UTC),
                           datetime(2026, 12, 4, 18, 20, tzinfo=UTC), 900, 900,
                           SessionStatus.FINISHED)
    model = SessionTableModel(lambda: QLocale("C"), UTC)
    model.set_records([record])
    assert model.index(0, 0).data() == "4 Dec 2026 18:05"  # was "4 12 2026 18:05"
    model = SessionTableModel(lambda: QLocale("de_DE"), UTC)
    model.set_records([record])
    assert model.index(0, 0).data() == "4. Dez. 2026 18:05"


@pytest.mark.parametrize("keys", [
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
])
def test_esc_and_ctrl_w_close_history(make_window: Any, qtbot: Any,
                                      keys: tuple[Qt.Key, Any]) -> None:
    window = make_window()
    window.show()
    window.show_history()
    history = window.history_window
    qtbot.waitExposed(history)
    history.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is history)
    history.tabs.setCurrentIndex(1)  # the session list, which takes the keys first
    history.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is history.table)
    qtbot.keyClick(history.table, *keys)
    qtbot.waitUntil(lambda: window.history_window is None)


def test_the_get_ready_is_a_setting_of_ten_seconds_by_default(make_window: Any) -> None:
    from pilates_desktop.core.routines import Item, Routine
    from pilates_desktop.core.timeline import Pace, SegmentKind
    from pilates_desktop.services.settings import GET_READY_S
    from pilates_desktop.ui.preferences.dialog import PreferencesDialog

    assert Pace().get_ready_s == 10
    window = make_window()
    assert window.settings.value(GET_READY_S) == 10
    assert window.start_routine(Routine("r", "R", (Item("childs-pose"),)))
    timeline = window.session.timeline
    assert timeline is not None
    first = timeline.segments[0]
    assert first.kind is SegmentKind.GET_READY and first.duration_s == 10
    window.session.stop()
    prefs = PreferencesDialog(window.settings, window.app_state, window, library=window.library,
                              voices=lambda: [], clock=window.clock)
    spin = prefs.controls[GET_READY_S.key]
    assert spin.value() == 10
    spin.setValue(20)
    assert window.settings.pace().get_ready_s == 20
