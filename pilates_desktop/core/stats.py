"""Practice statistics computed from history rows: weeks, goals, streaks, pain, focus, days.

Everything here is a pure function of session records, a time zone and the first day of the
week, so the History view and the tests see the same numbers.

Weeks follow the *local calendar*: a session belongs to the local date it started on, and a
week is seven local dates from the locale's first weekday. Bucketing by calendar dates, and
never by multiples of 7 x 24 hours, keeps the buckets right across daylight-saving changes,
including Lord Howe Island's 30-minute shift, where a week lasts 167.5 or 168.5 hours.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum

from pilates_desktop.core.history import ItemStatus, SessionRecord

# A session shorter than this does not count toward a sessions-per-week goal: opening a
# routine and stopping it at once is not practice.
MIN_SESSION_S = 60
OTHER_FOCUS = "other"
# Desk breaks (the short standing routine the schedule offers at the desk) are a kind of
# session of their own: counted and charted apart from practice, never toward its goal.
DESK_BREAK_ROUTINES = frozenset({"desk-break"})


def is_desk_break(record: SessionRecord) -> bool:
    return record.routine_id in DESK_BREAK_ROUTINES


class GoalKind(StrEnum):
    SESSIONS = "sessions"
    MINUTES = "minutes"


@dataclass(frozen=True, slots=True)
class Goal:
    kind: GoalKind
    target: int

    def met(self, sessions: int, minutes: float) -> bool:
        return self.progress(sessions, minutes) >= self.target

    def progress(self, sessions: int, minutes: float) -> float:
        return float(sessions) if self.kind is GoalKind.SESSIONS else minutes


@dataclass(frozen=True, slots=True)
class WeekBucket:
    start: date  # the local date the week starts on
    sessions: int  # sessions that count toward the goal
    minutes: float  # active minutes
    met: bool
    pain_before: float | None  # the week's average rating, or None without ratings
    pain_after: float | None
    breaks: int = 0  # desk breaks done (not practice: apart from sessions and minutes)
    break_minutes: float = 0.0

    @property
    def end(self) -> date:
        """The last local date of the week (inclusive)."""
        return self.start + timedelta(days=6)


@dataclass(frozen=True, slots=True)
class Streak:
    current: int  # consecutive weeks meeting the goal, up to this week
    best: int
    # The weekday its weeks start on (0 = Monday .. 6 = Sunday), so the streak can say which:
    # the same history gives the same streak whatever the language, for one week start.
    first_weekday: int = 0


@dataclass(frozen=True, slots=True)
class PainPoint:
    when: datetime  # local start time
    before: int | None
    after: int | None
    session_id: str


# --- days and weeks --------------------------------------------------------------------------


def local_date(moment: datetime, tz: tzinfo) -> date:
    return moment.astimezone(tz).date()


def week_start(day: date, first_weekday: int) -> date:
    """The local date that starts ``day``'s week; ``first_weekday`` is 0=Monday .. 6=Sunday."""
    if not 0 <= first_weekday <= 6:
        raise ValueError(f"first_weekday must be 0-6, got {first_weekday}")
    return day - timedelta(days=(day.weekday() - first_weekday) % 7)


def local_midnight(day: date, tz: tzinfo) -> datetime:
    """The first instant of a local date, in UTC.

    In a zone whose clocks jump at midnight, 00:00 with ``fold=0`` takes the offset before the
    jump, which is exactly the instant the day begins; when clocks fall back at midnight, the
    first 00:00 is the one before the fold.
    """
    return datetime.combine(day, time(0), tzinfo=tz).astimezone(UTC)


def week_bounds(start: date, tz: tzinfo) -> tuple[datetime, datetime]:
    """The instants a local week begins and ends, for database range queries."""
    return local_midnight(start, tz), local_midnight(start + timedelta(days=7), tz)


def counts_toward_goal(record: SessionRecord) -> bool:
    return record.active_s >= MIN_SESSION_S


