"""The exercise library: immutable exercise records decoded from the package's JSON data.

Every exercise lives in its own file under ``pilates_desktop/data/exercises/<id>.json`` and is
loaded through ``importlib.resources``, so the library works the same from a source checkout,
a wheel or a frozen bundle. Decoding is strict: a content mistake stops the app's tests, not a
user's session.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from importlib import resources
from typing import Any, TypeVar

from pilates_desktop.core import jsonfile
from pilates_desktop.core.errors import QT_TRANSLATE_NOOP, FormatError, Phrase

_E = TypeVar("_E", bound=StrEnum)


class Position(StrEnum):
    SUPINE = "supine"  # lying on the back
    PRONE = "prone"  # lying face down
    SIDE_LYING = "side-lying"
    ALL_FOURS = "all-fours"
    KNEELING = "kneeling"
    SITTING = "sitting"
    STANDING = "standing"


class Focus(StrEnum):
    UPPER_BACK = "upper-back"
    LOWER_BACK = "lower-back"
    CORE = "core"
    HIPS_GLUTES = "hips-glutes"


class Difficulty(StrEnum):
    BEGINNER = "beginner"
    INTERMEDIATE = "intermediate"
    ADVANCED = "advanced"


class Equipment(StrEnum):
    MAT = "mat"
    WALL = "wall"
    SOFT_BALL = "soft-ball"
    BLOCK = "block"
    BLANKET = "blanket"
    BAND = "band"
    RING = "ring"


class Sides(StrEnum):
    NONE = "none"  # symmetrical: done once
    EACH = "each"  # right side, a switch, then left side
    ALTERNATING = "alternating"  # right and left alternate within one segment


class Contraindication(StrEnum):
    """The fixed set of health flags an exercise can clash with."""

    KNEE_PROBLEMS = "knee-problems"
    NECK_PROBLEMS = "neck-problems"


class DosageKind(StrEnum):
    REPS = "reps"  # counted repetitions at the rep pace (or one breath each if breath-led)
    HOLD = "hold"  # a static hold counted in seconds
    BREATHS = "breaths"  # a static hold counted in breaths
    PUMPS = "pumps"  # the Hundred: pumps counted against breaths


class VariantKind(StrEnum):
    GENTLER = "gentler"
    PROGRESSION = "progression"


@dataclass(frozen=True, slots=True)
class Range:
    """A count as the sources give it: exact (lo == hi) or a span such as 6-8 reps."""

    lo: int
    hi: int

    @property
    def default(self) -> int:
        # Start slowly, as every source asks: the low end of a span is the default.
        return self.lo

    def to_json(self) -> int | list[int]:
        return self.lo if self.lo == self.hi else [self.lo, self.hi]


@dataclass(frozen=True, slots=True)
class Dosage:
    """How much of an exercise to do, exactly as the sources state it."""

    kind: DosageKind
    reps: Range | None = None  # per side for EACH/ALTERNATING exercises
    sets: int = 1
    rest_between_sets_s: int = 0
    hold_s: Range | None = None
    hold_breaths: Range | None = None
    pumps: int | None = None
    pumps_per_phase: int | None = None  # the Hundred: 5 pumps per inhale, 5 per exhale
    breath_led: bool = False  # one rep takes one full breath (inhale out, exhale back)
    rest_after_s: int = 0  # rest after the exercise, e.g. corpse pose after the Roll Up


@dataclass(frozen=True, slots=True)
class Step:
    instruction: str
    breath: str
    poses: tuple[str, ...]  # one or two pose ids from data/poses.json; the player tweens them
    main: bool = False  # the step that shows the movement itself while the exercise plays


@dataclass(frozen=True, slots=True)
class Variant:
    kind: VariantKind
    text: str
    exercise: str | None = None  # another library exercise that embodies the variant
    equipment: tuple[Equipment, ...] = ()


# Where an easier or harder form comes from when the articles do not give it: the usual graded
# practice of a physiotherapist (change one thing, by a small step). docs/safety.md explains it.
PRACTICE_SOURCE = "physiotherapy-practice"
DOSE_DELTA_FIELDS = ("reps", "sets", "hold_s", "hold_breaths", "pumps")


@dataclass(frozen=True, slots=True)
class DoseDelta:
    """A change of dose in small steps: +2 reps, -10 s of hold. Zero leaves a field alone."""

    reps: int = 0
    sets: int = 0
    hold_s: int = 0
    hold_breaths: int = 0
    pumps: int = 0

    def to_json(self) -> dict[str, int]:
        return {name: getattr(self, name) for name in DOSE_DELTA_FIELDS if getattr(self, name)}


@dataclass(frozen=True, slots=True)
class Adjustment:
    """An exercise's next step down (``easier``) or up (``harder``).

    It names another exercise, a dose change, or neither; with neither, ``text`` is a change
    of form that the exercise keeps (a soft ball under the lower back, support on the hand).
    """

    text: str
    source: str  # an article file name, or PRACTICE_SOURCE
    exercise: str | None = None
    dose: DoseDelta | None = None
    equipment: tuple[Equipment, ...] = ()

    @property
    def is_form_change(self) -> bool:
        return self.exercise is None and self.dose is None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"exercise": self.exercise} if self.exercise else {}
        out |= {"dose": self.dose.to_json()} if self.dose else {}
        out["text"] = self.text
        out |= {"equipment": [e.value for e in self.equipment]} if self.equipment else {}
        return out | {"source": self.source}


@dataclass(frozen=True, slots=True)
class Exercise:
    id: str
    name: str
    summary: str
    focus: tuple[Focus, ...]
    position: Position
    difficulty: Difficulty
    equipment: tuple[Equipment, ...]
    sources: tuple[str, ...]
    steps: tuple[Step, ...]
    dosage: Dosage
    sides: Sides
    contraindications: tuple[Contraindication, ...]
    cautions: tuple[str, ...]
    variants: tuple[Variant, ...] = ()
    gentle: bool = False  # offered on a flare-up day: holds and stretches, not loaded work
    tags: tuple[str, ...] = field(default=())
    easier: Adjustment | None = None
    harder: Adjustment | None = None

    @property
    def gentler_variant(self) -> str | None:
        for variant in self.variants:
            if variant.kind is VariantKind.GENTLER and variant.exercise:
                return variant.exercise
        return None

    def to_json(self) -> dict[str, Any]:
        d = self.dosage
        dosage: dict[str, Any] = {"kind": d.kind.value}
        for name in ("reps", "hold_s", "hold_breaths"):
            value = getattr(d, name)
            if value is not None:
                dosage[name] = value.to_json()
        if d.sets != 1:
            dosage["sets"] = d.sets
        if d.rest_between_sets_s:
            dosage["rest_between_sets_s"] = d.rest_between_sets_s
        if d.pumps is not None:
            dosage["pumps"] = d.pumps
        if d.pumps_per_phase is not None:
            dosage["pumps_per_phase"] = d.pumps_per_phase
        if d.breath_led:
            dosage["breath_led"] = True
        if d.rest_after_s:
            dosage["rest_after_s"] = d.rest_after_s
        return {
            "id": self.id,
            "name": self.name,
            "summary": self.summary,
            "focus": [f.value for f in self.focus],
            "position": self.position.value,
            "difficulty": self.difficulty.value,
            "equipment": [e.value for e in self.equipment],
            "sources": list(self.sources),
            "steps": [
                {"instruction": s.instruction, "breath": s.breath, "poses": list(s.poses),
                 **({"main": True} if s.main else {})}
                for s in self.steps
            ],
            "dosage": dosage,
            "sides": self.sides.value,
            "contraindications": [c.value for c in self.contraindications],
            "cautions": list(self.cautions),
            "variants": [
                {
                    "kind": v.kind.value,
                    "text": v.text,
                    **({"exercise": v.exercise} if v.exercise else {}),
                    **({"equipment": [e.value for e in v.equipment]} if v.equipment else {}),
                }
                for v in self.variants
            ],
            "easier": self.easier.to_json() if self.easier else None,
            "harder": self.harder.to_json() if self.harder else None,
            "gentle": self.gentle,
            "tags": list(self.tags),
        }


# --- strict decoding --------------------------------------------------------------------------


class _Reader:
    """Walks a decoded JSON object and names the JSON path in every error.

    Its reasons are phrases marked for translation: routine files reach a person through it.
    """

    def __init__(self, source: str, data: Any, path: str = "$") -> None:
        self.source = source
        self.data = data
        self.path = path

    def fail(self, reason: str | Phrase, path: str | None = None) -> FormatError:
        return FormatError(self.source, path or self.path, reason)

    def obj(self, allowed: set[str], required: set[str]) -> Mapping[str, Any]:
        if not isinstance(self.data, dict):
            raise self.fail(Phrase(MUST_BE_OBJECT, got=_json_type(self.data)))
        unknown = sorted(set(self.data) - allowed)
        if unknown:
            raise self.fail(Phrase(_UNKNOWN_FIELD, field=repr(unknown[0])),
                            f"{self.path}.{unknown[0]}")
        missing = sorted(required - set(self.data))
        if missing:
            raise self.fail(Phrase(_MISSING_FIELD, field=repr(missing[0])))
        return self.data

    def child(self, key: str | int) -> _Reader:
        sub = f"{self.path}[{key}]" if isinstance(key, int) else f"{self.path}.{key}"
        return _Reader(self.source, self.data[key], sub)

    def str_(self, nonempty: bool = True) -> str:
        if not isinstance(self.data, str) or (nonempty and not self.data.strip()):
            raise self.fail(Phrase(_MUST_BE_STRING, got=_json_type(self.data)))
        return self.data

    def bool_(self) -> bool:
        if not isinstance(self.data, bool):
            raise self.fail(Phrase(_MUST_BE_BOOL, got=_json_type(self.data)))
        return self.data

    def int_(self, lo: int, hi: int) -> int:
        value = self.data
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(Phrase(MUST_BE_WHOLE_NUMBER, got=_json_type(value)))
        if not lo <= value <= hi:
            raise self.fail(Phrase(MUST_BE_BETWEEN, lo=str(lo), hi=str(hi), value=str(value)))
        return value

    def range_(self, lo: int, hi: int) -> Range:
        if isinstance(self.data, list):
            if len(self.data) != 2:
                raise self.fail(Phrase(_MUST_BE_PAIR))
            a = self.child(0).int_(lo, hi)
            b = self.child(1).int_(lo, hi)
            if a > b:
                raise self.fail(Phrase(_LOW_ABOVE_HIGH, low=str(a), high=str(b)))
            return Range(a, b)
        value = self.int_(lo, hi)
        return Range(value, value)

    def list_(self, max_len: int = 100) -> list[_Reader]:
        if not isinstance(self.data, list):
            raise self.fail(Phrase(MUST_BE_LIST, got=_json_type(self.data)))
        if len(self.data) > max_len:
            raise self.fail(Phrase(_TOO_MANY_ENTRIES, limit=str(max_len),
                                   count=str(len(self.data))))
        return [self.child(i) for i in range(len(self.data))]

    def enum(self, cls: type[_E]) -> _E:
        text = self.str_()
        try:
            return cls(text)
        except ValueError:
            choices = ", ".join(m.value for m in cls)
            raise self.fail(Phrase(MUST_BE_ONE_OF, choices=choices, value=repr(text))) from None


# The reader's reasons, in the words a person reads (translated by the interface; see errors.py).
# Those without a leading underscore are also given by the routine file format and the history
# export reader, which import them rather than spell the same words again.
MUST_BE_OBJECT = QT_TRANSLATE_NOOP("FormatError", "must be an object, got {got}")
_UNKNOWN_FIELD = QT_TRANSLATE_NOOP("FormatError", "unknown field {field}")
_MISSING_FIELD = QT_TRANSLATE_NOOP("FormatError", "missing required field {field}")
_MUST_BE_STRING = QT_TRANSLATE_NOOP("FormatError", "must be a non-empty string, got {got}")
_MUST_BE_BOOL = QT_TRANSLATE_NOOP("FormatError", "must be true or false, got {got}")
MUST_BE_WHOLE_NUMBER = QT_TRANSLATE_NOOP("FormatError", "must be a whole number, got {got}")
MUST_BE_BETWEEN = QT_TRANSLATE_NOOP("FormatError", "must be between {lo} and {hi}, got {value}")
_MUST_BE_PAIR = QT_TRANSLATE_NOOP("FormatError", "must be a number or a [low, high] pair")
_LOW_ABOVE_HIGH = QT_TRANSLATE_NOOP("FormatError", "low end {low} is above high end {high}")
MUST_BE_LIST = QT_TRANSLATE_NOOP("FormatError", "must be a list, got {got}")
_TOO_MANY_ENTRIES = QT_TRANSLATE_NOOP("FormatError",
                                      "must have at most {limit} entries, got {count}")
MUST_BE_ONE_OF = QT_TRANSLATE_NOOP("FormatError", "must be one of {choices}, got {value}")
# What a JSON value is, as the reasons above name it after "got".
_A_BOOLEAN = QT_TRANSLATE_NOOP("FormatError", "a boolean")
_THE_NUMBER = QT_TRANSLATE_NOOP("FormatError", "the number {value}")
_THE_STRING = QT_TRANSLATE_NOOP("FormatError", "the string {value}")
A_STRING = QT_TRANSLATE_NOOP("FormatError", "a string")
A_LIST = QT_TRANSLATE_NOOP("FormatError", "a list")
AN_OBJECT = QT_TRANSLATE_NOOP("FormatError", "an object")


def _json_type(value: Any) -> str | Phrase:
    """What a JSON value is, for "got ...": ``null`` as JSON spells it, the rest in words."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return Phrase(_A_BOOLEAN)
    if isinstance(value, int | float):
        return Phrase(_THE_NUMBER, value=str(value))
    if isinstance(value, str):
        return Phrase(_THE_STRING, value=repr(value)) if len(value) < 40 else Phrase(A_STRING)
    if isinstance(value, list):
        return Phrase(A_LIST)
    return Phrase(AN_OBJECT)


