"""Import and export: the JSON export (strictly decoded), the CSV for spreadsheets, and how a
record becomes rows.

A bad session in an import is named by its index and reason (``$.sessions[3].started_at``)
and nothing of the file is written. Dates must lie in a sane range, with ``ended_at`` not
before ``started_at``, so that nothing stored can make the history unreadable.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from datetime import date, datetime
from pathlib import Path
from typing import Any

from pilates_desktop.core import jsonfile
from pilates_desktop.core.errors import QT_TRANSLATE_NOOP, FormatError, Phrase
from pilates_desktop.core.history import fastcheck
from pilates_desktop.core.history.model import (
    CANNOT_READ,
    EXPORT_FORMAT,
    EXPORT_VERSION,
    MAX_OFFSET_MIN,
    MAX_PAIN,
    MAX_YEAR,
    MIN_YEAR,
    SIDES,
    CheckIn,
    Feeling,
    HistoryFileError,
    ItemRecord,
    ItemStatus,
    SessionRecord,
    SessionStatus,
    from_db,
    offset_min,
    to_utc_text,
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

# Why an export is refused, marked for translation (see errors.py). The reader of exports
# shares the words it has in common with the routine reader (library.py).
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
_YEAR_RANGE = QT_TRANSLATE_NOOP("FormatError",
                                "must be a date in the years {lo} to {hi}, got {value}")
_OFFSET_RANGE = QT_TRANSLATE_NOOP("FormatError",
                                  "must have a UTC offset within {limit} hours, got {value}")
_NOT_A_UUID = QT_TRANSLATE_NOOP("FormatError", "must be a UUID, got {value}")
_TWICE = QT_TRANSLATE_NOOP("FormatError", "session {id} appears twice in the file")
_BEFORE_START = QT_TRANSLATE_NOOP("FormatError", "must not be before started_at")
_NOT_A_DATE = QT_TRANSLATE_NOOP("FormatError", "must be a date as YYYY-MM-DD, got {value}")
# What a JSON value is, after "got": the export reader names fewer kinds than the routine one.
_TRUE_FALSE = QT_TRANSLATE_NOOP("FormatError", "true/false")
_A_NUMBER = QT_TRANSLATE_NOOP("FormatError", "a number")


# --- records to rows ----------------------------------------------------------------------------


_INSERT_SESSION = """INSERT INTO sessions (id, routine_id, routine_name, started_utc,
    started_offset_min, ended_utc, ended_offset_min, planned_s, active_s, status, pain_before,
    pain_after, note, hurt_exercise) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"""
_INSERT_ITEM = """INSERT INTO items (session_id, seq, exercise, side, planned_s, done_s,
    reps_done, status, recorded_utc, recorded_offset_min, pain)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"""
_CHUNK = 500  # ids a query names at once (SQLite allows 32,766 parameters; old builds 999)


def _session_row(record: SessionRecord) -> tuple[Any, ...]:
    return (record.id, record.routine_id, record.routine_name, to_utc_text(record.started_at),
            offset_min(record.started_at), to_utc_text(record.ended_at),
            offset_min(record.ended_at), record.planned_s, record.active_s, record.status.value,
            record.pain_before, record.pain_after, record.note, record.hurt_exercise)


def _item_rows(record: SessionRecord) -> list[tuple[Any, ...]]:
    ended = to_utc_text(record.ended_at)
    ended_offset = offset_min(record.ended_at)
    return [(record.id, n, i.exercise, i.side, i.planned_s, i.done_s, i.reps_done,
             i.status.value, ended, ended_offset, i.pain)
            for n, i in enumerate(record.items, start=1)]


def stored_ids(conn: sqlite3.Connection, ids: Sequence[str], closed: bool = False) -> set[str]:
    """Which of ``ids`` the sessions table holds (only ended sessions with ``closed``)."""
    found: set[str] = set()
    only = " AND ended_utc IS NOT NULL" if closed else ""
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        marks = ", ".join("?" * len(chunk))
        found.update(row[0] for row in conn.execute(
            f"SELECT id FROM sessions WHERE id IN ({marks}){only}", chunk))
    return found


def insert_record(
    conn: sqlite3.Connection, record: SessionRecord, ignore_existing: bool = False
) -> bool:
    return insert_records(conn, [record], ignore_existing) == 1


def insert_records(conn: sqlite3.Connection, records: Sequence[SessionRecord],
                   ignore_existing: bool = False) -> int:
    """Insert sessions and their items, two statements for all of them (an import of years
    of sessions is one round of work, not thousands); ``ignore_existing`` skips the ids
    stored already. Returns how many were inserted."""
    if ignore_existing:
        known = stored_ids(conn, [r.id for r in records])
        records = [r for r in records if r.id not in known]
    conn.executemany(_INSERT_SESSION, [_session_row(r) for r in records])
    conn.executemany(_INSERT_ITEM, [row for r in records for row in _item_rows(r)])
    return len(records)


def insert_checkin(conn: sqlite3.Connection, c: CheckIn, *, replace: bool = False) -> bool:
    """One check-in a day: ``replace`` overwrites that day's (the app), otherwise the one
    already there is kept (an import). Returns whether a row was written."""
    verb = "INSERT OR REPLACE" if replace else "INSERT OR IGNORE"
    cursor = conn.execute(
        f"""{verb} INTO checkins (day, at_utc, at_offset_min, feeling, pain, routines, sessions)
            VALUES (?, ?, ?, ?, ?, ?, ?)""",
        (c.day.isoformat(), to_utc_text(c.at), offset_min(c.at), c.feeling.value, c.pain,
         json.dumps(list(c.routine_ids)), json.dumps(list(c.session_ids))),
    )
    return cursor.rowcount > 0


def checkin_from_row(row: Sequence[Any]) -> CheckIn:
    day, at_utc, at_off, feeling, pain, routines, sessions = row
    return CheckIn(date.fromisoformat(day), from_db(at_utc, at_off),
                   _FEELINGS.get(feeling, Feeling.SAME), pain,
                   tuple(json.loads(routines or "[]")), tuple(json.loads(sessions or "[]")))


_FEELINGS = {f.value: f for f in Feeling}


# --- export -------------------------------------------------------------------------------------


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
                "pain": i.pain,
            }
            for i in record.items
        ],
    }


def encode_checkin(c: CheckIn) -> dict[str, Any]:
    return {
        "day": c.day.isoformat(),
        "at": c.at.isoformat(),
        "feeling": c.feeling.value,
        "pain": c.pain,
        "routines": list(c.routine_ids),
        "sessions": list(c.session_ids),
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


# OWASP's CSV-injection advice: a cell that starts with one of these is read as a formula
# by spreadsheets (TAB and CR too, as some strip them first). A leading quote makes it text.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(text: str) -> str:
    """A text cell that no spreadsheet runs as a formula."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def sessions_csv(records: Iterable[SessionRecord]) -> str:
    """One row per session, with a header, ISO dates and local times, in UTF-8.

    Every text column is escaped (ids and names come from files anyone can write); the
    numbers are written as numbers.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for r in records:
        writer.writerow(
            [
                _cell(r.id),
                r.started_at.date().isoformat(),
                r.started_at.strftime("%H:%M"),
                r.started_at.isoformat(),
                r.ended_at.isoformat(),
                _cell(r.routine_id),
                _cell(r.routine_name),
                _cell(r.status.value),
                f"{r.active_s / 60:.1f}",
                r.active_s,
                r.planned_s,
                "" if r.pain_before is None else r.pain_before,
                "" if r.pain_after is None else r.pain_after,
                sum(1 for i in r.items if i.status is not ItemStatus.SKIPPED),
                sum(1 for i in r.items if i.status is ItemStatus.SKIPPED),
                _cell(r.hurt_exercise or ""),
                _cell(r.note),
            ]
        )
    return buffer.getvalue()


# --- import -------------------------------------------------------------------------------------

_MAX_S = fastcheck.MAX_S


class _R:
    """Walks decoded JSON and names the JSON path in every error."""

    def __init__(self, source: str, data: Any, path: str = "$") -> None:
        self.source, self.data, self.path = source, data, path

    def fail(self, reason: Phrase) -> FormatError:
        return FormatError(self.source, self.path, reason)

    def obj(self, required: AbstractSet[str], optional: Iterable[str] = ()) -> Mapping[str, Any]:
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
        offset = moment.utcoffset()
        if offset is not None and abs(offset.total_seconds()) > MAX_OFFSET_MIN * 60:
            raise self.fail(Phrase(_OFFSET_RANGE, limit=str(MAX_OFFSET_MIN // 60),
                                   value=repr(text)))
        # In range both as written and in UTC: a year near 1 or 9999 overflows when shifted.
        if not (MIN_YEAR <= moment.year <= MAX_YEAR
                and MIN_YEAR <= int(to_utc_text(moment)[:4]) <= MAX_YEAR):
            raise self.fail(Phrase(_YEAR_RANGE, lo=str(MIN_YEAR), hi=str(MAX_YEAR),
                                   value=repr(text)))
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
    """Strictly decode a history export's sessions; raises FormatError naming the JSON path."""
    return decode_history(data, source)[0]


