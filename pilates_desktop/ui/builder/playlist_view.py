"""The playlist editor: the routine's items, their dosage and time, and the item editor.

Drag and drop follows Picard's editable list: items carry drag flags, a drag inside the list is
a MoveAction, and the keyboard can do everything the mouse does. The view only works out where
a drop lands; the model turns the drop into an undoable command.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QDrag,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionFocusRect,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pilates_desktop.core.durations import total_time_text
from pilates_desktop.core.text import fill
from pilates_desktop.ui.builder.library_model import MIME_EXERCISES
from pilates_desktop.ui.builder.playlist_model import (
    MIME_ROWS,
    PlaylistModel,
    PlaylistRole,
)
from pilates_desktop.ui.widgets.reflow import FlowLayout
from pilates_desktop.ui.widgets.theme import is_dark, secondary_text

ROUTINE_SUFFIX = ".json"


def routine_file_paths(event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[str]:
    """Local routine files in a drag from the file manager."""
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return []
    return [u.toLocalFile() for u in mime.urls()
            if u.isLocalFile() and u.toLocalFile().lower().endswith(ROUTINE_SUFFIX)]


class PlaylistDelegate(QStyledItemDelegate):
    """Two lines per item: number and name with the estimated time, then the dosage."""

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        fm = option.fontMetrics
        return QSize(320, fm.height() * 2 + 18)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        row = index.data(PlaylistRole.ROW)
        if row is None:
            return
        number, name, dose, seconds, overridden, warning = row
        opt = QStyleOptionViewItem(option)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        # The panel (selection, hover) and focus frame only: the text is drawn below, from one
        # model call per row, which keeps a repaint cheap however long the routine is.
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)
        state = opt.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        group = (QPalette.ColorGroup.Active if state & QStyle.StateFlag.State_Active
                 else QPalette.ColorGroup.Inactive)
        color = opt.palette.color(group, QPalette.ColorRole.HighlightedText if selected
                                  else QPalette.ColorRole.Text)
        dim = color if selected else secondary_text(opt.palette, group)
        rect = opt.rect.adjusted(10, 6, -10, -6)
        fm = opt.fontMetrics
        line_h = fm.height()
        painter.save()
        num_w = fm.horizontalAdvance("000") + 6
        painter.setPen(dim)
        painter.drawText(QRect(rect.left(), rect.top(), num_w - 6, line_h),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(number))
        time_text = total_time_text(float(seconds))
        time_w = fm.horizontalAdvance(time_text) + 4
        painter.drawText(QRect(rect.right() - time_w, rect.top(), time_w, line_h),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, time_text)
        bold = QFont(opt.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(color)
        name_rect = QRect(rect.left() + num_w, rect.top(), rect.width() - num_w - time_w - 6,
                          line_h)
        painter.drawText(name_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         painter.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight,
                                                          name_rect.width()))
        painter.setFont(opt.font)
        dose_rect = QRect(rect.left() + num_w, rect.top() + line_h + 4, rect.width() - num_w,
                          line_h)
        if overridden:
            # A small dot says "changed from the exercise's defaults".
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color if selected
                             else opt.palette.color(group, QPalette.ColorRole.Highlight))
            r = max(3, line_h // 5)
            painter.drawEllipse(QPoint(rect.left() + num_w - 12, dose_rect.center().y()), r, r)
        if warning:
            # Clashes with a health flag, or stopped with "it hurts": a bar and a red note.
            from pilates_desktop.ui.builder.library_panel import warning_colors

            strong = warning_colors(opt.palette)[0]
            painter.fillRect(QRect(opt.rect.left(), opt.rect.top() + 2, 4,
                                   opt.rect.height() - 4), strong)
            warn_w = min(fm.horizontalAdvance(warning) + 4, dose_rect.width() // 2)
            painter.setPen(color if selected else strong)
            painter.drawText(QRect(dose_rect.right() - warn_w, dose_rect.top(), warn_w, line_h),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             fm.elidedText(warning, Qt.TextElideMode.ElideRight, warn_w))
            dose_rect.setRight(dose_rect.right() - warn_w - 8)
        painter.setPen(dim)
        painter.drawText(dose_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         fm.elidedText(dose, Qt.TextElideMode.ElideRight, dose_rect.width()))
        painter.restore()
        if state & QStyle.StateFlag.State_HasFocus:
            focus = QStyleOptionFocusRect()
            focus.rect = opt.rect
            focus.state = state
            focus.palette = opt.palette
            style.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus, painter, widget)


class PlaylistView(QTableView):
    """Drops land between rows; the line shows where. Keys mirror the Edit menu.

    A one-column table rather than a QListView: a QListView lays out every row again after
    each insertion, while a table's fixed-height rows make an edit of a 1,000-item routine
    cost about what it costs in a 10-item one (benchmarks/playlist.py).
    """

    move_requested = Signal(int)  # -1 up, +1 down
    remove_requested = Signal()
    duplicate_requested = Signal()
    edit_requested = Signal()  # Enter: go to the item editor
    files_dropped = Signal(list)  # routine files from the file manager

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(False)  # drawn here, between rows only
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.setCornerButtonEnabled(False)
        self.horizontalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._update_row_height()
        self.setItemDelegate(PlaylistDelegate(self))
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.drop_row: int | None = None
        self._empty_text = ""

    def _update_row_height(self) -> None:
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() * 2 + 18)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.FontChange:
            self._update_row_height()
        super().changeEvent(event)

    def set_empty_text(self, text: str) -> None:
        self._empty_text = text
        self.viewport().update()

    def playlist(self) -> PlaylistModel:
        model = self.model()
        assert isinstance(model, PlaylistModel)
        return model

    def selected_rows(self) -> list[int]:
        sel = self.selectionModel()
        if sel is None:
            return []
        return sorted(i.row() for i in sel.selectedRows())

    # --- drag out -----------------------------------------------------------------------------

    def startDrag(self, supported: Qt.DropAction) -> None:  # noqa: N802
        indexes = sorted(self.selectionModel().selectedRows(), key=lambda i: i.row())
        if not indexes:
            return
        drag = QDrag(self)
        drag.setMimeData(self.playlist().mimeData(indexes))
        # The move itself happens in dropEvent, as one command; nothing is removed afterwards.
        drag.exec(Qt.DropAction.MoveAction, Qt.DropAction.MoveAction)

    # --- drops in -----------------------------------------------------------------------------

    def drop_row_at(self, pos: QPoint) -> int:
        """The row a drop at ``pos`` (viewport coordinates) inserts before."""
        index = self.indexAt(pos)
        if not index.isValid():
            return self.model().rowCount() if self.model() else 0
        rect = self.visualRect(index)
        return index.row() + (1 if pos.y() >= rect.center().y() else 0)

    def _action_for(self, event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> (
            Qt.DropAction | None):
        mime = event.mimeData()
        if mime is None or self.model() is None or self.playlist().routine() is None:
            return None
        if routine_file_paths(event):
            return Qt.DropAction.CopyAction
        if event.source() is self and mime.hasFormat(MIME_ROWS):
            return Qt.DropAction.MoveAction
        if mime.hasFormat(MIME_EXERCISES):
            return Qt.DropAction.CopyAction
        return None

    def _accept(self, event: QDragEnterEvent | QDragMoveEvent) -> None:
        action = self._action_for(event)
        if action is None:
            event.ignore()
            self._set_drop_row(None)
            return
        event.setDropAction(action)
        event.accept()
        is_file = bool(routine_file_paths(event))
        self._set_drop_row(None if is_file else self.drop_row_at(event.position().toPoint()))

    def _set_drop_row(self, row: int | None) -> None:
        if row != self.drop_row:
            self.drop_row = row
            self.viewport().update()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        super().dragEnterEvent(event)  # dragging state, so the view scrolls near its edges
        self._accept(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        super().dragMoveEvent(event)
        self._accept(event)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:  # noqa: N802
        super().dragLeaveEvent(event)
        self._set_drop_row(None)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        action = self._action_for(event)
        row = self.drop_row_at(event.position().toPoint())
        self._set_drop_row(None)
        self.stopAutoScroll()
        self.setState(QAbstractItemView.State.NoState)
        if action is None:
            event.ignore()
            return
        files = routine_file_paths(event)
        if files:
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            # An import may report a bad file in a dialog: never open one inside the drag.
            QTimer.singleShot(0, lambda: self.files_dropped.emit(files))
            return
        mime = event.mimeData()
        model = self.playlist()
        routine = model.routine()
        if routine is not None and routine.builtin:
            # Changing a built-in first asks whether to make a copy (a dialog): answer the drag
            # now, and apply the drop once the drag is over, with a copy of its data.
            if not model.canDropMimeData(mime, action, row, 0, QModelIndex()):
                event.ignore()
                return
            data = QMimeData()
            for fmt in mime.formats():
                data.setData(fmt, mime.data(fmt))
            event.setDropAction(action)
            event.accept()
            QTimer.singleShot(0, lambda: model.dropMimeData(data, action, row, 0, QModelIndex()))
            return
        if model.dropMimeData(mime, action, row, 0, QModelIndex()):
            event.setDropAction(action)
            event.accept()
        else:
            event.ignore()

    # --- keys ---------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ctrl = Qt.KeyboardModifier.ControlModifier
        if mods == ctrl and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_requested.emit(-1 if key == Qt.Key.Key_Up else 1)
        elif mods == Qt.KeyboardModifier.NoModifier and key == Qt.Key.Key_Delete:
            self.remove_requested.emit()
        elif mods == ctrl and key == Qt.Key.Key_D:
            self.duplicate_requested.emit()
        elif mods == Qt.KeyboardModifier.NoModifier and key in (Qt.Key.Key_Return,
                                                                 Qt.Key.Key_Enter):
            self.edit_requested.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # --- painting -----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        model = self.model()
        painter = QPainter(self.viewport())
        if model is not None and model.rowCount() == 0 and self._empty_text:
            painter.setPen(secondary_text(self.palette()))
            painter.drawText(self.viewport().rect().adjusted(24, 24, -24, -24),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self._empty_text)
        if self.drop_row is not None and model is not None:
            count = model.rowCount()
            if count == 0:
                y = 4
            elif self.drop_row < count:
                y = self.visualRect(model.index(self.drop_row, 0)).top()
            else:
                y = self.visualRect(model.index(count - 1, 0)).bottom()
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 3)
            painter.setPen(pen)
            painter.drawLine(4, y, self.viewport().width() - 4, y)
            painter.drawEllipse(QPoint(6, y), 3, 3)
        painter.end()


class PlaylistEditor(QWidget):
    """The routine's header (name, total time, Play), its items, and the item editor below."""

    play_clicked = Signal()
    play_from_here_clicked = Signal()

    def __init__(self, model: PlaylistModel, item_editor: QWidget,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.title = QLabel(self)
        title_font = self.title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.35)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.title.setWordWrap(True)
        self.total = QLabel(self)
        self.total.setAccessibleName("total")
        # Labels whose text changes never widen the window; a long one wraps rather than being
        # cut off (German's "mitgeliefert, schreibgeschützt" did not fit a narrow column).
        self.total.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.total.setWordWrap(True)
        self.saved = QLabel(self)
        self.saved.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.play_button = QToolButton(self)
        self.play_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.play_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MediaPlay))
        self.play_button.clicked.connect(self.play_clicked)
        self.play_here_button = QToolButton(self)
        self.play_here_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.play_here_button.clicked.connect(self.play_from_here_clicked)
        self.view = PlaylistView(self)
        self.view.setModel(model)
        self.item_editor = item_editor
        item_editor.setParent(self)

        # Name and total above the list (the column can be narrow in the main window); below
        # it the save status on a line of its own, wrapped, so that a problem (a routine file
        # that cannot be read, a full disk) is read whole; then the Play buttons.
        self.saved.setWordWrap(True)
        self.saved.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        footer = FlowLayout()  # at the right; one under the other where the width is short
        footer.setAlignment(Qt.AlignmentFlag.AlignRight)
        footer.addWidget(self.play_here_button)
        footer.addWidget(self.play_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 8)
        lay.addWidget(self.title)
        lay.addWidget(self.total)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.saved)
        lay.addLayout(footer)
        lay.addWidget(item_editor)
        model.total_changed.connect(self._show_total)
        model.modelReset.connect(self._refresh_header)
        model.routine_changed.connect(lambda _r: self._refresh_header())
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.play_button.setText(self.tr("Play"))
        self.play_button.setToolTip(self.tr("Play the whole routine (Ctrl+P)"))
        self.play_button.setAccessibleName(self.tr("Play routine"))
        self.play_here_button.setText(self.tr("Play from Here"))
        self.play_here_button.setToolTip(
            self.tr("Start the routine at the selected exercise (Ctrl+Shift+P)"))
        self.play_here_button.setAccessibleName(self.tr("Play from the selected exercise"))
        self.view.setAccessibleName(self.tr("Routine exercises"))
        self.view.setAccessibleDescription(self.tr(
            "Drop exercises here from the library. Ctrl+Up and Ctrl+Down move the selected "
            "exercises, Ctrl+D duplicates, Delete removes, Enter edits the dosage."))
        self.view.setToolTip(self.tr(
            "Drag to reorder. Ctrl+Up/Ctrl+Down move, Ctrl+D duplicates, Delete removes, "
            "Enter edits the dosage."))
        self.view.set_empty_text(self.tr(
            "This routine is empty.\nDrag exercises here from the library, or select one "
            "there and press Insert."))
        self.total.setAccessibleName(self.tr("Estimated routine time"))
        self.saved.setAccessibleName(self.tr("Save status"))
        self.title.setAccessibleName(self.tr("Routine name"))
        self._refresh_header()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _refresh_header(self) -> None:
        from pilates_desktop.i18n import routine_name

        routine = self.model.routine()
        self.title.setText(routine_name(routine) if routine else self.tr("No routine selected"))
        self.total.setToolTip(self.tr("Built-in routines cannot be changed. Editing one offers "
                                      "to make your own copy.") if routine and routine.builtin
                              else "")
        has_items = bool(routine and routine.items)
        self.play_button.setEnabled(has_items)
        self.play_here_button.setEnabled(has_items)
        self._show_total(self.model.total_seconds())

    def _show_total(self, seconds: float) -> None:
        count = self.model.rowCount()
        # The most useful part first, as a narrow column cuts the end off.
        text = fill(self.tr("Total %1"), total_time_text(seconds))
        text += " · " + self.tr("%n exercise(s)", "", count)
        routine = self.model.routine()
        if routine is not None and routine.builtin:
            text += " · " + self.tr("built-in, read-only")
        self.total.setText(text)

    def set_saved_text(self, text: str, error: bool = False) -> None:
        self.saved.setText(text)
        self.saved.setToolTip(text)
        if error:
            color = "#ff8a80" if is_dark(self.palette()) else "#b3261e"
            self.saved.setStyleSheet(f"color: {color}; font-weight: bold;")
        else:
            self.saved.setStyleSheet("")

    def actions_for_view(self, actions: list[QAction]) -> None:
        """The Edit actions also work from the list's context menu."""
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in actions:
            self.view.addAction(action)
