"""The routine being edited, as a Qt list model: one row per item, with its dosage and time.

Views never change a routine directly. A drop or a key press becomes a request here; the model
turns it into an edit (``core.routines.edits``, pure functions), wraps that in a named
QUndoCommand (ui/commands.py) and hands it to ``push`` (the workspace's undo stack). The
commands give the edit back to ``apply_edit``, which takes the routine that ``edits.apply``
computes and emits the fine-grained model signals that keep selections and scroll positions
where the user left them.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from pilates_desktop.core.durations import format_duration
from pilates_desktop.core.library import Exercise, Library
from pilates_desktop.core.routines import edits
from pilates_desktop.core.routines.routine import (
    Dose,
    Item,
    ItemSides,
    Routine,
    effective_dose,
)
from pilates_desktop.core.text import fill
from pilates_desktop.core.timeline import Pace
from pilates_desktop.core.timeline import item_seconds as core_item_seconds
from pilates_desktop.i18n import ex_name
from pilates_desktop.ui.builder.commands import command_for
from pilates_desktop.ui.builder.library_model import MIME_EXERCISES, decode_exercise_ids

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoCommand

MIME_ROWS = "application/x-pilates-desktop-playlist-rows"

_Index = QModelIndex | QPersistentModelIndex


class PlaylistRole(IntEnum):
    ITEM = Qt.ItemDataRole.UserRole + 1
    EXERCISE = Qt.ItemDataRole.UserRole + 2
    DOSE_TEXT = Qt.ItemDataRole.UserRole + 3
    SECONDS = Qt.ItemDataRole.UserRole + 4
    OVERRIDDEN = Qt.ItemDataRole.UserRole + 5  # bool: the item changes the exercise's defaults
    NUMBER = Qt.ItemDataRole.UserRole + 6  # 1-based position, as shown
    ROW = Qt.ItemDataRole.UserRole + 7  # (number, name, dose, seconds, overridden, warning)
    WARNING = Qt.ItemDataRole.UserRole + 8  # str: clashes with a health flag, or "it hurt"


def tr(text: str) -> str:
    # lupdate files module-level tr() calls under the empty context, so look them up there.
    return QCoreApplication.translate("", text)


def sides_text(sides: ItemSides) -> str:
    return {
        ItemSides.NONE: tr("Both sides together"),
        ItemSides.BOTH: tr("Each side"),
        ItemSides.LEFT: tr("Left side only"),
        ItemSides.RIGHT: tr("Right side only"),
        ItemSides.ALTERNATING: tr("Alternating sides"),
    }[sides]


def dose_parts(dose: Dose, exercise: Exercise) -> list[str]:
    """The dosage fields that matter for this exercise, in the words the sources use."""
    from pilates_desktop.i18n import dose_parts as words

    return words(dose, exercise)


def _encode_rows(routine_id: str, rows: Sequence[int]) -> QByteArray:
    return QByteArray(json.dumps({"routine": routine_id, "rows": list(rows)}).encode("utf-8"))


class PlaylistModel(QAbstractListModel):
    routine_changed = Signal(object)  # the Routine after an edit (not after set_routine)
    total_changed = Signal(float)  # estimated seconds of the whole routine
    rows_touched = Signal(int, int)  # first, last row an edit produced: the view selects them

    def __init__(self, library: Library, pace: Pace | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self._pace = pace or Pace()
        self._routine: Routine | None = None
        self._items: list[Item] = []
        self._seconds: dict[tuple[Item, bool], float] = {}  # per distinct item, last or not
        self._last_row = -1  # the row shown without a rest after it
        self._texts: dict[Item, tuple[str, str]] = {}  # per distinct item: (name, dosage)
        self._flags: frozenset[str] = frozenset()
        self._pain: dict[str, int] = {}
        self._sum = 0.0  # of every item's time, kept up to date edit by edit (no O(n) resum)
        # The workspace replaces these three. Alone, the model applies commands at once.
        self.push: Callable[[QUndoCommand], None] = lambda command: command.redo()
        self.guard: Callable[[], bool] = lambda: self._routine is not None
        self.target: Any = self

    # --- the routine ----------------------------------------------------------------------------

    def routine(self) -> Routine | None:
        return self._routine

    def set_routine(self, routine: Routine | None) -> None:
        self.beginResetModel()
        self._routine = routine
        self._items = list(routine.items) if routine else []
        self._resum()
        self.endResetModel()
        self._last_row = len(self._items) - 1
        self.total_changed.emit(self.total_seconds())

    def model_for(self, routine_id: str) -> PlaylistModel:
        """The command target protocol: alone, the model only edits the routine it shows."""
        assert self._routine is not None and self._routine.id == routine_id, routine_id
        return self

    def set_pace(self, pace: Pace) -> None:
        if pace != self._pace:
            self._pace = pace
            self._seconds.clear()
            self._texts.clear()
            self._resum()
            if self._items:
                self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1))
            self.total_changed.emit(self.total_seconds())

    def pace(self) -> Pace:
        return self._pace

    def items(self) -> list[Item]:
        return list(self._items)

    def item(self, row: int) -> Item:
        return self._items[row]

    def exercise(self, row: int) -> Exercise:
        return self.library[self._items[row].exercise]

    def dose(self, row: int) -> Dose:
        return effective_dose(self._items[row], self.exercise(row), self._pace.default_rest_s)

    def item_seconds(self, item: Item, last: bool = False) -> float:
        """The item's time as the timeline plays it (core's one rule); the last item has no
        rest after it, so the rows add up to the total."""
        seconds = self._seconds.get((item, last))
        if seconds is None:
            seconds = core_item_seconds(item, self.library, self._pace, last=last)
            self._seconds[(item, last)] = seconds
        return seconds

    def row_seconds(self, row: int) -> float:
        return self.item_seconds(self._items[row], last=row == len(self._items) - 1)

    def _row_texts(self, row: int) -> tuple[str, str]:
        item = self._items[row]
        texts = self._texts.get(item)
        if texts is None:
            ex = self.library[item.exercise]
            texts = (ex_name(ex), " · ".join(dose_parts(self.dose(row), ex)))
            self._texts[item] = texts
        return texts

    def set_marks(self, flags: frozenset[str], pain: dict[str, int]) -> None:
        """The user's health flags and "it hurts" counts: such items are marked in the list."""
        if flags != self._flags or pain != self._pain:
            self._flags, self._pain = frozenset(flags), dict(pain)
            if self._items:
                self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1))

    def warning(self, row: int) -> str:
        ex = self.exercise(row)
        parts = []
        clash = [c for c in ex.contraindications if c.value in self._flags]
        if clash:
            from pilates_desktop.i18n import label

            parts.append(fill(tr("Not advised: %1"), ", ".join(label(c) for c in clash)))
        pain = self._pain.get(ex.id, 0)
        if pain:
            parts.append(fill(tr("Hurt %1×"), str(pain)))
        return " · ".join(parts)

    def retranslate(self) -> None:
        """The language changed: names and dosage labels are read again."""
        self._texts.clear()
        if self._items:
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1))

    def _resum(self) -> None:
        seconds = self.item_seconds
        self._sum = sum(seconds(it) for it in self._items)

    def total_seconds(self) -> float:
        """Estimated time of the routine, as the timeline compiles it (no rest after the last)."""
        if not self._items:
            return 0.0
        last = self._items[-1]
        return self._sum - self.item_seconds(last) + self.item_seconds(last, last=True)

    # --- showing an edit (called by the undo commands only) -------------------------------------

    def apply_edit(self, edit: edits.Edit) -> None:
        """Show ``edit`` of the routine on screen: the routine after it is ``edits.apply``'s,
        and the view hears of the change in the smallest steps (rows inserted, removed,
        moved or changed), so its selection and scroll position follow the items."""
        assert self._routine is not None
        for step in edits.steps(edit):
            self._apply_step(step)
        if isinstance(edit, edits.Reorder) and edit.moved:
            touched = edit.landed()
            self._edited(min(touched), max(touched))
        elif isinstance(edit, edits.Insert):
            self._edited(edit.row, edit.row + len(edit.items) - 1)
        elif isinstance(edit, edits.Restore):
            rows = [row for row, _ in edit.pairs]
            self._edited(min(rows), max(rows))
        elif isinstance(edit, edits.Remove):
            near = min(min(edit.rows), len(self._items) - 1)
            self._edited(near, near)
        elif isinstance(edit, edits.Replace):
            self._edited(edit.row, edit.row)
        else:
            self._edited(0, -1)

    def _apply_step(self, step: edits.Edit) -> None:
        assert self._routine is not None
        before = self._routine
        after = edits.apply(before, step)
        if isinstance(step, edits.Insert):
            row = max(0, min(step.row, len(self._items)))
            self.beginInsertRows(QModelIndex(), row, row + len(step.items) - 1)
            self._set(after)
            self._sum += sum(self.item_seconds(it) for it in step.items)
            self.endInsertRows()
            self._renumber(row + len(step.items))
        elif isinstance(step, edits.Remove):
            rows = sorted(set(step.rows), reverse=True)
            for row in rows:
                self.beginRemoveRows(QModelIndex(), row, row)
                self._sum -= self.item_seconds(self._items[row])
                self._set(edits.apply(self._routine, edits.Remove((row,))))
                self.endRemoveRows()
            if rows:
                self._renumber(rows[-1])
        elif isinstance(step, edits.Reorder):
            # A layout change rather than remove-and-insert, so selections and the current row
            # follow the items they point at.
            self.layoutAboutToBeChanged.emit()
            new_row_of = [0] * len(step.order)
            for new, old in enumerate(step.order):
                new_row_of[old] = new
            old_persistent = self.persistentIndexList()
            new_persistent = [
                self.index(new_row_of[p.row()]) if p.isValid() else QModelIndex()
                for p in old_persistent
            ]
            self._set(after)
            self.changePersistentIndexList(old_persistent, new_persistent)
            self.layoutChanged.emit()
        elif isinstance(step, edits.Replace):
            self._sum += self.item_seconds(step.item) - self.item_seconds(before.items[step.row])
            self._set(after)
            index = self.index(step.row)
            self.dataChanged.emit(index, index)
        else:
            self._set(after)

    def _refresh_last_row(self) -> None:
        """The row without a rest after it moved: both it and the old one show new times."""
        last = len(self._items) - 1
        for row in {self._last_row, last}:
            if 0 <= row <= last:
                self.dataChanged.emit(self.index(row), self.index(row))
        self._last_row = last

    def _set(self, routine: Routine) -> None:
        self._routine = routine
        self._items = list(routine.items)

    def _edited(self, first: int, last: int) -> None:
        assert self._routine is not None
        self._refresh_last_row()
        self.total_changed.emit(self.total_seconds())
        self.routine_changed.emit(self._routine)
        if first <= last:
            self.rows_touched.emit(first, last)

    def _renumber(self, first: int) -> None:
        # Rows below an insertion or removal show new numbers.
        if first < len(self._items):
            self.dataChanged.emit(self.index(first), self.index(len(self._items) - 1),
                                  [PlaylistRole.NUMBER, Qt.ItemDataRole.DisplayRole])

    # --- requests: what views and the workspace ask for -----------------------------------------

    def _request(self, edit: edits.Edit | None, **how: Any) -> bool:
        """Hand ``edit`` to the undo stack as a command, if it changes anything and the
        routine may change (a built-in first offers an editable copy)."""
        if edit is None or self._routine is None or not self.guard():
            return False
        assert self._routine is not None  # the guard may have switched to the copy
        self.push(command_for(self.target, self._routine, edit, self.library,
                              **how))
        return True

    def request_add(self, exercise_ids: Sequence[str], row: int | None = None) -> bool:
        if self._routine is None:
            return False
        return self._request(edits.add(self._routine, exercise_ids, row))

    def request_move(self, rows: Sequence[int], dest: int) -> bool:
        """Move ``rows`` so that they sit, in order, before the item now at ``dest``."""
        if self._routine is None:
            return False
        return self._request(edits.move(self._routine, rows, dest))

    def request_shift(self, rows: Sequence[int], delta: int) -> bool:
        """Ctrl+Up / Ctrl+Down: move the selected rows one place, as a block."""
        if self._routine is None:
            return False
        return self._request(edits.shift(self._routine, rows, delta))

    def request_remove(self, rows: Sequence[int]) -> bool:
        if self._routine is None:
            return False
        return self._request(edits.remove(self._routine, rows))

    def request_duplicate(self, rows: Sequence[int]) -> bool:
        if self._routine is None:
            return False
        return self._request(edits.duplicate(self._routine, rows), duplicate=True)

    def request_change(self, row: int, item: Item, field: str = "", reset: bool = False) -> bool:
        if self._routine is None:
            return False
        return self._request(edits.change(self._routine, row, item), field=field, reset=reset)

    def request_rename(self, name: str) -> bool:
        if self._routine is None:
            return False
        return self._request(edits.rename(self._routine, name))

    # --- Qt model API ---------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        row = index.row()
        item = self._items[row]
        ex = self.library[item.exercise]
        if role == Qt.ItemDataRole.DisplayRole:
            return ex_name(ex)
        if role == PlaylistRole.ITEM:
            return item
        if role == PlaylistRole.EXERCISE:
            return ex
        if role == PlaylistRole.NUMBER:
            return row + 1
        if role == PlaylistRole.ROW:
            name, dose = self._row_texts(row)
            return (row + 1, name, dose, self.row_seconds(row), bool(item.overrides()),
                    self.warning(row) if self._flags or self._pain else "")
        if role == PlaylistRole.WARNING:
            return self.warning(row)
        if role == PlaylistRole.DOSE_TEXT:
            return self._row_texts(row)[1]
        if role == PlaylistRole.SECONDS:
            return self.row_seconds(row)
        if role == PlaylistRole.OVERRIDDEN:
            return bool(item.overrides())
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            text = fill(tr("%1. %2: %3, about %4"),
                        str(row + 1), ex_name(ex), ", ".join(dose_parts(self.dose(row), ex)),
                        format_duration(self.row_seconds(row)))
            warning = self.warning(row)
            if warning:
                text += " (" + warning + ")"
            if role == Qt.ItemDataRole.ToolTipRole:
                text += "\n" + tr("Ctrl+Up/Ctrl+Down move, Ctrl+D duplicates, Delete removes.")
            return text
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            # Drops land between rows, never onto an item.
            return Qt.ItemFlag.ItemIsDropEnabled
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled)

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME_ROWS, MIME_EXERCISES]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        rows = sorted({i.row() for i in indexes if i.isValid()})
        mime = QMimeData()
        if self._routine is not None:
            mime.setData(MIME_ROWS, _encode_rows(self._routine.id, rows))
            ids = [self._items[r].exercise for r in rows]
            mime.setData(MIME_EXERCISES, QByteArray(json.dumps(ids).encode("utf-8")))
        return mime

    def _rows_from(self, mime: QMimeData) -> list[int] | None:
        if self._routine is None or not mime.hasFormat(MIME_ROWS):
            return None
        try:
            data = json.loads(bytes(mime.data(MIME_ROWS).data()).decode("utf-8"))
            rows = [int(r) for r in data["rows"]]
        except (ValueError, KeyError, TypeError):
            return None
        if data.get("routine") != self._routine.id:
            return None  # rows of another routine: treat the drag as exercises instead
        if not rows or any(not 0 <= r < len(self._items) for r in rows):
            return None
        return rows

    def canDropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        if self._routine is None or parent.isValid():
            return False
        if action == Qt.DropAction.MoveAction and self._rows_from(data) is not None:
            return True
        return decode_exercise_ids(data, self.library) is not None

    def dropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        dest = len(self._items) if row < 0 else min(row, len(self._items))
        if action == Qt.DropAction.MoveAction:
            rows = self._rows_from(data)
            if rows is not None:
                return self.request_move(rows, dest)
        ids = decode_exercise_ids(data, self.library)
        return ids is not None and self.request_add(ids, dest)

