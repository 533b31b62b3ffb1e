"""The composition root: ``build_app(args, clock, prompter)`` makes everything once.

The QApplication (constructed here and nowhere else), the paths, the library, the settings,
the app state, the history, the routine repository and the main window are made here and
passed down through constructors; no widget reaches for a global or makes a service. The
command line's own commands use ``build_core`` (the same parts, without a window). Tests build
the real app through ``build_app`` with a FakeClock and a prompter that answers.

Heavy modules (QtMultimedia, speech, pyqtgraph) are not imported here: they load when first
used, so the window paints quickly.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from pilates_desktop import APP_NAME, DESKTOP_ID, ORG_NAME, __version__
from pilates_desktop.core.clock import Clock
from pilates_desktop.core.text import fill
from pilates_desktop.paths import Paths, ensure

if TYPE_CHECKING:
    from pilates_desktop.core.history import HistoryStore
    from pilates_desktop.core.library import Library
    from pilates_desktop.core.routines import Routine
    from pilates_desktop.core.routines.repository import RoutineRepository
    from pilates_desktop.services.bundle import Services
    from pilates_desktop.services.cues.service import SoundFactory, SpeechFactory
    from pilates_desktop.services.desktop.single_instance import SingleInstance
    from pilates_desktop.services.history import HistoryService
    from pilates_desktop.services.prompter import Prompter
    from pilates_desktop.services.settings import Settings
    from pilates_desktop.ui.main_window import MainWindow
    from pilates_desktop.ui.tray.week import Week


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    # The menu entry's name (packaging/), so Wayland docks match the window to it.
    app.setDesktopFileName(DESKTOP_ID)
    # The PNG sizes rendered from icon.svg (packaging/make_icons.py): the SVG engine would
    # load QtSvg at every start, a few MiB the background instance has no use for.
    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        icon.addFile(str(resources.files("pilates_desktop.assets").joinpath(
            f"icons/icon-{size}.png")))
    app.setWindowIcon(icon)
    return app


def install_excepthook(clock: Clock, logs_dir: Path, prompter: Prompter) -> None:
    """Log any uncaught error to <data dir>/logs/ and show a friendly message, never a trace."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        import traceback  # only when something went wrong: not part of every start-up

        text = "".join(traceback.format_exception(kind, exc, tb))
        log = None
        try:
            folder = ensure(logs_dir)
            log = folder / f"error-{clock.now():%Y%m%d-%H%M%S}.log"
            log.write_text(f"Pilates Desktop {__version__}\n{text}", encoding="utf-8")
        except OSError:
            log = None
        print(f"pilates-desktop: unexpected error: {exc!r}"
              + (f" (details in {log})" if log else ""), file=sys.stderr)
        where = (fill(QApplication.translate("App", "The details were saved to %1."),
                      str(log)) if log else "")
        prompter.tell(None, "unexpected-error",
                      QApplication.translate("App", "Something went wrong"),
                      QApplication.translate(
                          "App", "Pilates Desktop hit an unexpected problem and carried on. "
                          "What you practised so far is saved.") + (f"\n\n{where}" if where
                                                                      else ""))

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
        import time  # CPU time so far, for the benchmark (steadier than the wall clock)

        print(f"first-paint-cpu {time.process_time():.6f}", file=sys.stderr, flush=True)
        if sys.platform != "win32":
            import resource

            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            print(f"first-paint-maxrss {peak}", file=sys.stderr, flush=True)
        self._app.exit(0)



# --- the composition root ----------------------------------------------------------------------


@dataclass
class Core:
    """What every front end needs, window or not: the command line's commands use this alone."""

    clock: Clock
    paths: Paths
    library: Library
    repository: RoutineRepository

    def settings(self, parent: QObject | None = None, *, repair: bool = False) -> Settings:
        from pilates_desktop.services.settings import Settings

        return Settings.from_file(self.paths.settings_file, self.clock, parent, repair=repair)


def build_core(args: argparse.Namespace, clock: Clock) -> Core:
    from pilates_desktop.core.library import load_library
    from pilates_desktop.core.routines.repository import RoutineRepository
    from pilates_desktop.services.files import write_text_atomically

    paths = Paths.choose(getattr(args, "data_dir", None))
    library = load_library()
    return Core(clock, paths, library,
                RoutineRepository(paths.routines_dir, library, write_text_atomically))


