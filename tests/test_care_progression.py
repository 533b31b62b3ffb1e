"""Progression after 3 safe, complete sessions; regression after too much pain, an "it hurts"
stop or a worse morning; declines remembered; accepting is a pure edit of the routine."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from care_factories import TZ, Diary, It, clock_at

from pilates_desktop.core.care.checkin import Feeling, answer, checkin_due
from pilates_desktop.core.care.progression import (
    Direction,
    Reason,
    accept,
    decide,
    next_change,
    suggestions,
)
from pilates_desktop.core.history import ItemStatus, SessionStatus
from pilates_desktop.core.library import Library, load_library
from pilates_desktop.core.routines.routine import Item, ItemForm, Routine, effective_dose

ROUTINE = Routine("mine", "Mine", (Item("clams"), Item("knee-lifts", rest_s=15),
                                   Item("lunges")))


@pytest.fixture(scope="module")
def lib() -> Library:
    return load_library()


def _safe_session(diary: Diary, pain: int | None = 1, **over: object) -> None:
    diary.practise("mine", It("clams", pain=4), It("knee-lifts", pain=pain),
                   It("lunges", pain=None, side="right"), It("lunges", pain=None, side="left"),
                   **over)
    diary.next_day()


def test_three_safe_complete_sessions_in_a_row_suggest_the_next_step(
    lib: Library, tmp_path: Path
) -> None:
    diary = Diary(clock_at(2026, 3, 2), tmp_path)
    for _ in range(2):
        _safe_session(diary)
    assert suggestions(ROUTINE, lib, diary.sessions) == []
    _safe_session(diary, pain=2)
    [s] = suggestions(ROUTINE, lib, diary.sessions)
    assert (s.direction, s.reason, s.index, s.exercise) == (
        Direction.PROGRESS, Reason.PAIN_FREE, 1, "knee-lifts")
    assert s.evidence == diary.ids(1, 2, 3)
    assert s.change.exercise == "double-knee-lift"
    assert s.change.adjustment is lib["knee-lifts"].harder
    after = accept(ROUTINE, s, lib)
    assert after.items[1] == Item("double-knee-lift", rest_s=15)
    assert after.items[0] == ROUTINE.items[0] and after.items[2] == ROUTINE.items[2]
    assert ROUTINE.items[1] == Item("knee-lifts", rest_s=15)  # the routine itself is untouched


@pytest.mark.parametrize(
    "spoiler",
    [
        {"pain": 3},  # acceptable is not safe
        {"pain": None},  # not rated: no evidence
        {"skip": True},  # a side skipped: not all reps done
        {"other": True},  # done in another routine: not this routine's evidence
    ],
)
def test_one_session_that_is_not_safe_and_complete_breaks_the_run(
    lib: Library, spoiler: dict[str, object], tmp_path: Path
) -> None:
    diary = Diary(clock_at(2026, 3, 2), tmp_path)
    _safe_session(diary)
    if spoiler.get("skip"):
        diary.practise("mine", It("knee-lifts", pain=1, side="right"),
                       It("knee-lifts", pain=1, side="left", status=ItemStatus.SKIPPED))
        diary.next_day()
    elif spoiler.get("other"):
        diary.practise("desk-break", It("knee-lifts", pain=0))
        diary.next_day()
        _safe_session(diary, pain=3)
    else:
        _safe_session(diary, pain=spoiler["pain"])  # type: ignore[arg-type]
    _safe_session(diary)
    assert suggestions(ROUTINE, lib, diary.sessions) == []


def test_a_declined_suggestion_waits_for_three_new_sessions(lib: Library, tmp_path: Path) -> None:
    clock = clock_at(2026, 3, 2)
    diary = Diary(clock, tmp_path)
    for _ in range(3):
        _safe_session(diary)
    [s] = suggestions(ROUTINE, lib, diary.sessions)
    no = decide(s, clock.now() - timedelta(hours=12), accepted=False)  # the evening after s3
    assert not no.accepted and no.to_exercise == "double-knee-lift"
    assert suggestions(ROUTINE, lib, diary.sessions, decisions=[no]) == []
    for _ in range(2):
        _safe_session(diary)
        assert suggestions(ROUTINE, lib, diary.sessions, decisions=[no]) == []
    _safe_session(diary)
    [again] = suggestions(ROUTINE, lib, diary.sessions, decisions=[no])
    assert again.evidence == diary.ids(4, 5, 6)


def test_pain_above_5_suggests_the_easier_form(lib: Library, tmp_path: Path) -> None:
    diary = Diary(clock_at(2026, 3, 2), tmp_path)
    _safe_session(diary, pain=5)
    assert suggestions(ROUTINE, lib, diary.sessions) == []
    _safe_session(diary, pain=6)
    [s] = suggestions(ROUTINE, lib, diary.sessions)
    assert (s.direction, s.reason, s.change.exercise) == (
        Direction.REGRESS, Reason.PAIN, "basic-starting-position")
    assert accept(ROUTINE, s, lib).items[1] == Item("basic-starting-position", rest_s=15)


def test_an_it_hurts_stop_suggests_the_easier_form_however_early(
    lib: Library, tmp_path: Path
) -> None:
    diary = Diary(clock_at(2026, 3, 2), tmp_path)
    diary.practise("mine", It("clams", pain=1, status=ItemStatus.PARTIAL), active_s=25,
                   status=SessionStatus.PAIN, hurt_exercise="clams")
    [s] = suggestions(ROUTINE, lib, diary.sessions)
    assert (s.direction, s.reason, s.index) == (Direction.REGRESS, Reason.HURT, 0)
    assert s.change.dose is not None and s.change.dose.reps == -2
    assert effective_dose(accept(ROUTINE, s, lib).items[0], lib["clams"]).reps == 8


def test_a_worse_morning_suggests_easing_the_exercise_that_hurt_most(
    lib: Library, tmp_path: Path
) -> None:
    clock = clock_at(2026, 3, 2, 18)
    diary = Diary(clock, tmp_path)
    diary.practise("mine", It("clams", pain=4), It("knee-lifts", pain=3), It("lunges", pain=0))
    clock.advance(15 * 3600)
    prompt = checkin_due(diary.sessions, [], clock.now(), TZ)
    assert prompt is not None
    same = answer(prompt, clock.now(), Feeling.SAME, 3)
    assert suggestions(ROUTINE, lib, diary.sessions, [same]) == []
    worse = answer(prompt, clock.now(), Feeling.WORSE, 5)
    [s] = suggestions(ROUTINE, lib, diary.sessions, [worse])
    assert (s.reason, s.exercise) == (Reason.WORSE_MORNING, "clams")
    assert s.evidence == (diary.id(1), clock.today().isoformat())
    # Declined: the same morning is not brought up again.
    no = decide(s, clock.now() + timedelta(minutes=1), accepted=False)
    assert suggestions(ROUTINE, lib, diary.sessions, [worse], [no]) == []


def test_regressions_come_before_progressions(lib: Library, tmp_path: Path) -> None:
    diary = Diary(clock_at(2026, 3, 2), tmp_path)
    for _ in range(3):
        diary.practise("mine", It("clams", pain=7), It("knee-lifts", pain=0))
        diary.next_day()
    found = suggestions(ROUTINE, lib, diary.sessions)
    assert [(s.direction, s.exercise) for s in found] == [
        (Direction.REGRESS, "clams"), (Direction.PROGRESS, "knee-lifts")]


# --- the ladder: easier form, usual form, harder form -------------------------------------------


def test_a_change_of_form_is_carried_by_the_item_and_undone_one_step_at_a_time(
    lib: Library, tmp_path: Path
) -> None:
    item = Item("leg-extensions")
    up = next_change(item, Direction.PROGRESS, lib)
    assert up is not None and up.form is ItemForm.HARDER and up.exercise == "leg-extensions"
    assert up.adjustment is not None and "soft ball" in up.adjustment.text
    routine = Routine("r", "R", (item,))
    diary = Diary(clock_at(2026, 3, 2), tmp_path)
    for _ in range(3):
        diary.practise("r", It("leg-extensions", pain=0))
        diary.next_day()
    [s] = suggestions(routine, lib, diary.sessions)
    harder = accept(routine, s, lib).items[0]
    assert harder == Item("leg-extensions", form=ItemForm.HARDER)
    assert next_change(harder, Direction.PROGRESS, lib) is None  # the top of this ladder
    down = next_change(harder, Direction.REGRESS, lib)
    assert down is not None and down.form is None and down.adjustment is None
    down2 = next_change(Item("leg-extensions"), Direction.REGRESS, lib)
    assert down2 is not None and down2.exercise == "double-knee-lift"
    eased = Item("childs-pose", form=ItemForm.EASIER)
    assert next_change(eased, Direction.REGRESS, lib) is None
    back = next_change(eased, Direction.PROGRESS, lib)
    assert back is not None and back.form is None


@pytest.mark.parametrize(
    ("item", "direction", "field", "steps"),
    [
        # The lunges' range is 30-60 s: up in 10 s steps to 60, then no more.
        (Item("lunges"), Direction.PROGRESS, "hold_s", [40, 50, 60]),
        # No range: up to twice the article's dose.
        (Item("prone-head-raise"), Direction.PROGRESS, "hold_s", [30, 40]),
        # Down to the floor of 10 s.
        (Item("oblique-sit"), Direction.REGRESS, "hold_s", [10]),
        (Item("clams", reps=5), Direction.REGRESS, "reps", [3, 2]),
        # The roll-up's 6-8.
        (Item("roll-up"), Direction.PROGRESS, "reps", [8]),
    ],
)
def test_dose_steps_stop_at_the_articles_range_or_the_floor(
    lib: Library, item: Item, direction: Direction, field: str, steps: list[int]
) -> None:
    routine = Routine("r", "R", (item,))
    seen = []
    while (change := next_change(routine.items[0], direction, lib)) is not None:
        index = routine.items[0]
        routine = routine.with_items([_apply(index, change, lib)])
        seen.append(getattr(effective_dose(routine.items[0], lib[item.exercise]), field))
        assert len(seen) < 10
    assert seen == steps


def _apply(item: Item, change: object, lib: Library) -> Item:
    from pilates_desktop.core.care.progression import Change, changed_item

    assert isinstance(change, Change)
    return changed_item(item, change, lib)


def test_accepting_into_a_routine_that_changed_since_is_refused(
    lib: Library, tmp_path: Path
) -> None:
    diary = Diary(clock_at(2026, 3, 2), tmp_path)
    for _ in range(3):
        _safe_session(diary)
    [s] = suggestions(ROUTINE, lib, diary.sessions)
    moved = ROUTINE.with_items([ROUTINE.items[1], ROUTINE.items[0], ROUTINE.items[2]])
    with pytest.raises(ValueError, match="changed since"):
        accept(moved, s, lib)
