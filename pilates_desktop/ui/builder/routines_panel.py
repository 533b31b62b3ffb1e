"""The list of routines: the built-in ones first (read-only), then the user's own.

A user routine can be renamed in place (F2); the new name goes back to the workspace as a
request, which makes it an undoable command like every other edit.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QKeyEvent,
    QPainter,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pilates_desktop.core.routines import Routine
from pilates_desktop.i18n import routine_description, routine_name
from pilates_desktop.ui.builder.playlist_view import routine_file_paths
from pilates_desktop.ui.widgets.reflow import FlowLayout
from pilates_desktop.ui.widgets.theme import secondary_text

_Index = QModelIndex | QPersistentModelIndex

ROUTINE_ROLE = Qt.ItemDataRole.UserRole + 1
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 2


class RoutinesModel(QAbstractListModel):
    rename_requested = Signal(str, str)  # routine id, new name

    def __init__(self, describe: Callable[[Routine], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._routines: list[Routine] = []
        self._describe = describe

    def routines(self) -> list[Routine]:
        return list(self._routines)

    def set_routines(self, routines: Sequence[Routine]) -> None:
        self.beginResetModel()
        self._routines = list(routines)
        self.endResetModel()

    def row_of(self, routine_id: str) -> int:
        for row, r in enumerate(self._routines):
            if r.id == routine_id:
                return row
        return -1

    def update_routine(self, routine: Routine) -> None:
        row = self.row_of(routine.id)
        if row >= 0:
            self._routines[row] = routine
            self.dataChanged.emit(self.index(row), self.index(row))

    def insert_routine(self, routine: Routine) -> int:
        """Keep the user's routines sorted by name, after the built-ins."""
        row = len(self._routines)
        for i, r in enumerate(self._routines):
            if not r.builtin and r.name.casefold() > routine.name.casefold():
                row = i
                break
        self.beginInsertRows(QModelIndex(), row, row)
        self._routines.insert(row, routine)
        self.endInsertRows()
        return row

    def remove_routine(self, routine_id: str) -> None:
        row = self.row_of(routine_id)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._routines[row]
            self.endRemoveRows()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._routines)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._routines):
            return None
        r = self._routines[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return routine_name(r)
        if role == ROUTINE_ROLE:
            return r
        if role == DETAIL_ROLE:
            return self._describe(r)
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [routine_description(r), self._describe(r)]
            if r.builtin:
                parts.append(self.tr("Built-in routines are read-only; Duplicate makes your own "
                                     "copy."))
            else:
                parts.append(self.tr("F2 renames it."))
            return "\n".join(p for p in parts if p)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return self._describe(r)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self._routines[index.row()].builtin:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: _Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        name = str(value).strip()
        routine = self._routines[index.row()]
        if not name or name == routine.name:
            return False
        # The workspace turns this into an undoable rename; the list updates when it lands.
        self.rename_requested.emit(routine.id, name)
        return False


class RoutineDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802
        return QSize(200, option.fontMetrics.height() * 2 + 14)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        if opt.widget is not None:
            opt.widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter,
                                           opt.widget)
        from PySide6.QtGui import QPalette

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (QPalette.ColorGroup.Active if opt.state & QStyle.StateFlag.State_Active
                 else QPalette.ColorGroup.Inactive)
        color = opt.palette.color(group, QPalette.ColorRole.HighlightedText if selected
                                  else QPalette.ColorRole.Text)
        dim = color if selected else secondary_text(opt.palette, group)
        fm = opt.fontMetrics
        rect = opt.rect.adjusted(8, 5, -8, -5)
        painter.save()
        bold = QFont(opt.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(color)
        line = QRect(rect.left(), rect.top(), rect.width(), fm.height())
        painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         painter.fontMetrics().elidedText(str(index.data() or ""),
                                                          Qt.TextElideMode.ElideRight,
                                                          line.width()))
        painter.setFont(opt.font)
        painter.setPen(dim)
        line2 = QRect(rect.left(), rect.top() + fm.height() + 3, rect.width(), fm.height())
        painter.drawText(line2, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         fm.elidedText(str(index.data(DETAIL_ROLE) or ""),
                                       Qt.TextElideMode.ElideRight, line2.width()))
        painter.restore()


class RoutinesView(QListView):
    files_dropped = Signal(list)
    delete_requested = Signal()
    open_requested = Signal()  # Enter: go on to the routine's exercises

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setItemDelegate(RoutineDelegate(self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.modifiers() == Qt.KeyboardModifier.NoModifier:
            if event.key() == Qt.Key.Key_Delete:
                self.delete_requested.emit()
                event.accept()
                return
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_requested.emit()
                event.accept()
                return
        super().keyPressEvent(event)

    # Routine files from the file manager import, wherever they are dropped on the list.
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        self._accept_routine_files(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        self._accept_routine_files(event)

    def _accept_routine_files(self, event: QDragMoveEvent) -> None:
        """Enter and move alike (QDragEnterEvent is a QDragMoveEvent)."""
        if routine_file_paths(event):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        files = routine_file_paths(event)
        if files:
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            # An import may report a bad file in a dialog: never open one inside the drag.
            QTimer.singleShot(0, lambda: self.files_dropped.emit(files))
        else:
            event.ignore()


class RoutinesPanel(QWidget):
    def __init__(self, model: RoutinesModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.view = RoutinesView(self)
        self.view.setModel(model)
        self.buttons = FlowLayout()  # one row while it fits, more on a narrow screen
        self.buttons.setContentsMargins(0, 0, 0, 0)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 8)
        lay.addWidget(self.heading)
        lay.addWidget(self.view, 1)
        lay.addLayout(self.buttons)
        self.retranslate_ui()

    def add_buttons(self, actions: Sequence[QAction]) -> None:
        """Compact buttons for the routine actions (the menus keep the long names)."""
        self._actions = list(actions)
        self._buttons: list[QToolButton] = []
        for action in actions:
            button = QToolButton(self)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.clicked.connect(action.trigger)
            action.changed.connect(lambda b=button, a=action: self._sync(b, a))
            self._sync(button, action)
            self.buttons.addWidget(button)
            self._buttons.append(button)
        self.retranslate_ui()

    def _sync(self, button: QToolButton, action: QAction) -> None:
        button.setEnabled(action.isEnabled())
        button.setToolTip(action.toolTip())

    def _button_texts(self) -> list[str]:
        return [self.tr("New…"), self.tr("Duplicate"), self.tr("Rename…"), self.tr("Delete…")]

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Routines"))
        names = [self.tr("New routine"), self.tr("Duplicate routine"), self.tr("Rename routine"),
                 self.tr("Delete routine")]
        for button, text, name, action in zip(getattr(self, "_buttons", []), self._button_texts(),
                                              names, getattr(self, "_actions", []), strict=False):
            button.setText(text)
            button.setAccessibleName(name)
            self._sync(button, action)
        self.view.setAccessibleName(self.tr("Routines"))
        self.view.setAccessibleDescription(self.tr(
            "Built-in routines first, then your own. Enter goes to the routine's exercises, "
            "F2 renames one of your routines, Delete deletes it. Drop a routine file here to "
            "import it."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
