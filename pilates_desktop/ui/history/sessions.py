"""The History view's Sessions tab: the table of sessions, newest first, whose note and pain
ratings are edited (and sessions deleted) through the undo stack and the history service."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pilates_desktop.core.history import SessionRecord, SessionStatus
from pilates_desktop.i18n import medium_date_time
from pilates_desktop.services.history import HistoryService

ROLE_ID = Qt.ItemDataRole.UserRole + 1
# --- the session list ---------------------------------------------------------------------


class SessionTableModel(QAbstractTableModel):
    """Sessions newest first. Note and pain ratings are editable, through the undo stack."""

    COLUMNS = ("date", "routine", "minutes", "status", "pain_before", "pain_after", "note")
    edit_requested = Signal(str, str, object)  # session id, field, new value

    def __init__(self, locale_fn: Callable[[], QLocale], tz: tzinfo, parent: Any = None) -> None:
        super().__init__(parent)
        self._locale_fn = locale_fn
        self.tz = tz
        self.records: list[SessionRecord] = []
        # Which computer each session was done on, once sync is set up: then the list gains
        # a last column for it (after COLUMNS, so the others keep their places).
        self.origins: Mapping[str, str] = {}

    def set_records(self, records: list[SessionRecord],
                    origins: Mapping[str, str] | None = None) -> None:
        self.beginResetModel()
        self.records = list(reversed(records))
        self.origins = origins or {}
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802,B008
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802,B008
        return 0 if parent.isValid() else len(self.COLUMNS) + (1 if self.origins else 0)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == len(self.COLUMNS):
            return self.tr("Computer")
        return {
            "date": self.tr("Date"),
            "routine": self.tr("Routine"),
            "minutes": self.tr("Minutes"),
            "status": self.tr("Ended"),
            "pain_before": self.tr("Pain before"),
            "pain_after": self.tr("Pain after"),
            "note": self.tr("Note"),
        }[self.COLUMNS[section]]

    def status_text(self, status: SessionStatus) -> str:
        return {
            SessionStatus.FINISHED: self.tr("Finished"),
            SessionStatus.STOPPED: self.tr("Stopped early"),
            SessionStatus.PAIN: self.tr("Stopped: pain"),
            SessionStatus.INTERRUPTED: self.tr("Interrupted"),
        }[status]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.records[index.row()]
        if index.column() == len(self.COLUMNS):  # the computer, when sync is set up
            shown = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
            return self.origins.get(r.id, self.tr("not synced yet")) if role in shown else None
        col = self.COLUMNS[index.column()]
        locale = self._locale_fn()
        if role == ROLE_ID:
            return r.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == "date":
                return medium_date_time(r.started_at.astimezone(self.tz), locale)
            if col == "routine":
                return r.routine_name
            if col == "minutes":
                return locale.toString(r.active_s / 60.0, "f", 0)
            if col == "status":
                text = self.status_text(r.status)
                if r.hurt_exercise and role == Qt.ItemDataRole.ToolTipRole:
                    text += " (" + r.hurt_exercise + ")"
                return text
            if col in ("pain_before", "pain_after"):
                value = getattr(r, col)
                if value is None:
                    return "–" if role == Qt.ItemDataRole.DisplayRole else self.tr("Not rated; double-click to rate 0–10")
                return locale.toString(value)
            if col == "note":
                return r.note or (None if role == Qt.ItemDataRole.DisplayRole else self.tr("Double-click to add a note"))
        if role == Qt.ItemDataRole.EditRole:
            if col in ("pain_before", "pain_after"):
                value = getattr(r, col)
                return -1 if value is None else value
            if col == "note":
                return r.note
        if role == Qt.ItemDataRole.TextAlignmentRole and col in ("minutes", "pain_before", "pain_after"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and self.COLUMNS[index.column():][:1] in (
                ("pain_before",), ("pain_after",), ("note",)):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if (not index.isValid() or role != Qt.ItemDataRole.EditRole
                or index.column() >= len(self.COLUMNS)):
            return False
        r = self.records[index.row()]
        col = self.COLUMNS[index.column()]
        if col == "note":
            new: Any = str(value)
        elif col in ("pain_before", "pain_after"):
            new = None if value is None or int(value) < 0 else int(value)
        else:
            return False
        if new == (getattr(r, col) if col != "note" else r.note):
            return False
        self.edit_requested.emit(r.id, col, new)
        return True

    def row_of(self, session_id: str) -> int:
        for i, r in enumerate(self.records):
            if r.id == session_id:
                return i
        return -1


class PainDelegate(QStyledItemDelegate):
    """A 0–10 spin box, with "not rated" below zero."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QWidget:  # noqa: N802
        box = QSpinBox(parent)
        box.setRange(-1, 10)
        box.setSpecialValueText(self.tr("not rated"))
        box.setAccessibleName(self.tr("Pain rating from 0 to 10"))
        return box

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QSpinBox)
        editor.setValue(int(index.data(Qt.ItemDataRole.EditRole)))

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QSpinBox)
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class EditSessionCommand(QUndoCommand):
    def __init__(self, history: HistoryService, session_id: str, field: str, old: Any, new: Any,
                 text: str) -> None:
        super().__init__(text)
        self.history, self.session_id, self.field, self.old, self.new = history, session_id, field, old, new

    def redo(self) -> None:
        self.history.edit_session(self.session_id, self.field, self.new)

    def undo(self) -> None:
        self.history.edit_session(self.session_id, self.field, self.old)


