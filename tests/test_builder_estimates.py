"""Issue 14 item 12 (the builder's half): the item editor's estimated time can be read (it was
squeezed to nothing beside its buttons), and an empty routine shows no preview of another."""

from __future__ import annotations

from typing import Any

import i18n_tools
import pytest
from PySide6.QtWidgets import QApplication

from pilates_desktop import i18n

pytestmark = pytest.mark.qt_log_ignore("does not support")


@pytest.fixture
def window(make_window: Any, qtbot: Any) -> Any:
    w = make_window()
    w.resize(1024, 600)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.workspace.flush_saves()


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_estimated_time_is_shown_whole(window: Any, qapp: Any, language: str) -> None:
    i18n_tools.ensure_built()
    i18n.install_translators(qapp, language)
    try:
        ws = window.workspace
        ws.new_routine("Estimate")
        ws.add_exercises(["clams", "the-hundred"])
        ws._select_rows(1, 1, [1])
        QApplication.processEvents()
        label = ws.item_editor.time_label
        seconds = ws.playlist_model.row_seconds(1)
        from pilates_desktop.core.durations import format_duration

        assert label.text().endswith("≈ " + format_duration(seconds))
        assert label.isVisible()
        # Wide enough for its text (or wrapped onto lines tall enough for it).
        fm = label.fontMetrics()
        need = fm.boundingRect(0, 0, label.width(), 10_000, int(label.alignment()) | 0x1000,
                               label.text()).height()
        assert label.width() >= min(fm.horizontalAdvance(label.text()), 80)
        assert label.height() >= need
    finally:
        i18n.install_translators(qapp, "en")


def test_an_empty_routine_shows_no_preview_of_the_last(window: Any, qtbot: Any) -> None:
    ws, idle = window.workspace, window.idle_panel
    ws.new_routine("Full")
    ws.add_exercises(["clams"])
    QApplication.processEvents()
    assert idle.card.isVisible()
    ws.new_routine("Empty")
    QApplication.processEvents()
    assert ws.current_routine().items == ()
    assert not idle.card.isVisible()
    assert "No exercises yet" in idle.info.text()
    assert not window.start_action.isEnabled()
    # An exercise picked in the library is shown, even here; adding it shows the routine's.
    idle.show_exercise("the-hundred")
    assert idle.card.isVisible()
    ws.add_exercises(["glute-bridge"])
    QApplication.processEvents()
    assert idle.card.isVisible() and "1 exercise" in idle.info.text()
