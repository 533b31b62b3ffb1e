"""Desktop notifications with actions: the notification service, the portal, or the tray.

Three ways to show a :class:`Note`, tried in this order by :class:`Notifications`:

* ``org.freedesktop.Notifications`` on the session bus (every Linux desktop; dunst in tests):
  ``Notify`` with the actions as key/label pairs, ``ActionInvoked`` and
  ``NotificationClosed`` back;
* ``org.freedesktop.portal.Notification`` when the app runs in a Flatpak sandbox
  (``/.flatpak-info`` exists), where the notification service cannot be reached directly;
* the tray's balloon message (``show_fallback``, which the tray connects to), when there is no
  session bus or no service answers. It has no buttons; the tray menu offers the same choices.

A failure never reaches the user as an error: the next way is taken, and ``backend`` says which
one is in use (the Settings page shows it).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from pilates_desktop import DESKTOP_ID
from pilates_desktop.services.desktop.dbus import (
    Bus,
    DBusError,
    address,
    is_signal,
    method_call,
    signal_rule,
)

NOTIFICATIONS = ("org.freedesktop.Notifications", "/org/freedesktop/Notifications",
                 "org.freedesktop.Notifications")
PORTAL = ("org.freedesktop.portal.Desktop", "/org/freedesktop/portal/desktop",
          "org.freedesktop.portal.Notification")
FLATPAK_INFO = Path("/.flatpak-info")
DEFAULT_ACTION = "default"  # the spec's key for a click on the notification itself


@dataclass(frozen=True)
class Note:
    """One notification: ``key`` is ours (a new note with the same key replaces the old one)."""

    key: str
    title: str
    body: str
    actions: tuple[tuple[str, str], ...] = ()  # (action key, label), in the order shown
    default_action: str | None = None  # what a click on the notification does


class FreedesktopNotifier(QObject):
    """``org.freedesktop.Notifications`` over ``bus``."""

    action_invoked = Signal(str, str)  # note key, action key
    closed = Signal(str)  # note key

    name = "freedesktop"

    def __init__(self, bus: Bus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = bus
        self._target = address(*NOTIFICATIONS)
        self._ids: dict[int, str] = {}  # the server's notification id -> our key
        self._defaults: dict[str, str | None] = {}  # our key -> what a click does
        bus.add_match(signal_rule(NOTIFICATIONS[2], path=NOTIFICATIONS[1]))
        bus.signal_received.connect(self._on_signal)

    def available(self) -> bool:
        return self._bus.is_open and self._bus.name_has_owner(NOTIFICATIONS[0])

    def capabilities(self) -> list[str]:
        return list(self._bus.call(method_call(self._target, "GetCapabilities"))[0])

    def show(self, note: Note) -> None:
        actions: list[str] = []
        if note.default_action is not None:
            actions += [DEFAULT_ACTION, note.title]
        for key, label in note.actions:
            actions += [key, label]
        replaces = next((i for i, k in self._ids.items() if k == note.key), 0)
        hints = {"desktop-entry": ("s", DESKTOP_ID), "urgency": ("y", 1),
                 "category": ("s", "x-pilates-desktop.reminder")}
        (server_id,) = self._bus.call(method_call(
            self._target, "Notify", "susssasa{sv}i",
            ("Pilates Desktop", replaces, DESKTOP_ID, note.title, note.body, actions, hints, 0)))
        self._ids.pop(replaces, None)
        self._ids[int(server_id)] = note.key
        self._defaults[note.key] = note.default_action

    def withdraw(self, key: str) -> None:
        for server_id, k in list(self._ids.items()):
            if k == key:  # forgotten when the server says it closed (NotificationClosed)
                with contextlib.suppress(DBusError):
                    self._bus.call(method_call(self._target, "CloseNotification", "u",
                                               (server_id,)))

    def _on_signal(self, msg: Any) -> None:
        if is_signal(msg, NOTIFICATIONS[2], "ActionInvoked"):
            server_id, action = msg.body
            key = self._ids.get(int(server_id))
            if key is not None:
                if action == DEFAULT_ACTION:
                    action = self._defaults.get(key) or DEFAULT_ACTION
                self.action_invoked.emit(key, action)
        elif is_signal(msg, NOTIFICATIONS[2], "NotificationClosed"):
            server_id, _reason = msg.body
            key = self._ids.pop(int(server_id), None)
            if key is not None:
                self.closed.emit(key)


class PortalNotifier(QObject):
    """``org.freedesktop.portal.Notification``, for a sandboxed app."""

    action_invoked = Signal(str, str)
    closed = Signal(str)

    name = "portal"

    def __init__(self, bus: Bus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = bus
        self._target = address(*PORTAL)
        bus.add_match(signal_rule(PORTAL[2], member="ActionInvoked"))
        bus.signal_received.connect(self._on_signal)

    def available(self) -> bool:
        return self._bus.is_open and self._bus.name_has_owner(PORTAL[0])

    def show(self, note: Note) -> None:
        content: dict[str, Any] = {
            "title": ("s", note.title),
            "body": ("s", note.body),
            "priority": ("s", "normal"),
            "buttons": ("aa{sv}", [{"label": ("s", label), "action": ("s", key)}
                                   for key, label in note.actions]),
        }
        if note.default_action is not None:
            content["default-action"] = ("s", note.default_action)
        self._bus.call(method_call(self._target, "AddNotification", "sa{sv}",
                                   (note.key, content)))

    def withdraw(self, key: str) -> None:
        with contextlib.suppress(DBusError):
            self._bus.call(method_call(self._target, "RemoveNotification", "s", (key,)))

    def _on_signal(self, msg: Any) -> None:
        if is_signal(msg, PORTAL[2], "ActionInvoked"):
            key, action = msg.body[0], msg.body[1]
            self.action_invoked.emit(str(key), str(action))


class Notifications(QObject):
    """Show notes the best way there is; fall back to the tray when that way fails.

    ``show_fallback(title, body)`` asks the tray to show the message (no buttons);
    ``action_invoked(key, action)`` reports a button, whichever way showed the note.
    """

    action_invoked = Signal(str, str)
    closed = Signal(str)
    show_fallback = Signal(str, str)
    backend_changed = Signal(str)

    def __init__(self, bus: Bus | None, sandboxed: bool | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        if sandboxed is None:
            sandboxed = FLATPAK_INFO.exists()
        self._primary: FreedesktopNotifier | PortalNotifier | None = None
        if bus is not None:
            try:
                self._primary = (PortalNotifier(bus, self) if sandboxed
                                 else FreedesktopNotifier(bus, self))
            except DBusError:
                self._primary = None
        if self._primary is not None:
            self._primary.action_invoked.connect(self.action_invoked)
            self._primary.closed.connect(self.closed)
        self._failed = False

    @property
    def backend(self) -> str:
        """``freedesktop``, ``portal`` or ``tray``: the way the next note will take."""
        if self._primary is None or self._failed:
            return "tray"
        return self._primary.name

    def show(self, note: Note) -> str:
        """Show ``note``; returns the way it took."""
        if self._primary is not None:
            try:
                self._primary.show(note)
                if self._failed:
                    self._failed = False
                    self.backend_changed.emit(self.backend)
                return self._primary.name
            except DBusError:
                if not self._failed:
                    self._failed = True
                    self.backend_changed.emit(self.backend)
        self.show_fallback.emit(note.title, note.body)
        return "tray"

    def withdraw(self, key: str) -> None:
        if self._primary is not None and not self._failed:
            self._primary.withdraw(key)