class DeleteSessionCommand(QUndoCommand):
    def __init__(self, history: HistoryService, record: SessionRecord, text: str) -> None:
        super().__init__(text)
        self.history, self.record = history, record

    def redo(self) -> None:
        self.history.delete_session(self.record.id)

    def undo(self) -> None:
        self.history.restore_session(self.record)


class SessionsPage(QWidget):
    """The table, a hint how to edit it, and Delete. ``changed`` follows every edit pushed."""

    changed = Signal()

    def __init__(self, history: HistoryService, undo_stack: QUndoStack,
                 locale_fn: Callable[[], QLocale], tz: tzinfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history = history
        self.undo_stack = undo_stack
        self.model = SessionTableModel(locale_fn, tz, self)
        self.model.edit_requested.connect(self._on_edit)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        # Sized to the first rows when the list is shown, not on every refresh of 3,650 rows.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(60)
        header.setStretchLastSection(True)
        self.pain_delegate = PainDelegate(self.table)
        for col in ("pain_before", "pain_after"):
            self.table.setItemDelegateForColumn(SessionTableModel.COLUMNS.index(col), self.pain_delegate)
        self.list_hint = QLabel(self)
        self.list_hint.setWordWrap(True)
        self.delete_button = QPushButton(self)
        self.delete_button.clicked.connect(self.delete_selected)
        self.delete_button.setEnabled(False)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.delete_button.setEnabled(self.selected_session() is not None)
        )
        self.model.modelReset.connect(lambda: self.delete_button.setEnabled(False))
        sl = QVBoxLayout(self)
        sl.setContentsMargins(0, 8, 0, 0)
        sl.addWidget(self.table, 1)
        below = QHBoxLayout()
        below.addWidget(self.list_hint, 1)
        below.addWidget(self.delete_button)
        sl.addLayout(below)

    def retranslate_ui(self) -> None:
        self.delete_button.setText(self.tr("&Delete Session"))
        self.delete_button.setToolTip(self.tr("Remove the selected session from your history (Undo brings it back)"))
        self.table.setAccessibleName(self.tr("Sessions"))
        self.list_hint.setText(
            self.tr("Double-click a note or a pain rating to change it. Delete removes a session; Undo brings it back.")
        )

    def fit_columns(self) -> None:
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)

    def _on_edit(self, session_id: str, field: str, new: Any) -> None:
        record = next((r for r in self.model.records if r.id == session_id), None)
        if record is None:
            return
        old = record.note if field == "note" else getattr(record, field)
        text = {
            "note": self.tr("Edit Note"),
            "pain_before": self.tr("Change Pain Before"),
            "pain_after": self.tr("Change Pain After"),
        }[field]
        self.undo_stack.push(EditSessionCommand(self.history, session_id, field, old, new, text))
        self.changed.emit()

    def selected_session(self) -> SessionRecord | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            index = self.table.currentIndex()
            if not index.isValid():
                return None
            return self.model.records[index.row()]
        return self.model.records[rows[0].row()]

    def delete_selected(self) -> None:
        record = self.selected_session()
        if record is None:
            return
        self.delete_session(record.id)

    def delete_session(self, session_id: str) -> None:
        record = self.history.session(session_id)
        if record is None:
            return
        self.undo_stack.push(DeleteSessionCommand(self.history, record, self.tr("Delete Session")))
        self.changed.emit()
