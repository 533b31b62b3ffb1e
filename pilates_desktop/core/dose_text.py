"""A dose in words, as the sources write it: "8 per leg", "Hold 45 s per side", "3 sets".

One function for the playlist, the cards and the command line, so a sided count always says
what it counts (an alternating exercise of "8 per leg" plays 16 repetitions in all). The words
are translatable phrases: the interface translates them in the "Dose" context
(``pilates_desktop.i18n.dose_text``), the command line prints them in English.
"""

from __future__ import annotations

from pilates_desktop.core.errors import QT_TRANSLATE_NOOP, Phrase
from pilates_desktop.core.library import DosageKind, Exercise, Sides, SideUnit
from pilates_desktop.core.routines import Dose, ItemSides

CONTEXT = "Dose"

_PUMPS = (QT_TRANSLATE_NOOP("Dose", "{n} pump"), QT_TRANSLATE_NOOP("Dose", "{n} pumps"))
_REPS = (QT_TRANSLATE_NOOP("Dose", "{n} rep"), QT_TRANSLATE_NOOP("Dose", "{n} reps"))
_PER_SIDE = QT_TRANSLATE_NOOP("Dose", "{n} per side")
_PER_LEG = QT_TRANSLATE_NOOP("Dose", "{n} per leg")
_SETS = QT_TRANSLATE_NOOP("Dose", "{n} sets")
_HOLD_S = QT_TRANSLATE_NOOP("Dose", "Hold {n} s")
_HOLD_S_PER_SIDE = QT_TRANSLATE_NOOP("Dose", "Hold {n} s per side")
_HOLD_S_PER_LEG = QT_TRANSLATE_NOOP("Dose", "Hold {n} s per leg")
_HOLD_BREATHS = (QT_TRANSLATE_NOOP("Dose", "Hold {n} breath"),
                 QT_TRANSLATE_NOOP("Dose", "Hold {n} breaths"))
_HOLD_BREATHS_PER_SIDE = (QT_TRANSLATE_NOOP("Dose", "Hold {n} breath per side"),
                          QT_TRANSLATE_NOOP("Dose", "Hold {n} breaths per side"))
_TIMES = QT_TRANSLATE_NOOP("Dose", "{n} times")
_REST = QT_TRANSLATE_NOOP("Dose", "Rest {n} s")
_SIDES = {
    ItemSides.BOTH: QT_TRANSLATE_NOOP("Dose", "Right, then left"),
    ItemSides.ALTERNATING: QT_TRANSLATE_NOOP("Dose", "Alternating"),
    ItemSides.LEFT: QT_TRANSLATE_NOOP("Dose", "Left side only"),
    ItemSides.RIGHT: QT_TRANSLATE_NOOP("Dose", "Right side only"),
    ItemSides.NONE: QT_TRANSLATE_NOOP("Dose", "Both sides together"),
}


def _count(templates: tuple[str, str], n: int) -> Phrase:
    return Phrase(templates[0] if n == 1 else templates[1], n=str(n))


def dose_phrases(dose: Dose, exercise: Exercise, *, rest: bool = True) -> tuple[Phrase, ...]:
    """The parts of a dose that matter for this exercise, in reading order."""
    kind = exercise.dosage.kind
    sided = dose.sides in (ItemSides.BOTH, ItemSides.ALTERNATING)
    leg = exercise.dosage.per is SideUnit.LEG
    out: list[Phrase] = []
    if kind is DosageKind.PUMPS:
        out.append(_count(_PUMPS, dose.pumps or 0))
    elif kind is DosageKind.REPS:
        n = dose.reps or 0
        out.append(Phrase(_PER_LEG if leg else _PER_SIDE, n=str(n)) if sided
                   else _count(_REPS, n))
        if dose.sets > 1:
            out.append(Phrase(_SETS, n=str(dose.sets)))
    else:
        if dose.hold_s:
            template = (_HOLD_S_PER_LEG if leg else _HOLD_S_PER_SIDE) if sided else _HOLD_S
            out.append(Phrase(template, n=str(dose.hold_s)))
        elif dose.hold_breaths:
            out.append(_count(_HOLD_BREATHS_PER_SIDE if sided else _HOLD_BREATHS,
                              dose.hold_breaths))
        rounds = dose.reps or dose.sets  # as the timeline repeats a hold
        if rounds > 1:
            out.append(Phrase(_TIMES, n=str(rounds)))
    if dose.sides is not ItemSides.NONE or exercise.sides is not Sides.NONE:
        out.append(Phrase(_SIDES[dose.sides]))
    if rest:
        out.append(Phrase(_REST, n=str(dose.rest_s)))
    return tuple(out)


def dose_english(dose: Dose, exercise: Exercise, *, rest: bool = True) -> str:
    """The dose in English words, for the command line."""
    return " · ".join(str(p) for p in dose_phrases(dose, exercise, rest=rest))
