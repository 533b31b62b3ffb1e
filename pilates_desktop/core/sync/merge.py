"""Merging history records: the latest record of each thing wins, by its stamp alone.

The merged history is a function of the *set* of records: for each key (kind, id) the record
with the greatest stamp ``(at, device, record id)`` decides whether the thing exists and what
it holds. Folding records in any order, any number of times, gives the same result, so
syncing twice is syncing once, and two computers that have read the same records agree.

A session is only ever gone when a tombstone newer than every version of it says so: a
session recorded on one computer is never lost to a session recorded on another (they have
different ids), and an edit made after a deletion brings the session back rather than lose it.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass

from pilates_desktop.core.sync.records import SESSION, Key, Record, Stamp


@dataclass(frozen=True, slots=True)
class Winner:
    """What the latest record of one thing said: its stamp, and its content's digest (None
    when it was a tombstone)."""

    stamp: Stamp
    digest: str | None

    def to_text(self) -> str:
        """One space-separated line (stamps and digests hold no spaces): the index keeps
        thousands of these, and splitting a string is the cheapest way to read them back."""
        return " ".join((*self.stamp, self.digest or "-"))

    @classmethod
    def from_text(cls, text: object) -> Winner | None:
        parts = text.split(" ") if isinstance(text, str) else ()
        if len(parts) != 4:
            return None
        return cls((parts[0], parts[1], parts[2]), None if parts[3] == "-" else parts[3])


def fold(winners: dict[Key, Winner], records: Iterable[Record]) -> dict[Key, Record]:
    """Fold ``records`` into ``winners`` (in place); returns, per key whose winner changed,
    the record that now wins (whose content the caller may need to apply)."""
    changed: dict[Key, Record] = {}
    for record in records:
        key = record.key
        old = winners.get(key)
        if old is not None and old.stamp >= record.stamp:
            continue
        winners[key] = Winner(record.stamp, record.digest)
        changed[key] = record
    return changed


def note_origins(origins: dict[str, tuple[str, str]], records: Iterable[Record]) -> None:
    """Which computer each session was recorded on: the one whose record of it is the
    earliest (an edit made elsewhere later does not move it). Like the merge, this depends
    only on the set of records."""
    for record in records:
        if record.kind == SESSION and record.data is not None:
            first = (record.at, record.device)
            old = origins.get(record.id)
            if old is None or first < old:
                origins[record.id] = first


@dataclass(frozen=True, slots=True)
class Changes:
    """What this computer's history must do to match the merged history."""

    puts: dict[Key, Record]  # add or replace with the record's data
    deletes: set[Key]

    def __bool__(self) -> bool:
        return bool(self.puts or self.deletes)


def local_changes(changed: Mapping[Key, Record], present: Collection[Key],
                  contents: Mapping[Key, str]) -> Changes:
    """The changes that bring this computer's history to the winners in ``changed`` (keys
    whose winner did not change are in agreement already). ``present`` is every key the
    history has; ``contents`` the content digest of those of them that ``changed`` names."""
    puts: dict[Key, Record] = {}
    deletes: set[Key] = set()
    for key, record in changed.items():
        if record.data is None:
            if key in present:
                deletes.add(key)
        elif key not in present or contents.get(key) != record.digest:
            puts[key] = record
    return Changes(puts, deletes)


def outbound(local: Mapping[Key, str], synced: Mapping[Key, str]) -> tuple[list[Key], list[Key]]:
    """What changed here since the last sync: keys new or different (to put), and keys that
    were there and are gone (to delete). ``local`` and ``synced`` are the history's own
    version marks, now and right after the last sync."""
    puts = sorted(k for k, d in local.items() if synced.get(k) != d)
    gone = sorted(k for k in synced if k not in local)
    return puts, gone
