"""The History view's charts: weekly minutes against the goal, pain, focus areas, a year
calendar. pyqtgraph is imported here and in no module loaded at start-up.

Colours come from the palette, so the charts follow light and dark themes; numbers and dates
go through ``QLocale``. Bars are one ``BarGraphItem`` with ``pen=None``: per-bar outline pens
cost about a hundred times more.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, date, tzinfo
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import (
    QDate,
    QEvent,
    QLocale,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimeZone,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QSizePolicy,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from pilates_desktop.core.stats import (
    OTHER_FOCUS,
    Goal,
    GoalKind,
    WeekBucket,
)
from pilates_desktop.i18n import medium_date
from pilates_desktop.ui.widgets.theme import secondary_text

FOCUS_ORDER = ("upper-back", "lower-back", "core", "hips-glutes", OTHER_FOCUS)
R = QPalette.ColorRole
# Fixed axis widths keep the pain chart's weeks exactly under the minutes chart's bars.
AXIS_LEFT_W, AXIS_RIGHT_W = 56, 44


# --- helpers --------------------------------------------------------------------------------


def first_weekday(locale: QLocale) -> int:
    """The locale's first day of the week as Python counts it (0 = Monday .. 6 = Sunday)."""
    return (locale.firstDayOfWeek().value - 1) % 7


def system_tz(fallback: tzinfo | None = None) -> tzinfo:
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
        return fallback if fallback is not None else UTC


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
        self.muted_text = secondary_text(palette)  # reads at 4.5:1 in any palette
        self.accent = palette.color(R.Highlight)
        self.grid = _mix(self.base, palette.color(R.Mid), 0.55)
        self.bar = _mix(self.base, palette.color(R.Mid), 0.9)  # a week short of the goal
        self.bar_met = self.accent  # a week that met the goal stands out
        # Desk breaks: a slim bar of their own beside practice, in the goal line's colour.
        self.desk_break = palette.color(R.Link)
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
    right. Weeks that met the goal are drawn in the accent colour. Desk breaks are not
    practice: their minutes are a slim bar of their own to the right of each week's bar.
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
        self.break_bars = pg.BarGraphItem(x=[], height=[], width=0.16, pen=None)
        item.addItem(self.break_bars)
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
        breaks = any(b.break_minutes for b in buckets)
        if breaks:
            width = 0.56 if n <= 60 else 0.7
        self.bars.setOpts(x=[x - (0.09 if breaks else 0) for x in xs], height=minutes,
                          width=width, brushes=brushes, pen=None)
        self.break_bars.setOpts(x=[x + width / 2 + 0.01 for x in xs] if breaks else [],
                                height=[b.break_minutes for b in buckets] if breaks else [],
                                width=0.16 if n <= 60 else 0.18, pen=None,
                                brush=pg.mkBrush(colors.desk_break))
        minutes = [max(m, b.break_minutes) for m, b in zip(minutes, buckets, strict=True)]
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

    def week_at(self, scene_pos: QPointF) -> int | None:
        vb = self.plot.getPlotItem().getViewBox()
        if not vb.sceneBoundingRect().contains(scene_pos):
            return None
        x = vb.mapSceneToView(scene_pos).x()
        i = round(x)
        return i if 0 <= i < len(self.buckets) and abs(x - i) <= 0.5 else None

    def tooltip_for(self, i: int) -> str:
        b = self.buckets[i]
        locale = self._locale_fn()
        start, end = medium_date(b.start, locale), medium_date(b.end, locale)
        lines = [
            self.tr("Week of %1 – %2").replace("%1", start).replace("%2", end),
            self.tr("%1 minutes").replace("%1", locale.toString(b.minutes, "f", 1)),
            plural(self.tr("%n session(s)", "", b.sessions), b.sessions),
        ]
        if b.breaks or b.break_minutes:
            lines.append(plural(self.tr("%n desk break(s)", "", b.breaks), b.breaks) + " · "
                         + self.tr("%1 minutes").replace(
                             "%1", locale.toString(b.break_minutes, "f", 1)))
        if self.goal.kind is GoalKind.SESSIONS:
            goal = plural(self.tr("Goal: %n session(s)", "", self.goal.target), self.goal.target)
        else:
            goal = self.tr("Goal: %1 minutes").replace("%1", locale.toString(self.goal.target))
        lines.append(goal + " · " + (self.tr("met") if b.met else self.tr("not met")))
        return "\n".join(lines)

    def _hover(self, scene_pos: QPointF) -> None:
        i = self.week_at(scene_pos)
        if i is None:
            QToolTip.hideText()
            return
        view = self.plot
        QToolTip.showText(view.mapToGlobal(view.mapFromScene(scene_pos)), self.tooltip_for(i), view)


def _hover_tip(
    plot: pg.PlotWidget, scene_pos: QPointF, axis: str, count: int, tip: Callable[[int], str]
) -> None:
    """Show the exact value of the bar or point under the mouse (``axis`` indexes them)."""
    vb = plot.getPlotItem().getViewBox()
    if not vb.sceneBoundingRect().contains(scene_pos):
        QToolTip.hideText()
        return
    at = vb.mapSceneToView(scene_pos)
    i = round(at.x() if axis == "x" else at.y())
    if 0 <= i < count:
        QToolTip.showText(plot.mapToGlobal(plot.mapFromScene(scene_pos)), tip(i), plot)


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

        start = medium_date(b.start, locale)
        return "\n".join(
            [
                self.tr("Week of %1").replace("%1", start),
                self.tr("Pain before: %1").replace("%1", fmt(b.pain_before)),
                self.tr("Pain after: %1").replace("%1", fmt(b.pain_after)),
            ]
        )

    def _hover(self, scene_pos: QPointF) -> None:
        _hover_tip(self.plot, scene_pos, "x", len(self.buckets), self.tooltip_for)


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

    def _hover(self, scene_pos: QPointF) -> None:
        _hover_tip(self.plot, scene_pos, "y", len(self.values), self.tooltip_for)


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
        day = locale.toString(_qdate(cell[0]), QLocale.FormatType.LongFormat)
        if cell[1] <= 0:
            return self.tr("%1: no practice").replace("%1", day)
        return self.tr("%1: %2 minutes").replace("%1", day).replace("%2", locale.toString(cell[1], "f", 0))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        cell = self.day_at(event.position().toPoint())
        self.setCursor(Qt.CursorShape.PointingHandCursor if cell else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)


