"""Filling the body's pieces fast: polygons as paths and circles stamped from cached discs."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPixmap

from pilates_desktop.ui.figure_view.caches import FigureCaches
from pilates_desktop.ui.figure_view.shapes import Circle, Corners

_WINDING = Qt.FillRule.WindingFill
_WINDING_PATH = QPainterPath()
_WINDING_PATH.setFillRule(_WINDING)
# Device pixels: a stamp costs a fifth of an antialiased circle even at this size, and a
# figure filling a large window still stamps its torso.
_SPRITE_MAX_R = 64
_SPRITE_CACHE = 4_000_000  # pixels of disc images (16 MB); a new size or theme refills it


def fill(
    painter: QPainter,
    color: QColor,
    polygons: Sequence[Corners],
    circles: Sequence[Circle],
    sprites: float,
    caches: FigureCaches,
) -> None:
    """Fill polygons, then circles, in one opaque colour (the pen is already off).

    Drawing the pieces one by one is several times faster than filling their union as one
    winding path, and with one opaque colour the overlaps do not show. Coordinates are device
    pixels: QPainter draws antialiased circles several times faster without a scaling
    transform, so the body is mapped point by point instead.

    With ``sprites`` (the device pixel ratio of a raster device), each polygon goes in as a
    path built from plain floats, which costs half as much Python as a list of QPointF, and
    circles are stamped from antialiased images cached in ``caches``. Otherwise (an SVG file, a printer)
    every piece is a true vector polygon or circle.
    """
    painter.setBrush(color)
    if sprites:
        draw_path = painter.drawPath
        for poly in polygons:
            path = QPainterPath(_WINDING_PATH)  # a copy: cheaper than setting the fill rule
            x, y = poly[0]
            path.moveTo(x, y)
            line_to = path.lineTo
            for x, y in poly[1:]:
                line_to(x, y)
            draw_path(path)
        _stamp(painter, circles, color.rgba(), sprites, caches)
    else:
        for poly in polygons:
            painter.drawPolygon([QPointF(x, y) for x, y in poly], _WINDING)
        for x, y, r in circles:
            painter.drawEllipse(QPointF(x, y), r, r)



def _stamp(painter: QPainter, circles: Iterable[Circle], rgba: int, dpr: float,
           caches: FigureCaches) -> None:
    """Stamp each circle from a cached image of a disc, its centre and radius rounded to the
    nearest half device pixel (errors stay under 1/4 pixel).

    A centre at ``h`` half pixels is the disc image for ``h % 2`` drawn at pixel ``h // 2``,
    so one image per radius and offset serves the whole picture.
    """
    discs = caches.discs.get((rgba, dpr))
    if discs is None:
        discs = caches.discs[(rgba, dpr)] = {}
    floor = math.floor
    stamp = painter.drawPixmap
    if dpr == 1.0:
        for x, y, r in circles:
            if r > _SPRITE_MAX_R:
                painter.drawEllipse(QPointF(x, y), r, r)
                continue
            hx, hy = floor(x * 2.0 + 0.5), floor(y * 2.0 + 0.5)
            key = int(r * 2.0 + 0.5) * 4 + (hx & 1) * 2 + (hy & 1)
            sprite, pad = discs.get(key) or _disc(caches, discs, key, rgba, dpr)
            stamp((hx >> 1) - pad, (hy >> 1) - pad, sprite)  # ints: no QPointF to build
        return
    for x, y, r in circles:
        if r * dpr > _SPRITE_MAX_R:
            painter.drawEllipse(QPointF(x, y), r, r)
            continue
        hx, hy = floor(x * dpr * 2.0 + 0.5), floor(y * dpr * 2.0 + 0.5)
        key = int(r * dpr * 2.0 + 0.5) * 4 + (hx & 1) * 2 + (hy & 1)
        sprite, pad = discs.get(key) or _disc(caches, discs, key, rgba, dpr)
        stamp(QPointF(((hx >> 1) - pad) / dpr, ((hy >> 1) - pad) / dpr), sprite)


def _disc(
    caches: FigureCaches, discs: dict[int, tuple[QPixmap, int]], key: int, rgba: int,
    dpr: float,
) -> tuple[QPixmap, int]:
    """A cached image of an antialiased disc, and the padding to its centre. ``key`` holds
    the radius in half device pixels and whether the centre sits half a pixel right of and
    below a pixel corner (see :func:`_stamp`)."""
    half_r, offset = divmod(key, 4)
    radius = half_r / 2
    # The centre sits at most half a pixel past ``pad``; the antialiased edge reaches a pixel
    # beyond the radius.
    pad = math.ceil(radius) + 1
    size = 2 * pad + 1
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor.fromRgba(rgba))
    p.drawEllipse(QPointF(pad + (offset >> 1) / 2, pad + (offset & 1) / 2), radius, radius)
    p.end()
    sprite = QPixmap.fromImage(image)
    sprite.setDevicePixelRatio(dpr)
    if caches.disc_pixels + size * size > _SPRITE_CACHE:
        for d in caches.discs.values():
            d.clear()  # rare: many sizes or themes; rebuilding costs a few frames
        caches.disc_pixels = 0
    caches.disc_pixels += size * size
    discs[key] = (sprite, pad)
    return sprite, pad
