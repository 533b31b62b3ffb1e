"""The schedule in the running app: wakes at due times, shows notifications, acts on answers.

Between two things to do the service sleeps: one wall-clock alarm is armed for
``Schedule.next_wake`` and nothing else runs (no polling timer). At a wake it reads the clock,
and, only when desk breaks are on, the idle time and whether the screen is busy; the core
:class:`~pilates_desktop.core.schedule.planner.Schedule` says what to show; notes go out
through :class:`~pilates_desktop.services.desktop.notifications.Notifications`; the state is
saved when it changed; the alarm is armed again.

The reminders file is watched (its folder, since a new file replaces the old one), so
``pilates-desktop remind add`` in a terminal reaches a running background instance at once.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from PySide6.QtCore import QDate, QFileSystemWatcher, QLocale, QObject, Signal

from pilates_desktop.core.clock import Clock
from pilates_desktop.core.errors import PilatesError
from pilates_desktop.core.schedule.deskbreaks import DeskBreakConfig, Reading, desk_config
from pilates_desktop.core.schedule.files import load_book, load_state, save_state
from pilates_desktop.core.schedule.planner import Schedule
from pilates_desktop.core.schedule.reminders import Reminder, ReminderBook
from pilates_desktop.core.schedule.state import Kind, Prompt, ScheduleState
from pilates_desktop.core.schedule.zone import Zone
from pilates_desktop.core.text import fill
from pilates_desktop.paths import Paths
from pilates_desktop.services.desktop.alarm import Alarm, WallAlarm
from pilates_desktop.services.desktop.dbus import Bus
from pilates_desktop.services.desktop.idle import IdleSource, detect_idle
from pilates_desktop.services.desktop.notifications import Note, Notifications
from pilates_desktop.services.desktop.quiet import QuietDetector
from pilates_desktop.services.settings import (
    DESK_BREAK_MINUTES,
    DESK_BREAKS_ON,
    WORK_DAYS,
    WORK_FROM,
    WORK_HOURS_ON,
    WORK_TO,
    Setting,
    Settings,
)

START, SNOOZE, SKIP, OPEN = "start", "snooze", "skip", "open"


@dataclass(frozen=True)
class SchedulePaths:
    reminders: Path
    state: Path


class ScheduleService(QObject):
    """Reminders and desk breaks while the app runs (window or tray)."""

    start_requested = Signal(object)  # a Prompt: open the window and start its routine
    open_requested = Signal()  # a click on the notification itself
    prompted = Signal(object)  # a Prompt was shown, and how (for the tray and tests)
    changed = Signal()  # the reminders or the pause changed
    problem = Signal(str)  # a file could not be read or saved (one line, for the status bar)

    def __init__(self, clock: Clock, zone: Zone, paths: SchedulePaths,
                 notifications: Notifications, alarm: Alarm, idle: IdleSource,
                 quiet: Callable[[], bool], desk: DeskBreakConfig,
                 routine_title: Callable[[str], str] = str,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._zone = zone
        self._paths = paths
        self._notifications = notifications
        self._alarm = alarm
        self._idle = idle
        self._quiet = quiet
        self._routine_title = routine_title
        self._schedule = Schedule(ReminderBook(), ScheduleState(), desk, zone)
        self._shown: dict[Kind, Prompt] = {}
        self._stamp: tuple[int, int, int] | None = None
        self._watcher: QFileSystemWatcher | None = None
        self._state_ok = True  # False: the state file is unreadable and must not be overwritten
        alarm.rang.connect(self.wake)
        notifications.action_invoked.connect(self._on_action)
        self.wakes = 0

    # -- life ---------------------------------------------------------------------------
    def start(self) -> None:
        self._load_state()
        self.reload_reminders()
        folder = self._paths.reminders.parent
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        self._watcher = QFileSystemWatcher([str(folder)], self)
        self._watcher.directoryChanged.connect(self._on_folder_changed)
        self.wake()

    def stop(self) -> None:
        self._alarm.arm(None)
        self._save_state(force=True)
        if self._watcher is not None:  # each watcher holds an inotify instance (128 a user)
            self._watcher.removePaths(self._watcher.directories())
            self._watcher.deleteLater()
            self._watcher = None

    # -- what the outside tells us --------------------------------------------------------
    def reload_reminders(self) -> None:
        try:
            book = load_book(self._paths.reminders)
        except PilatesError as exc:
            self.problem.emit(str(exc))
            book = ReminderBook()  # nothing is written to that file by the service
        self._stamp = self._file_stamp()
        if book != self._schedule.book:
            self._schedule.set_book(book)
            self.changed.emit()
            self._arm()

    def set_desk_config(self, config: DeskBreakConfig) -> None:
        self._schedule.set_desk_config(config)
        self._arm()

    def wake(self) -> None:
        """Look at the schedule now: show what is due, save, sleep until the next thing."""
        self.wakes += 1
        now = self._clock.wall()
        idle = self._idle.idle_seconds() if self._schedule.desk.config.enabled else None
        quiet = self._schedule.may_offer_desk_break(now) and self._quiet()
        for prompt in self._schedule.tick(Reading(now, self._clock.monotonic(), idle, quiet)):
            self._show(prompt)
        self._save_state()
        self._arm()

    # -- what the user answers -------------------------------------------------------------
    def act(self, kind: Kind, action: str) -> None:
        prompt = self._shown.get(kind)
        now = self._clock.wall()
        if action == OPEN:
            self.open_requested.emit()
            return
        if prompt is None:
            return
        if action == START:
            self._schedule.started(prompt)
            self.start_requested.emit(prompt)
        elif action == SNOOZE:
            self._schedule.snooze(prompt, now)
        elif action == SKIP:
            self._schedule.skip_today(kind, now)
        else:
            return
        self._shown.pop(kind, None)
        self._save_state()
        self._arm()

    def start_next(self) -> Prompt:
        """The tray's "Start next routine": the next reminder's routine, now."""
        now = self._clock.wall()
        upcoming = self._schedule.next_reminder(now)
        routine = upcoming[1].routine if upcoming is not None else None
        prompt = Prompt(Kind.REMINDER, now, routine, upcoming[1].id if upcoming else None)
        self.start_requested.emit(prompt)
        return prompt

    def pause_for_an_hour(self) -> float:
        until = self._schedule.pause_for_an_hour(self._clock.wall())
        self._after_pause_change()
        return until

    def pause_until_tomorrow(self) -> float:
        until = self._schedule.pause_until_tomorrow(self._clock.wall())
        self._after_pause_change()
        return until

    def resume(self) -> None:
        self._schedule.resume(self._clock.wall())
        self._after_pause_change()

    # -- what the outside asks --------------------------------------------------------------
    @property
    def book(self) -> ReminderBook:
        return self._schedule.book

    @property
    def desk_breaks_on(self) -> bool:
        return self._schedule.desk.config.enabled

    @property
    def idle_source(self) -> IdleSource:
        return self._idle

    @property
    def notifications(self) -> Notifications:
        return self._notifications

    def paused_until(self) -> float | None:
        return self._schedule.paused_until(self._clock.wall())

    def next_reminder(self) -> tuple[float, Reminder] | None:
        return self._schedule.next_reminder(self._clock.wall())

    def next_wake(self) -> float | None:
        return self._schedule.next_wake(self._clock.wall())

    def note_for(self, prompt: Prompt) -> Note:
        """The notification for ``prompt``, in the user's language."""
        actions = ((START, self.tr("Start")), (SNOOZE, self.tr("Snooze 10 minutes")),
                   (SKIP, self.tr("Skip today")))
        routine = self._routine_title(prompt.routine) if prompt.routine else None
        if prompt.kind is Kind.DESK_BREAK:
            minutes = str(self._schedule.desk.config.active_minutes)
            title = self.tr("Time for a desk break")
            body = fill(self.tr("%1 minutes at the computer. %2 takes about five minutes: "
                                "stand up and move your back."),
                        minutes, routine or self.tr("A short routine"))
        else:
            title = (fill(self.tr("Time for Pilates: %1"), routine) if routine
                     else self.tr("Time for Pilates"))
            body = self.tr("Your practice is due now.")
        if prompt.late:
            day, clock_time = self._when(prompt.due)
            if day is None:
                body = fill(self.tr("This was due at %1, while the computer was asleep or Pilates "
                                    "Desktop was closed."),
                            clock_time)
            else:
                body = fill(self.tr("This was due on %1 at %2, while the computer was asleep or "
                                    "Pilates Desktop was closed."),
                            day, clock_time)
        elif prompt.snoozed:
            body = self.tr("Snoozed 10 minutes ago.") + " " + body
        return Note(prompt.kind.value, title, body, actions, default_action=OPEN)

    # -- inside -----------------------------------------------------------------------------
    def _show(self, prompt: Prompt) -> None:
        self._shown[prompt.kind] = prompt
        self._notifications.show(self.note_for(prompt))
        self.prompted.emit(prompt)

    def _on_action(self, key: str, action: str) -> None:
        try:
            kind = Kind(key)
        except ValueError:
            return
        self.act(kind, action)

    def _after_pause_change(self) -> None:
        self._save_state()
        self._arm()
        self.changed.emit()

    def _arm(self) -> None:
        self._alarm.arm(self._schedule.next_wake(self._clock.wall()))

    def _when(self, due: float) -> tuple[str | None, str]:
        """(weekday name or None when it is today, HH:MM) of ``due``."""
        moment = self._zone.local(due)
        clock_time = f"{moment:%H:%M}"
        if moment.date() == self._zone.day_of(self._clock.wall()):
            return None, clock_time
        day = QLocale().toString(QDate(moment.year, moment.month, moment.day), "dddd")
        return day, clock_time

    def _load_state(self) -> None:
        try:
            self._schedule.state = load_state(self._paths.state)
        except PilatesError as exc:
            self._state_ok = False
            self.problem.emit(str(exc))

    def _save_state(self, force: bool = False) -> None:
        if not (self._schedule.dirty or force) or not self._state_ok:
            return
        try:
            save_state(self._paths.state, self._schedule.state)
            self._schedule.dirty = False
        except PilatesError as exc:
            self.problem.emit(str(exc))

    def _file_stamp(self) -> tuple[int, int, int] | None:
        try:
            st = self._paths.reminders.stat()
        except OSError:
            return None
        return (st.st_ino, st.st_mtime_ns, st.st_size)

    def _on_folder_changed(self, _folder: str) -> None:
        if self._file_stamp() != self._stamp:
            self.reload_reminders()


