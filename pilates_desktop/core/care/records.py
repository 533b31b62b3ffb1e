"""What the care rules read from the history: sessions and their items, by shape.

The rules need only a few fields of a session record. Naming them as protocols keeps the rules
independent of how the history stores them, and lets the tests build sessions in a line.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, tzinfo
from typing import Protocol

from pilates_desktop.core.history import ItemStatus, SessionStatus

# A session shorter than this is not practice (opening a routine and stopping at once); the
# same minute the weekly goal uses (core.stats.MIN_SESSION_S).
MIN_PRACTICE_S = 60


class CareItem(Protocol):
    """One exercise (one side of it) as done in a session."""

    @property
    def exercise(self) -> str: ...
    @property
    def done_s(self) -> int: ...
    @property
    def reps_done(self) -> int | None: ...
    @property
    def status(self) -> ItemStatus: ...
    @property
    def pain(self) -> int | None: ...


class CareSession(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def routine_id(self) -> str: ...
    @property
    def routine_name(self) -> str: ...
    @property
    def started_at(self) -> datetime: ...
    @property
    def active_s(self) -> int: ...
    @property
    def status(self) -> SessionStatus: ...
    @property
    def pain_before(self) -> int | None: ...
    @property
    def pain_after(self) -> int | None: ...
    @property
    def hurt_exercise(self) -> str | None: ...
    @property
    def items(self) -> Sequence[CareItem]: ...


def is_practice(session: CareSession) -> bool:
    return session.active_s >= MIN_PRACTICE_S


def local_day(session: CareSession, tz: tzinfo) -> date:
    return session.started_at.astimezone(tz).date()


def chronological(sessions: Iterable[CareSession]) -> list[CareSession]:
    return sorted(sessions, key=lambda s: s.started_at)


def exercises_in(session: CareSession) -> list[str]:
    """The exercises of a session in the order first done, each once."""
    return list(dict.fromkeys(item.exercise for item in session.items))


def exercise_pain(session: CareSession, exercise: str) -> int | None:
    """The highest pain rated for ``exercise`` in ``session`` (both sides), or None."""
    ratings = [i.pain for i in session.items if i.exercise == exercise and i.pain is not None]
    return max(ratings) if ratings else None


def hurt_on(session: CareSession, exercise: str) -> bool:
    """Whether the session was stopped with "it hurts" during ``exercise``."""
    return session.status is SessionStatus.PAIN and session.hurt_exercise == exercise


def all_done(session: CareSession, exercise: str) -> bool:
    """Every part of ``exercise`` in ``session`` was done in full (no skip, no partial)."""
    parts = [i for i in session.items if i.exercise == exercise]
    return bool(parts) and all(i.status is ItemStatus.DONE for i in parts)
