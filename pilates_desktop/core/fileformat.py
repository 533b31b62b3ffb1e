"""Versioned JSON routine files: strict decoding, errors that name file, JSON path and reason.

The format is public (docs/routine-format.md). Nothing in a file is ever executed; a file is
size-limited, depth-limited, and every field is checked before anything is written.
"""

from __future__ import annotations

import json
import re
from typing import Any

from pilates_desktop.core.errors import FormatError
from pilates_desktop.core.library import Library, _json_type, _Reader
from pilates_desktop.core.routine import OVERRIDE_RANGES, Item, ItemSides, Routine

FORMAT = "pilates-desktop/routine"
VERSION = 1
MAX_BYTES = 1024 * 1024
MAX_DEPTH = 8
MAX_ITEMS = 1000
MAX_NAME = 120

_TOP_FIELDS = {"format", "version", "name", "description", "items"}
_ITEM_FIELDS = {"exercise", *OVERRIDE_RANGES, "sides"}


def decode_routine(
    source: str, raw: bytes | str, library: Library, *, routine_id: str | None = None
) -> Routine:
    """Decode a routine file, or raise FormatError naming ``source``, the JSON path and why."""
    if isinstance(raw, str):
        raw = raw.encode("utf-8")
    if len(raw) > MAX_BYTES:
        raise FormatError(source, "$", f"file is {len(raw):,} bytes; the limit is 1 MiB")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FormatError(source, "$", f"not UTF-8 text (byte {exc.start})") from None
    depth = _max_depth(text)
    if depth > MAX_DEPTH:
        raise FormatError(source, "$", f"nested {depth} levels deep; the limit is {MAX_DEPTH}")
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise FormatError(
            source, "$", f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
        ) from None
    except ValueError as exc:
        raise FormatError(source, "$", str(exc)) from None
    return decode_routine_data(source, data, library, routine_id=routine_id)


def decode_routine_data(
    source: str, data: Any, library: Library, *, routine_id: str | None = None
) -> Routine:
    r = _Reader(source, data)
    d = r.obj(_TOP_FIELDS, {"format", "version", "name", "items"})
    fmt = r.child("format").str_()
    if fmt != FORMAT:
        raise r.fail(f"must be {FORMAT!r}, got {fmt!r}", "$.format")
    version = d["version"]
    if isinstance(version, bool) or not isinstance(version, int):
        raise r.fail(f"must be a whole number, got {_json_type(version)}", "$.version")
    if version != VERSION:
        hint = "; this file needs a newer Pilates Desktop" if version > VERSION else ""
        raise r.fail(f"version {version} is not supported (this app reads {VERSION}){hint}",
                     "$.version")
    name = r.child("name").str_().strip()
    if len(name) > MAX_NAME:
        raise r.fail(f"must be at most {MAX_NAME} characters, got {len(name)}", "$.name")
    description = ""
    if "description" in d:
        description = r.child("description").str_(nonempty=False)
    items = tuple(_decode_item(it, library) for it in r.child("items").list_(MAX_ITEMS))
    return Routine(
        id=routine_id or slugify(name),
        name=name,
        items=items,
        description=description,
    )


def _decode_item(r: _Reader, library: Library) -> Item:
    d = r.obj(_ITEM_FIELDS, {"exercise"})
    ex_id = r.child("exercise").str_()
    if ex_id not in library:
        near = library.suggest(ex_id)
        hint = f"; did you mean {', '.join(repr(n) for n in near)}?" if near else ""
        raise r.fail(f"unknown exercise {ex_id!r}{hint}", f"{r.path}.exercise")
    values: dict[str, Any] = {}
    for name, (lo, hi) in OVERRIDE_RANGES.items():
        if name in d:
            values[name] = r.child(name).int_(lo, hi)
    if "sides" in d:
        values["sides"] = r.child("sides").enum(ItemSides)
    return Item(exercise=ex_id, **values)


def encode_routine(routine: Routine) -> str:
    """The file text for a routine. decode(encode(r)) gives r back (id aside)."""
    data: dict[str, Any] = {"format": FORMAT, "version": VERSION, "name": routine.name}
    if routine.description:
        data["description"] = routine.description
    data["items"] = [{"exercise": it.exercise, **it.overrides()} for it in routine.items]
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def slugify(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return slug or "routine"


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise ValueError(f"duplicate key {key!r}")
        out[key] = value
    return out


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed in a routine file")


def _max_depth(text: str) -> int:
    """Nesting depth of JSON text, found without parsing so that deep input cannot recurse."""
    depth = best = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > best:
                best = depth
                if best > MAX_DEPTH:
                    return best
        elif ch in "]}":
            depth -= 1
    return best
