"""The tray icon of the background instance and its menu.

``QSystemTrayIcon`` is a StatusNotifierItem on desktops that host them (KDE, GNOME with the
AppIndicator extension, most panels) and an XEmbed icon elsewhere; Qt picks. The menu has what
the issue asks and a person reaches for: Open, Start next routine (named), Pause reminders for
an hour or until tomorrow (or Resume while paused), Quit. It also shows the schedule's
messages when no notification service exists (``Notifications.show_fallback``); a click on
such a message opens the window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDateTime, QEvent, QLocale, QObject
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from pilates_desktop.services.schedule import ScheduleService


class Tray(QObject):
    """The icon and its menu; ``open_window`` and ``quit_app`` come from the composition root."""

    def __init__(self, schedule: ScheduleService, icon: QIcon,
                 open_window: Callable[[], object], quit_app: Callable[[], object],
                 routine_title: Callable[[str], str] = str,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._schedule = schedule
        self._routine_title = routine_title
        self.icon = QSystemTrayIcon(icon, self)
        self.menu = QMenu()
        self.open_action = QAction(self)
        self.start_action = QAction(self)
        self.pause_hour_action = QAction(self)
        self.pause_day_action = QAction(self)
        self.resume_action = QAction(self)
        self.quit_action = QAction(self)
        for action in (self.open_action, self.start_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        for action in (self.pause_hour_action, self.pause_day_action, self.resume_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        self.icon.setContextMenu(self.menu)
        self.open_action.triggered.connect(open_window)
        self.start_action.triggered.connect(schedule.start_next)
        self.pause_hour_action.triggered.connect(schedule.pause_for_an_hour)
        self.pause_day_action.triggered.connect(schedule.pause_until_tomorrow)
        self.resume_action.triggered.connect(schedule.resume)
        self.quit_action.triggered.connect(quit_app)
        self.icon.activated.connect(self._on_activated)
        self.icon.messageClicked.connect(open_window)
        self._open_window = open_window
        schedule.changed.connect(self.refresh)
        schedule.notifications.show_fallback.connect(self.show_message)
        self.menu.aboutToShow.connect(self.refresh)
        # The tray is no widget, so Qt's LanguageChange reaches its menu, not it.
        self.menu.installEventFilter(self)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.open_action.setText(self.tr("&Open Pilates Desktop"))
        self.pause_hour_action.setText(self.tr("Pause reminders for 1 &hour"))
        self.pause_day_action.setText(self.tr("Pause reminders until &tomorrow"))
        self.resume_action.setText(self.tr("&Resume reminders"))
        self.quit_action.setText(self.tr("&Quit"))
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.menu and event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return False

    def show(self) -> bool:
        """Show the icon; False when this desktop has no tray at all."""
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return False
        self.icon.show()
        return True

    def hide(self) -> None:
        self.icon.hide()

    def show_message(self, title: str, body: str) -> None:
        self.icon.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, 15000)

    def refresh(self) -> None:
        """Name the next routine, and offer Resume only while paused."""
        upcoming = self._schedule.next_reminder()
        routine = upcoming[1].routine if upcoming is not None else None
        if routine:
            self.start_action.setText(self.tr("&Start next routine: %1").replace(
                "%1", self._routine_title(routine)))
        else:
            self.start_action.setText(self.tr("&Start next routine"))
        paused = self._schedule.paused_until()
        self.resume_action.setVisible(paused is not None)
        self.pause_hour_action.setVisible(paused is None)
        self.pause_day_action.setVisible(paused is None)
        if paused is not None:
            tip = self.tr("Pilates Desktop: reminders paused until %1").replace(
                "%1", _local(paused, "ddd HH:mm"))
        elif upcoming is not None:
            tip = self.tr("Pilates Desktop: next reminder %1").replace(
                "%1", _local(upcoming[0], "ddd HH:mm"))
        else:
            tip = self.tr("Pilates Desktop")
        self.icon.setToolTip(tip)

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            self._open_window()


def _local(wall: float, pattern: str) -> str:
    """A wall time in the user's language (weekday names) and the machine's zone."""
    return QLocale().toString(QDateTime.fromSecsSinceEpoch(int(wall)), pattern)
