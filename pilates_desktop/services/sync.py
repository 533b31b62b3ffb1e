"""The sync service: when the window (or the tray instance) syncs with the sync folder.

It syncs at start, after each session (once the session has ended: only closed sessions go
out), a few seconds after a routine file changes (so a burst of edits is one sync), and when
another computer's files arrive in the folder (QFileSystemWatcher). A sync with nothing new
only stats the folder, so the watcher's extra calls cost nothing. Writes made by a sync
itself (into the folder, the history and the routine folder) do not trigger another one.

A sync runs on a worker thread (a first sync of years of sessions takes a second or two, and
the window must not freeze meanwhile) with its own connection to the history file; its
report or its error comes back to the GUI thread as a signal. One sync runs at a time: asking
for another meanwhile runs one more once it ends. Errors are signalled as one translated line;
nothing is changed by a sync that fails.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QFileSystemWatcher, QObject, QThread, QTimer, Signal, Slot

from pilates_desktop.core.errors import PilatesError
from pilates_desktop.core.text import fill

if TYPE_CHECKING:
    from pilates_desktop.core.clock import Clock
    from pilates_desktop.core.history import HistoryStore
    from pilates_desktop.core.routines.repository import RoutineRepository
    from pilates_desktop.core.sync.engine import Syncer, SyncReport

SETTLE_MS = 3000  # after a routine edit or a file arriving: wait for the burst to end
START_MS = 0


class _Worker(QObject):
    """Lives on the sync thread: runs one sync per request, with a syncer made there."""

    finished = Signal(object, object, object)  # folder asked for, SyncReport or None, error

    def __init__(self, make: Callable[[], Syncer], owned: bool) -> None:
        super().__init__()
        self._make = make
        self._owned = owned  # the syncer (and its connection) is the worker's own
        self._syncer: Syncer | None = None

    @Slot(object)
    def run(self, folder: Path | None) -> None:
        try:
            if self._syncer is None:
                self._syncer = self._make()
            report = self._syncer.sync(folder)
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread, which decides
            self.finished.emit(folder, None, exc)
            return
        self.finished.emit(folder, report, None)

    def close(self) -> None:
        """Close the worker's own connection to the history (its thread has ended)."""
        close = getattr(getattr(self._syncer, "local", None), "close", None)
        if self._owned and callable(close):
            close()
        self._syncer = None


