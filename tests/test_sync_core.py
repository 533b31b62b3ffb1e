"""Sync through a shared folder, with two or three computers (data dirs) on one folder."""

from __future__ import annotations

import json
import os
import resource
import signal
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sync_helpers import Computer, routine, session

from pilates_desktop.core.clock import FakeClock
from pilates_desktop.core.errors import PhraseError
from pilates_desktop.core.sync.errors import SyncError
from pilates_desktop.core.sync.files import DEVICES, JOURNAL_DIR, ROUTINES_DIR
from pilates_desktop.core.sync.journal import read_new
from pilates_desktop.core.sync.records import SESSION


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "Sync"
    path.mkdir()
    return path


def pair(tmp_path: Path) -> tuple[Computer, Computer]:
    return Computer(tmp_path, "Laptop"), Computer(tmp_path, "Desktop")


def journal_of(c: Computer, folder: Path) -> Path:
    return folder / DEVICES / c.syncer.state().device_id / JOURNAL_DIR / "000001.jsonl"


def test_sessions_from_both_sides_end_up_on_both(tmp_path: Path, folder: Path) -> None:
    a, b = pair(tmp_path)
    a.local.add(session(1))
    b.local.add(session(2))
    report = a.syncer.sync(folder)
    assert report.sent == 1 and not report.added
    report = b.syncer.sync(folder)
    assert report.added[SESSION] == 1 and report.sent == 1
    a.syncer.sync()  # the folder is remembered
    assert a.local.sessions == b.local.sessions and len(a.ids()) == 2
    assert a.syncer.sync().nothing_new and b.syncer.sync().nothing_new


def test_sync_twice_is_sync_once(tmp_path: Path, folder: Path) -> None:
    a, b = pair(tmp_path)
    for n in range(5):
        a.local.add(session(n))
    a.syncer.sync(folder)
    b.syncer.sync(folder)
    a.syncer.sync()  # sees b's device file: b has joined
    applied = b.local.applied
    lines = journal_of(a, folder).read_bytes().count(b"\n")
    for c in (a, b, a, b):
        assert c.syncer.sync().nothing_new
    assert b.local.applied == applied
    assert journal_of(a, folder).read_bytes().count(b"\n") == lines
    assert not (folder / DEVICES / b.syncer.state().device_id / JOURNAL_DIR).exists()


def test_edits_and_deletions_travel(tmp_path: Path, folder: Path) -> None:
    a, b = pair(tmp_path)
    a.local.add(session(1))
    a.local.add(session(2))
    a.syncer.sync(folder)
    b.syncer.sync(folder)
    b.clock.advance(60)
    b.local.add(session(1, note="felt good"))  # an edit of the same session id
    del b.local.sessions[(SESSION, session(2)["id"])]
    assert b.syncer.sync().sent == 2
    a.clock.advance(120)
    report = a.syncer.sync()
    assert report.changed[SESSION] == 1 and report.removed[SESSION] == 1
    assert a.local.sessions == b.local.sessions
    assert a.local.sessions[(SESSION, session(1)["id"])]["note"] == "felt good"


def test_an_edit_after_a_deletion_keeps_the_session(tmp_path: Path, folder: Path) -> None:
    a, b = pair(tmp_path)
    a.local.add(session(1))
    a.syncer.sync(folder)
    b.syncer.sync(folder)
    del a.local.sessions[(SESSION, session(1)["id"])]
    a.syncer.sync()
    b.clock.advance(30)  # b edits it later, not having seen the deletion
    b.local.add(session(1, note="later"))
    b.syncer.sync()
    a.syncer.sync()
    assert a.local.sessions == b.local.sessions
    assert a.local.sessions[(SESSION, session(1)["id"])]["note"] == "later"


def test_a_journal_of_a_newer_format_stops_with_nothing_changed(
        tmp_path: Path, folder: Path) -> None:
    a, b = pair(tmp_path)
    a.local.add(session(1))
    a.syncer.sync(folder)
    line = json.loads(journal_of(a, folder).read_text().splitlines()[0])
    line["v"] = 2
    with journal_of(a, folder).open("a") as handle:
        handle.write(json.dumps(line) + "\n")
    b.local.add(session(2))
    with pytest.raises(SyncError, match="newer Pilates Desktop.*sync format 2") as info:
        b.syncer.sync(folder)
    assert "000001.jsonl" in info.value.where
    assert b.ids() == {session(2)["id"]}  # nothing came in, and nothing went out
    assert not (folder / DEVICES / b.syncer.state().device_id).exists()
    assert not (b.data / "sync" / "state.json").exists()


