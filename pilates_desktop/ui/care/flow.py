"""What the care screens ask at start-up, in order: the red-flag screen when it is due, then
the next-morning check-in when it is due. Each goes through the Prompter (tests answer it).

The check-in is asked "the first time the app or its tray runs on the day after a session":
at start, and, for an app that keeps running (a window left open overnight, a tray that runs
all week), by ``MorningWatch`` on a later day.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from pilates_desktop.core.clock import Clock
from pilates_desktop.services.care.service import CareService
from pilates_desktop.services.prompter import Prompter
from pilates_desktop.ui.care.checkin_dialog import CheckInDialog
from pilates_desktop.ui.care.red_flags import RedFlagDialog


def ask_red_flags(parent: QWidget | None, care: CareService, prompter: Prompter) -> bool:
    """Show the red-flag screen (also from Settings); True when it was answered."""
    dialog = RedFlagDialog(care.today(), parent)
    prompter.run("red-flags", dialog)
    result = dialog.result_screen()
    if result is None:
        return False
    care.record_screen(result)
    return True


def ask_at_start(parent: QWidget | None, care: CareService, prompter: Prompter) -> None:
    if care.screen_due():
        ask_red_flags(parent, care, prompter)
    ask_checkin(parent, care, prompter)


def ask_checkin(parent: QWidget | None, care: CareService, prompter: Prompter) -> bool:
    """Ask the check-in if it is due and not on screen already; True when it was asked."""
    if care.asking_checkin:
        return False
    prompt = care.checkin_prompt()
    if prompt is None:
        return False
    care.asking_checkin = True
    try:
        names = list(dict.fromkeys(s.routine_name for s in prompt.sessions))
        dialog = CheckInDialog(names, parent)
        feeling = dialog.feeling() if prompter.run("checkin", dialog) else None
        if feeling is not None:
            care.answer_checkin(prompt, feeling, dialog.pain())
        else:
            care.dismiss_checkin()
    finally:
        care.asking_checkin = False
    return True


MORNING_HOUR = 7  # the look-ups below ask from 7 o'clock local time (a next-morning question)
LOOK_EVERY_MS = 15 * 60 * 1000


class MorningWatch(QObject):
    """Asks the check-in on a later day while the app keeps running: when the app comes to
    the front, and by a quarter-hourly look from 7 o'clock (a tray with no window; a timer,
    not one long wait, so a night of suspend does not push the question to the afternoon).
    Never during a routine, nor over another dialog."""

    def __init__(self, care: Callable[[], CareService], prompter: Prompter, clock: Clock,
                 busy: Callable[[], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._care = care
        self._prompter = prompter
        self._clock = clock
        self._busy = busy
        self._window: QWidget | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(LOOK_EVERY_MS)
        self.timer.timeout.connect(self.look)
        self.timer.start()

    def follow(self, window: QWidget) -> None:
        """Ask over ``window``, and when it is brought to the front (a later day)."""
        if self._window is not None:
            self._window.removeEventFilter(self)
        self._window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.WindowActivate:
            # After the activation has been handled (a click that brought the window up).
            QTimer.singleShot(0, self.ask)
        return False

    def look(self) -> bool:
        """The timer's look: asks from the morning hour on."""
        care = self._care()
        local: datetime = self._clock.now().astimezone(care.tz)
        return local.hour >= MORNING_HOUR and self.ask()

    def ask(self) -> bool:
        if self._busy() or QApplication.activeModalWidget() is not None:
            return False
        window = self._window if self._window is not None and self._window.isVisible() else None
        return ask_checkin(window, self._care(), self._prompter)
