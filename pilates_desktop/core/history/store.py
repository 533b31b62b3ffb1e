"""The history store: a SQLite file that loses nothing a person has practised.

Why it is built this way:

* The player writes each segment as it finishes, in its own short ``BEGIN IMMEDIATE``
  transaction, with WAL and ``synchronous=NORMAL``: a crash or a kill loses at most the segment
  in progress. The end of a session is committed with ``synchronous=FULL`` so that it also
  survives a power cut.
* A session that is still open at the next start was cut short by a crash or a kill. It is
  closed as ``interrupted``, keeping every item recorded until then.
* Only a damaged file (``SQLITE_CORRUPT``, ``SQLITE_NOTADB``) or one from a newer version is
  set aside, and never by a read-only command. A busy, locked, full or read-only file keeps
  the writes in memory and tries them again (``retry_pending``), in order. If the file cannot
  be opened at all, this run works on a copy in memory, and the writes are replayed onto the
  file once it opens. A file of another program is left untouched.
* Restoring a backup while a session is being recorded is refused (the history service
  defers it to the end of the session).
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from pilates_desktop.core.errors import QT_TRANSLATE_NOOP, Phrase
from pilates_desktop.core.history import backup, queries
from pilates_desktop.core.history.exchange import (
    decode_history,
    encode_checkin,
    encode_session,
    insert_checkin,
    insert_records,
    sessions_csv,
    stored_ids,
)
from pilates_desktop.core.history.model import (
    CANNOT_IMPORT,
    EXPORT_FORMAT,
    EXPORT_VERSION,
    CheckIn,
    HistoryFileError,
    HistoryWriteError,
    Notice,
    NoticeKind,
    OpenResult,
    SessionRecord,
    SessionStatus,
    default_now,
)
from pilates_desktop.core.history.opening import Probe, Verdict, probe, refusal
from pilates_desktop.core.history.schema import (
    BUSY_TIMEOUT_S,
    SCHEMA_VERSION,
    Fault,
    classify,
    connect,
    create_private,
    make_private,
    memory_db,
    migrate,
    tune,
    user_version,
)
from pilates_desktop.core.history.writes import Op, SessionWrites

RESTORE_DURING_SESSION = QT_TRANSLATE_NOOP(
    "FormatError", "a session is being recorded; restore the backup after it ends")
RESTORE_WHILE_PENDING = QT_TRANSLATE_NOOP(
    "FormatError", "the history file cannot be written just now ({error}); nothing was changed")


@dataclass
class _Pending:
    op: Op
    durable: bool
    what: str


class HistoryStore(SessionWrites):
    """The only way into the history database. Create it with :meth:`open`."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path,
        backups_dir: Path,
        now: Callable[[], datetime],
        on_notice: Callable[[Notice], None] | None = None,
        *,
        on_file: bool = True,
        reattach: bool = False,
        timeout: float = BUSY_TIMEOUT_S,
    ) -> None:
        # The connection every read and write uses: the file, or (while the file cannot be
        # opened) a copy in memory that shows this run's sessions.
        self._conn = conn
        self._on_file = on_file
        # True while the file could not be opened for a reason that may pass (busy,
        # read-only, full): the writes are kept and replayed onto it when it opens.
        self._reattach = reattach
        self._file: sqlite3.Connection | None = conn if on_file else None
        self._path = path
        self._backups_dir = backups_dir
        self._now = now
        self._timeout = timeout
        self._pending: list[_Pending] = []
        self.on_notice = on_notice
        # Called after every write that reached the disk, so views can refresh.
        self.on_change: Callable[[], None] | None = None

    # -- opening ---------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        backups_dir: Path,
        now: Callable[[], datetime] = default_now,
        maintenance: bool = True,
        read_only: bool = False,
        on_notice: Callable[[Notice], None] | None = None,
        timeout: float = BUSY_TIMEOUT_S,
    ) -> OpenResult:
        """Open (or create) the database; never raises for a bad or unwritable file, except
        with ``read_only``, which never writes, moves or creates anything and raises
        HistoryFileError for a file it cannot read as it is.

        ``maintenance`` closes sessions left open and makes the daily backup; a command-line
        import passes False so that it never touches a session the running app is recording.
        """
        if read_only:
            return OpenResult(cls._open_read_only(path, backups_dir, now, timeout))
        notices: list[Notice] = []
        restore_offer: Path | None = None
        conn: sqlite3.Connection | None = None
        with contextlib.suppress(OSError):
            backup.ensure_private_dir(path.parent)
        found = probe(path, timeout=timeout) if path.is_file() else None
        if found is not None and found.verdict in (Verdict.CORRUPT, Verdict.NEWER):
            newer = found.verdict is Verdict.NEWER
            kept = backup.keep_latest(backups_dir)  # the last good copy leaves rotation
            moved = backup.move_aside(path, "newer" if newer else "corrupt", now())
            restore_offer = kept
            name = moved.name if moved else path.name
            text = (f"{path.name} was written by a newer version of Pilates Desktop. "
                    f"It was kept as {name} and a fresh history started." if newer else
                    f"{path.name} could not be read ({found.detail}). It was kept as "
                    f"{name} and a fresh history started.")
            if kept is not None:
                text += f" The latest automatic backup is {kept}."
            notices.append(Notice(
                NoticeKind.NEWER_MOVED if newer else NoticeKind.CORRUPT_MOVED, text,
                path=moved or path, backup=kept, detail=found.detail))
            found = None if moved else found
        elif found is not None and found.verdict is Verdict.USABLE:
            conn = found.conn
        unusable = found is not None and found.verdict is not Verdict.USABLE
        try:
            if unusable or (path.exists() and not path.is_file()):
                raise _Unusable(found.verdict if found else Verdict.UNAVAILABLE,
                                found.detail if found else f"{path} is not a file")
            if conn is None:
                create_private(path)
                conn = connect(path, timeout=timeout)
            make_private(path)
            tune(conn)
            if maintenance:
                notice = backup.daily_backup(conn, backups_dir, now())
                if notice is not None:
                    notices.append(notice)
            migrate(conn)
            make_private(path)  # the WAL and shared-memory files now exist too
        except (_Unusable, sqlite3.Error, OSError) as exc:
            if conn is not None:
                conn.close()
            verdict = exc.verdict if isinstance(exc, _Unusable) else _verdict(exc)
            detail = exc.detail if isinstance(exc, _Unusable) else str(exc)
            notices.append(_unusable_notice(path, verdict, detail))
            store = cls(memory_db(), path, backups_dir, now, on_notice, on_file=False,
                        reattach=verdict in (Verdict.BUSY, Verdict.UNAVAILABLE),
                        timeout=timeout)
            return OpenResult(store, notices, restore_offer)
        store = cls(conn, path, backups_dir, now, on_notice, timeout=timeout)
        if maintenance:
            closed = store._close_interrupted()
            if closed:
                notices.append(Notice(
                    NoticeKind.INTERRUPTED_CLOSED,
                    f"{closed} session(s) cut short last time were saved as interrupted.",
                    path=path, count=closed))
        return OpenResult(store, notices, restore_offer)

    @classmethod
    def _open_read_only(cls, path: Path, backups_dir: Path, now: Callable[[], datetime],
                        timeout: float) -> HistoryStore:
        if not path.exists():
            return cls(memory_db(), path, backups_dir, now, on_file=False)
        found = probe(path, timeout=timeout, read_only=True)
        if found.verdict is not Verdict.USABLE or found.conn is None:
            raise refusal(path, found)
        conn = found.conn
        if user_version(conn) < SCHEMA_VERSION:
            # An older file is read through a migrated copy in memory: nothing is written.
            copy = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
            conn.backup(copy)
            conn.close()
            migrate(copy)
            conn = copy
        return cls(conn, path, backups_dir, now, on_file=False)

    @classmethod
    def second(cls, store: HistoryStore) -> HistoryStore:
        """Another connection to the file ``store`` has opened (and migrated), for work done
        on another thread (the sync's); its writes reach ``store`` through the file. Raises
        HistoryFileError when ``store`` runs on a copy in memory or the file cannot be used."""
        found = (probe(store.path, timeout=store._timeout) if store.on_file else
                 Probe(Verdict.UNAVAILABLE, detail="the history is kept in memory for now"))
        if found.verdict is not Verdict.USABLE or found.conn is None:
            raise refusal(store.path, found)
        tune(found.conn)
        return cls(found.conn, store.path, store.backups_dir, store._now, timeout=store._timeout)

    def changed_elsewhere(self) -> None:
        """Another connection to the file wrote to it: tell whoever watches this store."""
        self._changed()

    def close(self) -> None:
        for conn in {id(c): c for c in (self._conn, self._file) if c is not None}.values():
            with contextlib.suppress(sqlite3.Error):
                conn.close()

    @property
    def path(self) -> Path:
        return self._path

    @property
    def backups_dir(self) -> Path:
        return self._backups_dir

    @property
    def on_file(self) -> bool:
        """False while this run's history is kept in memory (the file cannot be used)."""
        return self._on_file

    def _close_interrupted(self) -> int:
        rows = self._conn.execute("SELECT id FROM sessions WHERE ended_utc IS NULL").fetchall()
        if not rows:
            return 0

        def op(conn: sqlite3.Connection) -> None:
            # Each session ends at its last recorded item, with the UTC offset in force then
            # (a DST change during the session moves it), and keeps every item.
            conn.execute(
                """UPDATE sessions SET
                    status = ?,
                    active_s = (SELECT COALESCE(SUM(done_s), 0) FROM items
                                WHERE items.session_id = sessions.id),
                    ended_utc = COALESCE((SELECT recorded_utc FROM items
                                          WHERE items.session_id = sessions.id
                                          ORDER BY seq DESC LIMIT 1), started_utc),
                    ended_offset_min = COALESCE((SELECT recorded_offset_min FROM items
                                                 WHERE items.session_id = sessions.id
                                                 ORDER BY seq DESC LIMIT 1),
                                                started_offset_min)
                WHERE ended_utc IS NULL""",
                (SessionStatus.INTERRUPTED.value,),
            )

        self._write(op, "close interrupted sessions", durable=True)
        return len(rows)

    # -- import and restore ----------------------------------------------------------------

    def import_json(self, data: Any, source_name: str) -> int:
        """Merge an export by session id; returns how many sessions were added.

        Validation is strict and complete before anything is written, and the merge is one
        transaction: a file that fails writes nothing. Importing the same file twice adds
        nothing the second time.
        """
        records, checkins = decode_history(data, source_name)
        if self._pending:
            self.retry_pending()
        added = 0
        try:
            if not self._on_file:
                raise sqlite3.OperationalError(f"{self._path} cannot be used just now")
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                added = insert_records(self._conn, records, ignore_existing=True)
                new_checkins = sum(insert_checkin(self._conn, c) for c in checkins)
                self._conn.execute("COMMIT")
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise
        except sqlite3.OperationalError as exc:
            raise HistoryWriteError(
                self._path, Phrase(CANNOT_IMPORT, file=source_name, error=str(exc))
            ) from exc
        if added or new_checkins:
            self._changed()
        return added

    def restore_backup(self, backup_file: Path) -> int:
        """Replace the database with an automatic backup, then put back any session recorded
        since that the backup lacks. Returns how many sessions the result has.

        Refused while a session is being recorded (it would be lost), or while writes wait.
        """
        if self.open_session_ids():
            raise HistoryFileError(backup_file, Phrase(RESTORE_DURING_SESSION))
        if (self._pending and not self.retry_pending()) or not self._on_file:
            reason = self._pending[0].what if self._pending else "in memory"
            raise HistoryFileError(backup_file, Phrase(RESTORE_WHILE_PENDING, error=reason))
        current = self.sessions()
        current_checkins = self.checkins()
        backup.copy_backup_into(backup_file, self._conn)
        migrate(self._conn)
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            insert_records(self._conn, current, ignore_existing=True)
            for checkin in current_checkins:
                insert_checkin(self._conn, checkin)
            self._conn.execute("COMMIT")
        except BaseException:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            raise
        make_private(self._path)
        self._changed()
        return self.count()

    # -- writing ---------------------------------------------------------------------------

    def pending_writes(self) -> int:
        return len(self._pending)

    def retry_pending(self) -> bool:
        """Try the writes kept in memory again, in order; True when none is left.

        A run on a copy in memory (the file was locked or read-only at start) first tries to
        open the file, even with nothing to write: the history it holds is shown again.
        """
        if self._file is None and self._reattach:
            if not self._attach():
                return False
        elif not self._pending:
            return True
        if self._file is None:
            return not self._pending
        flushed = 0
        while self._pending:
            job = self._pending[0]
            try:
                self._run(job.op, job.durable, self._file)
            except sqlite3.Error as exc:
                if not _keepable(exc):
                    raise
                break
            self._pending.pop(0)
            flushed += 1
        switched = False
        if not self._pending:
            if not self._on_file:
                self._conn.close()  # the copy in memory has done its job
                self._conn, self._on_file, switched = self._file, True, True
            self._notify(Notice(NoticeKind.WRITES_SAVED,
                                f"Your practice history is saved again in {self._path}.",
                                path=self._path, count=flushed))
        if flushed or switched:
            self._changed()
        return not self._pending

    def _attach(self) -> bool:
        """Open the file that could not be opened before; True when it is ready."""
        if not self._reattach:
            return False
        found = probe(self._path, timeout=self._timeout) if self._path.is_file() else None
        if found is not None and found.verdict is not Verdict.USABLE:
            return False
        conn = found.conn if found is not None else None
        try:
            if conn is None:
                create_private(self._path)
                conn = connect(self._path, timeout=self._timeout)
            tune(conn)
            migrate(conn)
            make_private(self._path)
        except (sqlite3.Error, OSError):
            if conn is not None:
                conn.close()
            return False
        self._file = conn
        return True

    def _write(self, op: Op, what: str, durable: bool = False) -> None:
        if not self._on_file:
            self._run(op, durable, self._conn)  # this run's view shows it at once
            if not self._reattach:
                self._changed()
                return
            # Kept for the file, which the retry timer (or the next import) opens again;
            # not here, so a locked file does not make every segment wait.
            self._pending.append(_Pending(op, durable, what))
            self._changed()
            return
        if self._pending and not self.retry_pending():
            self._pending.append(_Pending(op, durable, what))  # the user was told already
            return
        try:
            self._run(op, durable, self._conn)
        except sqlite3.Error as exc:
            if not _keepable(exc):
                raise
            # One notice when writes start failing, and one when they are saved again
            # (WRITES_SAVED), not one per exercise.
            self._pending.append(_Pending(op, durable, what))
            fault = classify(exc)
            self._notify(Notice(
                NoticeKind.WRITE_PENDING,
                f"Could not {what} in {self._path} ({_FAULT_WORDS[fault]}: {exc}). It is kept "
                "in memory and saved as soon as the file accepts it.",
                path=self._path, count=len(self._pending), detail=str(exc)))
            return
        self._changed()

    @staticmethod
    def _run(op: Op, durable: bool, conn: sqlite3.Connection | None) -> None:
        assert conn is not None
        if durable:
            conn.execute("PRAGMA synchronous = FULL")
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                op(conn)
                conn.execute("COMMIT")
            except BaseException:
                # SQLite may already have rolled back (a full disk does): only roll back
                # what is still open, so the original error is the one that surfaces.
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        finally:
            if durable:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("PRAGMA synchronous = NORMAL")

    def _notify(self, notice: Notice) -> None:
        if self.on_notice is not None:
            self.on_notice(notice)

    def _changed(self) -> None:
        if self.on_change is not None:
            self.on_change()

    # -- reading ---------------------------------------------------------------------------

    def sessions(
        self,
        since: datetime | None = None,
        until: datetime | None = None,
        routine: str | None = None,
        *,
        with_items: bool = True,
        include_open: bool = False,
    ) -> list[SessionRecord]:
        """Closed sessions started in ``[since, until)``, oldest first; with
        ``include_open``, sessions cut short too, shown as interrupted (nothing is written)."""
        return queries.sessions(self._conn, since, until, routine, with_items=with_items,
                                include_open=include_open)

    def session(self, session_id: str) -> SessionRecord | None:
        for record in queries.by_ids(self._conn, [session_id]):
            return record
        return None

    def stored(self, ids: Collection[str]) -> set[str]:
        """Which of these session ids are stored, ended (one query per 500 ids)."""
        return stored_ids(self._conn, sorted(ids), closed=True)

    def open_session_ids(self) -> list[str]:
        return queries.open_session_ids(self._conn)

    def routines(self) -> list[tuple[str, str]]:
        """(id, latest name) of every routine in the history, by name."""
        return queries.routines(self._conn)

    def count(self) -> int:
        return queries.count(self._conn)

    def data_version(self) -> int:
        """SQLite's ``PRAGMA data_version``: it changes when another connection (the command
        line's ``history import``, a second program) committed to the file since the last
        look; this connection's own writes leave it alone."""
        return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def checkins(self, since: date | None = None, until: date | None = None) -> list[CheckIn]:
        """The next-morning check-ins answered on local days in ``[since, until)``."""
        return queries.checkins(self._conn, since, until)

    def export_json(self, *, include_open: bool = False) -> dict[str, Any]:
        return {
            "format": EXPORT_FORMAT,
            "version": EXPORT_VERSION,
            "sessions": [encode_session(r) for r in self.sessions(include_open=include_open)],
            "checkins": [encode_checkin(c) for c in self.checkins()],
        }

    def export_csv(self, *, include_open: bool = False) -> str:
        return sessions_csv(self.sessions(include_open=include_open))


