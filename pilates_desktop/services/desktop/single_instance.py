"""One process per data folder: a second launch hands its request to the first and quits.

Only one process ever writes the history, so "database is locked" never reaches a person.
The first instance holds a ``QLockFile`` in the data folder and listens on a ``QLocalServer``
named after that folder; a second launch fails to take the lock, connects, sends one line
(``raise``, or ``start ROUTINE``) and exits. The lock file records the PID, so a lock left by
a crash is detected as stale and taken over.

The app takes the lock before its window (``lock()``) and starts listening once the window
has painted (``listen()``), so the network module is not loaded before the first paint; a
second launch in between finds the lock taken and ``send()`` waits for the server to appear.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QDeadlineTimer, QLockFile, QObject, QThread, Signal

from pilates_desktop.paths import Paths

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

RAISE = "raise"  # the message a plain second launch sends


class SingleInstance(QObject):
    """``acquire()`` True: this is the first instance; False: call ``send()`` and quit."""

    message_received = Signal(str)

    def __init__(self, lock_path: Path, server_name: str | Callable[[], str],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock_path = lock_path
        self._name = server_name  # a function: the name is made when first needed (a hash)
        self._lock: QLockFile | None = None
        self._primary = False  # the lock is ours (or could not be used: we run alone)
        self._server: QLocalServer | None = None
        self._buffers: dict[QLocalSocket, bytearray] = {}

    @classmethod
    def for_paths(cls, paths: Paths, parent: QObject | None = None) -> SingleInstance:
        """The guard of one data folder (its lock file, and a server name made from it)."""
        return cls(paths.lock_file, lambda: paths.server_name, parent)

    @property
    def server_name(self) -> str:
        if callable(self._name):
            self._name = self._name()
        return self._name

    def is_primary(self) -> bool:
        return self._server is not None

    def acquire(self) -> bool:
        """Take the lock and start listening; False when another instance holds it."""
        if not self.lock():
            return False
        self.listen()
        return True

    def lock(self) -> bool:
        """Take the lock without listening yet; False when another instance holds it."""
        if self._primary:
            return True
        self._lock_path.parent.mkdir(parents=True, exist_ok=True)
        lock = QLockFile(str(self._lock_path))
        lock.setStaleLockTime(0)  # held for the whole run: stale only when its process died
        if not lock.tryLock(100) and lock.error() == QLockFile.LockError.LockFailedError:
            return False
        # Without permission or on an odd file system, run alone rather than refuse to start.
        self._lock = lock if lock.isLocked() else None
        self._primary = True
        return True

    def listen(self) -> None:
        """Accept hand-overs from later launches (after ``lock()`` returned True)."""
        if self._server is not None or not self._primary:
            return
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(self.server_name)  # a socket file left by a crash
        if not server.listen(self.server_name):
            return  # still the first instance; hand-over just will not work this run
        server.newConnection.connect(self._on_connection)
        self._server = server

    def send(self, message: str = RAISE, timeout_ms: int = 3000) -> bool:
        """Hand a request to the running instance; True when it was delivered."""
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()  # no parent: freed with this call, never left pending
        waiting = (QLocalSocket.LocalSocketError.ServerNotFoundError,
                   QLocalSocket.LocalSocketError.ConnectionRefusedError)
        # A time-out on real sockets, so Qt's own deadline rather than the app's Clock.
        deadline = QDeadlineTimer(timeout_ms)
        try:
            while True:
                socket.connectToServer(self.server_name)
                if socket.waitForConnected(max(int(deadline.remainingTime()), 0)):
                    break
                # The first instance holds the lock but may not listen yet (it starts
                # listening once its window has painted): try again until the time is up.
                if socket.error() not in waiting or deadline.hasExpired():
                    return False
                socket.abort()
                QThread.msleep(50)
            payload = (message.replace("\n", " ") + "\n").encode("utf-8")
            socket.write(QByteArray(payload))
            if not socket.waitForBytesWritten(timeout_ms):
                return False
            socket.disconnectFromServer()
            if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
                socket.waitForDisconnected(timeout_ms)
            return True
        finally:
            socket.abort()

    def release(self) -> None:
        if self._server is not None:
            # Closed, not deleted: the server and its sockets are children of this object
            # and go with it. Deleting them here, with events still queued, crashes Qt.
            sockets = list(self._buffers)
            self._buffers.clear()
            for socket in sockets:
                socket.abort()
            self._server.close()
            self._server = None
        self._primary = False
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def _on_connection(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._buffers[socket] = bytearray()
            socket.readyRead.connect(lambda s=socket: self._on_ready(s))
            socket.disconnected.connect(lambda s=socket: self._on_closed(s))
            if socket.bytesAvailable():
                self._on_ready(socket)

    def _on_ready(self, socket: QLocalSocket) -> None:
        buffer = self._buffers.get(socket)
        if buffer is None or not socket.isOpen():
            return
        buffer += bytes(socket.readAll().data())
        while b"\n" in buffer:
            line, _, rest = bytes(buffer).partition(b"\n")
            buffer[:] = rest
            self.message_received.emit(line.decode("utf-8", errors="replace").strip())

    def _on_closed(self, socket: QLocalSocket) -> None:
        if socket in self._buffers:
            self._on_ready(socket)
            self._buffers.pop(socket, None)
