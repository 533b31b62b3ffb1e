"""What a computer remembers between syncs, in its own data dir (never in the sync folder).

``sync/state.json`` is small and read at every sync: this computer's device id and name, the
folder, how far each journal was read, and fingerprints of the local history and routines.
A sync with nothing new reads only this file and stats the folder.

``sync/index.json`` is read only when something changed: the winning stamp of every record key,
the history's digests right after the last sync (so a local edit or deletion can be told from
one that came in), and what each routine's versions had seen.

The index is saved before the state, and both carry the same generation: when they disagree
(a crash between the two writes, a damaged file), every journal is read again from its start,
which is safe because merging is idempotent.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pilates_desktop.core.errors import Phrase
from pilates_desktop.core.sync.errors import STATE_BROKEN, SyncWarning
from pilates_desktop.core.sync.files import (
    INDEX,
    JsonProblem,
    dumps_line,
    make_private_dir,
    new_id,
    read_json,
    write_atomic,
)
from pilates_desktop.core.sync.journal import Cursor
from pilates_desktop.core.sync.merge import Winner
from pilates_desktop.core.sync.records import Key, is_hex_id

STATE_VERSION = 1
MAX_DEVICE_NAME = 80


@dataclass(slots=True)
class LastSync:
    """When the last sync ran and what it brought, for the Settings page."""

    at: str = ""
    brought: dict[str, int] = field(default_factory=dict)
    conflicts: list[str] = field(default_factory=list)


@dataclass(slots=True)
class SyncState:
    device_id: str
    device_name: str
    folder: str | None = None
    generation: str = ""
    cursors: dict[str, Cursor] = field(default_factory=dict)
    routines_signature: str = ""
    history_fingerprint: str = ""
    routines_fingerprint: str = ""
    last: LastSync = field(default_factory=LastSync)


@dataclass(slots=True)
class SyncIndex:
    generation: str = ""
    winners: dict[Key, Winner] = field(default_factory=dict)
    synced: dict[Key, str] = field(default_factory=dict)  # history digests after the last sync
    knowledge: dict[str, dict[str, str]] = field(default_factory=dict)  # routine id -> vector
    origins: dict[str, tuple[str, str]] = field(default_factory=dict)  # session -> (at, device)


def _by_kind(values: dict[Key, str]) -> dict[str, dict[str, str]]:
    """``{kind: {id: value}}``: the index's shape on disk (no key to split when read)."""
    out: dict[str, dict[str, str]] = {}
    for (kind, ident), value in values.items():
        out.setdefault(kind, {})[ident] = value
    return out