@dataclass
class App:
    """One run of the application: its services, its main window, and how it ends."""

    qapp: QApplication
    core: Core
    services: Services | None = None
    window: MainWindow | None = None
    single: SingleInstance | None = None
    exit_code: int | None = None  # set when start-up ended before a window (handed over...)
    start: Routine | None = None
    focus: bool = False
    history: HistoryService | None = None  # retries refused writes on a timer, and at quit
    background: bool = False  # --background: the tray and the schedule, a window on demand
    no_first_run: bool = False
    week: Week | None = None
    _opened: Any = field(default=None, repr=False)  # the history's opening, for its notices
    _closed: bool = field(default=False, repr=False)

    def run(self) -> int:
        """Show the window (or, with ``--background``, the tray) and run until the app quits;
        returns the exit status."""
        if self.exit_code is not None or (self.window is None and not self.background):
            return self.exit_code or 0
        assert self.services is not None
        install_excepthook(self.core.clock, self.core.paths.logs_dir, self.services.prompter)
        if self.window is None:
            assert self.week is not None
            if not self.week.to_tray():
                print("pilates-desktop: this desktop has no tray; reminders still come as "
                      "notifications", file=sys.stderr)
            try:
                return int(self.qapp.exec())
            finally:
                self.close()
        window = self.window
        window.show()
        if self.start is not None:
            routine, focus = self.start, self.focus
            QTimer.singleShot(0, lambda: start_routine(window, routine, focus))
        try:
            return int(self.qapp.exec())
        finally:
            self.close()

    def ensure_window(self) -> MainWindow | None:
        """The main window, made on first need (``--background`` starts without one); None
        when the first-run welcome is declined."""
        if self.window is None and self.services is not None:
            if not _welcomed(self.services.settings, self.services.prompter,
                             self.no_first_run):
                return None
            if self.background:
                from pilates_desktop.ui.widgets.theme import install_theme

                install_theme(self.qapp, self.services.settings)
            _make_window(self, self.services)
        return self.window

    def start_week(self) -> None:
        """The schedule and the tray (after the first paint, or at once in the background)."""
        if self.week is not None or self.services is None or self._closed:
            return
        from pilates_desktop.services.schedule import build_schedule
        from pilates_desktop.ui.tray.week import Week

        services = self.services
        schedule = build_schedule(services.clock, services.paths, services.settings,
                                  lambda name: _routine_title(services.repository, name),
                                  services.owner)
        services.week = schedule
        self.week = Week(self.qapp, schedule, services.settings, self.ensure_window,
                         lambda window, name: _start_named(window, services.repository, name),
                         self.qapp.windowIcon(),
                         lambda name: _routine_title(services.repository, name),
                         services.owner)
        schedule.start()

    def open_history(self) -> HistoryStore:
        """Open the history (its daily backup and the closing of sessions cut short
        included), once: the services' ``history`` calls this on first use, and the window
        just after its first paint."""
        services = self.services
        assert services is not None
        if services.history_opened:
            return services.history  # type: ignore[no-any-return]
        from pilates_desktop.core.history import HistoryStore
        from pilates_desktop.services.history import HistoryService

        paths, clock = services.paths, services.clock
        opened = self._opened = HistoryStore.open(paths.history_db, backups_dir=paths.backups_dir,
                                                  now=clock.now)
        services._history = opened.store
        self.history = HistoryService(opened.store, services.owner)
        self.history.start_retrying()
        services._history_service = self.history
        if services.sync is not None:
            self.history.changed.connect(services.sync.on_history_changed)
        if self.window is not None:
            _history_into_window(self, self.window)
        return opened.store

    def start_sync(self) -> None:
        """The sync service (after the first paint, or at once in the background): it syncs
        now if a folder is set, and then after sessions, routine edits and arriving files."""
        services = self.services
        if services is None or services.sync is not None or self._closed:
            return
        from pilates_desktop.services.sync import build_sync

        paths = services.paths
        store = services.history  # opened first, if it was not yet
        sync = services.sync = build_sync(paths.data_dir, paths.routines_dir, store,
                                          services.repository, services.clock, services.owner)
        if self.history is not None:
            self.history.changed.connect(sync.on_history_changed)
        if services.session_built:  # a session is synced once it has ended
            services.session.running_changed.connect(sync.on_session_running)
        if self.window is not None:
            _sync_into_window(services, self.window)
        sync.start()

    def close(self) -> None:
        """End the run: stop a session, close the window, the history and the lock."""
        if self._closed:
            return
        self._closed = True
        if self.week is not None:
            self.week.close()
        if self.window is not None:
            self.window.shut_down()
        if self.services is not None and self.services.sync is not None:
            self.services.sync.stop()  # before the history it writes to is closed
        if self.history is not None:
            self.history.flush()  # writes the file refused so far: once more, not dropped
        if self.services is not None:
            self.services.routines.close()
            if self.services.history_opened:  # (a run that ended before opening it)
                self.services.history.close()
            # At once, not deleteLater(): a run that ends may be followed by another in the same
            # process (tests), and file watches and timers must not outlive their run.
            import shiboken6

            shiboken6.delete(self.services.owner)
        if self.single is not None:
            self.single.release()


