"""What a person does in Pilates Desktop, step by step, in terms of what they see: the
window's title, names on the screen (the accessible layout) and the README's shortcuts."""

from __future__ import annotations

import json
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from e2e.harness import (
    ROLE_LABEL,
    ROLE_LIST,
    ROLE_PUSH_BUTTON,
    ROLE_TABLE,
    ROLE_TABLE_CELL,
    STATE_SELECTED,
    Accessibility,
    App,
    Node,
    Screen,
    cli,
    session_bus,
    wait_for,
    write_settings,
    xvfb_display,
)

MAIN = "Pilates Desktop"

# The person's own settings, in the profile's settings.ini: a get-ready long enough that
# only a key ends it, a brisk rep (one rep of Clams takes 1.5 s), no rests, no sound.
SETTINGS = {
    "practice": {"get_ready_s": "30", "rep_pace_s": "1.5", "default_rest_s": "0"},
    "cues": {"sound_on": "false", "voice_on": "false"},
}


@dataclass
class Running:
    """One started app: the process, its windows on the screen, its accessible layout."""

    app: App
    screen: Screen
    a11y: Accessibility


class Desk:
    """A person's computer: a private X screen and bus, a profile folder (``--data-dir``),
    and the app, started as often as the test needs. Leaving it ends every process it
    started, by PID; an app that reported an unexpected error fails the test."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.profile = folder / "profile"
        self._stack = ExitStack()
        self._apps: list[App] = []
        self.display = self.bus = ""

    def __enter__(self) -> Desk:
        with ExitStack() as stack:
            self.display = stack.enter_context(xvfb_display())
            self.bus = stack.enter_context(session_bus())
            self._stack = stack.pop_all()
        write_settings(self.profile, SETTINGS)
        return self

    def import_routine(self, name: str, items: list[dict[str, Any]]) -> None:
        """Import a routine file through the command line, before the app starts."""
        path = self.folder / f"{len(list(self.folder.glob('*.routine.json')))}.routine.json"
        path.write_text(json.dumps({"format": "pilates-desktop/routine", "version": 1,
                                    "name": name, "items": items}), encoding="utf-8")
        cli(self.profile, "import", str(path))

    def start(self) -> Running:
        """Open the app and wait for its main window and its accessible layout."""
        app = App(self.display, self.profile, "--no-first-run", a11y_bus=self.bus)
        self._apps.append(app)
        screen = Screen(self.display, app.pid)
        screen.wait_window(MAIN, timeout=40)
        a11y = Accessibility(self.bus, app.pid)
        self._stack.callback(a11y.close)
        return Running(app, screen, a11y)

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 tb: TracebackType | None) -> None:
        try:
            for app in self._apps:
                app.end()
        finally:
            self._stack.close()
        if kind is None:
            for app in self._apps:
                assert not app.problems(), "the app reported an error:\n" + app.stderr.text()


def choose_routine(screen: Screen, a11y: Accessibility, name: str) -> None:
    """Click into the routine list and type the routine's name, as one picks a file."""
    routines = a11y.wait_one(ROLE_LIST, "Routines", MAIN, "the routine list")
    first = wait_for(lambda: [n for n in routines.children() if n.showing()], 10,
                     "a routine in the list")
    screen.click(first[0].center())
    screen.type(name)

    def chosen() -> bool:
        return any(n.name == name and STATE_SELECTED in n.states()
                   for n in routines.children())

    wait_for(chosen, 10, f"the routine {name!r} to be selected")


def playlist_rows(a11y: Accessibility) -> list[Node]:
    """The rows of the routine shown in the builder ("1. The Hundred: ...")."""
    table = a11y.wait_one(ROLE_TABLE, "Routine exercises", MAIN, "the routine's exercises")
    return [c for c in table.children() if c.role == ROLE_TABLE_CELL]


def row_names(a11y: Accessibility) -> list[str]:
    """The exercise of each row, in order: "2. Clams: Reps 10, ..." gives "Clams"."""
    return [c.name.split(". ", 1)[1].split(":", 1)[0] for c in playlist_rows(a11y)]


def wait_button(a11y: Accessibility, name: str, window: str = MAIN) -> Node:
    """A button called ``name`` on the screen (the toolbar and the player may both show one)."""
    return a11y.wait_showing(ROLE_PUSH_BUTTON, name, window, f"a {name!r} button")[0]


def answer_pain_before(screen: Screen, a11y: Accessibility, routine: str, key: str) -> None:
    """Starting a routine asks how the back feels: a digit key rates and starts, Return starts
    without a rating. The pointer goes onto the question first: keys go where it is."""
    title = f"Start {routine}"
    screen.wait_window(title)
    question = a11y.wait_one(ROLE_LABEL, "How does your back feel right now?", title,
                             "the pain question")
    screen.click(question.center())
    screen.key(key)
    screen.wait_gone(title)


def json_routines(profile: Path) -> list[dict[str, Any]]:
    """``pilates-desktop routines --json``: every routine with its item count."""
    routines = json.loads(cli(profile, "routines", "--json"))
    assert isinstance(routines, list)
    return routines
