"""Deciding what an existing history file is before anything is written to it.

The answer is one of: usable (a connection), ours but newer, damaged (the only kind set
aside), another program's (left untouched), or unavailable for now (busy, locked, read-only:
tried again later, never set aside).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from pilates_desktop.core.errors import QT_TRANSLATE_NOOP, Phrase
from pilates_desktop.core.history.model import CANNOT_READ, HistoryFileError
from pilates_desktop.core.history.schema import (
    BUSY_TIMEOUT_S,
    SCHEMA_VERSION,
    Fault,
    classify,
    connect,
    integrity_problem,
    is_foreign,
    user_version,
)

# Why the command line cannot read the history, marked for translation (see errors.py).
LOCKED = QT_TRANSLATE_NOOP(
    "FormatError", "is in use by another program ({error}); try again when it is closed")
UNREADABLE = QT_TRANSLATE_NOOP(
    "FormatError",
    "cannot be read ({error}); it was left as it is: open Pilates Desktop to keep it aside "
    "and restore a backup")
FOREIGN = QT_TRANSLATE_NOOP(
    "FormatError", "is not a Pilates Desktop history (another program's database); "
    "it was left as it is")
NEWER = QT_TRANSLATE_NOOP(
    "FormatError", "was written by a newer version of Pilates Desktop (schema {version})")


class Verdict(StrEnum):
    USABLE = "usable"
    NEWER = "newer"
    CORRUPT = "corrupt"
    FOREIGN = "foreign"
    BUSY = "busy"
    UNAVAILABLE = "unavailable"  # read-only, full, cannot open: tried again later


@dataclass
class Probe:
    verdict: Verdict
    conn: sqlite3.Connection | None = None
    detail: str = ""
    version: int = 0


def probe(path: Path, *, timeout: float = BUSY_TIMEOUT_S, read_only: bool = False) -> Probe:
    """Open an existing file and decide whether it can be used as it is."""
    conn: sqlite3.Connection | None = None
    try:
        conn = connect(path, timeout=timeout, read_only=read_only)
        version = user_version(conn)  # raises "file is not a database" for random bytes
        if is_foreign(conn):
            conn.close()
            return Probe(Verdict.FOREIGN, detail="application_id", version=version)
        if version > SCHEMA_VERSION:
            conn.close()
            return Probe(Verdict.NEWER, detail=f"schema version {version}", version=version)
        problem = integrity_problem(conn)
        if problem is not None:
            conn.close()
            return Probe(Verdict.CORRUPT, detail=problem, version=version)
        return Probe(Verdict.USABLE, conn, version=version)
    except sqlite3.Error as exc:
        if conn is not None:
            conn.close()
        fault = classify(exc)
        verdict = {Fault.CORRUPT: Verdict.CORRUPT, Fault.BUSY: Verdict.BUSY}.get(
            fault, Verdict.UNAVAILABLE)
        return Probe(verdict, detail=str(exc))


def refusal(path: Path, found: Probe) -> HistoryFileError:
    """The one-line error a read-only command gives for a file it cannot read as it is."""
    if found.verdict is Verdict.BUSY:
        return HistoryFileError(path, Phrase(LOCKED, error=found.detail))
    if found.verdict is Verdict.CORRUPT:
        return HistoryFileError(path, Phrase(UNREADABLE, error=found.detail))
    if found.verdict is Verdict.FOREIGN:
        return HistoryFileError(path, Phrase(FOREIGN))
    if found.verdict is Verdict.NEWER:
        return HistoryFileError(path, Phrase(NEWER, version=str(found.version)))
    return HistoryFileError(path, Phrase(CANNOT_READ, error=found.detail))
