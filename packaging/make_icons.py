"""Renders the app icon's PNGs (assets/icons/icon-N.png) from the one drawing, assets/icon.svg.

Desktops, the bundle and the Flatpak want raster icons at fixed sizes next to the SVG. They
are rendered here with Qt's own SVG renderer, never drawn by hand, so the icon is drawn once.
Run it after changing the SVG: ``python packaging/make_icons.py``; ``--check`` exits 1 when a
PNG differs from what the SVG renders to now (tests/test_packaging_desktop.py runs it).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "assets" / "icon.svg"
OUT = ROOT / "assets" / "icons"
SIZES = (16, 32, 48, 64, 128, 256, 512)


def png_path(size: int, out: Path = OUT) -> Path:
    return out / f"icon-{size}.png"


def render(size: int, svg: Path = SVG) -> QImage:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def stale(out: Path = OUT) -> list[Path]:
    """The PNGs that are missing or differ from a fresh rendering of the SVG."""
    bad = []
    for size in SIZES:
        path = png_path(size, out)
        have = QImage(str(path))
        want = render(size)
        if have.isNull() or have.convertToFormat(want.format()) != want:
            bad.append(path)
    return bad


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report stale PNGs")
    args = parser.parse_args(argv)
    _app = QGuiApplication.instance() or QGuiApplication(["make_icons", "-platform", "offscreen"])
    if args.check:
        bad = stale()
        for path in bad:
            print(f"{path.relative_to(ROOT)}: differs from assets/icon.svg; "
                  "run python packaging/make_icons.py", file=sys.stderr)
        return 1 if bad else 0
    OUT.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        if not render(size).save(str(png_path(size)), "PNG"):
            print(f"{png_path(size)}: cannot write", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
