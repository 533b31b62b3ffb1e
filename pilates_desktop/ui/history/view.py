"""The History window: the toolbar (range, routine, undo, the Export and Import menu), the
summary cards, and two tabs, Overview (the charts) and Sessions (the list). It reads the
history through the service and keeps every part current; the parts draw themselves.

The main window imports this module only when the view is first shown, and it alone pulls in
the charts (and so pyqtgraph): start-up never pays for them. Numbers come from
``core.stats``, never from SQL here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import timedelta, tzinfo
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QHideEvent,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QSizePolicy,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from pilates_desktop.core.clock import Clock
from pilates_desktop.core.history import SessionRecord
from pilates_desktop.core.stats import (
    Goal,
    GoalKind,
    daily_minutes,
    focus_minutes,
    heatmap_grid,
    local_midnight,
    streaks,
    week_start,
    weekly_buckets,
)
from pilates_desktop.i18n import system_zone
from pilates_desktop.services.history import HistoryService
from pilates_desktop.services.prompter import Prompter
from pilates_desktop.services.settings import (
    GOAL_KIND,
    GOAL_MINUTES,
    GOAL_SESSIONS,
    WEEK_START,
    Settings,
)
from pilates_desktop.ui.history.actions import HistoryActions
from pilates_desktop.ui.history.cards import SummaryCards
from pilates_desktop.ui.history.common import Colors, mix, plural
from pilates_desktop.ui.history.overview import OverviewPage
from pilates_desktop.ui.history.sessions import SessionsPage
from pilates_desktop.ui.widgets.keys import standard_keys
from pilates_desktop.ui.widgets.undo import UndoActions

RANGES: tuple[int | None, ...] = (4, 12, 26, 52, None)  # weeks; None is all
DEFAULT_RANGE = 12
OUTSIDE_MS = 2000
R = QPalette.ColorRole


class HistoryView(QWidget):
    """Weekly practice, streaks, pain, focus, a year calendar and the session list.

    Everything it reads and writes goes through the history service, whose ``changed`` signal
    redraws it (once, when it is next visible). ``tz`` is injectable for tests.
    """

    refreshed = Signal()

    def __init__(
        self,
        history: HistoryService,
        settings: Settings,
        library: Mapping[str, object],
        prompter: Prompter,
        parent: QWidget | None = None,
        *,
        clock: Clock,
        tz: tzinfo | None = None,
        locale: QLocale | None = None,
        origins: Callable[[], Mapping[str, str]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.history = history
        self._origins = origins  # session id -> the computer it was done on (sync)
        self.settings = settings
        self.prompter = prompter
        # A Library of Exercises, or a plain {exercise id: focus areas} mapping.
        self._focus_of = {
            key: tuple(str(f) for f in (ex if isinstance(ex, tuple | list) else getattr(ex, "focus", ())))
            for key, ex in library.items()
        }
        self._now = clock.now
        self._tz = tz or system_zone(clock.now().tzinfo)
        self._locale = locale
        self.undo_stack = QUndoStack(self)
        self._dirty = True
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self._refresh_if_visible)
        # While shown, a look every two seconds for what another program wrote (the command
        # line's import): one pragma, and a redraw only when something did change.
        self._outside_timer = QTimer(self)
        self._outside_timer.setInterval(OUTSIDE_MS)
        self._outside_timer.timeout.connect(history.look_outside)
        self._build()
        history.changed.connect(self.schedule_refresh)
        history.restored.connect(self._on_restored)
        settings.watch(GOAL_KIND, self._on_goal, owner=self)
        settings.watch(GOAL_SESSIONS, self._on_goal, owner=self)
        settings.watch(GOAL_MINUTES, self._on_goal, owner=self)
        settings.watch(WEEK_START, self._on_goal, owner=self)
        self.retranslate_ui()
        self.refresh()

    # -- building ------------------------------------------------------------------------

    def locale(self) -> QLocale:
        return self._locale if self._locale is not None else QLocale()

    def first_weekday(self) -> int:
        """0 = Monday: the one week-start setting, whatever the language (issue 14 item 10)."""
        return self.settings.first_weekday()

    def _build(self) -> None:
        loc = self.locale
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.range_label = QLabel(self)
        self.range_combo = QComboBox(self)
        self.routine_label = QLabel(self)
        self.routine_combo = QComboBox(self)
        self.routine_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.range_label.setBuddy(self.range_combo)
        self.routine_label.setBuddy(self.routine_combo)
        self.toolbar.addWidget(self.range_label)
        self.toolbar.addWidget(self.range_combo)
        self.toolbar.addSeparator()
        self.toolbar.addWidget(self.routine_label)
        self.toolbar.addWidget(self.routine_combo)
        spacer = QWidget(self)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)

        self.sessions_page = SessionsPage(self.history, self.undo_stack, loc, self._tz, self)
        self.sessions_page.changed.connect(self.refresh)
        self.model, self.table = self.sessions_page.model, self.sessions_page.table
        self.menu_actions = HistoryActions(self.history, self.prompter, self._now, self)
        self.menu_actions.imported.connect(lambda _added: self.refresh())
        self.undo_actions = UndoActions(self.undo_stack, self)
        self.undo_action, self.redo_action = self.undo_actions.undo, self.undo_actions.redo
        self.delete_action = QAction(self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.triggered.connect(self.delete_selected)
        for action in (self.undo_action, self.redo_action, self.delete_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        # Ctrl+W (the platform's Close) closes the window; Esc too, in keyPressEvent, where an
        # open cell editor or list gets it first.
        self.close_action = QAction(self)
        self.close_action.setShortcuts(standard_keys(QKeySequence.StandardKey.Close, "Ctrl+W"))
        self.close_action.triggered.connect(self.close)
        self.addAction(self.close_action)
        self.toolbar.addAction(self.undo_action)
        self.toolbar.addAction(self.redo_action)
        self.toolbar.addSeparator()
        self.toolbar.addWidget(self.menu_actions.menu_button)

        self.summary = SummaryCards(loc, self.first_weekday, self)
        self.cards = self.summary.cards
        self.overview = OverviewPage(loc, self)
        ov = self.overview
        self.weekly, self.pain, self.focus, self.heatmap = ov.weekly, ov.pain, ov.focus, ov.heatmap
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.overview, "")
        self.tabs.addTab(self.sessions_page, "")
        self.tabs.currentChanged.connect(lambda _i: self._fit_columns())
        self.empty_label = QLabel(self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 8, 16, 12)
        lay.setSpacing(8)
        lay.addWidget(self.toolbar)
        lay.addWidget(self.summary)
        lay.addWidget(self.empty_label)
        lay.addWidget(self.tabs, 1)

        self.range_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.routine_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self._apply_style()

    def _apply_style(self) -> None:
        pal = self.palette()
        c = Colors(pal)
        border = mix(c.base, pal.color(R.Mid), 0.5).name()
        self.setStyleSheet(
            f"QFrame#statCard, QFrame#chartBox {{ background: {c.base.name()};"
            f" border: 1px solid {border}; border-radius: 8px; }}"
            f" QFrame#statCard QLabel, QFrame#chartBox QLabel {{ border: none; background: transparent; }}"
        )
        self.summary.apply_style(c)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Practice history"))
        self.range_label.setText(self.tr("S&how:"))
        self.routine_label.setText(self.tr("Rou&tine:"))
        current = self.range_combo.currentIndex()
        self.range_combo.blockSignals(True)
        self.range_combo.clear()
        for weeks in RANGES:
            label = self.tr("All time") if weeks is None else plural(self.tr("Last %n week(s)", "", weeks), weeks)
            self.range_combo.addItem(label, weeks)
        self.range_combo.setCurrentIndex(current if current >= 0 else RANGES.index(DEFAULT_RANGE))
        self.range_combo.blockSignals(False)
        self.range_combo.setToolTip(self.tr("How many weeks the charts and the list cover"))
        self.routine_combo.setToolTip(self.tr("Show only the sessions of one routine"))
        self.close_action.setText(self.tr("Close"))
        self.close_action.setToolTip(self.tr("Close the history (Esc)"))
        self.undo_actions.retranslate()
        self.delete_action.setText(self.tr("Delete Session"))
        self.menu_actions.retranslate_ui()
        self.sessions_page.retranslate_ui()
        self.overview.retranslate_ui()
        self.tabs.setTabText(0, self.tr("&Overview"))
        self.tabs.setTabText(1, self.tr("&Sessions"))
        self.empty_label.setText(
            self.tr("No sessions yet. When you finish or stop a routine, it appears here, week by week.")
        )
        self._refill_routines()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self._refresh_soon()
        elif event.type() == QEvent.Type.PaletteChange:
            self._apply_style()
            self._refresh_soon()
        super().changeEvent(event)

    def _refill_routines(self) -> None:
        current = self.routine_combo.currentData()
        self.routine_combo.blockSignals(True)
        self.routine_combo.clear()
        self.routine_combo.addItem(self.tr("All routines"), None)
        for rid, name in self.history.routines():
            self.routine_combo.addItem(name, rid)
        index = self.routine_combo.findData(current) if current is not None else 0
        self.routine_combo.setCurrentIndex(max(0, index))
        self.routine_combo.blockSignals(False)

    # -- data ----------------------------------------------------------------------------

    def goal(self) -> Goal:
        kind = GoalKind(self.settings.value(GOAL_KIND))
        target = self.settings.value(GOAL_SESSIONS if kind is GoalKind.SESSIONS else GOAL_MINUTES)
        return Goal(kind, int(target))

    def range_weeks(self) -> int | None:
        data = self.range_combo.currentData()
        return None if data is None else int(data)

    def set_range(self, weeks: int | None) -> None:
        self.range_combo.setCurrentIndex(RANGES.index(weeks))

    def routine_filter(self) -> str | None:
        data = self.routine_combo.currentData()
        return None if data is None else str(data)

    def set_routine_filter(self, routine_id: str | None) -> None:
        self.routine_combo.setCurrentIndex(max(0, self.routine_combo.findData(routine_id)))

    def schedule_refresh(self, *_args: Any) -> None:
        self._dirty = True
        self._refresh_timer.start()

    def _refresh_soon(self) -> None:
        self._dirty = True
        if self.isVisible():
            self.refresh()

    def _refresh_if_visible(self) -> None:
        if self.isVisible():
            self.refresh()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            self.close()
            return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.history.look_outside()
        if self._dirty:
            self.refresh()
        self._outside_timer.start()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        self._outside_timer.stop()
        super().hideEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowActivate:
            self.history.look_outside()  # coming back from the terminal
        return super().event(event)

    def _on_goal(self, _value: object) -> None:
        self.schedule_refresh()

    def refresh(self) -> None:
        """Read the history again and redraw everything."""
        self._dirty = False
        self._refill_routines()
        colors = Colors(self.palette())
        tz, fw = self._tz, self.first_weekday()
        today = self._now().astimezone(tz).date()
        goal = self.goal()
        routine = self.routine_filter()
        weeks = self.range_weeks()
        # Streaks need every week; the list and focus only the range. One light query for
        # all sessions (no items), one with items for the range.
        everything = self.history.sessions(routine=routine, with_items=False)
        all_weeks = weekly_buckets(everything, tz, fw, goal, today=today)
        streak = streaks(all_weeks)
        if weeks is None:
            buckets = all_weeks
        elif weeks <= len(all_weeks):
            buckets = all_weeks[-weeks:]
        else:
            buckets = weekly_buckets(everything, tz, fw, goal, today=today, weeks=weeks)
        since_day = buckets[0].start if buckets else week_start(today, fw)
        since = local_midnight(since_day, tz)
        in_range = self.history.sessions(since=since, routine=routine)
        self.records = in_range
        self.buckets = buckets
        self.streak = streak
        year_start = today - timedelta(days=371)
        daily = daily_minutes((r for r in everything if r.started_at >= local_midnight(year_start, tz)), tz)
        self.overview.set_data(buckets, goal, focus_minutes(in_range, self._focus_of),
                               heatmap_grid(daily, today, fw), fw, colors)
        self.model.set_records(in_range, self._origins() if self._origins is not None else {})
        self._fit_columns()
        self.summary.fill(all_weeks, buckets, in_range, daily, today, goal, streak, tz)
        self.empty_label.setVisible(not everything)
        self.refreshed.emit()

    def _fit_columns(self) -> None:
        if self.tabs.currentIndex() == 1:
            self.sessions_page.fit_columns()

    def week_start_text(self) -> str:
        """ "weeks start on Monday", in the language shown."""
        return self.summary.week_start_text()

    # -- editing (the Sessions tab does it; these are for the keys and the tests) ---------

    def selected_session(self) -> SessionRecord | None:
        return self.sessions_page.selected_session()

    def delete_selected(self) -> None:
        self.sessions_page.delete_selected()

    def delete_session(self, session_id: str) -> None:
        self.sessions_page.delete_session(session_id)

    def undo(self) -> None:
        self.undo_stack.undo()
        self.refresh()

    # -- export and import ----------------------------------------------------------------

    def restore_backup(self, backup: Path | None = None) -> int | None:
        """Restore ``backup`` (default: the newest automatic one) after asking the user."""
        return self.menu_actions.restore_backup(backup)

    def export_to(self, path: Path, kind: str) -> bool:
        return self.menu_actions.export_to(path, kind)

    def import_from(self, path: Path) -> int | None:
        return self.menu_actions.import_from(path)

    def _on_restored(self, _count: int) -> None:
        """A restore ran (now, or when the session it waited for ended)."""
        self.undo_stack.clear()  # edits before the restore no longer apply
        self.refresh()
