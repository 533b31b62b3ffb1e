"""The History view: weekly practice, streaks, pain, focus areas, a year calendar and the list.

This is the only module that imports pyqtgraph, and the main window imports it only when the
view is first shown, so start-up never pays for it.

Numbers come from ``core.stats``, never from SQL here. Colours come from the palette, so the
view follows light and dark themes; numbers and dates go through ``QLocale``. Bars are one
``BarGraphItem`` with ``pen=None``: per-bar outline pens cost about a hundred times more.
"""

from __future__ import annotations

import contextlib
import json
import math
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTime,
    QTimer,
    QTimeZone,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QHelpEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPalette,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QToolBar,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from pilates_desktop.core.errors import PilatesError
from pilates_desktop.core.history import (
    UNSET,
    HistoryStore,
    SessionRecord,
    SessionStatus,
    latest_backup,
    load_export,
)
from pilates_desktop.core.stats import (
    OTHER_FOCUS,
    Goal,
    GoalKind,
    WeekBucket,
    daily_minutes,
    focus_minutes,
    heatmap_grid,
    local_midnight,
    pain_change,
    pain_trend,
    practice_days,
    streaks,
    week_start,
    weekly_buckets,
)
from pilates_desktop.settings import GOAL_KIND, GOAL_MINUTES, GOAL_SESSIONS, Settings

RANGES: tuple[int | None, ...] = (4, 12, 26, 52, None)  # weeks; None is all
DEFAULT_RANGE = 12
FOCUS_ORDER = ("upper-back", "lower-back", "core", "hips-glutes", OTHER_FOCUS)
ROLE_ID = Qt.ItemDataRole.UserRole + 1
R = QPalette.ColorRole
# Fixed axis widths keep the pain chart's weeks exactly under the minutes chart's bars.
AXIS_LEFT_W, AXIS_RIGHT_W = 56, 44


# --- helpers --------------------------------------------------------------------------------


def first_weekday(locale: QLocale) -> int:
    """The locale's first day of the week as Python counts it (0 = Monday .. 6 = Sunday)."""
    return (locale.firstDayOfWeek().value - 1) % 7


def system_tz() -> tzinfo:
    """The desktop's time zone as a real zone (with its DST rules), not a fixed offset."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        pass
    try:
        with open("/etc/localtime", "rb") as f:
            return ZoneInfo.from_file(f)
    except (OSError, ValueError):
        tz = datetime.now().astimezone().tzinfo
        return tz if tz is not None else UTC


def plural(text: str, n: int) -> str:
    """English plurals without an English translation file: "week(s)" -> "week"/"weeks".

    A translated string has no "(s)" left, so this only touches the untranslated source.
    """
    return text.replace("(s)", "" if n == 1 else "s")


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    """``t`` of the way from ``a`` to ``b``."""
    return QColor(
        round(a.red() + (b.red() - a.red()) * t),
        round(a.green() + (b.green() - a.green()) * t),
        round(a.blue() + (b.blue() - a.blue()) * t),
    )


def day_month_format(locale: QLocale) -> str:
    """"d MMM" or "MMM d", in the order the locale writes dates."""
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    d, m = short.find("d"), short.find("M")
    if 0 <= m < d:
        return "MMM d"
    return "d. MMM" if "d." in short else "d MMM"


class Colors:
    """The view's colours, all derived from the palette so light and dark both work."""

    def __init__(self, palette: QPalette) -> None:
        self.base = palette.color(R.Base)
        self.window = palette.color(R.Window)
        self.text = palette.color(R.WindowText)
        self.muted_text = palette.color(R.PlaceholderText)
        self.accent = palette.color(R.Highlight)
        self.grid = _mix(self.base, palette.color(R.Mid), 0.55)
        self.bar = _mix(self.base, palette.color(R.Mid), 0.9)  # a week short of the goal
        self.bar_met = self.accent  # a week that met the goal stands out
        self.goal = palette.color(R.Link)
        # Before in a quiet grey, after in the accent: the eye follows the outcome.
        self.pain_before = _mix(self.text, self.base, 0.45)
        self.pain_after = self.accent
        self.empty_day = _mix(self.base, palette.color(R.Mid), 0.28)
        self.dark = palette.color(R.Window).lightness() < palette.color(R.WindowText).lightness()

    def heat(self, minutes: float) -> QColor:
        if minutes <= 0:
            return self.empty_day
        level = 0.35 if minutes < 15 else 0.55 if minutes < 30 else 0.78 if minutes < 45 else 1.0
        return _mix(self.base, self.accent, level)


# --- charts ---------------------------------------------------------------------------------


class LocaleAxis(pg.AxisItem):
    """Numbers in the user's locale (1 234,5 in German), not the C locale."""

    def __init__(self, orientation: str, locale_fn: Callable[[], QLocale]) -> None:
        super().__init__(orientation)
        self._locale_fn = locale_fn
        self.labels: dict[int, str] = {}  # when set, category labels at these positions

    def tickValues(self, minVal: float, maxVal: float, size: float) -> Any:  # noqa: N802,N803
        # Major ticks only: minor grid lines read as stripes across the bars.
        return super().tickValues(minVal, maxVal, size)[:1]

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:  # noqa: N802
        locale = self._locale_fn()
        out: list[str] = []
        for v in values:
            if self.labels:
                out.append(self.labels.get(round(v), "") if abs(v - round(v)) < 1e-6 else "")
            elif abs(v - round(v)) < 1e-6:
                out.append(locale.toString(int(round(v))))
            else:
                out.append(locale.toString(float(v), "f", 1))
        return out


