"""The sync service: when the window (or the tray instance) syncs with the sync folder.

It syncs at start, after each session (once the session has ended: only closed sessions go
out), a few seconds after a routine file changes (so a burst of edits is one sync), and when
another computer's files arrive in the folder (QFileSystemWatcher). A sync with nothing new
only stats the folder, so the watcher's extra calls cost nothing. Writes made by a sync
itself (into the folder, the history and the routine folder) do not trigger another one.

The sync runs on the GUI thread: the history's SQLite connection belongs to it, and a sync
with a few new sessions takes a fraction of a second. Errors are signalled as one translated
line; nothing is changed by a sync that fails.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from pilates_desktop.core.errors import PilatesError

if TYPE_CHECKING:
    from pilates_desktop.core.clock import Clock
    from pilates_desktop.core.history import HistoryStore
    from pilates_desktop.core.routines.repository import RoutineRepository
    from pilates_desktop.core.sync.engine import Syncer, SyncReport

SETTLE_MS = 3000  # after a routine edit or a file arriving: wait for the burst to end
START_MS = 0


class SyncService(QObject):
    synced = Signal(object)  # SyncReport: what a sync brought (nothing_new when nothing)
    failed = Signal(str)  # one line, in the user's language, naming the file when there is one
    conflicts = Signal(list)  # names of routines kept as conflict copies: tell the user
    history_changed = Signal()  # the sync wrote sessions into the history
    routines_changed = Signal()  # the sync wrote or deleted routine files
    folder_changed = Signal(str)  # the folder was set ("" when none)

    def __init__(self, syncer: Syncer | Callable[[], Syncer], routines_dir: Path,
                 parent: QObject | None = None, settle_ms: int = SETTLE_MS) -> None:
        super().__init__(parent)
        # Made on first use (after the first paint): the sync engine is not start-up work.
        self._syncer = syncer
        self._routines_dir = routines_dir
        self._running = False
        self._stopped = False
        self._session_running = False
        self._after_session = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(settle_ms)
        self._timer.timeout.connect(self.sync_now)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._on_files)
        self._watcher.fileChanged.connect(self._on_files)
        self.last_report: SyncReport | None = None
        self.last_error = ""

    @property
    def syncer(self) -> Syncer:
        if callable(self._syncer):
            self._syncer = self._syncer()
        return self._syncer

    # --- what it syncs with ----------------------------------------------------------------

    def folder(self) -> Path | None:
        folder = self.syncer.state().folder
        return Path(folder) if folder else None

    def origins(self) -> dict[str, str]:
        """The computer each synced session was done on, by session id."""
        if self.folder() is None:
            return {}
        try:
            return self.syncer.origins()
        except (PilatesError, OSError):
            return {}  # the History view shows the sessions without it

    def device_name(self) -> str:
        return self.syncer.state().device_name

    def set_device_name(self, name: str) -> None:
        self.syncer.set_device_name(name)
        self.schedule()

    def set_folder(self, folder: Path) -> bool:
        """Sync with ``folder`` from now on (it is remembered); True when the first sync
        worked (else ``failed`` was emitted and the old folder is kept)."""
        ok = self._sync(folder)
        if ok:
            self.folder_changed.emit(str(self.folder() or ""))
        return ok

    # --- when it syncs ---------------------------------------------------------------------

    def start(self) -> None:
        """Sync soon after start-up, and watch for changes from then on."""
        if self.folder() is None:
            return
        QTimer.singleShot(START_MS, self.sync_now)

    def schedule(self) -> None:
        """Sync once things have settled (restarts the wait)."""
        if not self._stopped and self.folder() is not None:
            self._timer.start()

    def stop(self) -> None:
        """No more syncs (the app is closing its history): a pending one is dropped."""
        self._stopped = True
        self._timer.stop()
        if self._watcher.directories():
            self._watcher.removePaths(self._watcher.directories())

    def on_history_changed(self) -> None:
        """The history was written: a session ended, or a note was edited."""
        if self._running:
            return  # our own writes
        if self._session_running:
            self._after_session = True
        else:
            self.schedule()

    def on_session_running(self, running: bool) -> None:
        self._session_running = running
        if not running and self._after_session:
            self._after_session = False
            self.schedule()

    def _on_files(self, _path: str) -> None:
        if not self._running:
            self.schedule()

    def sync_now(self) -> bool:
        """Sync now with the remembered folder; True when it worked."""
        if self._stopped or self.folder() is None:
            return False
        return self._sync(None)

    def _sync(self, folder: Path | None) -> bool:
        from pilates_desktop.i18n import error_text

        self._timer.stop()
        self._running = True
        try:
            report = self.syncer.sync(folder)
        except PilatesError as exc:
            self.last_error = error_text(exc)
            self.failed.emit(self.last_error)
            return False
        except OSError as exc:
            self.last_error = f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": ")
            self.failed.emit(self.last_error)
            return False
        finally:
            self._running = False
            if not self._stopped:
                self._rewatch()
        self.last_error = ""
        self.last_report = report
        if sum(report.added.values()) + sum(report.changed.values()) + sum(
                report.removed.values()):
            self.history_changed.emit()
        if report.routines_added or report.routines_changed or report.routines_removed:
            self.routines_changed.emit()
        if report.conflicts:
            self.conflicts.emit([c.version.content["name"] for c in report.conflicts
                                 if c.version.content is not None])
        self.synced.emit(report)
        return True

    def _rewatch(self) -> None:
        """Watch the routine folder, the folder's device list and each computer's journal and
        routine folders (a new computer's folder is added when it appears)."""
        from pilates_desktop.core.sync.files import (
            DEVICES,
            JOURNAL_DIR,
            ROUTINES_DIR,
            device_dirs,
        )

        wanted = {str(self._routines_dir)}
        folder = self.folder()
        if folder is not None:
            wanted |= {str(folder), str(folder / DEVICES)}
            for _, path in device_dirs(folder):
                wanted |= {str(path), str(path / JOURNAL_DIR), str(path / ROUTINES_DIR)}
        existing = {p for p in wanted if Path(p).is_dir()}
        current = set(self._watcher.directories())
        if current - existing:
            self._watcher.removePaths(sorted(current - existing))
        if existing - current:
            self._watcher.addPaths(sorted(existing - current))


def conflict_name(name: str, device: str) -> str:
    """The name of a routine kept as a conflict copy, in the user's language."""
    from PySide6.QtCore import QCoreApplication

    return (QCoreApplication.translate("Sync", "%1 (conflict from %2)")
            .replace("%1", name).replace("%2", device))


def build_sync(data_dir: Path, routines_dir: Path, store: HistoryStore,
               repository: RoutineRepository, clock: Clock,
               parent: QObject | None = None) -> SyncService:
    """The sync service of one data dir (the composition root makes one)."""

    def make() -> Syncer:
        from PySide6.QtCore import QSysInfo

        from pilates_desktop.core.sync.engine import Syncer
        from pilates_desktop.core.sync.local import StoreLocal

        return Syncer(data_dir, StoreLocal(store, repository), clock, conflict_name,
                      QSysInfo.machineHostName() or "Computer")

    return SyncService(make, routines_dir, parent)
