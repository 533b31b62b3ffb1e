"""Shared fixtures. Every test runs offscreen with its data redirected to a temp folder.

Windows are never put together by hand here: ``make_app`` builds the real app through
``app.build_app``, as ``pilates-desktop`` does, with a FakeClock, a prompter that answers and
silent cues.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")
# The build tools (packaging/i18n_tools.py: ensure_built, ts_dir) are importable by the tests.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "packaging"))

# Importing the package pins None/True/False first (a PySide6 6.12 refcount bug on 3.11).
import data_folder as paths  # noqa: E402
import pytest  # noqa: E402

from pilates_desktop.core.clock import FakeClock  # noqa: E402
from pilates_desktop.paths import Paths  # noqa: E402
from pilates_desktop.services.prompter import Notice, Question  # noqa: E402


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path) -> Iterator[Path]:
    """Every user path (settings, routines, history) of this test is in a temp folder."""
    folder = tmp_path / "data"
    paths.set_data_dir(folder)  # for the tests' command-line helpers (tests/data_folder.py)
    yield folder
    paths.set_data_dir(None)


@pytest.fixture
def app_paths(data_dir: Path) -> Paths:
    """The one Paths object of this test's data folder, as ``build_app`` makes it."""
    return Paths.choose(data_dir)


CliRun = Callable[..., tuple[int, str, str]]


@pytest.fixture
def cli_run(data_dir: Path) -> CliRun:
    """``pilates-desktop --data-dir <this test's folder> ARGS`` in this process: it returns the
    exit status, standard output and standard error."""
    import io

    from pilates_desktop.cli.main import main

    def run(*argv: str) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        code = main(["--data-dir", str(data_dir), *argv], out=out, err=err)
        return code, out.getvalue(), err.getvalue()

    return run


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def library():  # type: ignore[no-untyped-def]
    from pilates_desktop.core.library import load_library

    return load_library()


@pytest.fixture
def settings(qapp: Any, app_paths: Paths, clock: FakeClock) -> Any:
    """The settings file of this test's data folder (an app built here reads the same)."""
    from pilates_desktop.services.settings import Settings

    return Settings.from_file(app_paths.settings_file, clock)


@pytest.fixture
def app_state(app_paths: Paths, clock: FakeClock) -> Any:
    from pilates_desktop.services.app_state import AppState

    return AppState(clock, app_paths.state_file)


class AnsweringPrompter:
    """Answers every question from ``answers`` (by the question's key) and records it.

    Without an answer a question gets its default button, a text or file question is
    cancelled, and one of the app's own dialogs is accepted. An answer may be a function of
    the question (or of the dialog, for ``run``).
    """

    def __init__(self) -> None:
        self.answers: dict[str, Any] = {}
        self.asked: list[tuple[str, str]] = []  # (key, text) of every question
        self.told: list[tuple[str, str, str]] = []  # (key, title, text)
        self.kinds: list[Notice] = []  # of each told message

    def _answer(self, key: str, default: Any, arg: Any) -> Any:
        answer = self.answers.get(key, default)
        return answer(arg) if callable(answer) else answer

    def ask(self, parent: Any, question: Question) -> str:
        self.asked.append((question.key, question.text))
        return str(self._answer(question.key, question.default, question))

    def ask_text(self, parent: Any, key: str, title: str, label: str, text: str = "") -> Any:
        self.asked.append((key, label))
        return self._answer(key, None, text)

    def open_file(self, parent: Any, key: str, title: str, folder: str, filters: str) -> Any:
        self.asked.append((key, title))
        answer = self._answer(key, None, folder)
        return Path(answer) if answer else None

    def save_file(self, parent: Any, key: str, title: str, suggestion: str,
                  filters: str) -> Any:
        self.asked.append((key, title))
        answer = self._answer(key, None, suggestion)
        return Path(answer) if answer else None

    def choose_folder(self, parent: Any, key: str, title: str, folder: str) -> Any:
        self.asked.append((key, title))
        answer = self._answer(key, None, folder)
        return Path(answer) if answer else None

    def tell(self, parent: Any, key: str, title: str, text: str,
             kind: Notice = Notice.WARNING) -> None:
        self.told.append((key, title, text))
        self.kinds.append(kind)

    def run(self, key: str, dialog: Any) -> bool:
        self.asked.append((key, dialog.windowTitle()))
        return bool(self._answer(key, True, dialog))

    def texts(self, key: str) -> list[str]:
        return [text for k, text in self.asked if k == key]


