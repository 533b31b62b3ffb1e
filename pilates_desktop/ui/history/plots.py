"""The History charts' pyqtgraph parts: axes that speak the user's locale, the week axis under
the bars, and one way to make, style and hover a plot. pyqtgraph is imported by the chart
modules and in no module loaded at start-up."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QLocale, QPointF, Qt
from PySide6.QtWidgets import QSizePolicy, QToolTip

from pilates_desktop.ui.history.common import Colors, day_month_format, qdate

# Fixed axis widths keep the pain chart's weeks exactly under the minutes chart's bars.
AXIS_LEFT_W, AXIS_RIGHT_W = 56, 44


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
            out.append(locale.toString(qdate(self.weeks[i]), fmt) if 0 <= i < len(self.weeks) else "")
        return out


def plot_widget(axis_items: dict[str, pg.AxisItem]) -> pg.PlotWidget:
    widget = pg.PlotWidget(axisItems=axis_items)
    item = widget.getPlotItem()
    item.setMenuEnabled(False)
    item.hideButtons()
    item.setMouseEnabled(x=False, y=False)
    widget.setMinimumHeight(150)
    widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return widget


def style_plot(widget: pg.PlotWidget, colors: Colors) -> None:
    widget.setBackground(colors.base)
    item = widget.getPlotItem()
    for name in ("left", "bottom", "right"):
        axis = item.getAxis(name)
        axis.setPen(pg.mkPen(colors.grid))
        axis.setTextPen(pg.mkPen(colors.text))
    item.showGrid(x=False, y=True, alpha=0.45)
    for name in ("left", "bottom"):
        item.getAxis(name).setZValue(-1)  # grid lines behind the bars, not across them


def hover_tip(
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

