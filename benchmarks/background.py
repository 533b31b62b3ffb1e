"""What the background schedule costs while nothing is due (targets: CPU <= 0.5 % of a core,
memory <= 40 MiB above a bare QCoreApplication, a reminder within 2 s of its time, 0 timer
events between due times).

Two processes run side by side for the same stretch of real time, so the machine's noise hits
both: a bare ``QCoreApplication`` doing nothing (the baseline), and the schedule as the app runs
it in the background (``ScheduleService`` with the timerfd alarm, the idle source and the
notifications on a D-Bus session bus). With ``--app`` the second process is the installed
``pilates-desktop --background`` itself (QApplication, tray icon and all), measured from outside
through /proc; its reminder's time is when the Notify call crossed the bus. The benchmark
starts its own private bus, Xvfb and dunst (when installed), and adds one reminder that falls
due half-way through.

Every event the Qt loop delivers is counted by an application-wide event filter: ``Timer``
events (any QTimer in the process) and ``SockAct`` events (socket notifiers: the alarm's
timerfd, the D-Bus connection). Events within a second of the due time or of the end are the
work itself; anything else is a wake-up between due times.

    python benchmarks/background.py                 # 10 minutes, the figure to report
    python benchmarks/background.py --seconds 90 --runs 3   # quick look
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETTLE_S = 3.0  # start-up work (imports, bus hello) is not part of the steady state


def _rss_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def child(kind: str, seconds: float, folder: Path, due: float | None) -> None:
    """Run for ``seconds``; print one JSON line of what was measured."""
    import resource

    from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

    import pilates_desktop  # noqa: F401  (pins None on Python 3.11, as the app does)

    app = QCoreApplication([sys.argv[0]])
    keep: list[object] = []
    prompted: list[float] = []
    backend: list[str] = []
    if kind == "service":
        from pilates_desktop.core.clock import SystemClock
        from pilates_desktop.core.schedule.deskbreaks import DeskBreakConfig
        from pilates_desktop.core.schedule.zone import Zone
        from pilates_desktop.services.desktop.alarm import WallAlarm
        from pilates_desktop.services.desktop.dbus import Bus
        from pilates_desktop.services.desktop.idle import detect_idle
        from pilates_desktop.services.desktop.notifications import Notifications
        from pilates_desktop.services.desktop.quiet import QuietDetector
        from pilates_desktop.services.schedule import SchedulePaths, ScheduleService

        clock = SystemClock()
        bus = Bus.session()
        display = os.environ.get("DISPLAY")
        service = ScheduleService(
            clock, Zone(), SchedulePaths(folder / "reminders.json",
                                         folder / "schedule-state.json"),
            Notifications(bus), WallAlarm(clock), detect_idle(os.environ, bus),
            QuietDetector(bus, display).is_quiet, DeskBreakConfig())
        service.prompted.connect(lambda _p: prompted.append(time.time()))
        service.notifications.show_fallback.connect(lambda *_: backend.append("tray"))
        backend.append(service.notifications.backend)
        service.start()
        keep += [bus, service]

    events: list[tuple[float, int]] = []

    class Counter(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            kind_ = event.type()
            if kind_ in (QEvent.Type.Timer, QEvent.Type.SockAct):
                events.append((time.time(), int(kind_.value)))
            return False

    counter = Counter()
    start: dict[str, float] = {}

    def begin() -> None:
        events.clear()
        usage = resource.getrusage(resource.RUSAGE_SELF)
        start.update(cpu=usage.ru_utime + usage.ru_stime, wall=time.time())
        app.installEventFilter(counter)
        QTimer.singleShot(int(seconds * 1000), finish)

    def finish() -> None:
        app.removeEventFilter(counter)
        usage = resource.getrusage(resource.RUSAGE_SELF)
        end_wall = time.time()
        marks = [start["wall"] + seconds] + ([due] if due is not None else [])
        between = [(t, k) for t, k in events if all(abs(t - m) > 1.0 for m in marks)]
        print(json.dumps({
            "kind": kind,
            "cpu_s": usage.ru_utime + usage.ru_stime - start["cpu"],
            "wall_s": end_wall - start["wall"],
            "rss_kib": _rss_kib(),
            "timer_events_between": sum(1 for _, k in between if k == QEvent.Type.Timer.value),
            "socket_events_between": sum(1 for _, k in between
                                         if k == QEvent.Type.SockAct.value),
            "events_total": len(events),
            "latency_s": (prompted[0] - due) if prompted and due is not None else None,
            "notified_by": backend[-1] if backend else None,
        }), flush=True)
        app.quit()

    QTimer.singleShot(int(SETTLE_S * 1000), begin)
    app.exec()


def _desktop(stack: list[subprocess.Popen[bytes] | subprocess.Popen[str]]) -> dict[str, str]:
    """Xvfb, a private session bus and dunst when installed (else: no bus, tray fallback)."""
    env = dict(os.environ)
    sys.path.insert(0, str(ROOT / "tests"))
    try:
        from desktop_parts import TOOLS
    except ImportError:
        return env
    import shutil

    if any(shutil.which(t) is None for t in TOOLS):
        return env
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1024x600x24",
                             "-nolisten", "tcp"], pass_fds=(write_fd,),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    stack.append(xvfb)
    with os.fdopen(read_fd) as pipe:
        env["DISPLAY"] = ":" + pipe.readline().strip()
    bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--nopidfile",
                            "--print-address=1"], stdout=subprocess.PIPE, text=True)
    stack.append(bus)
    assert bus.stdout is not None
    env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().strip()
    stack.append(subprocess.Popen(["dunst"], env=env, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL))
    time.sleep(1.0)  # dunst takes its name on the bus
    return env


def _proc_sample(pid: int) -> dict[str, float]:
    """CPU seconds, RSS and wake-ups (voluntary context switches of all threads) of ``pid``."""
    tick = os.sysconf("SC_CLK_TCK")
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    cpu = (int(fields[11]) + int(fields[12])) / tick
    rss = next(int(line.split()[1]) for line in
               Path(f"/proc/{pid}/status").read_text().splitlines() if line.startswith("VmRSS:"))
    switches = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        for line in (task / "status").read_text().splitlines():
            if line.startswith("voluntary_ctxt_switches:"):
                switches += int(line.split()[1])
    return {"cpu": cpu, "rss": rss, "switches": switches, "wall": time.time()}


def app_run(seconds: float, env: dict[str, str], folder: Path, due: float) -> dict[str, float]:
    """The installed ``pilates-desktop --background``, measured from outside through /proc;
    the reminder's firing time is when its Notify call crossed the bus (dbus-monitor)."""
    exe = Path(sys.executable).parent / "pilates-desktop"
    monitor = subprocess.Popen(["dbus-monitor", "--address", env["DBUS_SESSION_BUS_ADDRESS"],
                                "type='method_call',member='Notify'"],
                               stdout=subprocess.PIPE, text=True)
    app = subprocess.Popen([str(exe), "--data-dir", str(folder), "--no-first-run",
                            "--background"], env=env, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
    try:
        time.sleep(SETTLE_S + 2)
        first = _proc_sample(app.pid)
        marks: list[tuple[float, int]] = []
        end = first["wall"] + seconds
        while time.time() < end:  # a sample a second, from outside the app
            time.sleep(min(1.0, max(0.0, end - time.time())))
            sample = _proc_sample(app.pid)
            marks.append((sample["wall"], int(sample["switches"])))
        last = _proc_sample(app.pid)
    finally:
        app.terminate()
        app.wait(20)
        monitor.terminate()
    out = monitor.communicate(timeout=10)[0]
    stamps = [float(line.split("time=")[1].split()[0]) for line in out.splitlines()
              if line.startswith("method call time=")]
    # Wake-ups in the seconds that hold neither the due time nor the start: the app's own.
    between = 0
    previous = int(first["switches"])
    for wall, switches in marks:
        if abs(wall - due) > 2.0:
            between += switches - previous
        previous = switches
    return {"cpu_s": last["cpu"] - first["cpu"], "wall_s": last["wall"] - first["wall"],
            "rss_kib": last["rss"], "wakeups_between": between,
            "latency_s": (stamps[0] - due) if stamps else None}


def one_run(seconds: float, use_app: bool) -> tuple[dict[str, float], dict[str, float]]:
    folder = Path(tempfile.mkdtemp(prefix="pilates-background-"))
    # A reminder at the first full minute at least a third of the way in.
    now = datetime.now().astimezone()
    target = now + timedelta(seconds=SETTLE_S + seconds / 3)
    due_at = (target + timedelta(minutes=1)).replace(second=0, microsecond=0)
    if (due_at - now).total_seconds() > SETTLE_S + seconds - 5:
        raise SystemExit("the window is too short to hold a full minute: use --seconds 90 or more")
    from pilates_desktop.core.schedule.files import save_state, update_book
    from pilates_desktop.core.schedule.reminders import parse_time
    from pilates_desktop.core.schedule.state import ScheduleState

    update_book(folder / "reminders.json", lambda b: b.add(
        frozenset(range(7)), parse_time(f"{due_at:%H:%M}"), None, time.time())[0])
    save_state(folder / "schedule-state.json", ScheduleState(seen_until=time.time()))
    stack: list[subprocess.Popen[bytes] | subprocess.Popen[str]] = []
    try:
        env = _desktop(stack)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        kinds = ("bare",) if use_app else ("bare", "service")
        procs = [subprocess.Popen(
            [sys.executable, __file__, "--child", kind, "--seconds", str(seconds),
             "--folder", str(folder), "--due", str(due_at.timestamp())],
            env=env, stdout=subprocess.PIPE, text=True) for kind in kinds]
        measured = app_run(seconds, env, folder, due_at.timestamp()) if use_app else None
        out = [json.loads((p.communicate(timeout=seconds + 120)[0] or "{}").strip()
                          .splitlines()[-1]) for p in procs]
        return out[0], (measured if measured is not None else out[1])
    finally:
        for proc in reversed(stack):
            proc.terminate()
            proc.wait(10)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=600.0)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--app", action="store_true",
                        help="measure the installed pilates-desktop --background (tray and all)")
    parser.add_argument("--child")
    parser.add_argument("--folder")
    parser.add_argument("--due", type=float)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    if args.child:
        child(args.child, args.seconds, Path(args.folder), args.due)
        return 0
    results = [one_run(args.seconds, args.app) for _ in range(args.runs)]

    def med(which: int, key: str) -> float:
        return statistics.median(float(r[which][key]) for r in results)

    cpu_pct = statistics.median(100 * r[1]["cpu_s"] / r[1]["wall_s"] for r in results)
    base_pct = statistics.median(100 * r[0]["cpu_s"] / r[0]["wall_s"] for r in results)
    extra_mib = statistics.median((r[1]["rss_kib"] - r[0]["rss_kib"]) / 1024 for r in results)
    latency = statistics.median(abs(float(r[1]["latency_s"])) if r[1]["latency_s"] is not None
                                else float("inf") for r in results)
    print(f"window {args.seconds:.0f} s x {args.runs} run(s), a reminder due in each")
    print(f"cpu: schedule {cpu_pct:.3f} % of a core (bare QCoreApplication {base_pct:.3f} %)"
          f"  target <= 0.5 %")
    print(f"memory: {med(1, 'rss_kib') / 1024:.1f} MiB, bare {med(0, 'rss_kib') / 1024:.1f} MiB,"
          f" +{extra_mib:.1f} MiB  target <= 40 MiB above bare")
    print(f"reminder fired {latency:.3f} s after its due time  target <= 2 s")
    if args.app:
        print(f"between due times: {med(1, 'wakeups_between'):.0f} wake-ups of the app's "
              "threads (voluntary context switches)")
        ok = cpu_pct <= 0.5 and extra_mib <= 40 and latency <= 2
    else:
        print(f"between due times: {med(1, 'timer_events_between'):.0f} timer events, "
              f"{med(1, 'socket_events_between'):.0f} socket wake-ups "
              f"(bare: {med(0, 'timer_events_between'):.0f})  target 0")
        print(f"the reminder went out through: {results[-1][1].get('notified_by')}")
        ok = (cpu_pct <= 0.5 and extra_mib <= 40 and latency <= 2
              and med(1, "timer_events_between") == 0)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
