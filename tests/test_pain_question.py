"""Issue 14 item 3: the pain before is asked as part of starting, by digit keys (1 then 0 for 10),
and one key skips it; the pain after is asked the same way. Item 15: the chosen number on the
scale stands out (contrast measured on the rendered buttons, light and dark)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QDialog, QPushButton

from pilates_desktop.core.care.pain import TEN_WINDOW_S
from pilates_desktop.core.clock import FakeClock
from pilates_desktop.core.history import SessionStatus
from pilates_desktop.core.routines import Item, Routine
from pilates_desktop.ui.dialogs.pain_question import PAIN_BEFORE, PainBeforeDialog, PainScale
from pilates_desktop.ui.widgets.theme import contrast_ratio, palette_for

pytestmark = pytest.mark.qt_log_ignore("does not support")

ROUTINE = Routine("r", "R", (Item("childs-pose"),))


def _typing(qtbot: Any, *keys: Qt.Key, clock: FakeClock | None = None) -> Any:
    """A prompter answer that shows the question (as exec does) and types ``keys`` into it."""

    def answer(dialog: PainBeforeDialog) -> bool:
        dialog.show()
        qtbot.waitExposed(dialog)
        for key in keys:
            qtbot.keyClick(dialog, key)
        if clock is not None:  # a lone 1 settles once its window has passed
            clock.advance(TEN_WINDOW_S + 0.1)
            dialog.question.scale.settle()
        accepted = dialog.result() == QDialog.DialogCode.Accepted
        dialog.hide()
        return accepted

    return answer


def _activate(qtbot: Any, dialog: QDialog) -> None:
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)


def _pain_before(window: Any) -> int | None:
    sid = window.session.session_id
    window.session.stop()
    return window.history.session(sid).pain_before


@pytest.mark.parametrize(("keys", "expected"), [
    ((Qt.Key.Key_0,), 0),
    ((Qt.Key.Key_7,), 7),
    ((Qt.Key.Key_1, Qt.Key.Key_0), 10),
    ((Qt.Key.Key_1, Qt.Key.Key_Return), 1),  # Enter makes a lone 1 final at once
])
def test_a_digit_answers_and_the_routine_starts(make_window: Any, prompter: Any, qtbot: Any,
                                                keys: tuple[Qt.Key, ...], expected: int) -> None:
    window = make_window()
    prompter.answers[PAIN_BEFORE] = _typing(qtbot, *keys)
    assert window.start_routine(ROUTINE)
    assert prompter.texts(PAIN_BEFORE) == ["Start R"]
    assert _pain_before(window) == expected


def test_a_lone_one_settles_to_one(make_window: Any, prompter: Any, qtbot: Any) -> None:
    window = make_window()
    prompter.answers[PAIN_BEFORE] = _typing(qtbot, Qt.Key.Key_1, clock=window.test_clock)
    assert window.start_routine(ROUTINE)
    assert _pain_before(window) == 1


def test_enter_skips_and_starts_esc_does_not_start(make_window: Any, prompter: Any,
                                                   qtbot: Any) -> None:
    window = make_window()
    prompter.answers[PAIN_BEFORE] = _typing(qtbot, Qt.Key.Key_Return)
    assert window.start_routine(ROUTINE)
    assert _pain_before(window) is None
    count = window.history.count()
    prompter.answers[PAIN_BEFORE] = _typing(qtbot, Qt.Key.Key_Escape)
    assert not window.start_routine(ROUTINE)
    assert not window.session.is_active() and window.history.count() == count


def test_the_dialog_takes_keys_when_shown(qtbot: Any) -> None:
    """Shown for real (exec's path): the digit goes to the dialog, not to a button."""
    dialog = PainBeforeDialog(FakeClock(), "Back-Care Basics")
    qtbot.addWidget(dialog)
    dialog.show()
    _activate(qtbot, dialog)
    assert dialog.skip_button.isDefault()
    qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_4)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.value() == 4
    assert dialog.question.scale.buttons[4].isChecked()


def test_pain_after_is_typed_the_same_way(make_window: Any, prompter: Any, qtbot: Any) -> None:
    window = make_window()
    window.show()
    assert window.start_routine(ROUTINE)
    window.session.stop()
    dialog = window.summary_dialog
    assert dialog is not None and dialog._summary.status is SessionStatus.STOPPED
    _activate(qtbot, dialog)
    assert isinstance(QApplication.focusWidget(), QPushButton)  # not the note
    qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_1)
    qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_0)
    assert dialog.pain_after.value() == 10
    qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Return)  # saves
    assert not dialog.isVisible()
    assert window.history.session(dialog._summary.session_id).pain_after == 10


def test_pain_after_can_be_skipped_with_esc(make_window: Any, qtbot: Any) -> None:
    window = make_window()
    window.show()
    assert window.start_routine(ROUTINE)
    window.session.stop()
    dialog = window.summary_dialog
    _activate(qtbot, dialog)
    qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert window.history.session(dialog._summary.session_id).pain_after is None


def _button_colour(scale: PainScale, n: int) -> QColor:
    image = scale.grab().toImage()
    button = scale.buttons[n]
    centre = button.geometry().center()
    # a point inside the button's face, clear of its digit and its frame
    return image.pixelColor(button.geometry().left() + 5, centre.y())


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_chosen_number_stands_out(qtbot: Any, qapp: Any, theme: str) -> None:
    scale = PainScale(FakeClock())
    qtbot.addWidget(scale)
    scale.setPalette(palette_for(theme))
    scale.show()
    qtbot.waitExposed(scale)
    scale.buttons[6].click()
    qapp.processEvents()
    chosen, other = _button_colour(scale, 6), _button_colour(scale, 5)
    # WCAG non-text contrast for a state: at least 3:1 against its neighbours
    assert contrast_ratio(chosen, other) >= 3.0, (chosen.name(), other.name())
    assert scale.buttons[6].font().bold() or "bold" in scale.styleSheet()
