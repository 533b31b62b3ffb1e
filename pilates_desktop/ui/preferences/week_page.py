"""Preferences > Week: practice reminders, desk breaks, working hours, start at login.

Reminders are written to the same file as ``pilates-desktop remind`` (core/schedule/files.py),
so the list here, the command line and the running schedule always agree; the desk-break
settings are declared in services/settings. The page also says what this desktop offers: where
idle time comes from (or that it cannot be read, so breaks count wall time) and how
notifications are shown.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from pilates_desktop.core.clock import Clock
from pilates_desktop.core.errors import PilatesError
from pilates_desktop.core.schedule.autostart import (
    Autostart,
    background_command,
    launcher_command,
)
from pilates_desktop.core.schedule.files import load_book, update_book
from pilates_desktop.core.schedule.reminders import (
    Reminder,
    format_days,
    format_time,
    parse_days,
    parse_time,
    suggest_days,
)
from pilates_desktop.services import settings as S
from pilates_desktop.services.schedule import ScheduleService
from pilates_desktop.services.settings import Settings


class DayBoxes(QWidget):
    """Seven check boxes, Monday first, named in the user's language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.boxes = [QCheckBox() for _ in range(7)]
        for box in self.boxes:
            row.addWidget(box)
        row.addStretch(1)

    def retranslate(self, short: Callable[[int], str], long: Callable[[int], str]) -> None:
        for day, box in enumerate(self.boxes):
            box.setText(short(day))
            box.setToolTip(long(day))
            box.setAccessibleName(long(day))

    def days(self) -> frozenset[int]:
        return frozenset(d for d, box in enumerate(self.boxes) if box.isChecked())

    def set_days(self, days: frozenset[int]) -> None:
        for d, box in enumerate(self.boxes):
            box.setChecked(d in days)


