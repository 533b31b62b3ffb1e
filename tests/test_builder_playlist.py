"""Playlist editing: drops at the model level and through the view's events, internal moves,
and every keyboard alternative."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from pilates_desktop.core.library import Library, load_library
from pilates_desktop.core.routines import Item, Routine
from pilates_desktop.core.routines.edits import move_order
from pilates_desktop.core.timeline import compile_timeline
from pilates_desktop.ui.builder.library_model import MIME_EXERCISES, encode_exercise_ids
from pilates_desktop.ui.builder.playlist_model import MIME_ROWS, PlaylistModel
from pilates_desktop.ui.builder.workspace import RoutineWorkspace


@pytest.fixture
def lib() -> Library:
    return load_library()


@pytest.fixture
def ws(qtbot: QtBot, make_app: Any, dialogs: Any) -> Iterator[RoutineWorkspace]:
    window = make_app().window
    window.show()
    qtbot.waitExposed(window)
    workspace: RoutineWorkspace = window.workspace  # type: ignore[attr-defined]
    workspace.new_routine("Test routine")
    workspace.add_exercises(["the-hundred", "clams", "glute-bridge"])
    workspace.undo_stack.clear()
    yield workspace
    workspace.flush_saves()


def ids(ws: RoutineWorkspace) -> list[str]:
    routine = ws.current_routine()
    assert routine is not None
    return [i.exercise for i in routine.items]


def select(ws: RoutineWorkspace, *rows: int) -> None:
    ws._select_rows(min(rows), max(rows), rows)
    assert ws.playlist_view.selected_rows() == sorted(rows)


# --- the model alone ---------------------------------------------------------------------------


def test_model_drop_of_library_exercises_inserts_at_the_row(lib: Library) -> None:
    model = PlaylistModel(lib)
    model.set_routine(Routine("r", "R", (Item("the-hundred"), Item("clams"))))
    from pilates_desktop.ui.builder.library_model import LibraryModel

    library_model = LibraryModel(lib.exercises())
    rows = [i for i, ex in enumerate(lib.exercises()) if ex.id in ("lunges", "roll-up")]
    mime = library_model.mimeData([library_model.index(r) for r in rows])
    assert mime.hasFormat(MIME_EXERCISES)
    assert model.canDropMimeData(mime, Qt.DropAction.CopyAction, 1, 0, QModelIndex())
    assert model.dropMimeData(mime, Qt.DropAction.CopyAction, 1, 0, QModelIndex())
    got = [i.exercise for i in model.routine().items]  # type: ignore[union-attr]
    library_order = [ex.id for ex in lib.exercises() if ex.id in ("lunges", "roll-up")]
    assert got == ["the-hundred", *library_order, "clams"]


def test_model_drop_at_minus_one_appends_and_bad_data_is_refused(lib: Library) -> None:
    model = PlaylistModel(lib)
    model.set_routine(Routine("r", "R", (Item("the-hundred"),)))
    assert model.dropMimeData(encode_exercise_ids(["clams"]), Qt.DropAction.CopyAction, -1, 0,
                              QModelIndex())
    assert [i.exercise for i in model.items()] == ["the-hundred", "clams"]
    unknown = encode_exercise_ids(["no-such-exercise"])
    assert not model.canDropMimeData(unknown, Qt.DropAction.CopyAction, 0, 0, QModelIndex())
    assert not model.dropMimeData(unknown, Qt.DropAction.CopyAction, 0, 0, QModelIndex())
    garbage = QMimeData()
    garbage.setData(MIME_EXERCISES, b"{not json")
    assert not model.dropMimeData(garbage, Qt.DropAction.CopyAction, 0, 0, QModelIndex())
    plain = QMimeData()
    plain.setText("the-hundred")
    assert not model.dropMimeData(plain, Qt.DropAction.CopyAction, 0, 0, QModelIndex())
    assert [i.exercise for i in model.items()] == ["the-hundred", "clams"]


def test_model_internal_move_via_mime(lib: Library) -> None:
    model = PlaylistModel(lib)
    model.set_routine(Routine("r", "R", tuple(Item(x) for x in
                                              ("the-hundred", "clams", "lunges", "roll-up"))))
    mime = model.mimeData([model.index(0), model.index(2)])
    assert mime.hasFormat(MIME_ROWS)
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, 4, 0, QModelIndex())
    assert [i.exercise for i in model.items()] == ["clams", "roll-up", "the-hundred", "lunges"]
    # A copy of playlist rows (not a move) adds the exercises again.
    mime = model.mimeData([model.index(0)])
    assert model.dropMimeData(mime, Qt.DropAction.CopyAction, 0, 0, QModelIndex())
    assert [i.exercise for i in model.items()][:2] == ["clams", "clams"]


def test_move_order() -> None:
    assert move_order(5, [0], 2) == [1, 0, 2, 3, 4]
    assert move_order(5, [4], 0) == [4, 0, 1, 2, 3]
    assert move_order(5, [0, 2], 5) == [1, 3, 4, 0, 2]
    assert move_order(5, [1, 3], 2) == [0, 1, 3, 2, 4]
    assert move_order(3, [1], 1) == [0, 1, 2]


def test_total_time_matches_the_timeline_and_updates_live(lib: Library) -> None:
    model = PlaylistModel(lib)
    routine = Routine("r", "R", (Item("the-hundred"), Item("clams", reps=4), Item("lunges")))
    model.set_routine(routine)
    totals: list[float] = []
    model.total_changed.connect(totals.append)
    assert model.total_seconds() == pytest.approx(compile_timeline(routine, lib).total_s)
    model.request_add(["roll-up"], 1)
    assert totals[-1] == pytest.approx(compile_timeline(model.routine(), lib).total_s)
    model.request_change(0, Item("the-hundred", pumps=50, rest_s=0))
    assert totals[-1] == pytest.approx(compile_timeline(model.routine(), lib).total_s)


def test_rows_show_dosage_and_time(lib: Library) -> None:
    from pilates_desktop.ui.builder.playlist_model import PlaylistRole

    model = PlaylistModel(lib)
    model.set_routine(Routine("r", "R", (Item("clams", reps=12, sets=2, rest_s=20,
                                              sides=Item("x").sides or None),)))
    text = model.index(0).data(PlaylistRole.DOSE_TEXT)
    assert "12 per side" in text and "2 sets" in text and "Rest 20 s" in text
    assert "Right, then left" in text
    assert model.index(0).data(PlaylistRole.SECONDS) > 0
    hold = PlaylistModel(lib)
    hold.set_routine(Routine("h", "H", (Item("legs-up-the-wall"),)))
    assert "Hold" in hold.index(0).data(PlaylistRole.DOSE_TEXT)
    assert "Clams" in model.index(0).data(Qt.ItemDataRole.AccessibleTextRole)
    legs = PlaylistModel(lib)  # issue 14 item 7: as the seeds say it, not "Reps 8"
    legs.set_routine(Routine("l", "L", (Item("single-leg-stretch"),)))
    assert legs.index(0).data(PlaylistRole.DOSE_TEXT).startswith("8 per leg · 3 sets")


def test_the_rows_add_up_to_the_total(lib: Library) -> None:
    """Issue 14 item 12: the item times added up to 8:47 while the total said 8:37."""
    from pilates_desktop.ui.builder.playlist_model import PlaylistRole

    routine = Routine("r", "R", (Item("clams", rest_s=20), Item("lunges", rest_s=30)))
    model = PlaylistModel(lib)
    model.set_routine(routine)
    rows = [model.index(r).data(PlaylistRole.SECONDS) for r in range(2)]
    assert sum(rows) == model.total_seconds() > 0
    model.set_routine(Routine("e", "E", ()))
    assert model.total_seconds() == 0


# --- drops through the view's event handlers ---------------------------------------------------


def _send_drag(view, mime: QMimeData, pos: QPoint, action: Qt.DropAction,  # type: ignore[no-untyped-def]
               source=None) -> QDropEvent:  # type: ignore[no-untyped-def]
    """Enter, move and drop, as Qt delivers them to the viewport during a drag."""
    vp = view.viewport()
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPointF(pos), actions, mime, buttons, mods)
    move = QDragMoveEvent(QPointF(pos), actions, mime, buttons, mods)
    drop = QDropEvent(QPointF(pos), actions, mime, buttons, mods)
    if source is not None:
        # QDropEvent.source() is the drag's source widget; tests stand in for QDrag.
        for ev in (enter, move, drop):
            ev.source = lambda s=source: s  # type: ignore[method-assign]
    QApplication.sendEvent(vp, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(vp, move)
    assert move.isAccepted()
    assert view.drop_row is not None
    QApplication.sendEvent(vp, drop)
    return drop


def test_view_drop_from_library_between_rows(ws: RoutineWorkspace) -> None:
    view = ws.playlist_view
    rect = view.visualRect(ws.playlist_model.index(1))
    # Upper half of row 1: lands before it.
    drop = _send_drag(view, encode_exercise_ids(["lunges", "roll-up"]),
                      QPoint(rect.center().x(), rect.top() + 2), Qt.DropAction.CopyAction)
    assert drop.isAccepted()
    assert ids(ws) == ["the-hundred", "lunges", "roll-up", "clams", "glute-bridge"]
    assert view.drop_row is None
    assert ws.undo_action.text() == "Undo Add 2 exercises"
    assert view.selected_rows() == [1, 2]


def test_view_drop_below_the_last_row_appends(ws: RoutineWorkspace) -> None:
    view = ws.playlist_view
    drop = _send_drag(view, encode_exercise_ids(["lunges"]),
                      QPoint(20, view.viewport().height() - 5), Qt.DropAction.CopyAction)
    assert drop.isAccepted()
    assert ids(ws)[-1] == "lunges"


def test_view_refuses_foreign_drags(ws: RoutineWorkspace) -> None:
    view = ws.playlist_view
    mime = QMimeData()
    mime.setText("hello")
    enter = QDragEnterEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), enter)
    assert not enter.isAccepted()
    assert ids(ws) == ["the-hundred", "clams", "glute-bridge"]


def test_view_internal_reorder_by_drop(ws: RoutineWorkspace) -> None:
    view = ws.playlist_view
    model = ws.playlist_model
    select(ws, 0)
    mime = model.mimeData([model.index(0)])
    rect = view.visualRect(model.index(2))
    drop = _send_drag(view, mime, QPoint(rect.center().x(), rect.bottom() - 2),
                      Qt.DropAction.MoveAction, source=view)
    assert drop.isAccepted()
    assert drop.dropAction() == Qt.DropAction.MoveAction
    assert ids(ws) == ["clams", "glute-bridge", "the-hundred"]
    assert ws.undo_action.text() == "Undo Move The Hundred"
    assert view.selected_rows() == [2]  # the moved item stays selected
    ws.undo_stack.undo()
    assert ids(ws) == ["the-hundred", "clams", "glute-bridge"]


def test_view_drop_of_routine_file_imports_it(ws: RoutineWorkspace, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QUrl

    path = tmp_path / "evening.json"
    path.write_text('{"format": "pilates-desktop/routine", "version": 1, "name": "Evening",'
                    ' "items": [{"exercise": "clams", "reps": 5}]}', encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    view = ws.playlist_view
    enter = QDragEnterEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), drop)
    assert drop.isAccepted()
    QApplication.processEvents()  # the import runs once the drag is over
    routine = ws.current_routine()
    assert routine is not None and routine.name == "Evening"
    assert routine.items == (Item("clams", reps=5),)


def test_drop_on_builtin_offers_a_copy(make_app: Any, dialogs: Any) -> None:
    ws: RoutineWorkspace = make_app().window.workspace
    builtin = ws.current_routine()
    assert builtin is not None and builtin.builtin
    dialogs.answer = "no"
    model = ws.playlist_model
    assert not model.dropMimeData(encode_exercise_ids(["clams"]), Qt.DropAction.CopyAction, 0, 0,
                                  QModelIndex())
    assert dialogs.questions and "built-in" in dialogs.questions[0]
    assert ws.current_routine() == builtin
    assert ws.undo_stack.count() == 0
    dialogs.answer = "yes"
    assert model.dropMimeData(encode_exercise_ids(["clams"]), Qt.DropAction.CopyAction, 0, 0,
                              QModelIndex())
    copy = ws.current_routine()
    assert copy is not None and not copy.builtin and copy.id != builtin.id
    assert copy.items == (Item("clams"), *builtin.items)
    # The built-in itself is untouched.
    assert next(r for r in ws.routines() if r.id == builtin.id) == builtin


# --- keyboard alternatives ---------------------------------------------------------------------


def test_ctrl_up_and_ctrl_down_move(qtbot: QtBot, ws: RoutineWorkspace) -> None:
    view = ws.playlist_view
    select(ws, 1)
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert ids(ws) == ["clams", "the-hundred", "glute-bridge"]
    assert view.selected_rows() == [0]
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)  # at the top
    assert ids(ws) == ["clams", "the-hundred", "glute-bridge"]
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert ids(ws) == ["the-hundred", "glute-bridge", "clams"]
    assert view.selected_rows() == [2]
    assert ws.undo_stack.count() == 3


def test_ctrl_down_moves_a_block(qtbot: QtBot, ws: RoutineWorkspace) -> None:
    ws.add_exercises(["lunges"])
    select(ws, 0, 1)
    qtbot.keyClick(ws.playlist_view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert ids(ws) == ["glute-bridge", "the-hundred", "clams", "lunges"]
    assert ws.playlist_view.selected_rows() == [1, 2]


def test_delete_removes_and_ctrl_d_duplicates(qtbot: QtBot, ws: RoutineWorkspace) -> None:
    view = ws.playlist_view
    select(ws, 1)
    qtbot.keyClick(view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert ids(ws) == ["the-hundred", "clams", "clams", "glute-bridge"]
    assert ws.undo_action.text() == "Undo Duplicate Clams"
    assert view.selected_rows() == [2]
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert ids(ws) == ["the-hundred", "clams", "glute-bridge"]
    assert ws.undo_action.text() == "Undo Remove Clams"
    select(ws, 0, 2)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert ids(ws) == ["clams"]


def test_actions_with_shortcuts_trigger_the_same_edits(ws: RoutineWorkspace) -> None:
    assert ws.move_up_action.shortcut().toString() == "Ctrl+Up"
    assert ws.move_down_action.shortcut().toString() == "Ctrl+Down"
    assert ws.duplicate_item_action.shortcut().toString() == "Ctrl+D"
    assert ws.remove_action.shortcut().toString() == "Del"
    assert ws.undo_action.shortcut().toString() == "Ctrl+Z"
    assert {"Ctrl+Shift+Z", "Ctrl+Y"} <= {k.toString() for k in ws.redo_action.shortcuts()}
    assert ws.add_action.shortcut().toString() == "Ins"
    select(ws, 2)
    ws.move_up_action.trigger()
    assert ids(ws) == ["the-hundred", "glute-bridge", "clams"]
    ws.duplicate_item_action.trigger()
    assert ids(ws) == ["the-hundred", "glute-bridge", "glute-bridge", "clams"]
    ws.remove_action.trigger()
    assert ws.playlist_view.selected_rows() == [2]  # the next item takes the selection
    ws.move_up_action.trigger()
    assert ids(ws) == ["the-hundred", "clams", "glute-bridge"]
    ws.move_down_action.trigger()
    assert ids(ws) == ["the-hundred", "glute-bridge", "clams"]
    for action in ws.edit_actions() + ws.file_actions():
        assert action.text() and action.toolTip()


def test_insert_and_enter_in_the_library_add(qtbot: QtBot, ws: RoutineWorkspace) -> None:
    lib_view = ws.library_panel.view
    proxy = ws.library_panel.proxy
    ws.library_panel.search.setText("lunges")
    assert proxy.rowCount() == 1
    lib_view.setCurrentIndex(proxy.index(0, 0))
    select(ws, 0)
    qtbot.keyClick(lib_view, Qt.Key.Key_Insert)
    assert ids(ws) == ["the-hundred", "lunges", "clams", "glute-bridge"]
    ws.playlist_view.clearSelection()
    qtbot.keyClick(lib_view, Qt.Key.Key_Return)
    assert ids(ws)[-1] == "lunges"
    assert ws.undo_action.text() == "Undo Add Lunges"


def test_shift_enter_and_double_click_open_the_details(qtbot: QtBot,
                                                       ws: RoutineWorkspace) -> None:
    lib_view = ws.library_panel.view
    proxy = ws.library_panel.proxy
    ws.library_panel.search.setText("hundred")
    lib_view.setCurrentIndex(proxy.index(0, 0))
    shown: list[str] = []
    ws.show_exercise.connect(shown.append)
    before = ids(ws)
    qtbot.keyClick(lib_view, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert shown == ["the-hundred"]
    assert ids(ws) == before
    dialog = ws.details_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "The Hundred"
    dialog.add_button.click()  # type: ignore[attr-defined]
    assert ids(ws)[-1] == "the-hundred"
    dialog.close()
    lib_view.doubleClicked.emit(proxy.index(0, 0))
    assert shown == ["the-hundred", "the-hundred"]
    assert ws.details_dialog is not None
    ws.details_dialog.close()


# --- the header, marks, play requests and accessibility ----------------------------------------


def test_total_label_updates_live(ws: RoutineWorkspace, lib: Library) -> None:
    from pilates_desktop.core.durations import format_duration

    label = ws.playlist_editor.total
    routine = ws.current_routine()
    assert routine is not None
    assert format_duration(compile_timeline(routine, lib).total_s) in label.text()
    ws.add_exercises(["roll-up"])
    routine = ws.current_routine()
    assert routine is not None
    assert format_duration(compile_timeline(routine, lib).total_s) in label.text()
    assert "4 exercise" in label.text()
    assert ws.playlist_editor.title.text() == "Test routine"


def test_playlist_marks_flagged_and_painful_items(ws: RoutineWorkspace) -> None:
    from pilates_desktop.services.settings import KNEE_PROBLEMS
    from pilates_desktop.ui.builder.playlist_model import PlaylistRole

    ws.add_exercises(["childs-pose"])
    model = ws.playlist_model
    assert model.index(3).data(PlaylistRole.WARNING) == ""
    ws.settings.set_value(KNEE_PROBLEMS, True)
    assert "Knee problems" in model.index(3).data(PlaylistRole.WARNING)
    assert model.index(3).data(PlaylistRole.ROW)[5]
    ws.app_state.add_pain_mark("clams")
    assert model.index(1).data(PlaylistRole.WARNING) == "Hurt 1×"
    assert "Hurt 1×" in model.index(1).data(Qt.ItemDataRole.AccessibleTextRole)
    assert not ws.playlist_view.grab().isNull()


def test_play_and_play_from_here(ws: RoutineWorkspace) -> None:
    requests: list[tuple[object, int]] = []
    ws.play_requested.connect(lambda routine, index: requests.append((routine, index)))
    ws.playlist_editor.play_button.click()
    select(ws, 2)
    ws.playlist_editor.play_here_button.click()
    ws.play_here_action.trigger()
    routine = ws.current_routine()
    assert requests == [(routine, 0), (routine, 2), (routine, 2)]


def test_every_control_has_an_accessible_name_and_actions_show_keys(
        ws: RoutineWorkspace) -> None:
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QLineEdit, QSpinBox

    panels = [ws.routines_panel, ws.library_panel, ws.playlist_editor]
    kinds = (QAbstractButton, QAbstractItemView, QComboBox, QLineEdit, QSpinBox)
    def internal(widget: QWidget, panel: QWidget) -> bool:
        """Parts of another control (a combo's popup list, a line edit's clear button)."""
        parent = widget.parentWidget()
        while parent is not None and parent is not panel:
            if isinstance(parent, (QComboBox, QSpinBox, QLineEdit, QAbstractItemView)):
                return True
            parent = parent.parentWidget()
        return widget.window() is not panel.window()

    for panel in panels:
        for widget in panel.findChildren(QWidget):
            if isinstance(widget, kinds) and not internal(widget, panel):
                name = widget.accessibleName() or (
                    widget.text() if isinstance(widget, QAbstractButton) else "")
                assert name, f"{type(widget).__name__} in {type(panel).__name__} has no name"
    for action in ws.file_actions() + ws.edit_actions():
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if keys:
            assert keys in action.toolTip(), action.text()


def test_language_change_retranslates_without_errors(qtbot: QtBot, ws: RoutineWorkspace) -> None:
    from PySide6.QtCore import QEvent

    for widget in (ws.routines_panel, ws.library_panel, ws.playlist_editor, ws.item_editor):
        QApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
    QApplication.sendEvent(ws.window, QEvent(QEvent.Type.LanguageChange))
    assert ws.undo_action.text() == "Undo"
    assert ws.library_panel.count_label.text().endswith("exercises")
    assert ids(ws) == ["the-hundred", "clams", "glute-bridge"]


def test_view_drop_on_a_builtin_asks_after_the_drag(qtbot: QtBot, make_app: Any,
                                                     dialogs: Any) -> None:
    window = make_app().window
    window.show()
    qtbot.waitExposed(window)
    ws: RoutineWorkspace = window.workspace
    builtin = ws.current_routine()
    assert builtin is not None and builtin.builtin
    view = ws.playlist_view
    rect = view.visualRect(ws.playlist_model.index(0))
    drop = _send_drag(view, encode_exercise_ids(["clams"]),
                      QPoint(rect.center().x(), rect.top() + 2), Qt.DropAction.CopyAction)
    assert drop.isAccepted()
    assert not dialogs.questions and ws.current_routine() == builtin  # nothing during the drag
    QApplication.processEvents()
    assert dialogs.questions
    copy = ws.current_routine()
    assert copy is not None and not copy.builtin
    assert copy.items == (Item("clams"), *builtin.items)


def test_dropped_bad_file_reports_after_the_drag(ws: RoutineWorkspace, tmp_path,  # type: ignore[no-untyped-def]
                                                 dialogs: Any) -> None:
    from PySide6.QtCore import QUrl

    path = tmp_path / "broken.json"
    path.write_text("{", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    before = ws.routines()
    enter = QDragEnterEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(ws.routines_view.viewport(), enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(ws.routines_view.viewport(), drop)
    assert drop.isAccepted() and not dialogs.warnings
    QApplication.processEvents()
    assert len(dialogs.warnings) == 1 and "broken.json" in dialogs.warnings[0]
    assert ws.routines() == before
