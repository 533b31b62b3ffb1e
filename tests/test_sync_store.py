"""Sync between two real data dirs: the SQLite history store and the routine folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sync_helpers import Machine, session

from pilates_desktop.core.errors import FormatError
from pilates_desktop.core.history import EXPORT_FORMAT, EXPORT_VERSION, CheckIn, Feeling
from pilates_desktop.core.routines.routine import Item
from pilates_desktop.core.sync.files import DEVICES, JOURNAL_DIR


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Machine, Machine, Path]:
    folder = tmp_path / "Sync"
    folder.mkdir()
    return Machine(tmp_path, "Laptop"), Machine(tmp_path, "Desktop"), folder


def test_recorded_sessions_edits_and_deletions_reach_the_other_store(
        pair: tuple[Machine, Machine, Path]) -> None:
    a, b, folder = pair
    first = a.record("good")
    b.clock.advance(3600)
    b.record()
    a.syncer.sync(folder)
    report = b.syncer.sync(folder)
    assert report.added == {"session": 1}
    a.syncer.sync()
    assert a.export() == b.export() and len(a.export()) == 2
    b.clock.advance(60)
    b.store.update_session(first, note="better than last week", pain_after=1)
    b.syncer.sync()
    a.clock.advance(120)
    assert a.syncer.sync().changed == {"session": 1}
    assert a.store.session(first).note == "better than last week"  # type: ignore[union-attr]
    a.store.delete_session(first)
    a.syncer.sync()
    assert b.syncer.sync().removed == {"session": 1}
    assert a.export() == b.export() and len(b.export()) == 1
    assert a.syncer.sync().nothing_new and b.syncer.sync().nothing_new


def test_a_session_the_store_refuses_names_its_journal_and_writes_nothing(
        pair: tuple[Machine, Machine, Path]) -> None:
    a, b, folder = pair
    a.store.import_json({"format": EXPORT_FORMAT, "version": EXPORT_VERSION,
                         "sessions": [session(1), session(2)]}, "x")
    a.syncer.sync(folder)
    journal = folder / DEVICES / a.syncer.state().device_id / JOURNAL_DIR / "000001.jsonl"
    lines = journal.read_text().splitlines()
    bad = json.loads(lines[1])
    bad["data"]["pain_before"] = 11
    journal.write_text("\n".join([lines[0], json.dumps(bad)]) + "\n")
    with pytest.raises(FormatError, match=r"000001.jsonl: session .*: \$\.data\.pain_before"):
        b.syncer.sync(folder)
    assert b.store.count() == 0


def test_routines_go_through_the_repository(pair: tuple[Machine, Machine, Path]) -> None:
    a, b, folder = pair
    a.repo.add("Morning", [Item(exercise="glute-bridge")])
    a.syncer.sync(folder)
    assert b.syncer.sync(folder).routines_added == ["Morning"]
    assert [r.name for r in b.repo.user()[0]] == ["Morning"]
    # a damaged routine file is neither sent as deleted nor written over
    (b.data / "routines" / "morning.json").write_text("{")
    b.clock.advance(10)
    b.syncer.sync()
    a.clock.advance(20)
    assert not a.syncer.sync().routines_removed
    assert [r.id for r in a.repo.user()[0]] == ["morning"]
    assert (b.data / "routines" / "morning.json").read_text() == "{"


def test_check_ins_and_pain_per_exercise_travel(pair: tuple[Machine, Machine, Path]) -> None:
    a, b, folder = pair
    sid = a.record()
    day = a.clock.now().date()
    a.store.add_checkin(CheckIn(day, a.clock.now(), Feeling.WORSE, 5, ("morning",), (sid,)))
    a.syncer.sync(folder)
    report = b.syncer.sync(folder)
    assert report.added == {"session": 1, "checkin": 1}
    assert b.store.session(sid).items[0].pain == 3  # type: ignore[union-attr]
    assert b.store.checkins() == a.store.checkins()
    # a second answer the same day (on the other computer) replaces the first everywhere
    b.clock.advance(7200)
    b.store.add_checkin(CheckIn(day, b.clock.now(), Feeling.SAME, 2, ("morning",), (sid,)))
    b.syncer.sync()
    a.clock.advance(7200 + 60)
    assert a.syncer.sync().changed == {"checkin": 1}
    assert [(c.feeling, c.pain) for c in a.store.checkins()] == [(Feeling.SAME, 2)]
    assert a.syncer.sync().nothing_new and b.syncer.sync().nothing_new