def weekly_buckets(
    records: Iterable[SessionRecord],
    tz: tzinfo,
    first_weekday: int,
    goal: Goal,
    *,
    today: date,
    weeks: int | None = None,
) -> list[WeekBucket]:
    """Contiguous weeks ending with the week of ``today``, empty weeks included.

    ``weeks=None`` goes back to the week of the first session (at least one week).
    """
    last = week_start(today, first_weekday)
    sessions: dict[date, int] = {}
    minutes: dict[date, float] = {}
    pain_b: dict[date, list[int]] = {}
    pain_a: dict[date, list[int]] = {}
    breaks: dict[date, int] = {}
    break_minutes: dict[date, float] = {}
    first = last
    for r in records:
        start = week_start(local_date(r.started_at, tz), first_weekday)
        if start > last:
            continue
        first = min(first, start)
        if is_desk_break(r):
            break_minutes[start] = break_minutes.get(start, 0.0) + r.active_s / 60.0
            if counts_toward_goal(r):
                breaks[start] = breaks.get(start, 0) + 1
            continue
        minutes[start] = minutes.get(start, 0.0) + r.active_s / 60.0
        if counts_toward_goal(r):
            sessions[start] = sessions.get(start, 0) + 1
        if r.pain_before is not None:
            pain_b.setdefault(start, []).append(r.pain_before)
        if r.pain_after is not None:
            pain_a.setdefault(start, []).append(r.pain_after)
    count = (last - first).days // 7 + 1 if weeks is None else weeks
    out: list[WeekBucket] = []
    for n in range(count - 1, -1, -1):
        start = last - timedelta(days=7 * n)
        s, m = sessions.get(start, 0), minutes.get(start, 0.0)
        out.append(
            WeekBucket(
                start=start,
                sessions=s,
                minutes=m,
                met=goal.met(s, m),
                pain_before=_mean(pain_b.get(start)),
                pain_after=_mean(pain_a.get(start)),
                breaks=breaks.get(start, 0),
                break_minutes=break_minutes.get(start, 0.0),
            )
        )
    return out


def _mean(values: Sequence[int] | None) -> float | None:
    return sum(values) / len(values) if values else None


def streaks(buckets: Sequence[WeekBucket]) -> Streak:
    """Runs of consecutive weeks that met the goal.

    ``buckets`` must be contiguous and end with the current week. A current week that has
    not met the goal yet does not break the streak: there is still time.
    """
    best = run = 0
    for b in buckets:
        run = run + 1 if b.met else 0
        best = max(best, run)
    current = 0
    tail = list(buckets)
    if tail and not tail[-1].met:
        tail.pop()
    for b in reversed(tail):
        if not b.met:
            break
        current += 1
    first = buckets[-1].start.weekday() if buckets else 0
    return Streak(current=current, best=best, first_weekday=first)


# --- pain, focus and days ------------------------------------------------------------------


def pain_trend(records: Iterable[SessionRecord], tz: tzinfo) -> list[PainPoint]:
    """Pain before and after each session that has at least one rating, oldest first."""
    points = [
        PainPoint(r.started_at.astimezone(tz), r.pain_before, r.pain_after, r.id)
        for r in records
        if r.pain_before is not None or r.pain_after is not None
    ]
    points.sort(key=lambda p: p.when)
    return points


def pain_change(points: Sequence[PainPoint]) -> float | None:
    """The average change from before to after, over sessions rated both times (negative is
    relief)."""
    deltas = [p.after - p.before for p in points if p.before is not None and p.after is not None]
    return sum(deltas) / len(deltas) if deltas else None


def focus_minutes(
    records: Iterable[SessionRecord], focus_of: Mapping[str, Sequence[str]]
) -> dict[str, float]:
    """Minutes practised per focus area, from the items done.

    An exercise with several focus areas shares its minutes equally among them, so the areas
    add up to the time practised. Exercises the library no longer knows count as ``other``.
    """
    out: dict[str, float] = {}
    for r in records:
        for item in r.items:
            if item.status is ItemStatus.SKIPPED or item.done_s <= 0:
                continue
            areas = list(focus_of.get(item.exercise, ())) or [OTHER_FOCUS]
            share = item.done_s / 60.0 / len(areas)
            for area in areas:
                out[area] = out.get(area, 0.0) + share
    return out


def daily_minutes(records: Iterable[SessionRecord], tz: tzinfo) -> dict[date, float]:
    out: dict[date, float] = {}
    for r in records:
        day = local_date(r.started_at, tz)
        out[day] = out.get(day, 0.0) + r.active_s / 60.0
    return out


def heatmap_grid(
    daily: Mapping[date, float], today: date, first_weekday: int, weeks: int = 53
) -> list[list[tuple[date, float] | None]]:
    """A year calendar: ``weeks`` columns of 7 rows (row 0 is the first weekday).

    Days after ``today`` are None, so the grid ends on today like a calendar page.
    """
    start = week_start(today, first_weekday) - timedelta(days=7 * (weeks - 1))
    grid: list[list[tuple[date, float] | None]] = []
    for w in range(weeks):
        column: list[tuple[date, float] | None] = []
        for d in range(7):
            day = start + timedelta(days=7 * w + d)
            column.append(None if day > today else (day, daily.get(day, 0.0)))
        grid.append(column)
    return grid


def practice_days(daily: Mapping[date, float], since: date, until: date) -> int:
    return sum(1 for day, m in daily.items() if since <= day <= until and m > 0)
