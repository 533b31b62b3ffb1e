"""The History view: weekly practice, streaks, pain, focus areas, a year calendar and the list.

The main window imports this module only when the view is first shown, and it alone pulls in
the charts (and so pyqtgraph): start-up never pays for them. Numbers come from
``core.stats``, never from SQL here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, timedelta, tzinfo
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pilates_desktop.core.clock import Clock
from pilates_desktop.core.errors import PilatesError
from pilates_desktop.core.history import SessionRecord
from pilates_desktop.core.stats import (
    Goal,
    GoalKind,
    WeekBucket,
    daily_minutes,
    focus_minutes,
    heatmap_grid,
    local_midnight,
    pain_change,
    pain_trend,
    practice_days,
    streaks,
    week_start,
    weekly_buckets,
)
from pilates_desktop.i18n import error_text
from pilates_desktop.services.history import HistoryService, Restore
from pilates_desktop.services.prompter import Notice, Prompter, Question
from pilates_desktop.services.settings import (
    GOAL_KIND,
    GOAL_MINUTES,
    GOAL_SESSIONS,
    WEEK_START,
    Settings,
)
from pilates_desktop.ui.history.charts import (
    Colors,
    FocusChart,
    LocaleAxis,
    PainChart,
    WeeklyChart,
    YearHeatmap,
    _mix,
    first_weekday,
    plural,
    system_tz,
)
from pilates_desktop.ui.history.sessions import (
    DeleteSessionCommand,
    EditSessionCommand,
    PainDelegate,
    SessionTableModel,
)
from pilates_desktop.ui.widgets.keys import standard_keys
from pilates_desktop.ui.widgets.undo import UndoActions

__all__ = ["Colors", "HistoryView", "LocaleAxis", "first_weekday", "system_tz"]

RANGES: tuple[int | None, ...] = (4, 12, 26, 52, None)  # weeks; None is all
DEFAULT_RANGE = 12
R = QPalette.ColorRole

# --- the view -------------------------------------------------------------------------------


class StatCard(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statCard")
        self.title = QLabel(self)
        self.value = QLabel(self)
        self.detail = QLabel(self)
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.DemiBold)
        self.value.setFont(font)
        # The detail wraps where the window is narrow (a long German or Spanish sentence
        # would otherwise make History wider than a 1024-pixel screen).
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(14, 10, 14, 10)
        lay.setSpacing(2)
        lay.addWidget(self.title)
        lay.addWidget(self.value)
        lay.addWidget(self.detail)
        lay.setAlignment(Qt.AlignmentFlag.AlignTop)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set(self, title: str, value: str, detail: str, tooltip: str = "") -> None:
        self.title.setText(title)
        self.value.setText(value)
        self.detail.setText(detail)
        self.setToolTip(tooltip)


def _section(title: QLabel, body: QWidget, parent: QWidget) -> QWidget:
    box = QFrame(parent)
    box.setObjectName("chartBox")
    lay = QVBoxLayout(box)
    lay.setContentsMargins(12, 10, 12, 8)
    lay.setSpacing(6)
    font = QFont(title.font())
    font.setWeight(QFont.Weight.DemiBold)
    title.setFont(font)
    lay.addWidget(title)
    lay.addWidget(body, 1)
    return box


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
        self._tz = tz or system_tz(clock.now().tzinfo)
        self._locale = locale
        self.undo_stack = QUndoStack(self)
        self._dirty = True
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self._refresh_if_visible)
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

        self.undo_actions = UndoActions(self.undo_stack, self)
        self.undo_action, self.redo_action = self.undo_actions.undo, self.undo_actions.redo
        self.delete_action = QAction(self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.triggered.connect(self.delete_selected)
        self.export_json_action = QAction(self)
        self.export_json_action.triggered.connect(lambda: self._export_dialog("json"))
        self.export_csv_action = QAction(self)
        self.export_csv_action.triggered.connect(lambda: self._export_dialog("csv"))
        self.import_action = QAction(self)
        self.import_action.triggered.connect(self._import_dialog)
        self.restore_action = QAction(self)
        self.restore_action.triggered.connect(lambda: self.restore_backup())
        for action in (self.undo_action, self.redo_action, self.delete_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        # Ctrl+W (the platform's Close) closes the window; Esc too, in keyPressEvent, where an
        # open cell editor or list gets it first.
        self.close_action = QAction(self)
        self.close_action.setShortcuts(standard_keys(QKeySequence.StandardKey.Close, "Ctrl+W"))
        self.close_action.triggered.connect(self.close)
        self.addAction(self.close_action)
        self.menu = QMenu(self)
        self.menu.addAction(self.export_json_action)
        self.menu.addAction(self.export_csv_action)
        self.menu.addSeparator()
        self.menu.addAction(self.import_action)
        self.menu.addSeparator()
        self.menu.addAction(self.restore_action)
        self.menu_button = QToolButton(self)
        self.menu_button.setMenu(self.menu)
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addAction(self.undo_action)
        self.toolbar.addAction(self.redo_action)
        self.toolbar.addSeparator()
        self.toolbar.addWidget(self.menu_button)

        self.cards = [StatCard(self) for _ in range(4)]
        cards = QHBoxLayout()
        cards.setSpacing(10)
        for card in self.cards:
            cards.addWidget(card)

        self.weekly = WeeklyChart(loc, self)
        self.pain = PainChart(loc, self)
        self.pain.plot.setXLink(self.weekly.plot)
        self.focus = FocusChart(loc, self)
        self.heatmap = YearHeatmap(loc, self)
        self.weekly_title, self.pain_title = QLabel(self), QLabel(self)
        self.focus_title, self.heatmap_title = QLabel(self), QLabel(self)
        self.legend = QLabel(self)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        weekly_body = QWidget(self)
        wl = QVBoxLayout(weekly_body)
        wl.setContentsMargins(0, 0, 0, 0)
        wl.addWidget(self.weekly, 1)
        wl.addWidget(self.legend)

        overview = QWidget(self)
        grid = QGridLayout(overview)
        grid.setContentsMargins(0, 8, 0, 0)
        grid.setSpacing(10)
        grid.addWidget(_section(self.weekly_title, weekly_body, overview), 0, 0)
        grid.addWidget(_section(self.pain_title, self.pain, overview), 1, 0)
        grid.addWidget(_section(self.focus_title, self.focus, overview), 0, 1, 2, 1)
        grid.addWidget(_section(self.heatmap_title, self.heatmap, overview), 2, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(0, 3)
        grid.setRowStretch(1, 2)

        self.model = SessionTableModel(loc, self._tz, self)
        self.model.edit_requested.connect(self._on_edit)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        # Sized to the first rows when the list is shown, not on every refresh of 3,650 rows.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(60)
        header.setStretchLastSection(True)
        self.pain_delegate = PainDelegate(self.table)
        for col in ("pain_before", "pain_after"):
            self.table.setItemDelegateForColumn(SessionTableModel.COLUMNS.index(col), self.pain_delegate)
        self.list_hint = QLabel(self)
        self.list_hint.setWordWrap(True)
        self.delete_button = QPushButton(self)
        self.delete_button.clicked.connect(self.delete_selected)
        self.delete_button.setEnabled(False)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.delete_button.setEnabled(self.selected_session() is not None)
        )
        self.model.modelReset.connect(lambda: self.delete_button.setEnabled(False))
        sessions_page = QWidget(self)
        sl = QVBoxLayout(sessions_page)
        sl.setContentsMargins(0, 8, 0, 0)
        sl.addWidget(self.table, 1)
        below = QHBoxLayout()
        below.addWidget(self.list_hint, 1)
        below.addWidget(self.delete_button)
        sl.addLayout(below)

        # A small window scrolls the overview instead of squeezing the charts flat.
        overview.setMinimumHeight(680)
        scroll = QScrollArea(self)
        scroll.setWidget(overview)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(scroll, "")
        self.tabs.addTab(sessions_page, "")
        self.tabs.currentChanged.connect(lambda _i: self._fit_columns())
        self.empty_label = QLabel(self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 8, 16, 12)
        lay.setSpacing(8)
        lay.addWidget(self.toolbar)
        lay.addLayout(cards)
        lay.addWidget(self.empty_label)
        lay.addWidget(self.tabs, 1)

        self.range_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.routine_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self._apply_style()

    def _apply_style(self) -> None:
        pal = self.palette()
        c = Colors(pal)
        border = _mix(c.base, pal.color(R.Mid), 0.5).name()
        self.setStyleSheet(
            f"QFrame#statCard, QFrame#chartBox {{ background: {c.base.name()};"
            f" border: 1px solid {border}; border-radius: 8px; }}"
            f" QFrame#statCard QLabel, QFrame#chartBox QLabel {{ border: none; background: transparent; }}"
        )
        for card in self.cards:
            card.title.setStyleSheet(f"color: {c.muted_text.name()};")
            card.detail.setStyleSheet(f"color: {c.muted_text.name()};")

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
        self.delete_button.setText(self.tr("&Delete Session"))
        self.delete_button.setToolTip(self.tr("Remove the selected session from your history (Undo brings it back)"))
        self.export_json_action.setText(self.tr("Export History as JSON…"))
        self.export_json_action.setToolTip(self.tr("Save every session with its exercises, to keep or to move to another computer"))
        self.export_csv_action.setText(self.tr("Export History as CSV…"))
        self.export_csv_action.setToolTip(self.tr("One row per session, for a spreadsheet"))
        self.import_action.setText(self.tr("Import History…"))
        self.import_action.setToolTip(self.tr("Merge a JSON export; sessions you already have are not added twice"))
        self.restore_action.setText(self.tr("Restore Automatic Backup…"))
        self.restore_action.setToolTip(self.tr("Go back to the newest daily backup; sessions recorded since are kept"))
        self.menu_button.setText(self.tr("Export and Import"))
        self.tabs.setTabText(0, self.tr("&Overview"))
        self.tabs.setTabText(1, self.tr("&Sessions"))
        self.weekly.plot.setAccessibleName(self.tr("Minutes and sessions per week"))
        self.pain.plot.setAccessibleName(self.tr("Pain before and after, weekly average"))
        self.focus.plot.setAccessibleName(self.tr("Time per focus area"))
        self.heatmap.setAccessibleName(self.tr("Practice days in the last year"))
        self.table.setAccessibleName(self.tr("Sessions"))
        self.weekly_title.setText(self.tr("Practice per week"))
        self.pain_title.setText(self.tr("Pain before and after, weekly average"))
        self.focus_title.setText(self.tr("Time per focus area"))
        self.heatmap_title.setText(self.tr("Practice days in the last year"))
        self.list_hint.setText(
            self.tr("Double-click a note or a pain rating to change it. Delete removes a session; Undo brings it back.")
        )
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
        if self._dirty:
            self.refresh()

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
        self.weekly.set_data(buckets, goal, colors)
        self.pain.set_data(buckets, colors)
        self.focus.set_data(focus_minutes(in_range, self._focus_of), colors)
        year_start = today - timedelta(days=371)
        daily = daily_minutes((r for r in everything if r.started_at >= local_midnight(year_start, tz)), tz)
        self.heatmap.set_data(heatmap_grid(daily, today, fw), fw, colors)
        self.model.set_records(in_range, self._origins() if self._origins is not None else {})
        self._fit_columns()
        self._fill_cards(all_weeks, buckets, in_range, daily, today, goal)
        self._fill_legend(goal, colors)
        self.empty_label.setVisible(not everything)
        self.refreshed.emit()

    def _fit_columns(self) -> None:
        if self.tabs.currentIndex() == 1:
            self.table.resizeColumnsToContents()
            self.table.horizontalHeader().setStretchLastSection(True)

    def _fill_cards(self, all_weeks: list[WeekBucket], buckets: list[WeekBucket], in_range: list[SessionRecord],
                    daily: Mapping[date, float], today: date, goal: Goal) -> None:
        loc = self.locale()
        this_week = all_weeks[-1]
        if goal.kind is GoalKind.SESSIONS:
            value = self.tr("%1 of %2").replace("%1", loc.toString(this_week.sessions)).replace("%2", loc.toString(goal.target))
            detail = self.tr("sessions this week") if not this_week.met else self.tr("sessions · goal met")
        else:
            value = self.tr("%1 of %2").replace("%1", loc.toString(round(this_week.minutes))).replace("%2", loc.toString(goal.target))
            detail = self.tr("minutes this week") if not this_week.met else self.tr("minutes · goal met")
        self.cards[0].set(self.tr("This week"), value, detail,
                          self.tr("Change the weekly goal in Preferences"))
        self.cards[1].set(
            self.tr("Streak"),
            plural(self.tr("%n week(s)", "", self.streak.current), self.streak.current),
            plural(self.tr("Best: %n week(s)", "", self.streak.best), self.streak.best)
            + " · " + self.week_start_text(),
            self.tr("Weeks in a row that met your goal. This week counts once it is met. "
                    "The day weeks start on is in Preferences › Practice."),
        )
        minutes = sum(b.minutes for b in buckets)
        sessions = len(in_range)
        days = practice_days(daily, buckets[0].start, today) if buckets else 0
        self.cards[2].set(
            self.tr("In this range"),
            self.tr("%1 min").replace("%1", loc.toString(round(minutes))),
            plural(self.tr("%n session(s)", "", sessions), sessions) + " · " + plural(self.tr("%n day(s) of practice", "", min(days, 366)), min(days, 366)),
        )
        points = pain_trend(in_range, self._tz)
        change = pain_change(points)
        rated = [p for p in points if p.before is not None and p.after is not None]
        if change is None:
            self.cards[3].set(self.tr("Pain"), "–", self.tr("Rate your pain before and after a session to see a trend"))
        else:
            before = sum(p.before or 0 for p in rated) / len(rated)
            after = sum(p.after or 0 for p in rated) / len(rated)
            self.cards[3].set(
                self.tr("Pain, average"),
                self.tr("%1 → %2").replace("%1", loc.toString(before, "f", 1)).replace("%2", loc.toString(after, "f", 1)),
                plural(self.tr("before → after, over %n rated session(s)", "", len(rated)), len(rated)),
                self.tr("0 is no pain, 10 the worst. If pain grows during practice, stop and rest."),
            )

    def week_start_text(self) -> str:
        """ "weeks start on Monday", in the language shown."""
        day = self.locale().standaloneDayName(self.first_weekday() + 1,
                                              QLocale.FormatType.LongFormat)
        return self.tr("weeks start on %1").replace("%1", day)

    def _fill_legend(self, goal: Goal, colors: Colors) -> None:
        loc = self.locale()

        def swatch(color: QColor, text: str, shape: str = "■") -> str:
            return f"<span style='color:{color.name()}'>{shape}</span>&nbsp;{text}"

        if goal.kind is GoalKind.SESSIONS:
            goal_text = plural(self.tr("goal: %n session(s) a week (right axis)", "", goal.target), goal.target)
        else:
            goal_text = self.tr("goal: %1 minutes a week").replace("%1", loc.toString(goal.target))
        parts = [
            swatch(colors.bar_met, self.tr("minutes, goal met")),
            swatch(colors.bar, self.tr("minutes")),
            swatch(colors.text, self.tr("sessions"), "●"),
            swatch(colors.goal, goal_text, "┄"),
        ]
        self.legend.setText("&nbsp;&nbsp;&nbsp;".join(parts))
        self.legend.setStyleSheet(f"color: {colors.muted_text.name()};")
        pain = [
            swatch(colors.pain_before, self.tr("before"), "●"),
            swatch(colors.pain_after, self.tr("after"), "●"),
        ]
        self.pain_title.setText(
            self.tr("Pain before and after, weekly average") + "&nbsp;&nbsp;&nbsp;<small>" + "&nbsp;&nbsp;".join(pain) + "</small>"
        )

    # -- editing -------------------------------------------------------------------------

    def _on_edit(self, session_id: str, field: str, new: Any) -> None:
        record = next((r for r in self.model.records if r.id == session_id), None)
        if record is None:
            return
        old = record.note if field == "note" else getattr(record, field)
        text = {
            "note": self.tr("Edit Note"),
            "pain_before": self.tr("Change Pain Before"),
            "pain_after": self.tr("Change Pain After"),
        }[field]
        self.undo_stack.push(EditSessionCommand(self.history, session_id, field, old, new, text))
        self.refresh()

    def selected_session(self) -> SessionRecord | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            index = self.table.currentIndex()
            if not index.isValid():
                return None
            return self.model.records[index.row()]
        return self.model.records[rows[0].row()]

    def delete_selected(self) -> None:
        record = self.selected_session()
        if record is None:
            return
        self.delete_session(record.id)

    def delete_session(self, session_id: str) -> None:
        record = self.history.session(session_id)
        if record is None:
            return
        self.undo_stack.push(DeleteSessionCommand(self.history, record, self.tr("Delete Session")))
        self.refresh()

    def undo(self) -> None:
        self.undo_stack.undo()
        self.refresh()

    # -- export and import ----------------------------------------------------------------

    def show_message(self, kind: Notice, title: str, text: str) -> None:
        self.prompter.tell(self, "history-notice", title, text, kind)

    def confirm(self, key: str, title: str, text: str) -> bool:
        return self.prompter.ask(self, Question(key, title, text)) == "yes"

    def restore_backup(self, backup: Path | None = None) -> int | None:
        """Restore ``backup`` (default: the newest automatic one) after asking the user."""
        if backup is None:
            backup = self.history.latest_backup()
        if backup is None:
            self.show_message(
                Notice.INFORMATION,
                self.tr("No backup yet"),
                self.tr("There is no automatic backup in %1 yet. One is made on the first start of each day.")
                .replace("%1", str(self.history.backups_dir)),
            )
            return None
        day = backup.stem.removeprefix("history-")
        question = self.tr(
            "Restore the automatic backup of %1?\n\nYour history goes back to that day. Sessions "
            "recorded since then are kept."
        ).replace("%1", day)
        if not self.confirm("restore-backup", self.tr("Restore Backup"), question):
            return None
        try:
            done = self.history.restore_backup(backup)
        except PilatesError as exc:
            self.show_message(Notice.WARNING, self.tr("Restore failed"),
                              error_text(exc))
            return None
        if done is Restore.DEFERRED:  # it would delete the session being recorded
            self.show_message(Notice.INFORMATION, self.tr("Restore after the routine"), self.tr(
                "A routine is being recorded now. The backup of %1 is restored as soon as it "
                "ends.").replace("%1", day))
            return None
        count = self.history.count()
        self.show_message(
            Notice.INFORMATION,
            self.tr("Backup restored"),
            plural(self.tr("Your history has %n session(s) again.", "", count), count),
        )
        return count

    def _on_restored(self, _count: int) -> None:
        """A restore ran (now, or when the session it waited for ended)."""
        self.undo_stack.clear()  # edits before the restore no longer apply
        self.refresh()

    def _default_name(self, ext: str) -> str:
        return f"pilates-history-{self._now().date().isoformat()}.{ext}"

    def _export_dialog(self, kind: str) -> None:
        filters = self.tr("JSON files (*.json)") if kind == "json" else self.tr("CSV files (*.csv)")
        start = str(Path.home() / self._default_name(kind))
        path = self.prompter.save_file(self, "export-history", self.tr("Export History"), start,
                                       filters)
        if path is not None:
            self.export_to(path, kind)

    def export_to(self, path: Path, kind: str) -> bool:
        try:
            self.history.export_to(path, kind)
        except OSError as exc:
            self.show_message(
                Notice.WARNING,
                self.tr("Export failed"),
                self.tr("Could not write %1: %2").replace("%1", str(path)).replace("%2", exc.strerror or str(exc)),
            )
            return False
        return True

    def _import_dialog(self) -> None:
        path = self.prompter.open_file(self, "import-history", self.tr("Import History"),
                                       str(Path.home()), self.tr("History exports (*.json)"))
        if path is not None:
            self.import_from(path)

    def import_from(self, path: Path) -> int | None:
        try:
            added = self.history.import_file(path)
        except PilatesError as exc:
            self.show_message(
                Notice.WARNING,
                self.tr("Import failed"),
                self.tr("%1 was not imported, and nothing was changed.\n\n%2").replace(
                    "%1", path.name).replace("%2", error_text(exc)),
            )
            return None
        self.refresh()
        self.show_message(
            Notice.INFORMATION,
            self.tr("Import finished"),
            plural(self.tr("%n session(s) added from %1.", "", added), added).replace("%1", path.name),
        )
        return added

