"""Keep a PySide6 reference-count bug from crashing the app.

PySide6 6.12.0 on CPython 3.11: every ``SignalInstance.emit()`` called from Python returns
``True`` without taking a reference to it, so each emit lowers ``True``'s reference count by
one. After a few thousand emits (a practice session ticks several times a second, and
pyqtgraph emits on every mouse move over a chart) the count reaches zero and the interpreter
aborts with "Fatal Python error: bool_dealloc: deallocating True or False".

CPython 3.12 makes ``True`` and ``False`` immortal; on 3.11 we do the same by hand, once, by
adding 2**40 to their reference counts (about 10**12 emits of headroom). Call ``install()``
before the first signal is emitted. It is a no-op where the bug cannot bite.
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 40
_installed = False


def install() -> bool:
    """Make True and False effectively immortal; returns True when it changed anything."""
    global _installed
    if _installed or sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    for obj in (True, False):
        # ob_refcnt is the first field of every CPython object header (Py_ssize_t).
        refcount = ctypes.c_ssize_t.from_address(id(obj))
        if refcount.value < _HEADROOM:
            refcount.value += _HEADROOM
    _installed = True
    return True
