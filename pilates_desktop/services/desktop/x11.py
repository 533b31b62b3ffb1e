"""The two questions the schedule asks an X11 desktop, through Xlib and libXss with ctypes.

* How long since the last key press or pointer move? The MIT-SCREEN-SAVER extension's
  ``XScreenSaverQueryInfo`` keeps that count in the X server; one round trip reads it.
* Is the active window full screen? ``_NET_ACTIVE_WINDOW`` on the root window names it (EWMH),
  and its ``_NET_WM_STATE`` holds ``_NET_WM_STATE_FULLSCREEN`` while it covers the screen.

The app's own display connection is Qt's (xcb), and a background instance may run with none at
all, so this module opens one Xlib connection of its own, only when asked. Libraries that are
missing (no libXss) or a display that cannot be opened make ``open()`` return None, and the
caller reports idle time as unavailable; nothing here raises into the app.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from typing import Any

ANY_PROPERTY_TYPE = 0  # window managers write WINDOW and ATOM; tools may write CARDINAL


class _ScreenSaverInfo(ctypes.Structure):
    _fields_ = [("window", ctypes.c_ulong), ("state", ctypes.c_int), ("kind", ctypes.c_int),
                ("til_or_since", ctypes.c_ulong), ("idle", ctypes.c_ulong),
                ("event_mask", ctypes.c_ulong)]


def _load(soname: str, short: str) -> Any:
    try:
        return ctypes.CDLL(soname)
    except OSError:
        found = ctypes.util.find_library(short)
        return ctypes.CDLL(found) if found else None


class X11:
    """One Xlib display connection; ``None`` from :meth:`open` where there is no X11."""

    def __init__(self, xlib: Any, xss: Any, display: int) -> None:
        self._xlib = xlib
        self._xss = xss
        self._dpy = ctypes.c_void_p(display)
        self._root = xlib.XDefaultRootWindow(self._dpy)
        self._info = xss.XScreenSaverAllocInfo() if xss is not None else None
        self.has_idle = False
        if xss is not None and self._info:
            event_base, error_base = ctypes.c_int(), ctypes.c_int()
            self.has_idle = bool(xss.XScreenSaverQueryExtension(
                self._dpy, ctypes.byref(event_base), ctypes.byref(error_base)))

    @classmethod
    def open(cls, display_name: str | None) -> X11 | None:
        if not display_name:
            return None
        xlib = _load("libX11.so.6", "X11")
        if xlib is None:
            return None
        xss = _load("libXss.so.1", "Xss")
        xlib.XOpenDisplay.restype = ctypes.c_void_p
        xlib.XOpenDisplay.argtypes = [ctypes.c_char_p]
        xlib.XDefaultRootWindow.restype = ctypes.c_ulong
        xlib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        xlib.XInternAtom.restype = ctypes.c_ulong
        xlib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        xlib.XGetWindowProperty.argtypes = [
            ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_long, ctypes.c_long,
            ctypes.c_int, ctypes.c_ulong, ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_void_p)]
        xlib.XFree.argtypes = [ctypes.c_void_p]
        xlib.XCloseDisplay.argtypes = [ctypes.c_void_p]
        if xss is not None:
            xss.XScreenSaverAllocInfo.restype = ctypes.POINTER(_ScreenSaverInfo)
            xss.XScreenSaverQueryExtension.argtypes = [
                ctypes.c_void_p, ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_int)]
            xss.XScreenSaverQueryInfo.argtypes = [ctypes.c_void_p, ctypes.c_ulong,
                                                  ctypes.POINTER(_ScreenSaverInfo)]
        display = xlib.XOpenDisplay(display_name.encode())
        if not display:
            return None
        return cls(xlib, xss, display)

    def idle_seconds(self) -> float | None:
        if not self.has_idle or self._info is None:
            return None
        if not self._xss.XScreenSaverQueryInfo(self._dpy, self._root, self._info):
            return None
        return float(self._info.contents.idle) / 1000.0

    def active_window_is_full_screen(self) -> bool:
        active = self._property(self._root, "_NET_ACTIVE_WINDOW")
        if not active or not active[0]:
            return False
        fullscreen = self._atom("_NET_WM_STATE_FULLSCREEN")
        states = self._property(active[0], "_NET_WM_STATE")
        return bool(fullscreen) and fullscreen in states

    def close(self) -> None:
        if self._dpy:
            if self._info:
                self._xlib.XFree(self._info)
                self._info = None
            self._xlib.XCloseDisplay(self._dpy)
            self._dpy = ctypes.c_void_p(0)

    def _atom(self, name: str) -> int:
        return int(self._xlib.XInternAtom(self._dpy, name.encode(), 1))  # only if it exists

    def _property(self, window: int, name: str) -> list[int]:
        """A property of 32-bit items (windows, atoms) as a list; [] when unset."""
        atom = self._atom(name)
        if not atom:
            return []
        actual_type, actual_format = ctypes.c_ulong(), ctypes.c_int()
        count, after, data = ctypes.c_ulong(), ctypes.c_ulong(), ctypes.c_void_p()
        status = self._xlib.XGetWindowProperty(
            self._dpy, window, atom, 0, 64, 0, ANY_PROPERTY_TYPE, ctypes.byref(actual_type),
            ctypes.byref(actual_format), ctypes.byref(count), ctypes.byref(after),
            ctypes.byref(data))
        if status != 0 or not data.value:
            return []
        try:
            if actual_format.value != 32:
                return []
            # Xlib hands 32-bit items back as C longs.
            items = ctypes.cast(data, ctypes.POINTER(ctypes.c_ulong))
            return [int(items[i]) for i in range(count.value)]
        finally:
            self._xlib.XFree(data)
