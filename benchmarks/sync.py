"""How sync scales: ten years of practice on three computers, and a sync with nothing new.

    .venv/bin/python benchmarks/sync.py [--runs 5]

Builds, in a temporary folder, the journals three computers would have written over ten years
(2,000 sessions each with 10 exercises: 6,000 sessions, about 9 MB), then prints medians of
several runs:

1. a new computer's first sync: every journal read, merged, and every session imported into
   its SQLite history (checked by the history's strict decoder; target under 2 s);
2. the next sync, with nothing new: only file sizes and times are looked at (target under
   50 ms);
3. a sync after one new session on one computer (read from where it stopped);

and, measured in the same run: the same syncs by the code as it was at BEFORE (taken from git
into a temporary folder, as history_export.py does), each sync in a process of its own, the
two alternating; and the time to read the same bytes and parse each line with ``json.loads``
and nothing else, with each first sync's ratio to it.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# The first sync took 4.0 s here, two thirds of it in the history's strict import.
BEFORE = "e75532f78dacdb1065389c1031f1fd2de34ee784"
# The code measured (the repository's, or BEFORE's in a temporary folder) comes first.
CODE = Path(os.environ.get("PILATES_BENCH_CODE", str(REPO)))
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(CODE))

from sync_helpers import START, Computer  # noqa: E402

from pilates_desktop.core.clock import FakeClock  # noqa: E402
from pilates_desktop.core.sync.files import DEVICES, JOURNAL_DIR  # noqa: E402

EXERCISES = ["the-hundred", "roll-up", "glute-bridge", "clams", "toe-taps", "hip-twist",
             "thoracic-lifts", "childs-pose", "lunges", "knee-lifts"]
PER_DEVICE = 2000


def payload(device: int, n: int) -> dict[str, object]:
    import uuid

    start = START - timedelta(days=3650) + timedelta(hours=n * 43 + device * 7)
    items = [{"exercise": ex, "side": "none", "planned_s": 90, "done_s": 90 if k % 7 else 45,
              "reps_done": 8, "status": "done" if k % 7 else "partial"}
             for k, ex in enumerate(EXERCISES)]
    return {
        "id": str(uuid.UUID(int=device * 1_000_000 + n + 1, version=4)),
        "routine": {"id": f"routine-{n % 4}", "name": f"Routine {n % 4}"},
        "started_at": start.isoformat(),
        "ended_at": (start + timedelta(minutes=15)).isoformat(),
        "planned_s": 900, "active_s": 840, "status": "finished",
        "pain_before": 3 + n % 4, "pain_after": 2 + n % 3, "note": "",
        "hurt_exercise": None, "items": items,
    }


def build(root: Path) -> Path:
    """Three computers each record their sessions and sync once into one folder."""
    folder = root / "Sync"
    folder.mkdir()
    for device in range(3):
        c = Computer(root, f"device{device}", FakeClock.at(START))
        for n in range(PER_DEVICE):
            c.local.add(payload(device, n))
        c.syncer.sync(folder)
    return folder


def baseline(folder: Path) -> float:
    t0 = time.perf_counter()
    for path in sorted((folder / DEVICES).glob(f"*/{JOURNAL_DIR}/*.jsonl")):
        for line in path.read_bytes().splitlines():
            json.loads(line)
    return time.perf_counter() - t0


class Reader:
    """The computer that syncs: a real SQLite history store and routine folder."""

    def __init__(self, root: Path, name: str) -> None:
        from pilates_desktop.core.history import HistoryStore
        from pilates_desktop.core.library import load_library
        from pilates_desktop.core.routines.repository import RoutineRepository
        from pilates_desktop.core.sync.engine import Syncer
        from pilates_desktop.core.sync.local import StoreLocal

        self.data = root / name
        self.data.mkdir()
        clock = FakeClock.at(START)
        self.store = HistoryStore.open(self.data / "history.sqlite3",
                                       backups_dir=self.data / "backups", now=clock.now).store
        repo = RoutineRepository(self.data / "routines", load_library(),
                                 lambda p, t: p.write_text(t, encoding="utf-8"))
        self.syncer = Syncer(self.data, StoreLocal(self.store, repo), clock,
                             lambda r, d: f"{r} (conflict from {d})", name)


def run(folder: Path, root: Path, name: str) -> tuple[float, float, float]:
    reader = Reader(root, f"reader-{name}")
    t0 = time.perf_counter()
    report = reader.syncer.sync(folder)
    first = time.perf_counter() - t0
    assert sum(report.added.values()) == 3 * PER_DEVICE, report.added
    t0 = time.perf_counter()
    assert reader.syncer.sync().nothing_new
    noop = time.perf_counter() - t0
    writer = Computer(root, f"writer-{name}", FakeClock.at(START))
    writer.local.add(payload(9, 0))
    writer.syncer.sync(folder)
    t0 = time.perf_counter()
    report = reader.syncer.sync()
    one = time.perf_counter() - t0
    assert sum(report.added.values()) == 1, report.added
    reader.store.close()
    for c in (writer, reader):
        shutil.rmtree(folder / DEVICES / c.syncer.state().device_id)
        shutil.rmtree(c.data)
    return first, noop, one


def before_tree(root: Path) -> Path:
    """The package at BEFORE, in ``root``."""
    root.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(REPO), "archive", BEFORE, "pilates_desktop"],
                             capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(root)], input=archive, check=True)
    return root


def measure(code: Path, folder: Path, root: Path, name: str) -> tuple[float, float, float]:
    """One run by ``code``, in a process of its own."""
    done = subprocess.run(
        [sys.executable, __file__, "--measure", str(folder), str(root), name],
        env=dict(os.environ, PILATES_BENCH_CODE=str(code)), capture_output=True, text=True,
        timeout=600)
    if done.returncode != 0:
        raise SystemExit(f"{code}: {done.stderr[-2000:]}")
    first, noop, one = json.loads(done.stdout)
    return first, noop, one


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--measure", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        folder, root, name = args.measure
        print(json.dumps(run(Path(folder), Path(root), name)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        old_code = before_tree(root / "before")
        folder = build(root)
        size = sum(p.stat().st_size for p in (folder / DEVICES).rglob("*.jsonl"))
        now: list[tuple[float, float, float]] = []
        old: list[tuple[float, float, float]] = []
        bases = []
        for n in range(args.runs):
            bases.append(baseline(folder))
            old.append(measure(old_code, folder, root, f"before{n}"))
            now.append(measure(REPO, folder, root, f"now{n}"))
    base = statistics.median(bases)
    first, noop, one = (statistics.median(v) for v in zip(*now, strict=True))
    old_first, old_noop, old_one = (statistics.median(v) for v in zip(*old, strict=True))
    print(f"journals: 3 computers, {3 * PER_DEVICE} sessions, {size / 1e6:.1f} MB; "
          f"medians of {args.runs} runs, now and at {BEFORE[:7]} alternating")
    print(f"first sync (read, check, merge, apply all):  now {first * 1000:6.0f} ms, before "
          f"{old_first * 1000:6.0f} ms   target < 2000")
    print(f"sync with nothing new:                       now {noop * 1000:6.1f} ms, before "
          f"{old_noop * 1000:6.1f} ms   target < 50")
    print(f"sync after one new session:                  now {one * 1000:6.1f} ms, before "
          f"{old_one * 1000:6.1f} ms")
    print(f"baseline (read + json.loads every line):     {base * 1000:6.0f} ms; first sync / "
          f"baseline: now {first / base:.1f}, before {old_first / base:.1f}; "
          f"now / before {first / old_first:.2f}")
    ok = first < 2.0 and noop < 0.05
    print("PASS" if ok else "FAIL")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
