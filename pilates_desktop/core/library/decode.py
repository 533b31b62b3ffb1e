"""Strict decoding of one exercise file: a content mistake stops the app's tests, not a
user's session."""

from __future__ import annotations

import re
from typing import Any

from pilates_desktop.core.library.model import (
    DOSE_DELTA_FIELDS,
    PRACTICE_SOURCE,
    Adjustment,
    Contraindication,
    Difficulty,
    Dosage,
    DosageKind,
    DoseDelta,
    Equipment,
    Exercise,
    Focus,
    Position,
    Range,
    Sides,
    SideUnit,
    Step,
    Variant,
    VariantKind,
)
from pilates_desktop.core.library.reader import _Reader

_EXERCISE_FIELDS = {
    "id", "name", "summary", "focus", "position", "difficulty", "equipment", "sources",
    "steps", "dosage", "sides", "contraindications", "cautions", "variants", "gentle", "tags",
    "easier", "harder",
}
_EXERCISE_REQUIRED = _EXERCISE_FIELDS - {"variants", "gentle", "tags", "equipment"}
_SOURCE_NAME = re.compile(r"^\d{3}_[0-9a-f]{16}\.txt$")
_DOSAGE_FIELDS = {
    "kind", "reps", "sets", "rest_between_sets_s", "hold_s", "hold_breaths", "pumps",
    "pumps_per_phase", "breath_led", "rest_after_s", "exhale_first", "per",
}


def decode_exercise(source: str, data: Any) -> Exercise:
    r = _Reader(source, data)
    d = r.obj(_EXERCISE_FIELDS, _EXERCISE_REQUIRED)
    ex_id = r.child("id").str_()
    if not _is_kebab(ex_id):
        raise r.fail(f"must be kebab-case, got {ex_id!r}", "$.id")
    steps = tuple(_decode_step(s) for s in r.child("steps").list_())
    if not steps:
        raise r.fail("must have at least one step", "$.steps")
    mains = [i for i, s in enumerate(steps) if s.main]
    if len(mains) > 1:
        raise r.fail("only one step can be the main one", f"$.steps[{mains[1]}].main")
    main = mains[0] if mains else len(steps) // 2
    for i, step in enumerate(steps):
        if step.closing and i <= main:
            raise r.fail("a closing step must come after the main step", f"$.steps[{i}].closing")
    dosage = _decode_dosage(r.child("dosage"))
    adjust = {
        name: _decode_adjustment(r.child(name), ex_id, dosage, sign)
        if d.get(name) is not None else None
        for name, sign in (("easier", -1), ("harder", 1))
    }
    return Exercise(
        id=ex_id,
        name=r.child("name").str_(),
        summary=r.child("summary").str_(),
        focus=tuple(f.enum(Focus) for f in r.child("focus").list_()),
        position=r.child("position").enum(Position),
        difficulty=r.child("difficulty").enum(Difficulty),
        equipment=tuple(e.enum(Equipment) for e in r.child("equipment").list_())
        if "equipment" in d
        else (),
        sources=tuple(s.str_() for s in r.child("sources").list_()),
        steps=steps,
        dosage=dosage,
        sides=r.child("sides").enum(Sides),
        contraindications=tuple(
            c.enum(Contraindication) for c in r.child("contraindications").list_()
        ),
        cautions=tuple(c.str_() for c in r.child("cautions").list_()),
        variants=tuple(_decode_variant(v) for v in r.child("variants").list_())
        if "variants" in d
        else (),
        gentle=r.child("gentle").bool_() if "gentle" in d else False,
        tags=tuple(t.str_() for t in r.child("tags").list_()) if "tags" in d else (),
        easier=adjust["easier"],
        harder=adjust["harder"],
    )


