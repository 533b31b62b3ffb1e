"""The history store: migrations, recovery from bad files, full disks and killed processes."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from pilates_desktop.core.errors import FormatError
from pilates_desktop.core.history import (
    SCHEMA_VERSION,
    HistoryStore,
    ItemStatus,
    Notice,
    NoticeKind,
    SessionStatus,
    list_backups,
)

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).resolve().parent.parent
LONDON = ZoneInfo("Europe/London")


class Clock:
    def __init__(self, start: datetime) -> None:
        self.t = start

    def __call__(self) -> datetime:
        return self.t

    def advance(self, **kw: float) -> None:
        self.t += timedelta(**kw)


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 3, 28, 9, 0, tzinfo=LONDON))


def open_store(tmp_path: Path, clock: Clock, name: str = "history.sqlite3", **kw):  # type: ignore[no-untyped-def]
    return HistoryStore.open(tmp_path / name, backups_dir=tmp_path / "backups", now=clock, **kw)


def record_session(store: HistoryStore, clock: Clock, minutes: int = 20, **kw) -> str:  # type: ignore[no-untyped-def]
    sid = store.begin_session("gentle", "Gentle back care", minutes * 60, kw.pop("pain_before", 4))
    for n in range(3):
        clock.advance(seconds=minutes * 20)
        store.add_item(sid, f"ex-{n}", "none", minutes * 20, minutes * 20, 8, ItemStatus.DONE)
    store.finish_session(sid, kw.pop("status", SessionStatus.FINISHED), minutes * 60, **kw)
    return sid


def test_session_round_trip_keeps_local_offset(tmp_path: Path, clock: Clock) -> None:
    store = open_store(tmp_path, clock).store
    sid = record_session(store, clock, pain_after=2, note="Easy today")
    [rec] = store.sessions()
    assert rec.id == sid
    assert rec.started_at == datetime(2026, 3, 28, 9, 0, tzinfo=LONDON)
    assert rec.started_at.utcoffset() == timedelta(0)
    assert rec.ended_at - rec.started_at == timedelta(minutes=20)
    assert (rec.status, rec.pain_before, rec.pain_after, rec.note) == ("finished", 4, 2, "Easy today")
    assert [i.exercise for i in rec.items] == ["ex-0", "ex-1", "ex-2"]
    # The day after the clocks go forward, the offset recorded is +01:00.
    clock.t = datetime(2026, 3, 29, 9, 0, tzinfo=LONDON)
    record_session(store, clock)
    assert store.sessions()[1].started_at.utcoffset() == timedelta(hours=1)


def test_wal_and_schema_version(tmp_path: Path, clock: Clock) -> None:
    store = open_store(tmp_path, clock).store
    store.close()
    conn = sqlite3.connect(tmp_path / "history.sqlite3")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION + 1))
def test_migrates_every_fixture_version(tmp_path: Path, clock: Clock, version: int) -> None:
    fixture = FIXTURES / f"history_v{version}.sqlite3"
    assert fixture.exists(), "run tests/fixtures/make_history_fixtures.py"
    shutil.copy(fixture, tmp_path / "history.sqlite3")
    result = open_store(tmp_path, clock)
    store = result.store
    kinds = [n.kind for n in result.notices]
    assert NoticeKind.INTERRUPTED_CLOSED in kinds  # the fixture holds a session left open
    assert NoticeKind.BACKUP_MADE in kinds  # taken before migrating
    sessions = {s.routine_name + s.status: s for s in store.sessions()}
    assert len(sessions) == 3
    done = sessions["Gentle back carefinished"]
    assert [(i.exercise, i.side, i.done_s, i.reps_done, i.status) for i in done.items] == [
        ("the-hundred", "none", 80, None, "done"),
        ("clams", "right", 60, 10, "done"),
        ("clams", "left", 30, 5, "partial"),
    ]
    assert (done.pain_before, done.pain_after) == (4, 2)
    crashed = sessions["Gentle back careinterrupted"]
    assert crashed.active_s == 150  # the items recorded before the crash
    assert crashed.ended_at == datetime(2025, 4, 2, 7, 4, tzinfo=UTC)
    assert len(crashed.items) == 2
    pain = sessions["Core basicspain"]
    if version >= 2:
        assert pain.hurt_exercise == "roll-up"
        assert pain.started_at.utcoffset() == timedelta(hours=1)
        assert done.note == "Felt loose afterwards"
    store.close()
    conn = sqlite3.connect(tmp_path / "history.sqlite3")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    # A migrated database takes new sessions like a fresh one.
    store = open_store(tmp_path, clock).store
    record_session(store, clock)
    assert len(store.sessions()) == 4


def test_session_left_open_is_closed_as_interrupted(tmp_path: Path, clock: Clock) -> None:
    store = open_store(tmp_path, clock).store
    sid = store.begin_session("gentle", "Gentle back care", 900, None)
    clock.advance(minutes=2)
    store.add_item(sid, "clams", "right", 60, 60, 10, "done")
    clock.advance(minutes=1)
    store.add_item(sid, "clams", "left", 60, 45, 7, "partial")
    assert store.sessions() == []  # an open session is not history yet
    store.close()
    result = open_store(tmp_path, clock)
    [notice] = [n for n in result.notices if n.kind is NoticeKind.INTERRUPTED_CLOSED]
    assert notice.count == 1
    [rec] = result.store.sessions()
    assert rec.status is SessionStatus.INTERRUPTED
    assert rec.active_s == 105
    assert rec.ended_at == datetime(2026, 3, 28, 9, 3, tzinfo=LONDON)


def test_export_without_maintenance_leaves_open_sessions_alone(tmp_path: Path, clock: Clock) -> None:
    app = open_store(tmp_path, clock).store
    sid = app.begin_session("gentle", "Gentle back care", 900, None)
    cli = open_store(tmp_path, clock, maintenance=False).store
    assert cli.export_json()["sessions"] == []
    assert app.open_session_ids() == [sid]


# --- files that cannot be used -----------------------------------------------------------


def _good_db(tmp_path: Path, clock: Clock) -> Path:
    store = open_store(tmp_path, clock).store
    for _ in range(30):
        record_session(store, clock, note="x" * 500)
    store.close()
    open_store(tmp_path, clock).store.close()  # the first open with something to back up
    return tmp_path / "history.sqlite3"


def _corrupt(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 2, len(data), 97):  # scribble over every page after the first two
        data[offset] = (data[offset] + 77) % 256
    path.write_bytes(bytes(data))


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3 + 100])


def _random(path: Path) -> None:
    path.write_bytes(os.urandom(50_000))


def _newer(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    ("damage", "kind", "label"),
    [
        (_corrupt, NoticeKind.CORRUPT_MOVED, "corrupt"),
        (_truncate, NoticeKind.CORRUPT_MOVED, "corrupt"),
        (_random, NoticeKind.CORRUPT_MOVED, "corrupt"),
        (_newer, NoticeKind.NEWER_MOVED, "newer"),
    ],
    ids=["corrupt", "truncated", "random-bytes", "newer-version"],
)
def test_bad_file_is_moved_aside_and_backup_offered(tmp_path, clock, damage, kind, label) -> None:  # type: ignore[no-untyped-def]
    path = _good_db(tmp_path, clock)  # the first open of the day made a backup
    # Check the WAL was folded in, so the damage hits the real content.
    assert not (tmp_path / "history.sqlite3-wal").exists() or (tmp_path / "history.sqlite3-wal").stat().st_size == 0
    [backup] = list_backups(tmp_path / "backups")
    damage(path)
    clock.t = datetime(2026, 4, 2, 7, 30, 15, tzinfo=LONDON)
    result = open_store(tmp_path, clock)
    [notice] = [n for n in result.notices if n.kind is kind]
    assert notice.path == tmp_path / f"history.sqlite3.{label}-20260402-073015"
    assert notice.path.exists()
    assert notice.path.name in notice.message
    # The last good copy is taken out of rotation, and offered.
    kept = backup.with_name("history-2026-03-28-kept.sqlite3")
    assert notice.backup == kept and result.restore_offer == kept
    assert list_backups(tmp_path / "backups") == [kept]
    store = result.store
    assert store.sessions() == []
    sid = record_session(store, clock)  # the fresh database works
    assert store.restore_backup(kept) == 31  # 30 from the backup plus the new one kept
    assert sid in {s.id for s in store.sessions()}


def test_bad_file_without_backup_offers_nothing(tmp_path: Path, clock: Clock) -> None:
    _random(tmp_path / "history.sqlite3")
    result = open_store(tmp_path, clock)
    assert result.restore_offer is None
    assert [n.kind for n in result.notices] == [NoticeKind.CORRUPT_MOVED]


def test_unopenable_path_keeps_history_in_memory(tmp_path: Path, clock: Clock) -> None:
    (tmp_path / "history.sqlite3").mkdir()  # a folder where the file should be
    result = open_store(tmp_path, clock)
    assert [n.kind for n in result.notices][-1] is NoticeKind.IN_MEMORY
    record_session(result.store, clock)
    assert len(result.store.sessions()) == 1


# --- backups -------------------------------------------------------------------------------


def test_daily_backup_on_first_open_once_a_day(tmp_path: Path, clock: Clock) -> None:
    store = open_store(tmp_path, clock).store
    record_session(store, clock)
    store.close()
    for day in range(3):
        clock.t = datetime(2026, 4, 1, 8, tzinfo=LONDON) + timedelta(days=day)
        result = open_store(tmp_path, clock)
        assert [n.kind for n in result.notices] == [NoticeKind.BACKUP_MADE]
        result.store.close()
        again = open_store(tmp_path, clock)  # the second open that day makes none
        assert again.notices == []
        again.store.close()
    names = [p.name for p in list_backups(tmp_path / "backups")]
    assert names == [f"history-2026-04-{d:02d}.sqlite3" for d in (1, 2, 3)]
    conn = sqlite3.connect(tmp_path / "backups" / names[-1])
    assert conn.execute("SELECT COUNT(*) FROM sessions").fetchone()[0] == 1
    conn.close()


def test_backups_are_kept_in_tiers_for_a_year(tmp_path: Path, clock: Clock) -> None:
    """Daily for a week, weekly for two months, monthly for a year: 400 days of opens."""
    store = open_store(tmp_path, clock).store
    record_session(store, clock)
    store.close()
    start = datetime(2025, 1, 1, 8, tzinfo=LONDON)
    for day in range(400):
        clock.t = start + timedelta(days=day)
        open_store(tmp_path, clock).store.close()
    today = clock.t.date()
    days = [date.fromisoformat(p.name[8:18]) for p in list_backups(tmp_path / "backups")]
    ages = sorted((today - d).days for d in days)
    assert ages[:7] == list(range(7))  # every day of the last week
    weekly = [d for d in days if 7 <= (today - d).days < 61]
    assert len({d.isocalendar()[:2] for d in weekly}) == len(weekly) >= 7  # one a week
    monthly = [d for d in days if (today - d).days >= 61]
    assert len({(d.year, d.month) for d in monthly}) == len(monthly) >= 9  # one a month
    assert max(ages) < 366  # nothing older than a year
    assert len(days) <= 7 + 9 + 11


def test_the_backup_before_a_damaged_file_is_never_rotated_out(tmp_path: Path,
                                                               clock: Clock) -> None:
    path = _good_db(tmp_path, clock)  # 2026-03-28: 30 sessions, backed up
    _random(path)
    first = open_store(tmp_path, clock)
    kept = first.restore_offer
    assert kept is not None and kept.name == "history-2026-03-28-kept.sqlite3"
    record_session(first.store, clock)
    first.store.close()
    for day in range(1, 500):  # the old daily rotation lost it within 7 days
        clock.t = datetime(2026, 3, 28, 9, tzinfo=LONDON) + timedelta(days=day)
        open_store(tmp_path, clock).store.close()
    assert kept.exists()
    conn = sqlite3.connect(kept)
    assert conn.execute("SELECT COUNT(*) FROM sessions").fetchone()[0] == 30
    conn.close()


# --- a full disk ---------------------------------------------------------------------------


def test_full_disk_keeps_writes_in_memory_and_retries(tmp_path: Path, clock: Clock) -> None:
    notices: list[Notice] = []
    store = open_store(tmp_path, clock, on_notice=notices.append).store
    conn = store._conn  # the test reaches in to shrink the disk
    record_session(store, clock)
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")
    sid = store.begin_session("gentle", "Gentle back care", 1200, 5)
    for n in range(40):
        store.add_item(sid, "clams", "right", 60, 60, n, "done")
        store.update_session(sid, note="n" * 900 * n)
    assert store.pending_writes() > 0
    assert notices and notices[0].kind is NoticeKind.WRITE_PENDING
    assert "full" in notices[0].detail
    store.finish_session(sid, "finished", 2400, pain_after=3)
    assert store.retry_pending() is False  # still full
    conn.execute("PRAGMA max_page_count = 1000000")
    assert store.retry_pending() is True
    assert [n.kind for n in notices] == [NoticeKind.WRITE_PENDING, NoticeKind.WRITES_SAVED]
    assert store.pending_writes() == 0
    rec = store.session(sid)
    assert rec is not None and rec.status is SessionStatus.FINISHED and rec.pain_after == 3
    assert [i.reps_done for i in rec.items] == list(range(40))  # all kept, in order


def test_full_disk_write_is_retried_by_the_next_write(tmp_path: Path, clock: Clock) -> None:
    store = open_store(tmp_path, clock).store
    conn = store._conn
    record_session(store, clock)
    conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")
    sid = store.begin_session("gentle", "x" * 20000, 60, None)
    assert store.pending_writes() == 1
    conn.execute("PRAGMA max_page_count = 1000000")
    store.add_item(sid, "clams", "none", 60, 60, 1, "done")
    assert store.pending_writes() == 0
    assert store.open_session_ids() == [sid]


# --- a killed process ----------------------------------------------------------------------

CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from pilates_desktop.core.history import HistoryStore
    folder = Path(sys.argv[1])
    store = HistoryStore.open(folder / "history.sqlite3", backups_dir=folder / "backups").store
    sid = store.begin_session("gentle", "Gentle back care", 900, 4)
    for n in range(3):
        store.add_item(sid, "clams", "right", 60, 60, n + 1, "done")
    print(sid, flush=True)
    sys.stdin.read()  # wait here until killed
    """
)


