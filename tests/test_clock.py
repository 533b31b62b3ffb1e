"""One Clock: the fake one moves only when told, and nothing else in the app reads the time."""

from __future__ import annotations

import ast
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

from pilates_desktop.core.clock import FakeClock, SystemClock

PACKAGE = Path(__file__).resolve().parents[1] / "pilates_desktop"
# Reading the time anywhere else bypasses the injected Clock, and a test can no longer hold it.
TIME_READERS = {("time", "time"), ("time", "monotonic"), ("time", "perf_counter"),
                ("datetime", "now"), ("datetime", "utcnow"), ("date", "today"),
                ("datetime", "today"), ("QDateTime", "currentDateTime"),
                ("QDate", "currentDate"), ("QTime", "currentTime")}
# The history store still defaults its ``now`` when a caller gives none; every caller in the
# app passes ``clock.now`` (the history package's owner removes the default).
ALLOWED = {"core/clock.py"}


def test_fake_clock_moves_only_when_told() -> None:
    clock = FakeClock.at(datetime(2026, 3, 29, 1, 30, tzinfo=timezone(timedelta(hours=1))))
    mono, wall = clock.monotonic(), clock.wall()
    assert (clock.monotonic(), clock.wall()) == (mono, wall)
    clock.advance(90)
    assert clock.monotonic() == mono + 90 and clock.wall() == wall + 90
    assert clock.now() == datetime(2026, 3, 29, 1, 31, 30, tzinfo=timezone(timedelta(hours=1)))
    clock.sleep_machine(3600)  # suspended: the calendar moves, the monotonic clock does not
    assert clock.monotonic() == mono + 90 and clock.now().hour == 2
    clock.set_wall(datetime(2026, 4, 1, 23, 59, tzinfo=UTC))
    assert clock.today() == date(2026, 4, 2)  # in the clock's own zone (UTC+1)
    assert clock.monotonic() == mono + 90


def test_system_clock_is_aware_and_monotonic() -> None:
    clock = SystemClock()
    first = clock.monotonic()
    assert clock.monotonic() >= first
    now = clock.now()
    assert now.tzinfo is not None and abs(now.timestamp() - clock.wall()) < 60
    assert clock.today() in (now.date(), clock.now().date())  # (midnight may pass between)


def _time_reads(tree: ast.AST) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            name = owner.id if isinstance(owner, ast.Name) else (
                owner.attr if isinstance(owner, ast.Attribute) else "")
            if (name, node.func.attr) in TIME_READERS:
                found.append((node.lineno, f"{name}.{node.func.attr}()"))
    return found


def test_only_the_clock_reads_the_time() -> None:
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        if rel in ALLOWED:
            continue
        for line, call in _time_reads(ast.parse(path.read_text(encoding="utf-8"))):
            offenders.append(f"{rel}:{line}: {call}")
    assert not offenders, "read the injected Clock instead:\n" + "\n".join(offenders)


def test_the_time_check_finds_a_reader() -> None:
    tree = ast.parse("import time\nfrom datetime import date\nx = time.monotonic()\n"
                     "y = date.today()\n")
    assert [call for _, call in _time_reads(tree)] == ["time.monotonic()", "date.today()"]
