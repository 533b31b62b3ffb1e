"""A suggestion to step an exercise up or down, with one-click accept or "not now".

The rule and the edit are in core.care.progression; accepting emits the suggestion, and the
builder applies ``progression.accept`` as one undoable edit of the routine.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from pilates_desktop import i18n
from pilates_desktop.core.care.progression import Change, Direction, Reason, Suggestion
from pilates_desktop.core.library import Library
from pilates_desktop.core.text import fill


class SuggestionBar(QFrame):
    """Shows the first of the suggestions for the routine on screen."""

    accepted = Signal(object)  # Suggestion
    declined = Signal(object)  # Suggestion

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestion-bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._library = library
        self._items: list[Suggestion] = []
        self.why = QLabel(self)
        self.why.setWordWrap(True)
        self.what = QLabel(self)
        self.what.setWordWrap(True)
        font = self.what.font()
        font.setBold(True)
        self.what.setFont(font)
        self.accept_button = QPushButton(self)
        self.decline_button = QPushButton(self)
        self.accept_button.clicked.connect(self._accept)
        self.decline_button.clicked.connect(self._decline)
        # Text across the whole width, buttons under it: the builder's column is narrow.
        small = self.why.font()
        small.setPointSizeF(small.pointSizeF() * 0.92)
        self.why.setFont(small)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 6, 8, 6)
        lay.setSpacing(4)
        lay.addWidget(self.why)
        lay.addWidget(self.what)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.accept_button)
        row.addWidget(self.decline_button)
        lay.addLayout(row)
        self.set_suggestions([])

    def suggestions(self) -> list[Suggestion]:
        return list(self._items)

    def current(self) -> Suggestion | None:
        return self._items[0] if self._items else None

    def set_suggestions(self, items: list[Suggestion]) -> None:
        self._items = list(items)
        self.setVisible(bool(self._items))
        self.retranslate_ui()

    def _accept(self) -> None:
        if self._items:
            self.accepted.emit(self._items.pop(0))
            self.set_suggestions(self._items)

    def _decline(self) -> None:
        if self._items:
            self.declined.emit(self._items.pop(0))
            self.set_suggestions(self._items)

    def change_text(self, change: Change, exercise: str, direction: Direction) -> str:
        """What accepting does, in the user's language."""
        ex = self._library[exercise]
        if change.adjustment is None:
            return fill(self.tr("Back to the usual form of %1."), i18n.ex_name(ex))
        which = "harder" if direction is Direction.PROGRESS else "easier"
        text = i18n.ex_adjustment_text(ex, which)
        if change.exercise != exercise and change.exercise in self._library:
            return fill(self.tr("%1 becomes %2: %3"),
                        i18n.ex_name(ex), i18n.ex_name(self._library[change.exercise]), text)
        return f"{i18n.ex_name(ex)}: {text}"

    def reason_text(self, s: Suggestion) -> str:
        name = i18n.ex_name(self._library[s.exercise]) if s.exercise in self._library else (
            s.exercise)
        texts = {
            Reason.PAIN_FREE: self.tr("%1 went well in your last 3 sessions: pain 2 or less "
                                      "and every repetition done. Ready for a step up?"),
            Reason.PAIN: self.tr("%1 hurt more than 5 out of 10 last time. An easier form "
                                 "may suit your back better for now."),
            Reason.HURT: self.tr("You stopped %1 last time because it hurt. An easier form "
                                 "may suit your back better for now."),
            Reason.WORSE_MORNING: self.tr("Your back was worse the morning after %1. An "
                                          "easier form may suit it better for now."),
        }
        return fill(texts[s.reason], name)

    def retranslate_ui(self) -> None:
        s = self.current()
        self.accept_button.setText(self.tr("&Accept"))
        self.accept_button.setToolTip(self.tr("Change the routine; Undo (Ctrl+Z) takes it back"))
        self.decline_button.setText(self.tr("&Not now"))
        self.decline_button.setToolTip(self.tr("Keep the routine; the app asks again only "
                                               "after new sessions"))
        if s is None:
            return
        self.why.setText(self.reason_text(s))
        what = self.change_text(s.change, s.exercise, s.direction)
        more = len(self._items) - 1
        if more:
            what += " " + fill(self.tr("(%1 more)"), str(more))
        self.what.setText(what)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