def test_a_damaged_line_names_file_and_line(tmp_path: Path, folder: Path) -> None:
    a, b = pair(tmp_path)
    a.local.add(session(1))
    a.syncer.sync(folder)
    with journal_of(a, folder).open("a") as handle:
        handle.write('{"v": 1, "oops"}\n')
    with pytest.raises(SyncError, match=r"line 2: not valid JSON"):
        b.syncer.sync(folder)
    assert not b.local.sessions


def test_a_session_the_history_would_refuse_stops_the_sync(tmp_path: Path, folder: Path) -> None:
    a, b = pair(tmp_path)
    bad = session(1)
    bad["pain_before"] = 11
    a.local.add(bad)
    a.syncer.sync(folder)
    with pytest.raises(PhraseError, match=r"000001.jsonl: session .*pain_before"):
        b.syncer.sync(folder)
    assert not b.local.sessions


def test_a_cut_off_journal_is_read_to_its_last_whole_record(tmp_path: Path, folder: Path) -> None:
    a, b = pair(tmp_path)
    a.local.add(session(1))
    a.local.add(session(2))
    a.syncer.sync(folder)
    path = journal_of(a, folder)
    whole = path.read_bytes()
    first_end = whole.index(b"\n") + 1
    path.write_bytes(whole[: first_end + 40])  # the second record half-synced
    report = b.syncer.sync(folder)
    assert len(b.ids()) == 1 and report.added[SESSION] == 1
    assert [str(w.phrase) for w in report.warnings] == [
        "ends in an incomplete record (still being synced?); read up to its last whole record"]
    path.write_bytes(whole)  # the rest arrives
    report = b.syncer.sync()
    assert report.added[SESSION] == 1 and not report.warnings
    assert b.local.sessions == a.local.sessions


def test_conflict_copies_of_a_sync_service_are_read_as_journals(
        tmp_path: Path, folder: Path) -> None:
    a, b = pair(tmp_path)
    a.local.add(session(1))
    a.syncer.sync(folder)
    # What a sync service does when two machines changed one file: both versions are kept.
    other = Computer(tmp_path, "Clone")
    other.local.add(session(7))
    other.syncer.sync(folder)
    theirs = journal_of(other, folder)
    for name in ("000001.sync-conflict-20260302-101010-ABCDEFG.jsonl",
                 "000001 (conflicted copy 2026-03-02).jsonl"):
        (journal_of(a, folder).parent / name).write_bytes(theirs.read_bytes())
    theirs.unlink()
    b.syncer.sync(folder)
    assert b.ids() == {session(1)["id"], session(7)["id"]}


