"""The sync in the running app (built by build_app): the Sync page in Preferences, sessions
from another computer in the history, a routine from it in the routine list, and a session
recorded here going out once it has ended."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sync_helpers import Computer, routine, session

from pilates_desktop.core.sync.routine_sync import LocalRoutine
from pilates_desktop.ui.preferences.dialog import PreferencesDialog

# Opening Preferences shows and raises it, which the offscreen platform plugin remarks on.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints",
                                       "does not support raise")


def test_the_app_syncs_with_the_folder_chosen_on_its_sync_page(
        qtbot: QtBot, tmp_path: Path, make_app: Any, prompter: Any) -> None:
    folder = tmp_path / "Sync"
    folder.mkdir()
    other = Computer(tmp_path, "Laptop")
    other.local.add(session(1))
    other.local.routine_files["evening"] = LocalRoutine(routine("Evening"))
    other.syncer.sync(folder)

    app = make_app()
    window = app.window
    window.show_preferences()
    dialog = window.findChild(PreferencesDialog)
    assert dialog is not None and dialog.sync_page is not None
    assert dialog.tabs.tabText(dialog.tabs.count() - 1) == "S&ync"
    prompter.answers["sync-folder"] = str(folder)
    # the sync runs on the sync thread, over its own connection to the history file
    with qtbot.waitSignal(app.services.sync.synced, timeout=10_000):
        dialog.sync_page.choose_folder()
    assert app.services.history.count() == 1
    assert "Evening" in [r.name for r in window.workspace.routines()]
    assert "It brought 1 new session, 1 routine change." in dialog.sync_page.last_label.text()

    # the History view says which computer each session was done on
    window.show_history()
    model = window.history_window.model
    model_row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert model.headerData(model.columnCount() - 1, Qt.Orientation.Horizontal) == "Computer"
    assert model_row[-1] == "Laptop"
    window.history_window.close()

    # a session recorded here goes out once it has ended
    store = app.services.history
    sid = store.begin_session("evening", "Evening", 60)
    app.services.sync.on_session_running(True)
    store.finish_session(sid, "finished", 60)
    app.services.sync.on_session_running(False)
    with qtbot.waitSignal(app.services.sync.synced, timeout=10_000) as blocker:
        pass
    assert blocker.args[0].sent == 1
    other.syncer.sync()
    assert sid in other.ids()
