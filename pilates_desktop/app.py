"""Builds the QApplication, its translators and paths, and the main window.

The shared objects (library, settings, app state, history) are created here once and passed
down through constructors; no widget reaches for a global. Heavy modules (QtMultimedia,
speech, pyqtgraph) are not imported here: they load when first used, so the window paints
quickly.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Callable
from importlib import resources
from types import TracebackType
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from pilates_desktop import APP_ID, APP_NAME, ORG_NAME, __version__, paths
from pilates_desktop.core.clock import Clock


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    icon = resources.files("pilates_desktop.assets").joinpath("icon.svg")
    app.setWindowIcon(QIcon(str(icon)))
    return app


def install_excepthook(clock: Clock) -> None:
    """Log any uncaught error to <data dir>/logs/ and show a friendly message, never a trace."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        import traceback  # only when something went wrong: not part of every start-up

        from PySide6.QtWidgets import QMessageBox

        text = "".join(traceback.format_exception(kind, exc, tb))
        log = None
        try:
            folder = paths.ensure(paths.data_dir() / "logs")
            log = folder / f"error-{clock.now():%Y%m%d-%H%M%S}.log"
            log.write_text(f"Pilates Desktop {__version__}\n{text}", encoding="utf-8")
        except OSError:
            log = None
        print(f"pilates-desktop: unexpected error: {exc!r}"
              + (f" (details in {log})" if log else ""), file=sys.stderr)
        if QApplication.instance() is not None:
            where = (QApplication.translate("App", "The details were saved to %1.")
                     .replace("%1", str(log)) if log else "")
            QMessageBox.warning(
                None, QApplication.translate("App", "Something went wrong"),
                QApplication.translate(
                    "App", "Pilates Desktop hit an unexpected problem and carried on. "
                    "What you practised so far is saved.") + (f"\n\n{where}" if where else ""))

    sys.excepthook = hook


class _AfterFirstPaint(QObject):
    """Runs work the first frame does not need just after the window has painted once."""

    def __init__(self, window: QObject, jobs: list[Callable[[], Any]]) -> None:
        super().__init__(window)
        self._jobs = jobs
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint and self._jobs:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._run)
        return False

    def _run(self) -> None:
        jobs, self._jobs = self._jobs, []
        for job in jobs:
            job()


class _FirstPaint(QObject):
    """For start-up benchmarks: note the first paint of the main window, then quit."""

    def __init__(self, app: QApplication, clock: Clock) -> None:
        super().__init__(app)
        self._app = app
        self._clock = clock
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if not self._done and event.type() == QEvent.Type.Paint:
            self._done = True
            # The children paint in the same pass: stamp once the whole frame is drawn.
            QTimer.singleShot(0, self._finish)
        return False

    def _finish(self) -> None:
        print(f"first-paint-wall {self._clock.wall():.6f}", file=sys.stderr, flush=True)
        if sys.platform != "win32":
            import resource

            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            print(f"first-paint-maxrss {peak}", file=sys.stderr, flush=True)
        self._app.exit(0)


def _resolve_start(args: argparse.Namespace, library: Any) -> Any:
    """The routine of ``start ROUTINE``; errors propagate (one line on stderr, exit 2)."""
    if getattr(args, "command", None) != "start":
        return None
    return _repository(library).resolve(args.routine)


def _repository(library: Any) -> Any:
    from pilates_desktop.core.routines.repository import RoutineRepository
    from pilates_desktop.routine_store import write_text_atomically

    return RoutineRepository(paths.routines_dir(), library, write_text_atomically)


