"""Issue 14 item 13: the command line's rough edges. ``export -o`` asks for --force before it
replaces a file and makes no folders; an argument error is one line of usage and one of error;
--data-dir works after the command too; a routine without exercises is not imported."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from pilates_desktop.cli.main import main
from pilates_desktop.paths import Paths


def run(data_dir: Path, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--data-dir", str(data_dir), *argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_export_asks_for_force_before_replacing_a_file(data_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "mine.json"
    target.write_text("keep me")
    code, out, err = run(data_dir, "export", "desk-break", "-o", str(target))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and str(target) in err and "--force" in err
    assert target.read_text() == "keep me"
    code, _, err = run(data_dir, "export", "desk-break", "-o", str(target), "--force")
    assert code == 0, err
    assert json.loads(target.read_text())["name"] == "Desk Break"


def test_export_makes_no_folders(data_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "folder" / "r.json"
    code, _, err = run(data_dir, "export", "desk-break", "-o", str(target))
    assert code == 2
    assert err.count("\n") == 1 and str(target.parent) in err and "does not exist" in err
    assert not (tmp_path / "no").exists()


def test_export_refuses_a_folder_as_the_file(data_dir: Path, tmp_path: Path) -> None:
    code, _, err = run(data_dir, "export", "desk-break", "-o", str(tmp_path), "--force")
    assert code == 2 and err.count("\n") == 1 and "is a folder" in err


@pytest.mark.parametrize("argv", [
    ["export", "desk-break"],  # -o missing
    ["plan"],  # the routine missing
    ["no-such-command"],
    ["exercises", "--jsn"],
    ["history", "import", "a", "b"],
])
def test_an_argument_error_is_one_line_of_usage_and_one_of_error(
        argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 2
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 2, lines
    assert lines[0].startswith("usage: pilates-desktop")
    assert lines[1].startswith("pilates-desktop") and "error:" in lines[1]


def test_data_dir_after_the_command(tmp_path: Path) -> None:
    mine = tmp_path / "mine.json"
    mine.write_text(json.dumps({"format": "pilates-desktop/routine", "version": 1,
                                "name": "After", "items": [{"exercise": "clams"}]}))
    elsewhere = tmp_path / "elsewhere"
    out, err = io.StringIO(), io.StringIO()
    assert main(["import", str(mine), "--data-dir", str(elsewhere)], out=out, err=err) == 0, \
        err.getvalue()
    assert (elsewhere / "routines" / "after.json").is_file()
    out = io.StringIO()
    assert main(["routines", "--data-dir", str(elsewhere), "--json"], out=out) == 0
    assert "after" in {r["id"] for r in json.loads(out.getvalue())}
    # Given before the command, it still counts; the default folder got nothing.
    assert not (Paths.choose().routines_dir / "after.json").exists()


def test_an_empty_routine_is_not_imported(data_dir: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty.json"
    empty.write_text(json.dumps({"format": "pilates-desktop/routine", "version": 1,
                                 "name": "Nothing", "items": []}))
    code, out, err = run(data_dir, "import", str(empty))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "empty.json" in err and "no exercises" in err
    routines = data_dir / "routines"
    assert not routines.exists() or not any(routines.iterdir())
