"""A desk break done is a session of its own kind: counted apart from practice in the weekly
buckets (never toward the practice goal) and drawn as a bar of its own in the weekly chart."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from test_stats import MON, session

from pilates_desktop.core.stats import Goal, GoalKind, is_desk_break, weekly_buckets

TZ = ZoneInfo("Europe/Berlin")
THREE = Goal(GoalKind.SESSIONS, 3)


def desk_break(started: datetime, minutes: float = 5):  # type: ignore[no-untyped-def]
    return dataclasses.replace(session(started, minutes), routine_id="desk-break",
                               routine_name="Desk Break")


def test_desk_breaks_are_counted_apart_from_practice() -> None:
    monday = datetime(2026, 6, 1, 10, tzinfo=TZ)
    records = [session(monday, 25), session(monday + timedelta(days=2), 25),
               desk_break(monday + timedelta(hours=2)), desk_break(monday + timedelta(hours=4)),
               desk_break(monday + timedelta(days=1), 0.5)]  # too short to count as one
    assert [is_desk_break(r) for r in records] == [False, False, True, True, True]
    [week] = weekly_buckets(records, TZ, MON, THREE, today=date(2026, 6, 7))
    assert (week.sessions, week.minutes, week.met) == (2, 50.0, False)  # breaks are no practice
    assert (week.breaks, week.break_minutes) == (2, pytest.approx(10.5))


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_the_weekly_chart_shows_breaks_as_their_own_bar(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from pilates_desktop.ui.history.charts import WeeklyChart
    from pilates_desktop.ui.history.common import Colors

    monday = datetime(2026, 6, 1, 10, tzinfo=TZ)
    buckets = weekly_buckets([session(monday, 30), desk_break(monday), desk_break(monday)], TZ,
                             MON, THREE, today=date(2026, 6, 14))
    chart = WeeklyChart(lambda: QLocale(QLocale.Language.English))
    qtbot.addWidget(chart)
    chart.set_data(buckets, THREE, Colors(QApplication.palette()))
    # A sessions goal: bars and break bars count (1 session, 2 breaks); minutes in the tooltip.
    assert list(chart.break_bars.opts["height"]) == [2.0, 0.0]
    assert list(chart.bars.opts["height"]) == [1.0, 0.0]
    assert chart.break_bars.opts["x"][0] > chart.bars.opts["x"][0]  # beside, not on top
    assert "2 desk breaks · 10.0 minutes" in chart.tooltip_for(0)
    assert "desk break" not in chart.tooltip_for(1)
