"""The History view's Overview tab: the weekly minutes and pain charts, time per focus area and
the year calendar, each in a titled box, in a page that scrolls on a small screen."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from pilates_desktop.core.stats import Goal, GoalKind, WeekBucket
from pilates_desktop.ui.history.charts import PainChart, WeeklyChart
from pilates_desktop.ui.history.common import Colors
from pilates_desktop.ui.history.focus_chart import FocusChart
from pilates_desktop.ui.history.year_calendar import YearHeatmap


def section(title: QLabel, body: QWidget, parent: QWidget) -> QWidget:
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


class OverviewPage(QScrollArea):
    """A small window scrolls the overview instead of squeezing the charts flat."""

    def __init__(self, locale_fn: Callable[[], QLocale], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        loc = locale_fn
        overview = QWidget(self)
        self.weekly = WeeklyChart(loc, overview)
        self.pain = PainChart(loc, overview)
        self.pain.plot.setXLink(self.weekly.plot)
        self.focus = FocusChart(loc, overview)
        self.heatmap = YearHeatmap(loc, overview)
        self.weekly_title, self.pain_title = QLabel(overview), QLabel(overview)
        self.focus_title, self.heatmap_title = QLabel(overview), QLabel(overview)
        self.legend = QLabel(overview)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        weekly_body = QWidget(overview)
        wl = QVBoxLayout(weekly_body)
        wl.setContentsMargins(0, 0, 0, 0)
        wl.addWidget(self.weekly, 1)
        wl.addWidget(self.legend)

        grid = QGridLayout(overview)
        grid.setContentsMargins(0, 8, 0, 0)
        grid.setSpacing(10)
        grid.addWidget(section(self.weekly_title, weekly_body, overview), 0, 0)
        grid.addWidget(section(self.pain_title, self.pain, overview), 1, 0)
        grid.addWidget(section(self.focus_title, self.focus, overview), 0, 1, 2, 1)
        grid.addWidget(section(self.heatmap_title, self.heatmap, overview), 2, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(0, 3)
        grid.setRowStretch(1, 2)
        overview.setMinimumHeight(680)
        self.setWidget(overview)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._locale_fn = locale_fn

    def retranslate_ui(self) -> None:
        self.weekly.plot.setAccessibleName(self.tr("Minutes and sessions per week"))
        self.pain.plot.setAccessibleName(self.tr("Pain before and after, weekly average"))
        self.focus.plot.setAccessibleName(self.tr("Time per focus area"))
        self.heatmap.setAccessibleName(self.tr("Practice days in the last year"))
        self.weekly_title.setText(self.tr("Practice per week"))
        self.pain_title.setText(self.tr("Pain before and after, weekly average"))
        self.focus_title.setText(self.tr("Time per focus area"))
        self.heatmap_title.setText(self.tr("Practice days in the last year"))

    def set_data(self, buckets: list[WeekBucket], goal: Goal, focus: Mapping[str, float],
                 heat: list[list[tuple[date, float] | None]], first_weekday: int,
                 colors: Colors) -> None:
        self.weekly.set_data(buckets, goal, colors)
        self.pain.set_data(buckets, colors)
        self.focus.set_data(focus, colors)
        self.heatmap.set_data(heat, first_weekday, colors)
        self._fill_legend(goal, colors, any(b.breaks for b in buckets))

    def _fill_legend(self, goal: Goal, colors: Colors, breaks: bool) -> None:
        def swatch(color: QColor, text: str, shape: str = "■") -> str:
            return f"<span style='color:{color.name()}'>{shape}</span>&nbsp;{text}"

        # Bars and the goal line share the left axis, in the goal's unit; dots are the other.
        # The goal line carries its own label ("Goal: 3 sessions"), so the legend need not.
        if goal.kind is GoalKind.SESSIONS:
            bars, bars_met = self.tr("sessions"), self.tr("sessions, goal met")
            dots = self.tr("minutes (right axis)")
        else:
            bars, bars_met = self.tr("minutes"), self.tr("minutes, goal met")
            dots = self.tr("sessions (right axis)")
        parts = [swatch(colors.bar_met, bars_met), swatch(colors.bar, bars)]
        if breaks:  # the slim bars beside the weeks': not practice, never toward the goal
            parts.append(swatch(colors.desk_break, self.tr("desk breaks")))
        parts.append(swatch(colors.text, dots, "●"))
        self.legend.setText("&nbsp;&nbsp;&nbsp;".join(parts))
        self.legend.setStyleSheet(f"color: {colors.muted_text.name()};")
        pain = [
            swatch(colors.pain_before, self.tr("before"), "●"),
            swatch(colors.pain_after, self.tr("after"), "●"),
        ]
        self.pain_title.setText(
            self.tr("Pain before and after, weekly average") + "&nbsp;&nbsp;&nbsp;<small>" + "&nbsp;&nbsp;".join(pain) + "</small>"
        )
