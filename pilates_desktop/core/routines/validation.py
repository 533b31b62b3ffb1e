"""What makes a routine valid, in one place: the file decoder, the item editor and the
builder's rename all check against these limits, so a value one accepts the others accept.
"""

from __future__ import annotations

MAX_NAME = 120  # characters in a routine's name
MAX_ITEMS = 1000  # items in one routine

# The overrides an item may carry, with their valid ranges (inclusive).
OVERRIDE_RANGES: dict[str, tuple[int, int]] = {
    "reps": (1, 200),
    "sets": (1, 20),
    "hold_s": (1, 3600),
    "hold_breaths": (1, 100),
    "rest_s": (0, 600),
    "pumps": (1, 500),
}


def clean_name(name: str) -> str:
    """A name as it is kept: without surrounding blanks (may be empty: the caller decides)."""
    return name.strip()


def name_fits(name: str) -> bool:
    return len(clean_name(name)) <= MAX_NAME
