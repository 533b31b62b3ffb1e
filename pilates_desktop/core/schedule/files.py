"""The reminders file and the schedule's state file: read strictly, written whole, private.

Why files of their own rather than settings: reminders are a list of records with ids that the
command line (``remind add`` in another process) and the Settings page both change while the
background instance runs; one small JSON file is read and written whole, the running app
notices a change by watching it, and core reads it without Qt. The state (what was shown,
snoozes, a pause) is written only by the running schedule, so it lives in a second file and
the two writers never overwrite each other's data.

Both are health-adjacent personal data: written atomically (a crash leaves the old file or the
new one, never half of one) with mode 0600. A file that cannot be read is reported with its
name and the problem, and is never written over: ``ScheduleFileError`` stops the command.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TypeGuard

from pilates_desktop.core import jsonfile
from pilates_desktop.core.errors import PilatesError
from pilates_desktop.core.schedule.reminders import (
    DAY_NAMES,
    MAX_REMINDERS,
    Reminder,
    ReminderBook,
    ScheduleError,
    format_time,
    parse_time,
)
from pilates_desktop.core.schedule.state import Kind, Prompt, ScheduleState, Snooze

REMINDERS_FORMAT = "pilates-desktop/reminders"
STATE_FORMAT = "pilates-desktop/schedule-state"
VERSION = 1
# A file of 50 reminders is a few kB; nothing the app writes is nested more than 4 deep.
LIMITS = jsonfile.Limits(max_bytes=256 * 1024, max_depth=4)


class ScheduleFileError(PilatesError):
    """``reminders.json: reminders[2].at: "25:00" is not a time ...``: file, place, problem."""


def read_json(path: Path) -> Any | None:
    """The decoded file; None when it does not exist. Strict (``core/jsonfile.py``): regular
    files only, a size and depth cap, no duplicate keys, no NaN; its FormatError names the file."""
    try:
        return jsonfile.read_file(path, LIMITS, str(path))
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise ScheduleFileError(f"{path}: cannot be read: {exc.strerror or exc}") from None


def write_json(path: Path, value: Any) -> None:
    """Write ``value`` to ``path`` at once (temporary file, fsync, rename), mode 0600."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    text = json.dumps(value, indent=2, ensure_ascii=False) + "\n"
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:  # mkstemp makes it 0600
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise ScheduleFileError(f"{path}: could not be saved: {exc.strerror or exc}") from None


# -- reminders.json -------------------------------------------------------------------------
def encode_book(book: ReminderBook) -> dict[str, Any]:
    return {
        "format": REMINDERS_FORMAT,
        "version": VERSION,
        "next_id": book.next_id,
        "reminders": [{**r.public(), "created": round(r.created, 3)} for r in book.reminders],
    }


def decode_book(value: Any, where: str) -> ReminderBook:
    def fail(place: str, problem: str) -> ScheduleFileError:
        return ScheduleFileError(f"{where}: {place}: {problem}")

    _check_header(value, REMINDERS_FORMAT, where)
    next_id = value.get("next_id")
    if not _is_int(next_id) or not 1 <= next_id < 2**31:
        raise fail("next_id", "must be a whole number from 1")
    items = value.get("reminders")
    if not isinstance(items, list) or len(items) > MAX_REMINDERS:
        raise fail("reminders", f"must be a list of at most {MAX_REMINDERS} reminders")
    reminders: list[Reminder] = []
    for i, item in enumerate(items):
        place = f"reminders[{i}]"
        if not isinstance(item, dict):
            raise fail(place, "must be an object")
        extra = set(item) - {"id", "days", "at", "routine", "created"}
        if extra:
            raise fail(place, f'unknown field "{sorted(extra)[0]}"')
        rid = item.get("id")
        if not _is_int(rid) or not 1 <= rid < next_id:
            raise fail(f"{place}.id", f"must be a whole number from 1 to {next_id - 1}")
        if any(r.id == rid for r in reminders):
            raise fail(f"{place}.id", f"{rid} is used twice")
        days = item.get("days")
        if (not isinstance(days, list) or not days
                or not all(isinstance(d, str) and d in DAY_NAMES for d in days)):
            raise fail(f"{place}.days", "must be a list of mon, tue, wed, thu, fri, sat, sun")
        at = item.get("at")
        try:
            when = parse_time(at) if isinstance(at, str) else None
        except ScheduleError:
            when = None
        if when is None or format_time(when) != at:
            raise fail(f"{place}.at", "must be a time of day as HH:MM, 00:00 to 23:59")
        routine = item.get("routine")
        if routine is not None and (not isinstance(routine, str) or not routine.strip()
                                    or len(routine) > 200):
            raise fail(f"{place}.routine", "must be a routine name or null")
        created = item.get("created", 0)
        if not _is_time(created):
            raise fail(f"{place}.created", "must be a time in seconds")
        reminders.append(Reminder(rid, frozenset(DAY_NAMES.index(d) for d in days), when,
                                  routine, float(created)))
    return ReminderBook(tuple(reminders), next_id)


