"""One D-Bus connection, driven by the Qt event loop; jeepney writes and reads the wire format.

Why not QtDBus alone: PySide6's QtDBus turns every Python int into a signed ``i`` (or a
``q`` inside a ``QDBusArgument``) and every list of dicts into ``av``, so it cannot send
``org.freedesktop.Notifications.Notify`` (its ``replaces_id`` is ``u``) nor the portal's
``aa{sv}`` buttons; the daemons refuse such calls. And a notification's ``ActionInvoked``
goes to the connection that sent it, so sending from a helper process is no way out.
jeepney is a small pure-Python implementation of the protocol with explicit signatures;
here it only builds and parses messages, while the socket sits in a ``QSocketNotifier``, so
the connection costs nothing while no message arrives (no thread, no polling).

A method call blocks for at most ``timeout`` seconds (a notification daemon answers in
milliseconds; one that hangs must not freeze the app): the few callers run in the main thread
on user-visible events, never in a loop.
"""

from __future__ import annotations

import contextlib
import os
import selectors
import socket
from collections import deque
from itertools import count
from typing import Any

from jeepney import (
    DBusAddress,
    HeaderFields,
    MatchRule,
    Message,
    MessageType,
    Parser,
    new_error,
)
from jeepney import new_method_call as _new_method_call
from jeepney.bus import get_bus
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import prep_socket
from PySide6.QtCore import QDeadlineTimer, QObject, QSocketNotifier, QTimer, Signal

DEFAULT_TIMEOUT_S = 2.0


class DBusError(Exception):
    """A call failed: no such service, an error reply, a time-out or a closed connection."""


def address(service: str, path: str, interface: str) -> Any:
    return DBusAddress(path, bus_name=service, interface=interface)


def method_call(target: Any, method: str, signature: str | None = None,
                body: tuple[Any, ...] = ()) -> Any:
    return _new_method_call(target, method, signature, body)


