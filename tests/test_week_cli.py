"""``remind add|list|remove`` and ``autostart on|off|status`` as the issue specifies them."""

from __future__ import annotations

import io
import json
import stat
import subprocess
from pathlib import Path

import pytest

from pilates_desktop.cli.main import main


def run(data_dir: Path, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--data-dir", str(data_dir), *argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_add_prints_the_id_and_list_json_is_exactly_the_issue_s_shape(data_dir: Path) -> None:
    assert run(data_dir, "remind", "add", "--days", "mon,wed,fri", "--at", "07:30") == (
        0, "1\n", "")
    code, out, _ = run(data_dir, "remind", "add", "--days", "fri,Tue", "--at", "7:05",
                       "--routine", "Desk Break")
    assert (code, out) == (0, "2\n")
    code, out, _ = run(data_dir, "remind", "list", "--json")
    assert code == 0 and json.loads(out) == {"reminders": [
        {"id": 1, "days": ["mon", "wed", "fri"], "at": "07:30", "routine": None},
        {"id": 2, "days": ["tue", "fri"], "at": "07:05", "routine": "Desk Break"},
    ]}
    code, out, _ = run(data_dir, "remind", "list")
    assert out.splitlines() == ["  1  mon,wed,fri                  07:30  -",
                                "  2  tue,fri                      07:05  Desk Break"]
    assert stat.S_IMODE((data_dir / "reminders.json").stat().st_mode) == 0o600
    assert run(data_dir, "remind", "remove", "1")[0] == 0
    assert [r["id"] for r in json.loads(run(data_dir, "remind", "list", "--json")[1])[
        "reminders"]] == [2]


@pytest.mark.parametrize(("argv", "line"), [
    (["add", "--days", "mon", "--at", "25:00"],
     'pilates-desktop: "25:00" is not a time of day: use HH:MM from 00:00 to 23:59 '
     "(for example --at 07:30)"),
    (["add", "--days", "mon,funday", "--at", "07:30"],
     'pilates-desktop: "funday" is not a day: use mon, tue, wed, thu, fri, sat, sun '
     "(for example --days mon,wed,fri)"),
    (["add", "--days", "mon", "--at", "07:30", "--routine", "Yoga Flow"],
     "pilates-desktop: no routine called 'Yoga Flow' (see `pilates-desktop routines`)"),
    (["remove", "9"], "pilates-desktop: no reminder with id 9: remind list shows the ids "
                      "there are"),
    (["remove", "one"], 'pilates-desktop: "one" is not a reminder id: remind list shows the '
                        "ids there are"),
])
def test_bad_input_exits_2_with_one_line_and_changes_nothing(
        data_dir: Path, argv: list[str], line: str) -> None:
    run(data_dir, "remind", "add", "--days", "sun", "--at", "10:00")
    before = (data_dir / "reminders.json").read_bytes()
    code, out, err = run(data_dir, "remind", *argv)
    assert (code, out, err) == (2, "", line + "\n")
    assert (data_dir / "reminders.json").read_bytes() == before


def test_a_broken_reminders_file_is_named_and_kept(data_dir: Path) -> None:
    path = data_dir / "reminders.json"
    data_dir.mkdir(parents=True, exist_ok=True)
    path.write_text('{"format": "pilates-desktop/reminders"', encoding="utf-8")
    code, out, err = run(data_dir, "remind", "add", "--days", "mon", "--at", "07:30")
    assert code == 2 and out == "" and err.count("\n") == 1 and str(path) in err
    assert path.read_text(encoding="utf-8") == '{"format": "pilates-desktop/reminders"'
    assert run(data_dir, "remind", "list")[0] == 2


def test_autostart_on_off_status(data_dir: Path, tmp_path: Path,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    entry = config / "autostart" / "io.github.pilates_desktop.PilatesDesktop.desktop"
    assert run(data_dir, "autostart", "status") == (0, "start at login: off\n", "")
    assert run(data_dir, "autostart", "on") == (0, f"start at login: on ({entry})\n", "")
    text = entry.read_text(encoding="utf-8")
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    assert exec_line.endswith(f" --background --data-dir {data_dir}")
    assert subprocess.run(["desktop-file-validate", str(entry)], capture_output=True,
                          text=True, check=False).stdout == ""
    assert run(data_dir, "autostart", "status")[1] == f"start at login: on ({entry})\n"
    assert run(data_dir, "autostart", "off") == (0, "start at login: off\n", "")
    assert not entry.exists()
    with pytest.raises(SystemExit) as usage:  # argparse's usage error, as for every command
        run(data_dir, "autostart", "maybe")
    assert usage.value.code == 2
