"""The pain before and after a session, asked one way: a 0-10 scale that the digit keys answer
(1 then 0 is 10) and that one key skips.

Before: ``PainBeforeDialog`` is part of starting a routine. A rating starts at once, Enter
starts without one, Esc does not start. After: the summary dialog holds the same
``PainQuestion``; digits rate, Enter saves and closes, Esc closes without a rating. The scale
is the per-exercise bar of ui/care (same keys, same buttons), so every pain rating of the app
reads and types the same.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pilates_desktop.core.clock import Clock
from pilates_desktop.core.routines import Routine
from pilates_desktop.core.text import fill
from pilates_desktop.services.prompter import Prompter
from pilates_desktop.ui.care.exercise_pain import ExercisePainBar
from pilates_desktop.ui.widgets.theme import selected_button_style

PAIN_BEFORE = "pain-before"  # the Prompter's key for the question before a session

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class PainScale(ExercisePainBar):
    """The 0-10 row for the whole back (not one exercise); its choice stands out clearly."""

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(clock, parent)
        self.setObjectName("pain-scale")
        self.skip_button.hide()  # the dialog's own buttons skip
        for b in self.buttons:
            b.setFixedWidth(40)
            b.setMinimumHeight(36)
        self._restyle()

    def _restyle(self) -> None:
        self.setStyleSheet(selected_button_style(self.palette()))

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.label.setText(self.tr("Pain:"))
        self.setToolTip(self.tr("Your back pain now: type 0-9, or 1 then 0 for 10"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()
        super().changeEvent(event)


class PainQuestion(QWidget):
    """A question, the scale and how to answer it by keyboard. ``value()`` is the rating."""

    rated = Signal(int)

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: int | None = None
        self._question = ""
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.scale = PainScale(clock, self)
        self.scale.rated.connect(self._rated)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.title)
        lay.addWidget(self.scale)
        lay.addWidget(self.hint)

    def value(self) -> int | None:
        return self._value

    def set_question(self, text: str, hint: str) -> None:
        self.title.setText(text)
        self.hint.setText(hint)
        self.scale.setAccessibleName(text)
        self.scale.setAccessibleDescription(hint)

    def _rated(self, value: int) -> None:
        self._value = value
        self.rated.emit(value)

    def handle_key(self, event: QKeyEvent) -> bool:
        """A digit (or Enter after a 1) rates: True. Other keys are the dialog's: False."""
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        if event.text().isdigit() or event.key() in _ENTER:  # Enter: only to confirm a 1
            return self.scale.handle_key(event)
        return False


class PainBeforeDialog(QDialog):
    """Before a routine starts: how the back feels. ``value()`` after ``exec``; rejected means
    the routine does not start."""

    def __init__(self, clock: Clock, routine_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pain-before-dialog")
        self._routine_title = routine_title
        self.question = PainQuestion(clock, self)
        self.question.rated.connect(lambda _value: self.accept())
        self.buttons = QDialogButtonBox(self)
        self.skip_button = QPushButton(self)
        self.skip_button.setDefault(True)
        self.skip_button.setAutoDefault(True)
        self.buttons.addButton(self.skip_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(20, 16, 20, 12)
        lay.setSpacing(12)
        lay.addWidget(self.question)
        lay.addWidget(self.buttons)
        self.retranslate_ui()

    def value(self) -> int | None:
        return self.question.value()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if not self.question.handle_key(event):
            super().keyPressEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(fill(self.tr("Start %1"), self._routine_title))
        self.question.set_question(
            self.tr("How does your back feel right now?"),
            self.tr("0 = no pain, 10 = the worst pain you can imagine. Type the number "
                    "(1 then 0 for 10) and the routine starts; Enter starts without a rating, "
                    "Esc does not start."))
        self.skip_button.setText(self.tr("Start Without Rating"))
        self.skip_button.setToolTip(self.tr("Start the routine and leave the pain unrated "
                                            "(Enter)"))
        self.cancel_button.setToolTip(self.tr("Do not start the routine (Esc)"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


@dataclass(frozen=True)
class Answer:
    """What the question before a session brought: a rating, or None when skipped."""

    value: int | None


def ask_pain_before(parent: QWidget, clock: Clock, prompter: Prompter,
                    routine: Routine) -> Answer | None:
    """Ask the pain before ``routine`` starts: an Answer, or None when the user chose not to
    start."""
    from pilates_desktop.i18n import routine_name

    dialog = PainBeforeDialog(clock, routine_name(routine), parent)
    try:
        if not prompter.run(PAIN_BEFORE, dialog):
            return None
        return Answer(dialog.value())
    finally:
        dialog.deleteLater()
        parent.activateWindow()  # the player's keys work at once (no window manager needed)