def _decode_adjustment(r: _Reader, ex_id: str, dosage: Dosage, sign: int) -> Adjustment:
    """``sign`` is -1 for ``easier`` (a dose may only go down) and +1 for ``harder``."""
    d = r.obj({"text", "source", "exercise", "dose", "equipment"}, {"text", "source"})
    source = r.child("source").str_()
    if source != PRACTICE_SOURCE and not _SOURCE_NAME.match(source):
        raise r.fail(f"must be an article file name or {PRACTICE_SOURCE!r}, got {source!r}",
                     f"{r.path}.source")
    exercise = r.child("exercise").str_() if "exercise" in d else None
    if exercise == ex_id:
        raise r.fail("must name another exercise", f"{r.path}.exercise")
    dose = None
    if "dose" in d:
        dr = r.child("dose")
        dd = dr.obj(set(DOSE_DELTA_FIELDS), set())
        values = {name: dr.child(name).int_(-600, 600) for name in dd}
        for name, value in values.items():
            if value == 0 or (value > 0) != (sign > 0):
                raise dr.fail(f"must be {'above' if sign > 0 else 'below'} 0, got {value}",
                              f"{dr.path}.{name}")
            if name != "sets" and exercise is None and getattr(dosage, name) is None:
                raise dr.fail(f"this exercise's dosage has no {name!r}", f"{dr.path}.{name}")
        if not values:
            raise dr.fail("must change at least one field")
        dose = DoseDelta(**values)
    return Adjustment(
        text=r.child("text").str_(),
        source=source,
        exercise=exercise,
        dose=dose,
        equipment=tuple(e.enum(Equipment) for e in r.child("equipment").list_())
        if "equipment" in d
        else (),
    )


def _decode_step(r: _Reader) -> Step:
    d = r.obj({"instruction", "breath", "poses", "main", "closing"},
              {"instruction", "breath", "poses"})
    poses = tuple(p.str_() for p in r.child("poses").list_(max_len=2))
    if not poses:
        raise r.fail("must name one or two poses", f"{r.path}.poses")
    main = r.child("main").bool_() if "main" in d else False
    closing = r.child("closing").bool_() if "closing" in d else False
    return Step(r.child("instruction").str_(), r.child("breath").str_(), poses, main, closing)


def _decode_dosage(r: _Reader) -> Dosage:
    d = r.obj(_DOSAGE_FIELDS, {"kind"})
    kind = r.child("kind").enum(DosageKind)

    def opt_range(name: str, lo: int, hi: int) -> Range | None:
        return r.child(name).range_(lo, hi) if name in d else None

    def opt_int(name: str, lo: int, hi: int, default: int) -> int:
        return r.child(name).int_(lo, hi) if name in d else default

    dosage = Dosage(
        kind=kind,
        reps=opt_range("reps", 1, 200),
        sets=opt_int("sets", 1, 20, 1),
        rest_between_sets_s=opt_int("rest_between_sets_s", 0, 600, 0),
        hold_s=opt_range("hold_s", 1, 3600),
        hold_breaths=opt_range("hold_breaths", 1, 100),
        pumps=r.child("pumps").int_(1, 500) if "pumps" in d else None,
        pumps_per_phase=r.child("pumps_per_phase").int_(1, 20) if "pumps_per_phase" in d else None,
        breath_led=r.child("breath_led").bool_() if "breath_led" in d else False,
        rest_after_s=opt_int("rest_after_s", 0, 600, 0),
        exhale_first=r.child("exhale_first").bool_() if "exhale_first" in d else False,
        per=r.child("per").enum(SideUnit) if "per" in d else SideUnit.SIDE,
    )
    if dosage.exhale_first and not dosage.breath_led:
        raise r.fail("only a breath-led dosage can start on the out-breath", f"{r.path}.exhale_first")
    needed = {
        DosageKind.REPS: "reps",
        DosageKind.HOLD: "hold_s",
        DosageKind.BREATHS: "hold_breaths",
        DosageKind.PUMPS: "pumps",
    }[kind]
    if getattr(dosage, needed) is None:
        raise r.fail(f"a {kind.value} dosage needs {needed!r}")
    if kind is DosageKind.PUMPS and dosage.pumps_per_phase is None:
        raise r.fail("a pumps dosage needs 'pumps_per_phase'")
    return dosage


def _decode_variant(r: _Reader) -> Variant:
    d = r.obj({"kind", "text", "exercise", "equipment"}, {"kind", "text"})
    return Variant(
        kind=r.child("kind").enum(VariantKind),
        text=r.child("text").str_(),
        exercise=r.child("exercise").str_() if "exercise" in d else None,
        equipment=tuple(e.enum(Equipment) for e in r.child("equipment").list_())
        if "equipment" in d
        else (),
    )


def _is_kebab(text: str) -> bool:
    parts = text.split("-")
    return all(p and p.isascii() and p.isalnum() and p.islower() or p.isdigit() for p in parts)