class SyncService(QObject):
    synced = Signal(object)  # SyncReport: what a sync brought (nothing_new when nothing)
    failed = Signal(str)  # one line, in the user's language, naming the file when there is one
    conflicts = Signal(list)  # names of routines kept as conflict copies: tell the user
    history_changed = Signal()  # the sync wrote sessions into the history
    routines_changed = Signal()  # the sync wrote or deleted routine files
    folder_changed = Signal(str)  # the folder was set ("" when none)

    busy_changed = Signal(bool)  # a sync started (True) or ended (False)
    _run = Signal(object)  # to the worker: sync (with this folder, or the remembered one)

    def __init__(self, syncer: Syncer | Callable[[], Syncer], routines_dir: Path,
                 parent: QObject | None = None, settle_ms: int = SETTLE_MS, *,
                 worker_syncer: Callable[[], Syncer] | None = None) -> None:
        """``syncer`` answers on the GUI thread (the folder, the names, the last sync);
        ``worker_syncer``, called on the sync thread, makes the one that syncs there (by
        default ``syncer`` itself)."""
        super().__init__(parent)
        # Made on first use (after the first paint): the sync engine is not start-up work.
        self._syncer = syncer
        self._worker_syncer = worker_syncer
        self._routines_dir = routines_dir
        self._running = False
        self._echo = False  # True while this service reports its own writes
        self._again = False  # a sync was asked for while one ran ...
        self._again_folder: Path | None = None  # ... with this folder (None: remembered one)
        self._stopped = False
        self._session_running = False
        self._after_session = False
        self._thread: QThread | None = None
        self._worker: _Worker | None = None
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

    def set_folder(self, folder: Path) -> None:
        """Sync with ``folder`` from now on (remembered once its first sync has worked:
        ``folder_changed`` then; otherwise ``failed`` and the old folder is kept)."""
        self._ask(folder)

    def is_busy(self) -> bool:
        """True while a sync runs on the sync thread."""
        return self._running

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
        """No more syncs (the app is closing its history): a pending one is dropped, one
        running is waited for, and the sync thread ends."""
        self._stopped = True
        self._again = False
        self._timer.stop()
        if self._watcher.directories():
            self._watcher.removePaths(self._watcher.directories())
        thread, worker = self._thread, self._worker
        self._thread = self._worker = None
        if thread is not None and worker is not None:
            thread.quit()
            thread.wait()
            worker.close()

    def on_history_changed(self) -> None:
        """The history was written: a session ended, or a note was edited."""
        if self._echo:
            return  # our own writes, reported
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

    def sync_now(self) -> None:
        """Sync now with the remembered folder (on the sync thread; ``synced`` or ``failed``
        tell how it went)."""
        if not self._stopped and self.folder() is not None:
            self._ask(None)

    def _ask(self, folder: Path | None) -> None:
        if self._stopped:
            return
        self._timer.stop()
        if self._running:  # once more when this one ends (a folder chosen meanwhile wins)
            self._again = True
            self._again_folder = folder or self._again_folder
            return
        self._running = True
        if self._thread is None:
            self._make_thread()
        assert self._thread is not None
        self._thread.start()  # runs only while a sync does: nothing is left running idle
        self.busy_changed.emit(True)
        self._run.emit(folder)

    def _make_thread(self) -> None:
        thread = self._thread = QThread(self)
        thread.setObjectName("sync")
        worker = self._worker = _Worker(self._worker_syncer or (lambda: self.syncer),
                                        owned=self._worker_syncer is not None)
        worker.moveToThread(thread)
        self._run.connect(worker.run)  # queued: the worker lives on the thread
        worker.finished.connect(self._finished)

    @Slot(object, object, object)
    def _finished(self, folder: Path | None, report: SyncReport | None, error: Any) -> None:
        from pilates_desktop.i18n import error_text

        self._running = False
        if self._stopped:  # the app is closing: the history it would announce is closed
            return
        again, folder_again = self._again, self._again_folder
        self._again, self._again_folder = False, None
        if self._thread is not None:  # the worker is idle: its thread ends at once
            self._thread.quit()
            self._thread.wait()
        self._rewatch()
        self.busy_changed.emit(False)
        if isinstance(error, PilatesError):
            self.last_error = error_text(error)
            self.failed.emit(self.last_error)
        elif isinstance(error, OSError):
            self.last_error = f"{error.filename or ''}: {error.strerror or error}".lstrip(": ")
            self.failed.emit(self.last_error)
        elif report is not None:
            self._report(report, folder)
        if again:
            self._ask(folder_again)
        if error is not None and not isinstance(error, (PilatesError, OSError)):
            raise error  # a fault of ours: the app's own handler reports it

    def _report(self, report: SyncReport, folder: Path | None) -> None:
        self.last_error = ""
        self.last_report = report
        self._echo = True
        try:
            if folder is not None:
                self.folder_changed.emit(str(self.folder() or ""))
            if sum(report.added.values()) + sum(report.changed.values()) + sum(
                    report.removed.values()):
                self.history_changed.emit()
            if report.routines_added or report.routines_changed or report.routines_removed:
                self.routines_changed.emit()
            if report.conflicts:
                self.conflicts.emit([c.version.content["name"] for c in report.conflicts
                                     if c.version.content is not None])
            self.synced.emit(report)
        finally:
            self._echo = False

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

    return (fill(QCoreApplication.translate("Sync", "%1 (conflict from %2)"), name, device))


def build_sync(data_dir: Path, routines_dir: Path, store: HistoryStore,
               repository: RoutineRepository, clock: Clock,
               parent: QObject | None = None) -> SyncService:
    """The sync service of one data dir (the composition root makes one). Its syncs run on
    the sync thread over a second connection to the history file; what they write is
    announced on ``store`` (``changed_elsewhere``) so the views refresh."""

    def make(local_store: HistoryStore) -> Syncer:
        from PySide6.QtCore import QSysInfo

        from pilates_desktop.core.sync.engine import Syncer
        from pilates_desktop.core.sync.local import StoreLocal

        return Syncer(data_dir, StoreLocal(local_store, repository), clock, conflict_name,
                      QSysInfo.machineHostName() or "Computer")

    def make_worker() -> Syncer:
        from pilates_desktop.core.history import HistoryStore

        return make(HistoryStore.second(store))

    service = SyncService(lambda: make(store), routines_dir, parent, worker_syncer=make_worker)
    service.history_changed.connect(store.changed_elsewhere)
    return service
