"""``pilates-desktop history``: JSON and CSV export, and an import that merges by session id."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from pilates_desktop.cli.history import run
from pilates_desktop.core.history import HistoryStore
from pilates_desktop.paths import Paths


class Cli:
    """``pilates-desktop history`` over one data folder; ``use`` moves to another one (a second
    computer, or a fresh install)."""

    def __init__(self, folder: Path) -> None:
        self.paths = Paths.choose(folder)

    def use(self, folder: Path) -> None:
        self.paths = Paths.choose(folder)

    def __call__(self, *args: str) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        code = run(["--data-dir", str(self.paths.data_dir), *args], out=out, err=err)
        return code, out.getvalue(), err.getvalue()

    def fill(self, n: int = 3) -> None:
        t = [datetime(2026, 5, 1, 7, 30, tzinfo=ZoneInfo("Europe/Berlin"))]
        store = HistoryStore.open(self.paths.history_db, backups_dir=self.paths.backups_dir,
                                  now=lambda: t[0]).store
        for k in range(n):
            sid = store.begin_session("gentle", "Sanfte Rückenpflege", 900, 4)
            store.add_item(sid, "clams", "right", 60, 60, 10, "done")
            store.add_item(sid, "roll-up", "none", 60, 0, 0, "skipped")
            t[0] += timedelta(minutes=15)
            store.finish_session(sid, "finished", 840, pain_after=2, note=f"Day {k}, «calm»")
            t[0] += timedelta(days=1)
        store.close()


@pytest.fixture
def cli(data_dir: Path) -> Cli:
    return Cli(data_dir)


def test_json_export(cli: Cli, data_dir: Path) -> None:
    code, out, err = cli("--json")
    assert (code, err) == (0, "")
    assert json.loads(out) == {"format": "pilates-desktop/history", "version": 2, "sessions": [],
                               "checkins": []}
    cli.fill()
    code, out, _ = cli("--json")
    data = json.loads(out)
    assert len(data["sessions"]) == 3
    first = data["sessions"][0]
    assert first["started_at"] == "2026-05-01T07:30:00+02:00"
    assert first["routine"] == {"id": "gentle", "name": "Sanfte Rückenpflege"}
    assert first["items"][1] == {"exercise": "roll-up", "side": "none", "planned_s": 60,
                                 "done_s": 0, "reps_done": 0, "status": "skipped", "pain": None}
    assert "«calm»" in out  # UTF-8, not escapes


def test_csv_export(cli: Cli, data_dir: Path) -> None:
    cli.fill()
    code, out, err = cli("--csv")
    assert (code, err) == (0, "")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["date"] for r in rows] == ["2026-05-01", "2026-05-02", "2026-05-03"]
    assert rows[0]["routine"] == "Sanfte Rückenpflege"
    assert rows[0]["active_minutes"] == "14.0"
    assert rows[0]["exercises_done"] == "1" and rows[0]["exercises_skipped"] == "1"


def test_import_merges_by_id_and_is_idempotent(cli: Cli, data_dir: Path, tmp_path: Path) -> None:
    cli.fill()
    export = tmp_path / "export.json"
    export.write_text(cli("--json")[1], encoding="utf-8")
    cli.use(tmp_path / "other")
    code, out, err = cli("import", str(export))
    assert (code, out, err) == (0, "Imported 3 sessions from export.json.\n", "")
    code, out, err = cli("import", str(export))
    assert (code, out) == (0, "Imported 0 sessions from export.json; 3 already in your history.\n")
    assert json.loads(cli("--json")[1]) == json.loads(export.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("content", "message"),
    [
        # The whole English line: the interface translates these reasons, the CLI never does.
        ("{not json", "export.json: $: not valid JSON: Expecting property name enclosed in "
                      "double quotes at line 1, column 2"),
        ('{"format": "pilates-desktop/routine", "version": 1, "sessions": []}',
         "export.json: $.format: must be 'pilates-desktop/history'; this is not a Pilates "
         "Desktop history export"),
        ('{"format": "pilates-desktop/history", "version": 3, "sessions": []}',
         "export.json: $.version: this file is version 3, from a newer Pilates Desktop; this "
         "version reads version 2"),
        (None, "export.json: $.sessions[1].pain_after: must be between 0 and 10, got 12"),
    ],
)
def test_bad_import_exits_2_with_one_line_and_writes_nothing(cli: Cli, data_dir, tmp_path, content, message) -> None:  # type: ignore[no-untyped-def]
    cli.fill(2)
    data = json.loads(cli("--json")[1])
    cli.use(tmp_path / "other")
    if content is None:
        data["sessions"][1]["pain_after"] = 12
        content = json.dumps(data)
    export = tmp_path / "export.json"
    export.write_text(content, encoding="utf-8")
    code, out, err = cli("import", str(export))
    assert code == 2 and out == ""
    assert err == "pilates-desktop history: " + message + "\n"
    assert json.loads(cli("--json")[1])["sessions"] == []


def test_usage_errors(cli: Cli, data_dir: Path, tmp_path: Path) -> None:
    code, _, err = cli("import", str(tmp_path / "missing.json"))
    assert code == 2 and err == f"pilates-desktop history: {tmp_path / 'missing.json'}: no such file\n"
    assert cli()[0] == 2
    assert cli("--xml")[0] == 2
    assert cli("--help")[0] == 0


def test_export_of_a_damaged_file_says_so_and_leaves_it_alone(cli: Cli, data_dir: Path) -> None:
    # A read-only command never sets a file aside, and never prints an empty history as if
    # that were all (exit 0 with no sessions was the old answer).
    data_dir.mkdir(parents=True)
    garbage = b"\x00garbage" * 1000
    cli.paths.history_db.write_bytes(garbage)
    for kind in ("--json", "--csv"):
        code, out, err = cli(kind)
        assert (code, out) == (2, "")
        assert err == (f"pilates-desktop history: {cli.paths.history_db}: cannot be read (file is "
                       "not a database); it was left as it is: open Pilates Desktop to keep it "
                       "aside and restore a backup\n")
    assert sorted(p.name for p in data_dir.iterdir()) == ["history.sqlite3"]
    assert cli.paths.history_db.read_bytes() == garbage
