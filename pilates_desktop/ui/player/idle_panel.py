"""The right-hand area when nothing plays, and the pieces it shares with the player view.

The idle panel is on the first painted window; the player view is built just after it, so
this module stays free of the player's own imports.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QApplication, QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from pilates_desktop.core.durations import total_time_text
from pilates_desktop.core.library import Library
from pilates_desktop.ui.player.step_card import StepCard
from pilates_desktop.ui.widgets.title_label import TitleLabel

IDLE_MAX_SCALE = 100  # % : the idle panel's own labels grow at most this much


def scaled_label(parent: QWidget, name: str, point_scale: float = 1.0, bold: bool = False,
           align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft, title: bool = False) -> QLabel:
    """A label whose type follows the player's font scale; a ``title`` wraps between words
    on at most two even lines (TitleLabel)."""
    lab = TitleLabel(parent) if title else QLabel(parent)
    lab.setObjectName(name)
    lab.setProperty("point_scale", point_scale)
    lab.setProperty("bold", bold)
    lab.setAlignment(align | Qt.AlignmentFlag.AlignVCenter)
    lab.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return lab


class StepCardSlot(QWidget):
    """The step card, told which step to show by exercise id (a repeated request is free)."""

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._key: tuple[str, int, str | None] | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.card = StepCard(self)
        lay.addWidget(self.card)

    def show_step(self, exercise_id: str, step: int, side: str | None) -> None:
        key = (exercise_id, step, side)
        if key == self._key:
            return
        self._key = key
        ex = self._library.get(exercise_id)
        if ex is not None:
            self.card.set_exercise(ex, min(step, len(ex.steps) - 1), side)

    def set_motion(self, t: float) -> None:
        self.card.set_motion(t)

    def set_font_scale(self, percent: int) -> None:
        self.card.set_font_scale(percent)

    def set_health_flags(self, flags: frozenset[str]) -> None:
        self.card.set_health_flags(flags)


class IdlePanel(QWidget):
    """The right-hand area when nothing plays: the routine, its length, a Start button and
    the step card of the exercise last picked in the library or the playlist."""

    def __init__(self, library: Library, start_action: QAction,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("idle-panel")
        self._library = library
        self._routine: Any = None
        self._total_s = 0.0
        self._picked = False  # the card shows an exercise picked since the routine was chosen
        self._scaled = False
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 18, 24, 18)
        lay.setSpacing(10)
        self.title = scaled_label(self, "idle-title", 1.8, True)
        self.title.setWordWrap(True)
        self.info = scaled_label(self, "idle-info", 1.1)
        self.info.setWordWrap(True)
        self.start_button = QToolButton(self)
        self.start_button.setDefaultAction(start_action)
        self.start_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.start_button.setObjectName("start-button")
        self.start_button.setMinimumHeight(48)
        self.start_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.start_button.setStyleSheet(
            "QToolButton#start-button { background: #2f7d75; color: white; border-radius: 8px;"
            " padding: 10px 24px; font-size: 15pt; font-weight: 600; }"
            "QToolButton#start-button:hover { background: #38948b; }"
            "QToolButton#start-button:disabled { background: #8c8c8c; }")
        self.card = StepCardSlot(library, self)
        lay.addWidget(self.title)
        lay.addWidget(self.info)
        lay.addWidget(self.start_button)
        lay.addSpacing(8)
        lay.addWidget(self.card, 1)
        self.retranslate_ui()

    def set_font_scale(self, percent: int) -> None:
        self._scaled = True
        base_pt = QApplication.font().pointSizeF()
        base_pt = base_pt if base_pt > 0 else 10.0
        # The scale is for reading from the mat: the routine's title and summary are read at
        # the desk, like the lists beside them, and leave the room to the step card below.
        grow = min(percent, IDLE_MAX_SCALE)
        for lab in (self.title, self.info):
            f = QFont(lab.font())
            f.setPointSizeF(base_pt * float(lab.property("point_scale")) * grow / 100.0)
            f.setBold(bool(lab.property("bold")))
            lab.setFont(f)
        self.card.set_font_scale(percent)

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        if not self._scaled:
            self._scaled = True
            self.set_font_scale(100)
        super().showEvent(event)

    def set_routine(self, routine: Any, total_s: float) -> None:
        if getattr(routine, "id", None) != getattr(self._routine, "id", None):
            self._picked = False  # another routine: its own preview
        self._routine, self._total_s = routine, total_s
        if routine is not None and routine.items:
            # Drawn now, not after a delay: the first painted window shows the whole card
            # (the library's thumbnails need the same pose table for that frame anyway).
            self.card.show_step(routine.items[0].exercise, 0, None)
        # An empty routine has nothing to preview: the last routine's card would mislead.
        self.card.setVisible(routine is None or bool(routine.items) or self._picked)
        self.retranslate_ui()

    def show_exercise(self, exercise_id: str) -> None:
        """An exercise picked in the library or the playlist: its card, even in an empty
        routine."""
        self._picked = True
        self.card.show_step(exercise_id, 0, None)
        self.card.show()

    def retranslate_ui(self) -> None:
        from pilates_desktop.i18n import routine_description, routine_name

        r = self._routine
        if r is None:
            self.title.setText(self.tr("Choose a routine"))
            self.info.setText(self.tr("Pick a routine on the left, then press Start. "
                                      "Put the screen where you can see it from your mat."))
            return
        self.title.setText(routine_name(r))
        if not r.items:
            self.info.setText(self.tr("No exercises yet. Add some from the library: "
                                      "double-click one, press Insert, or drag it into the "
                                      "playlist."))
            return
        count = self.tr("%n exercise(s)", "", len(r.items))
        desc = routine_description(r)
        self.info.setText(f"{total_time_text(self._total_s)} · {count}" + (f"\n{desc}" if desc else ""))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
