"""The History view: week start from the locale, charts that follow the data, editing with
undo, export and import, and pyqtgraph imported only when the view is."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale, Qt

from pilates_desktop.core.clock import FakeClock
from pilates_desktop.core.history import HistoryStore, ItemStatus, SessionStatus
from pilates_desktop.core.stats import GoalKind
from pilates_desktop.services.history import HistoryService
from pilates_desktop.services.prompter import Notice
from pilates_desktop.services.settings import GOAL_KIND, GOAL_MINUTES, Settings

REPO = Path(__file__).resolve().parent.parent
TZ = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 19, 18, 0, tzinfo=TZ)  # a Thursday
EN_US = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
DE_DE = QLocale(QLocale.Language.German, QLocale.Country.Germany)
FOCUS = {"clams": ("hips-glutes",), "the-hundred": ("core", "upper-back")}


def add_session(store: HistoryStore, clock: FakeClock, when: datetime, minutes: int = 20,
                routine: str = "gentle", pain: tuple[int | None, int | None] = (5, 3)) -> str:
    clock.set_wall(when)
    sid = store.begin_session(routine, routine.title(), minutes * 60, pain[0])
    store.add_item(sid, "clams", "right", minutes * 30, minutes * 30, 10, ItemStatus.DONE)
    store.add_item(sid, "the-hundred", "none", minutes * 30, minutes * 30, None, ItemStatus.DONE)
    clock.set_wall(when + timedelta(minutes=minutes))
    store.finish_session(sid, SessionStatus.FINISHED, minutes * 60, pain_after=pain[1])
    clock.set_wall(NOW)
    return sid


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock.at(NOW)


@pytest.fixture
def store(tmp_path: Path, clock: FakeClock) -> HistoryStore:
    s = HistoryStore.open(tmp_path / "h.sqlite3", backups_dir=tmp_path / "b", now=clock.now).store
    # Three sessions in each of the last three weeks, one session this week.
    for week in range(1, 4):
        for day in (0, 2, 4):
            add_session(s, clock, NOW - timedelta(weeks=week, days=3 - day), 25)
    add_session(s, clock, NOW - timedelta(days=2), 30, routine="core")
    return s


@pytest.fixture
def view(qtbot, store: HistoryStore, settings: Settings, clock: FakeClock, prompter):  # type: ignore[no-untyped-def]
    from pilates_desktop.ui.history.view import HistoryView

    v = HistoryView(HistoryService(store), settings, FOCUS, prompter, clock=clock, tz=TZ, locale=DE_DE)
    qtbot.addWidget(v)
    return v


def test_pyqtgraph_is_imported_only_with_the_view() -> None:
    code = (
        "import sys, importlib.util\n"
        "import pilates_desktop.app\n"
        "if importlib.util.find_spec('pilates_desktop.ui.main_window'):\n"
        "    import pilates_desktop.ui.main_window\n"
        "bad = [m for m in ('pyqtgraph', 'pilates_desktop.ui.history.view') if m in sys.modules]\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == ""


def test_week_start_comes_from_the_locale() -> None:
    from pilates_desktop.services.settings import first_weekday_of

    assert EN_US.firstDayOfWeek() == Qt.DayOfWeek.Sunday
    assert first_weekday_of(EN_US) == 6
    assert first_weekday_of(DE_DE) == 0
    assert first_weekday_of(QLocale(QLocale.Language.Arabic, QLocale.Country.Egypt)) == 5  # Saturday


def test_weeks_start_on_the_setting_whatever_the_locale(qtbot, store, settings, clock, prompter) -> None:  # type: ignore[no-untyped-def]
    """An en_US view and a de_DE view of one history: the same weeks (issue 14 item 10)."""
    from pilates_desktop.services.settings import WEEK_START
    from pilates_desktop.ui.history.view import HistoryView

    settings.set_value(WEEK_START, "sunday")
    us = HistoryView(HistoryService(store), settings, FOCUS, prompter, clock=clock, tz=TZ, locale=EN_US)
    de = HistoryView(HistoryService(store), settings, FOCUS, prompter, clock=clock, tz=TZ, locale=DE_DE)
    qtbot.addWidget(us)
    qtbot.addWidget(de)
    assert {b.start.weekday() for b in us.buckets} == {b.start.weekday() for b in de.buckets} == {6}
    assert us.buckets[-1].start.isoformat() == de.buckets[-1].start.isoformat() == "2026-11-15"


def test_charts_show_the_data(view) -> None:  # type: ignore[no-untyped-def]
    assert len(view.buckets) == 12  # the default range
    last4 = view.buckets[-4:]
    assert [b.sessions for b in last4] == [3, 3, 3, 1]
    assert [b.met for b in last4] == [True, True, True, False]
    assert view.streak.current == 3 and view.streak.best == 3
    bars = view.weekly.bars.opts
    assert bars["pen"] is None  # no per-bar outlines: one fast BarGraphItem
    # A sessions goal: the bars count sessions, the dots (right axis) are minutes.
    assert list(bars["height"])[-4:] == [3.0, 3.0, 3.0, 1.0]
    assert list(view.weekly.dots.getData()[1])[-4:] == [75.0, 75.0, 75.0, 30.0]
    met, short = bars["brushes"][-2].color(), bars["brushes"][-1].color()
    assert met != short and met == view.palette().color(view.palette().ColorRole.Highlight)
    assert dict(view.focus.values) == pytest.approx(
        {"upper-back": 63.75, "lower-back": 0, "core": 63.75, "hips-glutes": 127.5})
    assert view.model.rowCount() == 10
    assert "75,0 Minuten" not in view.weekly.tooltip_for(11)  # German numbers, English text
    assert "75,0" in view.weekly.tooltip_for(10)
    assert view.cards[1].value.text() == "3 weeks"


def test_goal_in_minutes_moves_the_line_to_the_minutes_axis(view, settings) -> None:  # type: ignore[no-untyped-def]
    settings.set_value(GOAL_KIND, "minutes")
    settings.set_value(GOAL_MINUTES, 80)
    view.refresh()
    assert view.goal().kind is GoalKind.MINUTES
    assert view.weekly.goal_line in view.weekly.plot.getPlotItem().getViewBox().addedItems
    assert view.weekly.goal_line.value() == 80
    assert list(view.weekly.bars.opts["height"])[-4:] == [75.0, 75.0, 75.0, 30.0]
    assert view.weekly.left_axis.labelText == "minutes"
    assert view.weekly.goal_line.label.toPlainText() == "Goal: 80 minutes"
    assert not any(b.met for b in view.buckets)
    assert view.streak.best == 0


def test_range_and_routine_filters(view) -> None:  # type: ignore[no-untyped-def]
    view.set_range(4)
    assert len(view.buckets) == 4 and view.model.rowCount() == 10
    view.set_range(None)
    assert view.buckets[0].start.isoformat() == "2026-10-26"
    view.set_routine_filter("core")
    assert view.model.rowCount() == 1
    assert [b.sessions for b in view.buckets] == [1]  # "all" starts at the routine's first week
    view.set_routine_filter(None)
    assert view.model.rowCount() == 10


def test_axis_labels_use_the_locale(view) -> None:  # type: ignore[no-untyped-def]
    from pilates_desktop.ui.history.plots import LocaleAxis

    axis = LocaleAxis("left", lambda: DE_DE)
    assert axis.tickStrings([2.5, 1000.0], 1, 1) == ["2,5", "1.000"]
    assert view.weekly.axis.tickStrings([11.0], 1, 1) == ["16. Nov."]


def test_heatmap_has_a_year_and_tooltips(view) -> None:  # type: ignore[no-untyped-def]
    grid = view.heatmap.grid
    assert len(grid) == 53
    days = {cell[0].isoformat(): cell[1] for column in grid for cell in column if cell}
    assert days["2026-11-17"] == 30.0
    assert "30" in view.heatmap.tooltip_for((NOW.date() - timedelta(days=2), 30.0))


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform plugin, on show()
def test_a_session_written_redraws_the_charts_through_the_history_service(
        qtbot, store, settings, clock, prompter) -> None:  # type: ignore[no-untyped-def]
    from pilates_desktop.ui.history.view import HistoryView

    v = HistoryView(HistoryService(store), settings, FOCUS, prompter, clock=clock, tz=TZ,
                    locale=DE_DE)
    qtbot.addWidget(v)
    v.show()
    before = v.buckets[-1].sessions
    with qtbot.waitSignal(v.refreshed, timeout=2000):
        add_session(store, clock, NOW - timedelta(hours=2), 40)
    assert v.buckets[-1].sessions == before + 1 == 2


def test_edit_note_and_pain_with_undo(view, store) -> None:  # type: ignore[no-untyped-def]
    model = view.model
    sid = model.records[0].id
    note = model.index(0, model.COLUMNS.index("note"))
    pain = model.index(0, model.COLUMNS.index("pain_after"))
    assert model.setData(note, "Hips tight")
    assert model.setData(pain, -1)  # "not rated"
    rec = store.session(sid)
    assert rec.note == "Hips tight" and rec.pain_after is None and rec.pain_before == 5
    view.undo()
    assert store.session(sid).pain_after == 3
    view.undo()
    assert store.session(sid).note == ""
    view.undo_stack.redo()
    assert store.session(sid).note == "Hips tight"


def test_delete_with_undo(view, store) -> None:  # type: ignore[no-untyped-def]
    view.table.selectRow(0)
    sid = view.model.records[0].id
    view.delete_selected()
    assert store.session(sid) is None and view.model.rowCount() == 9
    assert view.undo_stack.undoText() == "Delete Session"
    view.undo()
    restored = store.session(sid)
    assert restored is not None and len(restored.items) == 2
    assert view.model.rowCount() == 10


def test_export_and_import_from_the_view(view, store, tmp_path, qtbot, settings, clock, prompter) -> None:  # type: ignore[no-untyped-def]
    assert view.export_to(tmp_path / "h.json", "json")
    assert view.export_to(tmp_path / "h.csv", "csv")
    assert (tmp_path / "h.csv").read_bytes().startswith(b"\xef\xbb\xbfid,date,")
    data = json.loads((tmp_path / "h.json").read_text(encoding="utf-8"))
    assert len(data["sessions"]) == 10
    assert view.import_from(tmp_path / "h.json") == 0  # all present already
    assert prompter.told[-1][2] == "0 sessions added from h.json."
    data["sessions"][3]["status"] = "done"
    (tmp_path / "bad.json").write_text(json.dumps(data), encoding="utf-8")
    other = HistoryStore.open(tmp_path / "o.sqlite3", backups_dir=tmp_path / "ob", now=clock.now).store
    from pilates_desktop.ui.history.view import HistoryView

    fresh = HistoryView(HistoryService(other), settings, FOCUS, prompter, clock=clock, tz=TZ, locale=DE_DE)
    qtbot.addWidget(fresh)
    assert fresh.import_from(tmp_path / "bad.json") is None
    _key, title, text = prompter.told[-1]
    assert prompter.kinds[-1] is Notice.WARNING
    assert "bad.json" in text and "$.sessions[3].status" in text
    assert other.count() == 0
    assert fresh.import_from(tmp_path / "h.json") == 10
    assert fresh.model.rowCount() == 10
    assert not view.export_to(tmp_path / "missing-dir" / "x.json", "json")
    assert "missing-dir" in prompter.told[-1][2]


def test_colours_follow_light_and_dark_palettes() -> None:
    from pilates_desktop.ui.history.common import Colors
    from pilates_desktop.ui.widgets.theme import palette_for

    light, dark = Colors(palette_for("light")), Colors(palette_for("dark"))
    assert light.bar_met == palette_for("light").color(palette_for("light").ColorRole.Highlight)
    assert dark.base == palette_for("dark").color(palette_for("dark").ColorRole.Base)
    assert not light.dark and dark.dark
    assert light.heat(0) != light.heat(60) and dark.heat(10) != dark.heat(60)


def test_empty_history_shows_a_hint(qtbot, tmp_path, settings, clock, prompter) -> None:  # type: ignore[no-untyped-def]
    from pilates_desktop.ui.history.view import HistoryView

    empty = HistoryStore.open(tmp_path / "e.sqlite3", backups_dir=tmp_path / "eb", now=clock.now).store
    v = HistoryView(HistoryService(empty), settings, FOCUS, prompter, clock=clock, tz=TZ, locale=DE_DE)
    qtbot.addWidget(v)
    assert not v.empty_label.isHidden()
    assert len(v.buckets) == 12 and v.streak.best == 0


def test_restore_the_latest_backup_from_the_menu(qtbot, tmp_path, settings, clock, prompter) -> None:  # type: ignore[no-untyped-def]
    from pilates_desktop.ui.history.view import HistoryView

    path, backups = tmp_path / "r.sqlite3", tmp_path / "rb"
    first = HistoryStore.open(path, backups_dir=backups, now=clock.now).store
    add_session(first, clock, NOW - timedelta(days=1))
    first.close()
    store = HistoryStore.open(path, backups_dir=backups, now=clock.now).store  # makes the backup
    v = HistoryView(HistoryService(store), settings, FOCUS, prompter, clock=clock, tz=TZ, locale=DE_DE)
    qtbot.addWidget(v)
    asked: list[str] = []
    prompter.answers["restore-backup"] = lambda question: asked.append(question.text) or "yes"
    store.delete_session(store.sessions()[0].id)
    assert v.restore_backup() == 1
    assert "2026-11-19" in asked[0]
    assert v.model.rowCount() == 1
    assert prompter.told[-1][2] == "Your history has 1 session again."


def test_a_restore_during_a_routine_waits_for_its_end(qtbot, tmp_path, settings, clock,
                                                      prompter) -> None:  # type: ignore[no-untyped-def]
    """Restoring would delete the session being recorded: the service defers it, the view says
    so, and when the session ends the restore runs and the view shows its result."""
    from pilates_desktop.ui.history.view import HistoryView

    path, backups = tmp_path / "r.sqlite3", tmp_path / "rb"
    first = HistoryStore.open(path, backups_dir=backups, now=clock.now).store
    add_session(first, clock, NOW - timedelta(days=1))
    first.close()
    store = HistoryStore.open(path, backups_dir=backups, now=clock.now).store  # the backup
    add_session(store, clock, NOW - timedelta(hours=3))
    service = HistoryService(store)
    v = HistoryView(service, settings, FOCUS, prompter, clock=clock, tz=TZ, locale=DE_DE)
    qtbot.addWidget(v)
    prompter.answers["restore-backup"] = "yes"
    running = store.begin_session("gentle", "Gentle", 600)
    assert v.restore_backup() is None
    assert "as soon as it ends" in prompter.told[-1][2]
    assert v.model.rowCount() == 2  # nothing restored yet
    assert service.deferred_restore() is not None
    restored: list[int] = []
    service.restored.connect(restored.append)
    store.finish_session(running, SessionStatus.STOPPED, 60)
    assert restored and service.deferred_restore() is None
    v.refresh()
    # The backup's session, the one recorded since and the one that just ended (kept).
    assert v.model.rowCount() == 3
    assert not v.undo_stack.canUndo()
