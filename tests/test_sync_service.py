"""The sync service: syncing when another computer's files arrive, after a session has
ended (not during it), and one translated line when a sync fails."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
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
    with qtbot.waitSignal(service.folder_changed, timeout=10_000):
        service.set_folder(folder)
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
    with qtbot.waitSignal(service.folder_changed, timeout=10_000):
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
    with qtbot.waitSignal(service.failed, timeout=10_000) as blocker:
        service.set_folder(folder)
    message = blocker.args[0]
    assert "\n" not in message and "000001.jsonl" in message and "newer" in message
    assert service.folder() is None  # the folder is only kept once a sync worked
    assert (SESSION, session(1)["id"]) not in here.local.sessions


def test_the_window_keeps_turning_while_a_sync_runs_and_its_results_arrive(
        qtbot: QtBot, tmp_path: Path) -> None:
    """A sync runs on the sync thread. Here it waits for this data dir's sync lock, held as
    the command line holds it while it syncs: meanwhile the GUI thread's timers keep firing
    and the service says it is busy; once the lock is free the sync runs and its report and
    the sessions it brought reach the GUI thread."""
    folder = tmp_path / "Sync"
    folder.mkdir()
    other = Computer(tmp_path, "Other")
    for n in range(3):
        other.local.add(session(n))
    other.syncer.sync(folder)
    here = Computer(tmp_path, "Here")
    service = service_for(here, tmp_path)
    busy: list[bool] = []
    service.busy_changed.connect(busy.append)
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    try:
        with here.syncer.store.locked():
            service.set_folder(folder)
            assert service.is_busy() and busy == [True]
            qtbot.waitUntil(lambda: len(ticks) >= 10, timeout=10_000)
            assert service.is_busy() and here.ids() == set()  # still waiting for the lock
        with qtbot.waitSignal(service.synced, timeout=10_000) as blocker:
            pass
    finally:
        timer.stop()
    assert sum(blocker.args[0].added.values()) == 3
    assert here.ids() == {session(n)["id"] for n in range(3)}
    assert busy == [True, False] and not service.is_busy()
    assert service.folder() == folder.resolve()


def test_a_sync_asked_for_while_one_runs_runs_once_it_ends(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "Sync"
    folder.mkdir()
    here, there = Computer(tmp_path, "Here"), Computer(tmp_path, "There")
    service = service_for(here, tmp_path)
    with qtbot.waitSignal(service.folder_changed, timeout=10_000):
        service.set_folder(folder)
    reports: list[object] = []
    service.synced.connect(reports.append)
    with here.syncer.store.locked():
        service.sync_now()
        there.local.add(session(7))
        there.syncer.sync(folder)
        service.sync_now()  # while the first waits: one more once it ends
        service.sync_now()  # (not two more)
    qtbot.waitUntil(lambda: len(reports) == 2, timeout=10_000)
    with qtbot.assertNotEmitted(service.synced, wait=300):
        pass
    assert here.ids() == {session(7)["id"]}