def test_a_no_op_sync_only_looks_at_file_sizes(tmp_path: Path, folder: Path) -> None:
    a, b = pair(tmp_path)
    a.local.add(session(1))
    a.syncer.sync(folder)
    b.syncer.sync(folder)
    journal = journal_of(a, folder)
    st = journal.stat()
    # Garbage of the same size and time: a sync that read the journal would stop on it.
    journal.write_bytes(b"x" * (st.st_size - 1) + b"\n")
    os.utime(journal, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert b.syncer.sync().nothing_new
    os.utime(journal, ns=(st.st_atime_ns, st.st_mtime_ns + 1))
    with pytest.raises(SyncError, match="000001.jsonl"):
        b.syncer.sync()


def test_an_appended_journal_is_read_from_where_it_stopped(folder: Path, tmp_path: Path) -> None:
    a = Computer(tmp_path, "Laptop")
    a.local.add(session(1))
    a.syncer.sync(folder)
    path = journal_of(a, folder)
    first = read_new(path, "j", None)
    a.local.add(session(2))
    a.clock.advance(5)
    a.syncer.sync()
    second = read_new(path, "j", first.cursor)
    assert [r.id for r in second.records] == [session(2)["id"]] and not second.from_start
    assert second.cursor.lines == 2
    # A journal replaced by another file (not an append) is read again from its start.
    path.write_bytes(path.read_bytes().replace(b'"id":"', b'"id": "', 1))
    again = read_new(path, "j", second.cursor)
    assert again.from_start and len(again.records) == 2


def test_routines_travel_and_concurrent_edits_keep_both(tmp_path: Path, folder: Path) -> None:
    a, b = pair(tmp_path)
    from pilates_desktop.core.sync.routine_sync import LocalRoutine

    a.local.routine_files["morning"] = LocalRoutine(routine("Morning"))
    a.syncer.sync(folder)
    report = b.syncer.sync(folder)
    assert report.routines_added == ["Morning"] and not report.conflicts
    # Sequential edits: b changes it after having it, a takes the change. No conflict.
    b.clock.advance(60)
    b.local.routine_files["morning"] = LocalRoutine(routine("Morning", reps=10))
    b.syncer.sync()
    a.clock.advance(120)
    report = a.syncer.sync()
    assert report.routines_changed == ["Morning"] and not report.conflicts
    assert a.local.routine_files["morning"].content["items"][0]["reps"] == 10
    # Concurrent edits: both change it before seeing the other's change.
    a.clock.advance(60)
    b.clock.advance(300)  # b's edit is the later one
    a.local.routine_files["morning"] = LocalRoutine(routine("Morning", reps=12))
    b.local.routine_files["morning"] = LocalRoutine(routine("Morning", reps=6))
    a.syncer.sync()
    report = b.syncer.sync()
    assert [c.version.content["name"] for c in report.conflicts if c.version.content] == [
        "Morning (conflict from Laptop)"]
    report = a.syncer.sync()
    assert a.local.routine_files.keys() == b.local.routine_files.keys() == {
        "morning", "morning-conflict-laptop"}
    assert a.local.routine_files["morning"].content["items"][0]["reps"] == 6
    assert b.local.routine_files["morning-conflict-laptop"].content["items"][0]["reps"] == 12
    assert a.local.routine_files == b.local.routine_files
    for c in (a, b, a, b):
        assert not c.syncer.sync().conflicts
    third = Computer(tmp_path, "Third")
    third.syncer.sync(folder)
    assert third.local.routine_files == a.local.routine_files


def test_a_deleted_routine_goes_but_a_concurrent_edit_survives(
        tmp_path: Path, folder: Path) -> None:
    from pilates_desktop.core.sync.routine_sync import LocalRoutine

    a, b = pair(tmp_path)
    a.local.routine_files["evening"] = LocalRoutine(routine("Evening"))
    a.local.routine_files["desk"] = LocalRoutine(routine("Desk"))
    a.syncer.sync(folder)
    b.syncer.sync(folder)
    del a.local.routine_files["desk"]
    a.clock.advance(10)
    a.syncer.sync()
    report = b.syncer.sync()
    assert report.routines_removed == ["Desk"] and "desk" not in b.local.routine_files
    # a deletes "evening" later while b edits it without knowing: the edit is kept.
    b.clock.advance(20)
    b.local.routine_files["evening"] = LocalRoutine(routine("Evening", reps=3))
    a.clock.advance(60)
    del a.local.routine_files["evening"]
    b.syncer.sync()
    a.syncer.sync()
    b.syncer.sync()
    assert a.local.routine_files == b.local.routine_files
    kept = [r.content for r in a.local.routine_files.values()]
    assert [r["items"][0]["reps"] for r in kept] == [3]


def test_folder_files_are_private_and_never_a_database(tmp_path: Path, folder: Path) -> None:
    from pilates_desktop.core.sync.routine_sync import LocalRoutine

    a = Computer(tmp_path, "Laptop")
    a.local.add(session(1))
    a.local.routine_files["morning"] = LocalRoutine(routine("Morning"))
    a.syncer.sync(folder)
    written = [p for p in folder.rglob("*")]
    assert {p.suffix for p in written if p.is_file()} == {".json", ".jsonl"}
    for p in written:
        assert stat.S_IMODE(p.stat().st_mode) == (0o700 if p.is_dir() else 0o600)
        assert not p.name.startswith(".")  # no temporary file left behind
    assert stat.S_IMODE((a.data / "sync").stat().st_mode) == 0o700
    assert (folder / DEVICES / a.syncer.state().device_id / ROUTINES_DIR / "morning.json").exists()


def test_the_folder_must_not_hold_the_data_dir(tmp_path: Path) -> None:
    a = Computer(tmp_path / "Sync", "Laptop")  # its data dir is inside the folder
    with pytest.raises(SyncError, match="overlap"):
        a.syncer.sync(tmp_path / "Sync")
    with pytest.raises(SyncError, match="does not exist"):
        a.syncer.sync(tmp_path / "missing")


def test_without_a_folder_the_sync_says_how_to_set_one(tmp_path: Path) -> None:
    a = Computer(tmp_path, "Laptop")
    with pytest.raises(SyncError, match=r"^sync: no sync folder is set; choose one with: sync --folder DIR$"):
        a.syncer.sync()


def test_a_failed_write_keeps_the_old_file(tmp_path: Path, folder: Path) -> None:
    a = Computer(tmp_path, "Laptop")
    a.local.add(session(1))
    a.syncer.sync(folder)
    journal = journal_of(a, folder)
    before = journal.read_bytes()
    a.local.add(session(2))
    # A real write failure, even as root: files may not grow past what is there (EFBIG).
    limits = resource.getrlimit(resource.RLIMIT_FSIZE)
    old_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (len(before) + 10, limits[1]))
    try:
        with pytest.raises(SyncError, match="000001.jsonl: cannot write: File too large"):
            a.syncer.sync()
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, limits)
        signal.signal(signal.SIGXFSZ, old_handler)
    assert journal.read_bytes() == before
    assert [p.name for p in journal.parent.iterdir()] == ["000001.jsonl"]
    assert a.syncer.sync().sent == 1  # and the next sync sends what is left


