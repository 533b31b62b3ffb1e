"""The library of every exercise, loaded from the package's data."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from functools import cache
from importlib import resources
from typing import Any

from pilates_desktop.core import jsonfile
from pilates_desktop.core.errors import FormatError
from pilates_desktop.core.library.decode import decode_exercise
from pilates_desktop.core.library.model import Exercise


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