class Bus(QObject):
    """A connection to a message bus; ``signal_received`` carries every signal that matched."""

    signal_received = Signal(object)  # a jeepney Message
    closed = Signal()

    @classmethod
    def session(cls, bus_address: str | None = None, parent: QObject | None = None) -> Bus | None:
        """The session bus (or ``bus_address``); None when there is none to connect to."""
        where = bus_address or os.environ.get("DBUS_SESSION_BUS_ADDRESS", "")
        if not where:
            return None
        try:
            sock = prep_socket(get_bus(where), timeout=DEFAULT_TIMEOUT_S)
        except (OSError, RuntimeError, ValueError, TimeoutError, StopIteration):
            return None
        try:
            return cls(sock, parent)
        except DBusError:
            sock.close()
            return None

    def __init__(self, sock: socket.socket, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sock = sock
        sock.setblocking(False)
        self._parser = Parser()
        self._serials = count(1)
        self._pending: deque[Any] = deque()  # messages read while waiting for a reply
        self._open = True
        self._notifier = QSocketNotifier(sock.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_readable)
        reply = self.call(message_bus.Hello())
        self.unique_name: str = reply[0]

    # -- calls ----------------------------------------------------------------------------
    def call(self, message: Any, timeout: float = DEFAULT_TIMEOUT_S) -> tuple[Any, ...]:
        """Send a method call and return the reply's body; DBusError on any failure."""
        serial = self._send(message)
        deadline = QDeadlineTimer(int(timeout * 1000))  # a socket's time-out, not app time
        while True:
            msg = self._parser.get_next_message()
            if msg is None:
                self._read(deadline)
                continue
            if msg.header.fields.get(HeaderFields.reply_serial) != serial:
                self._pending.append(msg)
                continue
            if msg.header.message_type is MessageType.error:
                name = msg.header.fields.get(HeaderFields.error_name, "error")
                text = msg.body[0] if msg.body and isinstance(msg.body[0], str) else ""
                raise DBusError(f"{name}: {text}" if text else str(name))
            if self._pending:
                QTimer.singleShot(0, self._dispatch_pending)
            return tuple(msg.body)

    def send(self, message: Any) -> None:
        """Send without waiting (a signal, or a call whose reply does not matter)."""
        self._send(message)

    def add_match(self, rule: Any) -> None:
        self.call(message_bus.AddMatch(rule))

    def name_has_owner(self, name: str) -> bool:
        try:
            return bool(self.call(message_bus.NameHasOwner(name))[0])
        except DBusError:
            return False

    def get_property(self, service: str, path: str, interface: str, name: str,
                     timeout: float = DEFAULT_TIMEOUT_S) -> Any:
        """A property's value (the variant's content); DBusError when it cannot be read."""
        target = address(service, path, "org.freedesktop.DBus.Properties")
        signature, value = self.call(method_call(target, "Get", "ss", (interface, name)),
                                     timeout)[0]
        return value

    def close(self) -> None:
        if self._open:
            self._open = False
            self._notifier.setEnabled(False)
            with contextlib.suppress(OSError):
                self._sock.close()
            self.closed.emit()

    @property
    def is_open(self) -> bool:
        return self._open

    # -- inside ---------------------------------------------------------------------------
    def _send(self, message: Any) -> int:
        if not self._open:
            raise DBusError("the session bus connection is closed")
        serial = next(self._serials)
        data = message.serialise(serial=serial)
        try:
            self._sock.setblocking(True)
            self._sock.settimeout(DEFAULT_TIMEOUT_S)
            self._sock.sendall(data)
        except OSError as exc:
            self.close()
            raise DBusError(f"the session bus went away ({exc})") from None
        finally:
            if self._open:
                self._sock.setblocking(False)
        return serial

    def _read(self, deadline: QDeadlineTimer) -> None:
        """Wait for data until ``deadline`` and feed it to the parser."""
        with selectors.DefaultSelector() as selector:
            selector.register(self._sock, selectors.EVENT_READ)
            if not selector.select(max(0, deadline.remainingTime()) / 1000):
                raise DBusError("no answer in time")
        self._drain()

    def _drain(self) -> None:
        while True:
            try:
                data = self._sock.recv(65536)
            except (BlockingIOError, InterruptedError):
                return
            except OSError:
                self.close()
                raise DBusError("the session bus went away") from None
            if not data:
                self.close()
                raise DBusError("the session bus went away")
            self._parser.add_data(data)

    def _on_readable(self) -> None:
        with contextlib.suppress(DBusError):
            self._drain()
        while (msg := self._parser.get_next_message()) is not None:
            self._pending.append(msg)
        self._dispatch_pending()

    def _dispatch_pending(self) -> None:
        while self._pending:
            msg = self._pending.popleft()
            if msg.header.message_type is MessageType.signal:
                self.signal_received.emit(msg)
            elif msg.header.message_type is MessageType.method_call:
                self._refuse(msg)

    def _refuse(self, call: Any) -> None:
        """This connection serves no object: say so at once, so a caller (a screen reader
        looking for the app's tree, a bus browser) never waits for an answer."""
        if call.header.flags & 1:  # NO_REPLY_EXPECTED
            return
        member = call.header.fields.get(HeaderFields.member, "")
        with contextlib.suppress(DBusError):
            self.send(new_error(call, "org.freedesktop.DBus.Error.UnknownObject", "s",
                                (f"no object here answers {member}",)))


def signal_rule(interface: str, member: str | None = None, path: str | None = None,
                sender: str | None = None) -> Any:
    return MatchRule(type="signal", interface=interface, member=member, path=path,
                     sender=sender)


def is_signal(msg: Message, interface: str, member: str) -> bool:
    fields = msg.header.fields
    return bool(fields.get(HeaderFields.interface) == interface
                and fields.get(HeaderFields.member) == member)
