"""German and Spanish capitals keep their accents: "4 Übungen", never "4 Ubungen".

Qt makes a one-line label exactly as tall as its font's ascent and descent, and DejaVu Sans
(the "Sans Serif" of most Linux systems, and of these tests) draws the dots of Ü above its
ascent. A label given its size hint lost them at its top edge. Each label's pixels are
compared with the same text drawn with room to spare: no ink may be missing.
"""

from __future__ import annotations

from typing import Any

import i18n_tools
import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QImage, QRegion
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from pilates_desktop import i18n
from pilates_desktop.services.settings import LANGUAGE, NECK_PROBLEMS, Settings
from pilates_desktop.ui.widgets.theme import ACCENTED_CAPITALS, accent_overflow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _ink(widget: QWidget) -> int:
    """Dark pixels of the widget drawn on white, without its background: its text."""
    image = QImage(widget.size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    widget.render(image, QPoint(0, 0), QRegion(), QWidget.RenderFlag.DrawChildren)
    return sum(1 for y in range(image.height()) for x in range(image.width())
               if image.pixelColor(x, y).lightness() < 160)


def _roomy_ink(label: QLabel) -> int:
    """The ink of the label's text drawn by a copy with 24 spare pixels above and below."""
    copy = QLabel()
    copy.setFont(label.font())
    copy.setPalette(label.palette())
    copy.setTextFormat(label.textFormat())
    copy.setWordWrap(label.wordWrap())
    copy.setAlignment(label.alignment())
    copy.setIndent(label.indent())
    copy.setMargin(label.margin())
    copy.setText(label.text())
    copy.resize(label.width(), label.height() + 48)
    copy.setContentsMargins(label.contentsMargins())
    ink = _ink(copy)
    copy.deleteLater()
    return ink


def accented_labels(root: QWidget) -> list[QLabel]:
    return [label for label in root.findChildren(QLabel)
            if label.isVisible() and any(c in label.text() for c in ACCENTED_CAPITALS)]


def assert_accents_whole(root: QWidget) -> int:
    labels = accented_labels(root)
    for label in labels:
        drawn = _ink(label)
        assert drawn >= _roomy_ink(label), (label.text(), label.size(), drawn)
    return len(labels)


def test_dejavu_draws_accents_above_its_ascent(qapp: Any) -> None:
    """Why the room is needed: the test font's Ü reaches above the line box Qt sizes by."""
    assert accent_overflow(qapp.font()) > 0


def test_a_label_at_its_size_hint_keeps_the_dots_of_its_capital_umlaut(make_window: Any
                                                                       ) -> None:
    make_window()  # the app's look, installed by build_app
    label = QLabel("4 Übungen")
    label.resize(label.sizeHint())
    label.show()
    QApplication.processEvents()
    assert label.contentsMargins().top() == accent_overflow(label.font())
    assert _ink(label) >= _roomy_ink(label)
    # A bigger font asks for more room, and only that much (not added twice).
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    label.setFont(font)
    assert label.contentsMargins().top() == accent_overflow(font)


@pytest.mark.parametrize("language", ["de", "es"])
def test_dialog_and_window_labels_keep_their_accents(make_window: Any, settings: Settings,
                                                     prompter: Any, language: str) -> None:
    i18n_tools.ensure_built()
    settings.set_value(LANGUAGE, language)
    settings.set_value(NECK_PROBLEMS, True)  # so "Before You Start" opens
    seen: list[int] = []

    def check(dialog: Any) -> bool:
        dialog.show()
        QApplication.processEvents()
        seen.append(assert_accents_whole(dialog))
        return False

    prompter.answers["safety-review"] = check
    window = make_window()
    try:
        window.resize(1024, 600)
        window.show()
        QApplication.processEvents()
        assert_accents_whole(window)
        window._start_current()  # noqa: SLF001 - what Start does
        assert seen, "Before You Start was not shown"
        if language == "de":  # "4 Übungen, etwa 7 Min." and "Bei einigen Übungen ..."
            assert seen[0] >= 2
    finally:
        QApplication.processEvents()
        i18n.install_translators(QApplication.instance(), "en")  # type: ignore[arg-type]


def test_rows_of_item_views_keep_their_accents(qapp: Any, qtbot: Any) -> None:
    """The keyboard shortcuts' German rows read 'Übung duplizieren', not 'Ubung' (its tree,
    like every view with Qt's own delegate, made rows as tall as the font's ascent and
    descent)."""
    from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

    from pilates_desktop.ui.widgets.theme import give_accents_room

    give_accents_room(qapp)
    tree = QTreeWidget()
    qtbot.addWidget(tree)
    tree.setHeaderHidden(True)
    item = QTreeWidgetItem(tree, ["Übung duplizieren"])
    tree.show()
    qtbot.waitExposed(tree)
    need = accent_overflow(tree.font())
    assert need > 0  # DejaVu Sans at the default size: else this test shows nothing
    metrics = tree.fontMetrics()
    row = tree.visualItemRect(item)
    assert row.height() >= metrics.ascent() + metrics.descent() + 2 * need