def build_app(args: argparse.Namespace, clock: Clock, prompter: Prompter, *,
              sound_factory: SoundFactory | None = None,
              speech_factory: SpeechFactory | None = None) -> App:
    """Make every service once, and the main window (not shown yet: ``App.run`` shows it).

    A routine named by ``start ROUTINE`` that does not exist raises before anything else
    (one line on stderr, exit 2). A second launch on the same data folder hands its request
    to the first and ends (``exit_code`` 0), and so does a first run whose welcome is declined.
    """
    core = build_core(args, clock)
    routine = None
    if getattr(args, "command", None) == "start":
        routine = core.repository.resolve(args.routine)  # a bad name exits before a window

    qapp = create_application()
    app = App(qapp, core, start=routine, focus=bool(getattr(args, "focus", False)),
              background=bool(getattr(args, "background", False)),
              no_first_run=bool(getattr(args, "no_first_run", False)))
    from pilates_desktop.services.desktop.single_instance import SingleInstance

    problem = core.paths.problem()
    if problem is not None:  # a data folder that is a file: say so, not a silent exit
        print(f"pilates-desktop: {problem}", file=sys.stderr, flush=True)
        prompter.tell(None, "data-dir-unusable", QCoreApplication.translate(
            "App", "Pilates Desktop"), fill(QCoreApplication.translate(
                 "App", "Your data folder cannot be used: %1"),
                                            problem))
        app.exit_code = 2
        return app
    core.paths.ensure_data_dir()
    app.single = SingleInstance.for_paths(core.paths)
    # The lock now, before the history is opened; the hand-over server once the window has
    # painted (a second launch in between waits for it).
    if not app.single.lock():
        if app.background:  # already running: that instance has the schedule and the tray
            app.exit_code = 0
            return app
        message = f"start {routine.source_path or routine.id}" if routine else "raise"
        if app.single.send(message):
            app.exit_code = 0
            return app
        # the other instance did not answer: carry on alone

    from pilates_desktop.services.app_state import AppState
    from pilates_desktop.services.bundle import Services

    owner = QObject()
    settings = core.settings(owner, repair=True)
    from pilates_desktop.i18n import install_language
    from pilates_desktop.ui.widgets.theme import install_theme

    install_language(qapp, settings)
    if not app.background:  # the background instance themes its window when it makes it
        install_theme(qapp, settings)
    app_state = AppState(clock, core.paths.state_file, owner)
    from pilates_desktop.services.routines import RoutinesService

    services = Services(clock, prompter, core.paths, core.library, settings, app_state,
                        app.open_history, core.repository,
                        RoutinesService(core.repository, owner), owner, sound_factory,
                        speech_factory)
    app.services = services
    if app.background:
        app.single.listen()
        app.start_week()
        if not app.no_first_run:  # the morning check-in, window or not
            from pilates_desktop.ui.care import hookup

            hookup.in_tray(services)
        app.start_sync()  # the tray instance syncs too, from the start
        app.single.message_received.connect(lambda message: _handover(app, message))
        return app
    if not _welcomed(settings, prompter, bool(getattr(args, "no_first_run", False))):
        app.exit_code = 0  # the user chose not to go on
        app.close()
        return app
    _make_window(app, services)
    app.single.message_received.connect(lambda message: _handover(app, message))
    return app


