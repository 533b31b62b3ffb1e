"""Where routines come from: the read-only built-ins in the package, and the user's own files.

``resolve`` is the one rule for naming a routine, shared by ``plan``, ``start`` and ``export``:
an id, a name (case-insensitive), or the path of a routine file.
"""

from __future__ import annotations

from dataclasses import replace
from importlib import resources
from pathlib import Path

from pilates_desktop.core.errors import QT_TRANSLATE_NOOP, FormatError, NotFoundError, Phrase
from pilates_desktop.core.fileformat import decode_routine, slugify
from pilates_desktop.core.library import Library
from pilates_desktop.core.routine import Routine

ROUTINE_SUFFIX = ".json"


def builtin_routines(library: Library) -> list[Routine]:
    folder = resources.files("pilates_desktop").joinpath("data").joinpath("routines")
    out = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(ROUTINE_SUFFIX):
            rid = entry.name[: -len(ROUTINE_SUFFIX)]
            routine = decode_routine(f"routines/{entry.name}", entry.read_bytes(), library,
                                     routine_id=rid)
            out.append(replace(routine, builtin=True))
    return out


def user_routines(folder: Path, library: Library) -> tuple[list[Routine], list[FormatError]]:
    """The user's routines, and the files that could not be read (kept on disk, untouched)."""
    routines: list[Routine] = []
    errors: list[FormatError] = []
    if not folder.is_dir():
        return routines, errors
    for path in sorted(folder.glob(f"*{ROUTINE_SUFFIX}")):
        try:
            routine = decode_routine(path.name, path.read_bytes(), library, routine_id=path.stem)
        except FormatError as exc:
            errors.append(exc)
            continue
        except OSError as exc:
            errors.append(FormatError(path.name, "$", Phrase(
                QT_TRANSLATE_NOOP("FormatError", "cannot be read: {error}"),
                error=str(exc.strerror))))
            continue
        routines.append(replace(routine, source_path=str(path)))
    return routines, errors


def all_routines(folder: Path, library: Library) -> list[Routine]:
    return builtin_routines(library) + user_routines(folder, library)[0]


def resolve(query: str, folder: Path, library: Library) -> Routine:
    """Find a routine by id, by name, or as a file path."""
    routines = all_routines(folder, library)
    for r in routines:
        if r.id == query:
            return r
    lowered = query.strip().casefold()
    for r in routines:
        if r.name.casefold() == lowered:
            return r
    slug = slugify(query)
    for r in routines:
        if slugify(r.name) == slug:
            return r
    path = Path(query).expanduser()
    if path.suffix == ROUTINE_SUFFIX or path.exists():
        if not path.is_file():
            raise NotFoundError(f"{query}: no such routine file")
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise NotFoundError(f"{query}: cannot be read: {exc.strerror}") from None
        routine = decode_routine(path.name, raw, library, routine_id=path.stem)
        return replace(routine, source_path=str(path))
    import difflib

    near = difflib.get_close_matches(query, [r.id for r in routines], n=3, cutoff=0.4)
    hint = f"; did you mean {', '.join(near)}?" if near else ""
    raise NotFoundError(
        f"no routine called {query!r}{hint} (see `pilates-desktop routines`)"
    )


def unique_id(base: str, taken: set[str]) -> str:
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"
