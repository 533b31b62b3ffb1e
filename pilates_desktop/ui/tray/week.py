"""The schedule, the tray and the main window together, as the running app uses them.

* Start (a notification's button, or the tray's "Start next routine") opens the window and
  starts the routine: the reminder's own, else the last one used; a desk break's routine.
* A click on a notification, the tray's Open or a second ``pilates-desktop`` opens the window.
* Closing the window while reminders or desk breaks are on keeps the app in the tray, and
  says so the first time; with nothing scheduled (or no tray on this desktop) it quits.

The window is made on first need (``window()``), so ``--background`` costs no window at all
until the user asks for one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMainWindow

from pilates_desktop.core.errors import PilatesError
from pilates_desktop.core.schedule.state import Prompt
from pilates_desktop.services.schedule import ScheduleService
from pilates_desktop.services.settings import LAST_ROUTINE, TOLD_ABOUT_TRAY, Settings
from pilates_desktop.ui.tray.icon import Tray


class Week(QObject):
    def __init__(self, qapp: QApplication, schedule: ScheduleService, settings: Settings,
                 window: Callable[[], QMainWindow | None],
                 start_routine: Callable[[QMainWindow, str], None], icon: QIcon,
                 routine_title: Callable[[str], str] = str,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._qapp = qapp
        self.schedule = schedule
        self._settings = settings
        self._window = window
        self._start_routine = start_routine
        self.tray = Tray(schedule, icon, self.open_window, self.quit, routine_title, self)
        self.in_tray = False
        schedule.start_requested.connect(self.start)
        schedule.open_requested.connect(self.open_window)
        qapp.setQuitOnLastWindowClosed(False)
        qapp.lastWindowClosed.connect(self._on_last_window_closed)

    def keeps_running(self) -> bool:
        """Whether there is something to wake up for once the window is closed."""
        return bool(self.schedule.book.reminders) or self.schedule.desk_breaks_on

    def to_tray(self) -> bool:
        """Show the tray icon (``--background``, or the window was closed)."""
        self.in_tray = self.tray.show()
        return self.in_tray

    def open_window(self) -> QMainWindow | None:
        window = self._window()
        if window is None:  # the first-run welcome was declined
            return None
        window.showNormal() if window.isMinimized() else window.show()
        window.raise_()
        window.activateWindow()
        return window

    def start(self, prompt: Prompt) -> None:
        window = self.open_window()
        if window is None:
            return
        name = prompt.routine or self._settings.value(LAST_ROUTINE)
        if not name:
            return  # no routine named and none used yet: the window is open to choose one
        try:
            self._start_routine(window, name)
        except PilatesError as exc:
            status: Any = getattr(window, "statusBar", None)
            if status is not None:
                status().showMessage(str(exc), 15000)

    def quit(self) -> None:
        self._qapp.quit()

    def close(self) -> None:
        """The run ends: no tray icon, and no more say over quitting."""
        self._qapp.lastWindowClosed.disconnect(self._on_last_window_closed)
        self.tray.hide()
        self.schedule.stop()

    def _on_last_window_closed(self) -> None:
        if not self.keeps_running() or not (self.in_tray or self.to_tray()):
            self._qapp.quit()
            return
        if not self._settings.value(TOLD_ABOUT_TRAY):
            self._settings.set_value(TOLD_ABOUT_TRAY, True)
            self.tray.show_message(
                self.tr("Pilates Desktop is still running"),
                self.tr("Your reminders and desk breaks go on from the tray. To stop them, "
                        "choose Quit in the tray icon's menu."))
