"""The one naming rule for routines, used by the builder, imports (window and command line)
and duplicates alike.

A routine's name is what a person reads; its id is the file name and what the command line
takes. Two routines never share a name (compared without case), so a list, a menu or
``pilates-desktop start NAME`` can always tell them apart: a second "Morning" becomes
"Morning 2". The id follows from the name and never reuses a taken one ("morning-2").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pilates_desktop.core.routines.validation import MAX_NAME


def slugify(name: str) -> str:
    """The id a name gives: lower-case ASCII letters and digits joined by hyphens."""
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return slug or "routine"


def unique_id(base: str, taken: Iterable[str]) -> str:
    """``base``, or ``base-2``, ``base-3``... whichever is not taken."""
    taken = set(taken)
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


def unique_name(base: str, taken: Iterable[str]) -> str:
    """``base``, or "base 2", "base 3"... whichever no routine has (case aside).

    The result is never longer than a name may be: a long base is shortened to make room
    for its number, so cutting it afterwards can never make two names equal again.
    """
    names = {name.casefold() for name in taken}
    base = base.strip()[:MAX_NAME]
    if base.casefold() not in names:
        return base
    n = 2
    while True:
        suffix = f" {n}"
        candidate = base[: MAX_NAME - len(suffix)].rstrip() + suffix
        if candidate.casefold() not in names:
            return candidate
        n += 1


def identity(name: str, taken_names: Iterable[str], taken_ids: Iterable[str]) -> tuple[str, str]:
    """The (name, id) a new routine called ``name`` gets next to the existing ones."""
    final = unique_name(name, taken_names)
    return final, unique_id(slugify(final), taken_ids)
