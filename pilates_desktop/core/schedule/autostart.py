"""Start at login: one file in the place each desktop reads at log-in, running ``--background``.

* Linux and other XDG desktops: ``$XDG_CONFIG_HOME/autostart/<app id>.desktop`` (the XDG
  Autostart spec; ``~/.config`` when the variable is unset or not absolute). The entry's
  ``Exec`` is quoted by the Desktop Entry spec's rules, so a data folder with spaces, quotes
  or a ``%`` in its name still reaches the app intact; it passes ``desktop-file-validate``.
* macOS: a LaunchAgent property list in ``~/Library/LaunchAgents`` with ``RunAtLoad``.
* Windows: a small ``.cmd`` in the user's Startup folder that starts the app detached.

A file is ours when it has our name; ``off`` removes it, and ``status`` reads it back, so a
desktop's own switch (GNOME's ``X-GNOME-Autostart-enabled=false``, ``Hidden=true``) shows as off.
"""

from __future__ import annotations

import plistlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from pilates_desktop import DESKTOP_ID
from pilates_desktop.core.schedule.files import ScheduleFileError

# Characters after which an argument must be quoted (Desktop Entry spec, "The Exec key").
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")
_ESCAPED_IN_QUOTES = set('"`$\\')


def background_command(launcher: Sequence[str], data_dir: Path | None) -> list[str]:
    """The command a log-in runs: the launcher, ``--background`` and the data folder if set."""
    argv = [*launcher, "--background"]
    if data_dir is not None:
        argv += ["--data-dir", str(data_dir)]
    return argv


def launcher_command(argv0: str, which: Callable[[str], str | None],
                     python: str) -> list[str]:
    """How to start this installation: the ``pilates-desktop`` script it was started with or
    that is on PATH, else ``python -m pilates_desktop``."""
    script = Path(argv0)
    if script.name.startswith("pilates-desktop") and script.is_file():
        return [str(script.resolve())]
    found = which("pilates-desktop")
    if found:
        return [str(Path(found).resolve())]
    return [python, "-m", "pilates_desktop"]


def exec_value(argv: Sequence[str]) -> str:
    """``argv`` as the value of an ``Exec`` key: quoted by the spec, then string-escaped."""
    words = []
    for arg in argv:
        arg = arg.replace("%", "%%")
        if arg and not _RESERVED & set(arg):
            words.append(arg)
        else:
            inner = "".join(f"\\{c}" if c in _ESCAPED_IN_QUOTES else c for c in arg)
            words.append(f'"{inner}"')
    line = " ".join(words)
    # The value is a "string": a backslash is written \\, and control characters as escapes.
    return (line.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")
            .replace("\r", "\\r"))


def desktop_entry(argv: Sequence[str]) -> str:
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.4",
        "Name=Pilates Desktop",
        "Comment=Practice reminders and desk breaks, from the tray",
        "Comment[de]=Übungserinnerungen und Bewegungspausen, aus dem Infobereich",
        "Comment[es]=Recordatorios de práctica y pausas activas, desde la bandeja",
        f"Exec={exec_value(argv)}",
        f"Icon={DESKTOP_ID}",
        "Terminal=false",
        "Categories=Education;Sports;Qt;",
        "X-GNOME-Autostart-enabled=true",
        "",
    ])


def launch_agent(argv: Sequence[str]) -> bytes:
    return plistlib.dumps({
        "Label": DESKTOP_ID,
        "ProgramArguments": list(argv),
        "RunAtLoad": True,
        "ProcessType": "Interactive",
    })


def startup_script(argv: Sequence[str]) -> str:
    quoted = " ".join(f'"{a}"' for a in argv)
    return f'@echo off\r\nstart "" {quoted}\r\n'


@dataclass(frozen=True)
class AutostartStatus:
    enabled: bool
    path: Path
    command: str | None = None  # what the file runs, as written there


class Autostart:
    """The autostart file for this platform; ``env`` and ``home`` come from the caller."""

    def __init__(self, platform: str, env: Mapping[str, str], home: Path) -> None:
        self.platform = platform
        if platform == "darwin":
            self.path = home / "Library" / "LaunchAgents" / f"{DESKTOP_ID}.plist"
        elif platform == "win32":
            appdata = Path(env.get("APPDATA") or home / "AppData" / "Roaming")
            self.path = (appdata / "Microsoft" / "Windows" / "Start Menu" / "Programs"
                         / "Startup" / "Pilates Desktop.cmd")
        else:
            config = env.get("XDG_CONFIG_HOME", "")
            base = Path(config) if config and Path(config).is_absolute() else home / ".config"
            self.path = base / "autostart" / f"{DESKTOP_ID}.desktop"

    def content(self, argv: Sequence[str]) -> bytes:
        if self.platform == "darwin":
            return launch_agent(argv)
        if self.platform == "win32":
            return startup_script(argv).encode("utf-8")
        return desktop_entry(argv).encode("utf-8")

    def enable(self, argv: Sequence[str]) -> AutostartStatus:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_name(f".{self.path.name}.tmp")
            tmp.write_bytes(self.content(argv))
            tmp.replace(self.path)
        except OSError as exc:
            raise ScheduleFileError(f"{self.path}: could not be written: "
                                    f"{exc.strerror or exc}") from None
        return self.status()

    def disable(self) -> AutostartStatus:
        try:
            self.path.unlink(missing_ok=True)
        except OSError as exc:
            raise ScheduleFileError(f"{self.path}: could not be removed: "
                                    f"{exc.strerror or exc}") from None
        return self.status()

    def status(self) -> AutostartStatus:
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return AutostartStatus(False, self.path)
        except OSError as exc:
            raise ScheduleFileError(f"{self.path}: cannot be read: "
                                    f"{exc.strerror or exc}") from None
        if self.platform == "darwin":
            try:
                args = plistlib.loads(data).get("ProgramArguments") or []
            except (plistlib.InvalidFileException, ValueError, AttributeError):
                args = []
            return AutostartStatus(True, self.path, " ".join(map(str, args)) or None)
        text = data.decode("utf-8", "replace")
        if self.platform == "win32":
            line = text.splitlines()[-1] if text.strip() else None
            return AutostartStatus(True, self.path, line)
        keys = _desktop_keys(text)
        enabled = (keys.get("Hidden", "false") != "true"
                   and keys.get("X-GNOME-Autostart-enabled", "true") != "false")
        return AutostartStatus(enabled, self.path, keys.get("Exec"))


def _desktop_keys(text: str) -> dict[str, str]:
    """The keys of the [Desktop Entry] group (enough to read back what we wrote)."""
    keys: dict[str, str] = {}
    group = None
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("["):
            group = line
        elif group == "[Desktop Entry]" and "=" in line and not line.startswith("#"):
            key, _, value = line.partition("=")
            keys[key.strip()] = value.strip()
    return keys
