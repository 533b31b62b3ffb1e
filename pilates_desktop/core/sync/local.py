"""This computer's data as the sync sees it: the history store and the routine folder.

The history goes through the store's own import (strict decoding, one transaction), so a
session from the folder is checked exactly as an imported export is. Routines go through the
routine format's decoder and the repository's writer. What this module adds is bookkeeping:
cheap marks that tell which sessions changed, and where a refused record came from.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Collection, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from pilates_desktop.core.errors import FormatError
from pilates_desktop.core.history import (
    EXPORT_FORMAT,
    EXPORT_VERSION,
    CheckIn,
    HistoryStore,
    SessionRecord,
    decode_history,
    encode_checkin,
    encode_session,
)
from pilates_desktop.core.routines.fileformat import decode_routine_data, encode_routine
from pilates_desktop.core.routines.repository import RoutineRepository
from pilates_desktop.core.sync.engine import LocalChanges
from pilates_desktop.core.sync.records import CHECKIN, SESSION, Key, digest
from pilates_desktop.core.sync.routine_sync import LocalRoutine

_ENTRY_PATH = re.compile(r"^\$\.(sessions|checkins)\[(\d+)\](.*)$")
# Above this many sessions one query for all is cheaper than one query each.
_MANY = 64


def _export(sessions: Sequence[Mapping[str, Any]],
            checkins: Sequence[Mapping[str, Any]] = ()) -> dict[str, Any]:
    return {"format": EXPORT_FORMAT, "version": EXPORT_VERSION, "sessions": list(sessions),
            "checkins": list(checkins)}


def _mark(record: SessionRecord) -> str:
    """What a session is, as far as anyone can change it after it ended (its note and its
    pain ratings); the rest is fixed when it is recorded."""
    text = "\x1f".join(map(str, (record.id, record.ended_at.isoformat(), record.status.value,
                                 record.active_s, record.pain_before, record.pain_after,
                                 record.note, record.hurt_exercise)))
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


class StoreLocal:
    """The history store and the routine repository behind the sync engine's LocalData."""

    def __init__(self, store: HistoryStore, routines: RoutineRepository) -> None:
        self.store = store
        self.repository = routines

    def close(self) -> None:
        """Close the history store (one opened for the sync alone)."""
        self.store.close()

    # --- history ---------------------------------------------------------------------------

    def history_marks(self, keys: Collection[Key] | None = None) -> dict[Key, str]:
        if keys is None:
            records = self.store.sessions(with_items=False)
        else:
            found = (self.store.session(ident) for kind, ident in keys if kind == SESSION)
            records = [r for r in found if r is not None]
        marks = {(SESSION, r.id): _mark(r) for r in records}
        days = None if keys is None else {ident for kind, ident in keys if kind == CHECKIN}
        if days is None or days:
            marks.update(((CHECKIN, c.day.isoformat()), digest(encode_checkin(c)))
                         for c in self.store.checkins()
                         if days is None or c.day.isoformat() in days)
        return marks

    def history_fingerprint(self) -> str:
        """The database file's and its write-ahead log's size and time, and the number of
        sessions: every write changes one of them, and reading them costs a stat each, so a
        sync with nothing new stays fast with years of history.

        (The one blind spot, a write that leaves the log the same size within the file
        system's time resolution of the last sync's own write, is seen at the next change.)
        """
        parts = [str(self.store.count())]
        path = self.store.path
        for file in (path, path.with_name(path.name + "-wal")):
            try:
                st = file.stat()
            except OSError:
                parts.append("-")
            else:
                parts.append(f"{st.st_size}:{st.st_mtime_ns}")
        return hashlib.blake2b(" ".join(parts).encode(), digest_size=12).hexdigest()

    def history_payloads(self, keys: Collection[Key]) -> dict[Key, Mapping[str, Any]]:
        ids = {ident for kind, ident in keys if kind == SESSION}
        if len(ids) > _MANY:
            records = [r for r in self.store.sessions() if r.id in ids]
        else:
            records = [r for r in (self.store.session(i) for i in sorted(ids)) if r is not None]
        out: dict[Key, Mapping[str, Any]] = {
            (SESSION, r.id): encode_session(r) for r in records}
        days = {ident for kind, ident in keys if kind == CHECKIN}
        if days:
            out.update(((CHECKIN, c.day.isoformat()), encode_checkin(c))
                       for c in self.store.checkins() if c.day.isoformat() in days)
        return out

    # --- routines --------------------------------------------------------------------------

    def routines(self) -> dict[str, LocalRoutine]:
        routines, errors = self.repository.user()
        out: dict[str, LocalRoutine] = {}
        for routine in routines:
            path = self.repository.path_for(routine.id)
            try:
                edited = datetime.fromtimestamp(path.stat().st_mtime, UTC)
            except OSError:
                edited = None
            out[routine.id] = LocalRoutine(json.loads(encode_routine(routine)), edited)
        for error in errors:  # a file that cannot be read is left alone (see LocalRoutine)
            out[error.source.removesuffix(".json")] = LocalRoutine(None)
        return out

    # --- applying a merge ------------------------------------------------------------------

    def apply(self, changes: LocalChanges) -> None:
        """Check everything, then write: new sessions in one import, edits of a note or a
        rating, deletions, then routine files."""
        puts = [(k, v) for k, v in changes.puts.items() if k[0] == SESSION]
        checkins = [(k, self._checkin(k, v, changes))
                    for k, v in changes.puts.items() if k[0] == CHECKIN]
        stored = self.store.stored([k[1] for k, _ in puts])
        present = {k for k, _ in puts if k[1] in stored}
        new = [(k, v) for k, v in puts if k not in present]
        edited = [(k, v) for k, v in puts if k in present]
        edits = [(k, self._decode(k, v, changes)) for k, v in edited]
        routines = {
            rid: decode_routine_data(changes.sources.get(rid, rid), content,
                                     self.repository.library, routine_id=rid)
            for rid, content in changes.routine_puts.items()}
        if new:
            try:
                self.store.import_json(_export([v for _, v in new]), "sync")
            except FormatError as exc:
                raise self._named(exc, [k for k, _ in new], changes) from None
        for _, record in edits:
            self.store.update_session(record.id, note=record.note,
                                      pain_before=record.pain_before,
                                      pain_after=record.pain_after)
        for _, checkin in checkins:  # one a day: the merged one replaces this day's
            self.store.add_checkin(checkin)
        for kind, ident in sorted(changes.deletes):
            if kind == SESSION:  # (check-ins are never deleted, only replaced)
                self.store.delete_session(ident)
        for routine in routines.values():
            self.repository.save(routine)
        for rid in sorted(changes.routine_deletes):
            self.repository.delete(rid)

    def _decode(self, key: Key, payload: Mapping[str, Any],
                changes: LocalChanges) -> SessionRecord:
        source = changes.sources.get(key, "sync")
        try:
            return decode_history(_export([dict(payload)]), source)[0][0]
        except FormatError as exc:
            raise self._named(exc, [key], changes) from None

    def _checkin(self, key: Key, payload: Mapping[str, Any],
                 changes: LocalChanges) -> CheckIn:
        source = changes.sources.get(key, "sync")
        try:
            return decode_history(_export([], [dict(payload)]), source)[1][0]
        except FormatError as exc:
            raise self._named(exc, [key], changes) from None

    @staticmethod
    def _named(exc: FormatError, keys: list[Key], changes: LocalChanges) -> FormatError:
        """The import's error, naming the journal the refused session came from."""
        match = _ENTRY_PATH.match(exc.path)
        if match is None or int(match.group(2)) >= len(keys):
            return exc
        key = keys[int(match.group(2))]
        return FormatError(changes.sources.get(key, "sync"), f"$.data{match.group(3)}",
                           exc.phrase)


