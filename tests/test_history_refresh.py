"""An open History window redraws whenever the history changes underneath it, in the real app
(``build_app``): sessions a sync or an import wrote, and a restore that waited for a routine.
It used to listen only for the end of a session, so it kept showing what was there before
(issue 14 item 11)."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sync_helpers import Computer, session
from test_history_restore_app import ROUTINE, _one_session_yesterday

from pilates_desktop.core.clock import FakeClock
from pilates_desktop.paths import Paths
from pilates_desktop.ui.main_window import STOP, STOP_QUESTION


def _export(clock: FakeClock, count: int) -> dict[str, Any]:
    sessions = []
    for n in range(count):
        when = clock.now() - timedelta(days=2 + n)
        sessions.append({
            "id": f"00000000-0000-4000-8000-{n:012d}", "routine": {"id": "r", "name": "Gentle"},
            "started_at": when.isoformat(), "ended_at": (when + timedelta(minutes=12)).isoformat(),
            "planned_s": 700, "active_s": 700, "status": "finished", "pain_before": 4,
            "pain_after": 2, "note": "", "hurt_exercise": None,
            "items": [{"exercise": "clams", "side": "right", "planned_s": 300, "done_s": 300,
                       "reps_done": None, "status": "done"}],
        })
    return {"format": "pilates-desktop/history", "version": 1, "sessions": sessions}


@pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")  # offscreen
def test_open_history_shows_sessions_a_sync_wrote(qtbot: Any, make_app: Any) -> None:
    clock = FakeClock()
    app = make_app(clock=clock)
    app.window.show_history()
    view = app.window.history_window
    qtbot.waitExposed(view)
    assert view.model.rowCount() == 0
    # What the sync does with the sessions it brings: it writes them through the store.
    app.services.history.import_json(_export(clock, 3), "sync")
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=5000)
    assert view.cards[2].value.text() == "35 min"  # the cards too, not only the list


@pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")  # offscreen
def test_history_hidden_during_an_import_is_current_when_shown_again(
        qtbot: Any, make_app: Any) -> None:
    clock = FakeClock()
    app = make_app(clock=clock)
    app.window.show_history()
    view = app.window.history_window
    view.close()
    app.services.history.import_json(_export(clock, 2), "sync")
    app.window.show_history()
    assert app.window.history_window is view
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=5000)


@pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")  # offscreen
def test_open_history_shows_what_a_real_sync_brought(
        qtbot: Any, tmp_path: Path, make_app: Any) -> None:
    folder = tmp_path / "Sync"
    folder.mkdir()
    laptop = Computer(tmp_path, "Laptop")
    laptop.local.add(session(1))
    laptop.local.add(session(2))
    laptop.syncer.sync(folder)
    app = make_app()
    app.window.show_history()
    view = app.window.history_window
    qtbot.waitExposed(view)
    assert view.model.rowCount() == 0
    app.start_sync()  # as after the first paint
    # The sync runs on its own thread, over a connection of its own to the history file.
    with qtbot.waitSignal(app.services.sync.synced, timeout=10_000):
        app.services.sync.set_folder(folder)
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=5000)


@pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")  # offscreen
def test_open_history_shows_a_restore_that_waited_for_the_routine(
        qtbot: Any, make_app: Any, app_paths: Paths, prompter: Any) -> None:
    clock = FakeClock()
    _one_session_yesterday(app_paths, clock)
    app = make_app(clock=clock)  # today's backup holds yesterday's session
    window = app.window
    window.show_history()
    view = window.history_window
    qtbot.waitExposed(view)
    [yesterday] = view.model.records
    view.delete_session(yesterday.id)
    assert view.model.rowCount() == 0
    window.start_routine(ROUTINE)
    prompter.answers["restore-backup"] = "yes"
    assert view.restore_backup() is None  # deferred: a routine is being recorded
    prompter.answers[STOP_QUESTION] = STOP
    window.request_stop()
    # The restore ran when the routine ended: yesterday's session is back, the stopped one kept.
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=5000)
    assert yesterday.id in {r.id for r in view.model.records}
    assert not view.undo_stack.canUndo()  # the delete before the restore no longer applies


@pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")  # offscreen
def test_open_history_shows_an_import_from_the_command_line(
        qtbot: Any, make_app: Any, cli_run: Any, tmp_path: Path) -> None:
    """``pilates-desktop history import`` writes through a connection of its own, which the
    app's store never hears of: History looks at SQLite's data_version while it is shown."""
    clock = FakeClock()
    app = make_app(clock=clock)
    app.window.show_history()
    view = app.window.history_window
    qtbot.waitExposed(view)
    service = app.services.history_service
    app.services.history.import_json(_export(clock, 1), "sync")
    assert not service.look_outside()  # the app's own writes are not "outside"
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5000)
    export = tmp_path / "export.json"
    export.write_text(json.dumps(_export(clock, 3)), encoding="utf-8")
    code, out, _err = cli_run("history", "import", str(export))
    assert code == 0 and out.startswith("Imported 2 sessions")
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=5000)
