"""The exercise library panel: search, filters, and rows you can drag into a routine.

Rows that clash with the user's health flags, or that the user once stopped with "it hurts",
carry a coloured bar and a badge, so they are seen before they are added, not after.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionFocusRect,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from pilates_desktop.core.library import Difficulty, Equipment, Focus, Library, Position
from pilates_desktop.core.text import fill
from pilates_desktop.i18n import label
from pilates_desktop.services.app_state import AppState
from pilates_desktop.services.settings import Settings
from pilates_desktop.ui.builder.library_model import (
    CautionFilter,
    LibraryFilter,
    LibraryModel,
    Role,
)
from pilates_desktop.ui.widgets.reflow import FlowLayout
from pilates_desktop.ui.widgets.theme import is_dark, secondary_text

THUMB = QSize(76, 52)  # most poses are lying down: wider than tall
_Facet = TypeVar("_Facet", bound=StrEnum)
Thumbnails = dict[tuple[str, int, int, int], QPixmap]


def thumbnail(pose_id: str, size: QSize | int, palette: QPalette, kept: Thumbnails) -> QPixmap:
    """The figure of an exercise's first pose, or a plain placeholder if it cannot be drawn;
    ``kept`` holds the ones drawn before (the delegate's)."""
    size = QSize(size, size) if isinstance(size, int) else size
    key = (pose_id, size.width(), size.height(), palette.cacheKey())
    cached = kept.get(key)
    if cached is not None:
        return cached
    pixmap: QPixmap | None = None
    try:
        from pilates_desktop.core.figure import load_poses
        from pilates_desktop.ui.figure_view import figure_pixmap

        pose = load_poses().get(pose_id)
        if pose is not None:
            pixmap = figure_pixmap(pose, size, palette)
    except Exception:  # noqa: BLE001 - a thumbnail must never stop the library from showing
        pixmap = None
    if pixmap is None:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        side = min(size.width(), size.height()) * 0.6
        painter.drawEllipse(QRectF((size.width() - side) / 2, (size.height() - side) / 2,
                                   side, side))
        painter.end()
    if len(kept) > 512:
        kept.clear()
    kept[key] = pixmap
    return pixmap


_WARNINGS_DARK = (QColor("#ff8a80"), QColor("#ffcc80"))
_WARNINGS_LIGHT = (QColor("#b3261e"), QColor("#8a5a00"))


def warning_colors(palette: QPalette) -> tuple[QColor, QColor]:
    """(strong, soft): a red for "not advised / it hurt", an amber for plain cautions."""
    strong, soft = _WARNINGS_DARK if is_dark(palette) else _WARNINGS_LIGHT
    return QColor(strong), QColor(soft)  # copies, so a caller may change them


class _Fonts:
    """The fonts a row uses, made once per view font: a fresh QFont per row would look its font
    engine up again on every paint."""

    def __init__(self, font: QFont) -> None:
        self.normal = QFont(font)
        self.bold = QFont(font)
        self.bold.setBold(True)
        self.small = QFont(font)
        self.small.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
        self.fm = QFontMetrics(self.normal)
        self.bold_fm = QFontMetrics(self.bold)
        self.small_fm = QFontMetrics(self.small)
        # No glyph is wider than this, so text of n characters fits in n times it.
        self.bold_max = max(1, self.bold_fm.maxWidth())


_ALIGN_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_SELECTED = QStyle.StateFlag.State_Selected.value
_FOCUS = QStyle.StateFlag.State_HasFocus.value
_ACTIVE = QStyle.StateFlag.State_Active.value


class LibraryDelegate(QStyledItemDelegate):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fonts: dict[str, _Fonts] = {}
        self._thumbnails: Thumbnails = {}

    def fonts(self, font: QFont) -> _Fonts:
        key = font.key()
        fonts = self._fonts.get(key)
        if fonts is None:
            if len(self._fonts) > 8:
                self._fonts.clear()
            fonts = self._fonts[key] = _Fonts(font)
        return fonts

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        fm = option.fontMetrics
        return QSize(300, max(THUMB.height() + 10, fm.height() * 2 + 18))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        row = index.data(Role.ROW)
        opt = option
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        state = opt.state.value
        # Panel (selection, hover) and focus frame from the style; the rest is drawn here.
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)
        if state & _FOCUS:
            focus = QStyleOptionFocusRect()
            focus.rect = opt.rect
            focus.state = opt.state
            focus.palette = opt.palette
            style.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus, painter, widget)
        if row is None:
            return
        selected = bool(state & _SELECTED)
        palette = opt.palette
        group = QPalette.ColorGroup.Active if state & _ACTIVE else QPalette.ColorGroup.Inactive
        text_color = palette.color(
            group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        dim = text_color if selected else secondary_text(palette, group)
        # The shared colours themselves: a row only reads them, and each copy costs microseconds.
        strong, soft = _WARNINGS_DARK if is_dark(palette) else _WARNINGS_LIGHT
        name, summary, cautions, pain, pose = row
        flagged = any(clash for _text, clash in cautions)
        rect = opt.rect
        left, rtop, height = rect.left(), rect.top(), rect.height()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if flagged or pain:
            painter.fillRect(QRect(left, rtop + 2, 4, height - 4), strong)
        thumb = thumbnail(pose, THUMB, palette, self._thumbnails)
        painter.drawPixmap(left + 8, rtop + (height - THUMB.height()) // 2, thumb)
        x = left + THUMB.width() + 16
        right = rect.right() - 8
        fonts = self.fonts(opt.font)
        fm = fonts.fm
        line_h = fm.height()
        top = rtop + (height - 2 * line_h - 4) // 2

        # Badges, right to left, on the first line: red when they concern this user.
        badges: list[tuple[str, QColor]] = []
        if pain:
            badges.append((fill(self.tr("Hurt %1×"), str(pain)), strong))
        for text, clash in cautions:
            badges.append((text, strong if clash else soft))
        bx = right
        if badges:
            sfm = fonts.small_fm
            badge_h = sfm.height() + 2
            badge_top = top + (line_h - sfm.height()) // 2 - 1
            painter.setFont(fonts.small)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for text, color in badges:
                w = sfm.horizontalAdvance(text) + 12
                if bx - w < x + 60:
                    break
                painter.setPen(color if not selected else text_color)
                painter.drawRoundedRect(QRect(bx - w, badge_top, w, badge_h), 6, 6)
                # Centred in the badge: 6 px either side, as wide as the text.
                painter.drawText(bx - w + 6, badge_top + 1 + sfm.ascent(), text)
                bx -= w + 4
        painter.setFont(fonts.bold)
        painter.setPen(text_color)
        width = bx - x - 4
        if len(name) * fonts.bold_max > width:  # only measure what might not fit
            name = fonts.bold_fm.elidedText(name, Qt.TextElideMode.ElideRight, width)
        bfm = fonts.bold_fm
        painter.drawText(x, top + (line_h - bfm.height()) // 2 + bfm.ascent(), name)
        painter.setFont(fonts.normal)
        painter.setPen(dim)
        summary = fm.elidedText(summary, Qt.TextElideMode.ElideRight, right - x)
        painter.drawText(x, top + line_h + 4 + fm.ascent(), summary)
        painter.restore()


class LibraryView(QListView):
    """Insert or Enter adds the selected exercises; Shift+Enter or a double-click shows one."""

    add_requested = Signal(list)
    details_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setUniformItemSizes(True)
        self.setItemDelegate(LibraryDelegate(self))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.doubleClicked.connect(self._open)

    def selected_ids(self) -> list[str]:
        sel = self.selectionModel()
        if sel is None:
            return []
        rows = sorted(sel.selectedRows(), key=lambda i: i.row())
        return [str(i.data(Role.EXERCISE_ID)) for i in rows]

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.details_requested.emit(str(index.data(Role.EXERCISE_ID)))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if (key == Qt.Key.Key_Insert or enter) and mods == Qt.KeyboardModifier.NoModifier:
            ids = self.selected_ids()
            if not ids and self.currentIndex().isValid():
                ids = [str(self.currentIndex().data(Role.EXERCISE_ID))]
            if ids:
                self.add_requested.emit(ids)
            event.accept()
            return
        if enter and mods == Qt.KeyboardModifier.ShiftModifier:
            self._open(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


class LibraryPanel(QWidget):
    add_requested = Signal(list)  # exercise ids
    details_requested = Signal(str)

    def __init__(self, library: Library, settings: Settings, app_state: AppState,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.app_state = app_state
        self.model = LibraryModel(library.exercises(), self)
        self.proxy = LibraryFilter(self)
        self.proxy.setSourceModel(self.model)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_text)
        self.search.installEventFilter(self)
        self.focus_box = QComboBox(self)
        self.position_box = QComboBox(self)
        self.difficulty_box = QComboBox(self)
        self.equipment_box = QComboBox(self)
        self.caution_box = QComboBox(self)
        self.view = LibraryView(self)
        self.view.setModel(self.proxy)
        self.view.add_requested.connect(self.add_requested)
        self.view.details_requested.connect(self.details_requested)
        self.count_label = QLabel(self)
        self.count_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self._add_selected)

        self._filter_labels = [QLabel(self) for _ in range(5)]
        # Each filter is a label and its box; side by side while they fit, one under the other
        # on a narrow screen or in a long language (FlowLayout).
        filters = FlowLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        boxes = [self.focus_box, self.position_box, self.difficulty_box, self.equipment_box,
                 self.caution_box]
        for lab, box in zip(self._filter_labels, boxes, strict=True):
            lab.setBuddy(box)
            # As wide as its entries where the row has room; down to 8 letters where not.
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.setMinimumContentsLength(8)
            pair = QWidget(self)
            pair.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            row = QHBoxLayout(pair)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(lab)
            row.addWidget(box, 1)
            filters.addWidget(pair)
            box.currentIndexChanged.connect(self._apply_facets)
        self.filters = filters
        self._compact: bool | None = None
        footer = FlowLayout()  # the button goes under the count where the width is short
        footer.addWidget(self.count_label)
        footer.addWidget(self.add_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 8)
        lay.addWidget(self.heading)
        lay.addWidget(self.search)
        lay.addLayout(filters)
        lay.addWidget(self.view, 1)
        lay.addLayout(footer)

        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset,
                       self.proxy.layoutChanged):
            signal.connect(self._update_count)
        settings.health_changed.connect(self._on_health)
        app_state.changed.connect(self._update_marks)
        self.retranslate_ui()
        self._update_marks()
        self.model.set_health_flags(settings.health_flags())

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Exercise library"))
        self.search.setPlaceholderText(self.tr("Search name, summary or focus (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search exercises"))
        self.search.setToolTip(self.tr("Type words from the name, summary or focus area "
                                       "(Ctrl+F). Down or Enter goes to the results."))
        names = [self.tr("&Focus:"), self.tr("&Position:"), self.tr("&Level:"),
                 self.tr("E&quipment:"), self.tr("&Cautions:")]
        for lab, box, text in zip(self._filter_labels, self._boxes(), names, strict=True):
            lab.setText(text)
            box.setAccessibleName(text.replace("&", "").rstrip(":"))
            box.setToolTip(box.accessibleName())  # named here too: the label may be hidden
        self._compact = None  # measure the new words
        self._fit_filters()
        self._fill(self.focus_box, self.tr("Any focus"), list(Focus))
        self._fill(self.position_box, self.tr("Any position"), list(Position))
        self._fill(self.difficulty_box, self.tr("Any level"), list(Difficulty))
        self._fill(self.equipment_box, self.tr("Any equipment"), list(Equipment))
        cautions = [
            (self.tr("Show all"), CautionFilter.ANY),
            (self.tr("Suits my health flags"), CautionFilter.MY_FLAGS),
            (self.tr("No knee caution"), CautionFilter.NO_KNEE),
            (self.tr("No neck caution"), CautionFilter.NO_NECK),
            (self.tr("No cautions at all"), CautionFilter.NONE),
        ]
        current = self.caution_box.currentData()
        self.caution_box.blockSignals(True)
        self.caution_box.clear()
        for text, value in cautions:
            self.caution_box.addItem(text, value.value)
        self.caution_box.setCurrentIndex(max(0, self.caution_box.findData(current)))
        self.caution_box.blockSignals(False)
        for box, name in ((self.focus_box, self.tr("Filter by focus area")),
                          (self.position_box, self.tr("Filter by starting position")),
                          (self.difficulty_box, self.tr("Filter by level")),
                          (self.equipment_box, self.tr("Filter by equipment")),
                          (self.caution_box, self.tr("Filter by caution"))):
            box.setAccessibleName(name)
            box.setToolTip(name)
        self.view.setAccessibleName(self.tr("Exercises"))
        self.view.setAccessibleDescription(self.tr(
            "Insert or Enter adds the selected exercises to the routine; Shift+Enter or a "
            "double-click shows the exercise's steps. Drag to place them in the routine."))
        self.view.setToolTip("")
        self.add_button.setText(self.tr("&Add to Routine"))
        self.add_button.setToolTip(self.tr("Add the selected exercises to the routine (Insert "
                                           "or Enter). Shift+Enter shows the steps."))
        self.add_button.setAccessibleName(self.tr("Add to routine"))
        self.model.retranslate()
        self.proxy.refilter()  # names and labels in the new language are what a search matches
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- fitting a narrow panel ----------------------------------------------------------------

    def _boxes(self) -> list[QComboBox]:
        return [self.focus_box, self.position_box, self.difficulty_box, self.equipment_box,
                self.caution_box]

    def _fit_filters(self) -> None:
        """Where two labelled filters do not fit side by side, the labels go (each box's first
        entry and its tooltip name it): the five filters take three rows, not five."""
        space = self.filters.horizontal_spacing()
        pairs = [lab.sizeHint().width() + space + box.minimumSizeHint().width()
                 for lab, box in zip(self._filter_labels, self._boxes(), strict=True)]
        room = self._inner_width()
        compact = room < 2 * max(pairs) + space
        if compact != self._compact:
            self._compact = compact
            for lab in self._filter_labels:
                lab.setVisible(not compact)
        self.updateGeometry()  # the filters' rows decide the panel's least height

    def _inner_width(self) -> int:
        lay = self.layout()
        m = lay.contentsMargins() if lay is not None else None
        return self.width() - (m.left() + m.right() if m is not None else 0)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """Tall enough for the rows the filters take at this width (they wrap)."""
        hint = super().minimumSizeHint()
        width = self._inner_width()
        extra = self.filters.heightForWidth(width) - self.filters.minimumSize().height()
        return hint + QSize(0, max(0, extra))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._fit_filters()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Down or Enter in the search box goes to the results; Escape clears the search."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)  # PySide hands filters the concrete event class
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.focus_results()
                return True
            if key == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
        return super().eventFilter(watched, event)

    def focus_results(self) -> None:
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.view.currentIndex().isValid() and self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(0, 0))

    def _fill(self, box: QComboBox, any_text: str, values: list[object]) -> None:
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        box.addItem(any_text, None)
        for value in values:
            box.addItem(label(value), getattr(value, "value", value))
        box.setCurrentIndex(max(0, box.findData(current)))
        box.blockSignals(False)

    def _apply_facets(self) -> None:
        def pick(box: QComboBox, cls: type[_Facet]) -> _Facet | None:
            data = box.currentData()
            return cls(data) if data else None

        self.proxy.set_facets(
            focus=pick(self.focus_box, Focus),
            position=pick(self.position_box, Position),
            difficulty=pick(self.difficulty_box, Difficulty),
            equipment=pick(self.equipment_box, Equipment),
            caution=CautionFilter(self.caution_box.currentData() or CautionFilter.ANY.value),
        )
        self._update_count()

    def _update_count(self, *_args: object) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(fill(self.tr("%1 of %2 exercises"), str(shown), str(total)))

    def _update_marks(self) -> None:
        self.model.set_pain_marks({k: m.count for k, m in self.app_state.pain_marks().items()})

    def _on_health(self, flags: frozenset[str]) -> None:
        if flags != self.model.health_flags():
            self.model.set_health_flags(flags)
            self.proxy.refilter()
            self._update_count()

    def _add_selected(self) -> None:
        ids = self.view.selected_ids()
        if ids:
            self.add_requested.emit(ids)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    @staticmethod
    def search_shortcut() -> QKeySequence:
        return QKeySequence(QKeySequence.StandardKey.Find)
