"""Versioned JSON routine files: strict decoding, errors that name file, JSON path and reason.

The format is public (docs/routine-format.md). Nothing in a file is ever executed; a file is
size-limited, depth-limited, and every field is checked before anything is written.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from pilates_desktop.core import jsonfile
from pilates_desktop.core.care.prescription import MAX_TEXT, MAX_WEEKS, Prescription
from pilates_desktop.core.errors import QT_TRANSLATE_NOOP, Phrase
from pilates_desktop.core.library import MUST_BE_WHOLE_NUMBER, Library, _json_type, _Reader
from pilates_desktop.core.routines.naming import slugify
from pilates_desktop.core.routines.routine import Item, ItemForm, ItemSides, Routine
from pilates_desktop.core.routines.validation import MAX_ITEMS, MAX_NAME, OVERRIDE_RANGES

FORMAT = "pilates-desktop/routine"
VERSION = 1
MAX_BYTES = jsonfile.ROUTINE.max_bytes
MAX_DEPTH = jsonfile.ROUTINE.max_depth

_TOP_FIELDS = {"format", "version", "name", "description", "items", "prescription"}
_ITEM_FIELDS = {"exercise", *OVERRIDE_RANGES, "sides", "form"}
_PRESCRIPTION_FIELDS = {"prescribed_by", "days_per_week", "weeks", "notes", "start"}

# Reasons a routine file is refused, marked for translation (see errors.py); the reader's
# shared ones (types, ranges, fields) are in library.py, the JSON ones in jsonfile.py.
_MUST_BE_FORMAT = QT_TRANSLATE_NOOP("FormatError", "must be {expected}, got {value}")
_OLD_APP = QT_TRANSLATE_NOOP(
    "FormatError",
    "version {version} is not supported (this app reads {supported}); "
    "this file needs a newer Pilates Desktop")
_UNSUPPORTED = QT_TRANSLATE_NOOP("FormatError",
                                 "version {version} is not supported (this app reads {supported})")
_TOO_LONG = QT_TRANSLATE_NOOP("FormatError", "must be at most {limit} characters, got {length}")
_UNKNOWN_EXERCISE = QT_TRANSLATE_NOOP("FormatError", "unknown exercise {exercise}")
_UNKNOWN_EXERCISE_NEAR = QT_TRANSLATE_NOOP("FormatError",
                                           "unknown exercise {exercise}; did you mean {near}?")
_NO_FORM = QT_TRANSLATE_NOOP("FormatError", "exercise {exercise} has no {form} form")
_NOT_A_DATE = QT_TRANSLATE_NOOP("FormatError", "must be a date as YYYY-MM-DD, got {value}")


def decode_routine(
    source: str, raw: bytes | str, library: Library, *, routine_id: str | None = None
) -> Routine:
    """Decode a routine file, or raise FormatError naming ``source``, the JSON path and why."""
    data = jsonfile.loads(raw, source, jsonfile.ROUTINE)
    return decode_routine_data(source, data, library, routine_id=routine_id)


def decode_routine_data(
    source: str, data: Any, library: Library, *, routine_id: str | None = None
) -> Routine:
    r = _Reader(source, data)
    d = r.obj(_TOP_FIELDS, {"format", "version", "name", "items"})
    fmt = r.child("format").str_()
    if fmt != FORMAT:
        raise r.fail(Phrase(_MUST_BE_FORMAT, expected=repr(FORMAT), value=repr(fmt)), "$.format")
    version = d["version"]
    if isinstance(version, bool) or not isinstance(version, int):
        raise r.fail(Phrase(MUST_BE_WHOLE_NUMBER, got=_json_type(version)), "$.version")
    if version != VERSION:
        template = _OLD_APP if version > VERSION else _UNSUPPORTED
        raise r.fail(Phrase(template, version=str(version), supported=str(VERSION)),
                     "$.version")
    name = r.child("name").str_().strip()
    if len(name) > MAX_NAME:
        raise r.fail(Phrase(_TOO_LONG, limit=str(MAX_NAME), length=str(len(name))), "$.name")
    description = ""
    if "description" in d:
        description = r.child("description").str_(nonempty=False)
    items = tuple(_decode_item(it, library) for it in r.child("items").list_(MAX_ITEMS))
    prescription = None
    if "prescription" in d:
        prescription = _decode_prescription(r.child("prescription"))
    return Routine(
        id=routine_id or slugify(name),
        name=name,
        items=items,
        description=description,
        prescription=prescription,
    )


def _text(r: _Reader, limit: int) -> str:
    text = r.str_(nonempty=False).strip()
    if len(text) > limit:
        raise r.fail(Phrase(_TOO_LONG, limit=str(limit), length=str(len(text))))
    return text


def _decode_prescription(r: _Reader) -> Prescription:
    d = r.obj(_PRESCRIPTION_FIELDS, {"days_per_week", "weeks"})
    start = None
    if "start" in d:
        raw = r.child("start").str_()
        try:
            start = date.fromisoformat(raw) if len(raw) == 10 else None
        except ValueError:
            start = None
        if start is None:
            raise r.fail(Phrase(_NOT_A_DATE, value=repr(raw)), f"{r.path}.start")
    return Prescription(
        days_per_week=r.child("days_per_week").int_(1, 7),
        weeks=r.child("weeks").int_(1, MAX_WEEKS),
        prescribed_by=_text(r.child("prescribed_by"), MAX_NAME) if "prescribed_by" in d else "",
        notes=_text(r.child("notes"), MAX_TEXT) if "notes" in d else "",
        start=start,
    )


def _encode_prescription(p: Prescription) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if p.prescribed_by:
        out["prescribed_by"] = p.prescribed_by
    out |= {"days_per_week": p.days_per_week, "weeks": p.weeks}
    if p.notes:
        out["notes"] = p.notes
    if p.start is not None:
        out["start"] = p.start.isoformat()
    return out


def _decode_item(r: _Reader, library: Library) -> Item:
    d = r.obj(_ITEM_FIELDS, {"exercise"})
    ex_id = r.child("exercise").str_()
    if ex_id not in library:
        near = library.suggest(ex_id)
        reason = (Phrase(_UNKNOWN_EXERCISE_NEAR, exercise=repr(ex_id),
                         near=", ".join(repr(n) for n in near))
                  if near else Phrase(_UNKNOWN_EXERCISE, exercise=repr(ex_id)))
        raise r.fail(reason, f"{r.path}.exercise")
    values: dict[str, Any] = {}
    for name, (lo, hi) in OVERRIDE_RANGES.items():
        if name in d:
            values[name] = r.child(name).int_(lo, hi)
    if "sides" in d:
        values["sides"] = r.child("sides").enum(ItemSides)
    if "form" in d:
        form = r.child("form").enum(ItemForm)
        adjustment = getattr(library[ex_id], form.value)
        if adjustment is None or not adjustment.is_form_change:
            raise r.fail(Phrase(_NO_FORM, exercise=repr(ex_id), form=form.value),
                         f"{r.path}.form")
        values["form"] = form
    return Item(exercise=ex_id, **values)


def encode_routine(routine: Routine) -> str:
    """The file text for a routine. decode(encode(r)) gives r back (id aside)."""
    data: dict[str, Any] = {"format": FORMAT, "version": VERSION, "name": routine.name}
    if routine.description:
        data["description"] = routine.description
    if routine.prescription is not None:
        data["prescription"] = _encode_prescription(routine.prescription)
    data["items"] = [{"exercise": it.exercise, **it.overrides()} for it in routine.items]
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
