"""Start-up of the PyInstaller bundle against a bare PySide6 window, on Xvfb, in one run.

Every process gets a clean environment (``env -i`` with only DISPLAY and a temporary HOME),
as a user's launcher would give the bundle. Alternating runs, medians, each a fresh process:
* the bundle (dist/pilates-desktop/pilates-desktop, built by packaging/build-bundle.sh);
* the app from the venv (``python -m pilates_desktop``), for scale;
* a bare PySide6 QMainWindow from the venv: the baseline.
Each stamps the wall time of its first painted window on stderr (PILATES_EXIT_AFTER_PAINT)
and exits.

    python benchmarks/bundle_startup.py [--runs 7] [--bundle dist/pilates-desktop]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from startup import BARE  # noqa: E402  (the same bare window as benchmarks/startup.py)


@contextmanager
def xvfb() -> Iterator[str]:
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    try:
        number = b""
        with os.fdopen(read_fd, "rb", buffering=0) as pipe:
            while not number.endswith(b"\n"):
                chunk = pipe.read(1)
                if not chunk:
                    raise SystemExit("Xvfb did not start")
                number += chunk
        yield f":{number.decode().strip()}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def first_paint(cmd: list[str], env: dict[str, str]) -> float:
    t0 = time.time()
    run = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    stamps = [line.split()[1] for line in run.stderr.splitlines()
              if line.startswith("first-paint-wall")]
    if run.returncode != 0 or not stamps:
        raise SystemExit(f"{cmd[0]} failed ({run.returncode}):\n{run.stderr[-2000:]}")
    return float(stamps[0]) - t0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--bundle", type=Path, default=HERE.parent / "dist" / "pilates-desktop")
    args = parser.parse_args()
    exe = args.bundle / "pilates-desktop"
    if not exe.is_file():
        raise SystemExit(f"{exe}: not built; run packaging/build-bundle.sh")
    home = Path(tempfile.mkdtemp(prefix="pilates-bundle-home-"))
    data = home / "data"
    app_args = ["--data-dir", str(data), "--no-first-run"]
    cmds = {
        "bundle": [str(exe), *app_args],
        "venv app": [sys.executable, "-m", "pilates_desktop", *app_args],
        "bare window": [sys.executable, "-c", BARE],
    }
    times: dict[str, list[float]] = {name: [] for name in cmds}
    with xvfb() as display:
        env = {"DISPLAY": display, "HOME": str(home), "PILATES_EXIT_AFTER_PAINT": "1"}
        for cmd in cmds.values():  # warm the file cache, create the data folder
            first_paint(cmd, env)
        for _ in range(args.runs):
            for name, cmd in cmds.items():
                times[name].append(first_paint(cmd, env))
    base = statistics.median(times["bare window"])
    size = sum(p.stat().st_size for p in args.bundle.rglob("*") if p.is_file()
               and not p.is_symlink())
    print(f"start-up to the first painted window on Xvfb, env -i, {args.runs} runs, medians:")
    for name, values in times.items():
        med = statistics.median(values)
        print(f"  {name:12} {med * 1000:6.0f} ms   ratio to the bare window {med / base:.2f}")
    print(f"bundle size: {size / 1e6:.0f} MB ({size / 2**20:.0f} MiB) in {args.bundle}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
