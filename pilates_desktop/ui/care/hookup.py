"""Puts the care screens into the main window: History › Report for My Physiotherapist…,
Edit › Safety Questions… (the red-flag screen at any time), and, once the window has painted,
the red-flag screen and the morning check-in when they are due.

One call from the composition root (``app._make_window``), so the main window itself needs no
knowledge of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction

from pilates_desktop.ui.care.report_action import ReportAction

if TYPE_CHECKING:
    from pilates_desktop.core.routines import Routine
    from pilates_desktop.core.stats import Goal
    from pilates_desktop.services.bundle import Services
    from pilates_desktop.ui.care.flow import MorningWatch
    from pilates_desktop.ui.main_window import MainWindow


class SafetyQuestionsAction(QAction):
    def __init__(self, window: MainWindow, services: Services) -> None:
        super().__init__(window)
        self.triggered.connect(lambda: self._ask(window, services))
        window.installEventFilter(self)
        self.retranslate_ui()

    @staticmethod
    def _ask(window: MainWindow, services: Services) -> None:
        from pilates_desktop.ui.care.flow import ask_red_flags

        ask_red_flags(window, services.care, services.prompter)

    def retranslate_ui(self) -> None:
        self.setText(self.tr("Safety &Questions…"))
        self.setToolTip(self.tr("The questions about signs that need a doctor before you "
                                "practise; asked every 3 months"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return False


def _goal(services: Services) -> Goal:
    from pilates_desktop.core.stats import Goal, GoalKind
    from pilates_desktop.services.settings import GOAL_KIND, GOAL_MINUTES, GOAL_SESSIONS

    settings = services.settings
    kind = GoalKind(settings.value(GOAL_KIND))
    return Goal(kind, int(settings.value(GOAL_SESSIONS if kind is GoalKind.SESSIONS
                                         else GOAL_MINUTES)))


def attach(window: MainWindow, services: Services) -> list[QAction]:
    """Add the care actions to the window's menus; returns them (for tests)."""

    def weeks() -> int | None:
        view = window.history_window
        return view.range_weeks() if view is not None else None

    report = ReportAction(lambda: services.care, services.library, services.prompter,
                          lambda: _goal(services), services.repository.all, weeks,
                          services.settings.first_weekday, window)
    window.history_menu.addAction(report)
    questions = SafetyQuestionsAction(window, services)
    window.edit_menu.addAction(questions)
    window.ask_safety_questions = questions.trigger  # and on Preferences › Health
    kept: list[QObject] = []  # the pain flow, once the player is built
    window.player_built.connect(lambda view: kept.append(_pain_flow(window, services, view)))
    window.player_built.connect(lambda _view: kept.append(_builder_care(window, services)))
    window.history_built.connect(lambda view: _history_programmes(services, view))
    window.before_start = lambda routine: _before_start(window, services, routine)
    return [report, questions]


def _history_programmes(services: Services, view: Any) -> None:
    """History gets a Programmes tab: adherence to each physiotherapist's programme, week by
    week (shown only while some routine carries one)."""
    from pilates_desktop.i18n import routine_name
    from pilates_desktop.ui.care.prescription_view import Programme, ProgrammeTree

    def programmes() -> list[Programme]:
        care = services.care
        return [(routine_name(r), r.prescription, care.adherence(r))
                for r in services.repository.all() if r.prescription is not None]

    tree = ProgrammeTree(programmes, view)
    tabs = view.tabs
    index = tabs.addTab(tree, "")

    def update() -> None:
        tree.refresh()
        tabs.setTabVisible(index, len(tree) > 0)

    tabs.setTabText(index, tree.title())
    tree.retranslated.connect(lambda: tabs.setTabText(index, tree.title()))
    update()
    view.refreshed.connect(update)


def _pain_flow(window: MainWindow, services: Services, view: object) -> QObject:
    from pilates_desktop.core.timeline import compile_timeline
    from pilates_desktop.ui.care.pain_flow import PainFlow

    return PainFlow(
        services.session, view, services.library, services.prompter, services.clock,
        lambda routine: compile_timeline(routine, services.library, services.settings.pace()),
        window)


def _builder_care(window: MainWindow, services: Services) -> QObject:
    """Built with the player, just after the first paint: the care service reads the
    history, which the first frame does not wait for."""
    from pilates_desktop.ui.care.builder_care import BuilderCare

    care = BuilderCare(window.workspace, window.idle_panel, services)
    services.session.ended.connect(lambda _summary: care.session_ended())
    return care


def _before_start(window: MainWindow, services: Services, routine: Routine) -> Routine | None:
    from pilates_desktop.ui.care.flow import ask_checkin
    from pilates_desktop.ui.care.start_dose import lighter_if_worse

    # A start from a reminder may be the first thing done today: the check-in comes first,
    # since a "worse" answer makes this very session lighter.
    if not services.session_built or not services.session.is_active():
        ask_checkin(window, services.care, services.prompter)
    return lighter_if_worse(window, services.care, services.prompter, routine)


def at_start(window: MainWindow, services: Services) -> None:
    """The red-flag screen and the check-in, when due (after the first paint); from then on
    the check-in on a later day too."""
    from pilates_desktop.ui.care.flow import ask_at_start

    ask_at_start(window, services.care, services.prompter)
    morning_watch(services).follow(window)


def in_tray(services: Services) -> None:
    """``--background``: the check-in at start and on later days, with no window."""
    from PySide6.QtCore import QTimer

    watch = morning_watch(services)
    QTimer.singleShot(0, watch.ask)  # once the tray's event loop runs


def morning_watch(services: Services) -> MorningWatch:
    """The run's one MorningWatch (a tray that later opens its window keeps its own)."""
    from pilates_desktop.ui.care.flow import MorningWatch

    found = services.owner.findChild(MorningWatch)
    if isinstance(found, MorningWatch):
        return found
    return MorningWatch(lambda: services.care, services.prompter, services.clock,
                        lambda: services.session_built and services.session.is_active(),
                        services.owner)
