"""The routine builder: routines list, exercise library and playlist editor, with one undo stack.

The workspace owns the routines (built-in and the user's), the undo stack and the autosave.
The main window only places its three panels and adds its actions to the menus.

One undo stack serves every routine. Each command names its routine; undoing it brings that
routine back on screen first (``model_for``), so the user always sees what changed. Deleting a
routine clears the stack, because its commands would have nothing left to act on.

What the user does to the playlist on screen (the selection, the item editor, play, details)
is the base class :class:`~pilates_desktop.ui.builder.playlist_edits.PlaylistEditing`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand
from PySide6.QtWidgets import QWidget

from pilates_desktop.core.durations import total_time_text
from pilates_desktop.core.errors import FormatError, PilatesError
from pilates_desktop.core.routines import Item, Routine, naming
from pilates_desktop.core.routines.fileformat import encode_routine
from pilates_desktop.core.routines.repository import read_routine_file
from pilates_desktop.core.routines.validation import MAX_NAME
from pilates_desktop.core.text import fill
from pilates_desktop.core.timeline import Pace, routine_times
from pilates_desktop.i18n import error_text, ex_name, routine_name
from pilates_desktop.services.files import write_text_atomically
from pilates_desktop.services.prompter import CANCEL, YES, Question
from pilates_desktop.ui.builder.item_editor import ItemEditor
from pilates_desktop.ui.builder.library_panel import LibraryPanel
from pilates_desktop.ui.builder.playlist_edits import PlaylistEditing
from pilates_desktop.ui.builder.playlist_model import PlaylistModel
from pilates_desktop.ui.builder.playlist_view import PlaylistEditor
from pilates_desktop.ui.builder.routines_panel import RoutinesModel, RoutinesPanel
from pilates_desktop.ui.widgets.undo import UndoActions

if TYPE_CHECKING:
    from pilates_desktop.services.bundle import Services


class RoutineWorkspace(PlaylistEditing, QObject):
    routine_selected = Signal(object)  # Routine | None: selection changed, or the routine edited
    play_requested = Signal(object, int)  # Routine, index of the first item to play
    show_exercise = Signal(str)  # exercise id (double-click / Shift+Enter in the library)

    def __init__(self, services: Services, parent: QWidget) -> None:
        super().__init__(parent)
        library, settings, app_state = services.library, services.settings, services.app_state
        self.library = library
        self.repository = services.repository
        self.settings = settings
        self.app_state = app_state
        self.prompter = services.prompter
        self.window = parent
        # The details dialog with every step card; a host that shows them itself may turn it off.
        self.open_details_dialog = True
        self.details_dialog: QWidget | None = None
        self.routines_service = services.routines
        self.undo_stack = services.routines.undo_stack
        self._durations: dict[tuple[Any, ...], float] = {}

        self.playlist_model = PlaylistModel(library, settings.pace(), self)
        self.playlist_model.push = self._push
        self.playlist_model.guard = self._ensure_editable
        self.playlist_model.target = self
        self.routines_model = RoutinesModel(self._describe, self)
        self.routines_panel = RoutinesPanel(self.routines_model, parent)
        self.routines_view = self.routines_panel.view
        self.library_panel = LibraryPanel(library, settings, app_state, parent)
        self.item_editor = ItemEditor()
        self.playlist_editor = PlaylistEditor(self.playlist_model, self.item_editor, parent)
        self.playlist_view = self.playlist_editor.view


        self._make_actions()
        self._wire()
        self.load_errors: list[FormatError] = []
        self._update_marks()
        self.reload_routines()
        self.routines_service.watch()
        parent.installEventFilter(self)
        self.retranslate_ui()

    # --- set-up -------------------------------------------------------------------------------

    def _action(self, slot: Callable[[], object],
                keys: Sequence[QKeySequence | QKeySequence.StandardKey | str] = (),
                context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut) -> QAction:
        action = QAction(self)
        if keys:
            action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(context)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _make_actions(self) -> None:
        widget_ctx = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.new_action = self._action(self.new_routine, [QKeySequence.StandardKey.New])
        self.import_action = self._action(self.import_dialog, ["Ctrl+I"])
        self.export_action = self._action(self.export_dialog, ["Ctrl+E"])
        self.rename_action = self._action(self.rename_dialog, ["F2"])
        self.duplicate_routine_action = self._action(self.duplicate_current, ["Ctrl+Shift+D"])
        self.delete_routine_action = self._action(self.delete_current, ["Ctrl+Shift+Del"])
        self.undo_actions = UndoActions(self.undo_stack, self)
        self.undo_action, self.redo_action = self.undo_actions.undo, self.undo_actions.redo
        self.move_up_action = self._action(lambda: self.move_selected(-1), ["Ctrl+Up"],
                                           widget_ctx)
        self.move_down_action = self._action(lambda: self.move_selected(1), ["Ctrl+Down"],
                                             widget_ctx)
        self.remove_action = self._action(self.remove_selected, [QKeySequence.StandardKey.Delete],
                                          widget_ctx)
        self.duplicate_item_action = self._action(self.duplicate_selected, ["Ctrl+D"],
                                                  widget_ctx)
        self.add_action = self._action(self.add_library_selection, ["Insert"], widget_ctx)
        self.find_action = self._action(self.library_panel.focus_search,
                                        [QKeySequence.StandardKey.Find])
        self.play_action = self._action(self.play, ["Ctrl+P"])
        self.play_here_action = self._action(self.play_from_here, ["Ctrl+Shift+P"])
        self.reset_item_action = self._action(self.reset_selected)
        self.details_action = self._action(self._details_of_selected)
        for name, action in vars(self).items():
            if isinstance(action, QAction):
                action.setObjectName("builder-" + name.removesuffix("_action").replace("_", "-"))
        # Keys that act on the list they belong to; the others work anywhere in the window.
        view = self.playlist_view
        for action in (self.move_up_action, self.move_down_action, self.remove_action,
                       self.duplicate_item_action):
            view.addAction(action)
        self.library_panel.view.addAction(self.add_action)
        for action in (self.new_action, self.import_action, self.export_action,
                       self.rename_action, self.duplicate_routine_action,
                       self.delete_routine_action, self.undo_action, self.redo_action,
                       self.find_action, self.play_action, self.play_here_action):
            self.playlist_editor.addAction(action)
        self.playlist_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.playlist_view.customContextMenuRequested.connect(self._playlist_menu)
        self.routines_panel.add_buttons([self.new_action, self.duplicate_routine_action,
                                         self.rename_action, self.delete_routine_action])

    def _wire(self) -> None:
        self.routines_service.saved.connect(self._on_saved)
        self.routines_service.save_failed.connect(self._on_save_failed)
        self.routines_service.folder_changed.connect(self._on_folder_changed)
        self.routines_view.selectionModel().currentChanged.connect(self._on_current_routine)
        self.routines_view.files_dropped.connect(self._import_files)
        self.routines_view.delete_requested.connect(self.delete_current)
        self.routines_view.open_requested.connect(self._focus_playlist)
        self.routines_model.rename_requested.connect(self._rename_from_list)
        model = self.playlist_model
        model.routine_changed.connect(self._on_routine_edited)
        model.rows_touched.connect(self._select_rows)
        view = self.playlist_view
        view.selectionModel().selectionChanged.connect(lambda *_: self._refresh_editor())
        view.move_requested.connect(self.move_selected)
        view.remove_requested.connect(self.remove_selected)
        view.duplicate_requested.connect(self.duplicate_selected)
        view.edit_requested.connect(self.item_editor.focus_first_field)
        view.files_dropped.connect(self._import_files)
        view.doubleClicked.connect(lambda _i: self.item_editor.focus_first_field())
        self.playlist_editor.play_clicked.connect(self.play)
        self.playlist_editor.play_from_here_clicked.connect(self.play_from_here)
        self.item_editor.change_requested.connect(self._change_item)
        self.item_editor.reset_requested.connect(self.reset_selected)
        self.item_editor.details_requested.connect(self.open_details)
        self.library_panel.add_requested.connect(self.add_exercises)
        self.library_panel.details_requested.connect(self.open_details)
        self.library_panel.view.selectionModel().selectionChanged.connect(
            lambda *_: self._update_actions())
        # Bound methods, not lambdas: the stack outlives this window (it is the service's).
        self.undo_stack.cleanChanged.connect(self._on_stack_changed)
        self.undo_stack.indexChanged.connect(self._on_stack_changed)
        self.settings.health_changed.connect(self._on_health)
        self.settings.pace_changed.connect(self._on_pace)
        self.app_state.changed.connect(self._update_marks)

    def retranslate_ui(self) -> None:
        def setup(action: QAction, text: str, tip: str, accessible: str = "") -> None:
            action.setText(text)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({keys})" if keys else tip)
            action.setStatusTip(tip)
            if accessible:
                action.setWhatsThis(accessible)

        setup(self.new_action, self.tr("&New Routine…"), self.tr("Start a new, empty routine"))
        setup(self.import_action, self.tr("&Import Routine…"),
              self.tr("Add a routine from a routine file"))
        setup(self.export_action, self.tr("&Export Routine…"),
              self.tr("Save the selected routine as a file to share or keep"))
        setup(self.rename_action, self.tr("&Rename Routine…"),
              self.tr("Give the selected routine a new name"))
        setup(self.duplicate_routine_action, self.tr("D&uplicate Routine"),
              self.tr("Make your own copy of the selected routine"))
        setup(self.delete_routine_action, self.tr("&Delete Routine…"),
              self.tr("Delete the selected routine and its file"))
        native = QKeySequence.SequenceFormat.NativeText
        self.undo_actions.retranslate()
        self.undo_action.setToolTip(fill(self.tr("Undo the last change (%1)"),
                                         self.undo_action.shortcut().toString(native)))
        redo_keys = " / ".join(k.toString(native) for k in self.redo_action.shortcuts()[:2])
        self.redo_action.setToolTip(fill(self.tr("Redo the change you undid (%1)"), redo_keys))
        if self.undo_stack.count() == 0:  # Qt warns when a limit is set on a used stack
            self.undo_stack.setUndoLimit(0)
        setup(self.move_up_action, self.tr("Move &Up"),
              self.tr("Move the selected exercises up one place"))
        setup(self.move_down_action, self.tr("Move Do&wn"),
              self.tr("Move the selected exercises down one place"))
        setup(self.remove_action, self.tr("Re&move from Routine"),
              self.tr("Remove the selected exercises from the routine"))
        setup(self.duplicate_item_action, self.tr("Dupli&cate Exercise"),
              self.tr("Repeat the selected exercises right after them"))
        setup(self.add_action, self.tr("&Add to Routine"),
              self.tr("Add the selected library exercises to the routine"))
        setup(self.find_action, self.tr("&Find Exercise"), self.tr("Search the exercise library"))
        setup(self.play_action, self.tr("&Play Routine"), self.tr("Play the whole routine"))
        setup(self.play_here_action, self.tr("Play from &Here"),
              self.tr("Play the routine from the selected exercise"))
        setup(self.reset_item_action, self.tr("Reset to &Defaults"),
              self.tr("Use the exercise's own dosage again"))
        setup(self.details_action, self.tr("Show &Steps…"),
              self.tr("Show the exercise's steps and cautions"))
        self.routines_model.layoutChanged.emit()
        self._update_actions()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.window:
            if event.type() == QEvent.Type.LanguageChange:
                self.retranslate_ui()
            elif event.type() == QEvent.Type.Close and self.has_unsaved_changes():
                self.flush_saves()  # the window may be deleted before the app quits
        return False

    # --- the contract API ---------------------------------------------------------------------

    def file_actions(self) -> list[QAction]:
        return [self.new_action, self.import_action, self.export_action, self.rename_action,
                self.duplicate_routine_action, self.delete_routine_action]

    def edit_actions(self) -> list[QAction]:
        return [self.undo_action, self.redo_action, self.move_up_action, self.move_down_action,
                self.remove_action, self.duplicate_item_action, self.add_action, self.find_action]

    def current_routine(self) -> Routine | None:
        return self.playlist_model.routine()

    def select_routine(self, routine_id: str) -> bool:
        row = self.routines_model.row_of(routine_id)
        if row < 0:
            return False
        index = self.routines_model.index(row)
        if self.routines_view.currentIndex() != index:
            self.routines_view.setCurrentIndex(index)
        current = self.playlist_model.routine()
        if current is None or current.id != routine_id:
            self._show_routine(self.routines_model.routines()[row])
        return True

    def import_file(self, path: str) -> bool:
        """Import a routine file; on any problem, say which and change nothing."""
        try:
            decoded = read_routine_file(Path(path), self.library)
        except FormatError as exc:
            self._error(self.tr("Import Routine"), fill(self.tr(
                     "This routine file cannot be imported, and nothing was changed.\n\n%1"
                 ),
                                                        error_text(exc)))
            return False
        except PilatesError as exc:  # the file cannot be read at all
            self._error(self.tr("Import Routine"), error_text(exc))
            return False
        # The naming rule the command line follows too: a second "Morning" is "Morning 2".
        routine = self._add_user_routine(decoded.name, decoded.items, decoded.description)
        if routine is None:
            return False
        self.playlist_editor.set_saved_text(
            fill(self.tr("Imported “%1”."), routine.name))
        return True

    # --- the routines -------------------------------------------------------------------------

    def reload_routines(self) -> None:
        routines, errors = self.routines_service.load()
        self.load_errors = errors
        self.routines_model.set_routines(routines)
        self._report_load_errors()
        if self.routines_model.rowCount():
            self.select_routine(self.routines_model.routines()[0].id)

    def _report_load_errors(self) -> None:
        errors = self.load_errors
        if errors:
            self.playlist_editor.set_saved_text(
                fill(self.tr("Some routine files could not be read: %1"),
                     "; ".join(error_text(e) for e in errors)), error=True)

    def _on_folder_changed(self) -> None:
        """Routine files came, went or changed outside the app (``pilates-desktop import``):
        show them now. Routines with edits not saved yet keep the edits."""
        on_disk, self.load_errors = self.routines_service.load()
        service = self.routines_service
        pending = {r.id: r for r in self.routines_model.routines() if service.pending(r.id)}
        ids = {r.id for r in on_disk}
        merged = [pending.get(r.id, r) for r in on_disk]
        merged += [r for rid, r in pending.items() if rid not in ids]
        current = self.current_routine()
        self.routines_model.set_routines(merged)
        self._report_load_errors()
        now = next((r for r in merged if current is not None and r.id == current.id), None)
        if now is None:
            self.undo_stack.clear()  # the routine on screen is gone: its edits with it
            self._show_routine(None)
            if merged:
                self.select_routine(merged[0].id)
            return
        if now != current:  # changed on disk: the undo steps no longer match it
            self.undo_stack.clear()
            self._show_routine(now)
        self.select_routine(now.id)

    def routines(self) -> list[Routine]:
        return self.routines_model.routines()

    def _routine(self, routine_id: str) -> Routine | None:
        row = self.routines_model.row_of(routine_id)
        return self.routines_model.routines()[row] if row >= 0 else None

    def _on_current_routine(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            routine = self.routines_model.routines()[current.row()]
            now = self.playlist_model.routine()
            if now is None or now.id != routine.id:
                self._show_routine(routine)

    def _show_routine(self, routine: Routine | None) -> None:
        self.playlist_model.set_routine(routine)
        self._refresh_editor()
        self._update_actions()
        self.routine_selected.emit(routine)

    def model_for(self, routine_id: str) -> PlaylistModel:
        """Command target: the playlist model showing ``routine_id`` (selecting it if needed)."""
        current = self.playlist_model.routine()
        if current is None or current.id != routine_id:
            found = self.select_routine(routine_id)
            assert found, routine_id
        return self.playlist_model

    def _unique_name(self, base: str) -> str:
        return naming.unique_name(base, (r.name for r in self.routines_model.routines()))

    def _add_user_routine(self, name: str, items: Sequence[Item] = (), description: str = "",
                          rows: Sequence[int] = ()) -> Routine | None:
        """Save a new routine, named by the naming rule, and show it; None if it failed."""
        try:
            routine = self.routines_service.add(name, items, description,
                                                existing=self.routines_model.routines())
        except Exception as exc:  # noqa: BLE001 - shown to the user, never a traceback
            self._error(self.tr("Save Routine"), fill(self.tr("“%1” could not be saved: %2"),
                                                      name, str(exc)))
            return None
        self.routines_model.insert_routine(routine)
        self.select_routine(routine.id)
        if rows:
            self._select_rows(min(rows), max(rows), rows)
        return routine

    def new_routine(self, name: str | None = None) -> Routine | None:
        if name is None:
            suggestion = self._unique_name(self.tr("My routine"))
            text = self.prompter.ask_text(self.window, "new-routine", self.tr("New Routine"),
                                          self.tr("Name of the new routine:"), suggestion)
            if text is None:
                return None
            name = text
        name = name.strip()[:MAX_NAME] or self.tr("My routine")
        if self._add_user_routine(name) is None:
            return None
        self.library_panel.focus_search()
        return self.current_routine()

    def duplicate_current(self, rows: Sequence[int] = ()) -> Routine | None:
        current = self.current_routine()
        if current is None:
            return None
        name = fill(self.tr("%1 (my copy)"), routine_name(current))
        if self._add_user_routine(name, current.items, current.description, rows) is None:
            return None
        return self.current_routine()

    def delete_current(self) -> bool:
        current = self.current_routine()
        if current is None:
            return False
        if current.builtin:
            self._error(self.tr("Delete Routine"), fill(self.tr(
                     "“%1” is a built-in routine and cannot be deleted."),
                                                        routine_name(current)))
            return False
        question = Question(
            "delete-routine", self.tr("Delete Routine"),
            fill(self.tr("Delete “%1” and its file? This cannot be undone."),
                 current.name), (YES, CANCEL), default="cancel", escape="cancel")
        if self.prompter.ask(self.window, question) != "yes":
            return False
        try:
            self.routines_service.delete(current.id)
        except OSError as exc:
            self._error(self.tr("Delete Routine"), fill(self.tr("%1: cannot be deleted: %2"),
                                                        str(self.repository.path_for(current.id)),
                                                        exc.strerror or str(exc)))
            return False
        row = self.routines_model.row_of(current.id)
        self.undo_stack.clear()  # its commands would have nothing left to act on
        self.routines_model.remove_routine(current.id)
        remaining = self.routines_model.routines()
        if remaining:
            self.select_routine(remaining[min(row, len(remaining) - 1)].id)
        else:
            self._show_routine(None)
        return True

    def rename_dialog(self) -> bool:
        current = self.current_routine()
        if current is None:
            return False
        if current.builtin and not self._ensure_editable():
            return False
        current = self.current_routine()
        assert current is not None
        text = self.prompter.ask_text(self.window, "rename-routine", self.tr("Rename Routine"),
                                      self.tr("New name:"), current.name)
        return text is not None and self.rename_current(text)

    def rename_current(self, name: str) -> bool:
        name = name.strip()
        if len(name) > MAX_NAME:
            self._error(self.tr("Rename Routine"), fill(self.tr(
                     "A name can have at most %1 characters."),
                                                        str(MAX_NAME)))
            return False
        current = self.current_routine()
        if name and current is not None:  # the naming rule: no two routines share a name
            others = (r.name for r in self.routines_model.routines() if r.id != current.id)
            name = naming.unique_name(name, others)
        return self.playlist_model.request_rename(name)

    def _rename_from_list(self, routine_id: str, name: str) -> None:
        if self.select_routine(routine_id):
            self.rename_current(name)

    def _import_files(self, files: Sequence[str]) -> None:
        for path in files:
            self.import_file(path)

    def import_dialog(self) -> bool:
        from PySide6.QtCore import QStandardPaths

        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path = self.prompter.open_file(self.window, "import-routine", self.tr("Import Routine"),
                                       start, self.tr("Routine files (*.json)"))
        return path is not None and self.import_file(str(path))

    def export_dialog(self) -> bool:
        current = self.current_routine()
        if current is None:
            return False
        from PySide6.QtCore import QStandardPaths

        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggestion = str(Path(start) / f"{current.id}.json") if start else f"{current.id}.json"
        chosen = self.prompter.save_file(self.window, "export-routine",
                                         self.tr("Export Routine"), suggestion,
                                         self.tr("Routine files (*.json)"))
        if chosen is None:
            return False
        path = str(chosen)
        if not path.lower().endswith(".json"):
            path += ".json"
        try:
            write_text_atomically(Path(path), encode_routine(current))
        except Exception as exc:  # noqa: BLE001 - shown to the user, never a traceback
            self._error(self.tr("Export Routine"), str(exc))
            return False
        self.playlist_editor.set_saved_text(fill(self.tr("Exported to %1"), path))
        return True

    # --- read-only built-ins --------------------------------------------------------------------

    def _ensure_editable(self) -> bool:
        """True when the routine on screen may change; a built-in offers an editable copy."""
        current = self.current_routine()
        if current is None:
            return False
        if not current.builtin:
            return True
        question = Question(
            "copy-built-in", self.tr("Built-in Routine"),
            fill(self.tr("“%1” is a built-in routine and stays as it is.\n\nMake your own copy and "
                         "change that instead?"),
                 routine_name(current)))
        if self.prompter.ask(self.window, question) != "yes":
            self._refresh_editor()
            return False
        rows = self.playlist_view.selected_rows()
        return self.duplicate_current(rows) is not None

    # --- edits --------------------------------------------------------------------------------

    def _push(self, command: QUndoCommand) -> None:
        self.undo_stack.push(command)

    def _on_routine_edited(self, routine: Routine) -> None:
        self.routines_model.update_routine(routine)
        if not routine.builtin:
            self.routines_service.edited(routine)
            self.playlist_editor.set_saved_text(self.tr("Saving…"))
        self._refresh_editor()
        self._update_actions()
        self.routine_selected.emit(routine)

    def shut_down(self) -> None:
        """The run ends: save, and stop following the window and the services."""
        self.flush_saves()
        self.window.removeEventFilter(self)
        service = self.routines_service
        for signal, slot in ((service.saved, self._on_saved),
                             (service.save_failed, self._on_save_failed),
                             (service.folder_changed, self._on_folder_changed),
                             (self.undo_stack.cleanChanged, self._on_stack_changed),
                             (self.undo_stack.indexChanged, self._on_stack_changed)):
            signal.disconnect(slot)

    def flush_saves(self) -> bool:
        """Write every changed routine now (autosave runs this shortly after each change)."""
        return self.routines_service.flush()

    def _on_saved(self) -> None:
        if self.current_routine() is not None:
            self.playlist_editor.set_saved_text(self.tr("All changes saved"))

    def _on_save_failed(self, why: str) -> None:
        self.playlist_editor.set_saved_text(fill(self.tr(
                 "Not saved: %1. Your last saved version is kept; the next change tries "
                 "again."),
                                                 why), error=True)

    def has_unsaved_changes(self) -> bool:
        return self.routines_service.has_unsaved()

    def _update_marks(self) -> None:
        pain = {k: m.count for k, m in self.app_state.pain_marks().items()}
        self.playlist_model.set_marks(self.settings.health_flags(), pain)

    def _on_stack_changed(self, _what: object) -> None:
        self._update_actions()

    def _on_health(self, _flags: frozenset[str]) -> None:
        self._update_marks()

    def _on_pace(self, pace: Pace) -> None:
        self._durations.clear()
        self.playlist_model.set_pace(pace)
        self.routines_model.layoutChanged.emit()
        self._refresh_editor()

    # --- helpers ------------------------------------------------------------------------------

    def _describe(self, routine: Routine) -> str:
        pace = self.playlist_model.pace()
        key = (routine.items, pace)
        seconds = self._durations.get(key)
        if seconds is None:
            seconds = routine_times(routine, self.library, pace).total_s
            self._durations[key] = seconds
        kind = self.tr("Built-in") if routine.builtin else self.tr("Yours")
        count = self.tr("%n exercise(s)", "", len(routine.items))
        return f"{kind} · {count} · {total_time_text(seconds)}"

    def _error(self, title: str, text: str) -> None:
        self.prompter.tell(self.window, "builder-problem", title, text)

    def exercise_names(self, routine: Routine) -> list[str]:
        return [ex_name(self.library[i.exercise]) for i in routine.items]

