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
from pilates_desktop.core.text import fill
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
    """Practice per week against the goal, on one axis: bars in the goal's unit (minutes, or
    sessions) and the goal line, labelled, on the same left axis, so a bar that reaches the
    line met the goal (issue 14 item 11: a sessions goal used to be a line on a second axis
    drawn across minute bars). The other measure is a dot per week on the right axis, drawn
    above the bars. Weeks that met the goal are in the accent colour. Desk breaks are not
    practice: a slim bar of their own, in the same unit, to the right of each week's bar.
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
        self.dots_box = pg.ViewBox(enableMouse=False)
        self.dots_box.setMenuEnabled(False)
        self.left_axis.setWidth(AXIS_LEFT_W)
        self.right_axis.setWidth(AXIS_RIGHT_W)
        item.scene().addItem(self.dots_box)
        # A box of its own is a top-level item of the scene, stacked by its z against the
        # whole plot: above it, or the bars cover every dot lower than their top.
        self.dots_box.setZValue(item.zValue() + 1)
        self.right_axis.linkToView(self.dots_box)
        self.dots_box.setXLink(item.getViewBox())
        item.getViewBox().sigResized.connect(self._sync_boxes)
        self.plot.setMinimumHeight(210)  # below this pyqtgraph clips the date labels
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.72, pen=None)
        item.addItem(self.bars)
        self.break_bars = pg.BarGraphItem(x=[], height=[], width=0.16, pen=None)
        item.addItem(self.break_bars)
        self.dots = pg.ScatterPlotItem(size=7, pen=None)
        self.dots_box.addItem(self.dots)
        self.goal_line = pg.InfiniteLine(angle=0, movable=False, label="",
                                         labelOpts={"position": 0.02, "anchors": [(0, 1), (0, 1)]})
        item.addItem(self.goal_line)
        self.buckets: list[WeekBucket] = []
        self.goal = Goal(GoalKind.SESSIONS, 3)
        item.scene().sigMouseMoved.connect(self._hover)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.plot)

    def _sync_boxes(self) -> None:
        vb = self.plot.getPlotItem().getViewBox()
        self.dots_box.setGeometry(vb.sceneBoundingRect())
        self.dots_box.linkedViewChanged(vb, self.dots_box.XAxis)

    def goal_text(self) -> str:
        """ "Goal: 3 sessions" / "Goal: 80 minutes": the goal line's label."""
        if self.goal.kind is GoalKind.SESSIONS:
            return plural(self.tr("Goal: %n session(s)", "", self.goal.target), self.goal.target)
        return fill(self.tr("Goal: %1 minutes"), self._locale_fn().toString(self.goal.target))

    def set_data(self, buckets: list[WeekBucket], goal: Goal, colors: Colors) -> None:
        self.buckets, self.goal = buckets, goal
        item = self.plot.getPlotItem()
        style_plot(self.plot, colors)
        self.axis.weeks = [b.start for b in buckets]
        n = len(buckets)
        xs = list(range(n))
        in_sessions = goal.kind is GoalKind.SESSIONS
        minutes = [b.minutes for b in buckets]
        sessions = [float(b.sessions) for b in buckets]
        heights = sessions if in_sessions else minutes
        others = minutes if in_sessions else sessions
        break_heights = [float(b.breaks) if in_sessions else b.break_minutes for b in buckets]
        brushes = [pg.mkBrush(colors.bar_met if b.met else colors.bar) for b in buckets]
        width = 0.72 if n <= 60 else 0.9
        breaks = any(break_heights)
        if breaks:
            width = 0.56 if n <= 60 else 0.7
        self.bars.setOpts(x=[x - (0.09 if breaks else 0) for x in xs], height=heights,
                          width=width, brushes=brushes, pen=None)
        self.break_bars.setOpts(x=[x + width / 2 + 0.01 for x in xs] if breaks else [],
                                height=break_heights if breaks else [],
                                width=0.16 if n <= 60 else 0.18, pen=None,
                                brush=pg.mkBrush(colors.desk_break))
        shown = [i for i, b in enumerate(buckets) if b.sessions]
        self.dots.setData(
            x=[float(i) for i in shown],
            y=[others[i] for i in shown],
            brush=pg.mkBrush(colors.text),
            pen=pg.mkPen(colors.base, width=1.5),
            size=7 if n <= 60 else 4,
        )
        self.goal_line.setPen(pg.mkPen(colors.goal, width=2, style=Qt.PenStyle.DashLine))
        self.goal_line.setPos(goal.target)
        self.goal_line.label.setFormat(self.goal_text())
        self.goal_line.label.setColor(colors.goal)
        floor = 1.0 if in_sessions else 10.0
        top = max([*heights, *break_heights, float(goal.target), floor])
        top_others = max([*others, 10.0 if in_sessions else 1.0])
        item.setXRange(-0.6, max(n, 1) - 0.4, padding=0)
        # Room above the tallest bar or the goal for the goal line's label.
        item.setYRange(0, top * 1.18 + (0.2 if in_sessions else 0), padding=0)
        self.dots_box.setYRange(0, top_others * 1.12 + (0 if in_sessions else 0.2), padding=0)
        units = (self.tr("sessions"), self.tr("minutes"))
        left, right = units if in_sessions else units[::-1]
        self.left_axis.setLabel(left, color=colors.muted_text.name())
        self.right_axis.setLabel(right, color=colors.muted_text.name())
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
            fill(self.tr("Week of %1 – %2"), start, end),
            fill(self.tr("%1 minutes"), locale.toString(b.minutes, "f", 1)),
            plural(self.tr("%n session(s)", "", b.sessions), b.sessions),
        ]
        if b.breaks or b.break_minutes:
            lines.append(plural(self.tr("%n desk break(s)", "", b.breaks), b.breaks) + " · "
                         + fill(self.tr("%1 minutes"), locale.toString(b.break_minutes, "f", 1)))
        lines.append(self.goal_text() + " · " + (self.tr("met") if b.met else self.tr("not met")))
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
                fill(self.tr("Week of %1"), start),
                fill(self.tr("Pain before: %1"), fmt(b.pain_before)),
                fill(self.tr("Pain after: %1"), fmt(b.pain_after)),
            ]
        )

    def _hover(self, scene_pos: QPointF) -> None:
        hover_tip(self.plot, scene_pos, "x", len(self.buckets), self.tooltip_for)