def decode_history(data: Any, source: str, *, quick: bool = True
                   ) -> tuple[list[SessionRecord], list[CheckIn]]:
    """Strictly decode a history export, version 1 (sessions) or 2 (items rated for pain,
    and check-ins); raises FormatError naming the JSON path.

    ``quick`` takes each session through fastcheck.py first, which accepts exactly what the
    strict reader accepts (or hands the session over to it); False is for the tests that
    show this."""
    top = _R(source, data)
    version_seen = data.get("version") if isinstance(data, dict) else None
    v1 = version_seen == 1
    # A file of the wrong kind (a routine, say) is named as such before any missing key.
    if not (isinstance(data, dict) and data.get("format", EXPORT_FORMAT) != EXPORT_FORMAT):
        # Version 1 has neither check-ins nor ratings per item; version 2 may have both (a
        # session on its own, as the sync journal carries it, has no check-ins).
        top.obj({"format", "version", "sessions"}, () if v1 else {"checkins"})
    fmt = top.child("format")
    if fmt.data != EXPORT_FORMAT:
        raise fmt.fail(Phrase(_NOT_AN_EXPORT, expected=repr(EXPORT_FORMAT)))
    version = top.child("version")
    if isinstance(version.data, int) and not isinstance(version.data, bool) and version.data > EXPORT_VERSION:
        raise version.fail(
            Phrase(_NEWER_EXPORT, version=str(version.data), supported=str(EXPORT_VERSION))
        )
    version.int_(1, EXPORT_VERSION)
    records: list[SessionRecord] = []
    seen: set[str] = set()
    sessions = top.child("sessions")
    sessions.list_(max_len=1_000_000)
    for n, raw in enumerate(sessions.data):
        record = fastcheck.session(raw, seen, v1) if quick else None
        records.append(record or _decode_session(sessions.child(n), seen, v1))
    checkins = ([_decode_checkin(c) for c in top.child("checkins").list_(100_000)]
                if "checkins" in data else [])
    return records, checkins


