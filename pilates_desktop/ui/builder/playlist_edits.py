"""What the user does to the playlist on screen, for the routine workspace: add, move, remove
and duplicate the selected exercises, change one in the item editor, keep the selection and
the actions that depend on it in step, play from it and open an exercise's details.

A part of :class:`~pilates_desktop.ui.builder.workspace.RoutineWorkspace` (its base class),
kept apart because none of it decides about routines: each edit is a request to the playlist
model, which pushes the undoable command. Its texts are the workspace's (retranslate_ui).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt

from pilates_desktop.core.routines import Item, effective_dose

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QWidget

    from pilates_desktop.core.library import Library
    from pilates_desktop.core.routines import Routine
    from pilates_desktop.services.app_state import AppState
    from pilates_desktop.services.settings import Settings
    from pilates_desktop.ui.builder.item_editor import ItemEditor
    from pilates_desktop.ui.builder.library_panel import LibraryPanel
    from pilates_desktop.ui.builder.playlist_model import PlaylistModel
    from pilates_desktop.ui.builder.playlist_view import PlaylistView


class _Workspace(Protocol):
    """What these methods use of the workspace (RoutineWorkspace has it all)."""

    play_requested: SignalInstance
    show_exercise: SignalInstance
    library: Library
    settings: Settings
    app_state: AppState
    window: QWidget
    open_details_dialog: bool
    details_dialog: QWidget | None
    playlist_model: PlaylistModel
    playlist_view: PlaylistView
    item_editor: ItemEditor
    library_panel: LibraryPanel
    export_action: QAction
    rename_action: QAction
    duplicate_routine_action: QAction
    delete_routine_action: QAction
    move_up_action: QAction
    move_down_action: QAction
    remove_action: QAction
    duplicate_item_action: QAction
    add_action: QAction
    play_action: QAction
    play_here_action: QAction
    reset_item_action: QAction
    details_action: QAction

    def current_routine(self) -> Routine | None: ...
    def flush_saves(self) -> bool: ...
    def add_exercises(self, exercise_ids: Sequence[str]) -> bool: ...
    def open_details(self, exercise_id: str) -> None: ...
    def _single_row(self) -> int | None: ...
    def _select_rows(self, first: int, last: int, rows: Sequence[int] = ()) -> None: ...
    def _refresh_editor(self, force: bool = False) -> None: ...
    def _update_actions(self) -> None: ...


class PlaylistEditing:
    """The workspace's playlist edits and selection (each method runs on the workspace)."""

    details_dialog: QWidget | None  # the exercise's details, while open

    def add_exercises(self: _Workspace, exercise_ids: Sequence[str]) -> bool:
        """Insert or Enter in the library: after the selected item, or at the end."""
        rows = self.playlist_view.selected_rows()
        row = rows[-1] + 1 if rows else None
        return self.playlist_model.request_add(list(exercise_ids), row)

    def add_library_selection(self: _Workspace) -> bool:
        return self.add_exercises(self.library_panel.view.selected_ids())

    def move_selected(self: _Workspace, delta: int) -> bool:
        return self.playlist_model.request_shift(self.playlist_view.selected_rows(), delta)

    def remove_selected(self: _Workspace) -> bool:
        return self.playlist_model.request_remove(self.playlist_view.selected_rows())

    def duplicate_selected(self: _Workspace) -> bool:
        return self.playlist_model.request_duplicate(self.playlist_view.selected_rows())

    def _single_row(self: _Workspace) -> int | None:
        rows = self.playlist_view.selected_rows()
        return rows[0] if len(rows) == 1 else None

    def _change_item(self: _Workspace, item: Item, field: str) -> None:
        row = self._single_row()
        if row is None or not self.playlist_model.request_change(row, item, field):
            self._refresh_editor(force=True)

    def reset_selected(self: _Workspace) -> bool:
        row = self._single_row()
        if row is None:
            return False
        item = self.playlist_model.item(row)
        done = self.playlist_model.request_change(row, item.reset(), reset=True)
        if not done:
            self._refresh_editor(force=True)
        return done

    def _select_rows(self: _Workspace, first: int, last: int, rows: Sequence[int] = ()) -> None:
        model = self.playlist_model
        count = model.rowCount()
        sel = self.playlist_view.selectionModel()
        if count == 0 or first < 0:
            sel.clear()
            self._refresh_editor()
            return
        first, last = min(first, count - 1), min(last, count - 1)
        wanted = sorted(set(rows)) if rows else list(range(first, last + 1))
        selection = QItemSelection()
        for r in wanted:
            if 0 <= r < count:
                selection.select(model.index(r), model.index(r))
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)
        sel.select(selection, flags)
        sel.setCurrentIndex(model.index(first), QItemSelectionModel.SelectionFlag.NoUpdate)
        self.playlist_view.scrollTo(model.index(first))

    def _refresh_editor(self: _Workspace, force: bool = False) -> None:
        row = self._single_row()
        editor = self.item_editor
        if force:
            editor.set_item(None, None, None, 0.0)
        if row is None:
            editor.set_item(None, None, None, 0.0)
        else:
            item = self.playlist_model.item(row)
            ex = self.library[item.exercise]
            pace = self.playlist_model.pace()
            default = effective_dose(Item(item.exercise), ex, pace.default_rest_s)
            editor.set_item(item, ex, default, self.playlist_model.row_seconds(row))
        self._update_actions()

    def _update_actions(self: _Workspace) -> None:
        routine = self.current_routine()
        rows = self.playlist_view.selected_rows()
        count = self.playlist_model.rowCount()
        has = routine is not None
        user = routine is not None and not routine.builtin
        self.export_action.setEnabled(has)
        self.rename_action.setEnabled(has)
        self.duplicate_routine_action.setEnabled(has)
        self.delete_routine_action.setEnabled(bool(user))
        self.move_up_action.setEnabled(bool(rows) and rows[0] > 0)
        self.move_down_action.setEnabled(bool(rows) and rows[-1] < count - 1)
        self.remove_action.setEnabled(bool(rows))
        self.duplicate_item_action.setEnabled(bool(rows))
        self.add_action.setEnabled(has and bool(self.library_panel.view.selected_ids()))
        self.play_action.setEnabled(count > 0)
        self.play_here_action.setEnabled(count > 0)
        self.reset_item_action.setEnabled(len(rows) == 1)
        self.details_action.setEnabled(len(rows) == 1)

    def play(self: _Workspace) -> None:
        routine = self.current_routine()
        if routine is not None and routine.items:
            self.flush_saves()
            self.play_requested.emit(routine, 0)

    def play_from_here(self: _Workspace) -> None:
        routine = self.current_routine()
        if routine is None or not routine.items:
            return
        rows = self.playlist_view.selected_rows()
        self.flush_saves()
        self.play_requested.emit(routine, rows[0] if rows else 0)

    def _focus_playlist(self: _Workspace) -> None:
        view = self.playlist_view
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        if not view.currentIndex().isValid() and self.playlist_model.rowCount():
            self._select_rows(0, 0)

    def _details_of_selected(self: _Workspace) -> None:
        row = self._single_row()
        if row is not None:
            self.open_details(self.playlist_model.item(row).exercise)

    def open_details(self: _Workspace, exercise_id: str) -> None:
        self.show_exercise.emit(exercise_id)
        if not self.open_details_dialog or exercise_id not in self.library:
            return
        from pilates_desktop.ui.dialogs.exercise import ExerciseDialog

        if self.details_dialog is not None:
            self.details_dialog.close()
        mark = self.app_state.pain_mark(exercise_id)
        dialog = ExerciseDialog(self.library[exercise_id], self.library,
                                self.settings.health_flags(), mark.count if mark else 0,
                                self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.add_requested.connect(self.add_exercises)
        dialog.destroyed.connect(lambda *_: setattr(self, "details_dialog", None))
        self.details_dialog = dialog
        dialog.show()

    def _playlist_menu(self: _Workspace, pos: Any) -> None:
        from PySide6.QtWidgets import QMenu

        menu = QMenu(self.playlist_view)
        for action in (self.play_here_action, None, self.details_action, self.reset_item_action,
                       None, self.move_up_action, self.move_down_action,
                       self.duplicate_item_action, self.remove_action):
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.popup(self.playlist_view.viewport().mapToGlobal(pos))
