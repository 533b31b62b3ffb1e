"""Every setting is declared once here, with its type, default and range, and kept in QSettings.

Widgets never call ``QSettings`` with a literal key: they read ``settings.value(GET_READY_S)``
and ``settings.watch(GET_READY_S, slot)``: each declared setting has its own signal, which
carries the new value, typed as the declaration is, so a change applies at once, without a
restart, and no widget compares key strings. Settings that act together have one signal for
the group: ``pace_changed`` (the timing of a session) and ``health_changed`` (the health
answers and the flare-up day, decided here and nowhere else).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QSettings, Signal

from pilates_desktop.core.clock import Clock
from pilates_desktop.core.text import fill
from pilates_desktop.core.timeline import Pace

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    type: type
    default: T
    lo: float | None = None
    hi: float | None = None
    choices: tuple[str, ...] = ()

    def coerce(self, raw: Any) -> T:
        """Turn what QSettings hands back (often a string) into a valid value, or the default."""
        try:
            if self.type is bool:
                value: Any = raw if isinstance(raw, bool) else str(raw).lower() in ("1", "true")
            elif self.type is int:
                value = int(raw)
            elif self.type is float:
                value = float(raw)
            elif self.type is list:
                value = [] if raw in (None, "") else list(raw) if isinstance(raw, list | tuple) else [str(raw)]
            else:
                value = str(raw)
        except (TypeError, ValueError):
            return self.default
        if self.lo is not None and value < self.lo:
            return self.default
        if self.hi is not None and value > self.hi:
            return self.default
        if self.choices and value not in self.choices:
            return self.default
        return value  # type: ignore[no-any-return]


# Practice
GET_READY_S = Setting("practice/get_ready_s", int, 10, 0, 60)  # time to get down
DEFAULT_REST_S = Setting("practice/default_rest_s", int, 10, 0, 300)
REP_PACE_S = Setting("practice/rep_pace_s", float, 4.0, 1.5, 15.0)
INHALE_S = Setting("practice/inhale_s", float, 4.0, 1.5, 12.0)
EXHALE_S = Setting("practice/exhale_s", float, 4.0, 1.5, 12.0)
SWITCH_SIDE_S = Setting("practice/switch_side_s", int, 5, 2, 30)
GOAL_KIND = Setting("practice/goal_kind", str, "sessions", choices=("sessions", "minutes"))
GOAL_SESSIONS = Setting("practice/goal_sessions", int, 3, 1, 14)
GOAL_MINUTES = Setting("practice/goal_minutes", int, 60, 5, 1000)
# The day weeks start on for the goal and the streak: the system locale's unless chosen (never
# the interface language's, or switching language would change the streak).
WEEK_START = Setting("practice/week_start", str, "system",
                     choices=("system", "monday", "sunday", "saturday"))
WEEKDAYS = {"monday": 0, "sunday": 6, "saturday": 5}  # WEEK_START's days, 0 = Monday
# Cues
SOUND_ON = Setting("cues/sound_on", bool, True)
SOUND_VOLUME = Setting("cues/sound_volume", int, 70, 0, 100)
VOICE_ON = Setting("cues/voice_on", bool, False)
VOICE_VOLUME = Setting("cues/voice_volume", int, 80, 0, 100)
VOICE_NAME = Setting("cues/voice_name", str, "")
# Appearance and language
THEME = Setting("appearance/theme", str, "system", choices=("system", "light", "dark"))
FONT_SCALE = Setting("appearance/font_scale", int, 100, 100, 200)
LANGUAGE = Setting("appearance/language", str, "system")
# Health
KNEE_PROBLEMS = Setting("health/knee_problems", bool, False)
NECK_PROBLEMS = Setting("health/neck_problems", bool, False)
FLARE_UP = Setting("health/flare_up_today", bool, False)
WELCOME_ACKNOWLEDGED = Setting("health/welcome_acknowledged", bool, False)
FLARE_UP_DATE = Setting("health/flare_up_date", str, "")  # the day it was switched on
FLARE_UP_MINUTES = Setting("health/flare_up_minutes", int, 15, 5, 60)
# The week: desk breaks and the tray (the reminders themselves are in reminders.json)
DESK_BREAKS_ON = Setting("week/desk_breaks_on", bool, False)
DESK_BREAK_MINUTES = Setting("week/desk_break_minutes", int, 50, 15, 180)
WORK_HOURS_ON = Setting("week/work_hours_on", bool, False)
WORK_FROM = Setting("week/work_from", str, "09:00")  # HH:MM, read by core.schedule
WORK_TO = Setting("week/work_to", str, "17:00")
WORK_DAYS = Setting("week/work_days", str, "mon,tue,wed,thu,fri")
TOLD_ABOUT_TRAY = Setting("week/told_about_tray", bool, False)  # the close-to-tray note
# Window state (remembered between runs)
WINDOW_GEOMETRY = Setting("window/geometry", str, "")
WINDOW_STATE = Setting("window/state", str, "")
SPLITTER_STATE = Setting("window/splitter", str, "")
LAST_ROUTINE = Setting("window/last_routine", str, "")


# Every setting, each declared once above (a test checks that no two share a key).
ALL: tuple[Setting[Any], ...] = tuple(v for v in dict(globals()).values() if isinstance(v, Setting))
PACE = (GET_READY_S, DEFAULT_REST_S, REP_PACE_S, INHALE_S, EXHALE_S, SWITCH_SIDE_S)
HEALTH = (KNEE_PROBLEMS, NECK_PROBLEMS, FLARE_UP, FLARE_UP_DATE, FLARE_UP_MINUTES)
# The health answers as flags (what core.safety and the exercise cautions compare with).
HEALTH_FLAGS = {KNEE_PROBLEMS: "knee-problems", NECK_PROBLEMS: "neck-problems"}


def first_weekday_of(locale: QLocale) -> int:
    """A locale's first day of the week as Python counts it (0 = Monday .. 6 = Sunday)."""
    return (locale.firstDayOfWeek().value - 1) % 7


