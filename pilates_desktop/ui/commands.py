"""Every edit of a routine as a named, undoable operation.

A command remembers the routine it belongs to, not the widget that made it: on undo or redo it
asks its target (the workspace) for the playlist model of that routine, which brings the
routine back on screen first, so the user sees what is being undone. Each command stores
exactly what it needs to restore the routine it found, so undoing any sequence of commands
gives back the original routine, equal field for field.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from pilates_desktop.core.library import Library
from pilates_desktop.core.routine import Item
from pilates_desktop.i18n import ex_name

if TYPE_CHECKING:
    from pilates_desktop.ui.playlist_model import PlaylistModel


class CommandTarget(Protocol):
    def model_for(self, routine_id: str) -> PlaylistModel: ...


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Commands", text, None, n)


def _named(library: Library, items: Sequence[Item]) -> str:
    return ex_name(library[items[0].exercise])


_CHANGE_ID = 1


class RoutineCommand(QUndoCommand):
    def __init__(self, target: CommandTarget, routine_id: str, text: str) -> None:
        super().__init__(text)
        self.target = target
        self.routine_id = routine_id

    def model(self) -> PlaylistModel:
        return self.target.model_for(self.routine_id)


class AddItemsCommand(RoutineCommand):
    """Add exercises (from the library, or copies of items for Ctrl+D) at one position."""

    def __init__(self, target: CommandTarget, routine_id: str, row: int, items: Sequence[Item],
                 library: Library, duplicate: bool = False) -> None:
        if duplicate:
            text = (_tr("Duplicate %1").replace("%1", _named(library, items)) if len(items) == 1
                    else _tr("Duplicate %n items", len(items)))
        else:
            text = (_tr("Add %1").replace("%1", _named(library, items)) if len(items) == 1
                    else _tr("Add %n exercises", len(items)))
        super().__init__(target, routine_id, text)
        self.row = row
        self.items = tuple(items)

    def redo(self) -> None:
        self.model().insert_items(self.row, self.items)

    def undo(self) -> None:
        self.model().remove_rows(range(self.row, self.row + len(self.items)))


class RemoveItemsCommand(RoutineCommand):
    def __init__(self, target: CommandTarget, routine_id: str, pairs: Sequence[tuple[int, Item]],
                 library: Library) -> None:
        items = [item for _, item in pairs]
        text = (_tr("Remove %1").replace("%1", _named(library, items)) if len(items) == 1
                else _tr("Remove %n items", len(items)))
        super().__init__(target, routine_id, text)
        self.pairs = tuple(sorted(pairs))

    def redo(self) -> None:
        self.model().remove_rows(row for row, _ in self.pairs)

    def undo(self) -> None:
        model = self.model()
        # Ascending: each item goes back before the ones that followed it.
        for row, item in self.pairs:
            model.insert_items(row, [item])


class MoveItemsCommand(RoutineCommand):
    """A reorder, kept as the permutation itself: undo applies its exact inverse."""

    def __init__(self, target: CommandTarget, routine_id: str, order: Sequence[int],
                 moved_rows: Sequence[int], names: Sequence[str]) -> None:
        count = len(moved_rows)
        text = (_tr("Move %1").replace("%1", names[0]) if count == 1
                else _tr("Move %n items", count))
        super().__init__(target, routine_id, text)
        self.order = list(order)
        self.inverse = [0] * len(order)
        for new, old in enumerate(order):
            self.inverse[old] = new
        moved = set(moved_rows)
        # The view selects the moved items where they land, and again where they came from.
        self.touched_redo = [new for new, old in enumerate(order) if old in moved]
        self.touched_undo = sorted(moved)

    def redo(self) -> None:
        self.model().reorder(self.order, self.touched_redo)

    def undo(self) -> None:
        self.model().reorder(self.inverse, self.touched_undo)


class ChangeItemCommand(RoutineCommand):
    """A dosage change. Typing in one field merges into one command, so one undo reverts it."""

    def __init__(self, target: CommandTarget, routine_id: str, row: int, old: Item, new: Item,
                 library: Library, field: str = "", reset: bool = False) -> None:
        name = ex_name(library[old.exercise])
        text = (_tr("Reset %1 to Defaults") if reset else _tr("Change %1")).replace("%1", name)
        super().__init__(target, routine_id, text)
        self.row = row
        self.old = old
        self.new = new
        self.field = field
        self.reset = reset

    def id(self) -> int:
        return _CHANGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        if not (isinstance(other, ChangeItemCommand) and self.field and not self.reset
                and not other.reset and other.field == self.field
                and other.routine_id == self.routine_id and other.row == self.row
                and other.old == self.new):
            return False
        self.new = other.new
        if self.new == self.old:
            self.setObsolete(True)
        return True

    def redo(self) -> None:
        self.model().replace_item(self.row, self.new)

    def undo(self) -> None:
        self.model().replace_item(self.row, self.old)


class RenameRoutineCommand(RoutineCommand):
    def __init__(self, target: CommandTarget, routine_id: str, old: str, new: str) -> None:
        super().__init__(target, routine_id, _tr("Rename to “%1”").replace("%1", new))
        self.old = old
        self.new = new

    def redo(self) -> None:
        self.model().set_name(self.new)

    def undo(self) -> None:
        self.model().set_name(self.old)
