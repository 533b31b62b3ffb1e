"""The History view's year calendar: one square per day of the last year, darker for longer
practice, with its tooltips. Painted with QPainter (no pyqtgraph)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QLocale, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QHelpEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from pilates_desktop.core.text import fill
from pilates_desktop.ui.history.common import Colors, plural, qdate


class YearHeatmap(QWidget):
    """A year of practice days, one square per day, darker for longer practice."""

    CELL, GAP = 14, 3

    def __init__(self, locale_fn: Callable[[], QLocale], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._locale_fn = locale_fn
        self.grid: list[list[tuple[date, float] | None]] = []
        self.first_weekday = 0
        self._left_cache: tuple[tuple[str, str], int] | None = None
        self.colors = Colors(self.palette())
        self.setMouseTracking(True)
        self.setMinimumHeight(self._top() + 7 * (self.CELL + self.GAP) + 4)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def _top(self) -> int:
        return self.fontMetrics().height() + 4

    def _left(self) -> int:
        key = (self._locale_fn().name(), self.font().key())
        if self._left_cache is None or self._left_cache[0] != key:
            locale = self._locale_fn()
            names = [locale.dayName(d, QLocale.FormatType.ShortFormat) for d in range(1, 8)]
            width = max(self.fontMetrics().horizontalAdvance(n) for n in names) + 8
            self._left_cache = (key, width)
        return self._left_cache[1]

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self._left() + 53 * (self.CELL + self.GAP), self.minimumHeight())

    def set_data(self, grid: list[list[tuple[date, float] | None]], first_weekday: int, colors: Colors) -> None:
        self.grid, self.first_weekday, self.colors = grid, first_weekday, colors
        self.update()

    def _cell_size(self) -> int:
        if not self.grid:
            return self.CELL
        room = (self.width() - self._left() - 4) // len(self.grid) - self.GAP
        return max(6, min(self.CELL, room))

    def practice_days(self) -> int:
        return sum(1 for column in self.grid for cell in column if cell is not None and cell[1] > 0)

    def cell_rect(self, week: int, day: int) -> QRect:
        size = self._cell_size()
        return QRect(
            self._left() + week * (size + self.GAP), self._top() + day * (size + self.GAP), size, size
        )

    def day_at(self, pos: QPoint) -> tuple[date, float] | None:
        for w, column in enumerate(self.grid):
            for d, cell in enumerate(column):
                if cell is not None and self.cell_rect(w, d).adjusted(-1, -1, 1, 1).contains(pos):
                    return cell
        return None

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colors = self.colors
        locale = self._locale_fn()
        painter.setPen(colors.muted_text)
        fm = self.fontMetrics()
        # Weekday labels on rows 0, 2, 4 (as calendars do), in the locale's order.
        for row in (0, 2, 4):
            qt_day = (self.first_weekday + row) % 7 + 1
            r = self.cell_rect(0, row)
            painter.drawText(
                QRect(0, r.top() - 3, self._left() - 6, r.height() + 6),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                locale.dayName(qt_day, QLocale.FormatType.ShortFormat),
            )
        last_month = None
        last_label_x = -100
        for w, column in enumerate(self.grid):
            first = next((c for c in column if c is not None), None)
            if first is not None and first[0].month != last_month:
                last_month = first[0].month
                x = self.cell_rect(w, 0).left()
                if x - last_label_x > fm.horizontalAdvance("MMMM") * 0.7:
                    painter.setPen(colors.muted_text)
                    painter.drawText(x, fm.ascent(), locale.monthName(first[0].month, QLocale.FormatType.ShortFormat))
                    last_label_x = x
            for d, cell in enumerate(column):
                if cell is None:
                    continue
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colors.heat(cell[1]))
                painter.drawRoundedRect(QRectF(self.cell_rect(w, d)), 2.5, 2.5)
        self._paint_legend(painter)
        painter.end()

    def _paint_legend(self, painter: QPainter) -> None:
        """"Less ▢▢▢▢▢ More" and the count of days, right of the grid when there is room."""
        if not self.grid:
            return
        colors, fm = self.colors, self.fontMetrics()
        size = self._cell_size()
        x = self.cell_rect(len(self.grid) - 1, 0).right() + 28
        less, more = self.tr("Less"), self.tr("More")
        width = fm.horizontalAdvance(less) + fm.horizontalAdvance(more) + 5 * (size + 3) + 12
        days_text = plural(self.tr("%n day(s) of practice", "", self.practice_days()), self.practice_days())
        if x + max(width, fm.horizontalAdvance(days_text)) > self.width():
            return
        y = self.cell_rect(0, 4).top()
        painter.setPen(colors.muted_text)
        painter.drawText(x, y + size - 2, less)
        cx = x + fm.horizontalAdvance(less) + 6
        for minutes in (0, 10, 20, 40, 60):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colors.heat(minutes))
            painter.drawRoundedRect(QRectF(cx, y, size, size), 2.5, 2.5)
            cx += size + 3
        painter.setPen(colors.muted_text)
        painter.drawText(cx + 3, y + size - 2, more)
        bold = QFont(self.font())
        bold.setWeight(QFont.Weight.DemiBold)
        painter.setFont(bold)
        painter.setPen(colors.text)
        painter.drawText(x, self.cell_rect(0, 1).top() + size - 2, days_text)
        painter.setFont(self.font())

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            cell = self.day_at(event.pos())
            if cell is None:
                QToolTip.hideText()
                event.ignore()
                return True
            QToolTip.showText(event.globalPos(), self.tooltip_for(cell), self)
            return True
        return super().event(event)

    def tooltip_for(self, cell: tuple[date, float]) -> str:
        locale = self._locale_fn()
        day = locale.toString(qdate(cell[0]), QLocale.FormatType.LongFormat)
        if cell[1] <= 0:
            return fill(self.tr("%1: no practice"), day)
        return fill(self.tr("%1: %2 minutes"), day, locale.toString(cell[1], "f", 0))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        cell = self.day_at(event.position().toPoint())
        self.setCursor(Qt.CursorShape.PointingHandCursor if cell else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)


