"""Faults made for real, never by mocking sqlite3: a second connection holding a lock, a
full disk (max_page_count), a read-only file system (a read-only bind mount), a foreign
SQLite file, a DST change in a cut-short session, and Hypothesis-made history files."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pilates_desktop.core.errors import FormatError
from pilates_desktop.core.history import (
    APPLICATION_ID,
    Fault,
    HistoryFileError,
    HistoryStore,
    ItemStatus,
    NoticeKind,
    SessionStatus,
    classify,
    decode_export,
    list_backups,
    sessions_csv,
)
from pilates_desktop.services.history import HistoryService, Restore

BERLIN = ZoneInfo("Europe/Berlin")
FAST = 0.02  # the busy timeout of these tests: waiting is real, so it is short


class Clock:
    def __init__(self, start: datetime) -> None:
        self.t = start

    def __call__(self) -> datetime:
        return self.t


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 3, 28, 9, 0, tzinfo=BERLIN))


def _open(folder: Path, clock: Clock, **kw: Any) -> Any:
    return HistoryStore.open(folder / "history.sqlite3", backups_dir=folder / "backups",
                             now=clock, timeout=FAST, **kw)


def _session(store: HistoryStore, clock: Clock, finish: bool = True) -> str:
    sid = store.begin_session("gentle", "Gentle back care", 600, 3)
    for n in range(2):
        clock.t += timedelta(minutes=5)
        store.add_item(sid, f"ex-{n}", "none", 300, 300, 8, ItemStatus.DONE)
    if finish:
        store.finish_session(sid, SessionStatus.FINISHED, 600, pain_after=2)
    return sid


def _healthy(folder: Path, clock: Clock, sessions: int = 3) -> Path:
    store = _open(folder, clock).store
    for _ in range(sessions):
        _session(store, clock)
    store.close()
    return folder / "history.sqlite3"


def _aside(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".corrupt-" in p.name or
                  ".newer-" in p.name)


# --- a lock held by another program --------------------------------------------------------


def test_a_write_waits_for_a_lock_then_is_kept_and_saved_when_it_is_free(
        tmp_path: Path, clock: Clock) -> None:
    store = _open(tmp_path, clock).store
    notices: list[Any] = []
    store.on_notice = notices.append
    other = sqlite3.connect(tmp_path / "history.sqlite3", isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    sid = _session(store, clock)
    assert store.pending_writes() == 4  # begin, two items, finish: none lost
    assert [n.kind for n in notices] == [NoticeKind.WRITE_PENDING]
    assert "in use by another program" in notices[0].message
    assert _aside(tmp_path) == []
    assert store.retry_pending() is False  # still locked: kept
    other.execute("COMMIT")
    other.close()
    assert store.retry_pending() is True
    record = store.session(sid)
    assert record is not None and len(record.items) == 2
    assert notices[-1].kind is NoticeKind.WRITES_SAVED


def test_a_file_locked_at_start_is_not_set_aside_and_gets_this_runs_sessions(
        tmp_path: Path, clock: Clock) -> None:
    path = _healthy(tmp_path, clock)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("UPDATE sessions SET note = note")  # now nobody else can even read
    result = _open(tmp_path, clock)
    assert [n.kind for n in result.notices] == [NoticeKind.LOCKED]
    assert _aside(tmp_path) == [] and path.exists()
    store = result.store
    assert store.retry_pending() is False  # still locked
    sid = _session(store, clock)
    assert [s.id for s in store.sessions()] == [sid]  # this run's, shown at once
    assert store.retry_pending() is False
    holder.execute("COMMIT")
    holder.close()
    assert store.retry_pending() is True  # the file opened, and got the session
    assert len(store.sessions()) == 4 and store.on_file
    store.close()
    assert len(_open(tmp_path, clock).store.sessions()) == 4


def test_history_json_on_a_locked_file_says_so_and_writes_nothing(
        tmp_path: Path, clock: Clock) -> None:
    path = _healthy(tmp_path, clock)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("UPDATE sessions SET note = note")
    try:
        with pytest.raises(HistoryFileError) as err:
            _open(tmp_path, clock, read_only=True)
        assert str(err.value) == (f"{path}: is in use by another program (database is "
                                  "locked); try again when it is closed")
        assert _aside(tmp_path) == []
    finally:
        holder.close()


def test_errors_are_classified_by_sqlite_result_code(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "a.sqlite3", isolation_level=None, timeout=0)
    conn.execute("CREATE TABLE t (x)")
    other = sqlite3.connect(tmp_path / "a.sqlite3", isolation_level=None, timeout=0)
    other.execute("BEGIN EXCLUSIVE")
    with pytest.raises(sqlite3.OperationalError) as busy:
        conn.execute("INSERT INTO t VALUES (1)")
    other.execute("ROLLBACK")
    conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")
    with pytest.raises(sqlite3.OperationalError) as full:
        conn.execute("INSERT INTO t VALUES (?)", ("x" * 100_000,))
    (tmp_path / "junk").write_bytes(b"\x00junk" * 1000)
    with pytest.raises(sqlite3.DatabaseError) as junk:
        sqlite3.connect(tmp_path / "junk").execute("PRAGMA user_version")
    ro = sqlite3.connect(f"file:{tmp_path / 'a.sqlite3'}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError) as read_only:
        ro.execute("INSERT INTO t VALUES (1)")
    assert [classify(e.value) for e in (busy, full, junk, read_only)] == [
        Fault.BUSY, Fault.FULL, Fault.CORRUPT, Fault.READ_ONLY]


# --- a full disk ---------------------------------------------------------------------------


def test_a_full_disk_is_never_taken_for_corruption(tmp_path: Path, clock: Clock) -> None:
    store = _open(tmp_path, clock).store
    _session(store, clock)
    conn = store._conn
    conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")
    sid = store.begin_session("gentle", "x" * 20_000, 60)
    assert store.pending_writes() == 1
    store.close()  # quit with the disk still full: the next start finds a healthy file
    result = _open(tmp_path, clock)
    assert _aside(tmp_path) == []
    assert NoticeKind.CORRUPT_MOVED not in [n.kind for n in result.notices]
    assert len(result.store.sessions()) == 1 and result.store.session(sid) is None


# --- a read-only file system ---------------------------------------------------------------


@pytest.fixture
def read_only_dir(tmp_path: Path) -> Iterator[tuple[Path, Any]]:
    """A folder that can be made read-only for real, and writable again.

    As root (which ignores permission bits) a read-only bind mount of the folder onto
    itself; as anyone else, chmod 0555.
    """
    folder = tmp_path / "data"
    folder.mkdir()
    state = {"mounted": False}

    def set_read_only(on: bool) -> None:
        if os.geteuid() != 0:
            folder.chmod(0o555 if on else 0o700)
            return
        if on:
            subprocess.run(["mount", "--bind", str(folder), str(folder)], check=True)
            state["mounted"] = True
            subprocess.run(["mount", "-o", "remount,bind,ro", str(folder)], check=True)
        else:
            subprocess.run(["umount", str(folder)], check=True)
            state["mounted"] = False

    try:
        yield folder, set_read_only
    finally:
        if state["mounted"]:
            subprocess.run(["umount", "-l", str(folder)], check=False)
        folder.chmod(0o700)


def test_a_file_locked_at_start_is_shown_once_free_even_with_nothing_to_write(
        qtbot: Any, tmp_path: Path, clock: Clock) -> None:
    path = _healthy(tmp_path, clock)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("UPDATE sessions SET note = note")
    store = _open(tmp_path, clock).store
    service = HistoryService(store, retry_ms=20)
    service.start_retrying()
    assert store.sessions() == [] and service.retrying()
    holder.execute("COMMIT")
    holder.close()
    qtbot.waitUntil(lambda: store.on_file, timeout=10_000)  # the timer opened the file
    assert len(store.sessions()) == 3 and not service.retrying()
    service.close()


def test_a_read_only_folder_keeps_the_file_and_saves_later(
        read_only_dir: tuple[Path, Any], clock: Clock) -> None:
    folder, set_read_only = read_only_dir
    path = _healthy(folder, clock)
    before = path.read_bytes()
    set_read_only(True)
    with pytest.raises(OSError):
        (folder / "probe").write_text("x")  # it is read-only for real
    result = _open(folder, clock)
    assert [n.kind for n in result.notices] == [NoticeKind.IN_MEMORY]
    store = result.store
    sid = _session(store, clock)
    assert store.session(sid) is not None  # shown at once
    assert store.retry_pending() is False
    assert path.read_bytes() == before and _aside(folder) == []
    set_read_only(False)
    assert store.retry_pending() is True
    store.close()
    again = _open(folder, clock).store
    assert len(again.sessions()) == 4 and again.session(sid) is not None


# --- files that are not ours ----------------------------------------------------------------


def test_a_foreign_sqlite_file_is_refused_and_left_alone(tmp_path: Path, clock: Clock) -> None:
    path = tmp_path / "history.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
        conn.execute("INSERT INTO contacts VALUES ('Ana')")
    conn.close()
    before = path.read_bytes()
    result = _open(tmp_path, clock)
    assert [n.kind for n in result.notices] == [NoticeKind.FOREIGN]
    assert not result.store.on_file
    _session(result.store, clock)  # the run goes on, in memory
    result.store.close()
    assert path.read_bytes() == before and _aside(tmp_path) == []
    with pytest.raises(HistoryFileError, match="is not a Pilates Desktop history"):
        _open(tmp_path, clock, read_only=True)


def test_our_file_carries_our_application_id(tmp_path: Path, clock: Clock) -> None:
    path = _healthy(tmp_path, clock)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    conn.close()


def test_only_a_damaged_file_is_set_aside_and_never_by_a_read_only_open(
        tmp_path: Path, clock: Clock) -> None:
    path = _healthy(tmp_path, clock)
    path.write_bytes(b"\x00garbage" * 500)
    with pytest.raises(HistoryFileError, match="cannot be read"):
        _open(tmp_path, clock, read_only=True)
    assert _aside(tmp_path) == []
    result = _open(tmp_path, clock)  # the app sets it aside, and says so
    assert [n.kind for n in result.notices][0] is NoticeKind.CORRUPT_MOVED
    assert len(_aside(tmp_path)) == 1


# --- permissions ----------------------------------------------------------------------------


def test_database_wal_shm_and_backups_are_0600_in_a_0700_folder(
        tmp_path: Path, clock: Clock) -> None:
    old = os.umask(0o022)  # a permissive umask: the store must not rely on the caller's
    try:
        folder = tmp_path / "data"
        _healthy(folder, clock)
        clock.t += timedelta(days=1)
        store = _open(folder, clock).store  # makes a backup
        _session(store, clock)
        files = [p for p in folder.rglob("*") if p.is_file()]
        names = {p.name for p in files}
        assert {"history.sqlite3", "history.sqlite3-wal", "history.sqlite3-shm"} <= names
        assert list_backups(folder / "backups")
        assert {p.name: oct(p.stat().st_mode & 0o777) for p in files} == {
            p.name: "0o600" for p in files}
        for d in (folder, folder / "backups"):
            assert oct(d.stat().st_mode & 0o777) == "0o700"
        store.close()
    finally:
        os.umask(old)


def test_an_older_world_readable_file_is_made_private(tmp_path: Path, clock: Clock) -> None:
    path = _healthy(tmp_path, clock)
    path.chmod(0o644)
    tmp_path.chmod(0o755)
    _open(tmp_path, clock).store.close()
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    assert oct(tmp_path.stat().st_mode & 0o777) == "0o700"


# --- restore during a session ----------------------------------------------------------------


def test_restore_during_a_session_is_refused_by_the_store_and_deferred_by_the_service(
        qapp: Any, tmp_path: Path, clock: Clock) -> None:
    _healthy(tmp_path, clock, sessions=2)
    clock.t += timedelta(days=1)
    store = _open(tmp_path, clock).store  # the day's backup: 2 sessions
    [backup] = list_backups(tmp_path / "backups")
    sid = _session(store, clock, finish=False)  # a session is being recorded
    with pytest.raises(HistoryFileError, match="a session is being recorded"):
        store.restore_backup(backup)
    service = HistoryService(store)
    restored: list[int] = []
    service.restored.connect(restored.append)
    assert service.restore_backup(backup) is Restore.DEFERRED
    store.add_item(sid, "ex-9", "none", 60, 60, 5, ItemStatus.DONE)  # the session goes on
    assert restored == []
    store.finish_session(sid, SessionStatus.FINISHED, 660)
    assert restored == [3]  # the backup's two, and the session that ran, whole
    record = store.session(sid)
    assert record is not None and len(record.items) == 3
    service.close()


# --- pending writes: a timer, and a flush at quit ---------------------------------------------


def test_the_service_retries_on_a_timer_and_flushes_at_quit(
        qtbot: Any, tmp_path: Path, clock: Clock) -> None:
    store = _open(tmp_path, clock).store
    service = HistoryService(store, retry_ms=20)
    other = sqlite3.connect(tmp_path / "history.sqlite3", isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    sid = _session(store, clock)
    assert store.pending_writes() and service.retrying()
    other.execute("COMMIT")
    qtbot.waitUntil(lambda: store.pending_writes() == 0, timeout=10_000)  # the timer did it
    assert not service.retrying() and store.session(sid) is not None
    # Writes still waiting at quit are written by the flush, not dropped.
    other.execute("BEGIN EXCLUSIVE")
    late = _session(store, clock)
    other.execute("COMMIT")
    other.close()
    assert service.close() is True
    reopened = _open(tmp_path, clock).store
    late_record = reopened.session(late)
    assert late_record is not None and late_record.status is SessionStatus.FINISHED


# --- a cut-short session: DST, and the read-only view --------------------------------------


def test_an_interrupted_session_ends_with_the_offset_in_force_then(tmp_path: Path) -> None:
    # 2026-03-29 02:00 CET becomes 03:00 CEST in Berlin.
    clock = Clock(datetime(2026, 3, 29, 1, 40, tzinfo=BERLIN))
    store = _open(tmp_path, clock).store
    sid = store.begin_session("gentle", "Gentle back care", 3600)
    clock.t = datetime(2026, 3, 29, 3, 10, tzinfo=BERLIN)  # after the change
    store.add_item(sid, "clams", "none", 60, 60, 8, ItemStatus.DONE)
    store.close()  # then the process dies
    view = _open(tmp_path, clock, read_only=True).store.sessions(include_open=True)
    result = _open(tmp_path, clock)
    [closed] = result.store.sessions()
    assert view == [closed]
    assert closed.started_at.utcoffset() == timedelta(hours=1)
    assert closed.ended_at.utcoffset() == timedelta(hours=2)
    assert closed.ended_at.isoformat() == "2026-03-29T03:10:00+02:00"


# --- imports: one bad session, and Hypothesis-made files --------------------------------------


def _export(*sessions: dict[str, Any]) -> dict[str, Any]:
    return {"format": "pilates-desktop/history", "version": 1, "sessions": list(sessions)}


def _one(n: int, **fields: Any) -> dict[str, Any]:
    return {"id": f"00000000-0000-4000-8000-{n:012d}",
            "routine": {"id": "gentle", "name": "Gentle"},
            "started_at": "2026-03-28T09:00:00+01:00", "ended_at": "2026-03-28T09:20:00+01:00",
            "planned_s": 1200, "active_s": 1200, "status": "finished", "pain_before": 4,
            "pain_after": 2, "note": "", "hurt_exercise": None, "items": [], **fields}


@pytest.mark.parametrize(("fields", "where", "reason"), [
    ({"started_at": "0999-03-28T09:00:00+00:00"}, "started_at",
     "must be a date in the years 1970 to 2999, got '0999-03-28T09:00:00+00:00'"),
    ({"ended_at": "9999-12-31T23:59:59-23:59"}, "ended_at",
     "must have a UTC offset within 18 hours, got '9999-12-31T23:59:59-23:59'"),
    ({"started_at": "2026-02-30T09:00:00+00:00"}, "started_at",
     "must be an ISO 8601 date and time, got '2026-02-30T09:00:00+00:00'"),
    ({"ended_at": "2026-03-28T08:59:59+01:00"}, "ended_at", "must not be before started_at"),
])
def test_a_bad_session_is_named_by_index_and_nothing_is_imported(
        tmp_path: Path, clock: Clock, fields: dict[str, Any], where: str, reason: str) -> None:
    store = _open(tmp_path, clock).store
    data = _export(_one(1), _one(2), _one(3, **fields), _one(4))
    with pytest.raises(FormatError) as err:
        store.import_json(data, "export.json")
    assert str(err.value) == f"export.json: $.sessions[2].{where}: {reason}"
    assert store.count() == 0
    assert store.import_json(_export(_one(1), _one(2)), "export.json") == 2


def test_a_year_below_1000_stored_by_an_older_version_stays_readable(
        tmp_path: Path, clock: Clock) -> None:
    path = _healthy(tmp_path, clock, sessions=1)
    with sqlite3.connect(path) as conn:  # as the old strftime wrote year 999
        conn.execute("UPDATE sessions SET started_utc = '999-01-01T00:00:00Z'")
    conn.close()
    store = _open(tmp_path, clock).store
    [record] = store.sessions()
    assert record.started_at.year == 999
    json.dumps(store.export_json())
    store.export_csv()


_TIMES = st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30),
                      timezones=st.sampled_from([ZoneInfo("UTC"), BERLIN,
                                                 ZoneInfo("Pacific/Kiritimati"),
                                                 ZoneInfo("America/St_Johns")]))
_TEXT = st.text(max_size=30)
_JSONISH = st.recursive(st.none() | st.booleans() | st.integers() | _TEXT,
                        lambda c: st.one_of(st.lists(c, min_size=1, max_size=3),
                                            st.dictionaries(_TEXT, c, min_size=1, max_size=3)),
                        max_leaves=8)


@st.composite
def _sessions(draw: st.DrawFn) -> dict[str, Any]:
    started = draw(_TIMES)
    session = _one(draw(st.integers(0, 10**6)),
                   started_at=started.isoformat(),
                   ended_at=(draw(_TIMES) if draw(st.booleans())
                             else started + timedelta(minutes=draw(st.integers(0, 300))))
                   .isoformat(),
                   note=draw(_TEXT), routine={"id": draw(_TEXT), "name": draw(_TEXT)},
                   active_s=draw(st.integers(-5, 10**6)),
                   pain_after=draw(st.one_of(st.none(), st.integers(-1, 11))))
    if draw(st.booleans()):
        session[draw(st.sampled_from(list(session)))] = draw(_JSONISH)
    return session


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(sessions=st.lists(_sessions(), max_size=4))
def test_any_history_file_imports_whole_or_not_at_all_and_stays_readable(
        tmp_path_factory: pytest.TempPathFactory, sessions: list[dict[str, Any]]) -> None:
    folder = tmp_path_factory.mktemp("h")
    clock = Clock(datetime(2026, 3, 28, 9, 0, tzinfo=BERLIN))
    store = _open(folder, clock).store
    data = _export(*sessions)
    try:
        expected = decode_export(json.loads(json.dumps(data)), "x.json")
    except FormatError as exc:
        assert exc.path.startswith("$")  # the file, the JSON path, the reason
        with pytest.raises(FormatError):
            store.import_json(data, "x.json")
        assert store.count() == 0  # nothing half-applied
    else:
        store.import_json(data, "x.json")
        stored = store.sessions()
        assert sorted(r.id for r in stored) == sorted({r.id for r in expected})
        # Everything stored can be read back, exported and imported again, unchanged.
        assert decode_export(json.loads(json.dumps(store.export_json())), "y") == stored
        sessions_csv(stored)
    store.close()
    shutil.rmtree(folder)


def test_csv_escapes_formula_triggers_in_every_text_column(tmp_path: Path,
                                                           clock: Clock) -> None:
    store = _open(tmp_path, clock).store
    hostile = ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"]
    for n, text in enumerate(hostile):
        store.import_json(_export(_one(n, routine={"id": text, "name": text}, note=text,
                                       hurt_exercise=text)), "x.json")
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(store.export_csv())))
    assert len(rows) == len(hostile)
    for row in rows:
        for column in ("routine_id", "routine", "hurt_exercise", "note", "id", "status"):
            assert not row[column].startswith(("=", "+", "-", "@", "\t", "\r")), (column, row)
        assert row["routine"].startswith("'") and row["routine"][1:] in hostile
        assert row["active_s"] == "1200" and row["pain_after"] == "2"  # numbers stay numbers