class WeekAxis(LocaleAxis):
    """Week start dates under the bars, thinned to what fits."""

    def __init__(self, locale_fn: Callable[[], QLocale]) -> None:
        super().__init__("bottom", locale_fn)
        self.weeks: list[date] = []

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, list[float]]]:  # noqa: N802,N803
        n = len(self.weeks)
        if n == 0:
            return []
        fit = max(1, int(size // 72))
        step = max(1, math.ceil(n / fit))
        # Keep the latest week labelled: count back from it.
        majors = [float(i) for i in range(n - 1, -1, -step)]
        return [(float(step), sorted(majors))]

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:  # noqa: N802
        locale = self._locale_fn()
        fmt = day_month_format(locale)
        out = []
        for v in values:
            i = round(v)
            out.append(locale.toString(_qdate(self.weeks[i]), fmt) if 0 <= i < len(self.weeks) else "")
        return out


def _plot(axis_items: dict[str, pg.AxisItem]) -> pg.PlotWidget:
    widget = pg.PlotWidget(axisItems=axis_items)
    item = widget.getPlotItem()
    item.setMenuEnabled(False)
    item.hideButtons()
    item.setMouseEnabled(x=False, y=False)
    widget.setMinimumHeight(150)
    widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return widget


def _style_plot(widget: pg.PlotWidget, colors: Colors) -> None:
    widget.setBackground(colors.base)
    item = widget.getPlotItem()
    for name in ("left", "bottom", "right"):
        axis = item.getAxis(name)
        axis.setPen(pg.mkPen(colors.grid))
        axis.setTextPen(pg.mkPen(colors.text))
    item.showGrid(x=False, y=True, alpha=0.45)
    for name in ("left", "bottom"):
        item.getAxis(name).setZValue(-1)  # grid lines behind the bars, not across them


class WeeklyChart(QWidget):
    """Minutes per week as bars; sessions per week as dots on the right axis; the goal line.

    The goal line sits on the axis of the goal's unit: minutes on the left, sessions on the
    right. Weeks that met the goal are drawn in the accent colour.
    """

    def __init__(self, locale_fn: Callable[[], QLocale], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._locale_fn = locale_fn
        self.axis = WeekAxis(locale_fn)
        self.left_axis = LocaleAxis("left", locale_fn)
        self.right_axis = LocaleAxis("right", locale_fn)
        self.plot = _plot({"bottom": self.axis, "left": self.left_axis, "right": self.right_axis})
        item = self.plot.getPlotItem()
        item.showAxis("right")
        self.sessions_box = pg.ViewBox(enableMouse=False)
        self.sessions_box.setMenuEnabled(False)
        self.left_axis.setWidth(AXIS_LEFT_W)
        self.right_axis.setWidth(AXIS_RIGHT_W)
        item.scene().addItem(self.sessions_box)
        self.right_axis.linkToView(self.sessions_box)
        self.sessions_box.setXLink(item.getViewBox())
        item.getViewBox().sigResized.connect(self._sync_boxes)
        self.plot.setMinimumHeight(210)  # below this pyqtgraph clips the date labels
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.72, pen=None)
        item.addItem(self.bars)
        self.dots = pg.ScatterPlotItem(size=7, pen=None)
        self.sessions_box.addItem(self.dots)
        self.goal_line = pg.InfiniteLine(angle=0, movable=False)
        self.buckets: list[WeekBucket] = []
        self.goal = Goal(GoalKind.SESSIONS, 3)
        item.scene().sigMouseMoved.connect(self._hover)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.plot)

    def _sync_boxes(self) -> None:
        vb = self.plot.getPlotItem().getViewBox()
        self.sessions_box.setGeometry(vb.sceneBoundingRect())
        self.sessions_box.linkedViewChanged(vb, self.sessions_box.XAxis)

    def set_data(self, buckets: list[WeekBucket], goal: Goal, colors: Colors) -> None:
        self.buckets, self.goal = buckets, goal
        item = self.plot.getPlotItem()
        _style_plot(self.plot, colors)
        self.axis.weeks = [b.start for b in buckets]
        n = len(buckets)
        xs = list(range(n))
        minutes = [b.minutes for b in buckets]
        brushes = [pg.mkBrush(colors.bar_met if b.met else colors.bar) for b in buckets]
        width = 0.72 if n <= 60 else 0.9
        self.bars.setOpts(x=xs, height=minutes, width=width, brushes=brushes, pen=None)
        dot_color = colors.text
        self.dots.setData(
            x=[float(i) for i, b in enumerate(buckets) if b.sessions],
            y=[float(b.sessions) for b in buckets if b.sessions],
            brush=pg.mkBrush(dot_color),
            pen=pg.mkPen(colors.base, width=1.5),
            size=7 if n <= 60 else 4,
        )
        for box in (item.getViewBox(), self.sessions_box):
            if self.goal_line in box.addedItems:
                box.removeItem(self.goal_line)
        self.goal_line.setPen(pg.mkPen(colors.goal, width=2, style=Qt.PenStyle.DashLine))
        self.goal_line.setPos(goal.target)
        top_minutes = max([*minutes, 10.0])
        top_sessions = max([b.sessions for b in buckets] + [goal.target if goal.kind is GoalKind.SESSIONS else 1, 1])
        if goal.kind is GoalKind.MINUTES:
            top_minutes = max(top_minutes, goal.target)
            item.getViewBox().addItem(self.goal_line)
        else:
            self.sessions_box.addItem(self.goal_line)
        item.setXRange(-0.6, max(n, 1) - 0.4, padding=0)
        item.setYRange(0, top_minutes * 1.12, padding=0)
        self.sessions_box.setYRange(0, top_sessions * 1.12 + 0.2, padding=0)
        self.left_axis.setLabel(self.tr("minutes"), color=colors.muted_text.name())
        self.right_axis.setLabel(self.tr("sessions"), color=colors.muted_text.name())
        self._sync_boxes()

    def week_at(self, scene_pos: Any) -> int | None:
        vb = self.plot.getPlotItem().getViewBox()
        if not vb.sceneBoundingRect().contains(scene_pos):
            return None
        x = vb.mapSceneToView(scene_pos).x()
        i = round(x)
        return i if 0 <= i < len(self.buckets) and abs(x - i) <= 0.5 else None

    def tooltip_for(self, i: int) -> str:
        b = self.buckets[i]
        locale = self._locale_fn()
        start = locale.toString(_qdate(b.start), QLocale.FormatType.ShortFormat)
        end = locale.toString(_qdate(b.end), QLocale.FormatType.ShortFormat)
        lines = [
            self.tr("Week of %1 – %2").replace("%1", start).replace("%2", end),
            self.tr("%1 minutes").replace("%1", locale.toString(b.minutes, "f", 1)),
            plural(self.tr("%n session(s)", "", b.sessions), b.sessions),
        ]
        if self.goal.kind is GoalKind.SESSIONS:
            goal = plural(self.tr("Goal: %n session(s)", "", self.goal.target), self.goal.target)
        else:
            goal = self.tr("Goal: %1 minutes").replace("%1", locale.toString(self.goal.target))
        lines.append(goal + " · " + (self.tr("met") if b.met else self.tr("not met")))
        return "\n".join(lines)

    def _hover(self, scene_pos: Any) -> None:
        i = self.week_at(scene_pos)
        if i is None:
            QToolTip.hideText()
            return
        view = self.plot
        QToolTip.showText(view.mapToGlobal(view.mapFromScene(scene_pos)), self.tooltip_for(i), view)


class PainChart(QWidget):
    """Average pain before and after sessions, week by week, under the minutes chart."""

    def __init__(self, locale_fn: Callable[[], QLocale], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._locale_fn = locale_fn
        self.axis = WeekAxis(locale_fn)
        self.left_axis = LocaleAxis("left", locale_fn)
        self.right_axis = LocaleAxis("right", locale_fn)
        self.plot = _plot({"bottom": self.axis, "left": self.left_axis, "right": self.right_axis})
        item = self.plot.getPlotItem()
        item.showAxis("right")
        self.right_axis.setStyle(showValues=False)
        self.left_axis.setWidth(AXIS_LEFT_W)
        self.right_axis.setWidth(AXIS_RIGHT_W)
        self.before = pg.PlotDataItem(connect="finite")
        self.after = pg.PlotDataItem(connect="finite")
        item.addItem(self.before)
        item.addItem(self.after)
        self.buckets: list[WeekBucket] = []
        item.scene().sigMouseMoved.connect(self._hover)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.plot)

    def set_data(self, buckets: list[WeekBucket], colors: Colors) -> None:
        self.buckets = buckets
        _style_plot(self.plot, colors)
        item = self.plot.getPlotItem()
        self.axis.weeks = [b.start for b in buckets]
        n = len(buckets)
        xs = [float(i) for i in range(n)]
        nan = float("nan")
        small = n > 60
        for line, values, color in (
            (self.before, [b.pain_before if b.pain_before is not None else nan for b in buckets], colors.pain_before),
            (self.after, [b.pain_after if b.pain_after is not None else nan for b in buckets], colors.pain_after),
        ):
            if all(math.isnan(v) for v in values):
                xs_line: list[float] = []
                values = []
            else:
                xs_line = xs
            line.setData(
                x=xs_line,
                y=values,
                pen=pg.mkPen(color, width=2),
                symbol=None if small else "o",
                symbolSize=6,
                symbolBrush=pg.mkBrush(color),
                symbolPen=pg.mkPen(colors.base, width=1),
            )
        item.setXRange(-0.6, max(n, 1) - 0.4, padding=0)
        item.setYRange(-1.0, 10.8, padding=0)
        self.left_axis.setTicks([[(v, self._locale_fn().toString(v)) for v in (0, 5, 10)]])
        self.left_axis.setStyle(hideOverlappingLabels=False)
        self.left_axis.setLabel(self.tr("pain 0–10"), color=colors.muted_text.name())

    def tooltip_for(self, i: int) -> str:
        b = self.buckets[i]
        locale = self._locale_fn()

        def fmt(v: float | None) -> str:
            return self.tr("not rated") if v is None else locale.toString(v, "f", 1)

        start = locale.toString(_qdate(b.start), QLocale.FormatType.ShortFormat)
        return "\n".join(
            [
                self.tr("Week of %1").replace("%1", start),
                self.tr("Pain before: %1").replace("%1", fmt(b.pain_before)),
                self.tr("Pain after: %1").replace("%1", fmt(b.pain_after)),
            ]
        )

    def _hover(self, scene_pos: Any) -> None:
        vb = self.plot.getPlotItem().getViewBox()
        if not vb.sceneBoundingRect().contains(scene_pos):
            QToolTip.hideText()
            return
        i = round(vb.mapSceneToView(scene_pos).x())
        if 0 <= i < len(self.buckets):
            view = self.plot
            QToolTip.showText(view.mapToGlobal(view.mapFromScene(scene_pos)), self.tooltip_for(i), view)


class FocusChart(QWidget):
    """Minutes per focus area over the range, as horizontal bars."""

    def __init__(self, locale_fn: Callable[[], QLocale], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._locale_fn = locale_fn
        self.left_axis = LocaleAxis("left", locale_fn)
        self.bottom_axis = LocaleAxis("bottom", locale_fn)
        self.plot = _plot({"left": self.left_axis, "bottom": self.bottom_axis})
        self.bars = pg.BarGraphItem(x0=[], y=[], width=[], height=0.62, pen=None)
        self.plot.getPlotItem().addItem(self.bars)
        self.plot.getPlotItem().getViewBox().invertY(True)
        self.values: list[tuple[str, float]] = []
        self.value_labels: list[pg.TextItem] = []
        self.plot.getPlotItem().scene().sigMouseMoved.connect(self._hover)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.plot)

    def label(self, area: str) -> str:
        return {
            "upper-back": self.tr("Upper back"),
            "lower-back": self.tr("Lower back"),
            "core": self.tr("Core"),
            "hips-glutes": self.tr("Hips and glutes"),
            OTHER_FOCUS: self.tr("Other"),
        }.get(area, area)

    def set_data(self, minutes: Mapping[str, float], colors: Colors) -> None:
        areas = [a for a in FOCUS_ORDER if a != OTHER_FOCUS or minutes.get(a, 0) > 0]
        self.values = [(a, minutes.get(a, 0.0)) for a in areas]
        _style_plot(self.plot, colors)
        item = self.plot.getPlotItem()
        item.showGrid(x=True, y=False, alpha=0.45)
        top = max([v for _, v in self.values] + [10.0])
        shades = [_mix(colors.base, colors.accent, t) for t in (1.0, 0.82, 0.66, 0.5, 0.3)]
        self.bars.setOpts(
            x0=[0.0] * len(self.values),
            y=list(range(len(self.values))),
            width=[v for _, v in self.values],
            height=0.62,
            brushes=[pg.mkBrush(shades[i % len(shades)]) for i in range(len(self.values))],
            pen=None,
        )
        self.left_axis.setTicks([[(i, self.label(a)) for i, (a, _) in enumerate(self.values)]])
        for text in self.value_labels:
            item.removeItem(text)
        self.value_labels = []
        locale = self._locale_fn()
        for i, (_, value) in enumerate(self.values):
            text = pg.TextItem(
                self.tr("%1 min").replace("%1", locale.toString(round(value))),
                color=colors.text,
                anchor=(0, 0.5),
            )
            text.setPos(value + top * 0.015, i)
            item.addItem(text)
            self.value_labels.append(text)
        self.bottom_axis.setLabel(self.tr("minutes"), color=colors.muted_text.name())
        item.setYRange(-0.6, len(self.values) - 0.4, padding=0)
        item.setXRange(0, top * 1.3, padding=0)

    def tooltip_for(self, i: int) -> str:
        area, value = self.values[i]
        total = sum(v for _, v in self.values) or 1.0
        locale = self._locale_fn()
        return self.tr("%1: %2 minutes (%3%)").replace("%1", self.label(area)).replace(
            "%2", locale.toString(value, "f", 1)
        ).replace("%3", locale.toString(round(100 * value / total)))

    def _hover(self, scene_pos: Any) -> None:
        vb = self.plot.getPlotItem().getViewBox()
        if not vb.sceneBoundingRect().contains(scene_pos):
            QToolTip.hideText()
            return
        i = round(vb.mapSceneToView(scene_pos).y())
        if 0 <= i < len(self.values):
            view = self.plot
            QToolTip.showText(view.mapToGlobal(view.mapFromScene(scene_pos)), self.tooltip_for(i), view)


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

    def paintEvent(self, event: Any) -> None:  # noqa: N802
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
        day = locale.toString(_qdate(cell[0]), QLocale.FormatType.LongFormat)
        if cell[1] <= 0:
            return self.tr("%1: no practice").replace("%1", day)
        return self.tr("%1: %2 minutes").replace("%1", day).replace("%2", locale.toString(cell[1], "f", 0))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        cell = self.day_at(event.position().toPoint())
        self.setCursor(Qt.CursorShape.PointingHandCursor if cell else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)


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

    def set_records(self, records: list[SessionRecord]) -> None:
        self.beginResetModel()
        self.records = list(reversed(records))
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802,B008
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802,B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
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
        col = self.COLUMNS[index.column()]
        locale = self._locale_fn()
        if role == ROLE_ID:
            return r.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == "date":
                t = r.started_at.astimezone(self.tz)
                local = QDateTime(QDate(t.year, t.month, t.day), QTime(t.hour, t.minute))
                return locale.toString(local, QLocale.FormatType.ShortFormat)
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
        if index.isValid() and self.COLUMNS[index.column()] in ("pain_before", "pain_after", "note"):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
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
    def __init__(self, store: HistoryStore, session_id: str, field: str, old: Any, new: Any, text: str) -> None:
        super().__init__(text)
        self.store, self.session_id, self.field, self.old, self.new = store, session_id, field, old, new

    def _apply(self, value: Any) -> None:
        if self.field == "note":
            self.store.update_session(self.session_id, note=value)
        elif self.field == "pain_before":
            self.store.update_session(self.session_id, pain_before=value, pain_after=UNSET)
        else:
            self.store.update_session(self.session_id, pain_before=UNSET, pain_after=value)

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)


