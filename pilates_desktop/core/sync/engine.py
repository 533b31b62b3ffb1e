"""One sync between this computer's data and the sync folder.

1. A quick look first: when no journal or routine file in the folder changed size or time and
   the local history and routines have the fingerprints they had after the last sync, there
   is nothing to do, and nothing more is read.
2. Read what is new in every journal, and every routine version; check each record that
   could change something here with the same strict decoders the importers use. Any problem
   (a record from a newer app, a damaged line) stops the sync here: nothing has been written.
3. Turn what changed here since the last sync into records (stamped now) and routine versions.
4. Merge: the latest record of each thing wins; routines merge by edit time and knowledge.
5. Write this computer's own files in the folder (atomically), then apply the merge here.
6. Remember how far each journal was read and what the history looks like now.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

from pilates_desktop.core.clock import Clock
from pilates_desktop.core.errors import QT_TRANSLATE_NOOP, Phrase
from pilates_desktop.core.sync import devices
from pilates_desktop.core.sync.errors import NO_FOLDER, OVERLAPS_DATA, SyncError, SyncWarning
from pilates_desktop.core.sync.files import (
    DEVICE_FILE,
    JOURNAL_DIR,
    ROUTINE_EXT,
    ROUTINES_DIR,
    device_dir,
    device_dirs,
    files_in,
    new_id,
    rel,
    write_atomic,
)
from pilates_desktop.core.sync.journal import append, journal_files, read_new, unchanged
from pilates_desktop.core.sync.merge import Winner, fold, local_changes, note_origins, outbound
from pilates_desktop.core.sync.records import KINDS, Key, Record, digest, stamp_text
from pilates_desktop.core.sync.routine_sync import LocalRoutine, plan
from pilates_desktop.core.sync.routines import ConflictCopy
from pilates_desktop.core.sync.state import LastSync, StateStore, SyncIndex, SyncState

_FEW = 64  # changes after which reading every mark again is cheaper than one by one
NO_FOLDER_SET = QT_TRANSLATE_NOOP(
    "FormatError", "no sync folder is set; choose one with: sync --folder DIR")


@dataclass(slots=True)
class LocalChanges:
    """What this computer's history and routines must take from the merge."""

    puts: dict[Key, Mapping[str, Any]] = field(default_factory=dict)
    deletes: set[Key] = field(default_factory=set)
    routine_puts: dict[str, Mapping[str, Any]] = field(default_factory=dict)
    routine_deletes: set[str] = field(default_factory=set)
    # Where each put came from, for a message that names it: "devices/<id>/journal/000001.jsonl:
    # session <id>" (history, by key) or a routine version's file (routines, by id).
    sources: dict[Key | str, str] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.puts or self.deletes or self.routine_puts or self.routine_deletes)


class LocalData(Protocol):
    """This computer's history and routines, as the sync sees them."""

    def history_fingerprint(self) -> str:
        """Cheap to compute, and different whenever the history is."""
        ...

    def history_marks(self, keys: Collection[Key] | None = None) -> dict[Key, str]:
        """A mark per session (check-in, pain record) that changes when it does; cheaper
        than its content. With ``keys``, only those (the ones that exist)."""
        ...

    def history_payloads(self, keys: Collection[Key]) -> dict[Key, Mapping[str, Any]]:
        """These sessions (check-ins, pain records) in the journal's payload shape."""
        ...

    def routines(self) -> dict[str, LocalRoutine]:
        """The user's routines by id (built-in ones are not synced)."""
        ...

    def apply(self, changes: LocalChanges) -> None:
        """Check every put as strictly as an import would, then make the changes; raise a
        PhraseError naming ``changes.sources[...]`` with nothing changed when one fails."""
        ...


@dataclass(slots=True)
class SyncReport:
    """What a sync did, for the command line and the Settings page."""

    folder: Path
    nothing_new: bool = False
    added: Counter[str] = field(default_factory=Counter)  # by kind
    changed: Counter[str] = field(default_factory=Counter)
    removed: Counter[str] = field(default_factory=Counter)
    routines_added: list[str] = field(default_factory=list)  # names
    routines_changed: list[str] = field(default_factory=list)
    routines_removed: list[str] = field(default_factory=list)
    conflicts: list[ConflictCopy] = field(default_factory=list)
    sent: int = 0  # records and routine edits this computer published
    warnings: list[SyncWarning] = field(default_factory=list)
    devices: dict[str, str] = field(default_factory=dict)  # id -> name

    def brought(self) -> dict[str, int]:
        out = {f"{k}_added": n for k, n in self.added.items()}
        out.update({f"{k}_changed": n for k, n in self.changed.items()})
        out.update({f"{k}_removed": n for k, n in self.removed.items()})
        for name, items in (("routines_added", self.routines_added),
                            ("routines_changed", self.routines_changed),
                            ("routines_removed", self.routines_removed)):
            if items:
                out[name] = len(items)
        return {k: v for k, v in out.items() if v}


def _fingerprint(parts: Mapping[str, str]) -> str:
    h = hashlib.blake2b(digest_size=12)
    for key in sorted(parts):
        h.update(f"{key}\0{parts[key]}\n".encode())
    return h.hexdigest()


