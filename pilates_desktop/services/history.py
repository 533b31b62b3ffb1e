"""The history service: the one long-lived owner of the history store in a running app.

Why it exists: the store keeps a write that the file refused (busy, full, read-only) in
memory, but nothing tried it again until the next write, and writes still waiting at quit
were dropped, so the session ended up "interrupted". The service tries them again on a timer
while any wait, once more (waiting for a lock up to the store's timeout) when the app quits,
and turns the store's callbacks into signals. A restore asked for while a session is being
recorded is deferred until that session ends (the store refuses it: it would delete the
running session).
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from pilates_desktop.core.history import (
    HistoryFileError,
    HistoryStore,
    Notice,
    NoticeKind,
    SessionRecord,
    latest_backup,
    load_export,
)
from pilates_desktop.core.text import fill

RETRY_MS = 15_000


class Restore(StrEnum):
    DONE = "done"
    DEFERRED = "deferred"  # after the session being recorded ends


class HistoryService(QObject):
    changed = Signal()  # something was written (or the file came back)
    notice = Signal(object)  # a Notice the user should see
    restored = Signal(int)  # a restore ran: the number of sessions now
    restore_deferred = Signal(str)  # the backup that is restored when the session ends
    restore_failed = Signal(object)  # HistoryFileError (translate with i18n.error_text)

    def __init__(self, store: HistoryStore, parent: QObject | None = None,
                 retry_ms: int = RETRY_MS) -> None:
        super().__init__(parent)
        self._store = store
        self._deferred: Path | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(retry_ms)
        self._timer.timeout.connect(self.retry)
        store.on_change = self._on_change
        store.on_notice = self._on_notice
        self._seen = store.data_version()
        if store.pending_writes():
            self._timer.start()

    def retrying(self) -> bool:
        """True while writes wait and the retry timer runs."""
        return self._timer.isActive()

    def retry(self) -> bool:
        """Try the waiting writes now; True when none is left (the timer then stops)."""
        done = self._store.retry_pending()
        if done:
            self._timer.stop()
        return done

    def flush(self) -> bool:
        """At quit: one last try of every waiting write. False when some could not be saved
        (the user was told when they started to wait)."""
        if not self._store.pending_writes():
            return True
        return self.retry()

    def close(self) -> bool:
        """Flush and close the store; returns what :meth:`flush` returned."""
        self._timer.stop()
        flushed = self.flush()
        self._store.close()
        return flushed

    def restore_backup(self, backup: Path) -> Restore:
        """Restore now, or when the session being recorded ends.

        Raises HistoryFileError for a backup that cannot be used (restored now), and emits
        ``restore_failed`` for one that fails when its deferred turn comes.
        """
        if self._store.open_session_ids():
            self._deferred = backup
            self.restore_deferred.emit(str(backup))
            return Restore.DEFERRED
        self._deferred = None
        self.restored.emit(self._store.restore_backup(backup))
        return Restore.DONE

    def latest_backup(self) -> Path | None:
        """The newest automatic backup, or None before the first one is made."""
        return latest_backup(self._store.backups_dir)

    @property
    def backups_dir(self) -> Path:
        return self._store.backups_dir

    def export_to(self, path: Path, kind: str) -> None:
        """Every session, as JSON (``kind`` "json") or as CSV; raises OSError."""
        if kind == "json":
            text = json.dumps(self._store.export_json(), ensure_ascii=False, indent=2) + "\n"
            path.write_text(text, encoding="utf-8")
        else:
            # With a byte-order mark spreadsheets pick UTF-8 without asking.
            path.write_text(self._store.export_csv(), encoding="utf-8-sig", newline="")

    def import_file(self, path: Path) -> int:
        """Merge an export (strictly read: nothing is written unless all of it is good);
        returns the sessions added. Raises PilatesError naming the problem."""
        return self._store.import_json(load_export(path), path.name)

    # -- what History reads and edits (it never holds the store itself) --------------------

    def sessions(self, since: datetime | None = None, routine: str | None = None, *,
                 with_items: bool = True) -> list[SessionRecord]:
        """Ended sessions started since ``since`` (all when None), oldest first."""
        return self._store.sessions(since=since, routine=routine, with_items=with_items)

    def session(self, session_id: str) -> SessionRecord | None:
        return self._store.session(session_id)

    def routines(self) -> list[tuple[str, str]]:
        """(id, latest name) of every routine in the history, by name."""
        return self._store.routines()

    def count(self) -> int:
        return self._store.count()

    def edit_session(self, session_id: str, field: str, value: Any) -> None:
        """Set a session's ``note``, ``pain_before`` or ``pain_after`` (History's edits)."""
        if field == "note":
            self._store.update_session(session_id, note=value)
        elif field == "pain_before":
            self._store.update_session(session_id, pain_before=value)
        elif field == "pain_after":
            self._store.update_session(session_id, pain_after=value)
        else:
            raise ValueError(f"a session has no editable field {field!r}")

    def delete_session(self, session_id: str) -> SessionRecord | None:
        """Delete a session; returns it as it was, for an undo."""
        return self._store.delete_session(session_id)

    def restore_session(self, record: SessionRecord) -> None:
        """Put a deleted session back exactly as it was (the undo of a delete)."""
        self._store.restore_session(record)

    def look_outside(self) -> bool:
        """Did another program write the history (``pilates-desktop history import`` while the
        app runs)? Then ``changed`` is emitted, as for a write of this app's own. Cheap: one
        pragma, no query of the sessions."""
        try:
            version = self._store.data_version()
        except sqlite3.Error:
            return False  # closed at quit, or the file went away: the next write tells
        if version == self._seen:
            return False
        self._seen = version
        self.changed.emit()
        return True

    def deferred_restore(self) -> Path | None:
        return self._deferred

    def cancel_deferred_restore(self) -> None:
        self._deferred = None

    def _on_change(self) -> None:
        if self._store.pending_writes() and not self._timer.isActive():
            self._timer.start()  # a write kept while the history runs on a copy in memory
        self.changed.emit()
        if self._deferred is not None and not self._store.open_session_ids():
            backup, self._deferred = self._deferred, None
            try:
                self.restored.emit(self._store.restore_backup(backup))
            except HistoryFileError as exc:
                self.restore_failed.emit(exc)

    def _on_notice(self, notice: Notice) -> None:
        if notice.kind is NoticeKind.WRITE_PENDING:
            self._timer.start()
        elif notice.kind is NoticeKind.WRITES_SAVED:
            self._timer.stop()
        self.notice.emit(notice)

    def start_retrying(self) -> None:
        """Start the timer for a store that opened on a copy in memory (locked, read-only)."""
        if not self._store.on_file or self._store.pending_writes():
            self._timer.start()

    @staticmethod
    def notice_text(notice: Notice) -> str:
        """The notice in the user's language, for the kinds the window did not word before."""
        where = str(notice.path) if notice.path else ""
        texts = {
            NoticeKind.LOCKED: QCoreApplication.translate(
                "HistoryService",
                "%1 is in use by another program. Your practice is kept and saved to it as "
                "soon as it is free."),
            NoticeKind.FOREIGN: QCoreApplication.translate(
                "HistoryService",
                "%1 belongs to another program and was left as it is. This run's practice "
                "is kept until you quit; choose another data folder to keep it."),
        }
        text = texts.get(notice.kind)
        return fill(text, where) if text else notice.message
