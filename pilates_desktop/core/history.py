"""The session history: a SQLite store that loses nothing a person has practised.

Why it is built this way:

* The player writes each segment as it finishes, in its own short ``BEGIN IMMEDIATE``
  transaction, with WAL and ``synchronous=NORMAL``: a crash or a kill loses at most the segment
  in progress. The end of a session is committed with ``synchronous=FULL`` so that it also
  survives a power cut.
* A session that is still open at the next start was cut short by a crash or a kill. It is
  closed as ``interrupted``, keeping every item recorded until then.
* A file that is corrupt, or was written by a newer version of the app, is never opened for
  writing: it is moved aside with a timestamp, a fresh database starts, and the notice names
  the old file and offers the latest automatic backup.
* A full disk or a read-only folder is not a crash: a write that fails is kept in memory, the
  user is told, and the write is tried again on the next write or on ``retry_pending()``.
* The schema version lives in ``PRAGMA user_version``; migrations are numbered and each runs
  in one transaction together with the version bump.

Times are stored in UTC (``YYYY-MM-DDTHH:MM:SSZ``) together with the local UTC offset in
minutes at that moment, so weekly buckets can follow the local calendar later.
"""

from __future__ import annotations

import contextlib
import csv
import functools
import io
import os
import re
import sqlite3
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from enum import StrEnum
from pathlib import Path
from typing import Any

from pilates_desktop.core import jsonfile
from pilates_desktop.core.errors import (
    QT_TRANSLATE_NOOP,
    FormatError,
    Phrase,
    PhraseError,
)
from pilates_desktop.core.library import (
    A_LIST,
    A_STRING,
    AN_OBJECT,
    MUST_BE_BETWEEN,
    MUST_BE_LIST,
    MUST_BE_OBJECT,
    MUST_BE_ONE_OF,
    MUST_BE_WHOLE_NUMBER,
)

EXPORT_FORMAT = "pilates-desktop/history"
EXPORT_VERSION = 1
BACKUPS_KEPT = 7
MAX_PAIN = 10
_BACKUP_RE = re.compile(r"^history-(\d{4}-\d{2}-\d{2})\.sqlite3$")
_SIDES = ("none", "left", "right", "both", "alternating")


class SessionStatus(StrEnum):
    FINISHED = "finished"  # the routine ran to its end
    STOPPED = "stopped"  # the user stopped early
    PAIN = "pain"  # the user stopped because something hurt
    INTERRUPTED = "interrupted"  # the app was closed, crashed or killed mid-session


class ItemStatus(StrEnum):
    DONE = "done"
    SKIPPED = "skipped"
    PARTIAL = "partial"


class NoticeKind(StrEnum):
    CORRUPT_MOVED = "corrupt-moved"  # the file was unreadable; moved aside, fresh start
    NEWER_MOVED = "newer-moved"  # the file came from a newer app version; moved aside
    INTERRUPTED_CLOSED = "interrupted-closed"  # sessions cut short were closed
    BACKUP_MADE = "backup-made"  # the daily automatic backup was written
    BACKUP_FAILED = "backup-failed"
    WRITE_PENDING = "write-pending"  # a write failed; it is kept in memory and retried
    WRITES_SAVED = "writes-saved"  # the writes kept in memory are now on disk
    IN_MEMORY = "in-memory"  # the database could not be opened at all; history is in memory


@dataclass(frozen=True, slots=True)
class Notice:
    """Something the user should know about their history.

    ``message`` is plain English for the command line; the UI builds its own translated text
    from ``kind``, ``path``, ``backup`` and ``count``.
    """

    kind: NoticeKind
    message: str
    path: Path | None = None  # the file moved aside, or the database
    backup: Path | None = None  # the latest automatic backup, offered for restore
    count: int = 0
    detail: str = ""  # SQLite's own words, for a "details" section

    @property
    def is_problem(self) -> bool:
        return self.kind not in (NoticeKind.BACKUP_MADE, NoticeKind.WRITES_SAVED)


@dataclass(frozen=True, slots=True)
class ItemRecord:
    exercise: str
    side: str
    planned_s: int
    done_s: int
    reps_done: int | None
    status: ItemStatus


@dataclass(frozen=True, slots=True)
class SessionRecord:
    """One closed session. ``started_at`` and ``ended_at`` carry the local UTC offset."""

    id: str
    routine_id: str
    routine_name: str
    started_at: datetime
    ended_at: datetime
    planned_s: int
    active_s: int
    status: SessionStatus
    pain_before: int | None = None
    pain_after: int | None = None
    note: str = ""
    hurt_exercise: str | None = None
    items: tuple[ItemRecord, ...] = ()

    @property
    def minutes(self) -> float:
        return self.active_s / 60.0


@dataclass
class OpenResult:
    store: HistoryStore
    notices: list[Notice] = field(default_factory=list)
    restore_offer: Path | None = None  # the latest automatic backup, when the file was lost


class HistoryFileError(PhraseError):
    """A history file (an export, a backup, the database) that cannot be used.

    The message reads ``/home/ana/backups/history-2026-11-19.sqlite3: the backup is damaged:
    ...``: ``file`` as it is, then the reason, kept as a :class:`Phrase` (see errors.py) so
    that the interface can give it in the user's language. SQLite's and the system's own
    words stay as they gave them.
    """

    def __init__(self, file: str | Path, reason: Phrase) -> None:
        super().__init__(str(file), reason)
        self.file = str(file)


class HistoryWriteError(HistoryFileError):
    """A write that cannot be kept for later (an import): nothing was written."""


