"""Everything the report for the physiotherapist shows, as one pure function of the history.

The PDF (services/report.py) only draws what ``build_report`` returns, so what the report says
is tested here without Qt. Only sessions that started inside the period count, and only those
of at least a minute (the same minute that makes a session count toward the weekly goal).
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from pilates_desktop.core.care import DEFAULT_WEEKS, MAX_WEEKS
from pilates_desktop.core.care.checkin import CheckIn, Feeling
from pilates_desktop.core.care.prescription import Adherence, Prescription, adherence
from pilates_desktop.core.care.progression import Decision
from pilates_desktop.core.care.records import (
    CareSession,
    chronological,
    exercise_pain,
    exercises_in,
    hurt_on,
    is_practice,
    local_day,
)
from pilates_desktop.core.history import ItemStatus, SessionStatus
from pilates_desktop.core.stats import Goal, week_start

# The smallest change in pain on a 0-10 scale that people with low back pain feel as a real
# change (Childs, Piva and Fritz 2005).
MEANINGFUL_CHANGE = 2.0
MAX_PAGES = 3  # the report is one to three pages: what a physiotherapist reads in a visit
FOLD_ROWS = 13  # a longer period is shown in blocks of weeks, at most this many rows


@dataclass(frozen=True, slots=True)
class Period:
    first: date  # the first day counted
    last: date  # the last day counted (inclusive): the day the report is made
    weeks: int
    first_weekday: int  # 0 = Monday

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.first <= day <= self.last

    def week_starts(self) -> list[date]:
        return [self.first + timedelta(days=7 * n) for n in range(self.weeks)]


def report_period(today: date, weeks: int = DEFAULT_WEEKS, first_weekday: int = 0) -> Period:
    """The last ``weeks`` calendar weeks up to ``today``, this (partial) week included."""
    if not 1 <= weeks <= MAX_WEEKS:
        raise ValueError(f"weeks must be 1-{MAX_WEEKS}, got {weeks}")
    first = week_start(today, first_weekday) - timedelta(days=7 * (weeks - 1))
    return Period(first, today, weeks, first_weekday)


@dataclass(frozen=True, slots=True)
class WeekRow:
    start: date
    sessions: int
    minutes: float
    goal_met: bool
    pain_before: float | None  # the average of the week's ratings
    pain_after: float | None
    rated_before: int = 0  # how many ratings each average is of
    rated_after: int = 0


@dataclass(frozen=True, slots=True)
class PainChange:
    """Pain before a session, from the first week with ratings to the last one."""

    first_week: date
    last_week: date
    start: float
    end: float

    @property
    def change(self) -> float:
        return self.end - self.start

    @property
    def meaningful(self) -> bool:
        return abs(self.change) >= MEANINGFUL_CHANGE

    @property
    def improved(self) -> bool:
        return self.change < 0


@dataclass(frozen=True, slots=True)
class RoutineRow:
    routine_id: str
    name: str
    sessions: int
    minutes: float
    prescription: Prescription | None = None
    adherence: Adherence | None = None


@dataclass(frozen=True, slots=True)
class ExerciseRow:
    exercise: str
    sessions: int
    reps: int | None  # typical reps in a session (both sides), the median
    seconds: int  # typical time in a session, the median
    skipped: int  # sessions in which it was skipped or cut short
    ratings: int
    pain_mean: float | None
    pain_max: int | None
    hurt_stops: int


@dataclass(frozen=True, slots=True)
class HurtStop:
    at: datetime  # local time
    exercise: str | None
    routine_name: str


@dataclass(frozen=True, slots=True)
class Report:
    period: Period
    made_at: datetime
    goal: Goal
    weeks: tuple[WeekRow, ...]
    sessions: int
    minutes: float
    routines: tuple[RoutineRow, ...]
    exercises: tuple[ExerciseRow, ...]
    pain_change: PainChange | None
    relief: float | None  # average after - before within a session (negative: relief)
    hurt_stops: tuple[HurtStop, ...]
    checkins: tuple[CheckIn, ...]
    decisions: tuple[Decision, ...]  # progressions and regressions accepted in the period

    @property
    def weeks_goal_met(self) -> int:
        return sum(1 for w in self.weeks if w.goal_met)


def _mean(values: Sequence[int]) -> float | None:
    return sum(values) / len(values) if values else None


def build_report(
    sessions: Iterable[CareSession],
    checkins: Iterable[CheckIn],
    decisions: Iterable[Decision],
    goal: Goal,
    period: Period,
    tz: tzinfo,
    made_at: datetime,
    prescriptions: Mapping[str, Prescription] | None = None,
) -> Report:
    everything = chronological(sessions)
    in_period = [s for s in everything if local_day(s, tz) in period]
    inside = [s for s in in_period if is_practice(s)]
    by_week: dict[date, list[CareSession]] = {w: [] for w in period.week_starts()}
    for s in inside:
        by_week[week_start(local_day(s, tz), period.first_weekday)].append(s)
    weeks = []
    for start, group in by_week.items():
        minutes = sum(s.active_s for s in group) / 60.0
        before = [s.pain_before for s in group if s.pain_before is not None]
        after = [s.pain_after for s in group if s.pain_after is not None]
        weeks.append(WeekRow(start, len(group), minutes, goal.met(len(group), minutes),
                             _mean(before), _mean(after), len(before), len(after)))
    rated = [w for w in weeks if w.pain_before is not None]
    change = None
    if len(rated) >= 2 and rated[0].pain_before is not None and rated[-1].pain_before is not None:
        change = PainChange(rated[0].start, rated[-1].start, rated[0].pain_before,
                            rated[-1].pain_before)
    pairs = [s.pain_after - s.pain_before for s in inside
             if s.pain_before is not None and s.pain_after is not None]
    return Report(
        period=period,
        made_at=made_at,
        goal=goal,
        weeks=tuple(weeks),
        sessions=len(inside),
        minutes=sum(s.active_s for s in inside) / 60.0,
        routines=_routines(inside, everything, prescriptions or {}, period, tz),
        exercises=_exercises(inside),
        pain_change=change,
        relief=sum(pairs) / len(pairs) if pairs else None,
        hurt_stops=tuple(
            HurtStop(s.started_at.astimezone(tz), s.hurt_exercise, s.routine_name)
            for s in in_period if s.status is SessionStatus.PAIN),
        checkins=tuple(sorted((c for c in checkins if c.day in period), key=lambda c: c.at)),
        decisions=tuple(sorted(
            (d for d in decisions if d.accepted and d.at.astimezone(tz).date() in period),
            key=lambda d: d.at)),
    )


def _routines(inside: Sequence[CareSession], everything: Sequence[CareSession],
              prescriptions: Mapping[str, Prescription], period: Period, tz: tzinfo
              ) -> tuple[RoutineRow, ...]:
    rows: dict[str, list[CareSession]] = {}
    for s in inside:
        rows.setdefault(s.routine_id, []).append(s)
    out = []
    for routine_id, group in sorted(rows.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        p = prescriptions.get(routine_id)
        out.append(RoutineRow(
            routine_id, group[-1].routine_name, len(group),
            sum(s.active_s for s in group) / 60.0, p,
            adherence(p, routine_id, everything, period.last, tz) if p else None,
        ))
    # A prescribed routine not practised in the period is shown too: that is news.
    for routine_id, p in sorted(prescriptions.items()):
        if routine_id not in rows:
            out.append(RoutineRow(routine_id, routine_id, 0, 0.0, p,
                                  adherence(p, routine_id, everything, period.last, tz)))
    return tuple(out)


def _exercises(inside: Sequence[CareSession]) -> tuple[ExerciseRow, ...]:
    order: dict[str, None] = {}
    for s in inside:
        order.update(dict.fromkeys(exercises_in(s)))
    out = []
    for ex in order:
        runs = [s for s in inside if any(i.exercise == ex for i in s.items)]
        reps = [sum(i.reps_done or 0 for i in s.items if i.exercise == ex) for s in runs
                if any(i.exercise == ex and i.reps_done is not None for i in s.items)]
        seconds = [sum(i.done_s for i in s.items if i.exercise == ex) for s in runs]
        pains = [p for p in (exercise_pain(s, ex) for s in runs) if p is not None]
        out.append(ExerciseRow(
            exercise=ex,
            sessions=len(runs),
            reps=round(statistics.median(reps)) if reps else None,
            seconds=round(statistics.median(seconds)) if seconds else 0,
            skipped=sum(1 for s in runs if any(
                i.exercise == ex and i.status is not ItemStatus.DONE for i in s.items)),
            ratings=len(pains),
            pain_mean=_mean(pains),
            pain_max=max(pains) if pains else None,
            hurt_stops=sum(1 for s in runs if hurt_on(s, ex)),
        ))
    return tuple(out)


# --- a long period on few pages ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class WeekBlock:
    """One row of a folded report: ``weeks`` weeks in a row (one, unless the period is long),
    with the next-morning check-ins made in them."""

    first: date
    last: date  # its last day in the period
    weeks: int
    sessions: int
    minutes: float
    goal_met: int  # weeks of the block that met the goal
    pain_before: float | None  # the average of all the block's ratings
    pain_after: float | None
    better: int  # check-ins
    same: int
    worse: int
    checkin_pain: float | None


def block_size(weeks: int, max_rows: int = FOLD_ROWS) -> int:
    """Weeks per row so that ``weeks`` weeks take at most ``max_rows`` rows."""
    return max(1, -(-weeks // max_rows))


def _weighted(pairs: Sequence[tuple[float | None, int]]) -> float | None:
    n = sum(count for value, count in pairs if value is not None)
    if not n:
        return None
    return sum(value * count for value, count in pairs if value is not None) / n


def fold(report: Report, per_block: int) -> tuple[WeekBlock, ...]:
    """The report's weeks, ``per_block`` to a row, each with its check-ins counted."""
    out = []
    weeks = report.weeks
    for n in range(0, len(weeks), per_block):
        group = weeks[n:n + per_block]
        first = group[0].start
        last = min(group[-1].start + timedelta(days=6), report.period.last)
        checkins = [c for c in report.checkins if first <= c.day <= last]
        pains = [c.pain for c in checkins if c.pain is not None]
        out.append(WeekBlock(
            first, last, len(group), sum(w.sessions for w in group),
            sum(w.minutes for w in group), sum(1 for w in group if w.goal_met),
            _weighted([(w.pain_before, w.rated_before) for w in group]),
            _weighted([(w.pain_after, w.rated_after) for w in group]),
            sum(1 for c in checkins if c.feeling is Feeling.BETTER),
            sum(1 for c in checkins if c.feeling is Feeling.SAME),
            sum(1 for c in checkins if c.feeling is Feeling.WORSE),
            _mean(pains)))
    return tuple(out)