def system_first_weekday() -> int:
    """The system locale's first day of the week, 0 = Monday (not the interface language's)."""
    return first_weekday_of(QLocale.system())


class _Channel(QObject):
    """One setting's own signal (a QObject each, so a signal can belong to one setting)."""

    changed = Signal(object)


class Settings(QObject):
    """Typed access to the settings file, with one signal per setting and per group."""

    pace_changed = Signal(object)  # Pace: a timing setting changed
    health_changed = Signal(object)  # frozenset[str]: the health flags (or the flare-up day)

    def __init__(self, store: QSettings, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._clock = clock
        self._channels: dict[str, _Channel] = {}
        # Why the settings file was set aside, for the window to say (None: all is well).
        self.load_error: str | None = None

    @classmethod
    def from_file(cls, path: Any, clock: Clock, parent: QObject | None = None, *,
                  repair: bool = False) -> Settings:
        """The settings kept in the INI file at ``path`` (created when first written).

        With ``repair`` (the app, not a command), a file that cannot be read is moved aside
        as ``settings.ini.unreadable-<time>``, since the next save would overwrite it, and
        ``load_error`` says so and where it is.
        """
        path = Path(path)
        store = QSettings(str(path), QSettings.Format.IniFormat)
        error: str | None = None
        if repair and _unreadable(store, path):
            kept = path.with_name(f"{path.name}.unreadable-{clock.now():%Y%m%d-%H%M%S}")
            try:
                path.replace(kept)
            except OSError:
                pass
            else:
                error = fill(QCoreApplication.translate(
                         "Settings", "%1 could not be read; your settings start from the defaults. "
                         "The file is kept as %2."),
                             path.name, str(kept))
                store = QSettings(str(path), QSettings.Format.IniFormat)
        settings = cls(store, clock, parent)
        settings.load_error = error
        return settings

    # --- values ----------------------------------------------------------------------------

    def value(self, setting: Setting[T]) -> T:
        raw = self._store.value(setting.key, None)
        if raw is None:
            return setting.default
        return setting.coerce(raw)

    def set_value(self, setting: Setting[T], value: T) -> None:
        checked = setting.coerce(value)
        if self._store.value(setting.key, None) is not None and self.value(setting) == checked:
            return
        self._store.setValue(setting.key, checked)
        self._store.sync()
        self._changed(setting)

    def reset(self, setting: Setting[Any]) -> None:
        self._store.remove(setting.key)
        self._changed(setting)

    def sync(self) -> None:
        self._store.sync()

    # --- signals ---------------------------------------------------------------------------

    def _channel(self, setting: Setting[Any]) -> _Channel:
        channel = self._channels.get(setting.key)
        if channel is None:
            channel = self._channels[setting.key] = _Channel(self)
        return channel

    def watch(self, setting: Setting[T], slot: Callable[[T], object],
              owner: QObject | None = None) -> None:
        """Call ``slot(new value)`` whenever ``setting`` changes. With an ``owner``, the call
        ends when the owner is destroyed (a closed dialog is never called back)."""
        connection = self._channel(setting).changed.connect(slot)
        if owner is not None:
            owner.destroyed.connect(lambda *_: QObject.disconnect(connection))

    def _changed(self, setting: Setting[Any]) -> None:
        channel = self._channels.get(setting.key)
        if channel is not None:
            channel.changed.emit(self.value(setting))
        if setting in PACE:
            self.pace_changed.emit(self.pace())
        if setting in HEALTH:
            self.health_changed.emit(self.health_flags())

    # --- groups ----------------------------------------------------------------------------

    def pace(self) -> Pace:
        return Pace(
            get_ready_s=self.value(GET_READY_S),
            rep_s=self.value(REP_PACE_S),
            inhale_s=self.value(INHALE_S),
            exhale_s=self.value(EXHALE_S),
            switch_side_s=self.value(SWITCH_SIDE_S),
            default_rest_s=self.value(DEFAULT_REST_S),
        )

    def first_weekday(self) -> int:
        """The day weeks start on, 0 = Monday .. 6 = Sunday (WEEK_START, else the system's)."""
        chosen = WEEKDAYS.get(self.value(WEEK_START))
        return chosen if chosen is not None else system_first_weekday()

    def health_flags(self) -> frozenset[str]:
        """The user's health answers as the flags exercises are checked against."""
        return frozenset(flag for setting, flag in HEALTH_FLAGS.items() if self.value(setting))

    def flare_up_today(self) -> bool:
        """Whether today is a flare-up day. Yesterday's switch has expired and is turned off."""
        if not self.value(FLARE_UP):
            return False
        today = self._clock.today().isoformat()
        stamped = self.value(FLARE_UP_DATE)
        if not stamped:
            self.set_value(FLARE_UP_DATE, today)
            return True
        if stamped != today:
            self.set_value(FLARE_UP, False)
            return False
        return True

    def set_flare_up(self, on: bool) -> None:
        """Turn the flare-up switch on for today only, or off."""
        if on:
            self.set_value(FLARE_UP_DATE, self._clock.today().isoformat())
        self.set_value(FLARE_UP, on)


def _unreadable(store: QSettings, path: Path) -> bool:
    """QSettings reads almost anything as INI: a folder in the file's place, or bytes that
    are not UTF-8 text (or hold NULs), would be overwritten by the next save."""
    if store.status() != QSettings.Status.NoError:
        return True
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return False
    except OSError:
        return True
    if b"\x00" in raw:
        return True
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False
