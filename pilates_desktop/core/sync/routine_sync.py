"""The routine half of a sync: publish this computer's edits, merge, and plan what to write.

Nothing is written here: :func:`plan` reads the folder and returns what the local routines
must become and which of this computer's own files must be written, so the caller can check
everything before it writes anything.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple

from pilates_desktop.core import jsonfile
from pilates_desktop.core.errors import FormatError, Phrase
from pilates_desktop.core.sync.errors import CANNOT_READ, SyncError
from pilates_desktop.core.sync.files import (
    ROUTINE_EXT,
    ROUTINES_DIR,
    SMALL,
    device_dirs,
    files_in,
    rel,
)
from pilates_desktop.core.sync.records import digest, stamp_text
from pilates_desktop.core.sync.routines import (
    ConflictCopy,
    RoutineVersion,
    decode_version,
    is_routine_id,
    merge,
)


class LocalRoutine(NamedTuple):
    """A user routine as this computer has it: the routine file's JSON, and when it was last
    changed (the file's time; None: now). ``content`` is None for a file that cannot be read:
    the sync then leaves that routine alone both ways, so a damaged file is neither sent as a
    deletion nor written over."""

    content: Mapping[str, Any] | None
    edited_at: datetime | None = None


@dataclass(slots=True)
class RoutinePlan:
    puts: dict[str, Mapping[str, Any]] = field(default_factory=dict)  # local routines to write
    deletes: set[str] = field(default_factory=set)  # local routines to delete
    own_writes: dict[str, RoutineVersion] = field(default_factory=dict)  # own folder files
    copies: list[ConflictCopy] = field(default_factory=list)  # new to this computer
    sources: dict[str, str] = field(default_factory=dict)  # routine id -> file it came from
    published: int = 0  # edits made here that go out


def read_folder(folder: Path, me: str) -> tuple[dict[str, RoutineVersion],
                                                 list[tuple[RoutineVersion, str]]]:
    """This computer's own versions (by routine id) and everyone else's (with their file)."""
    own: dict[str, RoutineVersion] = {}
    others: list[tuple[RoutineVersion, str]] = []
    for device, path in device_dirs(folder):
        for entry in files_in(path / ROUTINES_DIR, ROUTINE_EXT):
            where = rel(folder, Path(entry.path))
            try:
                raw = jsonfile.read_bytes(Path(entry.path), SMALL, where)
            except FormatError as exc:
                raise SyncError(where, exc.phrase) from None
            except OSError as exc:
                raise SyncError(where, Phrase(CANNOT_READ, error=exc.strerror or str(exc))) from exc
            version = decode_version(raw, where)
            if device == me and entry.name == f"{version.id}{ROUTINE_EXT}":
                own[version.id] = version
            else:
                others.append((version, where))
    return own, others


def plan(folder: Path, me: str, local: Mapping[str, LocalRoutine], now: datetime,
         device_names: Mapping[str, str], copy_name: Callable[[str, str], str],
         knowledge: Mapping[str, Mapping[str, str]]) -> RoutinePlan:
    """What the routines on this computer and in its own folder must become.

    ``knowledge`` is what each routine's versions had seen at the last sync here: an edit made
    since then was made with knowledge of exactly that.
    """
    own, others = read_folder(folder, me)
    result = RoutinePlan()
    for version, where in others:
        result.sources.setdefault(version.id, where)
    # What the folder says without this computer's new edits: a local routine that equals it
    # was taken from there (its own file not written yet), not edited here.
    before = merge([v for v, _ in others] + list(own.values()), device_names, copy_name)
    mine = dict(own)
    now_text = stamp_text(now)
    local_digests = {rid: digest(r.content) for rid, r in local.items()
                     if is_routine_id(rid) and r.content is not None}
    untouchable = {rid for rid, r in local.items() if r.content is None}

    def known(rid: str) -> dict[str, str]:
        vector = dict(knowledge.get(rid, {}))
        if rid in own:
            for device, at in own[rid].full().items():
                if vector.get(device, "") < at:
                    vector[device] = at
        return vector

    for rid, d in local_digests.items():
        if (rid in own and own[rid].digest == d) or (
                rid in before.winners and before.winners[rid].digest == d):
            continue
        edited = local[rid].edited_at
        content = local[rid].content
        assert content is not None
        mine[rid] = RoutineVersion(rid, stamp_text(edited) if edited else now_text, me,
                                   known(rid), content)
        result.published += 1
    for rid, version in own.items():
        if version.content is not None and rid not in local_digests and rid not in untouchable:
            mine[rid] = RoutineVersion(rid, now_text, me, known(rid), None)
            result.published += 1
    merged = merge([v for v, _ in others] + list(mine.values()), device_names, copy_name)
    after = {rid: w.content for rid, w in merged.winners.items() if w.content is not None}
    result.puts = {rid: c for rid, c in after.items()
                   if digest(c) != local_digests.get(rid) and rid not in untouchable}
    result.deletes = {rid for rid in local_digests if rid not in after}
    for rid, winner in merged.winners.items():
        if rid in untouchable:
            continue  # its own file stays as it was until the local file can be read
        wanted = RoutineVersion(rid, winner.at, winner.by, merged.knowledge[rid], winner.content,
                                winner.digest)
        if rid not in own or own[rid].to_bytes() != wanted.to_bytes():
            result.own_writes[rid] = wanted
    result.copies = [c for c in merged.copies if c.version.id not in local_digests]
    return result
