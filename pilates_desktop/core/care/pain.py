"""The pain-monitoring model: what a pain rating from 0 to 10 means and what the app does.

Physiotherapists use it for tendon and back rehabilitation (Thomeé 1997; Silbernagel et al.
2007): pain up to 2 is safe, 3 to 5 is acceptable, above 5 is too much. Above 5 during an
exercise, that exercise stops, and the app offers its easier form or skipping it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from pilates_desktop.core.library import Adjustment, Exercise

MAX_PAIN = 10
SAFE_MAX = 2  # 0-2: safe
ACCEPTABLE_MAX = 5  # 3-5: acceptable; above: too much


class PainZone(StrEnum):
    SAFE = "safe"
    ACCEPTABLE = "acceptable"
    TOO_MUCH = "too-much"


def check_pain(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_PAIN:
        raise ValueError(f"pain must be a whole number 0-{MAX_PAIN}, got {value!r}")
    return value


def zone(value: int) -> PainZone:
    check_pain(value)
    if value <= SAFE_MAX:
        return PainZone.SAFE
    if value <= ACCEPTABLE_MAX:
        return PainZone.ACCEPTABLE
    return PainZone.TOO_MUCH


@dataclass(frozen=True, slots=True)
class PainResponse:
    """What the player does with a rating given during an exercise."""

    zone: PainZone
    stop: bool  # stop this exercise now
    easier: Adjustment | None  # offered instead, when the exercise has an easier form
    can_skip: bool  # skipping the exercise is offered


def during_exercise(value: int, exercise: Exercise) -> PainResponse:
    """Above 5 stops the exercise and offers its easier form or skipping it; below, go on."""
    z = zone(value)
    if z is not PainZone.TOO_MUCH:
        return PainResponse(z, stop=False, easier=None, can_skip=False)
    return PainResponse(z, stop=True, easier=exercise.easier, can_skip=True)


# --- typing a rating: digits 0-9, and 1 then 0 for 10 ------------------------------------------

# How long a "1" waits for a "0" before it counts as 1 (Enter or any other key settles it at once).
TEN_WINDOW_S = 1.0


@dataclass(frozen=True, slots=True)
class KeyEntry:
    value: int | None  # the rating so far
    pending: bool  # a "1" that a "0" may still turn into 10


class PainKeys:
    """Turns key presses into a rating, with the time each came at (the clock's monotonic)."""

    def __init__(self) -> None:
        self._one_at: float | None = None

    def press(self, key: str, now: float) -> KeyEntry:
        """A digit key: ``"0"``-``"9"``. Returns the rating it gives, pending after a 1."""
        if len(key) != 1 or not key.isdigit():
            raise ValueError(f"not a digit: {key!r}")
        if self._one_at is not None and key == "0" and now - self._one_at <= TEN_WINDOW_S:
            self._one_at = None
            return KeyEntry(10, pending=False)
        if key == "1":
            self._one_at = now
            return KeyEntry(1, pending=True)
        self._one_at = None
        return KeyEntry(int(key), pending=False)

    def settle(self, now: float) -> int | None:
        """A pending 1 becomes final once its window has passed; returns it then, else None."""
        if self._one_at is not None and now - self._one_at > TEN_WINDOW_S:
            self._one_at = None
            return 1
        return None

    def confirm(self) -> int | None:
        """Enter: a pending 1 is final now."""
        if self._one_at is None:
            return None
        self._one_at = None
        return 1

    @property
    def pending(self) -> bool:
        return self._one_at is not None
