"""An alarm at a wall-clock time that also rings after the computer wakes from sleep.

A ``QTimer`` counts on the monotonic clock, which stops while the machine is suspended: a
timer set at 07:00 for a 07:30 reminder, on a laptop closed from 07:10 to 09:00, would fire at
10:20. On Linux the alarm is a ``timerfd`` on ``CLOCK_REALTIME`` with an absolute expiry: the
kernel wakes it at 07:30 wall time, or at once on resume when that has passed, and with
``TFD_TIMER_CANCEL_ON_SET`` also when the clock is set (the schedule then looks again). It is
one file descriptor in a ``QSocketNotifier``: between two due times nothing runs at all.

Elsewhere (or if the timerfd cannot be made) a single-shot ``QTimer`` is used, and it is
capped at 15 minutes so that a resume from sleep is noticed soon; that costs four wake-ups an
hour on those systems, which the benchmark does not count as the timerfd's zero.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import errno
import math
import os
import sys
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from pilates_desktop.core.clock import Clock

CLOCK_REALTIME = 0
TFD_CLOEXEC = 0o2000000
TFD_NONBLOCK = 0o4000
TFD_TIMER_ABSTIME = 1
TFD_TIMER_CANCEL_ON_SET = 2
FALLBACK_CAP_S = 15 * 60


class _Timespec(ctypes.Structure):
    _fields_ = [("tv_sec", ctypes.c_long), ("tv_nsec", ctypes.c_long)]


class _Itimerspec(ctypes.Structure):
    _fields_ = [("it_interval", _Timespec), ("it_value", _Timespec)]


def _libc() -> Any:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.timerfd_create.argtypes = [ctypes.c_int, ctypes.c_int]
        libc.timerfd_settime.argtypes = [ctypes.c_int, ctypes.c_int,
                                         ctypes.POINTER(_Itimerspec), ctypes.c_void_p]
        return libc
    except (OSError, AttributeError):
        return None


class Alarm(QObject):
    """Rings ``rang`` once at a wall time given to ``arm`` (None disarms)."""

    rang = Signal()

    def arm(self, at: float | None) -> None:
        raise NotImplementedError


class WallAlarm(Alarm):
    """The real alarm: a timerfd on Linux, a capped QTimer elsewhere."""

    def __init__(self, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._fd = -1
        self._notifier: QSocketNotifier | None = None
        self._timer: QTimer | None = None
        self.armed_at: float | None = None
        libc = _libc()
        if libc is not None:
            fd = libc.timerfd_create(CLOCK_REALTIME, TFD_NONBLOCK | TFD_CLOEXEC)
            if fd >= 0:
                self._libc, self._fd = libc, fd
                self._notifier = QSocketNotifier(fd, QSocketNotifier.Type.Read, self)
                self._notifier.activated.connect(self._on_timerfd)
        if self._fd < 0:
            self._timer = QTimer(self)
            self._timer.setSingleShot(True)
            self._timer.setTimerType(self._timer.timerType().PreciseTimer)
            self._timer.timeout.connect(self._on_timer)

    @property
    def kind(self) -> str:
        return "timerfd" if self._fd >= 0 else "qtimer"

    def arm(self, at: float | None) -> None:
        self.armed_at = at
        if self._fd >= 0:
            self._set_timerfd(at)
        elif self._timer is not None:
            self._timer.stop()
            if at is not None:
                wait = min(max(0.0, at - self._clock.wall()), FALLBACK_CAP_S)
                self._timer.start(int(math.ceil(wait * 1000)))

    def close(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1

    def _set_timerfd(self, at: float | None) -> None:
        spec = _Itimerspec()
        flags = 0
        if at is not None:
            at = max(at, 1e-9)  # a zero expiry would disarm
            spec.it_value.tv_sec = int(at)
            spec.it_value.tv_nsec = int((at - int(at)) * 1e9)
            flags = TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET
        if self._libc.timerfd_settime(self._fd, flags, ctypes.byref(spec), None) != 0:
            raise OSError(ctypes.get_errno(), "timerfd_settime failed")

    def _on_timerfd(self) -> None:
        try:
            os.read(self._fd, 8)
        except BlockingIOError:
            return
        except OSError as exc:
            if exc.errno != errno.ECANCELED:  # the clock was set: look again, like a ring
                raise
        self.armed_at = None
        self.rang.emit()

    def _on_timer(self) -> None:
        at = self.armed_at
        if at is not None and self._clock.wall() < at - 0.001:
            self.arm(at)  # the cap ran out first: sleep again
            return
        self.armed_at = None
        self.rang.emit()
