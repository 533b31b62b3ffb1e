"""The library panel (search, filters, marks, drags) and the item editor."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pilates_desktop.core.library import (
    Difficulty,
    Equipment,
    Focus,
    Library,
    Position,
    load_library,
)
from pilates_desktop.core.routines import Item, ItemSides
from pilates_desktop.core.routines.validation import OVERRIDE_RANGES
from pilates_desktop.services.app_state import AppState
from pilates_desktop.services.settings import KNEE_PROBLEMS, NECK_PROBLEMS, Settings
from pilates_desktop.ui.builder.library_model import (
    MIME_EXERCISES,
    CautionFilter,
    LibraryFilter,
    Role,
    decode_exercise_ids,
)
from pilates_desktop.ui.builder.workspace import RoutineWorkspace


@pytest.fixture
def lib() -> Library:
    return load_library()


@pytest.fixture
def settings(ws: RoutineWorkspace) -> Settings:
    return ws.settings


@pytest.fixture
def app_state(ws: RoutineWorkspace) -> AppState:
    return ws.app_state


def shown(ws: RoutineWorkspace) -> list[str]:
    proxy = ws.library_panel.proxy
    return [proxy.index(r, 0).data(Role.EXERCISE_ID) for r in range(proxy.rowCount())]


def test_search_matches_name_summary_and_focus(ws: RoutineWorkspace, lib: Library) -> None:
    panel = ws.library_panel
    assert len(shown(ws)) == len(lib)
    panel.search.setText("HUNDRED")
    assert shown(ws) == ["the-hundred"]
    panel.search.setText("vertebra")  # in the Roll Up's summary
    assert "roll-up" in shown(ws)
    panel.search.setText("hips and glutes")  # a focus label
    assert shown(ws) and all(Focus.HIPS_GLUTES in lib[i].focus for i in shown(ws))
    panel.search.setText("bridge glute")  # every word must match, in any order
    assert shown(ws) == ["glute-bridge"]
    panel.search.setText("zzz")
    assert shown(ws) == []
    assert panel.count_label.text() == f"0 of {len(lib)} exercises"
    panel.search.clear()
    assert len(shown(ws)) == len(lib)


def test_each_facet_filters(ws: RoutineWorkspace, lib: Library) -> None:
    panel = ws.library_panel
    cases = [
        (panel.focus_box, Focus.UPPER_BACK, lambda ex: Focus.UPPER_BACK in ex.focus),
        (panel.position_box, Position.STANDING, lambda ex: ex.position is Position.STANDING),
        (panel.difficulty_box, Difficulty.BEGINNER,
         lambda ex: ex.difficulty is Difficulty.BEGINNER),
        (panel.equipment_box, Equipment.WALL, lambda ex: Equipment.WALL in ex.equipment),
    ]
    for box, value, keep in cases:
        box.setCurrentIndex(box.findData(value.value))
        expected = [ex.id for ex in lib.exercises() if keep(ex)]
        assert expected and shown(ws) == expected, value
        box.setCurrentIndex(0)
    assert len(shown(ws)) == len(lib)
    box = panel.caution_box
    for mode, keep in [
        (CautionFilter.NONE, lambda ex: not ex.contraindications),
        (CautionFilter.NO_KNEE, lambda ex: "knee-problems" not in ex.contraindications),
        (CautionFilter.NO_NECK, lambda ex: "neck-problems" not in ex.contraindications),
        (CautionFilter.MY_FLAGS, lambda ex: True),  # no health flags set yet
    ]:
        box.setCurrentIndex(box.findData(mode.value))
        assert shown(ws) == [ex.id for ex in lib.exercises() if keep(ex)], mode


def test_health_flags_and_pain_marks_are_marked(ws: RoutineWorkspace, lib: Library,
                                                settings: Settings, app_state: AppState) -> None:
    model = ws.library_panel.model
    knee = [ex for ex in lib.exercises() if "knee-problems" in ex.contraindications]
    assert knee, "the library has exercises that are hard on the knees"
    row = model.exercises().index(knee[0])
    assert model.index(row).data(Role.FLAGGED) == []
    assert model.index(row).data(Role.BADGES)  # the caution shows even without the flag
    settings.set_value(KNEE_PROBLEMS, True)
    assert model.index(row).data(Role.FLAGGED) == ["knee-problems"]
    assert "not advised" in model.index(row).data(Qt.ItemDataRole.ToolTipRole)
    box = ws.library_panel.caution_box
    box.setCurrentIndex(box.findData(CautionFilter.MY_FLAGS.value))
    assert knee[0].id not in shown(ws)
    settings.set_value(NECK_PROBLEMS, True)
    settings.set_value(KNEE_PROBLEMS, False)
    assert knee[0].id in shown(ws) or "neck-problems" in knee[0].contraindications
    hundred = model.exercises().index(lib["the-hundred"])
    assert model.index(hundred).data(Role.PAIN) == 0
    app_state.add_pain_mark("the-hundred")
    app_state.add_pain_mark("the-hundred")
    assert model.index(hundred).data(Role.PAIN) == 2
    assert "hurt (2 times)" in model.index(hundred).data(Qt.ItemDataRole.ToolTipRole)
    # The rows paint with their marks (no exceptions, no Qt warnings).
    ws.library_panel.resize(500, 700)
    assert not ws.library_panel.grab().isNull()


def test_dragging_several_exercises_carries_their_ids(ws: RoutineWorkspace, lib: Library) -> None:
    proxy = ws.library_panel.proxy
    ws.library_panel.search.setText("stretch")
    indexes = [proxy.index(r, 0) for r in range(proxy.rowCount())]
    assert len(indexes) >= 2
    mime = proxy.mimeData(indexes)
    assert mime.hasFormat(MIME_EXERCISES)
    assert decode_exercise_ids(mime, lib) == shown(ws)
    flags = proxy.flags(indexes[0])
    assert flags & Qt.ItemFlag.ItemIsDragEnabled


# --- the item editor ---------------------------------------------------------------------------


@pytest.fixture
def edited(ws: RoutineWorkspace) -> RoutineWorkspace:
    ws.new_routine("Edited")
    ws.add_exercises(["clams", "the-hundred", "legs-up-the-wall"])
    ws.undo_stack.clear()
    ws._select_rows(0, 0)
    return ws


def test_editor_shows_defaults_and_only_fields_that_matter(edited: RoutineWorkspace) -> None:
    editor = edited.item_editor
    assert editor.is_editable() and editor.spins["reps"].isEnabled()
    reps = editor.spins["reps"]
    assert reps.text() == "Default (10)"
    assert (reps.minimum() + 1, reps.maximum()) == OVERRIDE_RANGES["reps"]
    for name, (lo, hi) in OVERRIDE_RANGES.items():
        assert (editor.spins[name].minimum() + 1, editor.spins[name].maximum()) == (lo, hi)
    form = editor._form
    assert form.isRowVisible(editor.spins["reps"]) and not form.isRowVisible(editor.spins["pumps"])
    assert form.isRowVisible(editor.sides)
    assert editor.sides.currentText().startswith("Default")
    edited._select_rows(1, 1)
    assert form.isRowVisible(editor.spins["pumps"]) and not form.isRowVisible(editor.spins["reps"])
    assert editor.spins["pumps"].text() == "Default (100)"
    assert not form.isRowVisible(editor.sides)  # the Hundred has no sides
    edited._select_rows(2, 2)
    assert form.isRowVisible(editor.spins["hold_s"])
    edited._select_rows(0, 1)
    assert not editor.is_editable()  # one item at a time
    assert editor.heading.isEnabled()  # its instructions stay readable


def test_typing_changes_the_item_as_one_undoable_step(qtbot: QtBot,
                                                      edited: RoutineWorkspace) -> None:
    editor = edited.item_editor
    reps = editor.spins["reps"]
    before_total = edited.playlist_model.total_seconds()
    reps.setFocus()
    reps.lineEdit().selectAll()
    qtbot.keyClicks(reps, "14")
    assert edited.playlist_model.item(0) == Item("clams", reps=14)
    assert edited.undo_stack.count() == 1
    assert edited.undo_action.text() == "Undo Change Clams"
    assert edited.playlist_model.total_seconds() > before_total
    assert "14 per side" in edited.playlist_model.index(0).data(Qt.ItemDataRole.ToolTipRole)
    reps.lineEdit().selectAll()
    qtbot.keyClicks(reps, "999")  # over the range: the spin box refuses the extra digit
    assert 1 <= edited.playlist_model.item(0).reps <= OVERRIDE_RANGES["reps"][1]  # type: ignore[operator]
    editor.sides.setCurrentIndex(editor.sides.findData(ItemSides.LEFT.value))
    assert edited.playlist_model.item(0).sides is ItemSides.LEFT
    edited.undo_stack.undo()
    edited.undo_stack.undo()
    assert edited.playlist_model.item(0) == Item("clams")
    assert reps.text() == "Default (10)"


def test_reset_to_defaults(edited: RoutineWorkspace) -> None:
    model = edited.playlist_model
    model.request_change(0, Item("clams", reps=3, rest_s=40, sides=ItemSides.RIGHT))
    editor = edited.item_editor
    assert editor.spins["reps"].value() == 3
    assert editor.reset_button.isEnabled()
    editor.reset_button.click()
    assert model.item(0) == Item("clams")
    assert edited.undo_action.text() == "Undo Reset Clams to Defaults"
    assert not editor.reset_button.isEnabled()
    edited.undo_stack.undo()
    assert model.item(0) == Item("clams", reps=3, rest_s=40, sides=ItemSides.RIGHT)
    # Stepping down to the lowest value means "default" again.
    editor.spins["rest_s"].setValue(editor.spins["rest_s"].minimum())
    assert model.item(0).rest_s is None


def test_editing_a_builtin_offers_a_copy_and_declining_reverts(
        ws: RoutineWorkspace, dialogs: Any) -> None:
    builtin = ws.current_routine()
    assert builtin is not None and builtin.builtin
    ws._select_rows(0, 0)
    dialogs.answer = "no"
    name, spin = next((n, s) for n, s in ws.item_editor.spins.items()
                      if ws.item_editor._form.isRowVisible(s))
    value = getattr(builtin.items[0], name)
    shown_before = spin.minimum() if value is None else value
    spin.setValue(shown_before + 1)
    assert ws.current_routine() == builtin
    assert ws.undo_stack.count() == 0
    assert spin.value() == shown_before  # the field shows the routine's value again
    assert ws.item_editor.item() == builtin.items[0]
    dialogs.answer = "yes"
    spin.setValue(shown_before + 1)
    copy = ws.current_routine()
    assert copy is not None and not copy.builtin
    assert copy.items[0] != builtin.items[0]
    assert copy.items[1:] == builtin.items[1:]
    assert ws.playlist_view.selected_rows() == [0]


def test_search_box_keys(qtbot: QtBot, ws: RoutineWorkspace) -> None:
    panel = ws.library_panel
    panel.search.setText("bridge")
    qtbot.keyClick(panel.search, Qt.Key.Key_Down)
    assert panel.view.currentIndex().data(Role.EXERCISE_ID) == "glute-bridge"
    qtbot.keyClick(panel.search, Qt.Key.Key_Escape)
    assert panel.search.text() == ""


def test_routines_list_keys(qtbot: QtBot, ws: RoutineWorkspace, dialogs: Any) -> None:
    routine = ws.new_routine("Keyed")
    assert routine is not None
    ws.add_exercises(["clams"])
    ws.playlist_view.clearSelection()
    ws.playlist_view.setCurrentIndex(ws.playlist_model.index(-1))
    qtbot.keyClick(ws.routines_view, Qt.Key.Key_Return)
    assert ws.playlist_view.selected_rows() == [0]
    dialogs.answer = "yes"
    qtbot.keyClick(ws.routines_view, Qt.Key.Key_Delete)
    assert all(r.id != routine.id for r in ws.routines())


# --- the filter model: keeps what passes, and scales ------------------------------------------


def test_filter_keeps_the_current_and_selected_items_that_still_pass(
        ws: RoutineWorkspace) -> None:
    panel, proxy, view = ws.library_panel, ws.library_panel.proxy, ws.library_panel.view
    resets: list[object] = []
    proxy.modelReset.connect(lambda: resets.append(True))
    changes: list[object] = []
    view.selectionModel().selectionChanged.connect(lambda *a: changes.append(a))
    rows = {proxy.index(r, 0).data(Role.EXERCISE_ID): r for r in range(proxy.rowCount())}
    sel = view.selectionModel()
    sel.setCurrentIndex(proxy.index(rows["glute-bridge"], 0),
                        sel.SelectionFlag.ClearAndSelect)
    sel.select(proxy.index(rows["the-hundred"], 0), sel.SelectionFlag.Select)
    assert view.selected_ids() == ["the-hundred", "glute-bridge"]
    changes.clear()
    panel.search.setText("bridge")
    assert view.selected_ids() == ["glute-bridge"]
    assert view.currentIndex().data(Role.EXERCISE_ID) == "glute-bridge"
    assert changes, "views hear that the Hundred left the selection"
    panel.search.clear()
    assert view.selected_ids() == ["glute-bridge"]
    assert view.currentIndex().data(Role.EXERCISE_ID) == "glute-bridge"
    assert not resets  # row changes, never a reset that would drop the selection


def test_with_nothing_held_a_search_is_one_reset(ws: RoutineWorkspace, lib: Library) -> None:
    panel, proxy, view = ws.library_panel, ws.library_panel.proxy, ws.library_panel.view
    view.selectionModel().clear()  # no current item, no selection: nothing to carry over
    assert not proxy.persistentIndexList()
    signals: list[str] = []
    proxy.modelReset.connect(lambda: signals.append("reset"))
    proxy.rowsRemoved.connect(lambda *_: signals.append("removed"))
    panel.search.setText("stretch")
    assert signals == ["reset"]
    assert shown(ws) == [ex.id for ex in lib.exercises()
                         if "stretch" in panel.model.keys[lib.exercises().index(ex)].haystack]
    assert panel.count_label.text() == f"{len(shown(ws))} of {len(lib)} exercises"


def test_typing_letter_by_letter_matches_a_fresh_search(ws: RoutineWorkspace,
                                                       lib: Library) -> None:
    panel = ws.library_panel
    keys = dict(zip([ex.id for ex in panel.model.exercises()], panel.model.keys, strict=True))
    panel.focus_box.setCurrentIndex(panel.focus_box.findData(Focus.CORE.value))

    def expected(text: str) -> list[str]:
        words = text.casefold().split()
        return [ex.id for ex in lib.exercises() if Focus.CORE in ex.focus
                and all(w in keys[ex.id].haystack for w in words)]

    typed = ""
    for letter in "leg str":  # narrowing: only the previous matches are looked at again
        typed += letter
        panel.search.setText(typed)
        assert shown(ws) == expected(typed), typed
    for text in ["leg s", "le", "roll", "", "STRETCH leg", "stretch"]:  # backspace, new words
        panel.search.setText(text)
        assert shown(ws) == expected(text), text
    panel.focus_box.setCurrentIndex(0)
    assert shown(ws) == [ex.id for ex in lib.exercises() if "stretch" in keys[ex.id].haystack]


def test_facets_combine_and_follow_the_health_flags(ws: RoutineWorkspace, lib: Library,
                                                    settings: Settings) -> None:
    panel = ws.library_panel
    panel.position_box.setCurrentIndex(panel.position_box.findData(Position.SUPINE.value))
    panel.focus_box.setCurrentIndex(panel.focus_box.findData(Focus.CORE.value))
    panel.caution_box.setCurrentIndex(panel.caution_box.findData(CautionFilter.MY_FLAGS.value))

    def expected(flags: set[str]) -> list[str]:
        return [ex.id for ex in lib.exercises()
                if ex.position is Position.SUPINE and Focus.CORE in ex.focus
                and not flags & {c.value for c in ex.contraindications}]

    assert shown(ws) and shown(ws) == expected(set())
    settings.set_value(NECK_PROBLEMS, True)
    assert shown(ws) == expected({"neck-problems"})
    assert len(shown(ws)) < len(expected(set())), "some supine core work is hard on the neck"
    settings.set_value(NECK_PROBLEMS, False)
    assert shown(ws) == expected(set())
    panel.difficulty_box.setCurrentIndex(
        panel.difficulty_box.findData(Difficulty.ADVANCED.value))
    assert shown(ws) == [ex.id for ex in lib.exercises() if ex.position is Position.SUPINE
                         and Focus.CORE in ex.focus and ex.difficulty is Difficulty.ADVANCED]


def test_filter_maps_rows_and_passes_on_changes(ws: RoutineWorkspace,
                                                app_state: AppState) -> None:
    panel, proxy = ws.library_panel, ws.library_panel.proxy
    panel.search.setText("stretch")
    changed: list[int] = []
    proxy.dataChanged.connect(lambda top, bottom, *_: changed.extend(
        range(top.row(), bottom.row() + 1)))
    for row in range(proxy.rowCount()):
        source = proxy.mapToSource(proxy.index(row, 0))
        assert source.data(Role.EXERCISE_ID) == proxy.index(row, 0).data(Role.EXERCISE_ID)
        assert proxy.mapFromSource(source).row() == row
    hundred = panel.model.index(panel.model.exercises().index(
        next(ex for ex in panel.model.exercises() if ex.id == "the-hundred")))
    assert not proxy.mapFromSource(hundred).isValid()  # filtered out
    app_state.add_pain_mark("single-leg-stretch")
    row = shown(ws).index("single-leg-stretch")
    assert row in changed  # the shown row repaints with its new mark
    assert proxy.index(row, 0).data(Role.PAIN) == 1


def test_row_count_is_answered_in_cpp() -> None:
    # A list view asks for an index of every row when it lays out; a rowCount() written in
    # Python would make each of those a call into Python (1.6 ms for 1,000 rows).
    assert "rowCount" not in vars(LibraryFilter) and "index" not in vars(LibraryFilter)