class _Unusable(Exception):
    def __init__(self, verdict: Verdict, detail: str) -> None:
        super().__init__(detail)
        self.verdict, self.detail = verdict, detail


_FAULT_WORDS = {
    Fault.BUSY: "the file is in use by another program",
    Fault.FULL: "the disk is full",
    Fault.READ_ONLY: "the file or its folder is read-only",
    Fault.CORRUPT: "the file is damaged",
    Fault.OTHER: "the file cannot be written",
}


def _keepable(exc: sqlite3.Error) -> bool:
    """A write that failed for a reason that may pass is kept; a bug is not hidden."""
    return isinstance(exc, sqlite3.OperationalError) or classify(exc) is not Fault.OTHER


def _verdict(exc: BaseException) -> Verdict:
    fault = classify(exc)
    return Verdict.BUSY if fault is Fault.BUSY else Verdict.UNAVAILABLE


def _unusable_notice(path: Path, verdict: Verdict, detail: str) -> Notice:
    if verdict is Verdict.BUSY:
        return Notice(NoticeKind.LOCKED,
                      f"The history file {path} is in use by another program ({detail}). "
                      "This run's sessions are kept and saved to it as soon as it is free.",
                      path=path, detail=detail)
    if verdict is Verdict.FOREIGN:
        return Notice(NoticeKind.FOREIGN,
                      f"{path} is not a Pilates Desktop history (another program's database)"
                      ". It was left as it is; this run's sessions are kept in memory only.",
                      path=path, detail=detail)
    return Notice(NoticeKind.IN_MEMORY,
                  f"The history file {path} cannot be written ({detail}). Sessions from now "
                  "on are kept in memory and saved to it as soon as it can be written.",
                  path=path, detail=detail)
