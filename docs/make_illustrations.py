"""Build docs/illustrations.svg and docs/illustrations.png: every exercise's key poses.

Run from the repository root:  python docs/make_illustrations.py [--out-dir docs]

The gallery uses the app's own renderer (``pilates_desktop.ui.figure_view.paint_figure``) and
a fixed light palette, so the output does not depend on the desktop theme of whoever runs it.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

if __name__ == "__main__" and not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QRect, QRectF, QSize, Qt  # noqa: E402
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPalette  # noqa: E402
from PySide6.QtSvg import QSvgGenerator  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from pilates_desktop.core.figure import load_poses  # noqa: E402
from pilates_desktop.core.library import Exercise, load_library  # noqa: E402
from pilates_desktop.ui.figure_view import motion_frame, paint_figure  # noqa: E402

CELL = QSize(270, 190)
LABEL_H = 40
TITLE_H = 38
PAD = 18
PER_ROW = 4
ROW_CELLS = 8


def gallery_palette() -> QPalette:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Window, QColor("#f4f5f7"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#1f2933"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#1f2933"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#2f7f86"))
    return palette


def key_poses(exercise: Exercise) -> list[str]:
    """Each pose the exercise's steps name, in the order they first appear."""
    seen: list[str] = []
    for step in exercise.steps:
        for pose_id in step.poses:
            if pose_id not in seen:
                seen.append(pose_id)
    return seen


def layout(exercises: list[Exercise]) -> tuple[QSize, list[tuple[Exercise, int, int]]]:
    """Shelf packing: exercise blocks left to right, a new shelf when a row is full."""
    placed: list[tuple[Exercise, int, int]] = []
    x, y, widest = PAD, PAD, 0
    shelf_h = TITLE_H + CELL.height() + LABEL_H + PAD
    for ex in exercises:
        w = len(key_poses(ex)) * CELL.width() + PAD
        if x + w > PAD + ROW_CELLS * CELL.width() + 3 * PAD and x > PAD:
            x, y = PAD, y + shelf_h
        placed.append((ex, x, y))
        x += w
        widest = max(widest, x)
    return QSize(widest + PAD, y + shelf_h + PAD), placed


def paint_gallery(painter: QPainter, size: QSize, placed: list[tuple[Exercise, int, int]]) -> None:
    palette = gallery_palette()
    poses = load_poses()
    painter.fillRect(QRect(0, 0, size.width(), size.height()), palette.color(QPalette.ColorRole.Window))
    title_font = QFont("DejaVu Sans")
    title_font.setPixelSize(22)
    title_font.setBold(True)
    label_font = QFont("DejaVu Sans")
    label_font.setPixelSize(14)
    ink = palette.color(QPalette.ColorRole.Text)
    muted = QColor(ink)
    muted.setAlpha(170)
    for ex, x, y in placed:
        ids = key_poses(ex)
        painter.setFont(title_font)
        painter.setPen(ink)
        painter.drawText(QRectF(x, y, PER_ROW * CELL.width(), TITLE_H - 6),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, ex.name)
        # One scale per exercise, so its poses can be compared side by side.
        frames = [motion_frame(poses[i], None) for i in ids]
        frame = (
            min(f[0] for f in frames), min(f[1] for f in frames),
            max(f[2] for f in frames), max(f[3] for f in frames),
        )
        for n, pose_id in enumerate(ids):
            cx = x + (n % PER_ROW) * CELL.width()
            cy = y + TITLE_H + (n // PER_ROW) * (CELL.height() + LABEL_H)
            cell = QRectF(cx + 4, cy + 4, CELL.width() - 8, CELL.height() - 8)
            painter.save()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Base))
            painter.drawRoundedRect(cell, 10, 10)
            painter.restore()
            pose = poses[pose_id]
            width = frame[2] - frame[0]
            # Centre each figure in its cell at the exercise's shared scale.
            own = frames[n]
            cxf = (own[0] + own[2]) / 2
            painter.save()
            painter.setClipRect(cell)
            paint_figure(painter, cell, pose, palette,
                         (cxf - width / 2, frame[1], cxf + width / 2, frame[3]), background=False)
            painter.restore()
            painter.setFont(label_font)
            painter.setPen(muted)
            step_no = next(i for i, s in enumerate(ex.steps, 1) if pose_id in s.poses)
            label = f"{pose_id.split('/', 1)[-1].replace('-', ' ')}  (step {step_no})"
            painter.drawText(QRectF(cx + 6, cy + CELL.height(), CELL.width() - 12, LABEL_H - 4),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                             | Qt.TextFlag.TextWordWrap, label)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out-dir", type=Path, default=Path(__file__).resolve().parent)
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication([])
    exercises = load_library().exercises()
    load_poses()  # fail on bad pose data before any painting starts
    size, placed = layout(exercises)

    image = QImage(size, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    paint_gallery(painter, size, placed)
    painter.end()
    png = args.out_dir / "illustrations.png"
    if not image.save(str(png)):
        print(f"make_illustrations: could not write {png}", file=sys.stderr)
        return 2

    svg = args.out_dir / "illustrations.svg"
    generator = QSvgGenerator()
    generator.setFileName(str(svg))
    generator.setSize(size)
    generator.setViewBox(QRect(0, 0, size.width(), size.height()))
    generator.setTitle("Pilates Desktop: exercise illustrations")
    generator.setDescription("Every exercise's key poses, drawn from pose data.")
    painter = QPainter(generator)
    paint_gallery(painter, size, placed)
    painter.end()
    print(f"wrote {png} and {svg} ({len(exercises)} exercises)")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
