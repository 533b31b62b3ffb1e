"""Idle time (seconds since the last input) from whatever the desktop offers, or "unavailable".

In the order tried:

* GNOME (X11 or Wayland): ``org.gnome.Mutter.IdleMonitor.GetIdletime`` on the session bus;
* X11: the X server's screen-saver extension (libXss), not on Wayland, where XWayland only
  sees the input of X11 windows and would call a busy user idle;
* Windows: ``GetLastInputInfo``; macOS: ``CGEventSourceSecondsSinceLastEventType``.

Where none answers (a Wayland desktop other than GNOME: ext-idle-notify-v1 needs a Wayland
client of its own), :class:`IdleSource` says ``available=False`` with the reason, the Settings
page shows it, and desk breaks count wall time instead.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from pilates_desktop.core.errors import QT_TRANSLATE_NOOP
from pilates_desktop.services.desktop.dbus import Bus, DBusError, address, method_call
from pilates_desktop.services.desktop.x11 import X11

MUTTER = ("org.gnome.Mutter.IdleMonitor", "/org/gnome/Mutter/IdleMonitor/Core",
          "org.gnome.Mutter.IdleMonitor")


@dataclass
class IdleSource:
    """``read()`` gives seconds since the last input, or None when it could not be read now."""

    name: str  # "mutter", "x11", "windows", "macos" or "none"
    read: Callable[[], float | None]
    reason: str = ""  # why there is none, in English (translated in context "IdleSource")

    @property
    def available(self) -> bool:
        return self.name != "none"

    def idle_seconds(self) -> float | None:
        try:
            return self.read()
        except (DBusError, OSError, ValueError):
            return None


def _unavailable(reason: str) -> IdleSource:
    return IdleSource("none", lambda: None, reason)


def mutter_idle(bus: Bus) -> IdleSource | None:
    if not bus.name_has_owner(MUTTER[0]):
        return None
    target = address(*MUTTER)

    def read() -> float | None:
        (ms,) = bus.call(method_call(target, "GetIdletime"), timeout=1.0)
        return float(ms) / 1000.0

    source = IdleSource("mutter", read)
    return source if source.idle_seconds() is not None else None


def x11_idle(display: str | None) -> IdleSource | None:
    x11 = X11.open(display)
    if x11 is None or not x11.has_idle or x11.idle_seconds() is None:
        return None
    return IdleSource("x11", x11.idle_seconds)


def windows_idle() -> IdleSource | None:
    class LastInputInfo(ctypes.Structure):
        _fields_ = [("cbSize", ctypes.c_uint), ("dwTime", ctypes.c_uint)]

    try:
        windll = ctypes.WinDLL  # type: ignore[attr-defined]
        user32, kernel32 = windll("user32"), windll("kernel32")
    except (AttributeError, OSError):
        return None
    kernel32.GetTickCount.restype = ctypes.c_uint

    def read() -> float | None:
        info = LastInputInfo(ctypes.sizeof(LastInputInfo), 0)
        if not user32.GetLastInputInfo(ctypes.byref(info)):
            return None
        return float((kernel32.GetTickCount() - info.dwTime) & 0xFFFFFFFF) / 1000.0

    return IdleSource("windows", read)


def macos_idle() -> IdleSource | None:
    try:
        cg = ctypes.CDLL("/System/Library/Frameworks/CoreGraphics.framework/CoreGraphics")
    except OSError:
        return None
    cg.CGEventSourceSecondsSinceLastEventType.restype = ctypes.c_double
    cg.CGEventSourceSecondsSinceLastEventType.argtypes = [ctypes.c_int, ctypes.c_uint32]
    combined_session, any_input = 0, 0xFFFFFFFF

    def read() -> float | None:
        return float(cg.CGEventSourceSecondsSinceLastEventType(combined_session, any_input))

    return IdleSource("macos", read)


def detect_idle(env: Mapping[str, str], bus: Bus | None,
                platform: str = sys.platform) -> IdleSource:
    """The best idle source there is here; never raises."""
    if platform == "win32":
        return windows_idle() or _unavailable(QT_TRANSLATE_NOOP(
            "IdleSource", "Windows did not answer"))
    if platform == "darwin":
        return macos_idle() or _unavailable(QT_TRANSLATE_NOOP(
            "IdleSource", "macOS did not answer"))
    if bus is not None:
        try:
            found = mutter_idle(bus)
        except DBusError:
            found = None
        if found is not None:
            return found
    wayland = bool(env.get("WAYLAND_DISPLAY")) or env.get("XDG_SESSION_TYPE") == "wayland"
    if wayland:
        return _unavailable(QT_TRANSLATE_NOOP(
            "IdleSource", "on Wayland only GNOME tells apps this"))
    found = x11_idle(env.get("DISPLAY"))
    if found is not None:
        return found
    if not env.get("DISPLAY"):
        return _unavailable(QT_TRANSLATE_NOOP("IdleSource", "no desktop session to ask"))
    return _unavailable(QT_TRANSLATE_NOOP(
        "IdleSource", "the X server has no screen-saver extension"))
