"""The routine builder: routines list, exercise library and playlist editor, with one undo stack.

This first version only fixes the API of UI_CONTRACT.md so that the main window can be built
around it; the panels are filled in by the builder modules.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QLabel, QListWidget, QVBoxLayout, QWidget

from pilates_desktop import paths
from pilates_desktop.app_state import AppState
from pilates_desktop.core.catalog import builtin_routines, user_routines
from pilates_desktop.core.library import Library
from pilates_desktop.core.routine import Routine
from pilates_desktop.settings import Settings


class RoutineWorkspace(QObject):
    routine_selected = Signal(object)
    play_requested = Signal(object, int)
    show_exercise = Signal(str)

    def __init__(
        self, library: Library, settings: Settings, app_state: AppState, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.settings = settings
        self.app_state = app_state
        self.undo_stack = QUndoStack(self)
        self._routines: list[Routine] = builtin_routines(library)
        self._routines += user_routines(paths.routines_dir(), library)[0]
        self._current: Routine | None = None

        self.routines_panel = QWidget(parent)
        self._routine_list = QListWidget(self.routines_panel)
        self._routine_list.setAccessibleName(self.tr("Routines"))
        for r in self._routines:
            self._routine_list.addItem(r.name)
        self._routine_list.currentRowChanged.connect(self._on_row)
        lay = QVBoxLayout(self.routines_panel)
        lay.addWidget(self._routine_list)

        self.library_panel = QWidget(parent)
        lib_list = QListWidget(self.library_panel)
        lib_list.setAccessibleName(self.tr("Exercise library"))
        for ex in library.exercises():
            lib_list.addItem(ex.name)
        QVBoxLayout(self.library_panel).addWidget(lib_list)

        self.playlist_editor = QWidget(parent)
        self._playlist_label = QLabel(self.playlist_editor)
        QVBoxLayout(self.playlist_editor).addWidget(self._playlist_label)

        self._undo = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        self._undo.setShortcut(QKeySequence.StandardKey.Undo)
        self._redo = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        self._redo.setShortcut(QKeySequence("Ctrl+Shift+Z"))
        self._file_actions = [QAction(t, self) for t in (
            self.tr("New Routine"), self.tr("Import…"), self.tr("Export…"), self.tr("Rename…"),
            self.tr("Duplicate"), self.tr("Delete…"))]
        if self._routines:
            self._routine_list.setCurrentRow(0)

    def _on_row(self, row: int) -> None:
        self._current = self._routines[row] if 0 <= row < len(self._routines) else None
        if self._current is not None:
            names = [self.library[i.exercise].name for i in self._current.items]
            self._playlist_label.setText("\n".join(names))
        self.routine_selected.emit(self._current)

    def file_actions(self) -> list[QAction]:
        return list(self._file_actions)

    def edit_actions(self) -> list[QAction]:
        return [self._undo, self._redo]

    def current_routine(self) -> Routine | None:
        return self._current

    def select_routine(self, routine_id: str) -> bool:
        for row, r in enumerate(self._routines):
            if r.id == routine_id:
                self._routine_list.setCurrentRow(row)
                return True
        return False

    def import_file(self, path: str) -> bool:
        return False