def test_killed_process_loses_no_committed_item(tmp_path: Path, clock: Clock) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(tmp_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        cwd=REPO,
        text=True,
    )
    try:
        assert child.stdout is not None
        sid = child.stdout.readline().strip()
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(timeout=30) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
        if child.stdin:
            child.stdin.close()
        if child.stdout:
            child.stdout.close()
    assert sid
    clock.t = datetime.now(UTC)
    result = open_store(tmp_path, clock)
    assert any(n.kind is NoticeKind.INTERRUPTED_CLOSED for n in result.notices)
    rec = result.store.session(sid)
    assert rec is not None
    assert rec.status is SessionStatus.INTERRUPTED
    assert [i.reps_done for i in rec.items] == [1, 2, 3]
    assert rec.active_s == 180 and rec.pain_before == 4


# --- editing, deleting, export and import --------------------------------------------------


def test_update_delete_and_restore(tmp_path: Path, clock: Clock) -> None:
    changes: list[int] = []
    store = open_store(tmp_path, clock).store
    store.on_change = lambda: changes.append(1)
    sid = record_session(store, clock, pain_after=3)
    store.update_session(sid, note="Hips tight")
    store.update_session(sid, pain_before=None)
    rec = store.session(sid)
    assert rec is not None and (rec.note, rec.pain_before, rec.pain_after) == ("Hips tight", None, 3)
    with pytest.raises(ValueError):
        store.update_session(sid, pain_after=11)
    deleted = store.delete_session(sid)
    assert store.sessions() == [] and deleted == rec
    store.restore_session(deleted)
    assert store.sessions() == [rec]
    assert changes  # the view hears of every write


