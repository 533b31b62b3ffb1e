"""Undo and Redo actions whose words follow the language.

``QUndoStack.createUndoAction`` fixes its words ("Undo %1") in the language of the moment it
is made, so after a switch to German the Edit menu still said "Undo". These actions name
themselves from the stack's command text whenever it changes, and again on ``retranslate``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QUndoStack

from pilates_desktop.core.text import fill
from pilates_desktop.ui.widgets.keys import redo_keys, undo_keys


class UndoActions(QObject):
    """``undo`` and ``redo`` over ``stack``, with the platform's keys, Ctrl+Z, Ctrl+Shift+Z
    and Ctrl+Y; their owner calls :meth:`retranslate` on a language change."""

    def __init__(self, stack: QUndoStack, parent: QObject) -> None:
        super().__init__(parent)
        self._stack = stack
        self.undo = QAction(parent)
        self.undo.setShortcuts(undo_keys())
        self.redo = QAction(parent)
        self.redo.setShortcuts(redo_keys())
        self.undo.triggered.connect(stack.undo)
        self.redo.triggered.connect(stack.redo)
        # Bound methods of objects the parent owns: a closed window is never called back.
        stack.canUndoChanged.connect(self.undo.setEnabled)
        stack.canRedoChanged.connect(self.redo.setEnabled)
        stack.undoTextChanged.connect(self._name_undo)
        stack.redoTextChanged.connect(self._name_redo)
        self.undo.setEnabled(stack.canUndo())
        self.redo.setEnabled(stack.canRedo())
        self.retranslate()

    def retranslate(self) -> None:
        self._name_undo(self._stack.undoText())
        self._name_redo(self._stack.redoText())

    def _name_undo(self, text: str) -> None:
        self.undo.setText(fill(self.tr("Undo %1"), text) if text else self.tr("Undo"))

    def _name_redo(self, text: str) -> None:
        self.redo.setText(fill(self.tr("Redo %1"), text) if text else self.tr("Redo"))
