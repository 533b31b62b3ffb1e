"""Is now a bad moment for a desk break? A full-screen window, or do-not-disturb.

Asked only when a desk break is due (never polled), through what is cheap to ask:

* X11: the active window's ``_NET_WM_STATE_FULLSCREEN`` (EWMH);
* the notification service's ``Inhibited`` property (the spec's do-not-disturb, KDE Plasma)
  and dunst's ``paused`` (``dunstctl set-paused true``);
* Windows: ``SHQueryUserNotificationState`` (busy, a full-screen game, presentation mode or
  quiet time).

Anything that cannot be asked counts as "not quiet": the worst case is a break offered during
a film, never a break that is silently never offered.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable

from pilates_desktop.services.desktop.dbus import Bus, DBusError
from pilates_desktop.services.desktop.notifications import NOTIFICATIONS
from pilates_desktop.services.desktop.x11 import X11

DUNST = ("org.freedesktop.Notifications", "/org/freedesktop/Notifications",
         "org.dunstproject.cmd0")
_QUIET_STATES = {2, 3, 4, 6}  # QUNS_BUSY, RUNNING_D3D_FULL_SCREEN, PRESENTATION_MODE, QUIET_TIME


class QuietDetector:
    def __init__(self, bus: Bus | None, display: str | None,
                 platform: str = sys.platform) -> None:
        self._bus = bus
        self._display = display
        self._x11: X11 | None = None
        self._x11_tried = False
        self._windows: Callable[[], bool] | None = (_windows_state() if platform == "win32"
                                                    else None)

    def reasons(self) -> list[str]:
        """Why now is quiet ("full screen", "do not disturb"); empty when it is not."""
        found = []
        if self._full_screen():
            found.append("full screen")
        if self._do_not_disturb():
            found.append("do not disturb")
        return found

    def is_quiet(self) -> bool:
        return bool(self.reasons())

    def close(self) -> None:
        if self._x11 is not None:
            self._x11.close()
            self._x11 = None

    def _full_screen(self) -> bool:
        if self._windows is not None:
            return self._windows()
        if not self._x11_tried:
            self._x11_tried = True
            self._x11 = X11.open(self._display)
        return self._x11 is not None and self._x11.active_window_is_full_screen()

    def _do_not_disturb(self) -> bool:
        bus = self._bus
        if bus is None or not bus.is_open:
            return False
        for service, path, interface, name in (
                (*NOTIFICATIONS, "Inhibited"), (*DUNST, "paused")):
            try:
                if bus.get_property(service, path, interface, name, timeout=1.0) is True:
                    return True
            except DBusError:
                continue
        return False


def _windows_state() -> Callable[[], bool] | None:
    try:
        shell32 = ctypes.WinDLL("shell32")  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        return None

    def busy() -> bool:
        state = ctypes.c_int()
        if shell32.SHQueryUserNotificationState(ctypes.byref(state)) != 0:
            return False
        return state.value in _QUIET_STATES

    return busy
