"""Pilates Desktop: a Pilates practice companion for people with back pain."""

__version__ = "0.1.0"
APP_NAME = "Pilates Desktop"
APP_ID = "pilates-desktop"
ORG_NAME = "PilatesDesktop"
# The menu entry's file name (packaging/), the autostart entry's and the notifications' too.
DESKTOP_ID = "io.github.pilates_desktop.PilatesDesktop"


def _keep_none_alive() -> None:
    """Work around PySide6 6.12 on Python 3.11: its void methods return None without taking a
    new reference (harmless on 3.12+, where None is immortal). On 3.11 every such call drops a
    reference to None and the interpreter aborts ("none_dealloc") after a few thousand Qt calls.
    Giving None a reference count that cannot run out makes it immortal here as well.
    ``SignalInstance.emit()`` does the same with the True it returns, so True and False get the
    same treatment."""
    import sys

    if sys.version_info < (3, 12):
        import ctypes

        for singleton in (None, True, False):
            ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40


_keep_none_alive()
