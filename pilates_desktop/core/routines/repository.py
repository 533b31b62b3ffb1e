"""Where routines live: the read-only built-ins in the package, and the user's own files.

``RoutineRepository`` is the one way to list, find, add, save and delete routines. The
command line, the builder and the routine service all go through it, so they agree on what
exists, on how a routine is found (``resolve``: an id, a name, or the path of a file) and on
what an added routine is called (``naming``).

Writing is injected (``write_text``): the app passes a writer that replaces a file all at once
(QSaveFile), so a crash or a full disk in the middle of a save leaves the old file whole, and
this module stays free of Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from importlib import resources
from pathlib import Path

from pilates_desktop.core import jsonfile
from pilates_desktop.core.errors import (
    QT_TRANSLATE_NOOP,
    FormatError,
    NotFoundError,
    Phrase,
    PhraseError,
)
from pilates_desktop.core.library import Library
from pilates_desktop.core.routines import naming
from pilates_desktop.core.routines.fileformat import decode_routine, encode_routine
from pilates_desktop.core.routines.routine import Item, Routine

ROUTINE_SUFFIX = ".json"
CANNOT_BE_READ = QT_TRANSLATE_NOOP("FormatError", "cannot be read: {error}")
NOTHING_TO_IMPORT = QT_TRANSLATE_NOOP("FormatError",
                                      "has no exercises, so there is nothing to import")

WriteText = Callable[[Path, str], None]


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
            raw = jsonfile.read_bytes(path, jsonfile.ROUTINE)
            routine = decode_routine(path.name, raw, library, routine_id=path.stem)
        except FormatError as exc:
            errors.append(exc)
            continue
        except OSError as exc:
            errors.append(FormatError(path.name, "$", Phrase(CANNOT_BE_READ,
                                                             error=str(exc.strerror))))
            continue
        routines.append(replace(routine, source_path=str(path)))
    return routines, errors


def read_routine_file(path: Path, library: Library) -> Routine:
    """Decode the routine file at ``path`` to import it; every problem is a PhraseError
    naming the file. A routine without exercises is one: importing it would add a name that
    starts nothing (the user's own folder may hold one, a new routine not yet filled)."""
    try:
        raw = jsonfile.read_bytes(path, jsonfile.ROUTINE)
    except OSError as exc:
        raise PhraseError(str(path), Phrase(CANNOT_BE_READ,
                                            error=str(exc.strerror or exc))) from None
    routine = decode_routine(path.name, raw, library, routine_id=path.stem)
    if not routine.items:
        raise FormatError(path.name, "$.items", Phrase(NOTHING_TO_IMPORT))
    return routine


class RoutineRepository:
    """The built-in routines and the folder of the user's routine files."""

    def __init__(self, folder: Path, library: Library, write_text: WriteText) -> None:
        self.folder = folder
        self.library = library
        self._write_text = write_text
        self._builtins: list[Routine] | None = None

    # --- reading ---------------------------------------------------------------------------

    def builtins(self) -> list[Routine]:
        if self._builtins is None:
            self._builtins = builtin_routines(self.library)
        return list(self._builtins)

    def user(self) -> tuple[list[Routine], list[FormatError]]:
        """The user's routines (sorted by name), and the files that could not be read."""
        routines, errors = user_routines(self.folder, self.library)
        routines.sort(key=lambda r: r.name.casefold())
        return routines, errors

    def all(self) -> list[Routine]:
        return self.builtins() + self.user()[0]

    def path_for(self, routine_id: str) -> Path:
        return self.folder / f"{routine_id}{ROUTINE_SUFFIX}"

    def file_ids(self) -> set[str]:
        """Ids taken by files in the folder, readable or not (a new routine never reuses one)."""
        if not self.folder.is_dir():
            return set()
        return {p.stem for p in self.folder.glob(f"*{ROUTINE_SUFFIX}")}

    def resolve(self, query: str) -> Routine:
        """Find a routine by id, by name (case aside), or as the path of a routine file."""
        routines = self.all()
        for r in routines:
            if r.id == query:
                return r
        lowered = query.strip().casefold()
        for r in routines:
            if r.name.casefold() == lowered:
                return r
        slug = naming.slugify(query)
        for r in routines:
            if naming.slugify(r.name) == slug:
                return r
        path = Path(query).expanduser()
        if path.suffix == ROUTINE_SUFFIX or path.exists():
            if not path.is_file():
                raise NotFoundError(f"{query}: no such routine file")
            try:
                raw = jsonfile.read_bytes(path, jsonfile.ROUTINE)
            except OSError as exc:
                raise NotFoundError(f"{query}: cannot be read: {exc.strerror}") from None
            routine = decode_routine(path.name, raw, self.library, routine_id=path.stem)
            return replace(routine, source_path=str(path))
        import difflib

        near = difflib.get_close_matches(query, [r.id for r in routines], n=3, cutoff=0.4)
        hint = f"; did you mean {', '.join(near)}?" if near else ""
        raise NotFoundError(
            f"no routine called {query!r}{hint} (see `pilates-desktop routines`)"
        )

    # --- naming ----------------------------------------------------------------------------

    def identity(self, name: str, existing: Iterable[Routine] | None = None) -> tuple[str, str]:
        """The (name, id) that a routine called ``name`` gets when it is added now."""
        routines = list(existing) if existing is not None else self.all()
        return naming.identity(name, (r.name for r in routines),
                               {r.id for r in routines} | self.file_ids())

    # --- writing ---------------------------------------------------------------------------

    def save(self, routine: Routine) -> Path:
        """Write a user routine to its file (all at once, or not at all)."""
        if routine.builtin:
            raise ValueError(f"{routine.id} is built in and cannot be saved")
        target = self.path_for(routine.id)
        self._write_text(target, encode_routine(routine))
        return target

    def add(self, name: str, items: Iterable[Item] = (), description: str = "",
            existing: Iterable[Routine] | None = None) -> Routine:
        """Save a new user routine, named by the naming rule; returns it with its file."""
        final, rid = self.identity(name, existing)
        routine = Routine(id=rid, name=final, items=tuple(items), description=description)
        return replace(routine, source_path=str(self.save(routine)))

    def import_routine(self, decoded: Routine,
                       existing: Iterable[Routine] | None = None) -> Routine:
        """Add a decoded routine file as the user's own, with a name no routine has."""
        return self.add(decoded.name, decoded.items, decoded.description, existing)

    def import_file(self, path: Path, existing: Iterable[Routine] | None = None) -> Routine:
        """Read, check and add a routine file; nothing is written when it has a problem."""
        return self.import_routine(read_routine_file(path, self.library), existing)

    def delete(self, routine_id: str) -> None:
        self.path_for(routine_id).unlink(missing_ok=True)
