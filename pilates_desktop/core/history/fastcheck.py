"""The quick way through an export's sessions: the same checks as the strict reader in
exchange.py, for the session that passes them all, without naming a JSON path.

Why: a first sync imports years of sessions (6,000 and more), and the strict reader, which
builds a path object per field so that any error can say where it is, spent 0.2 ms on each.
Almost every session is valid, so this module only answers "valid, and here is its record"
or "not sure" (``None``). "Not sure" hands that one session to the strict reader, which
either finds it valid after all (an unusual but legal spelling, such as an upper-case UUID)
or raises the error naming its path. So the quick path can only be stricter, never looser:
every error still comes from the strict reader, with the same words and path, and the
records are the same (tests/test_history_fastcheck.py checks both on generated sessions).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from pilates_desktop.core.history.model import (
    MAX_OFFSET_MIN,
    MAX_PAIN,
    MAX_YEAR,
    MIN_YEAR,
    SIDES,
    ItemRecord,
    ItemStatus,
    SessionRecord,
    SessionStatus,
)

MAX_S = 7 * 24 * 3600  # a session or item lasts at most a week
MAX_ITEMS = 10_000
MAX_REPS = 100_000

SESSION_REQUIRED = frozenset({"id", "routine", "started_at", "ended_at", "active_s", "status",
                              "pain_before", "pain_after", "note", "items"})
SESSION_OPTIONAL = frozenset({"planned_s", "hurt_exercise"})
ITEM_REQUIRED = frozenset({"exercise", "side", "planned_s", "done_s", "reps_done", "status"})
_SESSION_ALL = SESSION_REQUIRED | SESSION_OPTIONAL
_ITEM_V2 = ITEM_REQUIRED | {"pain"}
_ROUTINE_KEYS = frozenset({"id", "name"})
_SIDES = frozenset(SIDES)
_ITEM_STATUS: Mapping[str, ItemStatus] = {s.value: s for s in ItemStatus}
_SESSION_STATUS: Mapping[str, SessionStatus] = {s.value: s for s in SessionStatus}
# The canonical spelling of a UUID: str(uuid.UUID(text)) gives it back unchanged.
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_MAX_OFFSET_S = MAX_OFFSET_MIN * 60


def _text(value: Any, max_len: int) -> bool:
    """A non-blank string of at most ``max_len`` characters."""
    return type(value) is str and len(value) <= max_len and bool(value.strip())


def _count(value: Any, hi: int) -> bool:
    """A whole number (not true/false) from 0 to ``hi``."""
    return type(value) is int and 0 <= value <= hi


def _time(value: Any) -> datetime | None:
    if type(value) is not str or len(value) > 40:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    offset = moment.utcoffset()
    # A year strictly inside the range stays inside it in UTC too (an offset moves the date
    # by at most a day); the edge years are left to the strict reader.
    if offset is None or abs(offset.total_seconds()) > _MAX_OFFSET_S \
            or not MIN_YEAR < moment.year < MAX_YEAR:
        return None
    return moment.replace(microsecond=0)


def _item(it: Any, item_keys: frozenset[str]) -> ItemRecord | None:
    if type(it) is not dict or not ITEM_REQUIRED <= it.keys() <= item_keys:
        return None
    exercise, side, planned, done = it["exercise"], it["side"], it["planned_s"], it["done_s"]
    reps, status, pain = it["reps_done"], it["status"], it.get("pain")
    if not (_text(exercise, 100) and type(side) is str and side in _SIDES
            and _count(planned, MAX_S) and _count(done, MAX_S)
            and (reps is None or _count(reps, MAX_REPS))
            and (pain is None or _count(pain, MAX_PAIN))
            and type(status) is str and status in _ITEM_STATUS):
        return None
    return ItemRecord(exercise, side, planned, done, reps, _ITEM_STATUS[status], pain)


def session(s: Any, seen: set[str], v1: bool) -> SessionRecord | None:
    """The record of a valid session whose id is not in ``seen`` (then added to it), or
    None when the strict reader must look at it."""
    if type(s) is not dict or not SESSION_REQUIRED <= s.keys() <= _SESSION_ALL:
        return None
    sid, routine = s["id"], s["routine"]
    if not (_text(sid, 64) and _UUID.fullmatch(sid) and sid not in seen
            and type(routine) is dict and routine.keys() == _ROUTINE_KEYS
            and _text(routine["id"], 200) and _text(routine["name"], 200)):
        return None
    started, ended = _time(s["started_at"]), _time(s["ended_at"])
    if started is None or ended is None or ended < started:
        return None
    raw_items = s["items"]
    if type(raw_items) is not list or len(raw_items) > MAX_ITEMS:
        return None
    item_keys = ITEM_REQUIRED if v1 else _ITEM_V2
    items = [_item(it, item_keys) for it in raw_items]
    if None in items:
        return None
    planned, active, status = s.get("planned_s", 0), s["active_s"], s["status"]
    before, after, note, hurt = s["pain_before"], s["pain_after"], s["note"], s.get("hurt_exercise")
    if not (_count(planned, MAX_S) and _count(active, MAX_S)
            and type(status) is str and status in _SESSION_STATUS
            and (before is None or _count(before, MAX_PAIN))
            and (after is None or _count(after, MAX_PAIN))
            and type(note) is str and len(note) <= 10_000
            and (hurt is None or _text(hurt, 100))):
        return None
    seen.add(sid)
    return SessionRecord(
        id=sid, routine_id=routine["id"], routine_name=routine["name"], started_at=started,
        ended_at=ended, planned_s=planned, active_s=active, status=_SESSION_STATUS[status],
        pain_before=before, pain_after=after, note=note, hurt_exercise=hurt,
        items=tuple(items),  # type: ignore[arg-type]  # (no None left in it)
    )
