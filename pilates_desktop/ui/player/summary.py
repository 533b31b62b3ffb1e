"""The end of a session: what was done, an optional pain rating after, and a note.

The pain after is asked as the pain before was (ui/dialogs/pain_question): digits rate, 1 then
0 is 10, Enter saves and closes, Esc closes without a rating.

The session itself is already saved when this opens (the controller closed it in the history
as it ended); this dialog only adds what the user chooses to add, through the history store.
After "Stop — it hurts" it leads with the advice: stop for today, let it calm down, and check
with a professional before trying that exercise again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from pilates_desktop.core.clock import Clock
from pilates_desktop.core.durations import format_duration
from pilates_desktop.core.history import SessionStatus
from pilates_desktop.core.library import Library
from pilates_desktop.core.text import fill
from pilates_desktop.services.session import SessionSummary
from pilates_desktop.ui.dialogs.pain_question import PainQuestion

MAX_NOTE = 2000


class SummaryDialog(QDialog):
    def __init__(self, summary: SessionSummary, library: Library,
                 save: Callable[[int | None, str], object], clock: Clock,
                 parent: QWidget | None = None) -> None:
        """``save(pain_after, note)`` stores the optional answers (the session's own API)."""
        super().__init__(parent)
        self.setObjectName("summary-dialog")
        self._summary = summary
        self._library = library
        self._save = save
        self.setMinimumWidth(520)

        self.title = QLabel(self)
        f = self.title.font()
        f.setPointSizeF(f.pointSizeF() * 1.6)
        f.setBold(True)
        self.title.setFont(f)
        self.advice = QLabel(self)
        self.advice.setWordWrap(True)
        self.advice.setObjectName("pain-advice")
        self.advice.setFrameShape(QFrame.Shape.StyledPanel)
        self.advice.setStyleSheet("QLabel#pain-advice { border: 2px solid #b3261e;"
                                  " border-radius: 6px; padding: 10px; }")
        self.advice.setVisible(summary.status is SessionStatus.PAIN)

        self.time_value = QLabel(self)
        self.done_value = QLabel(self)
        self.done_value.setWordWrap(True)
        self.skipped_value = QLabel(self)
        self.skipped_value.setWordWrap(True)
        self.partial_value = QLabel(self)
        self.partial_value.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setVerticalSpacing(8)
        self._time_label = QLabel(self)
        self._done_label = QLabel(self)
        self._skipped_label = QLabel(self)
        self._partial_label = QLabel(self)
        self.form.addRow(self._time_label, self.time_value)
        self.form.addRow(self._done_label, self.done_value)
        if summary.partial:
            self.form.addRow(self._partial_label, self.partial_value)
        else:
            self._partial_label.hide()
            self.partial_value.hide()
        self.form.addRow(self._skipped_label, self.skipped_value)

        self.pain_after = PainQuestion(clock, self)
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(90)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        lay = QVBoxLayout(self)
        lay.setSpacing(12)
        lay.setContentsMargins(24, 20, 24, 16)
        lay.addWidget(self.title)
        lay.addWidget(self.advice)
        lay.addLayout(self.form)
        lay.addWidget(self.pain_after)
        self._note_label = QLabel(self)
        lay.addWidget(self._note_label)
        lay.addWidget(self.note)
        lay.addWidget(self.buttons)
        self.retranslate_ui()

    def _names(self, ids: list[str]) -> str:
        from pilates_desktop.i18n import ex_name

        counts: dict[str, int] = {}
        for i in ids:  # in the order first done; a repeated exercise is named once, with ×n
            counts[i] = counts.get(i, 0) + 1
        names = [ex_name(self._library[i]) if i in self._library else i for i in counts]
        return ", ".join(f"{name} ×{n}" if n > 1 else name
                         for name, n in zip(names, counts.values(), strict=True))

    # --- figures (also read by tests) ----------------------------------------------------

    def time_text(self) -> str:
        return format_duration(self._summary.active_s)

    def done_count(self) -> int:
        return len(self._summary.done)

    def skipped_count(self) -> int:
        return len(self._summary.skipped)

    def partial_count(self) -> int:
        return len(self._summary.partial)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        # Keys the note did not take: digits rate the pain after (as before the session).
        if not self.pain_after.handle_key(event):
            super().keyPressEvent(event)

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setDefault(True)
        save.setFocus()  # not the note: a digit typed at once is a rating

    def accept(self) -> None:
        note = self.note.toPlainText().strip()[:MAX_NOTE]
        pain = self.pain_after.value()
        if note or pain is not None:
            self._save(pain, note)
        super().accept()

    def retranslate_ui(self) -> None:
        s = self._summary
        self.setWindowTitle(self.tr("Session summary"))
        titles = {
            SessionStatus.FINISHED: self.tr("Well done: routine complete"),
            SessionStatus.STOPPED: self.tr("Session stopped"),
            SessionStatus.PAIN: self.tr("Session stopped: something hurt"),
        }
        self.title.setText(titles.get(s.status, self.tr("Session ended")))
        if s.status is SessionStatus.PAIN:
            hurt = self._names([s.hurt_exercise]) if s.hurt_exercise else self.tr("an exercise")
            self.advice.setText(fill(self.tr(
                     "<b>You stopped because %1 hurt.</b><br>Stop for today and let the area calm "
                     "down. Do not push through pain. If it does not settle, or it comes back, check "
                     "with a physiotherapist or doctor before you try this exercise again. It is now "
                     "marked in the library."),
                                     hurt))
        self._time_label.setText(self.tr("Time practised:"))
        self.time_value.setText(fill(self.tr("%1 of %2 planned"),
                                     self.time_text(), format_duration(s.planned_s)))
        self._done_label.setText(self.tr("Exercises done:"))
        self.done_value.setText(f"{len(s.done)}" + (f" — {self._names(s.done)}" if s.done
                                                      else ""))
        self._partial_label.setText(self.tr("Begun, not finished:"))
        self.partial_value.setText(f"{len(s.partial)} — {self._names(s.partial)}"
                                   if s.partial else "0")
        self._skipped_label.setText(self.tr("Skipped:"))
        self.skipped_value.setText(f"{len(s.skipped)}" + (
            f" — {self._names(s.skipped)}" if s.skipped else ""))
        self.pain_after.set_question(
            self.tr("How does your back feel now? (optional)"),
            self.tr("0 = no pain, 10 = the worst pain you can imagine. Type the number (1 then "
                    "0 for 10); Enter saves, Esc closes without a rating."))
        self._note_label.setText(self.tr("A note for yourself (optional):"))
        self.note.setPlaceholderText(self.tr("How did it go? Anything to remember next time?"))
        self.note.setAccessibleName(self.tr("Note"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(
            self.tr("Save the rating and the note with this session"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setToolTip(
            self.tr("Close; the session itself is already saved"))
        self.advice.setTextFormat(Qt.TextFormat.RichText)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
