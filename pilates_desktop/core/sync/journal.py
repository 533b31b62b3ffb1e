"""Journals: reading only what is new since the last sync, and appending to one's own.

A reader remembers, per journal file, how far it read, and the length and hash of the last
whole line it read. Next time, a file of the same size and time is not opened at all; a longer
file is read from where the reader stopped, after checking that the remembered last line is
still there (else the file was replaced, and it is read again from the start: records are
idempotent, so reading one twice changes nothing).

A file that ends without a newline is being synced (or was cut off): it is read up to its last
whole record with a warning, and the rest is read when it has arrived.

A computer appends by writing the journal's newest segment anew (temporary file, fsync,
rename). A segment that has reached SEGMENT_BYTES is left as it is and a new one is started,
so an append never rewrites more than that.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from pathlib import Path

from pilates_desktop.core.errors import Phrase
from pilates_desktop.core.sync.errors import (
    BAD_RECORD,
    CANNOT_READ,
    CUT_OFF,
    SyncError,
    SyncWarning,
)
from pilates_desktop.core.sync.files import (
    JOURNAL_EXT,
    files_in,
    read_bytes,
    write_atomic,
)
from pilates_desktop.core.sync.records import KINDS, Record, RecordProblem, decode, encode

SEGMENT_BYTES = 1 << 20
_SEGMENT = re.compile(r"(\d{6})\.jsonl")


@dataclass(frozen=True, slots=True)
class Cursor:
    """How far a journal file was read."""

    size: int  # bytes read, always at the end of a line
    mtime_ns: int
    lines: int  # whole lines read (for line numbers in messages)
    tail_len: int  # the last whole line read, newline included
    tail_hash: str

    def to_json(self) -> list[int | str]:
        return [self.size, self.mtime_ns, self.lines, self.tail_len, self.tail_hash]

    @classmethod
    def from_json(cls, data: object) -> Cursor | None:
        """A remembered cursor, or None when it does not look like one (then the file is
        simply read again from its start)."""
        if (isinstance(data, list) and len(data) == 5
                and all(isinstance(v, int) and not isinstance(v, bool) and v >= 0
                        for v in data[:4]) and isinstance(data[4], str)):
            return cls(data[0], data[1], data[2], data[3], data[4])
        return None


@dataclass(slots=True)
class JournalRead:
    records: list[Record]
    cursor: Cursor
    warning: SyncWarning | None = None
    from_start: bool = False


def _hash(line: bytes) -> str:
    return hashlib.blake2b(line, digest_size=12).hexdigest()


def unchanged(path: Path, cursor: Cursor | None) -> bool:
    """True when the file has the size and time it had when it was last read (a stat only)."""
    if cursor is None:
        return False
    try:
        st = os.stat(path)
    except OSError:
        return False
    return st.st_size == cursor.size and st.st_mtime_ns == cursor.mtime_ns


def read_new(path: Path, where: str, cursor: Cursor | None,
             kinds: Collection[str] = KINDS) -> JournalRead:
    """The records added to ``path`` since ``cursor``; raises SyncError naming ``where``."""
    try:
        st = os.stat(path)
    except OSError as exc:
        raise SyncError(where, Phrase(CANNOT_READ, error=exc.strerror or str(exc))) from exc
    size, mtime = st.st_size, st.st_mtime_ns
    start, lines = 0, 0
    data = b""
    if cursor is not None and 0 < cursor.tail_len <= cursor.size <= size:
        back = cursor.size - cursor.tail_len
        data = read_bytes(path, where, back)
        if _hash(data[: cursor.tail_len]) == cursor.tail_hash:
            start, lines = cursor.size, cursor.lines
            data = data[cursor.tail_len:]
        else:
            data = b""
    from_start = start == 0
    if from_start:
        data = read_bytes(path, where)
    end = data.rfind(b"\n") + 1
    warning = None
    if end < len(data):
        warning = SyncWarning(where, Phrase(CUT_OFF))
    records: list[Record] = []
    tail = b""
    pos = 0
    while pos < end:
        nl = data.index(b"\n", pos)
        line = data[pos:nl]
        tail = data[pos:nl + 1]
        pos = nl + 1
        lines += 1
        if not line.strip():
            continue
        try:
            records.append(decode(line, kinds))
        except RecordProblem as exc:
            if exc.newer is not None:
                raise SyncError(where, exc.phrase) from None
            raise SyncError(where, Phrase(BAD_RECORD, line=str(lines), problem=exc.phrase)) from None
    if tail:
        new = Cursor(start + end, mtime, lines, len(tail), _hash(tail))
    elif cursor is not None and not from_start:
        new = Cursor(cursor.size, mtime, cursor.lines, cursor.tail_len, cursor.tail_hash)
    else:
        new = Cursor(0, mtime, 0, 0, _hash(b""))
    if new.size != size:
        # A cut-off tail is not taken as read: the stat check must not skip the file next time.
        new = Cursor(new.size, -1, new.lines, new.tail_len, new.tail_hash)
    return JournalRead(records, new, warning, from_start and cursor is not None)


def journal_files(folder: Path) -> list[Path]:
    """Every journal file of one computer, conflict copies of a sync service included."""
    return [Path(e.path) for e in files_in(folder, JOURNAL_EXT)]


def append(folder: Path, records: Iterable[Record], where_of: str) -> Path | None:
    """Append ``records`` to the journal in ``folder`` (one computer's journal folder).

    Returns the segment written, or None when there was nothing to write. ``where_of`` is how a
    message names the journal folder.
    """
    new = b"".join(encode(r) for r in records)
    if not new:
        return None
    segments = sorted(
        (int(m.group(1)), Path(e.path), e.stat().st_size)
        for e in files_in(folder, JOURNAL_EXT) if (m := _SEGMENT.fullmatch(e.name)))
    number, old = 1, b""
    if segments:
        number, path, size = segments[-1]
        if size + len(new) <= SEGMENT_BYTES or size == 0:
            old = read_bytes(path, f"{where_of}/{path.name}")
            if old and not old.endswith(b"\n"):
                # Someone else wrote here (two computers with one device id?): leave it be.
                number, old = number + 1, b""
        else:
            number += 1
    path = folder / f"{number:06d}{JOURNAL_EXT}"
    write_atomic(path, old + new, f"{where_of}/{path.name}")
    return path
