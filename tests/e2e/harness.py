"""The end-to-end harness: a private X screen, the installed app as a person starts it, and
xdotool as that person's keyboard and mouse.

- ``xvfb_display()`` starts Xvfb on a display it picks itself (``-displayfd``) and ends it by PID.
- ``App`` runs the ``pilates-desktop`` console script installed next to ``sys.executable`` as a
  separate process, with its own ``--data-dir``, and kills it by PID when the test ends.
- ``Screen`` finds windows by their title, sends keys and moves the real pointer.
- ``cli()`` / ``cli_json()`` read the outcome the way a script would, through the command line.

The tests rely only on what a user sees: window titles, keyboard shortcuts, where things are on
the screen. Nothing here imports the app. Every wait polls with a deadline; nothing sleeps for a
guessed time before checking.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, TypeVar

import pytest

T = TypeVar("T")

TOOLS = ("Xvfb", "xdotool")
MISSING = [t for t in TOOLS if shutil.which(t) is None]


def require_tools() -> None:
    """Skip where the X tools are missing; under CI (where bootstrap installs them) fail."""
    if not MISSING:
        return
    if os.environ.get("CI"):
        pytest.fail(f"needs {', '.join(MISSING)}: bootstrap.sh test should have installed it")
    pytest.skip(f"needs {', '.join(MISSING)} (installed by packaging/bootstrap.sh test)")


def wait_for(predicate: Callable[[], T], timeout: float, what: str,
             interval: float = 0.02) -> T:
    """Poll ``predicate`` until it returns something true; fail naming ``what`` at the deadline."""
    end = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() >= end:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(interval)


def _end(proc: subprocess.Popen[Any], grace: float = 5) -> None:
    """End one process we started, by its PID: politely, then for good."""
    if proc.poll() is None:
        with suppress(ProcessLookupError):
            proc.terminate()
        try:
            proc.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            with suppress(ProcessLookupError):
                proc.kill()
            proc.wait()


@contextmanager
def xvfb_display(size: str = "1280x800x24") -> Iterator[str]:
    """A fresh Xvfb on a free display (it picks the number and writes it to a pipe)."""
    require_tools()
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", size, "-nolisten", "tcp",
         "-noreset"],
        pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        # Xvfb writes the display number it chose once it accepts connections.
        with os.fdopen(read_fd, "rb", buffering=0) as pipe:
            number = b""
            end = time.monotonic() + 30
            while not number.endswith(b"\n") and time.monotonic() < end:
                chunk = pipe.read(1)
                if not chunk:
                    break
                number += chunk
        assert number.strip().isdigit(), f"Xvfb did not start (got {number!r})"
        yield f":{number.decode().strip()}"
    finally:
        _end(server, grace=10)


class Lines:
    """Collects a process's output lines on a thread, so reading never blocks past a deadline."""

    def __init__(self, stream: Any) -> None:
        self.lines: list[str] = []
        self._thread = threading.Thread(target=self._pump, args=(stream,), daemon=True)
        self._thread.start()

    def _pump(self, stream: Any) -> None:
        for line in stream:
            self.lines.append(line.rstrip("\n"))

    def find(self, prefix: str) -> str | None:
        for line in self.lines:
            if line.startswith(prefix):
                return line[len(prefix):]
        return None

    def text(self) -> str:
        return "\n".join(self.lines)


def xdotool(display: str, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["xdotool", *args], check=check, timeout=30, text=True,
                          capture_output=True, env={**os.environ, "DISPLAY": display})


# --- the installed app and its command line --------------------------------------------------

def entry_point() -> Path:
    """The ``pilates-desktop`` console script of the environment running the tests."""
    exe = Path(sys.executable).parent / "pilates-desktop"
    assert exe.is_file(), f"{exe} is missing: install the app (packaging/bootstrap.sh test)"
    return exe


