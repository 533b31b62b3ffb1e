"""``pilates-desktop [--data-dir D] sync [--folder DIR] [--name NAME] [--json]``."""

from __future__ import annotations

import io
import json
from pathlib import Path

from sync_helpers import session

from pilates_desktop.cli.main import main
from pilates_desktop.core.sync.files import DEVICES, JOURNAL_DIR


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def export(tmp_path: Path, *numbers: int) -> Path:
    path = tmp_path / f"export-{'-'.join(map(str, numbers))}.json"
    path.write_text(json.dumps({"format": "pilates-desktop/history", "version": 1,
                                "sessions": [session(n) for n in numbers]}))
    return path


def test_without_a_folder_ever_set_it_says_how_in_one_line(tmp_path: Path) -> None:
    code, out, err = run("--data-dir", str(tmp_path / "a"), "sync")
    assert (code, out) == (2, "")
    assert err == ("pilates-desktop: sync: no sync folder is set; choose one with: "
                   "sync --folder DIR\n")


def test_two_data_dirs_sync_through_one_folder(tmp_path: Path) -> None:
    folder = tmp_path / "Sync"
    folder.mkdir()
    a, b = str(tmp_path / "a"), str(tmp_path / "b")
    assert run("--data-dir", a, "history", "import", str(export(tmp_path, 1, 2)))[0] == 0
    assert run("--data-dir", b, "history", "import", str(export(tmp_path, 3)))[0] == 0
    code, out, err = run("--data-dir", a, "sync", "--folder", str(folder), "--name", "Laptop")
    assert (code, err) == (0, "")
    assert out == f"synced with {folder}: nothing from the other computers; sent 2\n"
    code, out, _ = run("--data-dir", b, "sync", "--folder", str(folder), "--json")
    report = json.loads(out)
    assert code == 0 and report["added"] == {"session": 2} and report["sent"] == 1
    code, out, _ = run("--data-dir", a, "sync")  # the folder was remembered
    assert out == f"synced with {folder}: 1 session new; sent 0\n"
    histories = [json.loads(run("--data-dir", d, "history", "--json")[1]) for d in (a, b)]
    assert histories[0] == histories[1]
    assert sorted(s["id"] for s in histories[0]["sessions"]) == sorted(
        session(n)["id"] for n in (1, 2, 3))
    assert run("--data-dir", a, "sync")[1] == f"synced with {folder}: nothing new\n"


def test_a_journal_from_a_newer_app_changes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "Sync"
    folder.mkdir()
    a, b = str(tmp_path / "a"), str(tmp_path / "b")
    run("--data-dir", a, "history", "import", str(export(tmp_path, 1)))
    run("--data-dir", a, "sync", "--folder", str(folder))
    journal = next((folder / DEVICES).glob(f"*/{JOURNAL_DIR}/000001.jsonl"))
    line = json.loads(journal.read_text())
    line["v"] = 2
    journal.write_text(json.dumps(line) + "\n")
    code, out, err = run("--data-dir", b, "sync", "--folder", str(folder))
    assert (code, out) == (2, "") and err.count("\n") == 1
    assert "000001.jsonl: written by a newer Pilates Desktop (sync format 2" in err
    assert "nothing was changed" in err
    assert json.loads(run("--data-dir", b, "history", "--json")[1])["sessions"] == []
    assert run("--data-dir", b, "sync")[0] == 2  # and the folder was not remembered


def test_a_folder_holding_the_data_dir_is_refused(tmp_path: Path) -> None:
    code, _, err = run("--data-dir", str(tmp_path / "Sync" / "data"), "sync", "--folder",
                       str(tmp_path / "Sync"))
    assert code == 2 and "overlap" in err and err.count("\n") == 1
