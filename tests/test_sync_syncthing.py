"""Sync through two real Syncthing instances on the loopback address.

Two computers (data dirs) each sync with their side of a Syncthing folder; Syncthing carries
the files between the sides. The tests start Syncthing themselves and end it by PID.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from sync_helpers import Computer, routine, session
from syncthing_pair import SyncthingPair

from pilates_desktop.core.sync.files import DEVICES, JOURNAL_DIR
from pilates_desktop.core.sync.routine_sync import LocalRoutine

pytestmark = pytest.mark.slow


def test_the_harness_carries_files_both_ways(tmp_path: Path) -> None:
    started = time.monotonic()
    with SyncthingPair(tmp_path) as pair:
        (pair.a.folder / "from-a.txt").write_text("a")
        (pair.b.folder / "from-b.txt").write_text("b")
        pair.wait_in_sync()
        assert (pair.b.folder / "from-a.txt").read_text() == "a"
        assert (pair.a.folder / "from-b.txt").read_text() == "b"
        for inst in (pair.a, pair.b):  # nothing may leave the loopback address
            options = inst.api("/rest/config/options")
            assert options["listenAddresses"] == [f"tcp://127.0.0.1:{inst.sync_port}"]
            assert not any(options[k] for k in ("globalAnnounceEnabled", "localAnnounceEnabled",
                                                "relaysEnabled", "natEnabled",
                                                "crashReportingEnabled"))
            assert options["urAccepted"] < 0 and options["autoUpgradeIntervalH"] == 0
            gui = inst.api("/rest/config/gui")
            assert gui["address"] == f"127.0.0.1:{inst.gui_port}"
        pids = [pair.a.proc.pid, pair.b.proc.pid]  # type: ignore[union-attr]
    for pid in pids:  # ended, by the PID the harness started
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)
    assert time.monotonic() - started < 60


def test_two_computers_practise_at_once_and_agree(tmp_path: Path) -> None:
    with SyncthingPair(tmp_path) as pair:
        laptop, desktop = Computer(tmp_path, "Laptop"), Computer(tmp_path, "Desktop")
        for n in range(3):
            laptop.local.add(session(n))
            desktop.local.add(session(10 + n))
        laptop.local.routine_files["morning"] = LocalRoutine(routine("Morning"))
        laptop.syncer.sync(pair.a.folder)
        desktop.syncer.sync(pair.b.folder)
        pair.wait_in_sync()
        laptop.syncer.sync()
        desktop.syncer.sync()
        # both edit the routine before seeing the other's edit; the desktop's is later
        laptop.clock.advance(60)
        desktop.clock.advance(120)
        laptop.local.routine_files["morning"] = LocalRoutine(routine("Morning", reps=12))
        desktop.local.routine_files["morning"] = LocalRoutine(routine("Morning", reps=5))
        laptop.local.add(session(20))
        desktop.local.add(session(30))
        laptop.syncer.sync()
        desktop.syncer.sync()
        pair.wait_in_sync()
        for _ in range(2):  # the first sync takes the other's news, the second settles
            laptop.syncer.sync()
            desktop.syncer.sync()
            pair.wait_in_sync()
        assert laptop.ids() == desktop.ids() == {session(n)["id"]
                                                 for n in (0, 1, 2, 10, 11, 12, 20, 30)}
        assert laptop.local.sessions == desktop.local.sessions
        assert laptop.local.routine_files == desktop.local.routine_files
        assert set(laptop.local.routine_files) == {"morning", "morning-conflict-laptop"}
        assert laptop.local.routine_files["morning"].content["items"][0]["reps"] == 5
        assert laptop.local.routine_files["morning-conflict-laptop"].content["name"] == \
            "Morning (conflict from Laptop)"


def test_a_copied_data_dir_makes_syncthing_conflicts_and_nothing_is_lost(tmp_path: Path) -> None:
    """The one thing never to do: two computers with one data dir (copied). Both append to
    the same journal; Syncthing keeps one version and a .sync-conflict copy of the other,
    and every session of both still arrives."""
    import shutil

    with SyncthingPair(tmp_path) as pair:
        first = Computer(tmp_path, "First")
        first.local.add(session(1))
        first.syncer.sync(pair.a.folder)
        pair.wait_in_sync()
        clone = Computer(tmp_path, "Clone")
        shutil.rmtree(clone.data)
        shutil.copytree(first.data, clone.data)  # same device id
        clone.local.add(session(1))
        clone.syncer.sync(pair.b.folder)
        first.local.add(session(2))
        clone.local.add(session(3))
        first.syncer.sync()
        clone.syncer.sync()
        pair.wait_in_sync()
        journal = pair.a.folder / DEVICES / first.syncer.state().device_id / JOURNAL_DIR
        assert any(".sync-conflict-" in p.name for p in journal.iterdir())
        reader = Computer(tmp_path, "Reader")
        reader.syncer.sync(pair.a.folder)
        assert reader.ids() == {session(n)["id"] for n in (1, 2, 3)}