def run_gui(args: argparse.Namespace, clock: Clock) -> int:
    from pilates_desktop.core.library import load_library

    library = load_library()
    routine = _resolve_start(args, library)  # before any window: a bad name exits at once

    app = create_application()
    install_excepthook(clock)
    from pilates_desktop.settings import LANGUAGE, THEME, WELCOME_ACKNOWLEDGED, Settings
    from pilates_desktop.single_instance import SingleInstance

    single = SingleInstance(app)
    # The lock now; the hand-over server once the window has painted (send() waits).
    if not single.lock():
        message = f"start {routine.source_path or routine.id}" if routine else "raise"
        if single.send(message):
            return 0
        # the other instance did not answer: carry on alone

    settings = Settings(clock, app)
    _install_translators(app, settings.value(LANGUAGE))
    _apply_theme(app, settings.value(THEME))
    settings.changed.connect(lambda key: _on_setting(app, settings, key))

    from pilates_desktop.app_state import AppState
    from pilates_desktop.core.history import HistoryStore

    app_state = AppState(clock, parent=app)
    opened = HistoryStore.open(paths.history_db(), backups_dir=paths.backups_dir(),
                               now=clock.now)
    history = opened.store

    first_run = not getattr(args, "no_first_run", False) and not settings.value(
        WELCOME_ACKNOWLEDGED)
    if first_run:
        _resume_gc()  # a person reads the welcome: no hurry now
        if not _welcome(settings):
            return 0

    from pilates_desktop.ui.main_window import MainWindow

    window = MainWindow(library, settings, app_state, history, clock,
                        repository=_repository(library))
    after_paint: list[Callable[[], Any]] = [_resume_gc, window.build_player, single.listen]
    # ... and within a second in any case, should the window not paint (started minimised).
    QTimer.singleShot(1000, single.listen)
    QTimer.singleShot(1000, _resume_gc)
    _AfterFirstPaint(window, after_paint)
    if os.environ.get("PILATES_EXIT_AFTER_PAINT") == "1":
        window.installEventFilter(_FirstPaint(app, clock))
    history.on_notice = window.show_history_notice  # a failed write, kept for a retry
    for notice in opened.notices:
        if notice.is_problem:
            window.show_history_notice(notice)
    if app_state.load_error:
        window.statusBar().showMessage(app_state.load_error, 30000)
    single.message_received.connect(lambda msg: _on_message(window, library, msg))
    window.show()
    if routine is not None:
        focus = bool(getattr(args, "focus", False))
        QTimer.singleShot(0, lambda: _start(window, routine, focus))
    code = app.exec()
    history.close()
    single.release()
    return int(code)


def _resume_gc() -> None:
    """Collect cycles again (the command line paused it for start-up, see cli.main).

    What start-up built lives as long as the app does, so it is frozen first: later
    collections, including those during a routine, no longer walk it.
    """
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def _start(window: Any, routine: Any, focus: bool) -> None:
    window.workspace.select_routine(routine.id)
    window.start_routine(routine, 0, focus=focus)


def _on_message(window: Any, library: Any, message: str) -> None:
    """A second launch handed over: raise the window, and start a routine if asked."""
    window.showNormal() if window.isMinimized() else window.show()
    window.raise_()
    window.activateWindow()
    if message.startswith("start "):
        from pilates_desktop.core.errors import PilatesError

        try:
            routine = _repository(library).resolve(message[6:])
        except PilatesError as exc:
            window.statusBar().showMessage(str(exc), 15000)
            return
        if window.session.is_active():
            window.statusBar().showMessage(QApplication.translate(
                "MainWindow", "A routine is already playing; stop it first to start another."),
                15000)
            return
        _start(window, routine, False)


def _install_translators(app: QApplication, language: str) -> None:
    from pilates_desktop.i18n import install_translators

    install_translators(app, language)


def _apply_theme(app: QApplication, name: str) -> None:
    from pilates_desktop.ui.theme import apply_theme

    apply_theme(app, name)


def _on_setting(app: QApplication, settings: Any, key: str) -> None:
    from pilates_desktop.settings import LANGUAGE, THEME

    if key == THEME.key:
        _apply_theme(app, settings.value(THEME))
    elif key == LANGUAGE.key:
        _install_translators(app, settings.value(LANGUAGE))


def _welcome(settings: Any) -> bool:
    """The first-run welcome (safety notes); False when the user declines."""
    from pilates_desktop.ui.welcome import run_welcome

    return run_welcome(settings, None)
