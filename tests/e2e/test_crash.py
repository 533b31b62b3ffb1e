"""The power goes, or the app is killed (kill -9) in the middle of a routine. What was
practised is not lost: ``history --json`` lists the cut-short session as interrupted, with the
exercise finished before the crash. Then the person opens the app again and looks at History."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from e2e.harness import ROLE_LABEL, cli, wait_for
from e2e.steps import MAIN, Desk, answer_pain_before, choose_routine, wait_button

pytestmark = pytest.mark.xvfb

HISTORY = "Practice history"


@dataclass
class Crash:
    desk: Desk
    history_right_after: list[dict[str, Any]]  # read before anything else could touch it


@pytest.fixture(scope="module")
def crash(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Crash]:
    """Start a routine, let its first exercise (two reps of Clams) run out, kill -9 the app
    in the get-ready of the second, and read the history at once."""
    with Desk(tmp_path_factory.mktemp("crash")) as desk:
        desk.import_routine("Cut Short", [
            {"exercise": "clams", "reps": 2, "sides": "right"},
            {"exercise": "glute-bridge", "reps": 30},
        ])
        run = desk.start()
        screen, a11y = run.screen, run.a11y
        choose_routine(screen, a11y, "Cut Short")
        screen.key("ctrl+Return")
        answer_pain_before(screen, a11y, "Cut Short", "Return")  # no rating today
        wait_button(a11y, "Pause")
        # The player's phase line reads "Get ready", then "Now" while an exercise is practised.
        phase = a11y.wait_one(ROLE_LABEL, "Get ready", MAIN, "the get-ready countdown")
        screen.key("Right")  # skip the get-ready: Clams starts at once

        def phase_is(text: str) -> Callable[[], bool]:
            def check() -> bool:
                try:
                    return phase.name == text
                except LookupError:
                    return False
            return check

        wait_for(phase_is("Now"), 15, "Clams to start")
        wait_for(phase_is("Get ready"), 15, "Clams to finish and the Glute Bridge to come up")
        run.app.crash()
        yield Crash(desk, history(desk.profile))


def history(profile: Path) -> list[dict[str, Any]]:
    sessions = json.loads(cli(profile, "history", "--json"))["sessions"]
    assert isinstance(sessions, list)
    return sessions


def assert_interrupted(sessions: list[dict[str, Any]]) -> None:
    assert [s["routine"]["name"] for s in sessions] == ["Cut Short"], sessions
    session = sessions[0]
    assert session["status"] == "interrupted"
    done = [(i["exercise"], i["side"], i["reps_done"]) for i in session["items"]
            if i["status"] == "done"]
    assert done == [("clams", "right", 2)]


def test_history_right_after_kill_lists_the_session_as_interrupted(crash: Crash) -> None:
    assert_interrupted(crash.history_right_after)


def test_reopen_after_kill_then_open_and_close_history(crash: Crash) -> None:
    run = crash.desk.start()  # the person opens the app again
    profile = crash.desk.profile
    wait_for(lambda: [s for s in history(profile) if s["status"] == "interrupted"], 15,
             "the cut-short session to be recorded as interrupted")
    assert_interrupted(history(profile))

    screen = run.screen
    assert screen.windows(HISTORY) == []
    screen.focus(screen.wait_window(MAIN))
    screen.key("ctrl+h")
    window = screen.wait_window(HISTORY)
    screen.close(window)  # the window manager's close button
    screen.wait_gone(HISTORY)
    assert screen.windows(MAIN), "closing History closed the main window too"