def _filled(tmp_path: Path, clock: Clock, name: str) -> HistoryStore:
    store = open_store(tmp_path, clock, name=name).store
    record_session(store, clock, pain_after=2, note='Quotes " and, commas\nand a newline')
    clock.t = datetime(2026, 7, 1, 18, 30, tzinfo=ZoneInfo("America/New_York"))
    record_session(store, clock, status="pain", hurt_exercise="roll-up", pain_before=None)
    return store


def test_export_import_round_trip_and_idempotent(tmp_path: Path, clock: Clock) -> None:
    source = _filled(tmp_path, clock, "a.sqlite3")
    data = json.loads(json.dumps(source.export_json()))
    assert data["format"] == "pilates-desktop/history" and data["version"] == 2
    assert data["sessions"][1]["started_at"] == "2026-07-01T18:30:00-04:00"
    target = open_store(tmp_path, clock, name="b.sqlite3").store
    assert target.import_json(data, "export.json") == 2
    assert target.sessions() == source.sessions()
    assert target.import_json(data, "export.json") == 0
    assert len(target.sessions()) == 2


def test_failed_import_writes_nothing(tmp_path: Path, clock: Clock) -> None:
    data = _filled(tmp_path, clock, "a.sqlite3").export_json()
    data["sessions"][1]["items"][2]["status"] = "finished"
    target = open_store(tmp_path, clock, name="b.sqlite3").store
    with pytest.raises(FormatError) as info:
        target.import_json(data, "export.json")
    assert str(info.value) == (
        "export.json: $.sessions[1].items[2].status: must be one of done, skipped, partial, "
        "got 'finished'"
    )
    assert target.sessions() == []


