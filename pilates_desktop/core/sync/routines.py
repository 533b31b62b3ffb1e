"""Routines in the sync folder: each computer's latest version of each routine, and the merge.

``FOLDER/devices/<device>/routines/<routine id>.json`` holds what that computer has as the
routine: the routine file's own JSON (or ``null`` once deleted), when the edit it holds was
made (``at``) and on which computer (``by``), and ``seen``: for each computer, the newest edit
of it that this version was made with knowledge of (a version vector).

The latest edit wins (``(at, by)``, then the content's digest, so every computer picks the
same). A version the winner was not made with knowledge of, and that no other version knows
either, is a concurrent edit: it is kept as a routine of its own named "… (conflict from
<computer>)" and the person is told. A computer that has taken the winner writes it back into
its own file with everything it has seen, so the conflict is settled once, not at every sync.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from pilates_desktop.core.errors import Phrase
from pilates_desktop.core.sync.errors import (
    A_TIME,
    A_UUID,
    AN_ID,
    AN_OBJECT,
    BAD_VALUE,
    MISSING,
    UNKNOWN,
    WRONG_FORMAT,
    SyncError,
)
from pilates_desktop.core.sync.files import SMALL, JsonProblem, dumps_line, loads_strict
from pilates_desktop.core.sync.records import (
    FORMAT_VERSION,
    digest,
    is_hex_id,
    is_stamp_text,
    newer_phrase,
)

ROUTINE_FORMAT = "pilates-desktop/sync-routine"
_FIELDS = {"format", "version", "id", "at", "by", "seen", "routine"}
_ROUTINE_ID = re.compile(r"[A-Za-z0-9_][A-Za-z0-9._-]{0,199}")
MAX_NAME = 120


def is_routine_id(value: object) -> bool:
    return isinstance(value, str) and _ROUTINE_ID.fullmatch(value) is not None


@dataclass(frozen=True, slots=True)
class RoutineVersion:
    id: str
    at: str
    by: str
    seen: Mapping[str, str]
    content: Mapping[str, Any] | None  # None: deleted
    digest: str | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if self.digest is None and self.content is not None:
            object.__setattr__(self, "digest", digest(self.content))

    @property
    def order(self) -> tuple[str, str, str]:
        return (self.at, self.by, self.digest or "")

    def full(self) -> dict[str, str]:
        """What this version knows of: ``seen`` and the edit it holds."""
        out = dict(self.seen)
        if out.get(self.by, "") < self.at:
            out[self.by] = self.at
        return out

    @property
    def edit(self) -> tuple[str, str]:
        """Which edit this version holds: the same edit may be held (and published) by
        several computers."""
        return (self.at, self.by)

    def knows(self, other: RoutineVersion) -> bool:
        """Whether this version was made with knowledge of ``other`` (another edit)."""
        return self.edit != other.edit and self.full().get(other.by, "") >= other.at

    def to_bytes(self) -> bytes:
        return dumps_line({
            "format": ROUTINE_FORMAT, "version": FORMAT_VERSION, "id": self.id, "at": self.at,
            "by": self.by, "seen": dict(sorted(self.seen.items())),
            "routine": self.content})


def _bad(key: str, expected: str, value: object) -> Phrase:
    shown = repr(value) if len(repr(value)) <= 60 else repr(value)[:57] + "..."
    return Phrase(BAD_VALUE, key=key, expected=Phrase(expected), value=shown)


def decode_version(raw: bytes, where: str) -> RoutineVersion:
    """Strictly decode one routine version file; raises SyncError naming ``where``."""
    try:
        data = loads_strict(raw, SMALL)
    except JsonProblem as exc:
        raise SyncError(where, exc.phrase) from None
    if not isinstance(data, dict):
        raise SyncError(where, _bad("$", AN_OBJECT, data))
    if data.get("format") != ROUTINE_FORMAT:
        raise SyncError(where, Phrase(WRONG_FORMAT, expected=repr(ROUTINE_FORMAT)))
    version = data.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise SyncError(where, newer_phrase(version))
    for key in sorted(_FIELDS - data.keys()):
        raise SyncError(where, Phrase(MISSING, key=repr(key)))
    for key in sorted(data.keys() - _FIELDS):
        raise SyncError(where, Phrase(UNKNOWN, key=repr(key)))
    if version != FORMAT_VERSION or isinstance(version, bool):
        raise SyncError(where, Phrase(BAD_VALUE, key="version", expected="1", value=repr(version)))
    if not is_routine_id(data["id"]):
        raise SyncError(where, _bad("id", AN_ID, data["id"]))
    if not is_stamp_text(data["at"]):
        raise SyncError(where, _bad("at", A_TIME, data["at"]))
    if not is_hex_id(data["by"]):
        raise SyncError(where, _bad("by", A_UUID, data["by"]))
    seen = data["seen"]
    if not isinstance(seen, dict):
        raise SyncError(where, _bad("seen", AN_OBJECT, seen))
    for device, at in seen.items():
        if not is_hex_id(device):
            raise SyncError(where, _bad("seen", A_UUID, device))
        if not is_stamp_text(at):
            raise SyncError(where, _bad(f"seen.{device}", A_TIME, at))
    content = data["routine"]
    if content is not None and not isinstance(content, dict):
        raise SyncError(where, _bad("routine", AN_OBJECT, content))
    return RoutineVersion(data["id"], data["at"], data["by"], seen, content)


@dataclass(frozen=True, slots=True)
class ConflictCopy:
    """A concurrent edit kept as a routine of its own."""

    original: str  # the routine's id
    original_name: str
    device: str  # the computer the losing edit was made on
    version: RoutineVersion  # the copy, as it is published


@dataclass(slots=True)
class Merged:
    winners: dict[str, RoutineVersion]  # by routine id; content None when deleted
    knowledge: dict[str, dict[str, str]]  # by routine id: every edit seen, per computer
    copies: list[ConflictCopy]


def _union(vectors: Iterable[Mapping[str, str]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for vector in vectors:
        for device, at in vector.items():
            if out.get(device, "") < at:
                out[device] = at
    return out


def _same_edits_joined(versions: Iterable[RoutineVersion]) -> list[RoutineVersion]:
    """One version per (edit, content), knowing what every copy of it knows."""
    joined: dict[tuple[str, str, str], RoutineVersion] = {}
    for v in versions:
        old = joined.get(v.order)
        if old is None:
            joined[v.order] = v
        elif old.seen != v.seen:
            joined[v.order] = RoutineVersion(v.id, v.at, v.by, _union((old.seen, v.seen)),
                                             v.content, v.digest)
    return sorted(joined.values(), key=lambda v: v.order)


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "computer"


def _name_of(content: Mapping[str, Any], fallback: str) -> str:
    name = content.get("name")
    return name if isinstance(name, str) and name.strip() else fallback


def _without_name(content: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in content.items() if k != "name"}


def merge(candidates: Iterable[RoutineVersion], device_names: Mapping[str, str],
          copy_name: Callable[[str, str], str]) -> Merged:
    """Merge every version in the folder. ``copy_name(name, computer)`` names a conflict copy
    ("Morning (conflict from Laptop)"); copies get ids that do not depend on that wording, so
    computers in different languages still agree on them."""
    by_id: dict[str, list[RoutineVersion]] = {}
    for version in candidates:
        by_id.setdefault(version.id, []).append(version)
    winners: dict[str, RoutineVersion] = {}
    knowledge: dict[str, dict[str, str]] = {}
    losers: list[tuple[str, RoutineVersion]] = []
    for rid, versions in by_id.items():
        unique = _same_edits_joined(versions)
        # Only an edit that no other version was made with knowledge of can win or lose;
        # the rest were seen and taken into account already.
        latest = [v for v in unique if not any(u.knows(v) for u in unique)] or unique
        winner = max(latest, key=lambda v: v.order)
        winners[rid] = winner
        knowledge[rid] = _union(v.full() for v in unique)
        for v in latest:
            if v.content is None or v.digest == winner.digest or v.edit == winner.edit:
                continue
            losers.append((rid, v))
    copies: list[ConflictCopy] = []
    for rid, loser in sorted(losers, key=lambda p: (p[0], p[1].order)):
        assert loser.content is not None
        device = device_names.get(loser.by) or loser.by[:8]
        base = f"{rid}-conflict-{slug(device)}"[:200]
        original_name = _name_of(loser.content, rid)
        content = dict(loser.content)
        content["name"] = copy_name(original_name, device)[:MAX_NAME]
        copy_id, n = base, 1
        while copy_id in winners:
            existing = winners[copy_id].content
            if existing is not None and _without_name(existing) == _without_name(content):
                break  # this copy is there already (made by another computer)
            n += 1
            copy_id = f"{base}-{n}"
        if copy_id in winners:
            version = winners[copy_id]
        else:
            version = RoutineVersion(copy_id, loser.at, loser.by, {}, content)
            winners[copy_id] = version
            knowledge[copy_id] = version.full()
        copies.append(ConflictCopy(rid, original_name, device, version))
    return Merged(winners, knowledge, copies)
