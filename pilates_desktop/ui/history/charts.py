"""The History view's weekly charts: minutes against the goal, and pain before and after, one
above the other with their weeks lined up.

Colours come from the palette, so the charts follow light and dark themes; numbers and dates
go through ``QLocale``. Bars are one ``BarGraphItem`` with ``pen=None``: per-bar outline pens
cost about a hundred times more.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import pyqtgraph as pg
from PySide6.QtCore import QLocale, QPointF, Qt
from PySide6.QtWidgets import QToolTip, QVBoxLayout, QWidget

from pilates_desktop.core.stats import Goal, GoalKind, WeekBucket
from pilates_desktop.i18n import medium_date
from pilates_desktop.ui.history.common import Colors, plural
from pilates_desktop.ui.history.plots import (
    AXIS_LEFT_W,
    AXIS_RIGHT_W,
    LocaleAxis,
    WeekAxis,
    hover_tip,
    plot_widget,
    style_plot,
)


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
        self.plot = plot_widget({"bottom": self.axis, "left": self.left_axis, "right": self.right_axis})
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
        style_plot(self.plot, colors)
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



class PainChart(QWidget):
    """Average pain before and after sessions, week by week, under the minutes chart."""

    def __init__(self, locale_fn: Callable[[], QLocale], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._locale_fn = locale_fn
        self.axis = WeekAxis(locale_fn)
        self.left_axis = LocaleAxis("left", locale_fn)
        self.right_axis = LocaleAxis("right", locale_fn)
        self.plot = plot_widget({"bottom": self.axis, "left": self.left_axis, "right": self.right_axis})
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
        style_plot(self.plot, colors)
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
        hover_tip(self.plot, scene_pos, "x", len(self.buckets), self.tooltip_for)

