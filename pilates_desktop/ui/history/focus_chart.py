"""The History view's time per focus area: horizontal bars over the chosen range."""

from __future__ import annotations

from collections.abc import Callable, Mapping

import pyqtgraph as pg
from PySide6.QtCore import QLocale, QPointF
from PySide6.QtWidgets import QVBoxLayout, QWidget

from pilates_desktop.core.stats import OTHER_FOCUS
from pilates_desktop.core.text import fill
from pilates_desktop.ui.history.common import Colors, mix
from pilates_desktop.ui.history.plots import LocaleAxis, hover_tip, plot_widget, style_plot

FOCUS_ORDER = ("upper-back", "lower-back", "core", "hips-glutes", OTHER_FOCUS)


class FocusChart(QWidget):
    """Minutes per focus area over the range, as horizontal bars."""

    def __init__(self, locale_fn: Callable[[], QLocale], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._locale_fn = locale_fn
        self.left_axis = LocaleAxis("left", locale_fn)
        self.bottom_axis = LocaleAxis("bottom", locale_fn)
        self.plot = plot_widget({"left": self.left_axis, "bottom": self.bottom_axis})
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
        style_plot(self.plot, colors)
        item = self.plot.getPlotItem()
        item.showGrid(x=True, y=False, alpha=0.45)
        top = max([v for _, v in self.values] + [10.0])
        shades = [mix(colors.base, colors.accent, t) for t in (1.0, 0.82, 0.66, 0.5, 0.3)]
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
                fill(self.tr("%1 min"), locale.toString(round(value))),
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
        return fill(self.tr("%1: %2 minutes (%3%)"),
                    self.label(area), locale.toString(value, "f", 1),
                    locale.toString(round(100 * value / total)))

    def _hover(self, scene_pos: QPointF) -> None:
        hover_tip(self.plot, scene_pos, "y", len(self.values), self.tooltip_for)

