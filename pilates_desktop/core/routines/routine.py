"""A routine is an ordered list of items; each item is an exercise plus optional overrides."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from pilates_desktop.core.care.prescription import Prescription
from pilates_desktop.core.library import Exercise, Sides


class ItemSides(StrEnum):
    """How an item is sided. ``both`` is right, a switch, then left."""

    NONE = "none"
    BOTH = "both"
    LEFT = "left"
    RIGHT = "right"
    ALTERNATING = "alternating"

    @classmethod
    def from_exercise(cls, sides: Sides) -> ItemSides:
        return {Sides.NONE: cls.NONE, Sides.EACH: cls.BOTH, Sides.ALTERNATING: cls.ALTERNATING}[
            sides
        ]


class ItemForm(StrEnum):
    """An exercise done in its easier or harder form (the library's change of form, such as a
    soft ball under the lower back), chosen when a progression or regression is accepted."""

    EASIER = "easier"
    HARDER = "harder"


@dataclass(frozen=True, slots=True)
class Item:
    exercise: str
    reps: int | None = None
    sets: int | None = None
    hold_s: int | None = None
    hold_breaths: int | None = None
    rest_s: int | None = None
    sides: ItemSides | None = None
    pumps: int | None = None
    form: ItemForm | None = None

    def overrides(self) -> dict[str, Any]:
        """The fields that differ from the exercise's defaults, as they appear in a file."""
        out: dict[str, Any] = {}
        for name in ("reps", "sets", "hold_s", "hold_breaths", "rest_s", "sides", "pumps",
                     "form"):
            value = getattr(self, name)
            if value is not None:
                out[name] = value.value if isinstance(value, StrEnum) else value
        return out

    def with_overrides(self, **changes: Any) -> Item:
        return replace(self, **changes)

    def reset(self) -> Item:
        return Item(self.exercise)


@dataclass(frozen=True, slots=True)
class Dose:
    """An item's effective dosage: its overrides applied over the exercise's defaults."""

    reps: int | None
    sets: int
    hold_s: int | None
    hold_breaths: int | None
    rest_s: int
    sides: ItemSides
    pumps: int | None
    rest_between_sets_s: int


def effective_dose(item: Item, exercise: Exercise, default_rest_s: int = 0) -> Dose:
    d = exercise.dosage
    rest = item.rest_s if item.rest_s is not None else (d.rest_after_s or default_rest_s)
    return Dose(
        reps=item.reps if item.reps is not None else (d.reps.default if d.reps else None),
        sets=item.sets if item.sets is not None else d.sets,
        hold_s=item.hold_s if item.hold_s is not None else (d.hold_s.default if d.hold_s else None),
        hold_breaths=item.hold_breaths
        if item.hold_breaths is not None
        else (d.hold_breaths.default if d.hold_breaths else None),
        rest_s=rest,
        sides=item.sides if item.sides is not None else ItemSides.from_exercise(exercise.sides),
        pumps=item.pumps if item.pumps is not None else d.pumps,
        rest_between_sets_s=d.rest_between_sets_s,
    )


@dataclass(frozen=True, slots=True)
class Routine:
    id: str
    name: str
    items: tuple[Item, ...]
    description: str = ""
    builtin: bool = False
    source_path: str | None = field(default=None, compare=False)
    prescription: Prescription | None = None  # a programme from a physiotherapist

    def with_items(self, items: tuple[Item, ...] | list[Item]) -> Routine:
        return replace(self, items=tuple(items))

    def renamed(self, name: str) -> Routine:
        return replace(self, name=name)
