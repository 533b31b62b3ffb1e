"""An optional pain rating from 0 to 10 (the morning check-in's)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from pilates_desktop.core.text import fill
from pilates_desktop.ui.widgets.theme import selected_button_style


class PainRating(QWidget):
    rated = Signal(int)

    def __init__(self, parent: QWidget | None = None, compact: bool = False) -> None:
        super().__init__(parent)
        self._value: int | None = None
        self._title = QLabel(self)
        self._title.setWordWrap(True)
        self._title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._hint = QLabel(self)
        self._hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Smaller, not greyed: disabled text is too faint to read in most palettes.
        hint_font = self._hint.font()
        hint_font.setPointSizeF(hint_font.pointSizeF() * 0.9)
        self._hint.setFont(hint_font)
        row = QHBoxLayout()
        row.setSpacing(4)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._buttons: list[QPushButton] = []
        for n in range(11):
            b = QPushButton(str(n), self)
            b.setCheckable(True)
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # Space must keep pausing the player
            b.setMinimumSize(34 if compact else 40, 34 if compact else 40)
            b.setMaximumWidth(56)
            self._group.addButton(b, n)
            self._buttons.append(b)
            row.addWidget(b)
        self._group.idClicked.connect(self._on_click)
        self.setStyleSheet(selected_button_style(self.palette()))  # the choice stands out
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(6)
        lay.addWidget(self._title)
        lay.addLayout(row)
        lay.addWidget(self._hint)
        self.retranslate_ui()

    def value(self) -> int | None:
        return self._value

    def clear(self) -> None:
        self._value = None
        self._group.setExclusive(False)
        for b in self._buttons:
            b.setChecked(False)
        self._group.setExclusive(True)

    def set_value(self, value: int | None) -> None:
        if value is None:
            self.clear()
            return
        self._value = value
        self._buttons[value].setChecked(True)

    def button(self, n: int) -> QPushButton:
        return self._buttons[n]

    def set_title(self, text: str) -> None:
        self._custom_title = text
        self._title.setText(text)

    def _on_click(self, n: int) -> None:
        self._value = n
        self.rated.emit(n)

    def retranslate_ui(self) -> None:
        if not getattr(self, "_custom_title", ""):
            self._title.setText(self.tr("How does your back feel right now? (optional)"))
        self._hint.setText(self.tr("0 = no pain · 10 = the worst pain you can imagine"))
        self.setAccessibleName(self.tr("Pain rating from 0 to 10"))
        for n, b in enumerate(self._buttons):
            b.setAccessibleName(fill(self.tr("Pain %1 of 10"), str(n)))
            b.setToolTip(fill(self.tr("Rate your pain %1 of 10"), str(n)))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.PaletteChange:
            self.setStyleSheet(selected_button_style(self.palette()))
        super().changeEvent(event)