# Why a history file cannot be used, marked for translation (see errors.py). The reader of
# exports shares the words it has in common with the routine reader (library.py).
_CANNOT_IMPORT = QT_TRANSLATE_NOOP("FormatError",
                                   "could not import {file}, nothing was written: {error}")
_CANNOT_OPEN_BACKUP = QT_TRANSLATE_NOOP("FormatError", "cannot open the backup: {error}")
_BACKUP_DAMAGED = QT_TRANSLATE_NOOP("FormatError", "the backup is damaged: {problem}")
_BACKUP_NEWER = QT_TRANSLATE_NOOP("FormatError",
                                  "the backup comes from a newer version of the app")
_CANNOT_RESTORE = QT_TRANSLATE_NOOP("FormatError", "cannot restore the backup: {error}")
_CANNOT_READ = QT_TRANSLATE_NOOP("FormatError", "cannot read the file: {error}")
_NOT_AN_EXPORT = QT_TRANSLATE_NOOP(
    "FormatError", "must be {expected}; this is not a Pilates Desktop history export")
_NEWER_EXPORT = QT_TRANSLATE_NOOP(
    "FormatError",
    "this file is version {version}, from a newer Pilates Desktop; "
    "this version reads version {supported}")
_MISSING_KEY = QT_TRANSLATE_NOOP("FormatError", "missing key {key}")
_UNKNOWN_KEY = QT_TRANSLATE_NOOP("FormatError", "unknown key {key}")
_MUST_BE_STRING = QT_TRANSLATE_NOOP("FormatError", "must be a string, got {got}")
_MUST_NOT_BE_EMPTY = QT_TRANSLATE_NOOP("FormatError", "must not be empty")
_TOO_LONG = QT_TRANSLATE_NOOP("FormatError", "must be at most {limit} characters long")
_TOO_MANY_ENTRIES = QT_TRANSLATE_NOOP("FormatError", "must have at most {limit} entries")
_NOT_A_TIME = QT_TRANSLATE_NOOP("FormatError", "must be an ISO 8601 date and time, got {value}")
_NO_OFFSET = QT_TRANSLATE_NOOP("FormatError",
                               "must include the UTC offset, e.g. +01:00, got {value}")
_NOT_A_UUID = QT_TRANSLATE_NOOP("FormatError", "must be a UUID, got {value}")
_TWICE = QT_TRANSLATE_NOOP("FormatError", "session {id} appears twice in the file")
_BEFORE_START = QT_TRANSLATE_NOOP("FormatError", "must not be before started_at")
# What a JSON value is, after "got": the export reader names fewer kinds than the routine one.
_TRUE_FALSE = QT_TRANSLATE_NOOP("FormatError", "true/false")
_A_NUMBER = QT_TRANSLATE_NOOP("FormatError", "a number")


# --- schema and migrations ---------------------------------------------------------------------

