"""Pain per exercise and the next-morning check-ins in the history: stored, migrated, exported
(version 2) and imported, with version 1 exports still importing."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from pilates_desktop.core.care.records import exercise_pain
from pilates_desktop.core.clock import FakeClock
from pilates_desktop.core.errors import FormatError
from pilates_desktop.core.history import (
    CheckIn,
    Feeling,
    HistoryStore,
    ItemStatus,
    SessionStatus,
    latest_backup,
)

BERLIN = ZoneInfo("Europe/Berlin")
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock.at(datetime(2026, 3, 10, 18, 0, tzinfo=BERLIN))


def _open(tmp_path: Path, clock: FakeClock, name: str = "history.sqlite3") -> HistoryStore:
    return HistoryStore.open(tmp_path / name, backups_dir=tmp_path / f"{name}-backups",
                             now=clock.now).store


def _session(store: HistoryStore, clock: FakeClock) -> str:
    sid = store.begin_session("back-care-basics", "Back-Care Basics", 600, 5)
    clock.advance(60)
    store.add_item(sid, "knee-lifts", "none", 60, 60, 8, ItemStatus.DONE, pain=3)
    clock.advance(60)
    store.add_item(sid, "clams", "right", 60, 60, 10, ItemStatus.DONE)
    clock.advance(60)
    store.add_item(sid, "clams", "left", 60, 60, 10, ItemStatus.DONE)
    store.set_item_pain(sid, "clams", 6)  # rated after the exercise: its latest row
    store.finish_session(sid, SessionStatus.FINISHED, 180, pain_after=3)
    return sid


def _checkin(clock: FakeClock, sid: str, feeling: Feeling = Feeling.WORSE) -> CheckIn:
    return CheckIn(clock.today(), clock.now(), feeling, 4, ("back-care-basics",), (sid,))


def test_pain_per_exercise_is_stored_with_its_item(tmp_path: Path, clock: FakeClock) -> None:
    store = _open(tmp_path, clock)
    sid = _session(store, clock)
    [s] = store.sessions()
    assert [(i.exercise, i.side, i.pain) for i in s.items] == [
        ("knee-lifts", "none", 3), ("clams", "right", None), ("clams", "left", 6)]
    # The care rules read the store's records as they are.
    assert exercise_pain(s, "clams") == 6 and exercise_pain(s, "knee-lifts") == 3
    store.set_item_pain(sid, "knee-lifts", None)
    assert store.sessions()[0].items[0].pain is None
    with pytest.raises(ValueError):
        store.add_item(sid, "clams", "none", 1, 1, 1, ItemStatus.DONE, pain=11)


def test_check_ins_one_a_day_by_local_day(tmp_path: Path, clock: FakeClock) -> None:
    store = _open(tmp_path, clock)
    sid = _session(store, clock)
    clock.advance(15 * 3600)  # 09:00 the next morning
    store.add_checkin(_checkin(clock, sid))
    store.add_checkin(_checkin(clock, sid, Feeling.SAME))  # the same day: replaced
    clock.advance(86400)
    store.add_checkin(_checkin(clock, sid, Feeling.BETTER))
    got = store.checkins()
    assert [(c.day, c.feeling) for c in got] == [
        (date(2026, 3, 11), Feeling.SAME), (date(2026, 3, 12), Feeling.BETTER)]
    assert got[0].at == datetime(2026, 3, 11, 9, 3, tzinfo=BERLIN)  # the session took 3 min
    assert got[0].at.utcoffset() == timedelta(hours=1)
    assert got[0].routine_ids == ("back-care-basics",) and got[0].session_ids == (sid,)
    assert [c.day for c in store.checkins(since=date(2026, 3, 12))] == [date(2026, 3, 12)]
    assert [c.day for c in store.checkins(until=date(2026, 3, 12))] == [date(2026, 3, 11)]
    store.close()
    store = _open(tmp_path, clock)
    assert len(store.checkins()) == 2


def test_export_version_2_carries_item_pain_and_check_ins_and_imports_once(
    tmp_path: Path, clock: FakeClock
) -> None:
    source = _open(tmp_path, clock, "a.sqlite3")
    sid = _session(source, clock)
    clock.advance(15 * 3600)
    source.add_checkin(_checkin(clock, sid))
    data = json.loads(json.dumps(source.export_json()))
    assert data["version"] == 2
    assert [i["pain"] for i in data["sessions"][0]["items"]] == [3, None, 6]
    assert data["checkins"] == [{
        "day": "2026-03-11", "at": "2026-03-11T09:03:00+01:00", "feeling": "worse", "pain": 4,
        "routines": ["back-care-basics"], "sessions": [sid]}]
    target = _open(tmp_path, clock, "b.sqlite3")
    assert target.import_json(data, "export.json") == 1
    assert target.sessions() == source.sessions()
    assert target.checkins() == source.checkins()
    assert target.import_json(data, "export.json") == 0
    assert len(target.checkins()) == 1


def _v1_export() -> dict[str, Any]:
    return {"format": "pilates-desktop/history", "version": 1, "sessions": [{
        "id": "0b6c3f4e-8a1d-4c53-9f51-3d2f7e0a1b01",
        "routine": {"id": "gentle", "name": "Gentle"},
        "started_at": "2025-03-29T08:00:00+00:00", "ended_at": "2025-03-29T08:20:00+00:00",
        "planned_s": 1200, "active_s": 1200, "status": "finished", "pain_before": 4,
        "pain_after": 2, "note": "", "hurt_exercise": None,
        "items": [{"exercise": "clams", "side": "left", "planned_s": 60, "done_s": 60,
                   "reps_done": 8, "status": "done"}]}]}


def test_a_version_2_session_may_come_without_check_ins_or_ratings(
    tmp_path: Path, clock: FakeClock
) -> None:
    """As the sync journal carries one session in the export's shape."""
    data = _v1_export()
    data["version"] = 2
    store = _open(tmp_path, clock)
    assert store.import_json(data, "one.json") == 1
    assert store.sessions()[0].items[0].pain is None


