"""The user's routines while the app runs: the repository on disk, one undo stack for every
edit, autosave shortly after each change, and a watch on the routine folder.

Why a watch: the command line and the window are two front ends over the same folder. A
routine that ``pilates-desktop import`` adds (or a file the user copies in, or deletes) must
show in a running window at once, not after a restart. ``QFileSystemWatcher`` reports the
change; a short pause lets a burst of writes settle, then ``folder_changed`` says so. The
app's own saves are remembered as they are written, so they never echo back as a change.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from pilates_desktop.core.errors import FormatError
from pilates_desktop.core.routines import Item, Routine
from pilates_desktop.core.routines.repository import ROUTINE_SUFFIX, RoutineRepository

SETTLE_MS = 150  # a burst of file events (a save is a write and a rename) becomes one change

_Signature = dict[str, tuple[int, int]]  # file name: (modification time in ns, size)


class RoutinesService(QObject):
    folder_changed = Signal()  # files in the routine folder changed, not by this app
    saved = Signal()  # every changed routine is on disk
    save_failed = Signal(str)  # why the last save did not work (the old file is kept)

    def __init__(self, repository: RoutineRepository, parent: QObject | None = None, *,
                 autosave_ms: int = 300) -> None:
        super().__init__(parent)
        self.repository = repository
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setObjectName("builder-undo-stack")
        self._pending: dict[str, Routine] = {}  # changed in the app, not yet saved
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(autosave_ms)
        self._save_timer.timeout.connect(self.flush)
        self._known: _Signature = {}
        self._watcher: QFileSystemWatcher | None = None
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._check_folder)

    # --- reading ---------------------------------------------------------------------------

    def load(self) -> tuple[list[Routine], list[FormatError]]:
        """Every routine (built-ins first, then the user's by name) and the unreadable files."""
        user, errors = self.repository.user()
        self._known = self._signature()
        return self.repository.builtins() + user, errors

    def watch(self) -> None:
        """Start watching the routine folder (made if missing, so that it can be watched)."""
        if self._watcher is not None:
            return
        folder = self.repository.folder
        with contextlib.suppress(OSError):
            folder.mkdir(parents=True, exist_ok=True)
        # No parent: ``close`` ends it at once (each watch holds an inotify instance, and a
        # user has few of those).
        self._watcher = QFileSystemWatcher()
        if folder.is_dir():
            self._watcher.addPath(str(folder))
        self._watcher.directoryChanged.connect(lambda _path: self._settle.start())
        self._known = self._signature()

    def close(self) -> None:
        """Stop watching and save what is pending (the run ends)."""
        self._settle.stop()
        if self._watcher is not None:
            self._watcher.directoryChanged.disconnect()
            self._watcher.removePaths(self._watcher.directories())
            self._watcher = None  # owned by Python alone: deleted here, not later
        self.flush()

    def _signature(self) -> _Signature:
        found: _Signature = {}
        folder = self.repository.folder
        if not folder.is_dir():
            return found
        for path in folder.glob(f"*{ROUTINE_SUFFIX}"):
            with contextlib.suppress(OSError):
                stat = path.stat()
                found[path.name] = (stat.st_mtime_ns, stat.st_size)
        return found

    def _remember(self, path: Path) -> None:
        """Our own write or delete: not a change from outside."""
        try:
            stat = path.stat()
        except OSError:
            self._known.pop(path.name, None)
        else:
            self._known[path.name] = (stat.st_mtime_ns, stat.st_size)

    def _check_folder(self) -> None:
        now = self._signature()
        if now != self._known:
            self._known = now
            self.folder_changed.emit()

    # --- adding and deleting ---------------------------------------------------------------

    def add(self, name: str, items: Iterable[Item] = (), description: str = "",
            existing: Iterable[Routine] | None = None) -> Routine:
        """Save a new routine named by the naming rule (see core.routines.naming)."""
        routine = self.repository.add(name, items, description, existing)
        self._remember(self.repository.path_for(routine.id))
        return routine

    def delete(self, routine_id: str) -> None:
        self._pending.pop(routine_id, None)
        self.repository.delete(routine_id)
        self._remember(self.repository.path_for(routine_id))

    # --- edits and autosave ----------------------------------------------------------------

    def edited(self, routine: Routine) -> None:
        """``routine`` changed in the app: save it shortly (a burst of edits is one write)."""
        if routine.builtin:
            return
        self._pending[routine.id] = routine
        self._save_timer.start()

    def pending(self, routine_id: str) -> bool:
        return routine_id in self._pending

    def has_unsaved(self) -> bool:
        return bool(self._pending)

    def flush(self) -> bool:
        """Write every changed routine now; False when one could not be written (it stays
        pending, and its old file whole, until the next change or flush)."""
        self._save_timer.stop()
        ok = True
        for routine_id in sorted(self._pending):
            routine = self._pending[routine_id]
            try:
                path = self.repository.save(routine)
            except Exception as exc:  # noqa: BLE001 - reported to the user, never a traceback
                ok = False
                self.save_failed.emit(str(exc))
                continue
            self._remember(path)
            del self._pending[routine_id]
        if ok:
            self.saved.emit()
        return ok