# Each entry takes the schema from version i to version i + 1. Never edit one that shipped:
# add a new one. ``tests/fixtures/history_v<N>.sqlite3`` holds a database at each version.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    # v1: sessions and their items
    (
        """CREATE TABLE sessions (
            id TEXT PRIMARY KEY,
            routine_id TEXT NOT NULL,
            routine_name TEXT NOT NULL,
            started_utc TEXT NOT NULL,
            ended_utc TEXT,
            planned_s INTEGER NOT NULL CHECK (planned_s >= 0),
            active_s INTEGER NOT NULL DEFAULT 0 CHECK (active_s >= 0),
            status TEXT,
            pain_before INTEGER CHECK (pain_before BETWEEN 0 AND 10),
            pain_after INTEGER CHECK (pain_after BETWEEN 0 AND 10)
        )""",
        """CREATE TABLE items (
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            exercise TEXT NOT NULL,
            side TEXT NOT NULL,
            planned_s INTEGER NOT NULL CHECK (planned_s >= 0),
            done_s INTEGER NOT NULL CHECK (done_s >= 0),
            reps_done INTEGER,
            status TEXT NOT NULL,
            recorded_utc TEXT NOT NULL,
            PRIMARY KEY (session_id, seq)
        )""",
    ),
    # v2: a note, the local UTC offsets, and the exercise that hurt
    (
        "ALTER TABLE sessions ADD COLUMN note TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE sessions ADD COLUMN started_offset_min INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE sessions ADD COLUMN ended_offset_min INTEGER",
        "ALTER TABLE sessions ADD COLUMN hurt_exercise TEXT",
    ),
    # v3: indexes for date ranges, open sessions and routine filters
    (
        "CREATE INDEX sessions_started ON sessions(started_utc)",
        "CREATE INDEX sessions_routine ON sessions(routine_id, started_utc)",
        "CREATE INDEX sessions_open ON sessions(ended_utc) WHERE ended_utc IS NULL",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Bring the database to ``target``, one transaction per step; returns the start version.

    Public so that the fixture script can build a database at every older version.
    """
    start = _user_version(conn)
    for version in range(start, target):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in MIGRATIONS[version]:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return start


def _user_version(conn: sqlite3.Connection) -> int:
    row = conn.execute("PRAGMA user_version").fetchone()
    return int(row[0])


# --- time helpers -------------------------------------------------------------------------------


def _to_utc_text(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _offset_min(moment: datetime) -> int:
    offset = moment.utcoffset()
    return int(offset.total_seconds() // 60) if offset is not None else 0


@functools.cache
def _zone(offset_min: int) -> timezone:
    return UTC if offset_min == 0 else timezone(timedelta(minutes=offset_min))


def _from_db(utc_text: str, offset_min: int | None) -> datetime:
    # fromisoformat reads the trailing "Z" (3.11+) and is far faster than strptime: ten years
    # of sessions load in a few milliseconds.
    return datetime.fromisoformat(utc_text).astimezone(_zone(offset_min or 0))


def _aware(moment: datetime) -> datetime:
    """A naive time is taken as the machine's local time, never as UTC."""
    return moment if moment.tzinfo is not None else moment.astimezone()


def _stamp(moment: datetime) -> str:
    return _aware(moment).strftime("%Y%m%d-%H%M%S")


def default_now() -> datetime:
    return datetime.now().astimezone()


# --- the store ------------------------------------------------------------------------------------

_Op = Callable[[sqlite3.Connection], None]


class _Unset:
    """The ``UNSET`` marker: leave this field as it is."""

    def __repr__(self) -> str:
        return "UNSET"


UNSET = _Unset()


@dataclass
class _Pending:
    op: _Op
    durable: bool
    what: str


class HistoryStore:
    """The only way into the history database. Create it with :meth:`open`."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path,
        backups_dir: Path,
        now: Callable[[], datetime],
        on_notice: Callable[[Notice], None] | None = None,
    ) -> None:
        self._conn = conn
        self._path = path
        self._backups_dir = backups_dir
        self._now = now
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
        on_notice: Callable[[Notice], None] | None = None,
    ) -> OpenResult:
        """Open (or create) the database; never raises for a bad or unwritable file.

        ``maintenance`` closes sessions left open and makes the daily backup; a command-line
        export passes False so that it never touches a session the running app is recording.
        """
        notices: list[Notice] = []
        restore_offer: Path | None = None
        conn: sqlite3.Connection | None = None
        with contextlib.suppress(OSError):
            path.parent.mkdir(parents=True, exist_ok=True)
        if path.is_file():
            conn, problem = _check_existing(path)
            if problem is not None:
                kind, detail = problem
                moved = _move_aside(path, "newer" if kind is NoticeKind.NEWER_MOVED else "corrupt", now())
                restore_offer = latest_backup(backups_dir)
                if kind is NoticeKind.NEWER_MOVED:
                    text = (
                        f"{path.name} was written by a newer version of Pilates Desktop. "
                        f"It was kept as {moved.name if moved else path.name} and a fresh history started."
                    )
                else:
                    text = (
                        f"{path.name} could not be read ({detail}). It was kept as "
                        f"{moved.name if moved else path.name} and a fresh history started."
                    )
                if restore_offer is not None:
                    text += f" The latest automatic backup is {restore_offer}."
                notices.append(
                    Notice(kind, text, path=moved or path, backup=restore_offer, detail=detail)
                )
        try:
            if path.exists() and conn is None:
                # Not a file, or moving the bad file aside failed: never write into it.
                raise OSError(f"{path} is not a usable database file")
            if conn is None:
                conn = _connect(path)
            if maintenance and path.exists():
                notice = _daily_backup(conn, backups_dir, now())
                if notice is not None:
                    notices.append(notice)
            migrate(conn)
        except (sqlite3.Error, OSError) as exc:
            # A read-only folder, a full disk, a path that is a directory: keep the history
            # in memory for this run rather than refuse to start.
            if conn is not None:
                conn.close()
            conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
            _tune(conn, memory=True)
            migrate(conn)
            notices.append(
                Notice(
                    NoticeKind.IN_MEMORY,
                    f"The history file {path} cannot be written ({exc}). Sessions from now on "
                    "are kept in memory until the app closes.",
                    path=path,
                    detail=str(exc),
                )
            )
        store = cls(conn, path, backups_dir, now, on_notice)
        if maintenance:
            closed = store._close_interrupted()
            if closed:
                notices.append(
                    Notice(
                        NoticeKind.INTERRUPTED_CLOSED,
                        f"{closed} session(s) cut short last time were saved as interrupted.",
                        path=path,
                        count=closed,
                    )
                )
        return OpenResult(store, notices, restore_offer)

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self._conn.close()

    @property
    def path(self) -> Path:
        return self._path

    @property
    def backups_dir(self) -> Path:
        return self._backups_dir

    def _close_interrupted(self) -> int:
        rows = self._conn.execute("SELECT id FROM sessions WHERE ended_utc IS NULL").fetchall()
        if not rows:
            return 0

        def op(conn: sqlite3.Connection) -> None:
            conn.execute(
                """UPDATE sessions SET
                    status = ?,
                    active_s = (SELECT COALESCE(SUM(done_s), 0) FROM items
                                WHERE items.session_id = sessions.id),
                    ended_utc = COALESCE((SELECT MAX(recorded_utc) FROM items
                                          WHERE items.session_id = sessions.id), started_utc),
                    ended_offset_min = started_offset_min
                WHERE ended_utc IS NULL""",
                (SessionStatus.INTERRUPTED.value,),
            )

        self._write(op, "close interrupted sessions", durable=True)
        return len(rows)

    # -- writing ---------------------------------------------------------------------------

    def begin_session(
        self,
        routine_id: str,
        routine_name: str,
        planned_s: int,
        pain_before: int | None = None,
    ) -> str:
        _check_pain(pain_before)
        import uuid  # here, not at start-up: it pulls in platform and libuuid

        session_id = str(uuid.uuid4())
        started = _aware(self._now())
        params = (
            session_id,
            routine_id,
            routine_name,
            _to_utc_text(started),
            _offset_min(started),
            max(0, int(planned_s)),
            pain_before,
        )

        def op(conn: sqlite3.Connection) -> None:
            conn.execute(
                """INSERT INTO sessions (id, routine_id, routine_name, started_utc,
                       started_offset_min, planned_s, pain_before)
                   VALUES (?, ?, ?, ?, ?, ?, ?)""",
                params,
            )

        self._write(op, "start a session")
        return session_id

    def add_item(
        self,
        session_id: str,
        exercise: str,
        side: str,
        planned_s: int,
        done_s: int,
        reps_done: int | None,
        status: ItemStatus | str,
    ) -> None:
        status = ItemStatus(status)
        params = (
            session_id,
            session_id,
            exercise,
            side,
            max(0, int(planned_s)),
            max(0, int(done_s)),
            reps_done,
            status.value,
            _to_utc_text(self._now()),
        )

        def op(conn: sqlite3.Connection) -> None:
            conn.execute(
                """INSERT INTO items (session_id, seq, exercise, side, planned_s, done_s,
                       reps_done, status, recorded_utc)
                   VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM items WHERE session_id = ?),
                           ?, ?, ?, ?, ?, ?, ?)""",
                params,
            )

        self._write(op, "record an exercise")

    def set_pain_before(self, session_id: str, value: int | None) -> None:
        _check_pain(value)

        def op(conn: sqlite3.Connection) -> None:
            conn.execute("UPDATE sessions SET pain_before = ? WHERE id = ?", (value, session_id))

        self._write(op, "save the pain rating")

    def finish_session(
        self,
        session_id: str,
        status: SessionStatus | str,
        active_s: int,
        pain_after: int | None = None,
        note: str = "",
        hurt_exercise: str | None = None,
    ) -> None:
        status = SessionStatus(status)
        _check_pain(pain_after)
        ended = _aware(self._now())
        params = (
            _to_utc_text(ended),
            _offset_min(ended),
            status.value,
            max(0, int(active_s)),
            pain_after,
            note,
            hurt_exercise,
            session_id,
        )

        def op(conn: sqlite3.Connection) -> None:
            conn.execute(
                """UPDATE sessions SET ended_utc = ?, ended_offset_min = ?, status = ?,
                       active_s = ?, pain_after = ?, note = ?, hurt_exercise = ?
                   WHERE id = ?""",
                params,
            )

        self._write(op, "save the end of the session", durable=True)

    def update_session(
        self,
        session_id: str,
        *,
        note: str | None = None,
        pain_before: int | None | _Unset = UNSET,
        pain_after: int | None | _Unset = UNSET,
    ) -> None:
        """Change what the user may edit afterwards. Pass ``UNSET`` to leave a rating alone.

        ``note=None`` leaves the note alone; ``pain_before=None`` clears the rating.
        """
        sets: list[str] = []
        values: list[Any] = []
        if note is not None:
            sets.append("note = ?")
            values.append(note)
        for name, value in (("pain_before", pain_before), ("pain_after", pain_after)):
            if isinstance(value, _Unset):
                continue
            _check_pain(value)
            sets.append(f"{name} = ?")
            values.append(value)
        if not sets:
            return
        values.append(session_id)
        sql = f"UPDATE sessions SET {', '.join(sets)} WHERE id = ?"

        def op(conn: sqlite3.Connection) -> None:
            conn.execute(sql, values)

        self._write(op, "save your changes")

    def delete_session(self, session_id: str) -> SessionRecord | None:
        """Delete a session and its items; returns it so that an undo can restore it."""
        record = self.session(session_id)

        def op(conn: sqlite3.Connection) -> None:
            conn.execute("DELETE FROM items WHERE session_id = ?", (session_id,))
            conn.execute("DELETE FROM sessions WHERE id = ?", (session_id,))

        self._write(op, "delete the session")
        return record

    def restore_session(self, record: SessionRecord) -> None:
        """Put back a deleted session exactly as it was (the undo of a delete)."""

        def op(conn: sqlite3.Connection) -> None:
            _insert_record(conn, record)

        self._write(op, "restore the session")

    def import_json(self, data: Any, source_name: str) -> int:
        """Merge an export by session id; returns how many sessions were added.

        Validation is strict and complete before anything is written, and the merge is one
        transaction: a file that fails writes nothing. Importing the same file twice adds
        nothing the second time.
        """
        records = decode_export(data, source_name)
        if self._pending:
            self.retry_pending()
        added = 0
        try:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                for record in records:
                    if _insert_record(self._conn, record, ignore_existing=True):
                        added += 1
                self._conn.execute("COMMIT")
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise
        except sqlite3.OperationalError as exc:
            raise HistoryWriteError(
                self._path, Phrase(_CANNOT_IMPORT, file=source_name, error=str(exc))
            ) from exc
        if added:
            self._changed()
        return added

    def restore_backup(self, backup: Path) -> int:
        """Replace the database with an automatic backup, then put back any session recorded
        since the fresh start that the backup lacks. Returns how many sessions the result has.
        """
        current = self.sessions()
        try:
            source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True, isolation_level=None)
        except sqlite3.Error as exc:
            raise HistoryFileError(backup, Phrase(_CANNOT_OPEN_BACKUP, error=str(exc))) from exc
        try:
            problem = _integrity_problem(source)
            if problem is not None:
                raise HistoryFileError(backup, Phrase(_BACKUP_DAMAGED, problem=problem))
            version = _user_version(source)
            if version > SCHEMA_VERSION:
                raise HistoryFileError(backup, Phrase(_BACKUP_NEWER))
            source.backup(self._conn)
        except sqlite3.Error as exc:
            raise HistoryFileError(backup, Phrase(_CANNOT_RESTORE, error=str(exc))) from exc
        finally:
            source.close()
        migrate(self._conn)
        self._conn.execute("BEGIN IMMEDIATE")
        for record in current:
            _insert_record(self._conn, record, ignore_existing=True)
        self._conn.execute("COMMIT")
        self._changed()
        row = self._conn.execute("SELECT COUNT(*) FROM sessions").fetchone()
        return int(row[0])

    def pending_writes(self) -> int:
        return len(self._pending)

    def retry_pending(self) -> bool:
        """Try the writes kept in memory again, in order; True when none is left."""
        if not self._pending:
            return True
        flushed = 0
        while self._pending:
            job = self._pending[0]
            try:
                self._run(job.op, job.durable)
            except sqlite3.OperationalError:
                break
            self._pending.pop(0)
            flushed += 1
        if not self._pending:
            self._notify(
                Notice(
                    NoticeKind.WRITES_SAVED,
                    f"Your practice history is saved again in {self._path}.",
                    path=self._path,
                    count=flushed,
                )
            )
        if flushed:
            self._changed()
        return not self._pending

    def _write(self, op: _Op, what: str, durable: bool = False) -> None:
        if self._pending and not self.retry_pending():
            self._pending.append(_Pending(op, durable, what))  # the user was told already
            return
        try:
            self._run(op, durable)
        except sqlite3.OperationalError as exc:
            # One notice when writes start failing, and one when they are saved again
            # (WRITES_SAVED), not one per exercise.
            self._pending.append(_Pending(op, durable, what))
            self._notify(
                Notice(
                    NoticeKind.WRITE_PENDING,
                    f"Could not {what} in {self._path} ({exc}). It is kept in memory and saved "
                    "as soon as the disk accepts it.",
                    path=self._path,
                    count=len(self._pending),
                    detail=str(exc),
                )
            )
            return
        self._changed()

    def _run(self, op: _Op, durable: bool) -> None:
        conn = self._conn
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
    ) -> list[SessionRecord]:
        """Closed sessions started in ``[since, until)``, oldest first."""
        where = ["ended_utc IS NOT NULL"]
        params: list[Any] = []
        if since is not None:
            where.append("started_utc >= ?")
            params.append(_to_utc_text(_aware(since)))
        if until is not None:
            where.append("started_utc < ?")
            params.append(_to_utc_text(_aware(until)))
        if routine is not None:
            where.append("routine_id = ?")
            params.append(routine)
        clause = " AND ".join(where)
        rows = self._conn.execute(
            f"""SELECT id, routine_id, routine_name, started_utc, started_offset_min, ended_utc,
                       ended_offset_min, planned_s, active_s, status, pain_before, pain_after,
                       note, hurt_exercise
                FROM sessions WHERE {clause} ORDER BY started_utc, rowid""",
            params,
        ).fetchall()
        items: dict[str, list[ItemRecord]] = {}
        if with_items and rows:
            item_rows = self._conn.execute(
                f"""SELECT session_id, exercise, side, planned_s, done_s, reps_done, status
                    FROM items WHERE session_id IN (SELECT id FROM sessions WHERE {clause})
                    ORDER BY session_id, seq""",
                params,
            ).fetchall()
            for sid, exercise, side, planned, done, reps, status in item_rows:
                items.setdefault(sid, []).append(
                    ItemRecord(exercise, side, planned, done, reps, _item_status(status))
                )
        return [_record(row, tuple(items.get(row[0], ()))) for row in rows]

    def session(self, session_id: str) -> SessionRecord | None:
        for record in self._by_ids([session_id]):
            return record
        return None

    def _by_ids(self, ids: Sequence[str]) -> list[SessionRecord]:
        out: list[SessionRecord] = []
        for sid in ids:
            row = self._conn.execute(
                """SELECT id, routine_id, routine_name, started_utc, started_offset_min,
                          ended_utc, ended_offset_min, planned_s, active_s, status, pain_before,
                          pain_after, note, hurt_exercise
                   FROM sessions WHERE id = ? AND ended_utc IS NOT NULL""",
                (sid,),
            ).fetchone()
            if row is None:
                continue
            item_rows = self._conn.execute(
                """SELECT exercise, side, planned_s, done_s, reps_done, status FROM items
                   WHERE session_id = ? ORDER BY seq""",
                (sid,),
            ).fetchall()
            items = tuple(
                ItemRecord(e, s, p, d, r, _item_status(st)) for e, s, p, d, r, st in item_rows
            )
            out.append(_record(row, items))
        return out

    def open_session_ids(self) -> list[str]:
        rows = self._conn.execute("SELECT id FROM sessions WHERE ended_utc IS NULL").fetchall()
        return [str(r[0]) for r in rows]

    def routines(self) -> list[tuple[str, str]]:
        """(id, latest name) of every routine in the history, by name."""
        rows = self._conn.execute(
            """SELECT routine_id, routine_name FROM sessions s
               WHERE ended_utc IS NOT NULL AND started_utc = (
                   SELECT MAX(started_utc) FROM sessions t WHERE t.routine_id = s.routine_id)
               GROUP BY routine_id ORDER BY routine_name COLLATE NOCASE"""
        ).fetchall()
        return [(str(a), str(b)) for a, b in rows]

    def count(self) -> int:
        row = self._conn.execute("SELECT COUNT(*) FROM sessions WHERE ended_utc IS NOT NULL")
        return int(row.fetchone()[0])

    def export_json(self) -> dict[str, Any]:
        return {
            "format": EXPORT_FORMAT,
            "version": EXPORT_VERSION,
            "sessions": [encode_session(r) for r in self.sessions()],
        }

    def export_csv(self) -> str:
        return sessions_csv(self.sessions())


# --- helpers for the store ---------------------------------------------------------------------


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), isolation_level=None, timeout=5.0, check_same_thread=False)
    _tune(conn)
    return conn


def _tune(conn: sqlite3.Connection, memory: bool = False) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    if not memory:
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")


def _integrity_problem(conn: sqlite3.Connection) -> str | None:
    rows = conn.execute("PRAGMA quick_check").fetchall()
    if len(rows) == 1 and rows[0][0] == "ok":
        return None
    return "; ".join(str(r[0]) for r in rows[:3]) or "quick_check failed"


def _check_existing(path: Path) -> tuple[sqlite3.Connection | None, tuple[NoticeKind, str] | None]:
    """Open an existing file and decide whether it can be used as it is."""
    conn: sqlite3.Connection | None = None
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=5.0, check_same_thread=False)
        version = _user_version(conn)  # raises "file is not a database" for random bytes
        if version > SCHEMA_VERSION:
            conn.close()
            return None, (NoticeKind.NEWER_MOVED, f"schema version {version}")
        problem = _integrity_problem(conn)
        if problem is None and version > 0:
            # A file that passes quick_check but lacks our tables is not ours either.
            conn.execute("SELECT id, started_utc FROM sessions LIMIT 1").fetchall()
        if problem is not None:
            conn.close()
            return None, (NoticeKind.CORRUPT_MOVED, problem)
        _tune(conn)
        return conn, None
    except sqlite3.DatabaseError as exc:
        if conn is not None:
            conn.close()
        return None, (NoticeKind.CORRUPT_MOVED, str(exc))


def _move_aside(path: Path, label: str, moment: datetime) -> Path | None:
    """Rename the file (and its WAL and shared-memory files) to ``<path>.<label>-<stamp>``."""
    target = path.with_name(f"{path.name}.{label}-{_stamp(moment)}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.{label}-{_stamp(moment)}-{n}")
    try:
        os.replace(path, target)
    except OSError:
        return None
    for suffix in ("-wal", "-shm"):
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            with contextlib.suppress(OSError):
                os.replace(extra, target.with_name(target.name + suffix))
    return target


def list_backups(backups_dir: Path) -> list[Path]:
    """Automatic backups, oldest first."""
    if not backups_dir.is_dir():
        return []
    return sorted(p for p in backups_dir.iterdir() if _BACKUP_RE.match(p.name))


def latest_backup(backups_dir: Path) -> Path | None:
    backups = list_backups(backups_dir)
    return backups[-1] if backups else None


def _daily_backup(conn: sqlite3.Connection, backups_dir: Path, moment: datetime) -> Notice | None:
    """On the first open of a day, copy the database with ``Connection.backup``; keep 7."""
    day = _aware(moment).date().isoformat()
    target = backups_dir / f"history-{day}.sqlite3"
    if target.exists():
        return None
    try:
        has_rows = conn.execute("SELECT 1 FROM sessions LIMIT 1").fetchone() is not None
    except sqlite3.Error:
        has_rows = False  # a brand-new file: nothing to keep yet
    if not has_rows:
        return None
    partial = target.with_name(target.name + ".part")
    try:
        backups_dir.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
        dest = sqlite3.connect(str(partial))
        try:
            conn.backup(dest)
        finally:
            dest.close()
        os.replace(partial, target)
        for old in list_backups(backups_dir)[:-BACKUPS_KEPT]:
            with contextlib.suppress(OSError):
                old.unlink()
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        return Notice(
            NoticeKind.BACKUP_FAILED,
            f"The daily backup to {target} failed: {exc}",
            path=target,
            detail=str(exc),
        )
    return Notice(NoticeKind.BACKUP_MADE, f"Backed up the history to {target}.", path=target)


def _check_pain(value: int | None) -> None:
    if value is not None and not (isinstance(value, int) and 0 <= value <= MAX_PAIN):
        raise ValueError(f"pain rating must be 0-{MAX_PAIN} or None, got {value!r}")


_ITEM_STATUS = {s.value: s for s in ItemStatus}
_SESSION_STATUS = {s.value: s for s in SessionStatus}


def _item_status(text: str) -> ItemStatus:
    # A dict lookup, not ItemStatus(text): enum construction dominates loading 36,000 items.
    return _ITEM_STATUS.get(text, ItemStatus.PARTIAL)


def _record(row: Sequence[Any], items: tuple[ItemRecord, ...]) -> SessionRecord:
    (sid, rid, rname, started, s_off, ended, e_off, planned, active, status, pb, pa, note, hurt) = row
    st = _SESSION_STATUS.get(status, SessionStatus.INTERRUPTED)
    return SessionRecord(
        id=sid,
        routine_id=rid,
        routine_name=rname,
        started_at=_from_db(started, s_off),
        ended_at=_from_db(ended, e_off if e_off is not None else s_off),
        planned_s=planned,
        active_s=active,
        status=st,
        pain_before=pb,
        pain_after=pa,
        note=note or "",
        hurt_exercise=hurt,
        items=items,
    )


def _insert_record(
    conn: sqlite3.Connection, record: SessionRecord, ignore_existing: bool = False
) -> bool:
    if ignore_existing:
        exists = conn.execute("SELECT 1 FROM sessions WHERE id = ?", (record.id,)).fetchone()
        if exists is not None:
            return False
    conn.execute(
        """INSERT INTO sessions (id, routine_id, routine_name, started_utc, started_offset_min,
               ended_utc, ended_offset_min, planned_s, active_s, status, pain_before, pain_after,
               note, hurt_exercise)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        (
            record.id,
            record.routine_id,
            record.routine_name,
            _to_utc_text(record.started_at),
            _offset_min(record.started_at),
            _to_utc_text(record.ended_at),
            _offset_min(record.ended_at),
            record.planned_s,
            record.active_s,
            record.status.value,
            record.pain_before,
            record.pain_after,
            record.note,
            record.hurt_exercise,
        ),
    )
    ended = _to_utc_text(record.ended_at)
    conn.executemany(
        """INSERT INTO items (session_id, seq, exercise, side, planned_s, done_s, reps_done,
               status, recorded_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [
            (record.id, n, i.exercise, i.side, i.planned_s, i.done_s, i.reps_done,
             i.status.value, ended)
            for n, i in enumerate(record.items, start=1)
        ],
    )
    return True


# --- export and import -----------------------------------------------------------------------


def encode_session(record: SessionRecord) -> dict[str, Any]:
    return {
        "id": record.id,
        "routine": {"id": record.routine_id, "name": record.routine_name},
        "started_at": record.started_at.isoformat(),
        "ended_at": record.ended_at.isoformat(),
        "planned_s": record.planned_s,
        "active_s": record.active_s,
        "status": record.status.value,
        "pain_before": record.pain_before,
        "pain_after": record.pain_after,
        "note": record.note,
        "hurt_exercise": record.hurt_exercise,
        "items": [
            {
                "exercise": i.exercise,
                "side": i.side,
                "planned_s": i.planned_s,
                "done_s": i.done_s,
                "reps_done": i.reps_done,
                "status": i.status.value,
            }
            for i in record.items
        ],
    }


CSV_COLUMNS = (
    "id",
    "date",
    "start_time",
    "started_at",
    "ended_at",
    "routine_id",
    "routine",
    "status",
    "active_minutes",
    "active_s",
    "planned_s",
    "pain_before",
    "pain_after",
    "exercises_done",
    "exercises_skipped",
    "hurt_exercise",
    "note",
)


def _cell(text: str) -> str:
    """Keep a note that starts like a formula from running as one in a spreadsheet."""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def sessions_csv(records: Iterable[SessionRecord]) -> str:
    """One row per session, with a header, ISO dates and local times, in UTF-8."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for r in records:
        writer.writerow(
            [
                r.id,
                r.started_at.date().isoformat(),
                r.started_at.strftime("%H:%M"),
                r.started_at.isoformat(),
                r.ended_at.isoformat(),
                r.routine_id,
                _cell(r.routine_name),
                r.status.value,
                f"{r.active_s / 60:.1f}",
                r.active_s,
                r.planned_s,
                "" if r.pain_before is None else r.pain_before,
                "" if r.pain_after is None else r.pain_after,
                sum(1 for i in r.items if i.status is not ItemStatus.SKIPPED),
                sum(1 for i in r.items if i.status is ItemStatus.SKIPPED),
                r.hurt_exercise or "",
                _cell(r.note),
            ]
        )
    return buffer.getvalue()


_MAX_S = 7 * 24 * 3600


class _R:
    """Walks decoded JSON and names the JSON path in every error."""

    def __init__(self, source: str, data: Any, path: str = "$") -> None:
        self.source, self.data, self.path = source, data, path

    def fail(self, reason: Phrase) -> FormatError:
        return FormatError(self.source, self.path, reason)

    def obj(self, required: set[str], optional: Iterable[str] = ()) -> Mapping[str, Any]:
        if not isinstance(self.data, dict):
            raise self.fail(Phrase(MUST_BE_OBJECT, got=_json_type(self.data)))
        missing = sorted(required - self.data.keys())
        if missing:
            raise self.fail(Phrase(_MISSING_KEY, key=repr(missing[0])))
        unknown = sorted(self.data.keys() - required - set(optional))
        if unknown:
            raise self.fail(Phrase(_UNKNOWN_KEY, key=repr(unknown[0])))
        return self.data

    def child(self, key: str | int) -> _R:
        sub = f"{self.path}[{key}]" if isinstance(key, int) else f"{self.path}.{key}"
        return _R(self.source, self.data[key], sub)

    def str_(self, max_len: int = 200, nonempty: bool = True) -> str:
        if not isinstance(self.data, str):
            raise self.fail(Phrase(_MUST_BE_STRING, got=_json_type(self.data)))
        if nonempty and not self.data.strip():
            raise self.fail(Phrase(_MUST_NOT_BE_EMPTY))
        if len(self.data) > max_len:
            raise self.fail(Phrase(_TOO_LONG, limit=str(max_len)))
        return self.data

    def int_(self, lo: int, hi: int) -> int:
        if isinstance(self.data, bool) or not isinstance(self.data, int):
            raise self.fail(Phrase(MUST_BE_WHOLE_NUMBER, got=_json_type(self.data)))
        if not lo <= self.data <= hi:
            raise self.fail(Phrase(MUST_BE_BETWEEN, lo=str(lo), hi=str(hi), value=str(self.data)))
        return self.data

    def opt_int(self, lo: int, hi: int) -> int | None:
        return None if self.data is None else self.int_(lo, hi)

    def time(self) -> datetime:
        text = self.str_(max_len=40)
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            raise self.fail(Phrase(_NOT_A_TIME, value=repr(text))) from None
        if moment.tzinfo is None:
            raise self.fail(Phrase(_NO_OFFSET, value=repr(text)))
        return moment.replace(microsecond=0)

    def list_(self, max_len: int) -> list[_R]:
        if not isinstance(self.data, list):
            raise self.fail(Phrase(MUST_BE_LIST, got=_json_type(self.data)))
        if len(self.data) > max_len:
            raise self.fail(Phrase(_TOO_MANY_ENTRIES, limit=str(max_len)))
        return [self.child(n) for n in range(len(self.data))]

    def enum(self, values: Sequence[str]) -> str:
        text = self.str_(max_len=40)
        if text not in values:
            raise self.fail(Phrase(MUST_BE_ONE_OF, choices=", ".join(values), value=repr(text)))
        return text


def _json_type(value: Any) -> str | Phrase:
    """What a JSON value is, for "got ...": ``null`` as JSON spells it, the rest in words."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return Phrase(_TRUE_FALSE)
    if isinstance(value, int | float):
        return Phrase(_A_NUMBER)
    if isinstance(value, str):
        return Phrase(A_STRING)
    if isinstance(value, list):
        return Phrase(A_LIST)
    return Phrase(AN_OBJECT)


def decode_export(data: Any, source: str) -> list[SessionRecord]:
    """Strictly decode a history export; raises FormatError naming the JSON path."""
    top = _R(source, data)
    # A file of the wrong kind (a routine, say) is named as such before any missing key.
    if not (isinstance(data, dict) and data.get("format", EXPORT_FORMAT) != EXPORT_FORMAT):
        top.obj({"format", "version", "sessions"})
    fmt = top.child("format")
    if fmt.data != EXPORT_FORMAT:
        raise fmt.fail(Phrase(_NOT_AN_EXPORT, expected=repr(EXPORT_FORMAT)))
    version = top.child("version")
    if isinstance(version.data, int) and not isinstance(version.data, bool) and version.data > EXPORT_VERSION:
        raise version.fail(
            Phrase(_NEWER_EXPORT, version=str(version.data), supported=str(EXPORT_VERSION))
        )
    version.int_(1, EXPORT_VERSION)
    import uuid  # here, not at start-up: it pulls in platform and libuuid

    records: list[SessionRecord] = []
    seen: set[str] = set()
    for s in top.child("sessions").list_(max_len=1_000_000):
        s.obj(
            {"id", "routine", "started_at", "ended_at", "active_s", "status", "pain_before",
             "pain_after", "note", "items"},
            {"planned_s", "hurt_exercise"},
        )
        sid_r = s.child("id")
        sid = sid_r.str_(max_len=64)
        try:
            sid = str(uuid.UUID(sid))
        except ValueError:
            raise sid_r.fail(Phrase(_NOT_A_UUID, value=repr(sid))) from None
        if sid in seen:
            raise sid_r.fail(Phrase(_TWICE, id=sid))
        seen.add(sid)
        routine = s.child("routine")
        routine.obj({"id", "name"})
        started = s.child("started_at").time()
        ended_r = s.child("ended_at")
        ended = ended_r.time()
        if ended < started:
            raise ended_r.fail(Phrase(_BEFORE_START))
        items: list[ItemRecord] = []
        for it in s.child("items").list_(max_len=10_000):
            it.obj({"exercise", "side", "planned_s", "done_s", "reps_done", "status"})
            items.append(
                ItemRecord(
                    exercise=it.child("exercise").str_(max_len=100),
                    side=it.child("side").enum(_SIDES),
                    planned_s=it.child("planned_s").int_(0, _MAX_S),
                    done_s=it.child("done_s").int_(0, _MAX_S),
                    reps_done=it.child("reps_done").opt_int(0, 100_000),
                    status=ItemStatus(it.child("status").enum([v.value for v in ItemStatus])),
                )
            )
        raw = s.data
        hurt: str | None = None
        if raw.get("hurt_exercise") is not None:
            hurt = s.child("hurt_exercise").str_(max_len=100)
        records.append(
            SessionRecord(
                id=sid,
                routine_id=routine.child("id").str_(max_len=200),
                routine_name=routine.child("name").str_(max_len=200),
                started_at=started,
                ended_at=ended,
                planned_s=s.child("planned_s").int_(0, _MAX_S) if "planned_s" in raw else 0,
                active_s=s.child("active_s").int_(0, _MAX_S),
                status=SessionStatus(s.child("status").enum([v.value for v in SessionStatus])),
                pain_before=s.child("pain_before").opt_int(0, MAX_PAIN),
                pain_after=s.child("pain_after").opt_int(0, MAX_PAIN),
                note=s.child("note").str_(max_len=10_000, nonempty=False),
                hurt_exercise=hurt,
                items=tuple(items),
            )
        )
    return records


def load_export(path: Path) -> Any:
    """Read a JSON export file through the strict reader; raises FormatError naming the file
    for unreadable content, and HistoryFileError (with the system's words) when it cannot be
    read at all."""
    try:
        return jsonfile.read_file(path, jsonfile.HISTORY)
    except OSError as exc:
        raise HistoryFileError(path, Phrase(_CANNOT_READ, error=exc.strerror or str(exc))) from exc