def test_a_version_1_export_still_imports_without_ratings(
    tmp_path: Path, clock: FakeClock
) -> None:
    store = _open(tmp_path, clock)
    assert store.import_json(_v1_export(), "old.json") == 1
    [s] = store.sessions()
    assert s.items[0].pain is None and s.pain_before == 4
    assert store.checkins() == []


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d["sessions"][0]["items"][0].update(pain=3),
         "$.sessions[0].items[0]: unknown key 'pain'"),  # version 1 has no ratings per item
        (lambda d: d.update(checkins=[]), "$: unknown key 'checkins'"),
        (lambda d: d.update(version=2, extra=[]), "$: unknown key 'extra'"),
        (lambda d: (d.update(version=2, checkins=[]), d["sessions"][0]["items"][0].update(
            pain=11)), "$.sessions[0].items[0].pain: must be between 0 and 10, got 11"),
        (lambda d: (d.update(version=2, checkins=[{"day": "11 March", "at":
                    "2026-03-11T09:00:00+01:00", "feeling": "worse", "pain": 4,
                    "routines": [], "sessions": []}]), d["sessions"][0]["items"][0].update(
            pain=None)), "$.checkins[0].day: must be a date as YYYY-MM-DD, got '11 March'"),
        (lambda d: (d.update(version=2, checkins=[{"day": "2026-03-11", "at":
                    "2026-03-11T09:00:00+01:00", "feeling": "awful", "pain": 4,
                    "routines": [], "sessions": []}]), d["sessions"][0]["items"][0].update(
            pain=None)), "$.checkins[0].feeling: must be one of better, same, worse"),
    ],
)
def test_a_bad_export_names_the_place_and_writes_nothing(
    tmp_path: Path, clock: FakeClock, mutate: Any, message: str
) -> None:
    data = _v1_export()
    mutate(data)
    store = _open(tmp_path, clock)
    with pytest.raises(FormatError) as info:
        store.import_json(data, "f.json")
    assert message in str(info.value)
    assert store.count() == 0 and store.checkins() == []


def test_a_version_4_database_gains_item_pain_and_check_ins(
    tmp_path: Path, clock: FakeClock
) -> None:
    shutil.copy(FIXTURES / "history_v4.sqlite3", tmp_path / "history.sqlite3")
    store = _open(tmp_path, clock)
    sessions = store.sessions()
    assert sessions and all(i.pain is None for s in sessions for i in s.items)
    assert store.checkins() == []
    sid = _session(store, clock)
    assert exercise_pain(store.sessions()[-1], "clams") == 6
    store.add_checkin(_checkin(clock, sid))
    store.close()
    conn = sqlite3.connect(tmp_path / "history.sqlite3")
    assert conn.execute("SELECT COUNT(*) FROM checkins").fetchone()[0] == 1


def test_restoring_a_backup_keeps_the_check_ins_made_since(
    tmp_path: Path, clock: FakeClock
) -> None:
    store = _open(tmp_path, clock)
    _session(store, clock)
    store.close()
    clock.advance(86400)
    store = _open(tmp_path, clock)  # the daily backup is taken at this start
    backup = latest_backup(tmp_path / "history.sqlite3-backups")
    assert backup is not None
    store.add_checkin(CheckIn(clock.today(), clock.now(), Feeling.BETTER, 1, ("r",)))
    store.restore_backup(backup)
    assert [c.feeling for c in store.checkins()] == [Feeling.BETTER]


def test_a_file_the_version_1_app_exported_imports_through_the_command(tmp_path: Path) -> None:
    """fixtures/history_export_v1.json was written by the app before version 2 (commit
    0604161's parent, `pilates-desktop history --json` over fixtures/history_v4.sqlite3): a
    real old file, not one rebuilt from today's idea of it. It imports whole, once."""
    import io

    from pilates_desktop.cli.main import main

    old = FIXTURES / "history_export_v1.json"
    data = json.loads(old.read_text(encoding="utf-8"))
    assert data["version"] == 1 and "checkins" not in data
    assert all("pain" not in i for s in data["sessions"] for i in s["items"])

    def cli(*args: str) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        code = main(["--data-dir", str(tmp_path / "data"), "history", *args], out=out, err=err)
        return code, out.getvalue(), err.getvalue()

    code, out, err = cli("import", str(old))
    assert (code, err) == (0, "") and out.startswith(f"Imported {len(data['sessions'])} sessions")
    code, out, _ = cli("import", str(old))
    assert code == 0 and "Imported 0 sessions" in out  # merged by id: nothing twice
    code, out, _ = cli("--json")
    now = json.loads(out)
    assert now["version"] == 2 and now["checkins"] == []
    by_id = {s["id"]: s for s in now["sessions"]}
    for s in data["sessions"]:
        new = by_id[s["id"]]
        # Everything the old file said is kept as it was; each item gains "pain": null.
        assert {k: v for k, v in new.items() if k != "items"} == {
            k: v for k, v in s.items() if k != "items"}
        assert new["items"] == [{**i, "pain": None} for i in s["items"]]
