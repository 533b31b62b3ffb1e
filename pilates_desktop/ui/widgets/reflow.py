"""Layouts that reflow on a small screen (1024x600 in every language), and window sizes
that never start larger than the screen.

``FlowLayout`` puts its items in a row while they fit and wraps them onto further rows when
they do not, so a row of German buttons or filters needs only the width of its widest item.
``fit_to_screen`` resizes a window to the size it would like, within its screen.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QFrame,
    QLayout,
    QLayoutItem,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QWidget,
)

# Room a window manager takes around a window (borders; the title bar and a panel above and
# below): a window's own size plus this fits the screen.
FRAME_ALLOWANCE = QSize(16, 64)


class FlowLayout(QLayout):
    """Items left to right, wrapping to a new row when the next one does not fit.

    Its minimum width is that of its widest item; its height follows its width
    (``heightForWidth``). Items with an expanding horizontal policy share a row's spare
    width; without them, ``setAlignment(Qt.AlignmentFlag.AlignRight)`` puts a row's items
    at its right end.
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = -1) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing

    # --- QLayout's item interface ---------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt API
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    # --- sizes ---------------------------------------------------------------------------

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt API
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt API
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """All items in one row."""
        items = self._visible()
        width = sum(item.sizeHint().width() for item in items)
        width += self.horizontal_spacing() * max(0, len(items) - 1)
        height = max((item.sizeHint().height() for item in items), default=0)
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt API
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def horizontal_spacing(self) -> int:
        return self._spacing if self._spacing >= 0 else self._style_spacing(
            QStyle.PixelMetric.PM_LayoutHorizontalSpacing)

    def vertical_spacing(self) -> int:
        return self._spacing if self._spacing >= 0 else self._style_spacing(
            QStyle.PixelMetric.PM_LayoutVerticalSpacing)

    def rows(self) -> list[list[QWidget]]:
        """The widgets of each row as laid out now (for tests and the screenshots)."""
        out: list[list[QWidget]] = []
        last_y: int | None = None
        for item in self._visible():
            widget = item.widget()
            if widget is None:
                continue
            y = widget.geometry().y()
            if last_y is None or y != last_y:
                out.append([])
                last_y = y
            out[-1].append(widget)
        return out

    # --- the arrangement -----------------------------------------------------------------

    def _style_spacing(self, metric: QStyle.PixelMetric) -> int:
        parent = self.parentWidget()
        if parent is None:
            return 6
        style = parent.style()
        value = style.pixelMetric(metric, None, parent) if style is not None else -1
        return value if value >= 0 else 6

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Lay the items out in ``rect`` (when ``move``); return the height they take."""
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        space_x, space_y = self.horizontal_spacing(), self.vertical_spacing()
        rows: list[list[QLayoutItem]] = []
        width = 0
        for item in self._visible():
            w = item.sizeHint().width()
            if rows and width + space_x + w <= area.width():
                rows[-1].append(item)
                width += space_x + w
            else:
                rows.append([item])
                width = w
        y = area.y()
        for row in rows:
            height = max(item.sizeHint().height() for item in row)
            if move:
                right = bool(self.alignment() & Qt.AlignmentFlag.AlignRight)
                self._place_row(row, QPoint(area.x(), y), area.width(), height, space_x, right)
            y += height + space_y
        used = y - space_y - area.y() if rows else 0
        return used + m.top() + m.bottom()

    @staticmethod
    def _place_row(row: list[QLayoutItem], origin: QPoint, width: int, height: int,
                   space_x: int, right: bool) -> None:
        hints = [min(item.sizeHint().width(), width) for item in row]
        spare = width - sum(hints) - space_x * (len(row) - 1)
        grows = (QSizePolicy.Policy.Expanding, QSizePolicy.Policy.MinimumExpanding)
        growing = [i for i, item in enumerate(row)
                   if (widget := item.widget()) is not None
                   and widget.sizePolicy().horizontalPolicy() in grows]
        x = origin.x() + (spare if right and not growing and spare > 0 else 0)
        for i, item in enumerate(row):
            w = hints[i]
            if spare > 0 and i in growing:
                w += spare // len(growing)
            w = max(w, min(item.minimumSize().width(), width))
            item.setGeometry(QRect(x, origin.y(), w, height))
            x += w + space_x


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize ``window`` to ``width`` x ``height``, or less where its screen is smaller (its
    frame included), never below its own minimum."""
    screen = window.screen()
    if screen is not None and not screen.availableGeometry().isEmpty():
        room = screen.availableGeometry().size() - FRAME_ALLOWANCE
        width, height = min(width, room.width()), min(height, room.height())
    least = window.minimumSizeHint().expandedTo(window.minimumSize())
    window.resize(max(width, least.width()), max(height, least.height()))


class VerticalScroll(QScrollArea):
    """A page that scrolls up and down when the window is short, never sideways: it is as
    wide as its page needs (so nothing is cut at the side), and short as a few lines."""

    MIN_HEIGHT = 120

    def __init__(self, page: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(page.objectName())  # a page is looked up by its name
        self.setWidget(page)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setAutoFillBackground(False)
        page.setAutoFillBackground(False)

    def page(self) -> QWidget:
        widget = self.widget()
        assert widget is not None
        return widget

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        style = self.style()
        bar = style.pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent) if style else 16
        frame = 2 * self.frameWidth()
        return QSize(self.page().minimumSizeHint().width() + bar + frame, self.MIN_HEIGHT)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        style = self.style()
        bar = style.pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent) if style else 16
        return self.page().sizeHint() + QSize(bar + 2 * self.frameWidth(), 2 * self.frameWidth())
