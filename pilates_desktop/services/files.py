"""Writing the user's files. Every write goes through QSaveFile, so a crash or a full disk in
the middle of a save leaves the previous file whole."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QIODevice, QSaveFile

from pilates_desktop.core.errors import PilatesError
from pilates_desktop.core.text import fill


class SaveError(PilatesError):
    pass


def write_text_atomically(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` all at once, or leave the old file as it was."""
    path.parent.mkdir(parents=True, exist_ok=True)
    f = QSaveFile(str(path))

    def failed(why: str) -> SaveError:  # ``why`` is already in the user's language
        return SaveError(fill(why, str(path), f.errorString()))

    if not f.open(QIODevice.OpenModeFlag.WriteOnly):
        raise failed(QCoreApplication.translate("RoutineStore", "%1: cannot be written: %2"))
    try:
        data = text.encode("utf-8")
        if f.write(data) != len(data):
            raise failed(QCoreApplication.translate("RoutineStore",
                                                    "%1: the disk may be full: %2"))
    except BaseException:
        f.cancelWriting()
        raise
    if not f.commit():
        raise failed(QCoreApplication.translate("RoutineStore", "%1: could not be saved: %2"))

