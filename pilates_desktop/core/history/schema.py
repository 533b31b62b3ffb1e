"""The database file: schema and migrations, how it is opened, and what its errors mean.

Why errors are classified: SQLite raises ``OperationalError`` (a subclass of
``DatabaseError``) for a busy file, a full disk and a read-only folder alike. Treating every
``DatabaseError`` as corruption set healthy databases aside. Only ``SQLITE_CORRUPT`` and
``SQLITE_NOTADB`` mean the file itself is bad; a busy or locked file is waited for and tried
again, a full disk or read-only folder keeps the writes in memory for a retry.

A file of another program is recognised by ``PRAGMA application_id`` and never adopted.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from enum import StrEnum
from pathlib import Path

# "PLTS": written by migration 4; 0 is a file from before it (or a new, empty one).
APPLICATION_ID = 0x504C5453
BUSY_TIMEOUT_S = 5.0
PRIVATE_FILE = 0o600

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
    # v4: the file says it is ours, and each item keeps the UTC offset in force when it was
    # recorded (an interrupted session ends with the offset of its last item, not its start)
    (
        "ALTER TABLE items ADD COLUMN recorded_offset_min INTEGER",
        f"PRAGMA application_id = {APPLICATION_ID}",
    ),
    # v5: pain rated per exercise, and the next-morning check-ins (one a local day; the
    # routines and sessions asked about as JSON lists of ids)
    (
        "ALTER TABLE items ADD COLUMN pain INTEGER CHECK (pain BETWEEN 0 AND 10)",
        """CREATE TABLE checkins (
            day TEXT PRIMARY KEY,
            at_utc TEXT NOT NULL,
            at_offset_min INTEGER NOT NULL,
            feeling TEXT NOT NULL,
            pain INTEGER CHECK (pain BETWEEN 0 AND 10),
            routines TEXT NOT NULL DEFAULT '[]',
            sessions TEXT NOT NULL DEFAULT '[]'
        )""",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)
OUR_TABLES = {"sessions", "items"}


class Fault(StrEnum):
    """What an SQLite error means for the user's data."""

    BUSY = "busy"  # another connection holds a lock: wait, then say so and retry
    FULL = "full"  # the disk (or max_page_count) is full: keep the writes, retry
    READ_ONLY = "read-only"  # the file or its folder cannot be written: keep, retry
    CORRUPT = "corrupt"  # the file is damaged or not a database: the only case set aside
    OTHER = "other"  # anything else: kept and retried like a full disk, never set aside


_PRIMARY = {
    5: Fault.BUSY,  # SQLITE_BUSY
    6: Fault.BUSY,  # SQLITE_LOCKED
    13: Fault.FULL,  # SQLITE_FULL
    8: Fault.READ_ONLY,  # SQLITE_READONLY
    3: Fault.READ_ONLY,  # SQLITE_PERM
    14: Fault.READ_ONLY,  # SQLITE_CANTOPEN
    23: Fault.READ_ONLY,  # SQLITE_AUTH
    11: Fault.CORRUPT,  # SQLITE_CORRUPT
    26: Fault.CORRUPT,  # SQLITE_NOTADB
}


def classify(exc: BaseException) -> Fault:
    """The :class:`Fault` of an SQLite (or OS) error, from its result code."""
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        if isinstance(code, int):
            return _PRIMARY.get(code & 0xFF, Fault.OTHER)
        return Fault.OTHER
    if isinstance(exc, PermissionError):
        return Fault.READ_ONLY
    if isinstance(exc, OSError) and exc.errno == 28:  # ENOSPC
        return Fault.FULL
    return Fault.OTHER


def migrate(conn: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Bring the database to ``target``, one transaction per step; returns the start version.

    Public so that the fixture script can build a database at every older version.
    """
    start = user_version(conn)
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


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def application_id(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA application_id").fetchone()[0])


def tables(conn: sqlite3.Connection) -> set[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return {str(r[0]) for r in rows}


def is_foreign(conn: sqlite3.Connection) -> bool:
    """A database of another program: another application_id, or tables that are not ours."""
    app_id = application_id(conn)
    if app_id not in (0, APPLICATION_ID):
        return True
    found = tables(conn)
    if app_id == 0 and found and not found >= OUR_TABLES:
        return True
    return user_version(conn) == 0 and bool(found - OUR_TABLES)


def create_private(path: Path) -> None:
    """Create the database file 0600 before SQLite does: its WAL and shared-memory files
    are then made with the same mode (SQLite copies the database file's permissions)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), PRIVATE_FILE)
    os.close(fd)
    make_private(path)


def make_private(path: Path) -> None:
    """Health data is the user's alone: 0600, also for a file an older version made 0644."""
    for extra in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            os.chmod(path.with_name(path.name + extra), PRIVATE_FILE)


def connect(path: Path | str, *, timeout: float = BUSY_TIMEOUT_S,
            read_only: bool = False) -> sqlite3.Connection:
    """A connection that waits up to ``timeout`` seconds for a lock before it gives up."""
    if read_only:
        conn = sqlite3.connect(f"file:{Path(path).as_posix()}?mode=ro", uri=True,
                               isolation_level=None, timeout=timeout, check_same_thread=False)
    else:
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=timeout,
                               check_same_thread=False)
    return conn


def tune(conn: sqlite3.Connection, memory: bool = False) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    if not memory:
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")


def memory_db() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    tune(conn, memory=True)
    migrate(conn)
    return conn


def integrity_problem(conn: sqlite3.Connection) -> str | None:
    rows = conn.execute("PRAGMA quick_check").fetchall()
    if len(rows) == 1 and rows[0][0] == "ok":
        return None
    return "; ".join(str(r[0]) for r in rows[:3]) or "quick_check failed"
