"""The desktop as the schedule sees it, with real parts: idle time from the X server's
screen-saver extension (reset by xdotool input), full screen from EWMH properties, dunst's
do-not-disturb, GNOME's idle monitor on a private bus, the timerfd alarm, and a reminder that
goes through dunst and whose Start comes back to the service."""

from __future__ import annotations

import shutil
import subprocess
import threading
from collections.abc import Iterator
from datetime import time
from pathlib import Path

import pytest
from desktop_parts import TOOLS, Dunst, dunst, session_bus, wait_for, xvfb

from pilates_desktop.core.clock import SystemClock
from pilates_desktop.core.schedule.deskbreaks import DeskBreakConfig
from pilates_desktop.core.schedule.files import update_book
from pilates_desktop.core.schedule.zone import Zone
from pilates_desktop.services.desktop.alarm import WallAlarm
from pilates_desktop.services.desktop.dbus import Bus
from pilates_desktop.services.desktop.idle import MUTTER, detect_idle
from pilates_desktop.services.desktop.notifications import Notifications
from pilates_desktop.services.desktop.quiet import QuietDetector
from pilates_desktop.services.desktop.x11 import X11
from pilates_desktop.services.schedule import SchedulePaths, ScheduleService

pytestmark = pytest.mark.xvfb


@pytest.fixture(scope="module")
def desktop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str, Dunst]]:
    missing = [t for t in (*TOOLS, "xdotool", "xprop", "xwininfo") if shutil.which(t) is None]
    assert not missing, f"packaging/bootstrap.sh test installs {missing}"
    with xvfb() as display, session_bus() as address, \
            dunst(display, address, tmp_path_factory.mktemp("dunst")) as daemon:
        yield display, address, daemon


def x(display: str, *args: str) -> str:
    return subprocess.run(list(args), env={"DISPLAY": display, "PATH": "/usr/bin:/bin"},
                          capture_output=True, text=True, check=True, timeout=10).stdout


def test_x11_idle_time_grows_and_input_resets_it(desktop: tuple[str, str, Dunst]) -> None:
    display, _address, _daemon = desktop
    source = detect_idle({"DISPLAY": display}, None, platform="linux")
    assert source.name == "x11" and source.available
    grown = wait_for(lambda: (source.idle_seconds() or 0) >= 0.5 and source.idle_seconds(), 10,
                     "the X server's idle time to grow")
    x(display, "xdotool", "mousemove", "10", "10", "mousemove", "300", "200")
    after = source.idle_seconds()
    assert after is not None and after < float(grown)  # type: ignore[arg-type]


def test_no_idle_source_is_reported_with_a_reason() -> None:
    wayland = detect_idle({"WAYLAND_DISPLAY": "wayland-0"}, None, platform="linux")
    assert not wayland.available and wayland.reason == "on Wayland only GNOME tells apps this"
    assert wayland.idle_seconds() is None
    nothing = detect_idle({}, None, platform="linux")
    assert not nothing.available and nothing.reason == "no desktop session to ask"


def test_gnome_idle_monitor_over_the_bus_comes_first(qtbot) -> None:  # type: ignore[no-untyped-def]
    from jeepney import HeaderFields, MessageType, new_method_return
    from jeepney.bus_messages import message_bus
    from jeepney.io.blocking import open_dbus_connection

    with session_bus() as address:
        served = threading.Event()
        server = open_dbus_connection(address)
        server.send_and_get_reply(message_bus.RequestName(MUTTER[0]))

        def serve() -> None:  # a stand-in for gnome-shell's IdleMonitor: 4.2 s idle
            while not served.is_set():
                try:
                    msg = server.receive(timeout=0.2)
                except TimeoutError:
                    continue
                if (msg.header.message_type is MessageType.method_call
                        and msg.header.fields.get(HeaderFields.member) == "GetIdletime"):
                    server.send(new_method_return(msg, "t", (4200,)))

        thread = threading.Thread(target=serve, daemon=True)
        thread.start()
        try:
            bus = Bus.session(address)
            assert bus is not None
            source = detect_idle({"WAYLAND_DISPLAY": "wayland-0"}, bus, platform="linux")
            assert source.name == "mutter" and source.idle_seconds() == 4.2
            bus.close()
        finally:
            served.set()
            thread.join(5)
            server.close()