def _after(at: str, seen: Winner | None) -> str:
    """The stamp of a change made here: now, but never before the version it changes.

    A change is made with knowledge of the record that won so far, so it must win over it
    even when this computer's clock is behind the other's (a deletion after an edit made on a
    computer an hour ahead would otherwise lose to that edit)."""
    if seen is None or seen.stamp[0] < at:
        return at
    later = datetime.strptime(seen.stamp[0], "%Y-%m-%dT%H:%M:%S.%fZ") + timedelta(microseconds=1)
    return stamp_text(later.replace(tzinfo=UTC))


def _overlaps(a: Path, b: Path) -> bool:
    return a == b or a in b.parents or b in a.parents


class Syncer:
    """Syncs one data dir with one folder. The composition root makes one and hands it to the
    window, the tray and the command line."""

    def __init__(self, data_dir: Path, local: LocalData, clock: Clock,
                 copy_name: Callable[[str, str], str], default_name: str) -> None:
        self.data_dir = data_dir
        self.local = local
        self.clock = clock
        self.copy_name = copy_name
        self.store = StateStore(data_dir, default_name)

    def state(self) -> SyncState:
        return self.store.load()

    def origins(self) -> dict[str, str]:
        """The name of the computer each synced session was recorded on, by session id
        (empty before the first sync)."""
        state = self.store.load()
        index = self.store.load_index(state.generation) if state.folder else None
        if index is None or state.folder is None:
            return {}
        names = devices.names(Path(state.folder))
        names[state.device_id] = state.device_name
        return {ident: names.get(device, device[:8])
                for ident, (_, device) in index.origins.items()}

    def set_device_name(self, name: str) -> None:
        with self.store.locked():
            state = self.store.load()
            state.device_name = name.strip()[:devices.MAX_NAME] or state.device_name
            state.routines_signature = ""  # the next sync is not a no-op: device.json changes
            self.store.save(state)

    def sync(self, folder: Path | None = None) -> SyncReport:
        """Sync now; ``folder`` (remembered) replaces the one set before. Raises SyncError
        (or the PhraseError of a local check) with nothing changed."""
        with self.store.locked():
            self.store.warnings = []
            state = self.store.load()
            if folder is not None:
                chosen = str(folder.expanduser().resolve())
                if chosen != state.folder:
                    state.folder, state.generation, state.cursors = chosen, "", {}
            if state.folder is None:
                raise SyncError("sync", Phrase(NO_FOLDER_SET))
            return self._sync(state, Path(state.folder))

    def _sync(self, state: SyncState, folder: Path) -> SyncReport:
        if not folder.is_dir():
            raise SyncError(str(folder), Phrase(NO_FOLDER))
        if _overlaps(folder.resolve(), self.data_dir.resolve()):
            raise SyncError(str(folder), Phrase(OVERLAPS_DATA))
        me = state.device_id
        own = device_dir(folder, me)
        report = SyncReport(folder, warnings=list(self.store.warnings))
        journals = {rel(folder, p): p for _, d in device_dirs(folder)
                    for p in journal_files(d / JOURNAL_DIR)}
        routine_sig = self._routine_signature(folder)
        history_fp = self.local.history_fingerprint()
        local_routines = self.local.routines()
        routine_digests = {rid: digest(r.content) if r.content is not None else "-"
                           for rid, r in local_routines.items()}
        routines_fp = _fingerprint(routine_digests)
        if (state.generation and journals.keys() == state.cursors.keys()
                and all(unchanged(p, state.cursors[r]) for r, p in journals.items())
                and routine_sig == state.routines_signature
                and history_fp == state.history_fingerprint
                and routines_fp == state.routines_fingerprint):
            report.nothing_new = True
            return report
        index = self.store.load_index(state.generation)
        if index is None:
            index, cursors = SyncIndex(), {}
        else:
            cursors = {r: c for r, c in state.cursors.items() if r in journals}
        report.devices = devices.names(folder)

        # 2. read everything new
        incoming: list[Record] = []
        source: dict[str, str] = {}
        for path_rel, path in sorted(journals.items()):
            if path_rel in cursors and unchanged(path, cursors[path_rel]):
                continue
            read = read_new(path, path_rel, cursors.get(path_rel), KINDS)
            if read.warning is not None:
                report.warnings.append(read.warning)
            for record in read.records:
                source[record.event] = path_rel
            incoming.extend(read.records)
            cursors[path_rel] = read.cursor
        now = self.clock.now()
        changed = fold(index.winners, incoming)

        # 3. what changed here since the last sync goes out, stamped now
        marks = index.synced
        outgoing: list[Record] = []
        if history_fp != state.history_fingerprint or not index.generation:
            marks = self.local.history_marks()
            puts, gone = outbound(marks, index.synced)
            payloads = self.local.history_payloads(puts) if puts else {}
            at = stamp_text(now)
            for key in puts:
                winner = index.winners.get(key)
                record = Record(key[0], key[1], _after(at, winner), me, new_id(), payloads[key])
                if winner is None or winner.digest != record.digest:
                    outgoing.append(record)
            for key in gone:
                winner = index.winners.get(key)
                if winner is None or winner.digest is not None:
                    outgoing.append(Record(key[0], key[1], _after(at, winner), me, new_id(),
                                           None))
        changed.update(fold(index.winners, outgoing))
        note_origins(index.origins, incoming)
        note_origins(index.origins, outgoing)

        # 4. what the merge asks of this computer
        mine = {r.event for r in outgoing}
        compare = [k for k, r in changed.items()
                   if k in marks and r.data is not None and r.event not in mine]
        contents = {k: digest(v) for k, v in self.local.history_payloads(compare).items()} \
            if compare else {}
        contents.update({r.key: r.digest for r in outgoing if r.digest is not None})
        history = local_changes(changed, marks.keys(), contents)
        routine_plan = plan(folder, me, local_routines, now,
                            report.devices | {me: state.device_name}, self.copy_name,
                            index.knowledge)
        changes = LocalChanges(
            puts={k: r.data for k, r in history.puts.items() if r.data is not None},
            deletes=history.deletes, routine_puts=routine_plan.puts,
            routine_deletes=routine_plan.deletes)
        for key, record in history.puts.items():
            changes.sources[key] = f"{source.get(record.event, '?')}: {key[0]} {key[1]}"
        for rid in routine_plan.puts:
            changes.sources[rid] = routine_plan.sources.get(rid, f"routine {rid}")

        # 5. apply here (checked first: a record the history refuses stops everything), then
        # write this computer's own files into the folder
        if changes:
            self.local.apply(changes)
        folder_rel = rel(folder, own)
        devices.ensure_own(own, me, state.device_name, f"{folder_rel}/{DEVICE_FILE}")
        segment = append(own / JOURNAL_DIR, outgoing, f"{folder_rel}/{JOURNAL_DIR}")
        for rid, version in routine_plan.own_writes.items():
            write_atomic(own / ROUTINES_DIR / f"{rid}{ROUTINE_EXT}", version.to_bytes(),
                         f"{folder_rel}/{ROUTINES_DIR}/{rid}{ROUTINE_EXT}")
        self._count(report, history.puts.keys(), history.deletes, marks)
        self._count_routines(report, routine_plan.puts, routine_plan.deletes, local_routines)
        report.conflicts = routine_plan.copies
        report.sent = len(outgoing) + routine_plan.published

        # 6. remember
        if history:
            history_fp = self.local.history_fingerprint()
            if len(history.puts) + len(history.deletes) > _FEW:
                marks = self.local.history_marks()
            else:  # only what this sync changed is read again
                marks = {k: m for k, m in marks.items() if k not in history.deletes}
                marks.update(self.local.history_marks(history.puts.keys()))
        index.synced = marks
        if routine_plan.puts or routine_plan.deletes:
            routines_fp = _fingerprint({rid: digest(r.content) if r.content is not None else "-"
                                        for rid, r in self.local.routines().items()})
        if segment is not None:
            seg_rel = rel(folder, segment)
            cursors[seg_rel] = read_new(segment, seg_rel, cursors.get(seg_rel)).cursor
        index.knowledge = {rid: dict(v.seen) for rid, v in routine_plan.own_writes.items()} | {
            rid: k for rid, k in index.knowledge.items() if rid not in routine_plan.own_writes}
        index.generation = new_id()
        self.store.save_index(index)
        state.generation = index.generation
        state.cursors = cursors
        state.routines_signature = self._routine_signature(folder)
        state.history_fingerprint = history_fp
        state.routines_fingerprint = routines_fp
        state.last = LastSync(stamp_text(now), report.brought(),
                              [c.version.content["name"] for c in report.conflicts
                               if c.version.content is not None])
        self.store.save(state)
        return report

    @staticmethod
    def _routine_signature(folder: Path) -> str:
        """Sizes and times of every routine and device file in the folder (a stat each)."""
        parts: dict[str, str] = {}
        for _, d in device_dirs(folder):
            for entry in [*files_in(d / ROUTINES_DIR, ROUTINE_EXT), *files_in(d, ".json")]:
                st = entry.stat()
                parts[entry.path] = f"{st.st_size}:{st.st_mtime_ns}"
        return _fingerprint(parts)

    @staticmethod
    def _count(report: SyncReport, puts: Collection[Key], deletes: Collection[Key],
               before: Mapping[Key, str]) -> None:
        for kind, _ in deletes:
            report.removed[kind] += 1
        for key in puts:
            (report.changed if key in before else report.added)[key[0]] += 1

    @staticmethod
    def _count_routines(report: SyncReport, puts: Mapping[str, Mapping[str, Any]],
                        deletes: Collection[str], before: Mapping[str, LocalRoutine]) -> None:
        def name(rid: str, content: Mapping[str, Any]) -> str:
            value = content.get("name")
            return value if isinstance(value, str) else rid

        for rid, content in sorted(puts.items()):
            target = report.routines_changed if rid in before else report.routines_added
            target.append(name(rid, content))
        report.routines_removed = sorted(name(rid, before[rid].content or {}) for rid in deletes)