def test_a_damaged_state_is_rebuilt_from_the_folder(tmp_path: Path, folder: Path) -> None:
    a, b = pair(tmp_path)
    a.local.add(session(1))
    a.syncer.sync(folder)
    b.syncer.sync(folder)
    (b.data / "sync" / "index.json").write_text("{")
    b.local.add(session(3))
    report = b.syncer.sync()
    assert report.sent == 1 and b.ids() == {session(1)["id"], session(3)["id"]}
    a.syncer.sync()
    assert a.local.sessions == b.local.sessions


def test_a_clock_behind_still_keeps_every_session(tmp_path: Path, folder: Path) -> None:
    a = Computer(tmp_path, "Laptop")
    b = Computer(tmp_path, "Desktop", FakeClock.at(datetime(2020, 1, 1, tzinfo=UTC)))
    a.local.add(session(1))
    b.local.add(session(2))
    a.syncer.sync(folder)
    b.syncer.sync(folder)
    a.syncer.sync()
    assert a.ids() == b.ids() == {session(1)["id"], session(2)["id"]}


def test_a_change_made_after_seeing_another_wins_whatever_the_clocks_say(
        tmp_path: Path, folder: Path) -> None:
    ahead = Computer(tmp_path, "Ahead", FakeClock.at(datetime(2026, 3, 2, 12, tzinfo=UTC)))
    behind = Computer(tmp_path, "Behind", FakeClock.at(datetime(2026, 3, 2, 9, tzinfo=UTC)))
    ahead.local.add(session(1, note="edited on the computer whose clock is ahead"))
    ahead.syncer.sync(folder)
    behind.syncer.sync(folder)
    del behind.local.sessions[(SESSION, session(1)["id"])]  # deleted after seeing the edit
    behind.syncer.sync()
    ahead.syncer.sync()
    assert ahead.local.sessions == behind.local.sessions == {}


def test_each_session_names_the_computer_it_was_recorded_on(
        tmp_path: Path, folder: Path) -> None:
    a, b = pair(tmp_path)
    a.local.add(session(1))
    b.local.add(session(2))
    a.syncer.sync(folder)
    b.syncer.sync(folder)
    b.clock.advance(60)
    b.local.add(session(1, note="edited on the desktop"))  # an edit does not move it
    b.syncer.sync()
    a.syncer.sync()
    expected = {session(1)["id"]: "Laptop", session(2)["id"]: "Desktop"}
    assert a.syncer.origins() == b.syncer.origins() == expected
    a.syncer.set_device_name("Wohnzimmer")
    a.syncer.sync()
    b.syncer.sync()
    assert b.syncer.origins()[session(1)["id"]] == "Wohnzimmer"
