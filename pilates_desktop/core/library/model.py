"""The exercise records: immutable, exactly as the sources state them."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


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


class SideUnit(StrEnum):
    """What one side's count is counted in: "8 per leg" or "8 per side", as the sources say."""

    SIDE = "side"
    LEG = "leg"


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
    breath_led: bool = False  # one rep takes one full breath, paced by the breath ring
    # A breath-led rep starts on the breath its main step names: in by default, or out (the
    # roll-downs breathe out as they fold). The ring, the voice and the card then agree.
    exhale_first: bool = False
    per: SideUnit = SideUnit.SIDE  # a sided count is "per side" or "per leg"
    rest_after_s: int = 0  # rest after the exercise, e.g. corpse pose after the Roll Up


@dataclass(frozen=True, slots=True)
class Step:
    instruction: str
    breath: str
    poses: tuple[str, ...]  # one or two pose ids from data/poses.json; the player tweens them
    main: bool = False  # the step that shows the movement itself while the exercise plays
    # A step after the main one that ends the exercise (lowering the legs, resting in corpse
    # pose): shown once after the last round, not as part of each repetition.
    closing: bool = False


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
        if d.exhale_first:
            dosage["exhale_first"] = True
        if d.per is not SideUnit.SIDE:
            dosage["per"] = d.per.value
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
                 **({"main": True} if s.main else {}),
                 **({"closing": True} if s.closing else {})}
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
