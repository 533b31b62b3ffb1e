"""Undo and redo of every command give back the exact routine, field for field."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from pilates_desktop.core.library import Library, load_library
from pilates_desktop.core.routines import Item, ItemSides, Routine
from pilates_desktop.ui.builder.playlist_model import PlaylistModel
from pilates_desktop.ui.builder.workspace import RoutineWorkspace

LIB = load_library()
ORIGINAL = Routine(
    "mine", "Mine",
    (Item("the-hundred", pumps=50), Item("clams", reps=12, sides=ItemSides.LEFT),
     Item("glute-bridge"), Item("lunges", rest_s=30), Item("roll-up")),
    description="A test routine",
)


def make_model() -> tuple[PlaylistModel, QUndoStack]:
    model = PlaylistModel(LIB)
    stack = QUndoStack(model)
    model.push = stack.push
    model.set_routine(ORIGINAL)
    return model, stack


def check_round_trip(model: PlaylistModel, stack: QUndoStack) -> None:
    after = model.routine()
    while stack.canUndo():
        stack.undo()
    assert model.routine() == ORIGINAL
    assert model.routine().items == ORIGINAL.items  # type: ignore[union-attr]
    while stack.canRedo():
        stack.redo()
    assert model.routine() == after


@pytest.mark.parametrize(
    ("edit", "text"),
    [
        (lambda m: m.request_add(["lunges", "toe-taps"], 2), "Add 2 exercises"),
        (lambda m: m.request_add(["lunges"], 0), "Add Lunges"),
        (lambda m: m.request_add(["lunges"]), "Add Lunges"),
        (lambda m: m.request_remove([0, 3]), "Remove 2 items"),
        (lambda m: m.request_remove([4]), "Remove Roll Up"),
        (lambda m: m.request_move([0, 2], 5), "Move 2 items"),
        (lambda m: m.request_move([4], 0), "Move Roll Up"),
        (lambda m: m.request_move([1, 4], 3), "Move 2 items"),
        (lambda m: m.request_shift([1, 2], 1), "Move 2 items"),
        (lambda m: m.request_shift([3], -1), "Move Lunges"),
        (lambda m: m.request_duplicate([1, 3]), "Duplicate 2 items"),
        (lambda m: m.request_duplicate([0]), "Duplicate The Hundred"),
        (lambda m: m.request_change(1, Item("clams", reps=3, sets=2)), "Change Clams"),
        (lambda m: m.request_change(1, Item("clams"), reset=True), "Reset Clams to Defaults"),
        (lambda m: m.request_rename("Evening"), "Rename to “Evening”"),
    ],
)
def test_each_command_undoes_to_the_exact_original(qtbot: QtBot, edit, text) -> None:  # type: ignore[no-untyped-def]
    model, stack = make_model()
    assert edit(model)
    assert stack.count() == 1
    assert stack.undoText() == text
    assert model.routine() != ORIGINAL
    check_round_trip(model, stack)


def test_no_op_edits_make_no_command(qtbot: QtBot) -> None:
    model, stack = make_model()
    assert not model.request_move([2], 2)
    assert not model.request_move([2], 3)
    assert not model.request_shift([0], -1)
    assert not model.request_shift([4], 1)
    assert not model.request_remove([])
    assert not model.request_change(0, ORIGINAL.items[0])
    assert not model.request_rename("  Mine ")
    assert not model.request_rename("   ")
    assert stack.count() == 0


def test_typing_in_one_field_merges_into_one_command(qtbot: QtBot) -> None:
    model, stack = make_model()
    model.request_change(2, Item("glute-bridge", reps=1), field="reps")
    model.request_change(2, Item("glute-bridge", reps=12), field="reps")
    assert stack.count() == 1
    model.request_change(2, Item("glute-bridge", reps=12, sets=2), field="sets")
    assert stack.count() == 2
    stack.undo()
    assert model.item(2) == Item("glute-bridge", reps=12)
    stack.undo()
    assert model.routine() == ORIGINAL
    # Typing back to the starting value leaves nothing to undo.
    model.request_change(2, Item("glute-bridge", reps=5), field="reps")
    model.request_change(2, Item("glute-bridge"), field="reps")
    assert stack.count() == 0 or not stack.canUndo()
    assert model.routine() == ORIGINAL


_edits = st.one_of(
    st.tuples(st.just("add"), st.lists(st.sampled_from(sorted(LIB)), min_size=1, max_size=3),
              st.integers(0, 12)),
    st.tuples(st.just("remove"), st.lists(st.integers(0, 12), min_size=1, max_size=3)),
    st.tuples(st.just("move"), st.lists(st.integers(0, 12), min_size=1, max_size=3),
              st.integers(0, 13)),
    st.tuples(st.just("shift"), st.lists(st.integers(0, 12), min_size=1, max_size=2),
              st.sampled_from([-1, 1])),
    st.tuples(st.just("dup"), st.lists(st.integers(0, 12), min_size=1, max_size=2)),
    st.tuples(st.just("change"), st.integers(0, 12), st.integers(1, 30), st.integers(0, 90)),
    st.tuples(st.just("rename"), st.text(min_size=1, max_size=12)),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_edits, min_size=1, max_size=12))
def test_any_sequence_of_edits_undoes_to_the_original(qtbot: QtBot, edits) -> None:  # type: ignore[no-untyped-def]
    model, stack = make_model()
    states = [model.routine()]
    for edit in edits:
        n = model.rowCount()
        kind = edit[0]
        if kind == "add":
            model.request_add(edit[1], edit[2])
        elif kind == "remove":
            model.request_remove([r for r in edit[1] if r < n])
        elif kind == "move":
            model.request_move([r for r in edit[1] if r < n], edit[2])
        elif kind == "shift":
            model.request_shift([r for r in edit[1] if r < n], edit[2])
        elif kind == "dup":
            model.request_duplicate([r for r in edit[1] if r < n])
        elif kind == "change" and edit[1] < n:
            model.request_change(edit[1], model.item(edit[1]).with_overrides(
                reps=edit[2], rest_s=edit[3]))
        elif kind == "rename":
            model.request_rename(edit[1])
        if model.routine() != states[-1]:
            states.append(model.routine())
    assert stack.count() == len(states) - 1
    for expected in reversed(states[:-1]):
        stack.undo()
        assert model.routine() == expected
    assert model.routine() == ORIGINAL
    for expected in states[1:]:
        stack.redo()
        assert model.routine() == expected


# --- through the workspace: commands find their routine again ----------------------------------


@pytest.fixture
def lib() -> Library:
    return LIB


def test_undo_brings_the_edited_routine_back_on_screen(ws: RoutineWorkspace) -> None:
    first = ws.new_routine("First")
    assert first is not None
    ws.add_exercises(["clams"])
    ws.rename_current("First, renamed")
    second = ws.new_routine("Second")
    assert second is not None
    ws.add_exercises(["lunges"])
    assert ws.undo_action.text() == "Undo Add Lunges"
    ws.undo_stack.undo()
    assert ws.current_routine() == second
    ws.undo_stack.undo()  # the rename of First: First comes back on screen
    current = ws.current_routine()
    assert current is not None and current.id == first.id and current.name == "First"
    assert ws.routines_view.currentIndex().data() == "First"
    ws.undo_stack.undo()
    assert ws.current_routine() == first
    assert ws.redo_action.text() == "Redo Add Clams"
    ws.undo_stack.redo()
    ws.undo_stack.redo()
    current = ws.current_routine()
    assert current is not None and current.name == "First, renamed"
    assert current.items == (Item("clams"),)