def app_env(display: str | None = None, a11y_bus: str | None = None) -> dict[str, str]:
    """English texts whatever the machine's locale; the X screen and the bus for the
    accessibility tree when given. Nothing of the tester's own desktop leaks in."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("WAYLAND_DISPLAY", "LANGUAGE", "LC_MESSAGES", "QT_QPA_PLATFORM",
                        "DBUS_SESSION_BUS_ADDRESS", "AT_SPI_BUS_ADDRESS")}
    env.update(LANG="C.UTF-8", LC_ALL="C.UTF-8")
    if display is not None:
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"
    if a11y_bus is not None:
        # Qt publishes its accessibility tree on this bus, as it does for a screen reader.
        env.update(AT_SPI_BUS_ADDRESS=a11y_bus, DBUS_SESSION_BUS_ADDRESS=a11y_bus)
    return env


def cli(data_dir: Path, *args: str, timeout: float = 60) -> str:
    """Run ``pilates-desktop --data-dir DATA ARGS`` and return its stdout; fail on an error."""
    done = subprocess.run([str(entry_point()), "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, timeout=timeout, env=app_env())
    assert done.returncode == 0, (
        f"pilates-desktop {' '.join(args)} exited {done.returncode}: {done.stderr.strip()}")
    return done.stdout


def write_settings(data_dir: Path, sections: dict[str, dict[str, str]]) -> None:
    """Write the data folder's settings.ini before the app starts, as a user's editor would."""
    data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    text = "".join(f"[{name}]\n" + "".join(f"{k}={v}\n" for k, v in values.items()) + "\n"
                   for name, values in sections.items())
    (data_dir / "settings.ini").write_text(text, encoding="utf-8")


class App:
    """The installed app, started as a person would on ``display`` with its own data folder."""

    def __init__(self, display: str, data_dir: Path, *args: str,
                 a11y_bus: str | None = None) -> None:
        self.display = display
        self.data_dir = data_dir
        self.proc = subprocess.Popen(
            [str(entry_point()), "--data-dir", str(data_dir), *args],
            env=app_env(display, a11y_bus),
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.stdout = Lines(self.proc.stdout)
        self.stderr = Lines(self.proc.stderr)

    @property
    def pid(self) -> int:
        return self.proc.pid

    def crash(self) -> None:
        """kill -9: no chance to save or close anything."""
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=10)

    def end(self) -> None:
        _end(self.proc)

    def problems(self) -> list[str]:
        """Lines on stderr that a user would have seen as an error dialog or a traceback."""
        return [line for line in self.stderr.lines
                if "unexpected error" in line or line.startswith("Traceback")]


# --- the screen, as a person sees it ---------------------------------------------------------

class Screen:
    """Windows found by title; keys and pointer moves sent through the X server (XTEST)."""

    def __init__(self, display: str, pid: int | None = None) -> None:
        self.display = display
        self.pid = pid  # only windows of this process count, when given

    def windows(self, title: str) -> list[str]:
        """Visible windows whose whole title is ``title`` (a regular expression)."""
        done = xdotool(self.display, "search", "--onlyvisible", "--name", f"^{title}$",
                       check=False)
        found = done.stdout.split()
        if self.pid is None:
            return found
        # (xdotool's own --pid filter ignores the name pattern, so the owner is asked here.)
        return [w for w in found
                if xdotool(self.display, "getwindowpid", w, check=False).stdout.strip()
                == str(self.pid)]

    def wait_window(self, title: str, timeout: float = 30) -> str:
        found = wait_for(lambda: self.windows(title), timeout, f"a window titled {title!r}")
        return found[-1]

    def wait_gone(self, title: str, timeout: float = 15) -> None:
        wait_for(lambda: not self.windows(title), timeout,
                 f"the window titled {title!r} to close")

    def focus(self, window: str) -> None:
        """Give ``window`` the keyboard focus (there is no window manager to click into)."""
        xdotool(self.display, "windowfocus", "--sync", window)

    def close(self, window: str) -> None:
        """Ask ``window`` to close, as a window manager's close button does: a
        WM_DELETE_WINDOW message (the bare X screen has no window manager to send it)."""
        import ctypes
        import ctypes.util

        c_long, c_ulong, c_int, c_void_p = ctypes.c_long, ctypes.c_ulong, ctypes.c_int, ctypes.c_void_p

        class ClientMessage(ctypes.Structure):
            _fields_ = [("type", c_int), ("serial", c_ulong), ("send_event", c_int),
                        ("display", c_void_p), ("window", c_ulong),
                        ("message_type", c_ulong), ("format", c_int), ("data", c_long * 5)]

        class Event(ctypes.Union):
            _fields_ = [("xclient", ClientMessage), ("pad", c_long * 24)]

        x11 = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
        x11.XOpenDisplay.restype = c_void_p
        x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x11.XInternAtom.restype = c_ulong
        x11.XInternAtom.argtypes = [c_void_p, ctypes.c_char_p, c_int]
        x11.XSendEvent.argtypes = [c_void_p, c_ulong, c_int, c_long, ctypes.POINTER(Event)]
        x11.XFlush.argtypes = x11.XCloseDisplay.argtypes = [c_void_p]
        dpy = x11.XOpenDisplay(self.display.encode())
        assert dpy, f"cannot open the X display {self.display}"
        try:
            event = Event()
            event.xclient.type = 33  # ClientMessage
            event.xclient.window = int(window)
            event.xclient.message_type = x11.XInternAtom(dpy, b"WM_PROTOCOLS", 0)
            event.xclient.format = 32
            event.xclient.data[0] = x11.XInternAtom(dpy, b"WM_DELETE_WINDOW", 0)
            event.xclient.data[1] = 0  # CurrentTime
            assert x11.XSendEvent(dpy, int(window), 0, 0, ctypes.byref(event))
            x11.XFlush(dpy)
        finally:
            x11.XCloseDisplay(dpy)

    def key(self, *keys: str) -> None:
        """Press keys (xdotool names, e.g. ``ctrl+Return``) into the focused window."""
        xdotool(self.display, "key", "--delay", "30", *keys)

    def type(self, text: str) -> None:
        xdotool(self.display, "type", "--delay", "30", text)

    def click(self, at: Sequence[int]) -> None:
        x, y = at
        xdotool(self.display, "mousemove", "--sync", str(x), str(y), "click", "1")

    def drag(self, start: Sequence[int], end: Sequence[int], steps: int = 24) -> None:
        """Press the left button at ``start``, move in small steps to ``end``, release.

        The short pauses between steps let Qt see a press, a drag start and drag moves, as it
        does from a hand on a mouse."""
        (sx, sy), (tx, ty) = start, end
        xdotool(self.display, "mousemove", "--sync", str(sx), str(sy))
        xdotool(self.display, "mousedown", "1")
        for i in range(1, steps + 1):
            x = sx + (tx - sx) * i // steps
            y = sy + (ty - sy) * i // steps
            xdotool(self.display, "mousemove", "--sync", str(x), str(y), "sleep", "0.02")
        xdotool(self.display, "mousemove", "--sync", str(tx + 2), str(ty), "sleep", "0.05")
        xdotool(self.display, "mousemove", "--sync", str(tx), str(ty), "sleep", "0.05")
        xdotool(self.display, "mouseup", "1")


# --- the accessible layout, as a screen reader sees it ---------------------------------------

# AT-SPI roles and states (at-spi2-core's AtspiRole / AtspiStateType) that the tests use.
ROLE_CHECK_BOX, ROLE_LABEL, ROLE_LIST, ROLE_PUSH_BUTTON = 7, 29, 31, 43
ROLE_TABLE, ROLE_TABLE_CELL, ROLE_TEXT = 55, 56, 61
STATE_SELECTED, STATE_SHOWING = 23, 25

ACCESSIBLE = "org.a11y.atspi.Accessible"


@contextmanager
def session_bus() -> Iterator[str]:
    """A private D-Bus daemon; the app is told to publish its accessibility tree on it
    (``AT_SPI_BUS_ADDRESS``), as it would to a screen reader. Ended by PID."""
    if shutil.which("dbus-daemon") is None:
        if os.environ.get("CI"):
            pytest.fail("needs dbus-daemon: bootstrap.sh test should have installed it")
        pytest.skip("needs dbus-daemon (installed by packaging/bootstrap.sh test)")
    daemon = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--nopidfile",
                               "--print-address=1"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert daemon.stdout is not None
        address = daemon.stdout.readline().strip()  # printed once it listens
        assert address, "dbus-daemon did not start"
        yield address
    finally:
        _end(daemon)


class Node:
    """One accessible object of the app: a window, a button, a list row."""

    def __init__(self, tree: Accessibility, path: str) -> None:
        self._tree = tree
        self.path = path

    def _call(self, interface: str, method: str, signature: str | None = None,
              body: tuple[Any, ...] = ()) -> tuple[Any, ...]:
        return self._tree.call(self.path, interface, method, signature, body)

    @property
    def name(self) -> str:
        value = self._call("org.freedesktop.DBus.Properties", "Get", "ss", (ACCESSIBLE, "Name"))
        return str(value[0][1])

    @property
    def role(self) -> int:
        return int(self._call(ACCESSIBLE, "GetRole")[0])

    def children(self) -> list[Node]:
        return [Node(self._tree, path) for _bus, path in self._call(ACCESSIBLE, "GetChildren")[0]]

    def states(self) -> set[int]:
        words = self._call(ACCESSIBLE, "GetState")[0]
        return {32 * i + bit for i, word in enumerate(words) for bit in range(32)
                if word >> bit & 1}

    def extents(self) -> tuple[int, int, int, int]:
        """x, y, width, height on the screen."""
        x, y, w, h = self._call("org.a11y.atspi.Component", "GetExtents", "u", (0,))[0]
        return int(x), int(y), int(w), int(h)

    def center(self) -> tuple[int, int]:
        x, y, w, h = self.extents()
        return x + w // 2, y + h // 2

    def showing(self) -> bool:
        return STATE_SHOWING in self.states()

    def find(self, role: int, name: str | Callable[[str], bool]) -> list[Node]:
        """Every node below this one with ``role`` whose name is ``name`` (or passes it)."""
        match = name if callable(name) else (lambda n: n == name)
        found: list[Node] = []
        todo = [self]
        while todo:
            node = todo.pop()
            kids = node.children()
            for kid in kids:
                if kid.role == role and match(kid.name):
                    found.append(kid)
            todo.extend(reversed(kids))
        return found

    def dump(self, depth: int = 0) -> str:
        """This node and everything below it, one line each: for failure messages."""
        lines = [f"{'  ' * depth}{self.role} {self.name!r}"]
        lines += [kid.dump(depth + 1) for kid in self.children()]
        return "\n".join(lines)

    def __repr__(self) -> str:
        return f"<Node {self.name!r} role={self.role}>"


class Accessibility:
    """The app's AT-SPI tree, read over the private bus with a plain D-Bus client."""

    def __init__(self, address: str, pid: int, timeout: float = 30) -> None:
        from jeepney import DBusAddress, new_method_call
        from jeepney.io.blocking import open_dbus_connection

        self._new_call = new_method_call
        self._address = DBusAddress
        self._conn = open_dbus_connection(bus=address)
        bus = DBusAddress("/org/freedesktop/DBus", bus_name="org.freedesktop.DBus",
                          interface="org.freedesktop.DBus")

        def app_name() -> str | None:
            names = self._conn.send_and_get_reply(new_method_call(bus, "ListNames")).body[0]
            for name in names:
                if not name.startswith(":") or name == self._conn.unique_name:
                    continue
                reply = self._conn.send_and_get_reply(
                    new_method_call(bus, "GetConnectionUnixProcessID", "s", (name,)))
                if reply.body and reply.body[0] == pid and publishes_tree(name):
                    return str(name)
            return None

        def publishes_tree(name: str) -> bool:
            """The app has more than one connection (its schedule talks to the notification
            service on its own): the one to read is the one that has the accessible root."""
            root = DBusAddress("/org/a11y/atspi/accessible/root", bus_name=name,
                               interface="org.freedesktop.DBus.Introspectable")
            try:
                reply = self._conn.send_and_get_reply(new_method_call(root, "Introspect"),
                                                      timeout=5)
            except TimeoutError:
                return False
            return bool(reply.body) and "org.a11y.atspi.Accessible" in str(reply.body[0])

        self.bus_name = wait_for(app_name, timeout, "the app on the accessibility bus")

    def close(self) -> None:
        self._conn.close()

    def call(self, path: str, interface: str, method: str, signature: str | None = None,
             body: tuple[Any, ...] = ()) -> tuple[Any, ...]:
        from jeepney import MessageType

        where = self._address(path, bus_name=self.bus_name, interface=interface)
        reply = self._conn.send_and_get_reply(self._new_call(where, method, signature, body),
                                              timeout=10)
        if reply.header.message_type == MessageType.error:
            raise LookupError(f"{interface}.{method} on {path}: {reply.body}")
        return tuple(reply.body)

    def root(self) -> Node:
        return Node(self, "/org/a11y/atspi/accessible/root")

    def window(self, title: str) -> Node:
        """The app's top-level window called ``title`` (shown or not)."""
        for node in self.root().children():
            if node.name == title:
                return node
        raise LookupError(f"no window titled {title!r}")

    def showing(self, role: int, name: str | Callable[[str], bool], window: str) -> list[Node]:
        """The nodes of ``role`` named ``name`` that are on the screen in ``window`` now."""
        try:
            return [n for n in self.window(window).find(role, name) if n.showing()]
        except LookupError:  # a node went away while we looked
            return []

    def wait_showing(self, role: int, name: str | Callable[[str], bool], window: str,
                     what: str, timeout: float = 20) -> list[Node]:
        """Poll until at least one such node is on the screen."""
        with self._explained(window):
            return wait_for(lambda: self.showing(role, name, window), timeout, what)

    def wait_one(self, role: int, name: str | Callable[[str], bool], window: str,
                 what: str, timeout: float = 20) -> Node:
        """Poll until exactly one such node is on the screen."""

        def one() -> Node | None:
            nodes = self.showing(role, name, window)
            return nodes[0] if len(nodes) == 1 else None

        with self._explained(window):
            return wait_for(one, timeout, what)

    @contextmanager
    def _explained(self, window: str) -> Iterator[None]:
        """A failed wait shows what the window held instead."""
        try:
            yield
        except AssertionError as failure:
            try:
                layout = self.window(window).dump()
            except LookupError as gone:
                layout = str(gone)
            raise AssertionError(f"{failure}; the window {window!r} shows:\n{layout}") from None
