"""Sync through two real Syncthing instances on the loopback address.

Two computers (data dirs) each sync with their side of a Syncthing folder; Syncthing carries
the files between the sides. The tests start Syncthing themselves and end it by PID.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest
from sync_helpers import Computer, Machine, session
from syncthing_pair import SyncthingPair

from pilates_desktop.core.routines.routine import Item
from pilates_desktop.core.sync.files import DEVICES, JOURNAL_DIR

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
    """Two data dirs with real SQLite histories and routine folders, each on its side of a
    Syncthing folder, record sessions at the same time and edit one routine at once."""
    with SyncthingPair(tmp_path) as pair:
        laptop, desktop = Machine(tmp_path, "Laptop"), Machine(tmp_path, "Desktop")
        morning = laptop.repo.add("Morning", [Item(exercise="glute-bridge", reps=8)])
        laptop.syncer.sync(pair.a.folder)
        desktop.syncer.sync(pair.b.folder)
        pair.wait_in_sync()
        desktop.syncer.sync()
        assert [r.id for r in desktop.repo.user()[0]] == ["morning"]
        recorded = set()
        for _ in range(3):  # both practise at the same time
            recorded |= {laptop.record("laptop"), desktop.record("desktop")}
        # both change the routine before seeing the other's change; the desktop's is later
        laptop.clock.advance(60)
        desktop.clock.advance(120)
        laptop.repo.save(replace(morning, items=(Item(exercise="glute-bridge", reps=12),)))
        desktop.repo.save(replace(morning, items=(Item(exercise="glute-bridge", reps=5),)))
        laptop.syncer.sync()
        desktop.syncer.sync()
        pair.wait_in_sync()
        for _ in range(2):  # the first sync takes the other's news, the second settles
            laptop.syncer.sync()
            desktop.syncer.sync()
            pair.wait_in_sync()
        assert {s["id"] for s in laptop.export()} == recorded
        assert laptop.export() == desktop.export()
        routines = {c: {r.id: r for r in c.repo.user()[0]} for c in (laptop, desktop)}
        assert routines[laptop].keys() == routines[desktop].keys() == {
            "morning", "morning-conflict-laptop"}
        for rid in routines[laptop]:
            assert routines[laptop][rid] == routines[desktop][rid]
        assert routines[laptop]["morning"].items[0].overrides() == {"reps": 5}
        copy = routines[laptop]["morning-conflict-laptop"]
        assert copy.name == "Morning (conflict from Laptop)" and copy.items[0].overrides() == {
            "reps": 12}
        assert laptop.syncer.sync().nothing_new and desktop.syncer.sync().nothing_new


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


def _cli(data: Path, *argv: str) -> str:
    out = subprocess.run([sys.executable, "-m", "pilates_desktop", "--data-dir", str(data),
                          *argv], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_the_command_line_syncs_two_data_dirs_through_syncthing(tmp_path: Path) -> None:
    """`pilates-desktop sync` as a person runs it, on both sides of a real Syncthing folder."""
    with SyncthingPair(tmp_path) as pair:
        laptop, desktop = Machine(tmp_path, "Laptop"), Machine(tmp_path, "Desktop")
        laptop.repo.add("Morning", [Item(exercise="glute-bridge", reps=8)])
        _cli(laptop.data, "sync", "--folder", str(pair.a.folder), "--name", "Laptop")
        _cli(desktop.data, "sync", "--folder", str(pair.b.folder), "--name", "Desktop")
        pair.wait_in_sync()
        _cli(desktop.data, "sync")
        recorded = {laptop.record(), desktop.record(), laptop.record()}
        desktop.repo.add("Evening", [Item(exercise="clams", reps=10)])
        _cli(laptop.data, "sync")
        _cli(desktop.data, "sync")
        pair.wait_in_sync()
        _cli(laptop.data, "sync")
        _cli(desktop.data, "sync")
        histories = [sorted(json.loads(_cli(m.data, "history", "--json"))["sessions"],
                            key=lambda s: str(s["id"])) for m in (laptop, desktop)]
        assert histories[0] == histories[1]  # (two sessions began at the same minute)
        assert {s["id"] for s in histories[0]} == recorded
        routines = [{r["id"] for r in json.loads(_cli(m.data, "routines", "--json"))
                     if not r["builtin"]} for m in (laptop, desktop)]
        assert routines[0] == routines[1] == {"morning", "evening"}