def load_book(path: Path) -> ReminderBook:
    value = read_json(path)
    return ReminderBook() if value is None else decode_book(value, str(path))


def save_book(path: Path, book: ReminderBook) -> None:
    write_json(path, encode_book(book))


def update_book(path: Path, change: Callable[[ReminderBook], ReminderBook]) -> ReminderBook:
    """Read the file as it is now, apply ``change`` and write the result (never a stale copy)."""
    book = change(load_book(path))
    save_book(path, book)
    return book


# -- schedule-state.json ------------------------------------------------------------------
def encode_state(state: ScheduleState) -> dict[str, Any]:
    return {
        "format": STATE_FORMAT,
        "version": VERSION,
        "seen_until": state.seen_until,
        "paused_until": state.paused_until,
        "skipped": {kind.value: day.isoformat() for kind, day in state.skipped.items()},
        "snoozes": {kind.value: {"until": s.until, "due": s.prompt.due,
                                 "routine": s.prompt.routine,
                                 "reminder_id": s.prompt.reminder_id}
                    for kind, s in state.snoozes.items()},
    }


def decode_state(value: Any, where: str) -> ScheduleState:
    """The state; a field that does not make sense is a ScheduleFileError like any other."""
    def fail(place: str, problem: str) -> ScheduleFileError:
        return ScheduleFileError(f"{where}: {place}: {problem}")

    _check_header(value, STATE_FORMAT, where)
    state = ScheduleState()
    for name in ("seen_until", "paused_until"):
        moment = value.get(name)
        if moment is not None and not _is_time(moment):
            raise fail(name, "must be a time in seconds or null")
        setattr(state, name, None if moment is None else float(moment))
    skipped = value.get("skipped", {})
    snoozes = value.get("snoozes", {})
    if not isinstance(skipped, dict) or not isinstance(snoozes, dict):
        raise fail("skipped", "skipped and snoozes must be objects")
    try:
        for key, day in skipped.items():
            state.skipped[Kind(key)] = date.fromisoformat(day)
        for key, s in snoozes.items():
            kind = Kind(key)
            rid = s.get("reminder_id")
            routine = s.get("routine")
            if not (_is_time(s.get("until")) and _is_time(s.get("due"))
                    and (rid is None or _is_int(rid))
                    and (routine is None or isinstance(routine, str))):
                raise ValueError(key)
            prompt = Prompt(kind, float(s["due"]), routine, rid)
            state.snoozes[kind] = Snooze(prompt, float(s["until"]))
    except (ValueError, TypeError, AttributeError):
        raise fail("skipped/snoozes", "not in the form this app writes") from None
    return state


def load_state(path: Path) -> ScheduleState:
    value = read_json(path)
    return ScheduleState() if value is None else decode_state(value, str(path))


def save_state(path: Path, state: ScheduleState) -> None:
    write_json(path, encode_state(state))


# -- shared -------------------------------------------------------------------------------
def _check_header(value: Any, kind: str, where: str) -> None:
    if not isinstance(value, dict):
        raise ScheduleFileError(f"{where}: must be a JSON object")
    if value.get("format") != kind:
        raise ScheduleFileError(f'{where}: format: must be "{kind}"')
    version = value.get("version")
    if not _is_int(version) or version < 1:
        raise ScheduleFileError(f"{where}: version: must be a whole number from 1")
    if version > VERSION:
        raise ScheduleFileError(f"{where}: was written by a newer version of Pilates Desktop "
                                f"(format version {version}); update the app to read it")


def _is_int(value: Any) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_time(value: Any) -> TypeGuard[float]:
    return (isinstance(value, int | float) and not isinstance(value, bool)
            and 0 <= value < 1e12)

