"""Weekly buckets in the local calendar, goals, streaks, pain, focus and the year calendar."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from pilates_desktop.core.history import ItemRecord, ItemStatus, SessionRecord, SessionStatus
from pilates_desktop.core.stats import (
    Goal,
    GoalKind,
    daily_minutes,
    focus_minutes,
    heatmap_grid,
    pain_change,
    pain_trend,
    streaks,
    week_bounds,
    week_start,
    weekly_buckets,
)

MON, SUN = 0, 6
THREE = Goal(GoalKind.SESSIONS, 3)


def session(started: datetime, minutes: float = 20, pain: tuple[int | None, int | None] = (None, None),
            items: tuple[ItemRecord, ...] = ()) -> SessionRecord:
    active = int(minutes * 60)
    return SessionRecord(
        id=str(uuid.uuid4()), routine_id="r", routine_name="R", started_at=started,
        ended_at=started + timedelta(seconds=active), planned_s=active, active_s=active,
        status=SessionStatus.FINISHED, pain_before=pain[0], pain_after=pain[1], items=items,
    )


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc]


def buckets_of(records, tz, first_weekday, today):  # type: ignore[no-untyped-def]
    return {b.start: b for b in weekly_buckets(records, ZoneInfo(tz), first_weekday, THREE, today=today)}


def test_week_start_for_every_first_weekday() -> None:
    wednesday = date(2026, 11, 18)
    assert week_start(wednesday, MON) == date(2026, 11, 16)
    assert week_start(wednesday, SUN) == date(2026, 11, 15)
    assert week_start(wednesday, 5) == date(2026, 11, 14)  # Saturday
    assert week_start(date(2026, 11, 16), MON) == date(2026, 11, 16)
    with pytest.raises(ValueError):
        week_start(wednesday, 7)


@pytest.mark.parametrize(
    ("tz", "first_weekday", "instant", "week"),
    [
        # London, spring forward (29 Mar 2026, 01:00 UTC): 23:30 UTC Sunday is 00:30 Monday.
        ("Europe/London", MON, utc(2026, 3, 29, 23, 30), date(2026, 3, 30)),
        ("Europe/London", MON, utc(2026, 3, 29, 22, 30), date(2026, 3, 23)),
        # London, fall back (25 Oct 2026): 23:30 UTC Sunday is still Sunday, 23:30 GMT.
        ("Europe/London", MON, utc(2026, 10, 25, 23, 30), date(2026, 10, 19)),
        ("Europe/London", MON, utc(2026, 10, 25, 0, 30), date(2026, 10, 19)),  # 01:30 BST
        # New York with Sunday weeks, spring forward on 8 Mar 2026.
        ("America/New_York", SUN, utc(2026, 3, 8, 4, 30), date(2026, 3, 1)),  # Sat 23:30 EST
        ("America/New_York", SUN, utc(2026, 3, 15, 4, 30), date(2026, 3, 15)),  # Sun 00:30 EDT
        ("America/New_York", SUN, utc(2026, 3, 15, 3, 30), date(2026, 3, 8)),  # Sat 23:30 EDT
        # New York, fall back on 1 Nov 2026: 04:30 UTC Sunday is 23:30 EST Saturday.
        ("America/New_York", SUN, utc(2026, 11, 8, 4, 30), date(2026, 11, 1)),
        ("America/New_York", SUN, utc(2026, 11, 1, 5, 30), date(2026, 11, 1)),  # 00:30 EST, fold
        # Lord Howe moves 30 minutes: +10:30 in winter, +11:00 in summer (from 4 Oct 2026).
        ("Australia/Lord_Howe", MON, utc(2026, 10, 4, 13, 15), date(2026, 10, 5)),  # 00:15 Mon
        ("Australia/Lord_Howe", MON, utc(2026, 10, 4, 12, 45), date(2026, 9, 28)),  # 23:45 Sun
        # ...and back to +10:30 on 5 Apr 2026: 13:15 UTC is 23:45 Sunday, not 00:15 Monday.
        ("Australia/Lord_Howe", MON, utc(2026, 4, 5, 13, 15), date(2026, 3, 30)),
        ("Australia/Lord_Howe", MON, utc(2026, 4, 5, 13, 30), date(2026, 4, 6)),
    ],
)
def test_weekly_buckets_follow_the_local_calendar_across_dst(tz, first_weekday, instant, week) -> None:  # type: ignore[no-untyped-def]
    buckets = buckets_of([session(instant)], tz, first_weekday, today=date(2026, 12, 31))
    [hit] = [b for b in buckets.values() if b.minutes]
    assert hit.start == week
    assert hit.sessions == 1 and hit.minutes == 20


def test_lord_howe_half_hour_boundaries() -> None:
    tz = ZoneInfo("Australia/Lord_Howe")
    # Summer time ends on 5 Apr 2026 at 02:00 local (+11) -> 01:30 (+10:30).
    # A week of Monday starts later; the Sunday 23:45 local session (+10:30) is 13:15 UTC.
    late_sunday = utc(2026, 4, 5, 13, 15)
    monday_start = utc(2026, 4, 5, 13, 30)  # Monday 6 Apr 00:00 at +10:30
    b = buckets_of([session(late_sunday), session(monday_start)], "Australia/Lord_Howe", MON,
                   today=date(2026, 4, 12))
    assert b[date(2026, 3, 30)].sessions == 1
    assert b[date(2026, 4, 6)].sessions == 1
    start, end = week_bounds(date(2026, 3, 30), tz)
    assert end == monday_start
    assert end - start == timedelta(days=7, minutes=30)  # the week that falls back is longer
    start, end = week_bounds(date(2026, 9, 28), tz)
    assert end - start == timedelta(days=7, minutes=-30)  # the week that springs forward


def test_week_bounds_in_london_and_new_york() -> None:
    start, end = week_bounds(date(2026, 3, 23), ZoneInfo("Europe/London"))
    assert (start, end) == (utc(2026, 3, 23, 0), utc(2026, 3, 29, 23))
    start, end = week_bounds(date(2026, 11, 1), ZoneInfo("America/New_York"))
    assert (start, end) == (utc(2026, 11, 1, 4), utc(2026, 11, 8, 5))


def test_buckets_are_contiguous_and_goal_met_by_sessions_or_minutes() -> None:
    tz = ZoneInfo("Europe/London")
    base = datetime(2026, 6, 1, 8, tzinfo=tz)  # a Monday
    records = [session(base + timedelta(days=d), 25) for d in (0, 2, 4, 14, 15)]
    records.append(session(base + timedelta(days=16), 0.5))  # too short to count as a session
    buckets = weekly_buckets(records, tz, MON, THREE, today=date(2026, 6, 21))
    assert [b.start for b in buckets] == [date(2026, 6, 1), date(2026, 6, 8), date(2026, 6, 15)]
    assert [(b.sessions, b.met) for b in buckets] == [(3, True), (0, False), (2, False)]
    assert buckets[2].minutes == pytest.approx(50.5)
    by_minutes = weekly_buckets(records, tz, MON, Goal(GoalKind.MINUTES, 50), today=date(2026, 6, 21))
    assert [b.met for b in by_minutes] == [True, False, True]
    four = weekly_buckets(records, tz, MON, THREE, today=date(2026, 6, 21), weeks=4)
    assert four[0].start == date(2026, 5, 25) and four[0].minutes == 0
    assert weekly_buckets([], tz, MON, THREE, today=date(2026, 6, 21))[0].start == date(2026, 6, 15)


def test_streaks_current_and_best() -> None:
    tz = ZoneInfo("Europe/London")
    base = datetime(2026, 1, 5, 8, tzinfo=tz)  # Monday
    met_weeks = [0, 1, 2, 3, 5, 6, 7]  # week 4 missed, week 8 is this week, not done yet
    records = [session(base + timedelta(weeks=w, days=d)) for w in met_weeks for d in (0, 2, 4)]
    records.append(session(base + timedelta(weeks=8)))
    buckets = weekly_buckets(records, tz, MON, THREE, today=date(2026, 3, 3))
    assert streaks(buckets).current == 3  # this week still has time
    assert streaks(buckets).best == 4
    records += [session(base + timedelta(weeks=8, days=d)) for d in (1, 2)]
    buckets = weekly_buckets(records, tz, MON, THREE, today=date(2026, 3, 3))
    assert streaks(buckets).current == 4
    later = weekly_buckets(records, tz, MON, THREE, today=date(2026, 3, 17))
    assert streaks(later).current == 0 and streaks(later).best == 4


def test_pain_trend_and_weekly_pain() -> None:
    tz = ZoneInfo("America/New_York")
    a = session(utc(2026, 5, 4, 12), pain=(6, 4))
    b = session(utc(2026, 5, 2, 12), pain=(5, None))
    c = session(utc(2026, 5, 6, 12))
    points = pain_trend([a, b, c], tz)
    assert [(p.before, p.after) for p in points] == [(5, None), (6, 4)]
    assert points[0].when.tzinfo == tz
    assert pain_change(points) == -2
    [week] = [x for x in weekly_buckets([a, c], tz, MON, THREE, today=date(2026, 5, 8))]
    assert (week.pain_before, week.pain_after) == (6, 4)


def test_focus_minutes_share_time_among_areas() -> None:
    items = (
        ItemRecord("bridge", "none", 120, 120, 8, ItemStatus.DONE),
        ItemRecord("hundred", "none", 60, 60, None, ItemStatus.DONE),
        ItemRecord("hundred", "none", 60, 60, None, ItemStatus.SKIPPED),
        ItemRecord("retired", "none", 30, 30, None, ItemStatus.PARTIAL),
    )
    focus = {"bridge": ("hips-glutes", "lower-back"), "hundred": ("core",)}
    out = focus_minutes([session(utc(2026, 1, 1, 9), items=items)], focus)
    assert out == {"hips-glutes": 1.0, "lower-back": 1.0, "core": 1.0, "other": 0.5}


def test_daily_minutes_and_year_grid() -> None:
    tz = ZoneInfo("Europe/London")
    records = [session(utc(2026, 3, 29, 23, 30), 10), session(utc(2026, 3, 30, 7), 15)]
    daily = daily_minutes(records, tz)
    assert daily == {date(2026, 3, 30): 25.0}
    grid = heatmap_grid(daily, today=date(2026, 4, 1), first_weekday=MON)
    assert len(grid) == 53 and all(len(col) == 7 for col in grid)
    assert grid[-1][0] == (date(2026, 3, 30), 25.0)
    assert grid[-1][2] == (date(2026, 4, 1), 0.0) and grid[-1][3] is None
    assert grid[0][0] is not None and grid[0][0][0] == date(2025, 3, 31)


def test_the_streak_counts_weeks_by_one_week_start_and_says_which() -> None:
    """Issue 14 item 10: German weeks began on Monday and English on Sunday, so one history
    showed two streaks. The week start is one value given to core (a setting, not the
    language), and the streak says which it used."""
    tz = ZoneInfo("Europe/Berlin")
    # Three sessions from each Saturday to Monday: a Monday week splits them, a Sunday one too,
    # but differently.
    records = [session(datetime(2026, 5, 2, 9, tzinfo=tz) + timedelta(weeks=w, days=d))
               for w in range(4) for d in (0, 1, 2)]
    today = date(2026, 5, 27)
    by_start = {first: streaks(weekly_buckets(records, tz, first, THREE, today=today))
                for first in (MON, SUN)}
    assert by_start[MON].first_weekday == MON and by_start[SUN].first_weekday == SUN
    assert by_start[MON] != by_start[SUN]  # the week start matters, so it must be one setting
    for first in (MON, SUN):  # and the same value always gives the same streak
        again = streaks(weekly_buckets(list(reversed(records)), tz, first, THREE, today=today))
        assert again == by_start[first]
