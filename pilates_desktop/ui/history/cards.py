"""The History view's summary cards above the tabs: this week against the goal, the streak,
the chosen range, and the pain trend."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, tzinfo

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from pilates_desktop.core.history import SessionRecord
from pilates_desktop.core.stats import (
    Goal,
    GoalKind,
    Streak,
    WeekBucket,
    pain_change,
    pain_trend,
    practice_days,
)
from pilates_desktop.core.text import fill
from pilates_desktop.ui.history.common import Colors, plural


class StatCard(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statCard")
        self.title = QLabel(self)
        self.value = QLabel(self)
        self.detail = QLabel(self)
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.DemiBold)
        self.value.setFont(font)
        # The detail wraps where the window is narrow (a long German or Spanish sentence
        # would otherwise make History wider than a 1024-pixel screen).
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(14, 10, 14, 10)
        lay.setSpacing(2)
        lay.addWidget(self.title)
        lay.addWidget(self.value)
        lay.addWidget(self.detail)
        lay.setAlignment(Qt.AlignmentFlag.AlignTop)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set(self, title: str, value: str, detail: str, tooltip: str = "") -> None:
        self.title.setText(title)
        self.value.setText(value)
        self.detail.setText(detail)
        self.setToolTip(tooltip)


class SummaryCards(QWidget):
    """Four cards in a row. ``first_weekday`` is the one week-start setting (0 = Monday)."""

    def __init__(self, locale_fn: Callable[[], QLocale], first_weekday: Callable[[], int],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._locale_fn = locale_fn
        self._first_weekday = first_weekday
        self.cards = [StatCard(self) for _ in range(4)]
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(10)
        for card in self.cards:
            lay.addWidget(card)

    def apply_style(self, colors: Colors) -> None:
        for card in self.cards:
            card.title.setStyleSheet(f"color: {colors.muted_text.name()};")
            card.detail.setStyleSheet(f"color: {colors.muted_text.name()};")

    def fill(self, all_weeks: list[WeekBucket], buckets: list[WeekBucket],
             in_range: list[SessionRecord], daily: Mapping[date, float], today: date,
             goal: Goal, streak: Streak, tz: tzinfo) -> None:
        loc = self._locale_fn()
        this_week = all_weeks[-1]
        if goal.kind is GoalKind.SESSIONS:
            value = fill(self.tr("%1 of %2"),
                         loc.toString(this_week.sessions), loc.toString(goal.target))
            detail = self.tr("sessions this week") if not this_week.met else self.tr("sessions · goal met")
        else:
            value = fill(self.tr("%1 of %2"),
                         loc.toString(round(this_week.minutes)), loc.toString(goal.target))
            detail = self.tr("minutes this week") if not this_week.met else self.tr("minutes · goal met")
        self.cards[0].set(self.tr("This week"), value, detail,
                          self.tr("Change the weekly goal in Preferences"))
        self.cards[1].set(
            self.tr("Streak"),
            plural(self.tr("%n week(s)", "", streak.current), streak.current),
            plural(self.tr("Best: %n week(s)", "", streak.best), streak.best)
            + " · " + self.week_start_text(),
            self.tr("Weeks in a row that met your goal. This week counts once it is met. "
                    "The day weeks start on is in Preferences › Practice."),
        )
        minutes = sum(b.minutes for b in buckets)
        sessions = len(in_range)
        days = practice_days(daily, buckets[0].start, today) if buckets else 0
        self.cards[2].set(
            self.tr("In this range"),
            fill(self.tr("%1 min"), loc.toString(round(minutes))),
            plural(self.tr("%n session(s)", "", sessions), sessions) + " · " + plural(self.tr("%n day(s) of practice", "", min(days, 366)), min(days, 366)),
        )
        points = pain_trend(in_range, tz)
        change = pain_change(points)
        rated = [p for p in points if p.before is not None and p.after is not None]
        if change is None:
            self.cards[3].set(self.tr("Pain"), "–", self.tr("Rate your pain before and after a session to see a trend"))
        else:
            before = sum(p.before or 0 for p in rated) / len(rated)
            after = sum(p.after or 0 for p in rated) / len(rated)
            self.cards[3].set(
                self.tr("Pain, average"),
                fill(self.tr("%1 → %2"), loc.toString(before, "f", 1), loc.toString(after, "f", 1)),
                plural(self.tr("before → after, over %n rated session(s)", "", len(rated)), len(rated)),
                self.tr("0 is no pain, 10 the worst. If pain grows during practice, stop and rest."),
            )

    def week_start_text(self) -> str:
        """ "weeks start on Monday", in the language shown."""
        day = self._locale_fn().standaloneDayName(self._first_weekday() + 1,
                                                  QLocale.FormatType.LongFormat)
        return fill(self.tr("weeks start on %1"), day)
