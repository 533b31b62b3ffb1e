"""What one animated figure frame costs, as a share of a 60 Hz frame.

    .venv/bin/python benchmarks/figure.py [--runs 7] [--frames 120]

A frame is what the step card does on every player tick: tween between the step's two key
poses at the current moment, run the forward kinematics and paint the figure, antialiased,
into a 400x400 image. Each run draws ``--frames`` frames of every two-pose step in the library
(so every kind of figure is in the mix); the script prints the median cost of one frame over
``--runs`` runs, as a ratio to a 16.7 ms frame. The target is under 0.05 (5 %).

The cost is the process's CPU time, which is what drawing takes from the machine; the wall
clock is printed beside it, and matches it on an idle machine (on a busy one it also counts
the time spent waiting for a core).

What the renderer caches is what the player also has warm after its first frames: the disc
images it stamps for joints, and one picture of the backdrop (mat, wall, chair) per size and
step. The cache holds a few backdrops, not one per movement, so each movement's first frame
in a run draws its backdrop again, as the player does when a new step starts.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QRectF, QSize  # noqa: E402
from PySide6.QtGui import QColor, QImage, QPainter, QPalette  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from pilates_desktop.core.figure import Pose, load_poses, tween  # noqa: E402
from pilates_desktop.core.library import load_library  # noqa: E402
from pilates_desktop.ui.figure_view import FigureCaches, motion_frame, paint_figure  # noqa: E402

FRAME_S = 1 / 60
SIZE = QSize(400, 400)


def movements() -> list[tuple[Pose, Pose]]:
    poses = load_poses()
    return [
        (poses[step.poses[0]], poses[step.poses[1]])
        for ex in load_library().exercises()
        for step in ex.steps
        if len(step.poses) == 2
    ]


def one_run(
    pairs: list[tuple[Pose, Pose]], frames: int, palette: QPalette, caches: FigureCaches
) -> tuple[float, float]:
    """(CPU seconds, wall seconds) per frame, averaged over ``frames`` frames of every
    movement."""
    image = QImage(SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    rect = QRectF(0, 0, SIZE.width(), SIZE.height())
    # The view computes the frame once per step, not per tick; do the same here.
    framed = [(a, b, motion_frame(a, b)) for a, b in pairs]
    count = 0
    start = time.perf_counter()
    cpu = time.process_time()
    for a, b, frame in framed:
        for i in range(frames):
            t = abs(1 - 2 * (i / frames))  # out and back, as a rep moves
            painter = QPainter(image)
            paint_figure(painter, rect, tween(a, b, t), palette, frame, caches=caches)
            painter.end()
            count += 1
    return (time.process_time() - cpu) / count, (time.perf_counter() - start) / count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--frames", type=int, default=60)
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication([])
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#1f2933"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#2f7f86"))
    pairs = movements()
    caches = FigureCaches()  # as a FigureView keeps its own
    one_run(pairs, args.frames, palette, caches)  # warm up: the disc stamps are cached from here
    runs = [one_run(pairs, args.frames, palette, caches) for _ in range(args.runs)]
    median = statistics.median(cpu for cpu, _ in runs)
    wall = statistics.median(w for _, w in runs)
    ratio = median / FRAME_S
    print(f"figure frame at {SIZE.width()}x{SIZE.height()}: median {median * 1000:.3f} ms CPU "
          f"({wall * 1000:.3f} ms wall clock) over {args.runs} runs of {len(pairs)} movements "
          f"x {args.frames} frames")
    print(f"ratio to a 16.7 ms frame: {ratio:.4f} (target < 0.05) "
          f"{'OK' if ratio < 0.05 else 'TOO SLOW'}")
    del app
    return 0 if ratio < 0.05 else 1


if __name__ == "__main__":
    raise SystemExit(main())
