"""Rating pain for the exercise in hand, at any moment or after it, without stopping the count.

Digits 0-9 rate at once, 1 then 0 is 10 (core.care.pain.PainKeys), a click on a number rates,
Skip says "no rating". Above 5 the player stops the exercise and asks what to do instead
(``TooMuchDialog``): the exercise's easier form, skipping it, or ending the session.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pilates_desktop import i18n
from pilates_desktop.core.care.pain import ACCEPTABLE_MAX, TEN_WINDOW_S, PainKeys, PainResponse
from pilates_desktop.core.clock import Clock
from pilates_desktop.core.library import Exercise, Library
from pilates_desktop.core.text import fill


class ExercisePainBar(QWidget):
    """A row of 0-10 and Skip. ``rated(value)`` once a rating is final; ``skipped()``."""

    rated = Signal(int)
    skipped = Signal()

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exercise-pain-bar")
        self._clock = clock
        self._keys = PainKeys()
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(int(TEN_WINDOW_S * 1000) + 50)
        self._settle.timeout.connect(self.settle)
        self.label = QLabel(self)
        self.group = QButtonGroup(self)
        self.buttons: list[QPushButton] = []
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(3)
        row.addWidget(self.label)
        for n in range(11):
            b = QPushButton(str(n), self)
            b.setCheckable(True)
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # Space keeps pausing the player
            b.setFixedWidth(34)
            self.group.addButton(b, n)
            self.buttons.append(b)
            row.addWidget(b)
        self.group.idClicked.connect(self._clicked)
        self.skip_button = QPushButton(self)
        self.skip_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.skip_button.clicked.connect(self._skip)
        row.addWidget(self.skip_button)
        row.addStretch(1)
        self.retranslate_ui()

    def reset(self) -> None:
        """A new exercise: nothing rated yet."""
        self._settle.stop()
        self._keys = PainKeys()
        self._show(None)

    def _show(self, value: int | None) -> None:
        self.group.setExclusive(False)
        for n, b in enumerate(self.buttons):
            b.setChecked(n == value)
        self.group.setExclusive(True)

    def _clicked(self, n: int) -> None:
        self._settle.stop()
        self._keys = PainKeys()
        self._show(n)
        self.rated.emit(n)

    def _skip(self) -> None:
        self.reset()
        self.skipped.emit()

    def handle_key(self, event: QKeyEvent) -> bool:
        """For the player's key handler: True when the key was a rating (digits, Enter)."""
        text = event.text()
        if len(text) == 1 and text.isdigit():
            entry = self._keys.press(text, self._clock.monotonic())
            self._show(entry.value)
            if entry.pending:
                self._settle.start()
            else:
                self._settle.stop()
                if entry.value is not None:
                    self.rated.emit(entry.value)
            return True
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._keys.pending:
            self._settle.stop()
            value = self._keys.confirm()
            if value is not None:
                self.rated.emit(value)
            return True
        return False

    def settle(self) -> None:
        """A lone 1 becomes final once no 0 followed (the timer calls this; tests may too)."""
        value = self._keys.settle(self._clock.monotonic())
        if value is not None:
            self.rated.emit(value)
        elif self._keys.pending:
            self._settle.start()

    def retranslate_ui(self) -> None:
        self.label.setText(self.tr("Pain now:"))
        self.setToolTip(self.tr("Rate your pain during this exercise: type 0-9, or 1 then 0 "
                                "for 10. Above 5 the exercise stops."))
        for n, b in enumerate(self.buttons):
            b.setAccessibleName(fill(self.tr("Pain %1 of 10"), str(n)))
            b.setToolTip(fill(self.tr("Pain %1 of 10 (key %2)"),
                              str(n), "1, 0" if n == 10 else str(n)))
        self.skip_button.setText(self.tr("Skip"))
        self.skip_button.setToolTip(self.tr("No rating for this exercise"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class InsteadChoice(StrEnum):
    EASIER = "easier"
    SKIP = "skip"
    STOP = "stop"


class TooMuchDialog(QDialog):
    """Pain above 5: the exercise has stopped; choose what comes instead."""

    def __init__(self, exercise: Exercise, pain: int, response: PainResponse,
                 library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("too-much-dialog")
        self._exercise = exercise
        self._pain = pain
        self._response = response
        self._library = library
        self.choice = InsteadChoice.SKIP
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.body = QLabel(self)
        self.body.setWordWrap(True)
        self.easier_button = QPushButton(self)
        self.easier_button.setVisible(response.easier is not None)
        self.easier_detail = QLabel(self)
        self.easier_detail.setWordWrap(True)
        self.easier_detail.setVisible(response.easier is not None)
        self.skip_button = QPushButton(self)
        self.stop_button = QPushButton(self)
        for button, choice in ((self.easier_button, InsteadChoice.EASIER),
                               (self.skip_button, InsteadChoice.SKIP),
                               (self.stop_button, InsteadChoice.STOP)):
            button.clicked.connect(lambda _=False, c=choice: self._choose(c))
        (self.easier_button if response.easier is not None else self.skip_button).setDefault(True)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(self.body)
        lay.addSpacing(6)
        lay.addWidget(self.easier_button)
        lay.addWidget(self.easier_detail)
        lay.addWidget(self.skip_button)
        lay.addWidget(self.stop_button)
        self.setMinimumWidth(520)
        self.retranslate_ui()

    def _choose(self, choice: InsteadChoice) -> None:
        self.choice = choice
        self.accept()

    def reject(self) -> None:
        # Esc or closing: the safe choice, leave this exercise out.
        self.choice = InsteadChoice.SKIP
        super().reject()

    def easier_text(self) -> str:
        adj = self._response.easier
        if adj is None:
            return ""
        text = i18n.ex_adjustment_text(self._exercise, "easier")
        if adj.exercise is not None and adj.exercise in self._library:
            name = i18n.ex_name(self._library[adj.exercise])
            return fill(self.tr("%1: %2"), name, text)
        return text

    def retranslate_ui(self) -> None:
        name = i18n.ex_name(self._exercise)
        self.setWindowTitle(self.tr("Too much pain"))
        self.title.setText(fill(self.tr("Pain %1 of 10 is too much: %2 stops here."),
                                str(self._pain), name))
        self.body.setText(fill(self.tr(
                 "Above %1 out of 10 your back is saying this is too much for today. Do not push "
                 "through it. Choose what comes instead:"),
                               str(ACCEPTABLE_MAX)))
        self.easier_button.setText(self.tr("Do the &easier form instead"))
        self.easier_button.setToolTip(self.tr("Carry on with the easier form of this exercise"))
        self.easier_detail.setText(self.easier_text())
        self.skip_button.setText(self.tr("&Skip this exercise"))
        self.skip_button.setToolTip(self.tr("Go on with the next exercise of the routine"))
        self.stop_button.setText(self.tr("S&top the session"))
        self.stop_button.setToolTip(self.tr("End the session here; what you did is saved"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