def _decode_session(s: _R, seen: set[str], v1: bool) -> SessionRecord:
    """One session, every check naming its JSON path; its id is added to ``seen``."""
    import uuid  # here, not at start-up: it pulls in platform and libuuid

    s.obj(fastcheck.SESSION_REQUIRED, fastcheck.SESSION_OPTIONAL)
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
    for it in s.child("items").list_(max_len=fastcheck.MAX_ITEMS):
        it.obj(fastcheck.ITEM_REQUIRED, () if v1 else {"pain"})
        items.append(
            ItemRecord(
                exercise=it.child("exercise").str_(max_len=100),
                side=it.child("side").enum(SIDES),
                planned_s=it.child("planned_s").int_(0, _MAX_S),
                done_s=it.child("done_s").int_(0, _MAX_S),
                reps_done=it.child("reps_done").opt_int(0, fastcheck.MAX_REPS),
                status=ItemStatus(it.child("status").enum([v.value for v in ItemStatus])),
                pain=it.child("pain").opt_int(0, MAX_PAIN) if "pain" in it.data else None,
            )
        )
    raw = s.data
    hurt: str | None = None
    if raw.get("hurt_exercise") is not None:
        hurt = s.child("hurt_exercise").str_(max_len=100)
    return SessionRecord(
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


def _decode_checkin(c: _R) -> CheckIn:
    c.obj({"day", "at", "feeling", "pain", "routines", "sessions"})
    day_r = c.child("day")
    text = day_r.str_(max_len=10)
    try:
        day = date.fromisoformat(text) if len(text) == 10 else None
    except ValueError:
        day = None
    if day is None or not MIN_YEAR <= day.year <= MAX_YEAR:
        raise day_r.fail(Phrase(_NOT_A_DATE, value=repr(text)))
    return CheckIn(
        day=day,
        at=c.child("at").time(),
        feeling=Feeling(c.child("feeling").enum([f.value for f in Feeling])),
        pain=c.child("pain").opt_int(0, MAX_PAIN),
        routine_ids=tuple(r.str_(max_len=200) for r in c.child("routines").list_(1000)),
        session_ids=tuple(r.str_(max_len=64) for r in c.child("sessions").list_(1000)),
    )


def load_export(path: Path) -> Any:
    """Read a JSON export file through the strict reader; raises FormatError naming the file
    for unreadable content, and HistoryFileError (with the system's words) when it cannot be
    read at all."""
    try:
        return jsonfile.read_file(path, jsonfile.HISTORY)
    except OSError as exc:
        raise HistoryFileError(path, Phrase(CANNOT_READ, error=exc.strerror or str(exc))) from exc
