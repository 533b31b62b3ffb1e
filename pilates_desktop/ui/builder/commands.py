"""Every edit of a routine as a named, undoable command.

A command stores an edit from ``core.routines.edits`` and the inverse edit, computed by the
same pure functions, and the routine they belong to, not the widget that made them: on undo
or redo it asks its target for that routine's view (``model_for``), which brings the routine
back on screen first, so the user sees what is being undone. Undoing any sequence of commands
gives back the original routine, equal field for field, because ``inverse`` is exact.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from pilates_desktop.core.library import Library
from pilates_desktop.core.routines import edits
from pilates_desktop.core.routines.routine import Item, Routine
from pilates_desktop.core.text import fill
from pilates_desktop.i18n import ex_name


class EditView(Protocol):
    """What shows a routine and applies an edit to it (the playlist model)."""

    def apply_edit(self, edit: edits.Edit) -> None: ...


class CommandTarget(Protocol):
    def model_for(self, routine_id: str) -> EditView: ...


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Commands", text, None, n)


def _named(library: Library, items: tuple[Item, ...] | list[Item]) -> str:
    return ex_name(library[items[0].exercise])


_CHANGE_ID = 1


def describe(routine: Routine, edit: edits.Edit, library: Library, duplicate: bool = False,
             reset: bool = False) -> str:
    """The Edit menu's name for an edit ("Undo Add Lunges")."""
    if isinstance(edit, edits.Insert):
        n = len(edit.items)
        if duplicate:
            return (fill(_tr("Duplicate %1"), _named(library, edit.items)) if n == 1
                    else _tr("Duplicate %n items", n))
        return (fill(_tr("Add %1"), _named(library, edit.items)) if n == 1
                else _tr("Add %n exercises", n))
    if isinstance(edit, edits.Remove):
        items = [routine.items[r] for r in edit.rows]
        return (fill(_tr("Remove %1"), _named(library, items)) if len(items) == 1
                else _tr("Remove %n items", len(items)))
    if isinstance(edit, edits.Reorder):
        n = len(edit.moved)
        return (fill(_tr("Move %1"),
                     ex_name(library[routine.items[edit.moved[0]]
                                                             .exercise]))
                if n == 1 else _tr("Move %n items", n))
    if isinstance(edit, edits.Replace):
        name = ex_name(library[routine.items[edit.row].exercise])
        return fill(_tr("Reset %1 to Defaults") if reset else _tr("Change %1"), name)
    if isinstance(edit, edits.Rename):
        return fill(_tr("Rename to “%1”"), edit.name)
    return ""


class EditCommand(QUndoCommand):
    """One edit of one routine, and its exact inverse."""

    def __init__(self, target: CommandTarget, routine: Routine, edit: edits.Edit,
                 text: str) -> None:
        super().__init__(text)
        self.target = target
        self.routine_id = routine.id
        self.edit = edit
        self.undo_edit = edits.inverse(routine, edit)

    def redo(self) -> None:
        self.target.model_for(self.routine_id).apply_edit(self.edit)

    def undo(self) -> None:
        self.target.model_for(self.routine_id).apply_edit(self.undo_edit)


class ChangeItemCommand(EditCommand):
    """A dosage change. Typing in one field merges into one command, so one undo reverts it."""

    def __init__(self, target: CommandTarget, routine: Routine, edit: edits.Replace, text: str,
                 field: str = "", reset: bool = False) -> None:
        super().__init__(target, routine, edit, text)
        self.field = field
        self.reset = reset

    def id(self) -> int:
        return _CHANGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        if not (isinstance(other, ChangeItemCommand) and self.field and not self.reset
                and not other.reset and other.field == self.field
                and other.routine_id == self.routine_id
                and isinstance(self.edit, edits.Replace) and isinstance(other.edit, edits.Replace)
                and other.edit.row == self.edit.row and other.undo_edit == self.edit):
            return False
        self.edit = other.edit
        if self.edit == self.undo_edit:
            self.setObsolete(True)
        return True


def command_for(target: CommandTarget, routine: Routine, edit: edits.Edit, library: Library,
                *, field: str = "", reset: bool = False, duplicate: bool = False) -> EditCommand:
    """The undo command for ``edit`` of ``routine``, with its name for the Edit menu."""
    text = describe(routine, edit, library, duplicate=duplicate, reset=reset)
    if isinstance(edit, edits.Replace):
        return ChangeItemCommand(target, routine, edit, text, field, reset)
    return EditCommand(target, routine, edit, text)
