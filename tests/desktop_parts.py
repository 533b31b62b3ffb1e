"""Real desktop parts for tests: an X screen, a private session bus and a notification daemon.

Each is started by the test that needs it and ended by its PID:

* ``Xvfb -displayfd`` picks a free display and reports it;
* ``dbus-daemon --session --print-address --print-pid`` gives a private bus nobody else uses;
* Debian's ``dunst`` on that screen and bus, with a config whose ``dmenu`` is a small script:
  ``dunstctl context`` makes dunst list a notification's actions through it, the script
  answers with the action the test chose, and dunst emits ``ActionInvoked`` as it does when a
  person picks that action from its menu.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

TOOLS = ("Xvfb", "dbus-daemon", "dunst", "dunstctl", "dbus-monitor")


def wait_for(predicate: Callable[[], object], timeout: float, what: str) -> object:
    """Poll ``predicate`` until it is truthy; fail naming ``what`` after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def stop(proc: subprocess.Popen[bytes] | subprocess.Popen[str] | None) -> None:
    if proc is None or proc.poll() is not None:
        return
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(5)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(5)


@contextmanager
def xvfb(size: str = "1024x600x24") -> Iterator[str]:
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", size, "-nolisten", "tcp"],
        pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()
        assert number.isdigit(), f"Xvfb did not start (got {number!r})"
        yield f":{number}"
    finally:
        stop(proc)


@contextmanager
def session_bus() -> Iterator[str]:
    """A private session bus; yields its address."""
    proc = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert proc.stdout is not None
        where = proc.stdout.readline().strip()
        assert where.startswith("unix:"), f"dbus-daemon did not start (got {where!r})"
        yield where
    finally:
        stop(proc)


@dataclass
class Dunst:
    """A running dunst; ``choose(action)`` makes its next context menu pick that action."""

    env: dict[str, str]
    folder: Path
    proc: subprocess.Popen[bytes] | None = None
    menus: list[str] = field(default_factory=list)

    def ctl(self, *args: str) -> str:
        return subprocess.run(["dunstctl", *args], env=self.env, capture_output=True,
                              text=True, timeout=10, check=True).stdout

    def displayed(self) -> int:
        out = self.ctl("count", "displayed")
        return int(out.strip().split()[-1])

    def choose(self, action: str) -> list[str]:
        """Open the context menu of the shown notifications and pick ``action`` (its key)."""
        (self.folder / "choice").write_text(action, encoding="utf-8")
        menu = self.folder / "menu.txt"
        menu.unlink(missing_ok=True)
        self.ctl("context")
        wait_for(menu.exists, 10, "dunst's action menu")
        lines = menu.read_text(encoding="utf-8").splitlines()
        self.menus.append("\n".join(lines))
        return lines

    def history(self) -> list[dict[str, object]]:
        data = json.loads(self.ctl("history"))
        return [{k: v.get("data") for k, v in item.items()} for item in data["data"][0]]


DMENU = """#!/bin/sh
# dunst's menu: save what it offers, answer with the line of the chosen action.
cat > "{folder}/menu.tmp"
choice=$(cat "{folder}/choice")
grep ",$choice]$" "{folder}/menu.tmp" | head -n 1
mv "{folder}/menu.tmp" "{folder}/menu.txt"
"""


@contextmanager
def dunst(display: str, bus_address: str, folder: Path, extra: str = "") -> Iterator[Dunst]:
    """dunst on ``display`` and the bus; ``extra`` adds lines to its [global] section."""
    folder.mkdir(parents=True, exist_ok=True)
    script = folder / "dmenu.sh"
    script.write_text(DMENU.format(folder=folder), encoding="utf-8")
    script.chmod(0o755)
    (folder / "choice").write_text("", encoding="utf-8")
    config = folder / "dunstrc"
    config.write_text(f"[global]\ndmenu = {script}\nshow_indicators = yes\n{extra}"
                      "[urgency_normal]\ntimeout = 0\n", encoding="utf-8")
    env = {**os.environ, "DISPLAY": display, "DBUS_SESSION_BUS_ADDRESS": bus_address}
    proc = subprocess.Popen(["dunst", "-config", str(config)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    daemon = Dunst(env, folder, proc)
    try:
        wait_for(lambda: _owns(env, "org.freedesktop.Notifications"), 10,
                 "dunst to own org.freedesktop.Notifications")
        yield daemon
    finally:
        stop(proc)


def _owns(env: dict[str, str], name: str) -> bool:
    out = subprocess.run(["dbus-send", "--session", "--print-reply",
                          "--dest=org.freedesktop.DBus", "/org/freedesktop/DBus",
                          "org.freedesktop.DBus.NameHasOwner", f"string:{name}"],
                         env=env, capture_output=True, text=True, timeout=10, check=False)
    return "boolean true" in out.stdout


@contextmanager
def monitor(bus_address: str, match: str) -> Iterator[Callable[[], str]]:
    """``dbus-monitor`` on the bus; yields a function that returns what it printed so far."""
    proc = subprocess.Popen(["dbus-monitor", "--address", bus_address, match],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert proc.stdout is not None
    fd = proc.stdout.fileno()
    os.set_blocking(fd, False)
    seen = bytearray()

    def read() -> str:
        while True:
            try:
                chunk = os.read(fd, 65536)
            except BlockingIOError:
                break
            if not chunk:
                break
            seen.extend(chunk)
        return seen.decode("utf-8", "replace")

    try:
        wait_for(lambda: "NameAcquired" in read() or "NameLost" in read(), 10, "dbus-monitor")
        yield read
    finally:
        stop(proc)
