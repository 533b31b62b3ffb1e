"""One journal record: an event in the history, as one JSON line with its format version.

``{"v": 1, "ev": "<record id>", "at": "2024-05-01T09:30:00.000000Z", "dev": "<device id>",
"kind": "session", "id": "<session id>", "op": "put", "data": {...}}`` records a session (in
the history export's session shape, so the history importer can take it as it is); ``"op":
"del"`` without ``data`` is a tombstone for a deletion. A check-in has the same envelope
with ``"kind": "checkin"`` and its day as the id.

Which record counts is decided by its stamp alone: ``(at, dev, ev)``, the latest wins. That
order is total and the same on every computer, so merging is a pure function of the set of
records, whatever order they arrive in and however often each one does.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from pilates_desktop.core.errors import Phrase
from pilates_desktop.core.sync.errors import (
    A_TIME,
    A_UUID,
    AN_ID,
    AN_OBJECT,
    BAD_VALUE,
    MISSING,
    NEWER_FORMAT,
    PUT_OR_DEL,
    UNKNOWN,
    UNKNOWN_KIND,
)
from pilates_desktop.core.sync.files import JsonProblem, dumps_line, loads_strict

FORMAT_VERSION = 1
SESSION = "session"
CHECKIN = "checkin"
# Pain per exercise travels inside its session (the export's version-2 items); a check-in is
# one a day, keyed by its local date.
KINDS = (SESSION, CHECKIN)

Key = tuple[str, str]  # (kind, id)
Stamp = tuple[str, str, str]  # (at, device, record id): later is greater

_HEX_ID = re.compile(r"[0-9a-f]{8,64}")
_AT = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z")
_FIELDS = {"v", "ev", "at", "dev", "kind", "id", "op"}


@dataclass(frozen=True, slots=True)
class Record:
    kind: str
    id: str
    at: str
    device: str
    event: str
    data: Mapping[str, Any] | None  # None: the thing was deleted (a tombstone)
    digest: str | None = field(default=None, compare=False)  # of data; computed once

    def __post_init__(self) -> None:
        if self.digest is None and self.data is not None:
            object.__setattr__(self, "digest", digest(self.data))

    @property
    def key(self) -> Key:
        return (self.kind, self.id)

    @property
    def stamp(self) -> Stamp:
        return (self.at, self.device, self.event)


def digest(data: Mapping[str, Any]) -> str:
    """A short hash of a payload's content (keys sorted, so equal content, equal digest)."""
    return hashlib.blake2b(dumps_line(data), digest_size=12).hexdigest()


def stamp_text(moment: datetime) -> str:
    """A moment as the sortable UTC text records carry (microseconds, ``Z``)."""
    if moment.tzinfo is None:
        raise ValueError("a record's time must carry its time zone")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def is_stamp_text(value: object) -> bool:
    return isinstance(value, str) and _AT.fullmatch(value) is not None


def is_hex_id(value: object) -> bool:
    return isinstance(value, str) and _HEX_ID.fullmatch(value) is not None


def encode(record: Record) -> bytes:
    line: dict[str, Any] = {
        "v": FORMAT_VERSION, "ev": record.event, "at": record.at, "dev": record.device,
        "kind": record.kind, "id": record.id, "op": "del" if record.data is None else "put",
    }
    if record.data is not None:
        line["data"] = record.data
    return dumps_line(line)


class RecordProblem(ValueError):
    """Why one line is not a record; ``newer`` is set when a newer app wrote it."""

    def __init__(self, phrase: Phrase, newer: int | None = None) -> None:
        super().__init__(str(phrase))
        self.phrase = phrase
        self.newer = newer


def newer_phrase(version: int) -> Phrase:
    return Phrase(NEWER_FORMAT, version=str(version), supported=str(FORMAT_VERSION))


def _bad(key: str, expected: str | Phrase, value: object) -> RecordProblem:
    shown = repr(value) if len(repr(value)) <= 60 else repr(value)[:57] + "..."
    return RecordProblem(Phrase(BAD_VALUE, key=key, expected=expected, value=shown))


def decode(raw: bytes, kinds: Collection[str] = KINDS) -> Record:
    """Strictly decode one line (without its newline); raises RecordProblem."""
    try:
        line = loads_strict(raw)
    except JsonProblem as exc:
        raise RecordProblem(exc.phrase) from None
    if not isinstance(line, dict):
        raise _bad("$", Phrase(AN_OBJECT), line)
    version = line.get("v")
    # The version is looked at first: a newer app may have changed everything else.
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise RecordProblem(newer_phrase(version), newer=version)
    for key in sorted(_FIELDS - line.keys()):
        raise RecordProblem(Phrase(MISSING, key=repr(key)))
    op = line["op"]
    allowed = _FIELDS | {"data"} if op == "put" else _FIELDS
    for key in sorted(line.keys() - allowed):
        raise RecordProblem(Phrase(UNKNOWN, key=repr(key)))
    if version != FORMAT_VERSION or isinstance(version, bool):
        raise _bad("v", "1", version)
    for key in ("ev", "dev"):
        if not is_hex_id(line[key]):
            raise _bad(key, Phrase(A_UUID), line[key])
    if not is_stamp_text(line["at"]):
        raise _bad("at", Phrase(A_TIME), line["at"])
    kind = line["kind"]
    if kind not in kinds:
        raise RecordProblem(Phrase(UNKNOWN_KIND, kind=repr(kind)))
    ident = line["id"]
    if not isinstance(ident, str) or not 0 < len(ident) <= 200:
        raise _bad("id", Phrase(AN_ID), ident)
    if op not in ("put", "del"):
        raise _bad("op", Phrase(PUT_OR_DEL), op)
    data = line.get("data") if op == "put" else None
    if op == "put":
        if "data" not in line:
            raise RecordProblem(Phrase(MISSING, key=repr("data")))
        if not isinstance(data, dict):
            raise _bad("data", Phrase(AN_OBJECT), data)
    return Record(kind=kind, id=ident, at=line["at"], device=line["dev"], event=line["ev"],
                  data=data)