class StateStore:
    """Reads and writes the two files under ``DATA/sync/`` (folder 0700, files 0600)."""

    def __init__(self, data_dir: Path, default_name: str) -> None:
        self.dir = data_dir / "sync"
        self.default_name = default_name[:MAX_DEVICE_NAME] or "Computer"
        self.warnings: list[SyncWarning] = []

    @property
    def state_path(self) -> Path:
        return self.dir / "state.json"

    @property
    def index_path(self) -> Path:
        return self.dir / "index.json"

    def _read(self, path: Path) -> dict[str, Any] | None:
        try:
            data = read_json(path, INDEX)
        except FileNotFoundError:
            return None
        except (OSError, JsonProblem) as exc:
            problem = exc.phrase if isinstance(exc, JsonProblem) else exc.strerror or str(exc)
            self.warnings.append(SyncWarning(str(path), Phrase(STATE_BROKEN, problem=problem)))
            return None
        if not isinstance(data, dict) or data.get("version") != STATE_VERSION:
            self.warnings.append(SyncWarning(
                str(path), Phrase(STATE_BROKEN, problem="unknown version")))
            return None
        return data

    def load(self) -> SyncState:
        """The state; a missing or unreadable one starts afresh with a new device id."""
        data = self._read(self.state_path) or {}
        device = data.get("device_id")
        name = data.get("device_name")
        state = SyncState(
            device_id=device if isinstance(device, str) and is_hex_id(device) else new_id(),
            device_name=name if isinstance(name, str) and name.strip() else self.default_name)
        folder = data.get("folder")
        state.folder = folder if isinstance(folder, str) and folder else None
        if not is_hex_id(device):
            return state
        gen = data.get("generation")
        state.generation = gen if isinstance(gen, str) else ""
        cursors = data.get("cursors")
        if isinstance(cursors, dict):
            for rel, raw in cursors.items():
                cursor = Cursor.from_json(raw)
                if cursor is not None:
                    state.cursors[rel] = cursor
        for attr in ("routines_signature", "history_fingerprint", "routines_fingerprint"):
            value = data.get(attr)
            if isinstance(value, str):
                setattr(state, attr, value)
        last = data.get("last")
        if isinstance(last, dict):
            brought = last.get("brought")
            conflicts = last.get("conflicts")
            state.last = LastSync(
                at=last["at"] if isinstance(last.get("at"), str) else "",
                brought={k: v for k, v in brought.items() if isinstance(v, int)}
                if isinstance(brought, dict) else {},
                conflicts=[c for c in conflicts if isinstance(c, str)]
                if isinstance(conflicts, list) else [])
        return state

    def save(self, state: SyncState) -> None:
        make_private_dir(self.dir)
        data = {
            "version": STATE_VERSION, "device_id": state.device_id,
            "device_name": state.device_name, "folder": state.folder,
            "generation": state.generation,
            "cursors": {rel: c.to_json() for rel, c in sorted(state.cursors.items())},
            "routines_signature": state.routines_signature,
            "history_fingerprint": state.history_fingerprint,
            "routines_fingerprint": state.routines_fingerprint,
            "last": {"at": state.last.at, "brought": state.last.brought,
                     "conflicts": state.last.conflicts},
        }
        write_atomic(self.state_path, dumps_line(data))

    def load_index(self, generation: str) -> SyncIndex | None:
        """The index of ``generation``, or None when it is missing, damaged or of another
        generation (then the caller reads every journal from its start)."""
        data = self._read(self.index_path)
        if data is None or not generation or data.get("generation") != generation:
            return None
        index = SyncIndex(generation=generation)
        winners, synced = data.get("winners"), data.get("synced")
        knowledge = data.get("knowledge")
        if not (isinstance(winners, dict) and isinstance(synced, dict)
                and isinstance(knowledge, dict)):
            return None
        for kind, table in winners.items():
            if not isinstance(table, dict):
                return None
            for ident, raw in table.items():
                winner = Winner.from_text(raw)
                if winner is None:
                    return None
                index.winners[(kind, ident)] = winner
        for kind, table in synced.items():
            if not isinstance(table, dict) or not all(isinstance(v, str) for v in table.values()):
                return None
            index.synced.update(((kind, ident), mark) for ident, mark in table.items())
        origins = data.get("origins", {})
        if not isinstance(origins, dict):
            return None
        for ident, text in origins.items():
            parts = text.split(" ") if isinstance(text, str) else ()
            if len(parts) != 2:
                return None
            index.origins[ident] = (parts[0], parts[1])
        for rid, vector in knowledge.items():
            if not isinstance(vector, dict) or not all(
                    isinstance(k, str) and isinstance(v, str) for k, v in vector.items()):
                return None
            index.knowledge[rid] = vector
        return index

    def save_index(self, index: SyncIndex) -> None:
        make_private_dir(self.dir)
        data = {
            "version": STATE_VERSION, "generation": index.generation,
            "winners": _by_kind({k: w.to_text() for k, w in index.winners.items()}),
            "synced": _by_kind(index.synced),
            "knowledge": index.knowledge,
            "origins": {ident: f"{at} {device}" for ident, (at, device) in index.origins.items()},
        }
        write_atomic(self.index_path, dumps_line(data))

    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        """Hold the sync lock of this data dir: a second sync (the command line while the
        window syncs) waits for the first instead of interleaving with it."""
        make_private_dir(self.dir)
        fd = os.open(self.dir / "lock", os.O_RDWR | os.O_CREAT, 0o600)
        try:
            try:
                import fcntl
            except ImportError:  # Windows: one sync at a time is left to the single instance
                yield
                return
            fcntl.flock(fd, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)