def _make_window(app: App, services: Services) -> MainWindow:
    from pilates_desktop.ui.main_window import MainWindow

    window = app.window = MainWindow(services)
    single = app.single
    assert single is not None
    from pilates_desktop.ui.care import hookup

    hookup.attach(window, services)
    after_paint: list[Callable[[], Any]] = [_resume_gc, window.build_player, single.listen,
                                            app.start_week]
    # The red-flag screen and the morning check-in, when due; --no-first-run (kiosks,
    # automation) asks nothing at start.
    if not app.no_first_run:
        after_paint.append(lambda: hookup.at_start(window, services))
    # ... and within a second in any case, should the window not paint (started minimised).
    QTimer.singleShot(1000, single.listen)
    QTimer.singleShot(1000, _resume_gc)
    _AfterFirstPaint(window, after_paint)
    if os.environ.get("PILATES_EXIT_AFTER_PAINT") == "1":
        window.installEventFilter(_FirstPaint(app.qapp, services.clock))
    if services.history_opened:  # (the tray instance's window: the history is open)
        _history_into_window(app, window)
    else:  # the first screen shows nothing from the history: it opens once the window shows
        after_paint.insert(1, app.open_history)
    if services.sync is not None:  # the tray instance's window: its sync runs already
        _sync_into_window(services, window)
    else:  # the sync service, and the first sync, once the window shows (or Preferences)
        after_paint.append(app.start_sync)
        services.sync_page = lambda: _sync_page(app)
    if services.app_state.load_error:
        window.statusBar().showMessage(services.app_state.load_error, 30000)
    settings, prompter = services.settings, services.prompter
    if settings.load_error:  # once the window shows: a file of the user's was set aside
        error = settings.load_error
        QTimer.singleShot(0, lambda: prompter.tell(window, "settings-unreadable",
                                                    QCoreApplication.translate(
                                                        "App", "Pilates Desktop"), error))
    return window


def _history_into_window(app: App, window: MainWindow) -> None:
    """The history's problems at opening, and its later notices, in the window's status bar."""
    if app.history is not None:
        app.history.notice.connect(window.show_history_notice)  # a write kept for a retry
        app.history.restored.connect(window.show_restore)  # also one that waited for a session
        app.history.restore_failed.connect(window.show_restore)
    if app._opened is not None:
        for notice in app._opened.notices:
            if notice.is_problem:
                window.show_history_notice(notice)


def _sync_into_window(services: Services, window: MainWindow) -> None:
    """The window reloads what a sync changed and says when one failed; Preferences get their
    Sync page."""
    from pilates_desktop.ui.preferences.sync_page import connect_window, page_maker

    assert services.sync is not None
    connect_window(services.sync, window)
    services.sync_page = page_maker(services.sync, services.prompter, services.clock)


def _sync_page(app: App) -> QWidget:
    """Preferences' Sync page, should Preferences open before the sync service was made."""
    app.start_sync()
    services = app.services
    assert services is not None and services.sync is not None
    from pilates_desktop.ui.preferences.sync_page import SyncPage

    return SyncPage(services.sync, services.prompter, services.clock)


def _resume_gc() -> None:
    """Collect cycles again (the command line paused it for start-up, see cli.main).

    What start-up built lives as long as the app does, so it is frozen first: later
    collections, including those during a routine, no longer walk it.
    """
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def _welcomed(settings: Settings, prompter: Prompter, no_first_run: bool) -> bool:
    """The first-run welcome, when it was never acknowledged; False when declined."""
    from pilates_desktop.services.settings import WELCOME_ACKNOWLEDGED

    if no_first_run or settings.value(WELCOME_ACKNOWLEDGED):
        return True
    from pilates_desktop.ui.dialogs.welcome import run_first_run

    return run_first_run(None, settings, prompter, before=_resume_gc)


def start_routine(window: MainWindow, routine: Routine, focus: bool) -> None:
    window.workspace.select_routine(routine.id)
    window.start_routine(routine, 0, focus=focus)


def _handover(app: App, message: str) -> None:
    """A second launch handed over: the window (made now, in the background) takes it."""
    window = app.week.open_window() if app.week is not None else app.ensure_window()
    if window is not None and app.services is not None:
        _on_message(window, app.services.repository, message)


def _on_message(window: Any, repository: RoutineRepository, message: str) -> None:
    """Raise the window, and start a routine if asked."""
    window.showNormal() if window.isMinimized() else window.show()
    window.raise_()
    window.activateWindow()
    if message.startswith("start "):
        from pilates_desktop.core.errors import PilatesError

        try:
            _start_named(window, repository, message[6:])
        except PilatesError as exc:
            window.statusBar().showMessage(str(exc), 15000)


def _start_named(window: Any, repository: RoutineRepository, name: str) -> None:
    """Start the routine called ``name`` (errors propagate: the caller shows them)."""
    routine = repository.resolve(name)
    if window.session.is_active():
        window.statusBar().showMessage(QApplication.translate(
            "MainWindow", "A routine is already playing; stop it first to start another."),
            15000)
        return
    start_routine(window, routine, False)


def _routine_title(repository: RoutineRepository, name: str) -> str:
    """A routine's name as the user reads it (built-in names translated)."""
    from pilates_desktop.core.errors import PilatesError
    from pilates_desktop.i18n import routine_name

    try:
        return routine_name(repository.resolve(name))
    except PilatesError:
        return name