def test_full_screen_and_do_not_disturb_make_it_quiet(desktop: tuple[str, str, Dunst]) -> None:
    display, address, daemon = desktop
    bus = Bus.session(address)
    assert bus is not None
    quiet = QuietDetector(bus, display, platform="linux")
    assert quiet.reasons() == []
    root = x(display, "xwininfo", "-root").split("Window id: ")[1].split()[0]
    x(display, "xprop", "-root", "-f", "_NET_WM_STATE", "32a", "-set", "_NET_WM_STATE",
      "_NET_WM_STATE_FULLSCREEN")
    x(display, "xprop", "-root", "-f", "_NET_ACTIVE_WINDOW", "32x", "-set",
      "_NET_ACTIVE_WINDOW", root)
    try:
        assert quiet.reasons() == ["full screen"]
    finally:
        x(display, "xprop", "-root", "-remove", "_NET_WM_STATE")
    assert quiet.reasons() == []
    daemon.ctl("set-paused", "true")
    try:
        assert quiet.reasons() == ["do not disturb"]
    finally:
        daemon.ctl("set-paused", "false")
    assert not quiet.is_quiet()
    quiet.close()
    bus.close()
    xss = X11.open(display)
    assert xss is not None and xss.has_idle
    xss.close()


def test_the_wall_clock_alarm_is_a_timerfd_and_rings(qtbot) -> None:  # type: ignore[no-untyped-def]
    clock = SystemClock()
    alarm = WallAlarm(clock)
    assert alarm.kind == "timerfd"
    with qtbot.waitSignal(alarm.rang, timeout=5000):
        alarm.arm(clock.wall() + 0.2)
    with qtbot.waitSignal(alarm.rang, timeout=5000):
        alarm.arm(clock.wall() - 60)  # already past (after a resume): rings at once
    alarm.close()


def test_a_reminder_goes_through_dunst_and_its_start_reaches_the_service(
        qtbot, tmp_path: Path, desktop: tuple[str, str, Dunst]) -> None:  # type: ignore[no-untyped-def]
    _display, address, daemon = desktop
    daemon.ctl("close-all")
    clock = SystemClock()
    bus = Bus.session(address)
    assert bus is not None
    paths = SchedulePaths(tmp_path / "reminders.json", tmp_path / "schedule-state.json")
    now = clock.now()
    at = time(now.hour, now.minute)  # this minute: already passed, so due "late" at once
    update_book(paths.reminders, lambda b: b.add(frozenset(range(7)), at, "Desk Break",
                                                 clock.wall() - 120)[0])
    from pilates_desktop.core.schedule.files import save_state
    from pilates_desktop.core.schedule.state import ScheduleState

    save_state(paths.state, ScheduleState(seen_until=clock.wall() - 90))
    alarm = WallAlarm(clock)
    service = ScheduleService(clock, Zone(), paths, Notifications(bus, sandboxed=False), alarm,
                              detect_idle({}, None, platform="linux"), lambda: False,
                              DeskBreakConfig())
    with qtbot.waitSignal(service.prompted, timeout=5000):
        service.start()
    wait_for(lambda: daemon.displayed() == 1, 10, "dunst to show the reminder")
    with qtbot.waitSignal(service.start_requested, timeout=10000) as started:
        menu = daemon.choose("start")
    assert started.args[0].routine == "Desk Break"
    assert any(",snooze]" in line for line in menu) and any(",skip]" in line for line in menu)
    service.stop()
    alarm.close()
    bus.close()
