"""A restore asked for in History while a routine plays, in the real app (``build_app``): the
history service holds it until the routine ends, then runs it, and the window says so whether
History is still open or not."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from pilates_desktop.core.clock import FakeClock
from pilates_desktop.core.history import HistoryStore, ItemStatus, SessionStatus
from pilates_desktop.core.routines import Item, Routine
from pilates_desktop.paths import Paths
from pilates_desktop.ui.main_window import STOP, STOP_QUESTION

ROUTINE = Routine("short", "Short", (Item("glute-bridge", reps=2),))


def _one_session_yesterday(paths: Paths, clock: FakeClock) -> None:
    paths.ensure_data_dir()
    store = HistoryStore.open(paths.history_db, backups_dir=paths.backups_dir,
                              now=clock.now).store
    when = clock.now() - timedelta(days=1)
    clock.set_wall(when)
    sid = store.begin_session("gentle", "Gentle", 600)
    store.add_item(sid, "clams", "right", 300, 300, 10, ItemStatus.DONE)
    store.finish_session(sid, SessionStatus.FINISHED, 600)
    clock.set_wall(when + timedelta(days=1))
    store.close()


@pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")  # offscreen
def test_a_restore_waits_for_the_routine_and_the_window_tells_its_result(
        qtbot: Any, make_app: Any, app_paths: Paths, prompter: Any) -> None:
    clock = FakeClock()
    _one_session_yesterday(app_paths, clock)
    app = make_app(clock=clock)  # opening the history made today's backup of that session
    window = app.window
    window.start_routine(ROUTINE)
    assert window.session.is_active()
    window.show_history()
    view = window.history_window
    prompter.answers["restore-backup"] = "yes"
    assert view.restore_backup() is None  # not now: it would delete the running session
    assert "as soon as it ends" in prompter.told[-1][2]
    assert app.services.history_service.deferred_restore() is not None
    view.close()  # History need not stay open for the restore to run
    prompter.answers[STOP_QUESTION] = STOP
    window.request_stop()
    assert not window.session.is_active()
    assert app.services.history_service.deferred_restore() is None
    assert window.statusBar().currentMessage() == "Your history has 2 sessions again."
    statuses = sorted(r.status.value for r in app.services.history.sessions())
    assert statuses == ["finished", "stopped"]  # the backup's, and the routine just stopped