class WeekPage(QScrollArea):
    # What Preferences' "Restore Defaults" resets on this page (the reminders are data).
    settings = (S.DESK_BREAKS_ON, S.DESK_BREAK_MINUTES, S.WORK_HOURS_ON, S.WORK_FROM, S.WORK_TO,
                S.WORK_DAYS)

    def __init__(self, settings: Settings, clock: Clock, reminders_file: Path,
                 routines: Callable[[], list[tuple[str, str]]],
                 routine_title: Callable[[str], str],
                 schedule: ScheduleService | None = None,
                 data_dir: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("week")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self._settings = settings
        self._clock = clock
        self._file = reminders_file
        self._routines = routines
        self._routine_title = routine_title
        self._schedule = schedule
        self._data_dir = data_dir
        self._autostart = Autostart(sys.platform, os.environ, Path.home())
        body = QWidget()
        self.setWidget(body)
        outer = QVBoxLayout(body)

        # Practice reminders
        self.reminder_group = QGroupBox()
        grid = QGridLayout(self.reminder_group)
        self.reminder_list = QListWidget()
        self.reminder_list.setMaximumHeight(96)
        grid.addWidget(self.reminder_list, 0, 0, 1, 3)
        self.days = DayBoxes()
        self.days_label = QLabel()
        self.days_label.setBuddy(self.days.boxes[0])
        grid.addWidget(self.days_label, 1, 0)
        grid.addWidget(self.days, 1, 1, 1, 2)
        self.time_edit = QTimeEdit(QTime(7, 30))
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_label = QLabel()
        self.time_label.setBuddy(self.time_edit)
        grid.addWidget(self.time_label, 2, 0)
        grid.addWidget(self.time_edit, 2, 1)
        self.routine_combo = QComboBox()
        self.routine_label = QLabel()
        self.routine_label.setBuddy(self.routine_combo)
        grid.addWidget(self.routine_label, 3, 0)
        grid.addWidget(self.routine_combo, 3, 1, 1, 2)
        buttons = QHBoxLayout()
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.suggest_button = QPushButton()
        for button in (self.add_button, self.remove_button, self.suggest_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        grid.addLayout(buttons, 4, 0, 1, 3)
        self.reminder_status = QLabel()
        self.reminder_status.setWordWrap(True)
        grid.addWidget(self.reminder_status, 5, 0, 1, 3)
        grid.setColumnStretch(2, 1)
        outer.addWidget(self.reminder_group)

        # Desk breaks
        self.desk_group = QGroupBox()
        desk = QGridLayout(self.desk_group)
        self.desk_check = QCheckBox()
        self.desk_minutes = QSpinBox()
        self.desk_minutes.setRange(int(S.DESK_BREAK_MINUTES.lo or 15),
                                   int(S.DESK_BREAK_MINUTES.hi or 180))
        self.desk_minutes.setSingleStep(5)
        row = QHBoxLayout()
        row.addWidget(self.desk_check)
        row.addWidget(self.desk_minutes)
        row.addStretch(1)
        desk.addLayout(row, 0, 0, 1, 4)
        self.hours_check = QCheckBox()
        self.hours_from = QTimeEdit()
        self.hours_to = QTimeEdit()
        for edit in (self.hours_from, self.hours_to):
            edit.setDisplayFormat("HH:mm")
        self.to_label = QLabel()
        self.to_label.setBuddy(self.hours_to)
        hours = QHBoxLayout()
        for w in (self.hours_check, self.hours_from, self.to_label, self.hours_to):
            hours.addWidget(w)
        hours.addStretch(1)
        desk.addLayout(hours, 1, 0, 1, 4)
        self.work_days = DayBoxes()
        desk.addWidget(self.work_days, 2, 0, 1, 4)
        self.idle_status = QLabel()
        self.idle_status.setWordWrap(True)
        desk.addWidget(self.idle_status, 3, 0, 1, 4)
        outer.addWidget(self.desk_group)

        # Start at login
        self.login_group = QGroupBox()
        login = QVBoxLayout(self.login_group)
        self.autostart_check = QCheckBox()
        login.addWidget(self.autostart_check)
        self.notify_status = QLabel()
        self.notify_status.setWordWrap(True)
        login.addWidget(self.notify_status)
        outer.addWidget(self.login_group)
        outer.addStretch(1)

        self.add_button.clicked.connect(self.add_reminder)
        self.remove_button.clicked.connect(self.remove_reminder)
        self.suggest_button.clicked.connect(self.suggest)
        self.reminder_list.currentRowChanged.connect(self._show_selected)
        self.desk_check.toggled.connect(lambda on: settings.set_value(S.DESK_BREAKS_ON, on))
        self.desk_minutes.valueChanged.connect(
            lambda v: settings.set_value(S.DESK_BREAK_MINUTES, int(v)))
        self.hours_check.toggled.connect(lambda on: settings.set_value(S.WORK_HOURS_ON, on))
        self.hours_from.timeChanged.connect(
            lambda t: settings.set_value(S.WORK_FROM, t.toString("HH:mm")))
        self.hours_to.timeChanged.connect(
            lambda t: settings.set_value(S.WORK_TO, t.toString("HH:mm")))
        for box in self.work_days.boxes:
            box.toggled.connect(self._save_work_days)
        self.autostart_check.toggled.connect(self._set_autostart)
        settings.watch(S.DESK_BREAKS_ON, lambda _v: self._show_desk(), owner=self)
        settings.watch(S.DESK_BREAK_MINUTES, lambda _v: self._show_desk(), owner=self)
        settings.watch(S.WORK_HOURS_ON, lambda _v: self._show_desk(), owner=self)
        for text_setting in (S.WORK_FROM, S.WORK_TO, S.WORK_DAYS):
            settings.watch(text_setting, lambda _v: self._show_desk(), owner=self)
        if schedule is not None:
            schedule.changed.connect(self.refresh_reminders)
        self.retranslate_ui()
        self._show_desk()
        self.refresh_reminders()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- reminders ----------------------------------------------------------------------------
    def refresh_reminders(self) -> None:
        self.reminder_list.clear()
        try:
            book = load_book(self._file)
        except PilatesError as exc:
            self.reminder_status.setText(str(exc))
            self.add_button.setEnabled(False)
            return
        self.add_button.setEnabled(True)
        for reminder in book.reminders:
            item = QListWidgetItem(self._describe(reminder))
            item.setData(Qt.ItemDataRole.UserRole, reminder.id)
            self.reminder_list.addItem(item)
        self.remove_button.setEnabled(bool(book.reminders))

    def add_reminder(self) -> None:
        days = self.days.days()
        if not days:
            self.reminder_status.setText(self.tr("Choose at least one day."))
            return
        at = parse_time(self.time_edit.time().toString("HH:mm"))
        routine = self.routine_combo.currentData() or None
        created = self._clock.wall()
        self._change(lambda book: book.add(days, at, routine, created)[0])
        self.reminder_status.setText(self.tr("Reminder added."))

    def remove_reminder(self) -> None:
        item = self.reminder_list.currentItem()
        if item is None:
            return
        reminder_id = int(item.data(Qt.ItemDataRole.UserRole))
        self._change(lambda book: book.remove(reminder_id))
        self.reminder_status.setText(self.tr("Reminder removed."))

    def suggest(self) -> None:
        """Days for the weekly goal (Settings > Practice), spread across the week."""
        self.days.set_days(suggest_days(self._settings.value(S.GOAL_SESSIONS)))

    def _change(self, change: Callable[[Any], Any]) -> None:
        try:
            update_book(self._file, change)
        except PilatesError as exc:
            self.reminder_status.setText(str(exc))
        if self._schedule is not None:
            self._schedule.reload_reminders()
        self.refresh_reminders()

    def _show_selected(self, row: int) -> None:
        item = self.reminder_list.item(row)
        if item is None:
            return
        try:
            reminder = load_book(self._file).find(int(item.data(Qt.ItemDataRole.UserRole)))
        except PilatesError:
            return
        if reminder is None:
            return
        self.days.set_days(reminder.days)
        self.time_edit.setTime(QTime(reminder.at.hour, reminder.at.minute))
        index = self.routine_combo.findData(reminder.routine or "")
        self.routine_combo.setCurrentIndex(max(0, index))

    def _describe(self, reminder: Reminder) -> str:
        days = ", ".join(self._short_day(d) for d in sorted(reminder.days))
        if len(reminder.days) == 7:
            days = self.tr("Every day")
        text = f"{days}  {format_time(reminder.at)}"
        if reminder.routine:
            text += f"  {self._routine_title(reminder.routine)}"
        return text

    # -- desk breaks and login ------------------------------------------------------------
    def _show_desk(self) -> None:
        s = self._settings
        for widget in (self.desk_check, self.desk_minutes, self.hours_check, self.hours_from,
                       self.hours_to, *self.work_days.boxes):
            widget.blockSignals(True)
        self.desk_check.setChecked(s.value(S.DESK_BREAKS_ON))
        self.desk_minutes.setValue(s.value(S.DESK_BREAK_MINUTES))
        self.hours_check.setChecked(s.value(S.WORK_HOURS_ON))
        self.hours_from.setTime(_qtime(s.value(S.WORK_FROM), S.WORK_FROM.default))
        self.hours_to.setTime(_qtime(s.value(S.WORK_TO), S.WORK_TO.default))
        try:
            self.work_days.set_days(parse_days(s.value(S.WORK_DAYS)))
        except PilatesError:
            self.work_days.set_days(parse_days(S.WORK_DAYS.default))
        for widget in (self.desk_check, self.desk_minutes, self.hours_check, self.hours_from,
                       self.hours_to, *self.work_days.boxes):
            widget.blockSignals(False)
        on, hours_on = self.desk_check.isChecked(), self.hours_check.isChecked()
        self.desk_minutes.setEnabled(on)
        self.hours_check.setEnabled(on)
        for widget in (self.hours_from, self.hours_to, self.to_label, *self.work_days.boxes):
            widget.setEnabled(on and hours_on)

    def _save_work_days(self) -> None:
        days = self.work_days.days()
        if days:
            self._settings.set_value(S.WORK_DAYS, ",".join(format_days(days)))

    def _set_autostart(self, on: bool) -> None:
        try:
            if on:
                launcher = launcher_command(sys.argv[0], shutil.which, sys.executable)
                self._autostart.enable(background_command(launcher, self._data_dir))
            else:
                self._autostart.disable()
        except PilatesError as exc:
            self.notify_status.setText(str(exc))

    # -- words ---------------------------------------------------------------------------------
    def _short_day(self, day: int) -> str:
        return [self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"),
                self.tr("Sat"), self.tr("Sun")][day]

    def _long_day(self, day: int) -> str:
        return [self.tr("Monday"), self.tr("Tuesday"), self.tr("Wednesday"), self.tr("Thursday"),
                self.tr("Friday"), self.tr("Saturday"), self.tr("Sunday")][day]

    def retranslate_ui(self) -> None:
        self.reminder_group.setTitle(self.tr("Practice reminders"))
        self.days_label.setText(self.tr("&Days:"))
        self.time_label.setText(self.tr("&Time:"))
        self.routine_label.setText(self.tr("R&outine:"))
        self.add_button.setText(self.tr("Add remi&nder"))
        self.add_button.setToolTip(self.tr("Add a reminder for these days, time and routine"))
        self.remove_button.setText(self.tr("Re&move"))
        self.remove_button.setToolTip(self.tr("Remove the reminder selected in the list"))
        self.suggest_button.setText(self.tr("&Suggest days"))
        self.suggest_button.setToolTip(self.tr(
            "Days for your weekly goal, spread across the week with rest days between"))
        self.reminder_list.setAccessibleName(self.tr("Reminders"))
        self.reminder_list.setToolTip(self.tr(
            "Also: pilates-desktop remind add --days mon,wed,fri --at 07:30"))
        self.days.retranslate(self._short_day, self._long_day)
        self.work_days.retranslate(self._short_day, self._long_day)
        current = self.routine_combo.currentData()
        self.routine_combo.clear()
        self.routine_combo.addItem(self.tr("Choose when it is time"), "")
        for key, title in self._routines():
            self.routine_combo.addItem(title, key)
        self.routine_combo.setCurrentIndex(max(0, self.routine_combo.findData(current or "")))
        self.desk_group.setTitle(self.tr("Desk breaks"))
        self.desk_check.setText(self.tr("Offer a short desk routine after"))
        self.desk_minutes.setSuffix(" " + self.tr("min at the computer"))
        self.desk_check.setToolTip(self.tr(
            "Time away from the keyboard resets the count; nothing is shown while a window is "
            "full screen or do-not-disturb is on"))
        self.hours_check.setText(self.tr("Only during working hours, from"))
        self.to_label.setText(self.tr("to"))
        self.login_group.setTitle(self.tr("Start at login"))
        self.autostart_check.setText(self.tr("Start Pilates Desktop in the tray when I log in"))
        self.autostart_check.blockSignals(True)
        status = self._autostart.status()
        self.autostart_check.setChecked(status.enabled)
        self.autostart_check.blockSignals(False)
        self.autostart_check.setToolTip(str(status.path))
        self._show_sources()
        self.refresh_reminders()

    def _show_sources(self) -> None:
        schedule = self._schedule
        if schedule is None:
            self.idle_status.setText("")
            self.notify_status.setText("")
            return
        idle = schedule.idle_source
        if idle.available:
            self.idle_status.setText(self.tr(
                "Time away from the keyboard is read from the desktop (%1).").replace(
                    "%1", idle.name))
        else:
            self.idle_status.setText(self.tr(
                "This desktop does not say how long you have been away (%1), so desk breaks "
                "count the time since the last one.").replace(
                    "%1", QCoreApplication.translate("IdleSource", idle.reason)))
        backend = schedule.notifications.backend
        self.notify_status.setText({
            "freedesktop": self.tr("Reminders appear as desktop notifications."),
            "portal": self.tr("Reminders appear as desktop notifications (through the portal)."),
        }.get(backend, self.tr("No notification service answers here: reminders appear as "
                               "messages from the tray icon.")))


def _qtime(text: str, default: str) -> QTime:
    time = QTime.fromString(text, "HH:mm")
    return time if time.isValid() else QTime.fromString(default, "HH:mm")