class DeleteSessionCommand(QUndoCommand):
    def __init__(self, store: HistoryStore, record: SessionRecord, text: str) -> None:
        super().__init__(text)
        self.store, self.record = store, record

    def redo(self) -> None:
        self.store.delete_session(self.record.id)

    def undo(self) -> None:
        self.store.restore_session(self.record)


# --- the view -------------------------------------------------------------------------------


class StatCard(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statCard")
        self.title = QLabel(self)
        self.value = QLabel(self)
        self.detail = QLabel(self)
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.DemiBold)
        self.value.setFont(font)
        # One line each: a wrapped label's size hint guesses a narrow width and pads the card.
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(14, 10, 14, 10)
        lay.setSpacing(2)
        lay.addWidget(self.title)
        lay.addWidget(self.value)
        lay.addWidget(self.detail)
        lay.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set(self, title: str, value: str, detail: str, tooltip: str = "") -> None:
        self.title.setText(title)
        self.value.setText(value)
        self.detail.setText(detail)
        self.setToolTip(tooltip)


def _section(title: QLabel, body: QWidget, parent: QWidget) -> QWidget:
    box = QFrame(parent)
    box.setObjectName("chartBox")
    lay = QVBoxLayout(box)
    lay.setContentsMargins(12, 10, 12, 8)
    lay.setSpacing(6)
    font = QFont(title.font())
    font.setWeight(QFont.Weight.DemiBold)
    title.setFont(font)
    lay.addWidget(title)
    lay.addWidget(body, 1)
    return box


