"""The safety review before a start: skip / swap / keep, pain marks and the flare-up switch."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import i18n_tools
import pytest

from pilates_desktop.core.clock import FakeClock
from pilates_desktop.core.library import Library
from pilates_desktop.core.routines import Item, Routine
from pilates_desktop.core.safety import Choice
from pilates_desktop.services.app_state import AppState
from pilates_desktop.services.settings import (
    FLARE_UP,
    FLARE_UP_DATE,
    KNEE_PROBLEMS,
    NECK_PROBLEMS,
    Settings,
)
from pilates_desktop.ui.dialogs import safety as safety_dialog
from pilates_desktop.ui.dialogs.safety import SAFETY_REVIEW, SafetyDialog, review_routine

TODAY = date(2026, 11, 21)


@pytest.fixture(autouse=True)
def english(qapp: Any) -> Any:
    """English with its plural forms ("2 times", not "2 time(s)")."""
    from pilates_desktop import i18n

    i18n_tools.ensure_built()
    i18n.install_translators(qapp, "en")
    yield
    i18n.install_translators(qapp, "en")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock.at(datetime(2026, 11, 21, 9, 30))


@pytest.fixture
def state(qapp: Any, app_state: AppState) -> AppState:
    return app_state


def _routine(*ids: str) -> Routine:
    return Routine("r", "Routine", tuple(Item(i) for i in ids))


def _dialog(qtbot: Any, routine: Routine, library: Library, settings: Settings,
            state: AppState) -> SafetyDialog:
    dialog = SafetyDialog(routine, library, settings, state)
    qtbot.addWidget(dialog)
    return dialog


def test_nothing_applies_returns_the_routine_without_a_dialog(
    qtbot: Any, library: Library, settings: Settings, state: AppState, prompter: Any
) -> None:
    def fail(*_: Any) -> bool:
        raise AssertionError("no dialog expected")

    prompter.answers[SAFETY_REVIEW] = fail
    routine = _routine("neck-lift-knee-stretch", "childs-pose")  # no flags set: nothing clashes
    assert review_routine(None, routine, library, settings, state, prompter) is routine


def test_default_is_never_keep_and_skip_swap_keep_work(
    qtbot: Any, library: Library, settings: Settings, state: AppState
) -> None:
    settings.set_value(NECK_PROBLEMS, True)
    settings.set_value(KNEE_PROBLEMS, True)
    routine = _routine("lunges", "neck-lift-knee-stretch", "childs-pose", "clams")
    dialog = _dialog(qtbot, routine, library, settings, state)
    rows = dialog.rows()
    assert [r.concern.exercise for r in rows] == ["neck-lift-knee-stretch", "childs-pose"]
    assert all(r.choice() is not Choice.KEEP for r in rows)
    assert all(r.buttons[Choice.SWAP].isChecked() for r in rows)
    # Swap (the default)
    assert [i.exercise for i in dialog.result_routine().items] == [
        "lunges", "leg-extensions", "legs-up-the-wall", "clams"]
    # Skip, by clicking the radio button as a user would
    rows[0].buttons[Choice.SKIP].click()
    assert [i.exercise for i in dialog.result_routine().items] == [
        "lunges", "legs-up-the-wall", "clams"]
    # Keep
    rows[1].buttons[Choice.KEEP].click()
    assert [i.exercise for i in dialog.result_routine().items] == [
        "lunges", "childs-pose", "clams"]
    assert dialog.total.text().startswith("3 exercises, ≈ ")


def test_review_routine_returns_the_choice_or_none_on_cancel(
    qtbot: Any, library: Library, settings: Settings, state: AppState, prompter: Any
) -> None:
    settings.set_value(KNEE_PROBLEMS, True)
    routine = _routine("childs-pose", "lunges")

    def accept(dialog: SafetyDialog) -> bool:
        dialog.rows()[0].buttons[Choice.SKIP].setChecked(True)
        return True

    prompter.answers[SAFETY_REVIEW] = accept
    result = review_routine(None, routine, library, settings, state, prompter)
    assert result is not None and [i.exercise for i in result.items] == ["lunges"]

    prompter.answers[SAFETY_REVIEW] = False
    assert review_routine(None, routine, library, settings, state, prompter) is None


def test_pain_mark_reminds_and_can_be_cleared(
    qtbot: Any, library: Library, settings: Settings, state: AppState
) -> None:
    state.add_pain_mark("lunges", datetime(2026, 11, 18, 12, 0, tzinfo=UTC))
    state.add_pain_mark("lunges", datetime(2026, 11, 19, 12, 0, tzinfo=UTC))
    routine = _routine("legs-up-the-wall", "lunges")
    assert safety_dialog.needs_review(routine, library, settings, state)
    dialog = _dialog(qtbot, routine, library, settings, state)
    (row,) = dialog.rows()
    assert row.concern.pain_marked
    text = row.pain.text()
    assert "You stopped Lunges because it hurt on" in text and "2026" in text
    assert "2 times so far" in text
    assert row.choice() is Choice.SKIP  # no gentler variant: skip is the safe default
    row.clear_mark.click()
    assert state.pain_mark("lunges") is None
    assert not safety_dialog.needs_review(routine, library, settings, state)


def test_flare_up_switch_lightens_the_routine_and_keeps_its_shape(
    qtbot: Any, library: Library, settings: Settings, state: AppState
) -> None:
    routine = _routine("the-hundred", "lunges", "thoracic-lifts")
    dialog = _dialog(qtbot, routine, library, settings, state)
    assert [i.exercise for i in dialog.result_routine().items] == [
        "the-hundred", "lunges", "thoracic-lifts"]
    dialog.flare_switch.click()
    ids = [i.exercise for i in dialog.result_routine().items]
    assert ids == ["double-knee-lift", "lunges", "thoracic-lifts"]
    note = dialog.flare_note.text()
    assert "The Hundred becomes Double Knee Lift" in note
    assert dialog.flare_note.isVisibleTo(dialog)
    assert not settings.value(FLARE_UP)  # only starting keeps it (see below)
    dialog.flare_switch.click()
    assert len(dialog.result_routine().items) == 3


@pytest.mark.parametrize("start", [False, True])
def test_cancel_leaves_the_flare_up_setting_alone(
    qtbot: Any, library: Library, settings: Settings, state: AppState, prompter: Any,
    start: bool,
) -> None:
    """Issue 14 item 6: cancelling Before You Start still turned flare-up mode on."""
    settings.set_value(NECK_PROBLEMS, True)  # so the review opens

    def answer(dialog: SafetyDialog) -> bool:
        dialog.flare_switch.click()
        return start

    prompter.answers[SAFETY_REVIEW] = answer
    result = review_routine(None, _routine("neck-lift-knee-stretch", "lunges"), library,
                            settings, state, prompter)
    assert (result is not None) is start
    assert bool(settings.value(FLARE_UP)) is start
    if start:
        assert settings.value(FLARE_UP_DATE) == TODAY.isoformat()


def test_flare_up_day_alone_opens_the_review(
    qtbot: Any, library: Library, settings: Settings, state: AppState, prompter: Any
) -> None:
    settings.set_flare_up(True)
    seen: list[list[str]] = []

    def accept(dialog: SafetyDialog) -> bool:
        seen.append([i.exercise for i in dialog.result_routine().items])
        return True

    prompter.answers[SAFETY_REVIEW] = accept
    result = review_routine(None, _routine("glute-bridge", "lunges"), library, settings, state,
                            prompter)
    assert seen and result is not None
    assert [i.exercise for i in result.items] == ["basic-starting-position", "lunges"]


def test_flare_up_switch_expires_the_next_day(settings: Settings, clock: FakeClock) -> None:
    settings.set_flare_up(True)
    assert settings.value(FLARE_UP_DATE) == TODAY.isoformat()
    clock.advance(14 * 3600)  # 23:30 the same day
    assert settings.flare_up_today()
    clock.advance(3600)  # half past midnight
    assert not settings.flare_up_today()
    assert not settings.value(FLARE_UP)


def test_every_control_has_an_accessible_name(
    qtbot: Any, library: Library, settings: Settings, state: AppState
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    settings.set_value(KNEE_PROBLEMS, True)
    state.add_pain_mark("lunges")
    dialog = _dialog(qtbot, _routine("childs-pose", "lunges"), library, settings, state)
    for w in dialog.findChildren(QWidget):
        if w.isVisibleTo(dialog) and w.focusPolicy() & Qt.FocusPolicy.TabFocus:
            assert w.accessibleName() or w.metaObject().className() in ("QScrollArea",), w


def test_flare_up_menu_action_mirrors_the_setting(qtbot: Any, settings: Settings) -> None:
    from PySide6.QtWidgets import QWidget

    from pilates_desktop.ui.dialogs.safety import FlareUpAction

    holder = QWidget()
    qtbot.addWidget(holder)
    action = FlareUpAction(settings, holder)
    assert not action.isChecked() and action.text() == "&Flare-up Today"
    action.trigger()
    assert settings.value(FLARE_UP) and settings.value(FLARE_UP_DATE)
    settings.set_value(FLARE_UP, False)  # from Preferences or the review dialog
    assert not action.isChecked()


def test_an_unreadable_pain_mark_file_is_kept_aside_not_written_over(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    path.write_text("{ not json", encoding="utf-8")
    state = AppState(FakeClock(), path)
    assert state.pain_marks() == {}
    kept = [p for p in tmp_path.iterdir() if p.name.startswith("state.json.unreadable-")]
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8") == "{ not json"
    assert state.load_error is not None and str(kept[0]) in state.load_error
    assert "state.json" in state.load_error
    state.add_pain_mark("clams")  # the next save writes a new file beside the kept one
    assert kept[0].read_text(encoding="utf-8") == "{ not json"
    assert AppState(FakeClock(), path).pain_mark("clams") is not None