@pytest.mark.parametrize(
    ("mutate", "where"),
    [
        (lambda d: d.update(format="other"), "$.format"),
        (lambda d: d.update(version=3), "$.version"),
        (lambda d: d["sessions"][0].update(id="nope"), "$.sessions[0].id"),
        (lambda d: d["sessions"][0].update(started_at="2026-03-28T09:00:00"), "$.sessions[0].started_at"),
        (lambda d: d["sessions"][0].update(pain_after=True), "$.sessions[0].pain_after"),
        (lambda d: d["sessions"][0].update(extra=1), "$.sessions[0]"),
        (lambda d: d["sessions"][0]["routine"].pop("name"), "$.sessions[0].routine"),
        (lambda d: d["sessions"].append(dict(d["sessions"][0])), "$.sessions[2].id"),
    ],
)
def test_import_errors_name_the_path(tmp_path, clock, mutate, where) -> None:  # type: ignore[no-untyped-def]
    data = _filled(tmp_path, clock, "a.sqlite3").export_json()
    mutate(data)
    target = open_store(tmp_path, clock, name="b.sqlite3").store
    with pytest.raises(FormatError) as info:
        target.import_json(data, "f.json")
    assert info.value.path == where
    assert target.count() == 0


def test_csv_has_header_iso_dates_and_one_row_per_session(tmp_path: Path, clock: Clock) -> None:
    import csv
    import io

    text = _filled(tmp_path, clock, "a.sqlite3").export_csv()
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == 2
    assert rows[0]["date"] == "2026-03-28" and rows[0]["start_time"] == "09:00"
    assert rows[0]["note"] == 'Quotes " and, commas\nand a newline'
    assert rows[1]["started_at"] == "2026-07-01T18:30:00-04:00"
    assert rows[1]["status"] == "pain" and rows[1]["pain_before"] == ""
    assert text.endswith("\r\n")
