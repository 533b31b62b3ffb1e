"""The writes a session makes, as operations on a connection.

Each write is a small function of a connection (``_Op``), so the store can run it now, keep
it in memory while the file cannot be written, and run it again later, in order. Every time
is taken from the injected clock at the moment of the call, with the UTC offset in force
then.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime
from typing import Any

from pilates_desktop.core.history.exchange import insert_checkin, insert_record
from pilates_desktop.core.history.model import (
    UNSET,
    CheckIn,
    ItemStatus,
    SessionRecord,
    SessionStatus,
    _Unset,
    aware,
    check_pain,
    offset_min,
    to_utc_text,
)

Op = Callable[[sqlite3.Connection], None]


class SessionWrites:
    """The session writes of :class:`~pilates_desktop.core.history.store.HistoryStore`."""

    _now: Callable[[], datetime]

    def _write(self, op: Op, what: str, durable: bool = False) -> None:
        raise NotImplementedError

    def session(self, session_id: str) -> SessionRecord | None:
        raise NotImplementedError

    def begin_session(
        self,
        routine_id: str,
        routine_name: str,
        planned_s: int,
        pain_before: int | None = None,
    ) -> str:
        check_pain(pain_before)
        import uuid  # here, not at start-up: it pulls in platform and libuuid

        session_id = str(uuid.uuid4())
        started = aware(self._now())
        params = (
            session_id,
            routine_id,
            routine_name,
            to_utc_text(started),
            offset_min(started),
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
        pain: int | None = None,
    ) -> None:
        status = ItemStatus(status)
        check_pain(pain)
        now = aware(self._now())
        params = (
            session_id,
            session_id,
            exercise,
            side,
            max(0, int(planned_s)),
            max(0, int(done_s)),
            reps_done,
            status.value,
            to_utc_text(now),
            offset_min(now),
            pain,
        )

        def op(conn: sqlite3.Connection) -> None:
            conn.execute(
                """INSERT INTO items (session_id, seq, exercise, side, planned_s, done_s,
                       reps_done, status, recorded_utc, recorded_offset_min, pain)
                   VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM items WHERE session_id = ?),
                           ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                params,
            )

        self._write(op, "record an exercise")

    def set_item_pain(self, session_id: str, exercise: str, value: int | None) -> None:
        """Rate (or clear) the pain of ``exercise`` after it was recorded: its latest row."""
        check_pain(value)

        def op(conn: sqlite3.Connection) -> None:
            conn.execute(
                """UPDATE items SET pain = ? WHERE session_id = ? AND seq = (
                       SELECT MAX(seq) FROM items WHERE session_id = ? AND exercise = ?)""",
                (value, session_id, session_id, exercise))

        self._write(op, "save the pain rating")

    def add_checkin(self, checkin: CheckIn) -> None:
        """Keep a next-morning check-in; a second one on the same day replaces the first."""

        def op(conn: sqlite3.Connection) -> None:
            insert_checkin(conn, checkin, replace=True)

        self._write(op, "save the check-in", durable=True)

    def set_pain_before(self, session_id: str, value: int | None) -> None:
        check_pain(value)

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
        check_pain(pain_after)
        ended = aware(self._now())
        params = (
            to_utc_text(ended),
            offset_min(ended),
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
            check_pain(value)
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
            insert_record(conn, record)

        self._write(op, "restore the session")