class HistoryView(QWidget):
    """Weekly practice, streaks, pain, focus, a year calendar and the session list.

    ``changed``: a signal emitted when the history changes (a session ends). Without one the
    view chains itself onto ``store.on_change``. ``now`` and ``tz`` are injectable for tests.
    """

    refreshed = Signal()

    def __init__(
        self,
        store: HistoryStore,
        settings: Settings,
        library: Mapping[str, Any],
        parent: QWidget | None = None,
        *,
        changed: SignalInstance | None = None,
        now: Callable[[], datetime] | None = None,
        tz: tzinfo | None = None,
        locale: QLocale | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        # A Library of Exercises, or a plain {exercise id: focus areas} mapping.
        self._focus_of = {
            key: tuple(str(f) for f in (ex if isinstance(ex, tuple | list) else getattr(ex, "focus", ())))
            for key, ex in library.items()
        }
        self._now = now or (lambda: datetime.now().astimezone())
        self._tz = tz or system_tz()
        self._locale = locale
        self.undo_stack = QUndoStack(self)
        self._dirty = True
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self._refresh_if_visible)
        self._build()
        if changed is not None:
            changed.connect(self.schedule_refresh)
        else:
            previous = store.on_change

            def chained() -> None:
                if previous is not None:
                    previous()
                # Never let a closed view break the recording of a session.
                with contextlib.suppress(RuntimeError):
                    self.schedule_refresh()

            store.on_change = chained
        settings.changed.connect(self._on_setting)
        self.retranslate_ui()
        self.refresh()

    # -- building ------------------------------------------------------------------------

    def locale(self) -> QLocale:  # type: ignore[override]
        return self._locale if self._locale is not None else QLocale()

    def first_weekday(self) -> int:
        return first_weekday(self.locale())

    def _build(self) -> None:
        loc = self.locale
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.range_label = QLabel(self)
        self.range_combo = QComboBox(self)
        self.routine_label = QLabel(self)
        self.routine_combo = QComboBox(self)
        self.routine_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.range_label.setBuddy(self.range_combo)
        self.routine_label.setBuddy(self.routine_combo)
        self.toolbar.addWidget(self.range_label)
        self.toolbar.addWidget(self.range_combo)
        self.toolbar.addSeparator()
        self.toolbar.addWidget(self.routine_label)
        self.toolbar.addWidget(self.routine_combo)
        spacer = QWidget(self)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)

        self.undo_action = self.undo_stack.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.delete_action = QAction(self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.triggered.connect(self.delete_selected)
        self.export_json_action = QAction(self)
        self.export_json_action.triggered.connect(lambda: self._export_dialog("json"))
        self.export_csv_action = QAction(self)
        self.export_csv_action.triggered.connect(lambda: self._export_dialog("csv"))
        self.import_action = QAction(self)
        self.import_action.triggered.connect(self._import_dialog)
        self.restore_action = QAction(self)
        self.restore_action.triggered.connect(lambda: self.restore_backup())
        for action in (self.undo_action, self.redo_action, self.delete_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.menu = QMenu(self)
        self.menu.addAction(self.export_json_action)
        self.menu.addAction(self.export_csv_action)
        self.menu.addSeparator()
        self.menu.addAction(self.import_action)
        self.menu.addSeparator()
        self.menu.addAction(self.restore_action)
        self.menu_button = QToolButton(self)
        self.menu_button.setMenu(self.menu)
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addAction(self.undo_action)
        self.toolbar.addAction(self.redo_action)
        self.toolbar.addSeparator()
        self.toolbar.addWidget(self.menu_button)

        self.cards = [StatCard(self) for _ in range(4)]
        cards = QHBoxLayout()
        cards.setSpacing(10)
        for card in self.cards:
            cards.addWidget(card)

        self.weekly = WeeklyChart(loc, self)
        self.pain = PainChart(loc, self)
        self.pain.plot.setXLink(self.weekly.plot)
        self.focus = FocusChart(loc, self)
        self.heatmap = YearHeatmap(loc, self)
        self.weekly_title, self.pain_title = QLabel(self), QLabel(self)
        self.focus_title, self.heatmap_title = QLabel(self), QLabel(self)
        self.legend = QLabel(self)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        weekly_body = QWidget(self)
        wl = QVBoxLayout(weekly_body)
        wl.setContentsMargins(0, 0, 0, 0)
        wl.addWidget(self.weekly, 1)
        wl.addWidget(self.legend)

        overview = QWidget(self)
        grid = QGridLayout(overview)
        grid.setContentsMargins(0, 8, 0, 0)
        grid.setSpacing(10)
        grid.addWidget(_section(self.weekly_title, weekly_body, overview), 0, 0)
        grid.addWidget(_section(self.pain_title, self.pain, overview), 1, 0)
        grid.addWidget(_section(self.focus_title, self.focus, overview), 0, 1, 2, 1)
        grid.addWidget(_section(self.heatmap_title, self.heatmap, overview), 2, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(0, 3)
        grid.setRowStretch(1, 2)

        self.model = SessionTableModel(loc, self._tz, self)
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
        sessions_page = QWidget(self)
        sl = QVBoxLayout(sessions_page)
        sl.setContentsMargins(0, 8, 0, 0)
        sl.addWidget(self.table, 1)
        below = QHBoxLayout()
        below.addWidget(self.list_hint, 1)
        below.addWidget(self.delete_button)
        sl.addLayout(below)

        # A small window scrolls the overview instead of squeezing the charts flat.
        overview.setMinimumHeight(680)
        scroll = QScrollArea(self)
        scroll.setWidget(overview)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(scroll, "")
        self.tabs.addTab(sessions_page, "")
        self.tabs.currentChanged.connect(lambda _i: self._fit_columns())
        self.empty_label = QLabel(self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 8, 16, 12)
        lay.setSpacing(8)
        lay.addWidget(self.toolbar)
        lay.addLayout(cards)
        lay.addWidget(self.empty_label)
        lay.addWidget(self.tabs, 1)

        self.range_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.routine_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self._apply_style()

    def _apply_style(self) -> None:
        pal = self.palette()
        c = Colors(pal)
        border = _mix(c.base, pal.color(R.Mid), 0.5).name()
        self.setStyleSheet(
            f"QFrame#statCard, QFrame#chartBox {{ background: {c.base.name()};"
            f" border: 1px solid {border}; border-radius: 8px; }}"
            f" QFrame#statCard QLabel, QFrame#chartBox QLabel {{ border: none; background: transparent; }}"
        )
        for card in self.cards:
            card.title.setStyleSheet(f"color: {c.muted_text.name()};")
            card.detail.setStyleSheet(f"color: {c.muted_text.name()};")

    def retranslate_ui(self) -> None:
        self.range_label.setText(self.tr("&Show:"))
        self.routine_label.setText(self.tr("R&outine:"))
        current = self.range_combo.currentIndex()
        self.range_combo.blockSignals(True)
        self.range_combo.clear()
        for weeks in RANGES:
            label = self.tr("All time") if weeks is None else plural(self.tr("Last %n week(s)", "", weeks), weeks)
            self.range_combo.addItem(label, weeks)
        self.range_combo.setCurrentIndex(current if current >= 0 else RANGES.index(DEFAULT_RANGE))
        self.range_combo.blockSignals(False)
        self.range_combo.setToolTip(self.tr("How many weeks the charts and the list cover"))
        self.routine_combo.setToolTip(self.tr("Show only the sessions of one routine"))
        self.undo_action.setText(self.tr("Undo"))
        self.redo_action.setText(self.tr("Redo"))
        self.delete_action.setText(self.tr("Delete Session"))
        self.delete_button.setText(self.tr("&Delete Session"))
        self.delete_button.setToolTip(self.tr("Remove the selected session from your history (Undo brings it back)"))
        self.export_json_action.setText(self.tr("Export History as JSON…"))
        self.export_json_action.setToolTip(self.tr("Save every session with its exercises, to keep or to move to another computer"))
        self.export_csv_action.setText(self.tr("Export History as CSV…"))
        self.export_csv_action.setToolTip(self.tr("One row per session, for a spreadsheet"))
        self.import_action.setText(self.tr("Import History…"))
        self.import_action.setToolTip(self.tr("Merge a JSON export; sessions you already have are not added twice"))
        self.restore_action.setText(self.tr("Restore Automatic Backup…"))
        self.restore_action.setToolTip(self.tr("Go back to the newest daily backup; sessions recorded since are kept"))
        self.menu_button.setText(self.tr("Export and Import"))
        self.tabs.setTabText(0, self.tr("&Overview"))
        self.tabs.setTabText(1, self.tr("&Sessions"))
        self.weekly.plot.setAccessibleName(self.tr("Minutes and sessions per week"))
        self.pain.plot.setAccessibleName(self.tr("Pain before and after, weekly average"))
        self.focus.plot.setAccessibleName(self.tr("Time per focus area"))
        self.heatmap.setAccessibleName(self.tr("Practice days in the last year"))
        self.table.setAccessibleName(self.tr("Sessions"))
        self.weekly_title.setText(self.tr("Practice per week"))
        self.pain_title.setText(self.tr("Pain before and after, weekly average"))
        self.focus_title.setText(self.tr("Time per focus area"))
        self.heatmap_title.setText(self.tr("Practice days in the last year"))
        self.list_hint.setText(
            self.tr("Double-click a note or a pain rating to change it. Delete removes a session; Undo brings it back.")
        )
        self.empty_label.setText(
            self.tr("No sessions yet. When you finish or stop a routine, it appears here, week by week.")
        )
        self._refill_routines()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self._refresh_soon()
        elif event.type() == QEvent.Type.PaletteChange:
            self._apply_style()
            self._refresh_soon()
        super().changeEvent(event)

    def _refill_routines(self) -> None:
        current = self.routine_combo.currentData()
        self.routine_combo.blockSignals(True)
        self.routine_combo.clear()
        self.routine_combo.addItem(self.tr("All routines"), None)
        for rid, name in self.store.routines():
            self.routine_combo.addItem(name, rid)
        index = self.routine_combo.findData(current) if current is not None else 0
        self.routine_combo.setCurrentIndex(max(0, index))
        self.routine_combo.blockSignals(False)

    # -- data ----------------------------------------------------------------------------

    def goal(self) -> Goal:
        kind = GoalKind(self.settings.value(GOAL_KIND))
        target = self.settings.value(GOAL_SESSIONS if kind is GoalKind.SESSIONS else GOAL_MINUTES)
        return Goal(kind, int(target))

    def range_weeks(self) -> int | None:
        data = self.range_combo.currentData()
        return None if data is None else int(data)

    def set_range(self, weeks: int | None) -> None:
        self.range_combo.setCurrentIndex(RANGES.index(weeks))

    def routine_filter(self) -> str | None:
        data = self.routine_combo.currentData()
        return None if data is None else str(data)

    def set_routine_filter(self, routine_id: str | None) -> None:
        self.routine_combo.setCurrentIndex(max(0, self.routine_combo.findData(routine_id)))

    def schedule_refresh(self, *_args: Any) -> None:
        self._dirty = True
        self._refresh_timer.start()

    def _refresh_soon(self) -> None:
        self._dirty = True
        if self.isVisible():
            self.refresh()

    def _refresh_if_visible(self) -> None:
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def _on_setting(self, key: str) -> None:
        if key in (GOAL_KIND.key, GOAL_SESSIONS.key, GOAL_MINUTES.key):
            self.schedule_refresh()

    def refresh(self) -> None:
        """Read the history again and redraw everything."""
        self._dirty = False
        self._refill_routines()
        colors = Colors(self.palette())
        tz, fw = self._tz, self.first_weekday()
        today = self._now().astimezone(tz).date()
        goal = self.goal()
        routine = self.routine_filter()
        weeks = self.range_weeks()
        # Streaks need every week; the list and focus only the range. One light query for
        # all sessions (no items), one with items for the range.
        everything = self.store.sessions(routine=routine, with_items=False)
        all_weeks = weekly_buckets(everything, tz, fw, goal, today=today)
        streak = streaks(all_weeks)
        if weeks is None:
            buckets = all_weeks
        elif weeks <= len(all_weeks):
            buckets = all_weeks[-weeks:]
        else:
            buckets = weekly_buckets(everything, tz, fw, goal, today=today, weeks=weeks)
        since_day = buckets[0].start if buckets else week_start(today, fw)
        since = local_midnight(since_day, tz)
        in_range = self.store.sessions(since=since, routine=routine)
        self.records = in_range
        self.buckets = buckets
        self.streak = streak
        self.weekly.set_data(buckets, goal, colors)
        self.pain.set_data(buckets, colors)
        self.focus.set_data(focus_minutes(in_range, self._focus_of), colors)
        year_start = today - timedelta(days=371)
        daily = daily_minutes((r for r in everything if r.started_at >= local_midnight(year_start, tz)), tz)
        self.heatmap.set_data(heatmap_grid(daily, today, fw), fw, colors)
        self.model.set_records(in_range)
        self._fit_columns()
        self._fill_cards(all_weeks, buckets, in_range, daily, today, goal)
        self._fill_legend(goal, colors)
        self.empty_label.setVisible(not everything)
        self.refreshed.emit()

    def _fit_columns(self) -> None:
        if self.tabs.currentIndex() == 1:
            self.table.resizeColumnsToContents()
            self.table.horizontalHeader().setStretchLastSection(True)

    def _fill_cards(self, all_weeks: list[WeekBucket], buckets: list[WeekBucket], in_range: list[SessionRecord],
                    daily: Mapping[date, float], today: date, goal: Goal) -> None:
        loc = self.locale()
        this_week = all_weeks[-1]
        if goal.kind is GoalKind.SESSIONS:
            value = self.tr("%1 of %2").replace("%1", loc.toString(this_week.sessions)).replace("%2", loc.toString(goal.target))
            detail = self.tr("sessions this week") if not this_week.met else self.tr("sessions · goal met")
        else:
            value = self.tr("%1 of %2").replace("%1", loc.toString(round(this_week.minutes))).replace("%2", loc.toString(goal.target))
            detail = self.tr("minutes this week") if not this_week.met else self.tr("minutes · goal met")
        self.cards[0].set(self.tr("This week"), value, detail,
                          self.tr("Change the weekly goal in Preferences"))
        self.cards[1].set(
            self.tr("Streak"),
            plural(self.tr("%n week(s)", "", self.streak.current), self.streak.current),
            plural(self.tr("Best: %n week(s)", "", self.streak.best), self.streak.best),
            self.tr("Weeks in a row that met your goal. This week counts once it is met."),
        )
        minutes = sum(b.minutes for b in buckets)
        sessions = len(in_range)
        days = practice_days(daily, buckets[0].start, today) if buckets else 0
        self.cards[2].set(
            self.tr("In this range"),
            self.tr("%1 min").replace("%1", loc.toString(round(minutes))),
            plural(self.tr("%n session(s)", "", sessions), sessions) + " · " + plural(self.tr("%n day(s) of practice", "", min(days, 366)), min(days, 366)),
        )
        points = pain_trend(in_range, self._tz)
        change = pain_change(points)
        rated = [p for p in points if p.before is not None and p.after is not None]
        if change is None:
            self.cards[3].set(self.tr("Pain"), "–", self.tr("Rate your pain before and after a session to see a trend"))
        else:
            before = sum(p.before or 0 for p in rated) / len(rated)
            after = sum(p.after or 0 for p in rated) / len(rated)
            self.cards[3].set(
                self.tr("Pain, average"),
                self.tr("%1 → %2").replace("%1", loc.toString(before, "f", 1)).replace("%2", loc.toString(after, "f", 1)),
                plural(self.tr("before → after, over %n rated session(s)", "", len(rated)), len(rated)),
                self.tr("0 is no pain, 10 the worst. If pain grows during practice, stop and rest."),
            )

    def _fill_legend(self, goal: Goal, colors: Colors) -> None:
        loc = self.locale()

        def swatch(color: QColor, text: str, shape: str = "■") -> str:
            return f"<span style='color:{color.name()}'>{shape}</span>&nbsp;{text}"

        if goal.kind is GoalKind.SESSIONS:
            goal_text = plural(self.tr("goal: %n session(s) a week (right axis)", "", goal.target), goal.target)
        else:
            goal_text = self.tr("goal: %1 minutes a week").replace("%1", loc.toString(goal.target))
        parts = [
            swatch(colors.bar_met, self.tr("minutes, goal met")),
            swatch(colors.bar, self.tr("minutes")),
            swatch(colors.text, self.tr("sessions"), "●"),
            swatch(colors.goal, goal_text, "┄"),
        ]
        self.legend.setText("&nbsp;&nbsp;&nbsp;".join(parts))
        self.legend.setStyleSheet(f"color: {colors.muted_text.name()};")
        pain = [
            swatch(colors.pain_before, self.tr("before"), "●"),
            swatch(colors.pain_after, self.tr("after"), "●"),
        ]
        self.pain_title.setText(
            self.tr("Pain before and after, weekly average") + "&nbsp;&nbsp;&nbsp;<small>" + "&nbsp;&nbsp;".join(pain) + "</small>"
        )

    # -- editing -------------------------------------------------------------------------

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
        self.undo_stack.push(EditSessionCommand(self.store, session_id, field, old, new, text))
        self.refresh()

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
        record = self.store.session(session_id)
        if record is None:
            return
        self.undo_stack.push(DeleteSessionCommand(self.store, record, self.tr("Delete Session")))
        self.refresh()

    def undo(self) -> None:
        self.undo_stack.undo()
        self.refresh()

    # -- export and import ----------------------------------------------------------------

    def show_message(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        """Tests replace this to avoid a modal box."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.exec()

    def confirm(self, title: str, text: str) -> bool:
        """Tests replace this to avoid a modal box."""
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def restore_backup(self, backup: Path | None = None) -> int | None:
        """Restore ``backup`` (default: the newest automatic one) after asking the user."""
        if backup is None:
            backup = latest_backup(self.store.backups_dir)
        if backup is None:
            self.show_message(
                QMessageBox.Icon.Information,
                self.tr("No backup yet"),
                self.tr("There is no automatic backup in %1 yet. One is made on the first start of each day.")
                .replace("%1", str(self.store.backups_dir)),
            )
            return None
        day = backup.stem.removeprefix("history-")
        question = self.tr(
            "Restore the automatic backup of %1?\n\nYour history goes back to that day. Sessions "
            "recorded since then are kept."
        ).replace("%1", day)
        if not self.confirm(self.tr("Restore Backup"), question):
            return None
        try:
            count = self.store.restore_backup(backup)
        except PilatesError as exc:
            self.show_message(QMessageBox.Icon.Warning, self.tr("Restore failed"), str(exc))
            return None
        self.undo_stack.clear()  # edits before the restore no longer apply
        self.refresh()
        self.show_message(
            QMessageBox.Icon.Information,
            self.tr("Backup restored"),
            plural(self.tr("Your history has %n session(s) again.", "", count), count),
        )
        return count

    def _default_name(self, ext: str) -> str:
        return f"pilates-history-{self._now().date().isoformat()}.{ext}"

    def _export_dialog(self, kind: str) -> None:
        filters = self.tr("JSON files (*.json)") if kind == "json" else self.tr("CSV files (*.csv)")
        start = str(Path.home() / self._default_name(kind))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export History"), start, filters)
        if path:
            self.export_to(Path(path), kind)

    def export_to(self, path: Path, kind: str) -> bool:
        try:
            if kind == "json":
                text = json.dumps(self.store.export_json(), ensure_ascii=False, indent=2) + "\n"
                path.write_text(text, encoding="utf-8")
            else:
                # With a byte-order mark spreadsheets pick UTF-8 without asking.
                path.write_text(self.store.export_csv(), encoding="utf-8-sig", newline="")
        except OSError as exc:
            self.show_message(
                QMessageBox.Icon.Warning,
                self.tr("Export failed"),
                self.tr("Could not write %1: %2").replace("%1", str(path)).replace("%2", exc.strerror or str(exc)),
            )
            return False
        return True

    def _import_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import History"), str(Path.home()), self.tr("History exports (*.json)")
        )
        if path:
            self.import_from(Path(path))

    def import_from(self, path: Path) -> int | None:
        try:
            data = load_export(path)
            added = self.store.import_json(data, path.name)
        except PilatesError as exc:
            self.show_message(
                QMessageBox.Icon.Warning,
                self.tr("Import failed"),
                self.tr("%1 was not imported, and nothing was changed.\n\n%2").replace("%1", path.name).replace("%2", str(exc)),
            )
            return None
        self.refresh()
        self.show_message(
            QMessageBox.Icon.Information,
            self.tr("Import finished"),
            plural(self.tr("%n session(s) added from %1.", "", added), added).replace("%1", path.name),
        )
        return added
