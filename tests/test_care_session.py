"""Pain during a session in the running app: rated per exercise and kept with it, above 5 the
exercise stops for its easier form, a skip or the end; and the lighter session after a worse
morning."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent

from pilates_desktop.core.clock import FakeClock
from pilates_desktop.core.history import CheckIn, Feeling, SessionStatus
from pilates_desktop.core.routines import Item, Routine
from pilates_desktop.ui.care.exercise_pain import TooMuchDialog
from pilates_desktop.ui.care.pain_flow import PainFlow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
ROUTINE = Routine("pain-test", "Pain test", (Item("knee-lifts", reps=2), Item("clams", reps=2)))


def _clock() -> FakeClock:
    return FakeClock.at(datetime(2026, 3, 3, 9, 0, tzinfo=ZoneInfo("Europe/Berlin")))


def _until(window: Any, done: Callable[[], bool], step: float = 0.5) -> None:
    session = window.session
    for _ in range(2000):
        if done():
            return
        window.test_clock.advance(step)
        session.tick()
    raise AssertionError("the session never got there")


def _start(make_app: Callable[..., Any]) -> tuple[Any, Any, PainFlow]:
    app = make_app(clock=_clock())
    window = app.window
    window.build_player()
    flow = window.findChild(PainFlow)
    assert flow is not None
    assert window.start_routine(ROUTINE)
    _until(window, lambda: window.session.current_exercise() == "knee-lifts")
    return app, window, flow


def _key(text: str) -> QKeyEvent:
    return QKeyEvent(QEvent.Type.KeyPress, Qt.Key(ord(text)), Qt.KeyboardModifier.NoModifier,
                     text)


def test_a_rating_is_kept_with_its_exercise(make_app: Callable[..., Any]) -> None:
    app, window, flow = _start(make_app)
    assert flow.bar.isVisibleTo(window)
    assert flow.eventFilter(window, _key("3"))  # a digit rates the exercise in hand
    _until(window, lambda: window.session.current_exercise() == "clams")
    assert flow.bar.buttons[3].isChecked() is False  # a new exercise: nothing rated yet
    flow.rate(1)
    _until(window, lambda: not window.session.is_active())
    [s] = app.services.history.sessions()
    # Clams has two sides: the rating goes with the side in hand.
    assert [(i.exercise, i.side, i.pain) for i in s.items] == [
        ("knee-lifts", "alternating", 3), ("clams", "right", 1), ("clams", "left", None)]


def test_above_5_offers_the_easier_form_and_goes_on_with_it(
    make_app: Callable[..., Any], prompter: Any
) -> None:
    app, window, flow = _start(make_app)
    shown: list[str] = []

    def easier(dialog: TooMuchDialog) -> bool:
        shown.append(dialog.easier_detail.text())
        dialog.easier_button.click()
        return True

    prompter.answers["too-much-pain"] = easier
    flow.rate(7)
    assert "Basic Starting Position" in shown[0]
    assert window.session.routine.items[0].exercise == "basic-starting-position"
    _until(window, lambda: window.session.current_exercise() == "basic-starting-position")
    _until(window, lambda: not window.session.is_active(), step=1.0)
    [s] = app.services.history.sessions()
    assert s.status is SessionStatus.FINISHED
    assert ("knee-lifts", 7) in [(i.exercise, i.pain) for i in s.items]
    order = list(dict.fromkeys(i.exercise for i in s.items))
    assert order == ["knee-lifts", "basic-starting-position", "clams"]


@pytest.mark.parametrize(("button", "status"), [("skip_button", SessionStatus.FINISHED),
                                               ("stop_button", SessionStatus.PAIN)])
def test_above_5_can_skip_the_exercise_or_end_the_session(
    make_app: Callable[..., Any], prompter: Any, button: str, status: SessionStatus
) -> None:
    app, window, flow = _start(make_app)
    prompter.answers["too-much-pain"] = lambda d: (getattr(d, button).click(), True)[1]
    flow.rate(8)
    if status is SessionStatus.FINISHED:
        assert window.session.is_running()
        _until(window, lambda: not window.session.is_active())
    [s] = app.services.history.sessions()
    assert s.status is status
    knee = [i for i in s.items if i.exercise == "knee-lifts"]
    assert knee and knee[0].pain == 8
    if status is SessionStatus.PAIN:
        assert s.hurt_exercise == "knee-lifts"
    else:
        assert "clams" in [i.exercise for i in s.items]


def test_after_a_worse_morning_the_session_is_lighter_and_says_why(
    make_app: Callable[..., Any], prompter: Any
) -> None:
    app = make_app(clock=_clock())
    window = app.window
    clock = window.test_clock
    app.services.history.add_checkin(CheckIn(clock.today(), clock.now(), Feeling.WORSE, 5,
                                             (ROUTINE.id,)))
    prompter.answers["lighter-session"] = "lighter"
    assert window.start_routine(Routine(ROUTINE.id, ROUTINE.name, (Item("clams", reps=20),)))
    assert "a third lighter" in prompter.texts("lighter-session")[0]
    assert window.session.routine.items[0].reps == 13  # two thirds of 20
    _until(window, lambda: (window.session.state() is not None
                            and window.session.state().active_s >= 60), step=1.0)
    window.session.stop()
    window.session.tick()
    prompter.answers["lighter-session"] = "cancel"
    clock.advance(60)
    # The lighter session was practised, so the next one is at the usual dose, unasked.
    assert window.start_routine(Routine(ROUTINE.id, ROUTINE.name, (Item("clams"),)))
    assert len(prompter.texts("lighter-session")) == 1


def test_typing_1_then_0_during_an_exercise_is_10_and_stops_it(
    make_app: Callable[..., Any], prompter: Any
) -> None:
    """The keys reach the rating from the player as the user types them (not only through the
    bar): "1" waits for a possible "0", and 10 is above 5, so the exercise stops."""
    from PySide6.QtTest import QTest

    app, window, flow = _start(make_app)
    shown: list[str] = []

    def skip(dialog: TooMuchDialog) -> bool:
        shown.append(dialog.title.text())
        dialog.skip_button.click()
        return True

    prompter.answers["too-much-pain"] = skip
    target = window.focusWidget() or flow.bar.parentWidget()
    QTest.keyClick(target, Qt.Key.Key_1, Qt.KeyboardModifier.NoModifier)
    assert shown == [] and flow.bar.buttons[1].isChecked()  # a 1: maybe the start of 10
    window.test_clock.advance(0.4)  # within the second a 1 waits for its 0
    QTest.keyClick(target, Qt.Key.Key_0, Qt.KeyboardModifier.NoModifier)
    [title] = shown
    assert "10" in title and "Knee Lifts" in title
    _until(window, lambda: not window.session.is_active())
    [s] = app.services.history.sessions()
    assert [(i.exercise, i.pain) for i in s.items if i.exercise == "knee-lifts"] == [
        ("knee-lifts", 10)]
    assert s.status is SessionStatus.FINISHED  # skipped, and the session went on
    assert "clams" in [i.exercise for i in s.items]