_EXERCISE_FIELDS = {
    "id", "name", "summary", "focus", "position", "difficulty", "equipment", "sources",
    "steps", "dosage", "sides", "contraindications", "cautions", "variants", "gentle", "tags",
    "easier", "harder",
}
_EXERCISE_REQUIRED = _EXERCISE_FIELDS - {"variants", "gentle", "tags", "equipment"}
_SOURCE_NAME = re.compile(r"^\d{3}_[0-9a-f]{16}\.txt$")
_DOSAGE_FIELDS = {
    "kind", "reps", "sets", "rest_between_sets_s", "hold_s", "hold_breaths", "pumps",
    "pumps_per_phase", "breath_led", "rest_after_s",
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
    d = r.obj({"instruction", "breath", "poses", "main"}, {"instruction", "breath", "poses"})
    poses = tuple(p.str_() for p in r.child("poses").list_(max_len=2))
    if not poses:
        raise r.fail("must name one or two poses", f"{r.path}.poses")
    main = r.child("main").bool_() if "main" in d else False
    return Step(r.child("instruction").str_(), r.child("breath").str_(), poses, main)


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
    )
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


# --- the library ------------------------------------------------------------------------------


class Library(Mapping[str, Exercise]):
    """All exercises by id, in a stable display order (by source article, then as listed)."""

    def __init__(self, exercises: Sequence[Exercise]) -> None:
        self._by_id: dict[str, Exercise] = {}
        for ex in exercises:
            if ex.id in self._by_id:
                raise FormatError(ex.id, "$.id", f"duplicate exercise id {ex.id!r}")
            self._by_id[ex.id] = ex
        for ex in exercises:
            for name, adj in (("easier", ex.easier), ("harder", ex.harder)):
                if adj is not None and adj.exercise is not None and adj.exercise not in self:
                    raise FormatError(ex.id, f"$.{name}.exercise",
                                      f"unknown exercise {adj.exercise!r}")

    def __getitem__(self, key: str) -> Exercise:
        return self._by_id[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._by_id)

    def __len__(self) -> int:
        return len(self._by_id)

    def exercises(self) -> list[Exercise]:
        return list(self._by_id.values())

    def suggest(self, unknown: str, limit: int = 3) -> list[str]:
        """The known ids nearest to a mistyped one, for error messages."""
        import difflib

        return difflib.get_close_matches(unknown, list(self._by_id), n=limit, cutoff=0.4)


def _data_dir() -> Any:
    return resources.files("pilates_desktop").joinpath("data")


def load_json_resource(*parts: str) -> Any:
    node = _data_dir()
    for part in parts:
        node = node.joinpath(part)
    return jsonfile.loads(node.read_bytes(), "/".join(parts), jsonfile.LIBRARY)


@cache
def load_library() -> Library:
    folder = _data_dir().joinpath("exercises")
    exercises: list[Exercise] = []
    for entry in folder.iterdir():
        if entry.name.endswith(".json"):
            source = f"exercises/{entry.name}"
            data = jsonfile.loads(entry.read_bytes(), source, jsonfile.LIBRARY)
            exercises.append(decode_exercise(source, data))
    # Order by source article, then by the "order" of appearance recorded in tags, then name.
    exercises.sort(key=lambda e: (e.sources[0] if e.sources else "", _order(e), e.name))
    return Library(exercises)


def _order(ex: Exercise) -> int:
    for tag in ex.tags:
        if tag.startswith("order:"):
            return int(tag.split(":", 1)[1])
    return 999
