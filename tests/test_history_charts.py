"""The weekly chart says what it shows (issue 14 item 11): a session dot is drawn above the bars,
not hidden behind a tall one, and the goal line sits on the axis of the bars it is compared
with, labelled, whichever the goal's unit is."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale, QPointF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from test_stats import MON, session

from pilates_desktop.core.stats import Goal, GoalKind, weekly_buckets

TZ = ZoneInfo("Europe/Berlin")
MONDAY = datetime(2026, 6, 1, 10, tzinfo=TZ)
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _chart(qtbot: Any, goal: Goal) -> Any:
    """Two weeks: four short sessions, then one long one (its bar towers over its dot)."""
    from pilates_desktop.ui.history.charts import WeeklyChart
    from pilates_desktop.ui.history.common import Colors

    records = [session(MONDAY + timedelta(days=d), 10) for d in range(4)]
    records.append(session(MONDAY + timedelta(days=7), 90))
    buckets = weekly_buckets(records, TZ, MON, goal, today=date(2026, 6, 10))
    chart = WeeklyChart(lambda: QLocale(QLocale.Language.English))
    qtbot.addWidget(chart)
    chart.resize(600, 300)
    chart.show()
    qtbot.waitExposed(chart)
    colors = Colors(QApplication.palette())
    chart.set_data(buckets, goal, colors)
    return chart, colors


def _close(a: QColor, b: QColor) -> bool:
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) <= 24


def test_a_dot_inside_a_tall_bar_is_drawn_above_it(qtbot: Any) -> None:
    chart, colors = _chart(qtbot, Goal(GoalKind.MINUTES, 100))
    bars_y, dots_y = list(chart.bars.opts["height"]), list(chart.dots.getData()[1])
    assert bars_y == [40.0, 90.0] and dots_y == [4.0, 1.0]  # minutes bars, session dots
    image = chart.grab().toImage()
    scene_point = chart.dots_box.mapViewToScene(QPointF(chart.dots.getData()[0][1], 1.0))
    at = chart.plot.mapTo(chart, chart.plot.mapFromScene(scene_point))
    at *= chart.devicePixelRatioF()
    # Inside the second week's bar, and what is there is the dot, not the bar.
    bar_top = chart.plot.getPlotItem().getViewBox().mapViewToScene(
        QPointF(chart.bars.opts["x"][1], 90.0))
    assert chart.plot.mapFromScene(bar_top).y() < chart.plot.mapFromScene(scene_point).y()
    pixel = image.pixelColor(at)
    assert _close(pixel, colors.text), (pixel.name(), colors.text.name(), colors.bar.name())


@pytest.mark.parametrize("kind, target, unit, label", [
    (GoalKind.SESSIONS, 3, "sessions", "Goal: 3 sessions"),
    (GoalKind.MINUTES, 100, "minutes", "Goal: 100 minutes"),
])
def test_the_goal_line_is_on_the_bars_axis_and_says_what_it_is(
        qtbot: Any, kind: GoalKind, target: int, unit: str, label: str) -> None:
    chart, _ = _chart(qtbot, Goal(kind, target))
    main_box = chart.plot.getPlotItem().getViewBox()
    assert chart.goal_line.getViewBox() is main_box is chart.bars.getViewBox()
    assert chart.goal_line not in chart.dots_box.addedItems
    assert chart.goal_line.value() == target
    assert chart.left_axis.labelText == unit  # the axis of the bars and of the line
    assert chart.right_axis.labelText == ({"sessions": "minutes", "minutes": "sessions"}[unit])
    assert chart.goal_line.label.toPlainText() == label
    assert chart.goal_line.label.isVisible()
    # The line fits under the top of the axis, with room for its label.
    assert main_box.viewRange()[1][1] > target
    # A week meets the goal exactly when its bar reaches the line.
    heights = list(chart.bars.opts["height"])
    assert [h >= target for h in heights] == [b.met for b in chart.buckets]


def test_the_legend_names_the_desk_break_bars_when_there_are_some(qtbot: Any) -> None:
    import dataclasses

    from pilates_desktop.ui.history.common import Colors
    from pilates_desktop.ui.history.overview import OverviewPage

    page = OverviewPage(lambda: QLocale(QLocale.Language.English))
    qtbot.addWidget(page)
    goal = Goal(GoalKind.SESSIONS, 3)
    colors = Colors(QApplication.palette())
    practice = [session(MONDAY, 20)]
    desk_break = dataclasses.replace(session(MONDAY, 5), routine_id="desk-break")
    for records, named in ((practice, False), ([*practice, desk_break], True)):
        buckets = weekly_buckets(records, TZ, MON, goal, today=date(2026, 6, 3))
        page.set_data(buckets, goal, {}, [], 0, colors)
        assert ("desk breaks" in page.legend.text()) is named
        assert "sessions, goal met" in page.legend.text()
        assert "minutes (right axis)" in page.legend.text()
