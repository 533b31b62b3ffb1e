"""The main window: three areas wired by signals, plus menus, a toolbar and a status bar.

Left, the routines and the exercise library; in the middle, the selected routine's playlist
(both from the builder's ``RoutineWorkspace``); on the right, the idle panel or the player.
The window only wires: the session controller keeps the time, the views draw, the workspace
edits routines. While a routine plays, the left and middle areas fold away so the player has
the room, and come back when it ends. The menus, the toolbar and the remembered size and
place are put together in ui/window_frame.py.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QStyle,
    QWidget,
)

from pilates_desktop.core.errors import PilatesError
from pilates_desktop.core.routines import Routine
from pilates_desktop.core.text import fill
from pilates_desktop.core.timeline import RoutineTooLong, compile_timeline, routine_times
from pilates_desktop.services import settings as S
from pilates_desktop.services.prompter import Choice, Question, Role
from pilates_desktop.ui.builder.workspace import RoutineWorkspace
from pilates_desktop.ui.player.controls import PlayerActions, tinted_icon
from pilates_desktop.ui.player.idle_panel import IdlePanel
from pilates_desktop.ui.widgets.reflow import fit_to_screen
from pilates_desktop.ui.widgets.status_line import StatusLine
from pilates_desktop.ui.window_frame import (
    AppActions,
    build_menus,
    remember_frame,
    remember_panels,
    restore_frame,
)

if TYPE_CHECKING:
    from pilates_desktop.services.bundle import Services
    from pilates_desktop.services.cues.service import Cues
    from pilates_desktop.services.session import SessionController, SessionSummary
    from pilates_desktop.ui.player.view import PlayerView

STOP, KEEP, LEAVE_FOCUS = "stop", "keep", "leave-focus"
STOP_QUESTION = "stop-routine"  # the Prompter's key for "Stop the routine?"


class MainWindow(QMainWindow):
    player_built = Signal(object)  # the PlayerView, once, when the player is first built
    history_built = Signal(object)  # the HistoryView, each time History opens afresh

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main-window")
        # Last say on a reviewed routine before it plays (the lighter session after a worse
        # morning); None cancels the start. Set by ui/care/hookup.
        self.before_start: Callable[[Routine], Routine | None] = lambda routine: routine
        # Preferences › Health offers the red-flag questions (ui/care/hookup sets it).
        self.ask_safety_questions: Callable[[], object] | None = None
        self.services = services
        self.library, self.settings, self.app_state = (
            services.library, services.settings, services.app_state)
        self.clock, self.prompter = services.clock, services.prompter
        # The player (its view, session and cues) is built just after the first paint, or on
        # first use, whichever comes first: see build_player().
        self._player: tuple[SessionController, Cues, PlayerView] | None = None
        self.player_actions = PlayerActions(self)
        self.focus_window: Any = None
        self.summary_dialog: Any = None
        self.history_window: Any = None
        self.status_line = StatusLine(self.statusBar())  # a language switch writes it again
        self._sizes_before: list[int] | None = None
        self._said = ""  # the session's last status-bar line

        self.workspace = RoutineWorkspace(services, self)
        self._build_areas()
        self._build_actions()
        self._build_menus()
        self._wire()
        self.setAcceptDrops(True)
        self._restore()
        self.retranslate_ui()

    @property
    def history(self) -> Any:
        """The history store (opened just after the first paint: the first screen shows
        nothing from it)."""
        return self.services.history

    # --- building ------------------------------------------------------------------------

    def _build_areas(self) -> None:
        ws = self.workspace
        self.left = QSplitter(Qt.Orientation.Vertical, self)
        self.left.setObjectName("left-splitter")
        self.left.addWidget(ws.routines_panel)
        self.left.addWidget(ws.library_panel)
        self.start_action = QAction(self)
        self.start_action.setObjectName("start-routine")
        self.start_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("F5")])
        self.idle_panel = IdlePanel(self.library, self.start_action, self)
        self.right = QStackedWidget(self)
        self.right.setMinimumWidth(380)  # the player's own minimum only matters while it plays
        self.right.addWidget(self.idle_panel)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("main-splitter")
        self.splitter.addWidget(self.left)
        self.splitter.addWidget(ws.playlist_editor)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 4)
        self.splitter.setChildrenCollapsible(True)
        self.setCentralWidget(self.splitter)

    def _build_actions(self) -> None:
        def make(name: str, slot: Callable[[], Any], keys: list[Any] | None = None) -> QAction:
            a = QAction(self)
            a.setObjectName(name)
            if keys:
                a.setShortcuts([QKeySequence(k) for k in keys])
            a.triggered.connect(slot)
            return a

        self.quit_action = make("quit", self.close, [QKeySequence.StandardKey.Quit])
        self.prefs_action = make("preferences", self.show_preferences,
                                 [QKeySequence.StandardKey.Preferences, "Ctrl+,"])
        self.history_action = make("history", self.show_history, ["Ctrl+H"])
        self.shortcuts_action = make("shortcuts", self.show_shortcuts, ["F1"])
        self.about_action = make("about", self.show_about)
        self.safety_action = make("safety", self.show_safety)

    def _build_menus(self) -> None:
        acts = AppActions(self.start_action, self.quit_action, self.prefs_action,
                          self.history_action, self.shortcuts_action, self.safety_action,
                          self.about_action)
        m = build_menus(self, self.workspace.file_actions(), self.workspace.edit_actions(),
                        self.player_actions, acts)
        self.file_menu, self.edit_menu, self.view_menu = m.file, m.edit, m.view
        self.player_menu, self.history_menu, self.help_menu = m.player, m.history, m.help
        self.toolbar = m.toolbar
        # Flare-up Today (no shortcut) joins the menu when it first opens: the safety module
        # it comes from is not needed to paint the window.
        self._flare_up_action: Any = None
        self.player_menu.aboutToShow.connect(lambda: self.flare_up_action)

    @property
    def flare_up_action(self) -> Any:
        """Routine > Flare-up Today, built (and added to the menu) on first use."""
        if self._flare_up_action is None:
            from pilates_desktop.ui.dialogs.safety import FlareUpAction  # (settings helper)

            self._flare_up_action = FlareUpAction(self.settings, self)
            self.player_menu.addSeparator()
            self.player_menu.addAction(self._flare_up_action)
        return self._flare_up_action

    def _wire(self) -> None:
        ws = self.workspace
        ws.routine_selected.connect(self._on_routine_selected)
        ws.play_requested.connect(self.start_routine)
        ws.show_exercise.connect(self.idle_panel.show_exercise)
        self.start_action.triggered.connect(self._start_current)
        self.settings.watch(S.FONT_SCALE, self._on_font_scale)
        self.settings.health_changed.connect(self._on_health)
        self.settings.pace_changed.connect(self._on_pace)
        self.idle_panel.set_font_scale(self.settings.value(S.FONT_SCALE))

    # --- the player, built after the first paint ---------------------------------------------

    def build_player(self) -> None:
        """Build the player view, the session and the cues, if not built yet.

        The app calls this just after the window has painted once, so the first frame does
        not wait for it, and the first routine does not wait either; anything that needs the
        player before then (``start ROUTINE``, a test) builds it on first use.
        """
        if self._player is not None:
            return
        from pilates_desktop.ui.player.view import PlayerView

        sc, cues = self.services.session, self.services.cues
        view = PlayerView(self.library, self.player_actions, self.clock, self)
        self._player = (sc, cues, view)
        self.right.addWidget(view)
        pa = self.player_actions
        pa.pause.triggered.connect(sc.toggle_pause)
        pa.play.triggered.connect(sc.resume)
        pa.media_pause.triggered.connect(lambda: sc.pause())
        pa.next.triggered.connect(sc.skip)
        pa.back.triggered.connect(sc.back)
        pa.restart.triggered.connect(sc.restart_step)
        pa.stop.triggered.connect(self.request_stop)
        pa.hurts.triggered.connect(self.stop_hurts)
        pa.focus.toggled.connect(self.set_focus_mode)
        sc.started.connect(self._on_started)
        sc.state_changed.connect(self._on_state)
        sc.running_changed.connect(lambda running: pa.set_running(
            running or not sc.is_active()))
        sc.ended.connect(self._on_ended)
        sc.message.connect(self._show_session_message)
        sc.resumed.connect(self._clear_session_message)
        cues.unavailable.connect(lambda text: self.statusBar().showMessage(text, 15000))
        cues.flash.connect(self._flash)
        view.set_font_scale(self.settings.value(S.FONT_SCALE))
        # The player's card shows a caution when an exercise clashes with a health flag.
        view.card.set_health_flags(self.settings.health_flags())
        self.player_built.emit(view)

    @property
    def session(self) -> SessionController:
        self.build_player()
        assert self._player is not None
        return self._player[0]

    @property
    def cues(self) -> Cues:
        self.build_player()
        assert self._player is not None
        return self._player[1]

    @property
    def player_view(self) -> PlayerView:
        self.build_player()
        assert self._player is not None
        return self._player[2]

    def _session_active(self) -> bool:
        """Whether a routine is playing, without building the player to find out."""
        return self._player is not None and self._player[0].is_active()

    # --- state persistence -----------------------------------------------------------------

    def _restore(self) -> None:
        restore_frame(self, self.splitter, self.settings)
        last = self.settings.value(S.LAST_ROUTINE)
        if last:
            self.workspace.select_routine(last)
        self._on_routine_selected(self.workspace.current_routine())

    def save_state(self) -> None:
        remember_frame(self, self.settings)
        playing = self._sizes_before is not None
        if playing:  # keep the layout from before the session
            self._show_builder(True)
        remember_panels(self.splitter, self.settings)
        if playing:
            self._show_builder(False)

    # --- routines and the session --------------------------------------------------------

    def _on_routine_selected(self, routine: Routine | None) -> None:
        total = 0.0
        if routine is not None:
            self.settings.set_value(S.LAST_ROUTINE, routine.id)
            total = routine_times(routine, self.library, self.settings.pace()).total_s
        self.idle_panel.set_routine(routine, total)
        self.start_action.setEnabled(routine is not None and bool(routine.items)
                                     and not self._session_active())

    def _start_current(self) -> None:
        routine = self.workspace.current_routine()
        if routine is not None:
            self.start_routine(routine, 0)

    def start_routine(self, routine: Routine, item_index: int = 0, focus: bool = False) -> bool:
        """Review the routine for safety, then play it from ``item_index``."""
        if self.session.is_active() or not routine.items:
            return False
        from pilates_desktop.ui.dialogs.safety import review_routine

        reviewed = review_routine(self, routine, self.library, self.settings, self.app_state,
                                  self.prompter)
        reviewed = self.before_start(reviewed) if reviewed is not None else None
        if reviewed is None or not reviewed.items:
            return False
        from pilates_desktop.ui.dialogs.pain_question import ask_pain_before

        asked = ask_pain_before(self, self.clock, self.prompter, reviewed)
        if asked is None:
            return False
        try:
            timeline = compile_timeline(reviewed, self.library, self.settings.pace())
        except RoutineTooLong as exc:
            from pilates_desktop.i18n import routine_name

            self.prompter.tell(self, "routine-too-long", self.tr("Routine Too Long"), fill(
                self.tr("%1 would take about %2 hours. A routine can last at most %3 hours: "
                        "remove exercises or lower their doses."),
                routine_name(reviewed), f"{exc.total_s / 3600:.0f}", f"{exc.limit_s // 3600}"))
            return False
        self.session.start(reviewed, timeline, timeline.first_segment_of_item(item_index),
                           pain_before=asked.value)
        if focus:
            self.player_actions.focus.setChecked(True)
        return True

    def _on_started(self) -> None:
        """A session began (from here, the tray or a hand-over): the player takes the room."""
        sc = self.session
        assert sc.routine is not None and sc.timeline is not None
        if self._sizes_before is None:
            self._sizes_before = self.splitter.sizes()
        self._show_builder(False)
        self.player_view.begin(sc.routine, sc.timeline)
        self.right.setCurrentWidget(self.player_view)
        self.player_actions.set_session_active(True)
        self.player_actions.focus.setEnabled(True)
        self.start_action.setEnabled(False)

    def _show_builder(self, on: bool) -> None:
        """Fold the builder away while a routine plays, so the player has the whole window."""
        self.left.setVisible(on)
        self.workspace.playlist_editor.setVisible(on)
        if on and self._sizes_before is not None:
            self.splitter.setSizes(self._sizes_before)

    def _on_state(self, state: Any) -> None:
        self.player_view.show_state(state)
        if self.focus_window is not None and self.focus_window.isVisible() and state.segment:
            self.focus_window.show_state(state, self.player_view.meta_label.text())
            self.focus_window.counter.set_flash(self.player_view.counter.flash_level())

    def _flash(self) -> None:
        self.player_view.flash()
        if self.focus_window is not None:
            self.focus_window.counter.set_flash(1.0)

    def request_stop(self) -> None:
        """Esc: pause, ask, then stop, keep going, or (in focus mode) just leave focus."""
        if not self.session.is_active():
            return
        was_running = self.session.is_running()
        self.session.pause("confirm")
        answer = self.confirm_stop()
        if answer == STOP:
            self.session.stop()
            return
        if answer == LEAVE_FOCUS:
            self.player_actions.focus.setChecked(False)
        if was_running:
            self.session.resume()

    def confirm_stop(self) -> str:
        """Ask whether to stop the routine: STOP, KEEP or (in focus mode) LEAVE_FOCUS."""
        choices = [Choice(STOP, self.tr("Stop"), Role.DESTRUCTIVE),
                   Choice(KEEP, self.tr("Keep going"), Role.REJECT)]
        if self._focus_on():
            choices.append(Choice(LEAVE_FOCUS, self.tr("Leave focus mode"), Role.ACTION))
        question = Question(
            STOP_QUESTION, self.tr("Stop the routine?"),
            self.tr("Stop the routine here? What you did so far is saved."),
            tuple(choices), default=KEEP, escape=KEEP)
        return self.prompter.ask(self.focus_window if self._focus_on() else self, question)

    def stop_hurts(self) -> None:
        self.session.stop_hurts()

    def _on_ended(self, summary: SessionSummary) -> None:
        self.player_actions.focus.setChecked(False)
        self.player_actions.set_session_active(False)
        self.player_actions.set_running(True)
        self.right.setCurrentWidget(self.idle_panel)
        if self._sizes_before is not None:
            self._show_builder(True)
            self._sizes_before = None
        self._on_routine_selected(self.workspace.current_routine())
        self._clear_session_message()
        from pilates_desktop.ui.player.summary import SummaryDialog

        self.summary_dialog = SummaryDialog(summary, self.library, self.session.save_after,
                                            self.clock, self)
        self.summary_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.summary_dialog.open()

    def _show_session_message(self, text: str) -> None:
        self._said = text
        self.statusBar().showMessage(text)

    def _clear_session_message(self) -> None:
        """Clear what the session said (paused by sleep), not what others said since."""
        if self._player is not None and self.statusBar().currentMessage() == self._said:
            self.statusBar().clearMessage()

    def show_history_notice(self, notice: Any) -> None:
        """Tell the user about their history in one status-bar line (never a traceback)."""
        from pilates_desktop.ui.history.status import notice_text

        self.status_line.show(notice_text(notice), 30000,
                              lambda: self.show_history_notice(notice))

    def show_restore(self, outcome: object) -> None:
        """A restore ran (the number of sessions now) or, after waiting for a routine to end,
        failed (the error): one status-bar line, whether History is open or not."""
        from pilates_desktop.ui.history.status import restore_text

        self.statusBar().showMessage(restore_text(outcome), 30000)

    # --- focus mode ----------------------------------------------------------------------

    def _focus_on(self) -> bool:
        return self.focus_window is not None and self.focus_window.isVisible()

    def set_focus_mode(self, on: bool) -> None:
        if on and self.focus_window is None:
            from pilates_desktop.ui.player.focus import FocusWindow

            self.focus_window = FocusWindow(self.library, self)
            self.focus_window.addActions(self.player_actions.all())
            self.focus_window.closed.connect(lambda: self.player_actions.focus.setChecked(False))
        if self.focus_window is None:
            return
        if on:
            # Cover the screen this window is on even where no window manager does it for us.
            screen = self.screen()
            if screen is not None:
                self.focus_window.setGeometry(screen.geometry())
            self.focus_window.showFullScreen()
            self.focus_window.raise_()
            self.focus_window.activateWindow()
            state = self.session.state()
            if state is not None and state.segment is not None:
                self.focus_window.show_state(state, self.player_view.meta_label.text())
        elif self.focus_window.isVisible():
            self.focus_window.hide()
            self.activateWindow()

    # --- other windows -------------------------------------------------------------------

    def show_history(self) -> None:
        if self.history_window is None:
            from pilates_desktop.ui.history.view import HistoryView

            self.history_window = HistoryView(self.services.history_service, self.settings,
                                              self.library, self.prompter,
                                              origins=self.services.origins, clock=self.clock)
            self.history_window.setParent(self, Qt.WindowType.Window)
            fit_to_screen(self.history_window, 1000, 700)
            # Closed means gone: the charts free their memory, and reopening builds afresh.
            self.history_window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.history_window.destroyed.connect(self._history_closed)
            self.history_built.emit(self.history_window)
        self.history_window.show()
        self.history_window.raise_()
        self.history_window.activateWindow()

    def _history_closed(self, *_: Any) -> None:
        self.history_window = None

    def show_preferences(self) -> None:
        from pilates_desktop.ui.preferences.dialog import show_preferences
        show_preferences(self.settings, self.clock, self, app_state=self.app_state,
                         library=self.library, on_show_welcome=self.show_safety,
                         on_safety_questions=self.ask_safety_questions,
                         week_page=self._week_page,
                         sync_page=self.services.sync_page)

    def _week_page(self) -> QWidget:
        """Preferences > Week, over the schedule the app runs (if it has started yet)."""
        from pilates_desktop.i18n import routine_name
        from pilates_desktop.ui.preferences.week_page import WeekPage

        services = self.services
        repository = services.repository

        def title(name: str) -> str:
            try:
                return routine_name(repository.resolve(name))
            except PilatesError:
                return name

        return WeekPage(services.settings, services.clock, services.paths.reminders_file,
                        lambda: [(r.id, routine_name(r)) for r in repository.all()], title,
                        services.week,
                        services.paths.data_dir if services.paths.portable else None)

    def show_shortcuts(self) -> None:
        from pilates_desktop.ui.dialogs.shortcuts import ShortcutsDialog

        ShortcutsDialog(self, self).exec()

    def show_safety(self) -> None:
        from pilates_desktop.ui.dialogs.welcome import show_welcome

        show_welcome(self, self.settings)

    def show_about(self) -> None:
        from pilates_desktop.services.about import about
        from pilates_desktop.ui.dialogs.about import AboutDialog

        dialog = AboutDialog(about(self.services.paths.data_dir), self)
        dialog.exec()
        dialog.deleteLater()

    # --- events --------------------------------------------------------------------------

    def _on_font_scale(self, scale: int) -> None:
        if self._player is not None:
            self.player_view.set_font_scale(scale)
        self.idle_panel.set_font_scale(scale)

    def _on_health(self, flags: frozenset[str]) -> None:
        if self._player is not None:
            self.player_view.card.set_health_flags(flags)

    def _on_pace(self, _pace: object) -> None:
        self._on_routine_selected(self.workspace.current_routine())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        if any(u.isLocalFile() and u.toLocalFile().endswith(".json")
               for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        imported = [p for p in paths if p.endswith(".json") and self.workspace.import_file(p)]
        if imported:
            self.statusBar().showMessage(fill(self.tr("Imported %1"),
                                              ", ".join(Path(p).name for p in imported)), 8000)
        event.acceptProposedAction()

    def shut_down(self) -> None:
        """The run ends (the app quits, or a test is done): stop a routine without asking,
        save what the builder holds and close every window of the app."""
        if self._session_active():
            self.session.stop()
        if self.summary_dialog is not None:
            self.summary_dialog.close()
        self.workspace.shut_down()
        self._shut = True  # the services go with the run: nothing here follows them now
        if self.isVisible():
            self.close()
        for other in (self.focus_window, self.history_window):
            if other is not None:
                other.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self._session_active():
            if self.confirm_stop() != STOP:
                event.ignore()
                self.session.resume()
                return
            self.session.stop()
            if self.summary_dialog is not None:
                self.summary_dialog.close()
        self.save_state()
        if self.focus_window is not None:
            self.focus_window.close()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if getattr(self, "_shut", False):
            pass
        elif event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.PaletteChange:  # the theme changed
            self.player_actions.refresh_icons()
            self.start_action.setIcon(tinted_icon(QStyle.StandardPixmap.SP_MediaPlay))
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Pilates Desktop"))
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.player_menu.setTitle(self.tr("&Routine"))
        self.history_menu.setTitle(self.tr("&History"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        texts = {
            self.start_action: (self.tr("Start routine"), self.tr("Start the selected routine")),
            self.quit_action: (self.tr("&Quit"), self.tr("Quit Pilates Desktop")),
            self.prefs_action: (self.tr("&Preferences…"), self.tr("Pace, cues, look, health")),
            self.history_action: (self.tr("Show &history"), self.tr("Your practice over time")),
            self.shortcuts_action: (self.tr("&Keyboard shortcuts"),
                                    self.tr("All keys of the player")),
            self.safety_action: (self.tr("Welcome and &safety"),
                                 self.tr("How to practise safely; your health questions")),
            self.about_action: (self.tr("&About"), self.tr("About Pilates Desktop")),
        }
        for action, (text, tip) in texts.items():
            action.setText(text)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({keys})" if keys else tip)
            action.setStatusTip(tip)
        self.splitter.setAccessibleName(self.tr("Routines, playlist and player"))
        self.right.setAccessibleName(self.tr("Player"))
        self.player_actions.retranslate_ui()
        state = self.session.state() if self._session_active() else None
        if state is not None and state.segment is not None:
            self.player_view.retranslate_ui()
            self._on_state(state)  # redraw the texts now, even while paused