# -- made once by app.build_app -----------------------------------------------------------------
DESK_SETTINGS = (DESK_BREAKS_ON, DESK_BREAK_MINUTES, WORK_HOURS_ON, WORK_FROM, WORK_TO, WORK_DAYS)


def desk_config_of(settings: Settings) -> DeskBreakConfig:
    return desk_config(settings.value(DESK_BREAKS_ON), settings.value(DESK_BREAK_MINUTES),
                       settings.value(WORK_HOURS_ON), settings.value(WORK_FROM),
                       settings.value(WORK_TO), settings.value(WORK_DAYS))


def build_schedule(clock: Clock, paths: Paths, settings: Settings,
                   routine_title: Callable[[str], str], owner: QObject,
                   env: Mapping[str, str] | None = None) -> ScheduleService:
    """The schedule with the desktop's real parts: the session bus (if there is one), the
    wall-clock alarm, the idle source, the full-screen check; desk-break settings followed."""
    env = os.environ if env is None else env
    bus = Bus.session(env.get("DBUS_SESSION_BUS_ADDRESS") or None, owner)
    quiet = QuietDetector(bus, env.get("DISPLAY"))
    service = ScheduleService(
        clock, Zone(), SchedulePaths(paths.reminders_file, paths.schedule_state_file),
        Notifications(bus, parent=owner), WallAlarm(clock, owner), detect_idle(env, bus),
        quiet.is_quiet, desk_config_of(settings), routine_title, owner)

    def follow(_value: object) -> None:
        service.set_desk_config(desk_config_of(settings))

    for setting in DESK_SETTINGS:
        settings.watch(cast("Setting[object]", setting), follow, service)
    return service
