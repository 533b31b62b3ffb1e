"""Pain during a session: the 0-10 bar under the player, the digit keys, and what happens
above 5 (core.care.pain): the exercise stops and the user chooses its easier form, skipping it,
or ending the session. Digits typed before the first exercise rate the pain before it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from pilates_desktop.core.care.pain import during_exercise
from pilates_desktop.core.care.progression import Direction, changed_item, next_change
from pilates_desktop.core.library import Library
from pilates_desktop.core.routines import Routine
from pilates_desktop.core.timeline import Timeline
from pilates_desktop.ui.care.exercise_pain import ExercisePainBar, InsteadChoice, TooMuchDialog

if TYPE_CHECKING:
    from pilates_desktop.core.clock import Clock
    from pilates_desktop.services.prompter import Prompter
    from pilates_desktop.services.session import SessionController

_TYPING = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)


class PainFlow(QObject):
    def __init__(self, session: SessionController, view: Any, library: Library,
                 prompter: Prompter, clock: Clock,
                 timeline_for: Callable[[Routine], Timeline], window: QWidget) -> None:
        super().__init__(window)
        self._session = session
        self._view = view
        self._library = library
        self._prompter = prompter
        self._timeline_for = timeline_for
        self._window = window
        self._item: int | None = None
        self.bar = ExercisePainBar(clock, view)
        self.bar.hide()
        root = view.layout()
        root.insertWidget(root.count() - 1, self.bar)  # just above the controls
        self.bar.rated.connect(self.rate)
        session.started.connect(self._started)
        session.segment_started.connect(self._segment)
        session.ended.connect(lambda _summary: self.bar.hide())
        window.installEventFilter(self)

    def _started(self) -> None:
        self._item = None
        self.bar.reset()
        self.bar.show()

    def _segment(self, _index: int, segment: Any) -> None:
        if segment.item_index != self._item:  # a new exercise: nothing rated for it yet
            self._item = segment.item_index
            self.bar.reset()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and self._session.is_active() and not event.modifiers()
                and not isinstance(self._window.focusWidget(), _TYPING)):
            return self.bar.handle_key(event)
        return False

    def rate(self, value: int) -> None:
        exercise = self._session.rate_exercise(value)
        if exercise is None:
            # Before the first exercise: the pain before the session (asked as it started;
            # a digit in the first get-ready corrects it).
            self._session.set_pain_before(value)
            return
        if exercise not in self._library or exercise != self._session.current_exercise():
            return  # rated after the exercise: kept, nothing to stop
        response = during_exercise(value, self._library[exercise])
        if not response.stop:
            return
        self._session.pause("confirm")
        dialog = TooMuchDialog(self._library[exercise], value, response, self._library,
                               self._window)
        self._prompter.run("too-much-pain", dialog)
        if dialog.choice is InsteadChoice.EASIER and self._easier():
            return
        if dialog.choice is InsteadChoice.STOP:
            self._session.stop_hurts()  # as "Stop — it hurts": the exercise is marked
            return
        self._session.skip_exercise()
        self._session.resume()

    def _easier(self) -> bool:
        """Go on with the easier form of the exercise in hand, in the same session."""
        routine, state = self._session.routine, self._session.state()
        if routine is None or state is None or state.segment is None:
            return False
        index = state.segment.item_index
        change = next_change(routine.items[index], Direction.REGRESS, self._library)
        if change is None:
            return False
        items = list(routine.items)
        items[index] = changed_item(items[index], change, self._library)
        easier = routine.with_items(items)
        timeline = self._timeline_for(easier)
        self._item = None
        self._view.begin(easier, timeline)
        self._session.continue_with(easier, timeline, timeline.first_segment_of_item(index))
        return True
