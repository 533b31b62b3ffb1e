"""The Sync page: choosing the folder through the prompter, naming the computer, and what
the last sync brought, readable after a restart."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sync_helpers import Computer, session

from pilates_desktop.services.sync import SyncService
from pilates_desktop.ui.preferences.sync_page import SyncPage


def page_for(c: Computer, tmp_path: Path, prompter: Any, qtbot: QtBot) -> SyncPage:
    routines = tmp_path / f"routines-{c.data.name}"
    routines.mkdir(exist_ok=True)
    service = SyncService(c.syncer, routines, settle_ms=50)
    page = SyncPage(service, prompter, c.clock)
    qtbot.addWidget(page)
    page.destroyed.connect(service.stop)  # a service left watching would sync later
    return page


def test_choosing_a_folder_syncs_and_says_what_it_brought(
        qtbot: QtBot, tmp_path: Path, prompter: Any) -> None:
    folder = tmp_path / "Sync"
    folder.mkdir()
    other = Computer(tmp_path, "Other")
    for n in range(3):
        other.local.add(session(n))
    other.syncer.sync(folder)
    here = Computer(tmp_path, "Here")
    page = page_for(here, tmp_path, prompter, qtbot)
    assert page.last_label.text() == "Not synced yet."
    assert not page.sync_button.isEnabled() and page.folder_edit.text() == ""
    prompter.answers["sync-folder"] = str(folder)
    with qtbot.waitSignal(page._sync.synced, timeout=10_000):  # on the sync thread
        qtbot.mouseClick(page.choose_button, Qt.MouseButton.LeftButton)
        # while it runs, the page says so and offers no second sync
        assert page.last_label.text() == "Syncing…"
        assert not page.choose_button.isEnabled() and not page.sync_button.isEnabled()
    assert page.choose_button.isEnabled()
    assert page.folder_edit.text() == str(folder.resolve())
    assert "It brought 3 new sessions." in page.last_label.text()
    assert page.sync_button.isEnabled() and page.problem_label.isHidden()
    # after a restart the page still says what the last sync brought
    again = page_for(Computer(tmp_path, "Here"), tmp_path, prompter, qtbot)
    assert "3 new sessions" in again.last_label.text()


def test_the_computer_name_is_kept(qtbot: QtBot, tmp_path: Path, prompter: Any) -> None:
    here = Computer(tmp_path, "Here")
    page = page_for(here, tmp_path, prompter, qtbot)
    assert page.name_edit.text() == "Here"
    page.name_edit.setText("  Wohnzimmer-Laptop ")
    page.name_edit.editingFinished.emit()
    assert here.syncer.state().device_name == "Wohnzimmer-Laptop"
    assert page.name_edit.text() == "Wohnzimmer-Laptop"


def test_a_failed_sync_is_shown_on_the_page(qtbot: QtBot, tmp_path: Path, prompter: Any) -> None:
    here = Computer(tmp_path, "Here")
    page = page_for(here, tmp_path, prompter, qtbot)
    prompter.answers["sync-folder"] = str(tmp_path / "missing")
    with qtbot.waitSignal(page._sync.failed, timeout=10_000):
        page.choose_folder()
    assert page.problem_label.isVisibleTo(page)
    assert page.problem_label.text().startswith("The last sync did not work: ")
    assert "does not exist" in page.problem_label.text()
