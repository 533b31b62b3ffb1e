"""The next-morning check-in: better, the same or worse than before yesterday's session, and
pain now (core.care.checkin). A "worse" answer says at once what it changes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pilates_desktop.core.care.checkin import Feeling
from pilates_desktop.ui.player.pain_rating import PainRating

_ORDER = (Feeling.BETTER, Feeling.SAME, Feeling.WORSE)


class CheckInDialog(QDialog):
    """``feeling()`` and ``pain()`` hold the answer once accepted; rejecting means "not now"."""

    def __init__(self, routine_names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkin-dialog")
        self._routines = routine_names
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.question = QLabel(self)
        self.question.setWordWrap(True)
        row = QHBoxLayout()
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.choices: dict[Feeling, QPushButton] = {}
        for n, feeling in enumerate(_ORDER):
            b = QPushButton(self)
            b.setCheckable(True)
            b.setMinimumHeight(40)
            self.group.addButton(b, n)
            self.choices[feeling] = b
            row.addWidget(b)
        self.group.idToggled.connect(self._update)
        self.pain_rating = PainRating(self, compact=True)
        self.worse_note = QLabel(self)
        self.worse_note.setWordWrap(True)
        self.worse_note.setObjectName("worse-note")
        self.worse_note.setStyleSheet("QLabel#worse-note { border: 1px solid #b3261e;"
                                      " border-radius: 6px; padding: 8px; }")
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.later_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(self.question)
        lay.addLayout(row)
        lay.addSpacing(8)
        lay.addWidget(self.pain_rating)
        lay.addWidget(self.worse_note)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.retranslate_ui()
        self._update()

    def feeling(self) -> Feeling | None:
        n = self.group.checkedId()
        return _ORDER[n] if n >= 0 else None

    def pain(self) -> int | None:
        return self.pain_rating.value()

    def _update(self, *_: object) -> None:
        self.save_button.setEnabled(self.feeling() is not None)
        self.worse_note.setVisible(self.feeling() is Feeling.WORSE)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """The underlined letter chooses (B, S, W in English); digits rate the pain."""
        text = event.text()
        plain = not event.modifiers() & ~(Qt.KeyboardModifier.KeypadModifier
                                          | Qt.KeyboardModifier.ShiftModifier)
        for button in self.choices.values():
            label = button.text()
            at = label.find("&")
            if plain and text and 0 <= at < len(label) - 1 and \
                    label[at + 1].lower() == text.lower():
                button.setChecked(True)
                return
        if len(text) == 1 and text.isdigit():
            value = int(text)
            if value == 0 and self.pain_rating.value() == 1:
                value = 10
            self.pain_rating.set_value(value)
            return
        super().keyPressEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Good morning"))
        self.title.setText(self.tr("How is your back this morning?"))
        self.question.setText(self.tr("Compared with before yesterday's session, your back "
                                      "is:"))
        texts = {Feeling.BETTER: (self.tr("&Better"), self.tr("Better than before the session")),
                 Feeling.SAME: (self.tr("The &same"), self.tr("About the same as before")),
                 Feeling.WORSE: (self.tr("&Worse"), self.tr("Worse than before the session"))}
        for feeling, (text, tip) in texts.items():
            self.choices[feeling].setText(text)
            self.choices[feeling].setToolTip(tip)
        self.pain_rating.set_title(self.tr("Pain now (optional)"))
        names = ", ".join(self._routines)
        self.worse_note.setText(self.tr(
            "Then your next session of %1 will be a third lighter, with one set fewer, so "
            "your back can settle. The app will tell you again when it starts.").replace(
            "%1", names))
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Keep the answer in your history"))
        self.later_button.setText(self.tr("Not now"))
        self.later_button.setToolTip(self.tr("Close; the app does not ask again today"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
