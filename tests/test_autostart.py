"""Start at login: the XDG autostart entry passes desktop-file-validate and runs what it says."""

from __future__ import annotations

import plistlib
import subprocess
from pathlib import Path

import pytest

from pilates_desktop.core.schedule.autostart import (
    DESKTOP_ID,
    Autostart,
    background_command,
    exec_value,
)

ODD_FOLDER = "/tmp/My Pilates/data \"q\" $HOME `x` 100% back\\slash"


def unescape_exec(value: str) -> list[str]:
    """Read an Exec value back as the Desktop Entry spec tells a launcher to."""
    string_escapes = {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}
    text, i = "", 0
    while i < len(value):  # first the general string escapes of the value
        if value[i] == "\\":
            text += string_escapes[value[i + 1]]
            i += 2
        else:
            text += value[i]
            i += 1
    args: list[str] = []
    word: str | None = None
    quoted = False
    i = 0
    while i < len(text):  # then the quoting rules of the Exec key
        c = text[i]
        if quoted and c == "\\" and text[i + 1] in '"`$\\':
            word = (word or "") + text[i + 1]
            i += 2
            continue
        if c == '"':
            quoted = not quoted
            word = word or ""
        elif c == " " and not quoted:
            if word is not None:
                args.append(word)
            word = None
        else:
            word = (word or "") + c
        i += 1
    assert not quoted
    if word is not None:
        args.append(word)
    return [a.replace("%%", "%") for a in args]


@pytest.mark.parametrize("data_dir", [None, "/home/me/pilates", ODD_FOLDER])
def test_the_entry_passes_desktop_file_validate_and_runs_background(
        tmp_path: Path, data_dir: str | None) -> None:
    autostart = Autostart("linux", {"XDG_CONFIG_HOME": str(tmp_path / "cfg")}, tmp_path)
    argv = background_command(["/opt/pilates desktop/bin/pilates-desktop"],
                              Path(data_dir) if data_dir else None)
    status = autostart.enable(argv)
    assert status.enabled and status.path == tmp_path / "cfg" / "autostart" / f"{DESKTOP_ID}.desktop"
    result = subprocess.run(["desktop-file-validate", str(status.path)], capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout
    assert status.command is not None and unescape_exec(status.command) == argv
    assert argv[1] == "--background"
    assert (argv[2:] == ["--data-dir", data_dir]) if data_dir else argv[2:] == []


def test_off_removes_the_entry_and_status_reads_a_desktops_own_switch(tmp_path: Path) -> None:
    autostart = Autostart("linux", {}, tmp_path)  # no XDG_CONFIG_HOME: ~/.config
    assert autostart.path == tmp_path / ".config" / "autostart" / f"{DESKTOP_ID}.desktop"
    assert not autostart.status().enabled
    autostart.enable(["pilates-desktop", "--background"])
    text = autostart.path.read_text(encoding="utf-8")
    autostart.path.write_text(text.replace("X-GNOME-Autostart-enabled=true",
                                           "X-GNOME-Autostart-enabled=false"), encoding="utf-8")
    assert not autostart.status().enabled  # switched off in GNOME's settings
    assert not autostart.disable().enabled and not autostart.path.exists()
    assert not autostart.disable().enabled  # twice is fine


def test_a_relative_xdg_config_home_is_ignored_as_the_spec_says(tmp_path: Path) -> None:
    autostart = Autostart("linux", {"XDG_CONFIG_HOME": "relative/cfg"}, tmp_path)
    assert autostart.path.parent == tmp_path / ".config" / "autostart"


def test_macos_launch_agent_and_windows_startup_folder(tmp_path: Path) -> None:
    mac = Autostart("darwin", {}, tmp_path)
    argv = ["/Applications/Pilates Desktop.app/Contents/MacOS/pilates-desktop", "--background"]
    mac.enable(argv)
    plist = plistlib.loads(mac.path.read_bytes())
    assert mac.path.parent == tmp_path / "Library" / "LaunchAgents"
    assert plist["ProgramArguments"] == argv and plist["RunAtLoad"] is True
    win = Autostart("win32", {"APPDATA": str(tmp_path / "Roaming")}, tmp_path)
    status = win.enable([r"C:\Program Files\Pilates\pilates-desktop.exe", "--background"])
    assert status.enabled and status.path.parent.name == "Startup"
    assert status.command == r'start "" "C:\Program Files\Pilates\pilates-desktop.exe" "--background"'


def test_exec_quoting_only_where_needed() -> None:
    assert exec_value(["pilates-desktop", "--background"]) == "pilates-desktop --background"
    assert exec_value(["a b", "50%"]) == '"a b" 50%%'
