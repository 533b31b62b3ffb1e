"""Notifications reach a real daemon (dunst on Xvfb, on a private bus) with their actions, and a
chosen action comes back; without a notification service the tray shows the message instead."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from desktop_parts import TOOLS, Dunst, dunst, monitor, session_bus, wait_for, xvfb

from pilates_desktop.services.desktop.dbus import Bus
from pilates_desktop.services.desktop.notifications import Note, Notifications

pytestmark = pytest.mark.xvfb

NOTE = Note("reminder", "Time for Pilates: Back Care Basics", "Due at 07:30.",
            (("start", "Start"), ("snooze", "Snooze 10 minutes"), ("skip", "Skip today")),
            default_action="open")


@pytest.fixture(scope="module")
def desktop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Dunst]]:
    missing = [t for t in TOOLS if shutil.which(t) is None]
    assert not missing, f"packaging/bootstrap.sh test installs {missing}"
    with xvfb() as display, session_bus() as address, \
            dunst(display, address, tmp_path_factory.mktemp("dunst")) as daemon:
        yield address, daemon


def test_the_notification_arrives_with_its_actions_and_an_action_comes_back(
        qtbot, desktop: tuple[str, Dunst]) -> None:  # type: ignore[no-untyped-def]
    address, daemon = desktop
    bus = Bus.session(address)
    assert bus is not None
    notes = Notifications(bus, sandboxed=False)
    assert notes.backend == "freedesktop"
    with monitor(address, "type='method_call',member='Notify'") as seen:
        assert notes.show(NOTE) == "freedesktop"
        text = wait_for(lambda: "Skip today" in seen() and seen(), 10, "the Notify call")
    assert isinstance(text, str)
    for part in ('"Time for Pilates: Back Care Basics"', '"start"', '"Start"', '"snooze"',
                 '"Snooze 10 minutes"', '"skip"', '"Skip today"', '"default"',
                 '"io.github.pilates_desktop.PilatesDesktop"'):
        assert part in text
    wait_for(lambda: daemon.displayed() == 1, 10, "dunst to show the notification")
    with qtbot.waitSignal(notes.action_invoked, timeout=10000) as blocker:
        menu = daemon.choose("start")
    assert blocker.args == ["reminder", "start"]
    assert [line.split("[")[-1] for line in menu] and any(",snooze]" in m for m in menu)
    # A click on the notification itself is the note's default action (open the window).
    notes.show(NOTE)
    wait_for(lambda: daemon.displayed() >= 1, 10, "the second notification")
    with qtbot.waitSignal(notes.action_invoked, timeout=10000) as blocker:
        daemon.choose("default")
    assert blocker.args == ["reminder", "open"]
    bus.close()


def test_a_note_with_the_same_key_replaces_the_shown_one(
        qtbot, desktop: tuple[str, Dunst]) -> None:  # type: ignore[no-untyped-def]
    address, daemon = desktop
    daemon.ctl("close-all")
    wait_for(lambda: daemon.displayed() == 0, 10, "no notification")
    bus = Bus.session(address)
    assert bus is not None
    notes = Notifications(bus, sandboxed=False)
    notes.show(NOTE)
    notes.show(Note("reminder", "Snoozed: Back Care Basics", "Again.", NOTE.actions))
    wait_for(lambda: daemon.displayed() == 1, 10, "one notification")
    with qtbot.waitSignal(notes.closed, timeout=10000) as blocker:
        notes.withdraw("reminder")
    assert blocker.args == ["reminder"]
    bus.close()


def test_without_a_notification_service_the_tray_shows_it_and_nothing_breaks(
        qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with session_bus() as address:  # a bus, but nobody owns org.freedesktop.Notifications
        bus = Bus.session(address)
        assert bus is not None
        notes = Notifications(bus, sandboxed=False)
        with qtbot.waitSignal(notes.show_fallback, timeout=5000) as blocker:
            assert notes.show(NOTE) == "tray"
        assert blocker.args == [NOTE.title, NOTE.body]
        assert notes.backend == "tray"
        bus.close()
    no_bus = Notifications(Bus.session("unix:path=" + str(tmp_path / "no-such-bus")),
                           sandboxed=False)
    with qtbot.waitSignal(no_bus.show_fallback, timeout=5000):
        assert no_bus.show(NOTE) == "tray"
    sandboxed = Notifications(None, sandboxed=True)
    assert sandboxed.backend == "tray"


def test_a_call_to_the_app_s_connection_is_refused_at_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The app's notification connection serves no object: a caller (a screen reader looking
    for the app's tree) gets an error at once instead of waiting for ever."""
    import threading

    from jeepney import DBusAddress, MessageType, new_method_call
    from jeepney.io.blocking import open_dbus_connection

    with session_bus() as address:
        bus = Bus.session(address)
        assert bus is not None
        answers: list[object] = []

        def ask() -> None:
            with open_dbus_connection(address) as caller:
                target = DBusAddress("/org/a11y/atspi/accessible/root", bus_name=bus.unique_name,
                                     interface="org.freedesktop.DBus.Introspectable")
                reply = caller.send_and_get_reply(new_method_call(target, "Introspect"),
                                                  timeout=10)
                answers.append(reply.header.message_type)

        thread = threading.Thread(target=ask)
        thread.start()
        qtbot.waitUntil(lambda: bool(answers), timeout=10000)
        thread.join(5)
        assert answers == [MessageType.error]
        bus.close()
