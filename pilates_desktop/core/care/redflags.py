"""The red-flag screen: eight plain questions before practising, repeated every 3 months.

It is not a diagnosis. The questions follow the signs of serious spinal pathology that NICE
NG59 (recommendation 1.1.1) asks clinicians to exclude and that the IFOMPT International
Framework for Red Flags (Finucane et al. 2020) sets out: cauda equina syndrome, infection,
malignancy and fracture, with progressive neurological loss. Any yes means: see a doctor before
practising. A new loss of bladder or bowel control or numbness in the saddle area (possible cauda
equina syndrome) means: today. docs/safety.md has the sources.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from pilates_desktop.core.errors import QT_TRANSLATE_NOOP

SCREEN_EVERY_MONTHS = 3


class RedFlag(StrEnum):
    BLADDER_BOWEL = "bladder-bowel"
    SADDLE_NUMBNESS = "saddle-numbness"
    LEG_WEAKNESS = "leg-weakness"
    FEVER = "fever"
    WEIGHT_LOSS = "weight-loss"
    CANCER = "cancer"
    NIGHT_PAIN = "night-pain"
    TRAUMA = "trauma"


class Urgency(StrEnum):
    NONE = "none"  # practise, and stop if one of the signs appears
    URGENT = "urgent"  # see a doctor urgently before practising
    SAME_DAY = "same-day"  # emergency care today


@dataclass(frozen=True, slots=True)
class Question:
    flag: RedFlag
    text: str  # English; the interface translates it in the "RedFlags" context
    same_day: bool  # a yes needs care the same day


QUESTIONS: tuple[Question, ...] = (
    Question(RedFlag.BLADDER_BOWEL, QT_TRANSLATE_NOOP(
        "RedFlags",
        "Have you newly lost control of your bladder or bowels, or found it newly hard to "
        "pass urine?"), same_day=True),
    Question(RedFlag.SADDLE_NUMBNESS, QT_TRANSLATE_NOOP(
        "RedFlags",
        "Is there numbness or tingling between your legs or around your bottom (the area "
        "that would touch a saddle)?"), same_day=True),
    Question(RedFlag.LEG_WEAKNESS, QT_TRANSLATE_NOOP(
        "RedFlags",
        "Is one leg or both getting weaker, for example tripping or a foot that drags?"),
        same_day=False),
    Question(RedFlag.FEVER, QT_TRANSLATE_NOOP(
        "RedFlags", "Do you have a fever, or feel hot and shivery, with your back pain?"),
        same_day=False),
    Question(RedFlag.WEIGHT_LOSS, QT_TRANSLATE_NOOP(
        "RedFlags", "Have you lost weight recently without trying to?"), same_day=False),
    Question(RedFlag.CANCER, QT_TRANSLATE_NOOP(
        "RedFlags", "Have you ever had cancer?"), same_day=False),
    Question(RedFlag.NIGHT_PAIN, QT_TRANSLATE_NOOP(
        "RedFlags",
        "Does your back hurt at night in a way that resting or changing position does not "
        "ease?"), same_day=False),
    Question(RedFlag.TRAUMA, QT_TRANSLATE_NOOP(
        "RedFlags", "Did your back pain start after a recent fall, accident or injury?"),
        same_day=False),
)

ADVICE = {
    Urgency.SAME_DAY: QT_TRANSLATE_NOOP(
        "RedFlags",
        "Please do not practise. Get medical help today: call your doctor's surgery or an "
        "urgent care line now, or go to an emergency department. New problems with bladder or "
        "bowel control, or numbness in the saddle area, can mean the nerves at the base of "
        "the spine are pressed (cauda equina syndrome). It needs to be checked the same day."),
    Urgency.URGENT: QT_TRANSLATE_NOOP(
        "RedFlags",
        "Please do not practise until a doctor has seen you. Make an urgent appointment with "
        "your doctor and tell them what you answered here. These signs are rare and most "
        "often have another cause, but they need to be checked first."),
    Urgency.NONE: QT_TRANSLATE_NOOP(
        "RedFlags",
        "Thank you. None of these signs applies to you now. If one of them appears, stop "
        "practising and get medical advice. The app asks again in 3 months."),
}

# Shown with every screen: what it is and what it is not.
NOT_A_DIAGNOSIS = QT_TRANSLATE_NOOP(
    "RedFlags",
    "These questions look for rare signs that back pain needs a doctor before exercise. They "
    "are not a diagnosis. Answer for how you are now.")


def assess(answers: Mapping[RedFlag, bool]) -> Urgency:
    """The advice for a set of answers. Every question must be answered."""
    missing = [q.flag.value for q in QUESTIONS if q.flag not in answers]
    if missing:
        raise ValueError(f"unanswered: {', '.join(missing)}")
    yes = [q for q in QUESTIONS if answers[q.flag]]
    if any(q.same_day for q in yes):
        return Urgency.SAME_DAY
    return Urgency.URGENT if yes else Urgency.NONE


@dataclass(frozen=True, slots=True)
class ScreenResult:
    """A screen as answered. ``cleared`` is set when the user says a clinician has seen them
    since and said they may practise."""

    taken_on: date
    yes: frozenset[RedFlag]
    cleared: bool = False

    @property
    def urgency(self) -> Urgency:
        return assess({q.flag: q.flag in self.yes for q in QUESTIONS})


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later; the month's last day when it is shorter (31 May -> 31
    Aug, 30 Nov -> 28 or 29 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def next_screen(last: ScreenResult) -> date:
    return add_months(last.taken_on, SCREEN_EVERY_MONTHS)


def screen_due(last: ScreenResult | None, today: date) -> bool:
    """At first run; again 3 months after the last screen; and at every start while a yes
    stands that no clinician has cleared."""
    if last is None:
        return True
    if last.urgency is not Urgency.NONE and not last.cleared:
        return True
    return today >= next_screen(last)
