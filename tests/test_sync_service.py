"""The sync service: syncing when another computer's files arrive, after a session has
ended (not during it), and one translated line when a sync fails."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sync_helpers import Computer, session

from pilates_desktop.core.sync.files import DEVICES, JOURNAL_DIR
from pilates_desktop.core.sync.records import SESSION
from pilates_desktop.services.sync import SyncService


def service_for(c: Computer, tmp_path: Path) -> SyncService:
    routines = tmp_path / f"routines-{id(c)}"
    routines.mkdir()
    service = SyncService(c.syncer, routines, settle_ms=50)
    _made.append(service)
    return service


_made: list[SyncService] = []


@pytest.fixture(autouse=True)
def _stop_services() -> Iterator[None]:
    """A service left watching would sync during a later test."""
    yield
    while _made:
        _made.pop().stop()


def test_files_arriving_from_another_computer_are_synced(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "Sync"
    folder.mkdir()
    here, there = Computer(tmp_path, "Here"), Computer(tmp_path, "There")
    service = service_for(here, tmp_path)
    with qtbot.waitSignal(service.folder_changed):
        assert service.set_folder(folder)
    assert service.folder() == folder.resolve()
    there.local.add(session(4))
    with qtbot.waitSignal(service.history_changed, timeout=10_000):
        there.syncer.sync(folder)  # its files appear in the folder: the watcher notices
    assert here.ids() == {session(4)["id"]}


def test_a_session_is_synced_once_it_has_ended(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "Sync"
    folder.mkdir()
    here = Computer(tmp_path, "Here")
    service = service_for(here, tmp_path)
    service.set_folder(folder)
    service.on_session_running(True)
    here.local.add(session(1))
    service.on_history_changed()  # a segment was written: not yet
    with qtbot.assertNotEmitted(service.synced, wait=200):
        pass
    with qtbot.waitSignal(service.synced, timeout=5000) as blocker:
        service.on_session_running(False)
    assert blocker.args[0].sent == 1


def test_a_failed_sync_says_so_in_one_line(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "Sync"
    folder.mkdir()
    other = Computer(tmp_path, "Other")
    other.local.add(session(1))
    other.syncer.sync(folder)
    journal = folder / DEVICES / other.syncer.state().device_id / JOURNAL_DIR / "000001.jsonl"
    line = json.loads(journal.read_text())
    line["v"] = 9
    journal.write_text(json.dumps(line) + "\n")
    here = Computer(tmp_path, "Here")
    service = service_for(here, tmp_path)
    with qtbot.waitSignal(service.failed) as blocker:
        assert not service.set_folder(folder)
    message = blocker.args[0]
    assert "\n" not in message and "000001.jsonl" in message and "newer" in message
    assert service.folder() is None  # the folder is only kept once a sync worked
    assert (SESSION, session(1)["id"]) not in here.local.sessions
