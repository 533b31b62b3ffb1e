"""`history --json` (and `--csv`) with ten years of data: today's code against the code before
the history became a package (issue 13), measured in the same run.

    .venv/bin/python benchmarks/history_export.py [--runs 9]

The baseline is the package as it was at BASELINE, taken from git into a temporary folder
(``git archive``), so both run on this machine, now, with the same Python and libraries.
Each gets a 10-year database (3,650 sessions, 36,500 items) written by its own code (the
baseline cannot read the newer schema, and would move that file aside). Two measures: the
whole command, a process each, runs alternating (the median of the paired ratios; start-up
dominates and is noisy on a busy machine); and the command's own work, ``main()`` called
repeatedly in one interpreter. Each ratio new / baseline should be at most 1 (the new
command opens the file read-only and also lists sessions cut short by a crash).
Run with PYTHONDONTWRITEBYTECODE unset, so both start from compiled bytecode.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BASELINE = "4c257b98a70352844e6f61d2fa75fb05ecb1d756"  # core/history.py, one module
sys.path.insert(0, str(REPO / "benchmarks"))


def baseline_tree(root: Path) -> Path:
    """The package at BASELINE, in ``root``."""
    root.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(REPO), "archive", BASELINE, "pilates_desktop"],
                             capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(root)], input=archive, check=True)
    return root


_BUILD = """
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[3])
from history import NOW, export  # puts the repository first on the path: the code goes before
sys.path.insert(0, sys.argv[1])
from pilates_desktop.core.history import HistoryStore
assert Path(sys.modules["pilates_desktop"].__file__).is_relative_to(sys.argv[1])
folder = Path(sys.argv[2])
folder.mkdir(parents=True)
store = HistoryStore.open(folder / "history.sqlite3", backups_dir=folder / "backups",
                          now=lambda: NOW).store
store.import_json(export(3650), "bench.json")
store.close()
"""


def build(code: Path, folder: Path) -> None:
    subprocess.run([sys.executable, "-c", _BUILD, str(code), str(folder),
                    str(REPO / "benchmarks")], check=True, env=_env(code))


def _env(code: Path) -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(code), QT_QPA_PLATFORM="offscreen")


def once(code: Path, folder: Path, kind: str) -> float:
    cmd = [sys.executable, "-m", "pilates_desktop", "--data-dir", str(folder), "history", kind]
    start = time.perf_counter()
    done = subprocess.run(cmd, cwd=code, env=_env(code), capture_output=True, timeout=300)
    elapsed = time.perf_counter() - start
    if done.returncode != 0 or len(done.stdout) < 100_000:
        raise SystemExit(f"{code}: history {kind} failed: {done.stderr.decode()[-400:]}")
    return elapsed


_IN_PROCESS = """
import io, sys, time
from pilates_desktop.cli.main import main
times = []
for _ in range(int(sys.argv[3])):
    out = io.StringIO()
    start = time.perf_counter()
    main(["--data-dir", sys.argv[1], "history", sys.argv[2]], out=out, err=io.StringIO())
    times.append(time.perf_counter() - start)
    assert len(out.getvalue()) > 100_000
print(" ".join(str(t) for t in times))
"""


def in_process(code: Path, folder: Path, kind: str, runs: int) -> list[float]:
    """The command's own work, ``runs`` times in one interpreter: no start-up, less noise."""
    done = subprocess.run([sys.executable, "-c", _IN_PROCESS, str(folder), kind, str(runs)],
                          cwd=code, env=_env(code), capture_output=True, text=True,
                          timeout=600, check=True)
    return [float(t) for t in done.stdout.split()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        old_code = baseline_tree(root / "baseline")
        new_code = REPO
        build(old_code, root / "old-data")
        build(new_code, root / "new-data")
        for kind in ("--json", "--csv"):
            old: list[float] = []
            new: list[float] = []
            once(old_code, root / "old-data", kind)  # warm the caches once each
            once(new_code, root / "new-data", kind)
            for _ in range(args.runs):
                old.append(once(old_code, root / "old-data", kind))
                new.append(once(new_code, root / "new-data", kind))
            paired = statistics.median(n / o for n, o in zip(new, old, strict=True))
            print(f"history {kind}, 10 years, a process each: now "
                  f"{statistics.median(new) * 1000:.0f} ms, baseline "
                  f"{statistics.median(old) * 1000:.0f} ms, median paired ratio {paired:.2f} "
                  "(target <= 1)")
            old_work = statistics.median(in_process(old_code, root / "old-data", kind, args.runs))
            new_work = statistics.median(in_process(new_code, root / "new-data", kind, args.runs))
            print(f"history {kind}, 10 years, the command's own work: now "
                  f"{new_work * 1000:.0f} ms, baseline {old_work * 1000:.0f} ms, ratio "
                  f"{new_work / old_work:.2f} (target <= 1)")


if __name__ == "__main__":
    main()
