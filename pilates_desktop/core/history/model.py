"""What the history holds and says: sessions, items, notices, errors, and the time format.

Times are stored in UTC (``YYYY-MM-DDTHH:MM:SSZ``, the year always four digits) together with
the local UTC offset in minutes at that instant, so weekly buckets follow the local calendar
and a session that spans a DST change keeps the offset in force at each end.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pilates_desktop.core.clock import SystemClock
from pilates_desktop.core.errors import QT_TRANSLATE_NOOP, Phrase, PhraseError

if TYPE_CHECKING:
    from pilates_desktop.core.history.store import HistoryStore

EXPORT_FORMAT = "pilates-desktop/history"
# Version 2 added each item's pain rating and the next-morning check-ins; version 1 files
# still import (their items without a rating).
EXPORT_VERSION = 2
MAX_PAIN = 10
SIDES = ("none", "left", "right", "both", "alternating")
# The dates a session may have: anything outside is a typo or a hostile file, and years
# below 1000 or near 9999 could not be written, read back or shifted by an offset.
MIN_YEAR = 1970
MAX_YEAR = 2999
# A UTC offset in minutes: every real zone is within +-14 h; datetime allows under 24 h.
MAX_OFFSET_MIN = 18 * 60

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
    # The file is locked by another program: this run's writes are kept (and shown) and
    # written to the file as soon as it is free. Nothing is set aside.
    LOCKED = "locked"
    # The file is an SQLite database of another program (PRAGMA application_id): it is left
    # untouched and this run's sessions are kept in memory.
    FOREIGN = "foreign"


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
    pain: int | None = None  # rated during or after the exercise, 0-10


class Feeling(StrEnum):
    """The next-morning check-in: the back compared with before yesterday's session."""

    BETTER = "better"
    SAME = "same"
    WORSE = "worse"


@dataclass(frozen=True, slots=True)
class CheckIn:
    """An answered next-morning check-in (the rules are in core.care.checkin)."""

    day: date  # the local date it was answered on; one a day
    at: datetime
    feeling: Feeling
    pain: int | None
    routine_ids: tuple[str, ...]  # the routines practised the day before
    session_ids: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        check_pain(self.pain)


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



# Why a history file cannot be used, marked for translation (see errors.py).
CANNOT_IMPORT = QT_TRANSLATE_NOOP("FormatError",
                                  "could not import {file}, nothing was written: {error}")
CANNOT_OPEN_BACKUP = QT_TRANSLATE_NOOP("FormatError", "cannot open the backup: {error}")
BACKUP_DAMAGED = QT_TRANSLATE_NOOP("FormatError", "the backup is damaged: {problem}")
BACKUP_NEWER = QT_TRANSLATE_NOOP("FormatError",
                                 "the backup comes from a newer version of the app")
CANNOT_RESTORE = QT_TRANSLATE_NOOP("FormatError", "cannot restore the backup: {error}")
CANNOT_READ = QT_TRANSLATE_NOOP("FormatError", "cannot read the file: {error}")


# --- time ---------------------------------------------------------------------------------------


def to_utc_text(moment: datetime) -> str:
    """``YYYY-MM-DDTHH:MM:SSZ``, the year zero-padded (strftime gives '999' for year 999)."""
    u = moment.astimezone(UTC)
    return (f"{u.year:04d}-{u.month:02d}-{u.day:02d}T"
            f"{u.hour:02d}:{u.minute:02d}:{u.second:02d}Z")


def offset_min(moment: datetime) -> int:
    offset = moment.utcoffset()
    return int(offset.total_seconds() // 60) if offset is not None else 0


@functools.cache
def zone(minutes: int) -> timezone:
    return UTC if minutes == 0 else timezone(timedelta(minutes=minutes))


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_LOOSE = re.compile(r"(\d{1,4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)Z?")


def from_db(utc_text: str, offset: int | None) -> datetime:
    """A stored time, never an exception: what an older version let in stays readable."""
    # fromisoformat reads the trailing "Z" (3.11+) and is far faster than strptime: ten years
    # of sessions load in a few milliseconds.
    try:
        moment = datetime.fromisoformat(utc_text)
    except (TypeError, ValueError):
        moment = _loose(utc_text)
    minutes = offset or 0
    if not -MAX_OFFSET_MIN <= minutes <= MAX_OFFSET_MIN:
        minutes = 0
    try:
        return moment.astimezone(zone(minutes))
    except (OverflowError, ValueError):
        return moment.astimezone(UTC)


def _loose(text: Any) -> datetime:
    match = _LOOSE.fullmatch(text) if isinstance(text, str) else None
    if match is not None:
        try:
            y, mo, d, h, mi, se = (int(g) for g in match.groups())
            return datetime(max(y, 1), mo, d, h, mi, se, tzinfo=UTC)
        except ValueError:
            pass
    return _EPOCH


def aware(moment: datetime) -> datetime:
    """A naive time is taken as the machine's local time, never as UTC."""
    return moment if moment.tzinfo is not None else moment.astimezone()


def stamp(moment: datetime) -> str:
    return aware(moment).strftime("%Y%m%d-%H%M%S")


def default_now() -> datetime:
    """The machine's local time with its offset (the app injects its Clock instead)."""
    return SystemClock().now()


def check_pain(value: int | None) -> None:
    if value is not None and not (isinstance(value, int) and not isinstance(value, bool)
                                  and 0 <= value <= MAX_PAIN):
        raise ValueError(f"pain rating must be 0-{MAX_PAIN} or None, got {value!r}")


class _Unset:
    """The ``UNSET`` marker: leave this field as it is."""

    def __repr__(self) -> str:
        return "UNSET"


UNSET = _Unset()


# --- rows to records ----------------------------------------------------------------------------

_ITEM_STATUS = {s.value: s for s in ItemStatus}
_SESSION_STATUS = {s.value: s for s in SessionStatus}


def item_status(text: str) -> ItemStatus:
    # A dict lookup, not ItemStatus(text): enum construction dominates loading 36,000 items.
    return _ITEM_STATUS.get(text, ItemStatus.PARTIAL)


def record(row: Sequence[Any], items: tuple[ItemRecord, ...]) -> SessionRecord:
    (sid, rid, rname, started, s_off, ended, e_off, planned, active, status, pb, pa, note, hurt) = row
    st = _SESSION_STATUS.get(status, SessionStatus.INTERRUPTED)
    return SessionRecord(
        id=sid,
        routine_id=rid,
        routine_name=rname,
        started_at=from_db(started, s_off),
        ended_at=from_db(ended, e_off if e_off is not None else s_off),
        planned_s=planned,
        active_s=active,
        status=st,
        pain_before=pb,
        pain_after=pa,
        note=note or "",
        hurt_exercise=hurt,
        items=items,
    )
