"""core.routines without Qt: the naming rule, the pure playlist edits and the repository."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pilates_desktop.core.errors import FormatError, NotFoundError, PhraseError
from pilates_desktop.core.library import Library
from pilates_desktop.core.routines import Item, ItemSides, Routine, edits, naming
from pilates_desktop.core.routines.repository import RoutineRepository
from pilates_desktop.core.routines.validation import MAX_NAME


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.fixture
def repo(tmp_path: Path, library: Library) -> RoutineRepository:
    return RoutineRepository(tmp_path / "routines", library, _write)


def _file(tmp_path: Path, name: str, items: list[str]) -> Path:
    path = tmp_path / f"{name.lower()}-in.json"
    path.write_text(json.dumps({"format": "pilates-desktop/routine", "version": 1, "name": name,
                                "items": [{"exercise": e} for e in items]}))
    return path


# --- naming ------------------------------------------------------------------------------------


def test_a_taken_name_gets_the_next_free_number_case_aside() -> None:
    assert naming.unique_name("Morning", ["Evening"]) == "Morning"
    assert naming.unique_name("Morning", ["morning"]) == "Morning 2"
    assert naming.unique_name("Morning", ["Morning", "MORNING 2", "Morning 3"]) == "Morning 4"
    assert naming.unique_name("  Morning ", ["Morning"]) == "Morning 2"


def test_a_long_name_makes_room_for_its_number() -> None:
    long = "x" * (MAX_NAME + 30)
    first = naming.unique_name(long, [])
    second = naming.unique_name(long, [first])
    assert len(first) == len(second) == MAX_NAME
    assert second.endswith(" 2") and second.casefold() != first.casefold()


def test_ids_follow_names_and_never_reuse_a_taken_one() -> None:
    assert naming.slugify("Back-Care: Basics!") == "back-care-basics"
    assert naming.slugify("¡¿!") == "routine"
    assert naming.identity("Morning", ["Morning"], {"morning", "morning-2"}) == (
        "Morning 2", "morning-2-2")


# --- edits -------------------------------------------------------------------------------------

BASE = Routine("r", "Mine", (Item("the-hundred"), Item("clams"), Item("glute-bridge"),
                             Item("lunges"), Item("roll-up")))


def test_each_helper_makes_the_edit_a_person_asked_for() -> None:
    def ids(routine: Routine) -> list[str]:
        return [i.exercise for i in routine.items]

    def after(edit: edits.Edit | None) -> list[str]:
        assert edit is not None
        return ids(edits.apply(BASE, edit))

    assert after(edits.add(BASE, ["toe-taps"], 1))[:3] == ["the-hundred", "toe-taps", "clams"]
    assert after(edits.add(BASE, ["toe-taps"]))[-1] == "toe-taps"
    assert after(edits.remove(BASE, [0, 3, 99])) == ["clams", "glute-bridge", "roll-up"]
    assert after(edits.duplicate(BASE, [1, 2]))[3:5] == ["clams", "glute-bridge"]
    assert after(edits.move(BASE, [0, 2], 5)) == ["clams", "lunges", "roll-up", "the-hundred",
                                                  "glute-bridge"]
    assert after(edits.shift(BASE, [3], -1))[2:4] == ["lunges", "glute-bridge"]
    changed = edits.change(BASE, 1, Item("clams", reps=3, sides=ItemSides.LEFT))
    assert changed is not None and edits.apply(BASE, changed).items[1].reps == 3
    renamed = edits.rename(BASE, "  Evening ")
    assert renamed is not None and edits.apply(BASE, renamed).name == "Evening"


def test_nothing_to_do_is_no_edit() -> None:
    assert edits.add(BASE, []) is None
    assert edits.remove(BASE, [7]) is None
    assert edits.move(BASE, [2], 2) is None and edits.move(BASE, [2], 3) is None
    assert edits.shift(BASE, [0], -1) is None and edits.shift(BASE, [4], 1) is None
    assert edits.change(BASE, 0, Item("the-hundred")) is None
    assert edits.rename(BASE, " Mine ") is None and edits.rename(BASE, "  ") is None


def _edit(routine: Routine, choice: tuple[str, list[int], int]) -> edits.Edit | None:
    kind, rows, n = choice
    if kind == "add":
        return edits.add(routine, ["toe-taps", "clams"][: 1 + n % 2], n)
    if kind == "remove":
        return edits.remove(routine, rows)
    if kind == "move":
        return edits.move(routine, rows, n)
    if kind == "duplicate":
        return edits.duplicate(routine, rows)
    if kind == "change":
        return edits.change(routine, n % max(1, len(routine.items)), Item("lunges", reps=1 + n))
    return edits.rename(routine, f"Name {n}")


choices = st.lists(st.tuples(st.sampled_from(["add", "remove", "move", "duplicate", "change",
                                              "rename"]),
                             st.lists(st.integers(0, 8), max_size=4), st.integers(0, 8)),
                   max_size=12)


@given(choices)
def test_undoing_every_edit_in_reverse_gives_the_routine_back(steps: list) -> None:  # type: ignore[type-arg]
    routine = BASE
    undo: list[edits.Edit] = []
    for choice in steps:
        edit = _edit(routine, choice)
        if edit is None:
            continue
        undo.append(edits.inverse(routine, edit))
        routine = edits.apply(routine, edit)
    for edit in reversed(undo):
        routine = edits.apply(routine, edit)
    assert routine == BASE


# --- the repository ----------------------------------------------------------------------------


def test_importing_the_same_file_twice_gives_two_names(repo: RoutineRepository,
                                                       tmp_path: Path) -> None:
    source = _file(tmp_path, "Morning", ["clams"])
    first = repo.import_file(source)
    second = repo.import_file(source)
    assert (first.name, first.id) == ("Morning", "morning")
    assert (second.name, second.id) == ("Morning 2", "morning-2")
    assert sorted(p.name for p in repo.folder.iterdir()) == ["morning-2.json", "morning.json"]
    assert [r.name for r in repo.user()[0]] == ["Morning", "Morning 2"]


def test_an_import_named_like_a_built_in_is_told_apart(repo: RoutineRepository,
                                                       tmp_path: Path) -> None:
    builtin = repo.builtins()[0]
    mine = repo.import_file(_file(tmp_path, builtin.name, ["clams"]))
    assert mine.name == f"{builtin.name} 2" and mine.id != builtin.id
    assert repo.resolve(mine.name) == mine and repo.resolve(builtin.name).builtin


def test_a_bad_or_missing_file_writes_nothing(repo: RoutineRepository, tmp_path: Path) -> None:
    with pytest.raises(FormatError, match=r"\$\.items\[0\]\.exercise: unknown exercise"):
        repo.import_file(_file(tmp_path, "Bad", ["no-such-exercise"]))
    with pytest.raises(PhraseError, match="gone.json: cannot be read"):
        repo.import_file(tmp_path / "gone.json")
    assert not repo.folder.exists()


def test_a_file_that_cannot_be_read_still_takes_its_id(repo: RoutineRepository,
                                                       tmp_path: Path) -> None:
    _write(repo.folder / "morning.json", "{ broken")
    routines, errors = repo.user()
    assert routines == [] and "morning.json" in str(errors[0])
    added = repo.add("Morning")
    assert added.id == "morning-2"
    assert (repo.folder / "morning.json").read_text(encoding="utf-8") == "{ broken"


def test_save_resolve_and_delete(repo: RoutineRepository) -> None:
    added = repo.add("Evening", [Item("clams")])
    assert repo.resolve("evening") == added == repo.resolve("EVENING")
    repo.save(added.with_items([Item("lunges")]))
    assert repo.resolve("Evening").items == (Item("lunges"),)
    repo.delete(added.id)
    with pytest.raises(NotFoundError):
        repo.resolve("Evening")
    with pytest.raises(ValueError):
        repo.save(repo.builtins()[0])
