"""A history and routine folder held in memory, as the sync engine sees a computer's data.

It checks sessions with the history export's own strict decoder, so a record the real
history would refuse is refused here too.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Mapping
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from pilates_desktop.core.clock import FakeClock
from pilates_desktop.core.errors import FormatError
from pilates_desktop.core.history import EXPORT_FORMAT, EXPORT_VERSION, HistoryStore, decode_export
from pilates_desktop.core.library import load_library
from pilates_desktop.core.routines.repository import RoutineRepository
from pilates_desktop.core.sync.engine import LocalChanges, Syncer
from pilates_desktop.core.sync.local import StoreLocal
from pilates_desktop.core.sync.records import SESSION, Key
from pilates_desktop.core.sync.routine_sync import LocalRoutine

TZ = timezone(timedelta(hours=1))
START = datetime(2026, 3, 2, 7, 30, tzinfo=TZ)


def session(n: int, note: str = "", routine: str = "morning") -> dict[str, Any]:
    """A session in the history export's shape; ``n`` makes its id and its day."""
    start = START + timedelta(days=n)
    return {
        "id": str(uuid.UUID(int=n + 1, version=4)),
        "routine": {"id": routine, "name": routine.title()},
        "started_at": start.isoformat(),
        "ended_at": (start + timedelta(minutes=12)).isoformat(),
        "planned_s": 720, "active_s": 700, "status": "finished",
        "pain_before": 3, "pain_after": 2, "note": note, "hurt_exercise": None,
        "items": [{"exercise": "glute-bridge", "side": "none", "planned_s": 60, "done_s": 60,
                   "reps_done": 8, "status": "done"}],
    }


def routine(name: str, reps: int = 8) -> dict[str, Any]:
    """A routine file's JSON, as the routine format writes it (so the app's copy of it, read
    back from its file, is the same)."""
    return {"format": "pilates-desktop/routine", "version": 1, "name": name,
            "items": [{"exercise": "glute-bridge", "reps": reps}]}


class _Counted(dict[Key, dict[str, Any]]):
    """A dict that counts its changes, as a database's change counter would."""

    revision = 0

    def __setitem__(self, key: Key, value: dict[str, Any]) -> None:
        self.revision += 1
        super().__setitem__(key, value)

    def __delitem__(self, key: Key) -> None:
        self.revision += 1
        super().__delitem__(key)

    def pop(self, key: Key, default: Any = None) -> Any:  # type: ignore[override]
        self.revision += 1
        return super().pop(key, default)


class MemoryLocal:
    def __init__(self) -> None:
        self.sessions = _Counted()
        self.routine_files: dict[str, LocalRoutine] = {}
        self.applied = 0

    def add(self, payload: dict[str, Any]) -> None:
        self.sessions[(SESSION, payload["id"])] = payload

    def history_fingerprint(self) -> str:
        return str(self.sessions.revision)

    def history_marks(self, keys: Collection[Key] | None = None) -> dict[Key, str]:
        wanted = self.sessions.keys() if keys is None else keys
        return {k: str(id(self.sessions[k])) for k in wanted if k in self.sessions}

    def history_payloads(self, keys: Collection[Key]) -> dict[Key, Mapping[str, Any]]:
        return {k: self.sessions[k] for k in keys}

    def routines(self) -> dict[str, LocalRoutine]:
        return dict(self.routine_files)

    def apply(self, changes: LocalChanges) -> None:
        for key, data in changes.puts.items():  # everything is checked before anything changes
            if key[0] == SESSION:
                decode_export({"format": EXPORT_FORMAT, "version": EXPORT_VERSION,
                               "sessions": [data]}, changes.sources[key])
        for rid, content in changes.routine_puts.items():
            if not isinstance(content.get("name"), str):
                raise FormatError(changes.sources[rid], "$.name", "must be a string")
        self.applied += 1
        for key, data in changes.puts.items():
            self.sessions[key] = dict(data)
        for key in changes.deletes:
            self.sessions.pop(key, None)
        for rid, content in changes.routine_puts.items():
            self.routine_files[rid] = LocalRoutine(dict(content))
        for rid in changes.routine_deletes:
            self.routine_files.pop(rid, None)




class Machine:
    def __init__(self, root: Path, name: str) -> None:
        self.data = root / name
        self.data.mkdir(parents=True)
        self.clock = FakeClock.at(START)
        self.store = HistoryStore.open(self.data / "history.sqlite3",
                                       backups_dir=self.data / "backups",
                                       now=self.clock.now).store
        self.repo = RoutineRepository(self.data / "routines",
                                      load_library(), _write)
        self.syncer = Syncer(self.data, StoreLocal(self.store, self.repo), self.clock,
                             lambda n, d: f"{n} (conflict from {d})", name)

    def record(self, note: str = "") -> str:
        sid = self.store.begin_session("morning", "Morning", 600, pain_before=4)
        self.store.add_item(sid, "glute-bridge", "none", 60, 60, 8, "done", pain=3)
        self.clock.advance(600)
        self.store.finish_session(sid, "finished", 590, pain_after=2, note=note)
        return sid

    def export(self) -> list[dict[str, object]]:
        return sorted(self.store.export_json()["sessions"], key=lambda s: str(s["id"]))


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


class Computer:
    """One computer: a data dir, its history in memory, a clock and its syncer."""

    def __init__(self, root: Path, name: str, clock: FakeClock | None = None) -> None:
        self.data = root / f"data-{name}"
        self.data.mkdir(parents=True, exist_ok=True)
        self.local = MemoryLocal()
        self.clock = clock or FakeClock.at(START)
        self.syncer = Syncer(self.data, self.local, self.clock,
                             lambda routine_name, device: f"{routine_name} (conflict from {device})",
                             name)

    def ids(self) -> set[str]:
        return {k[1] for k in self.local.sessions}
