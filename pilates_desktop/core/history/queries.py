"""Reading the history: sessions by date range and routine, one session, the routines.

Every reader is a function of a connection, so the store, a read-only command and a test can
all use them. None of them writes: ``include_open`` shows a session cut short by a crash as
interrupted, with its finished segments, without closing it in the database (the running
app, or the next start, does that).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from pilates_desktop.core.history.exchange import checkin_from_row
from pilates_desktop.core.history.model import (
    CheckIn,
    ItemRecord,
    SessionRecord,
    SessionStatus,
    aware,
    item_status,
    record,
    to_utc_text,
)

_SESSION_COLUMNS = """id, routine_id, routine_name, started_utc, started_offset_min, ended_utc,
    ended_offset_min, planned_s, active_s, status, pain_before, pain_after, note,
    hurt_exercise"""

# An open session as it would be closed now: ended at its last recorded item (with the UTC
# offset in force then), its active time the sum of its items.
_OPEN_AS_INTERRUPTED = f"""
    SELECT s.id, s.routine_id, s.routine_name, s.started_utc, s.started_offset_min,
        COALESCE(last.recorded_utc, s.started_utc),
        COALESCE(last.recorded_offset_min, s.started_offset_min),
        s.planned_s,
        (SELECT COALESCE(SUM(done_s), 0) FROM items i WHERE i.session_id = s.id),
        '{SessionStatus.INTERRUPTED.value}', s.pain_before, s.pain_after, s.note,
        s.hurt_exercise
    FROM sessions s LEFT JOIN items last ON last.session_id = s.id AND last.seq = (
        SELECT MAX(seq) FROM items m WHERE m.session_id = s.id)
    WHERE s.ended_utc IS NULL"""


def sessions(
    conn: sqlite3.Connection,
    since: datetime | None = None,
    until: datetime | None = None,
    routine: str | None = None,
    *,
    with_items: bool = True,
    include_open: bool = False,
) -> list[SessionRecord]:
    """Closed sessions started in ``[since, until)``, oldest first (open ones too, shown as
    interrupted, with ``include_open``)."""
    where: list[str] = []
    params: list[Any] = []
    if since is not None:
        where.append("started_utc >= ?")
        params.append(to_utc_text(aware(since)))
    if until is not None:
        where.append("started_utc < ?")
        params.append(to_utc_text(aware(until)))
    if routine is not None:
        where.append("routine_id = ?")
        params.append(routine)
    clause = " AND ".join(["ended_utc IS NOT NULL", *where])
    rows = conn.execute(
        f"SELECT {_SESSION_COLUMNS} FROM sessions WHERE {clause} ORDER BY started_utc, rowid",
        params,
    ).fetchall()
    if include_open:
        extra = " AND ".join(f"s.{w}" for w in where)
        open_rows = conn.execute(
            _OPEN_AS_INTERRUPTED + (f" AND {extra}" if extra else ""), params).fetchall()
        if open_rows:
            rows = sorted([*rows, *open_rows], key=lambda r: str(r[3]))
    items: dict[str, list[ItemRecord]] = {}
    if with_items and rows:
        item_clause = " AND ".join(where) if where else "1"
        if not include_open:
            item_clause = f"ended_utc IS NOT NULL AND {item_clause}"
        item_rows = conn.execute(
            f"""SELECT session_id, exercise, side, planned_s, done_s, reps_done, status, pain
                FROM items WHERE session_id IN (SELECT id FROM sessions WHERE {item_clause})
                ORDER BY session_id, seq""",
            params,
        ).fetchall()
        for sid, exercise, side, planned, done, reps, status, pain in item_rows:
            items.setdefault(sid, []).append(
                ItemRecord(exercise, side, planned, done, reps, item_status(status), pain)
            )
    return [record(row, tuple(items.get(row[0], ()))) for row in rows]


def by_ids(conn: sqlite3.Connection, ids: Sequence[str]) -> list[SessionRecord]:
    out: list[SessionRecord] = []
    for sid in ids:
        row = conn.execute(
            f"SELECT {_SESSION_COLUMNS} FROM sessions WHERE id = ? AND ended_utc IS NOT NULL",
            (sid,),
        ).fetchone()
        if row is None:
            continue
        item_rows = conn.execute(
            """SELECT exercise, side, planned_s, done_s, reps_done, status, pain FROM items
               WHERE session_id = ? ORDER BY seq""",
            (sid,),
        ).fetchall()
        items = tuple(
            ItemRecord(e, s, p, d, r, item_status(st), pain)
            for e, s, p, d, r, st, pain in item_rows
        )
        out.append(record(row, items))
    return out


def open_session_ids(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute("SELECT id FROM sessions WHERE ended_utc IS NULL").fetchall()
    return [str(r[0]) for r in rows]


def routines(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """(id, latest name) of every routine in the history, by name."""
    rows = conn.execute(
        """SELECT routine_id, routine_name FROM sessions s
           WHERE ended_utc IS NOT NULL AND started_utc = (
               SELECT MAX(started_utc) FROM sessions t WHERE t.routine_id = s.routine_id)
           GROUP BY routine_id ORDER BY routine_name COLLATE NOCASE"""
    ).fetchall()
    return [(str(a), str(b)) for a, b in rows]


def count(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT COUNT(*) FROM sessions WHERE ended_utc IS NOT NULL")
    return int(row.fetchone()[0])


def checkins(conn: sqlite3.Connection, since: date | None = None,
             until: date | None = None) -> list[CheckIn]:
    """The check-ins answered on local days in ``[since, until)``, oldest first."""
    where, params = [], []
    if since is not None:
        where.append("day >= ?")
        params.append(since.isoformat())
    if until is not None:
        where.append("day < ?")
        params.append(until.isoformat())
    rows = conn.execute(
        "SELECT day, at_utc, at_offset_min, feeling, pain, routines, sessions FROM checkins"
        + (f" WHERE {' AND '.join(where)}" if where else "") + " ORDER BY day", params,
    ).fetchall()
    return [checkin_from_row(row) for row in rows]


def all_records(conn: sqlite3.Connection) -> list[SessionRecord]:
    """Every session, open ones as interrupted: what a restore must not lose."""
    return sessions(conn, include_open=True)
