"""Every setting is declared once here, with its type, default and range, and kept in QSettings.

Widgets never call ``QSettings`` with a literal key: they read ``settings.value(GET_READY_S)``
and listen to ``Settings.changed`` so that a change applies at once, without a restart.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QSettings, Signal

from pilates_desktop import paths
from pilates_desktop.core.clock import Clock
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


REGISTRY: dict[str, Setting[Any]] = {}


def declare(setting: Setting[T]) -> Setting[T]:
    assert setting.key not in REGISTRY, setting.key
    REGISTRY[setting.key] = setting
    return setting


# Practice
GET_READY_S = declare(Setting("practice/get_ready_s", int, 5, 0, 60))
DEFAULT_REST_S = declare(Setting("practice/default_rest_s", int, 10, 0, 300))
REP_PACE_S = declare(Setting("practice/rep_pace_s", float, 4.0, 1.5, 15.0))
INHALE_S = declare(Setting("practice/inhale_s", float, 4.0, 1.5, 12.0))
EXHALE_S = declare(Setting("practice/exhale_s", float, 4.0, 1.5, 12.0))
SWITCH_SIDE_S = declare(Setting("practice/switch_side_s", int, 5, 2, 30))
GOAL_KIND = declare(Setting("practice/goal_kind", str, "sessions", choices=("sessions", "minutes")))
GOAL_SESSIONS = declare(Setting("practice/goal_sessions", int, 3, 1, 14))
GOAL_MINUTES = declare(Setting("practice/goal_minutes", int, 60, 5, 1000))
# Cues
SOUND_ON = declare(Setting("cues/sound_on", bool, True))
SOUND_VOLUME = declare(Setting("cues/sound_volume", int, 70, 0, 100))
VOICE_ON = declare(Setting("cues/voice_on", bool, False))
VOICE_VOLUME = declare(Setting("cues/voice_volume", int, 80, 0, 100))
VOICE_NAME = declare(Setting("cues/voice_name", str, ""))
# Appearance and language
THEME = declare(Setting("appearance/theme", str, "system", choices=("system", "light", "dark")))
FONT_SCALE = declare(Setting("appearance/font_scale", int, 100, 100, 200))
LANGUAGE = declare(Setting("appearance/language", str, "system"))
# Health
KNEE_PROBLEMS = declare(Setting("health/knee_problems", bool, False))
NECK_PROBLEMS = declare(Setting("health/neck_problems", bool, False))
FLARE_UP = declare(Setting("health/flare_up_today", bool, False))
WELCOME_ACKNOWLEDGED = declare(Setting("health/welcome_acknowledged", bool, False))
FLARE_UP_DATE = declare(Setting("health/flare_up_date", str, ""))  # the day it was switched on
FLARE_UP_MINUTES = declare(Setting("health/flare_up_minutes", int, 15, 5, 60))
# Window state (remembered between runs)
WINDOW_GEOMETRY = declare(Setting("window/geometry", str, ""))
WINDOW_STATE = declare(Setting("window/state", str, ""))
SPLITTER_STATE = declare(Setting("window/splitter", str, ""))
LAST_ROUTINE = declare(Setting("window/last_routine", str, ""))


class Settings(QObject):
    """Typed access to QSettings, with a ``changed(key)`` signal for live updates."""

    changed = Signal(str)

    def __init__(self, clock: Clock, parent: QObject | None = None,
                 store: QSettings | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        if store is None:
            paths.ensure(paths.data_dir())
            store = QSettings(str(paths.settings_file()), QSettings.Format.IniFormat)
        self._store = store

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
        self.changed.emit(setting.key)

    def reset(self, setting: Setting[Any]) -> None:
        self._store.remove(setting.key)
        self.changed.emit(setting.key)

    def pace(self) -> Pace:
        return Pace(
            get_ready_s=self.value(GET_READY_S),
            rep_s=self.value(REP_PACE_S),
            inhale_s=self.value(INHALE_S),
            exhale_s=self.value(EXHALE_S),
            switch_side_s=self.value(SWITCH_SIDE_S),
            default_rest_s=self.value(DEFAULT_REST_S),
        )

    def health_flags(self) -> frozenset[str]:
        flags = set()
        if self.value(KNEE_PROBLEMS):
            flags.add("knee-problems")
        if self.value(NECK_PROBLEMS):
            flags.add("neck-problems")
        return frozenset(flags)

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

    def sync(self) -> None:
        self._store.sync()