@pytest.fixture
def prompter() -> AnsweringPrompter:
    return AnsweringPrompter()


class Silent:
    """A cue backend that makes no sound (and records nothing)."""

    error = None

    def play(self, name: str, volume: float) -> None:
        pass

    def say(self, text: str, volume: float, queue: bool = False) -> None:
        pass


@pytest.fixture
def make_app(qtbot: Any, data_dir: Path, prompter: AnsweringPrompter
             ) -> Iterator[Callable[..., Any]]:
    """Build the real app (``build_app``) in this test's data folder; closed after the test.

    ``make_app("start", "desk-break")`` passes command-line arguments; ``clock`` and the cue
    backends may be given. The window is built, not shown.
    """
    from pilates_desktop.app import build_app
    from pilates_desktop.cli.main import build_parser

    made: list[Any] = []

    def make(*argv: str, clock: FakeClock | None = None,
             sound_factory: Callable[..., Any] | None = None,
             speech_factory: Callable[..., Any] | None = None,
             first_run: bool = False) -> Any:
        flags = ["--data-dir", str(data_dir)] + ([] if first_run else ["--no-first-run"])
        args = build_parser().parse_args([*flags, *argv])
        app = build_app(args, clock or FakeClock(), prompter,
                        sound_factory=sound_factory or (lambda parent: Silent()),
                        speech_factory=speech_factory or (lambda parent, voice: Silent()))
        made.append(app)
        if app.window is not None:
            qtbot.addWidget(app.window)
            app.window.test_clock = app.services.clock
        return app

    yield make
    for app in reversed(made):
        app.close()


@pytest.fixture
def make_window(make_app: Callable[..., Any]) -> Callable[..., Any]:
    """The main window of a freshly built app (its FakeClock is ``window.test_clock``)."""

    def make(**options: Any) -> Any:
        return make_app(**options).window

    return make


class Dialogs:
    """The builder's questions as the tests put them: a yes/no ``answer`` for every question,
    the ``text`` typed into a name box (and whether it was accepted), the file chosen to open
    or save as, and the warnings and questions shown."""

    def __init__(self, prompter: AnsweringPrompter) -> None:
        self._prompter = prompter
        self.answer = "yes"
        self.text: tuple[str, bool] = ("", False)
        self.open_path = ""
        self.save_path = ""
        for key in ("delete-routine", "copy-built-in", "restore-backup"):
            prompter.answers[key] = lambda question: self.answer
        for key in ("new-routine", "rename-routine"):
            prompter.answers[key] = lambda _text: self.text[0] if self.text[1] else None
        prompter.answers["import-routine"] = lambda _folder: self.open_path or None
        prompter.answers["export-routine"] = lambda _suggestion: self.save_path or None

    @property
    def warnings(self) -> list[str]:
        return [text for _key, _title, text in self._prompter.told]

    @property
    def questions(self) -> list[str]:
        return [text for key, text in self._prompter.asked
                if key in ("delete-routine", "copy-built-in", "restore-backup")]


@pytest.fixture
def dialogs(prompter: AnsweringPrompter) -> Dialogs:
    return Dialogs(prompter)


@pytest.fixture
def ws(make_app: Callable[..., Any], dialogs: Dialogs) -> Any:
    """The routine builder, in the main window of a freshly built app."""
    return make_app().window.workspace
