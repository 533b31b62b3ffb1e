"""The scene around the body (mat, floor, wall, chair, and the props that carry it), and
the cached picture of the part that does not move."""

from __future__ import annotations

import math
from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QPen, QPixmap, QTransform

from pilates_desktop.core.figure import PropKind, PropShape
from pilates_desktop.ui.figure_view.caches import FigureCaches
from pilates_desktop.ui.figure_view.colors import FigureColors
from pilates_desktop.ui.figure_view.shapes import MAT_DEPTH, Frame

SUPPORTS = (PropKind.BALL, PropKind.BLOCK, PropKind.BLANKET)


def paint_props(
    painter: QPainter,
    props: Iterable[PropShape],
    frame: Frame,
    colors: FigureColors,
    supports: bool = False,
) -> None:
    """The scene behind the body (mat, wall, chair), or with ``supports`` the props that
    carry it (ball, block, blanket): those sit in the body's plane, in front of the far limbs.
    """
    if supports:
        prop_pen = QPen(colors.prop_edge, 0.007)
        prop_pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        for shape in props:
            if shape.kind not in SUPPORTS:
                continue
            painter.setPen(prop_pen)
            painter.setBrush(colors.prop)
            if shape.kind is PropKind.BALL:
                painter.drawEllipse(QPointF(shape.x, shape.y), shape.w, shape.w)
            else:
                rect = QRectF(shape.x - shape.w / 2, shape.y, shape.w, shape.h)
                radius = 0.008 if shape.kind is PropKind.BLOCK else shape.h / 2.5
                painter.drawRoundedRect(rect, radius, radius)
        return
    props = tuple(props)
    left, bottom, right, top = frame
    span = right - left
    edge = QPen(colors.mat_edge, 0.006)
    edge.setCapStyle(Qt.PenCapStyle.RoundCap)
    prop_pen = QPen(colors.prop_edge, 0.007)
    prop_pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if not any(shape.kind is PropKind.MAT for shape in props):
        painter.setPen(edge)  # no mat: a plain floor line
        painter.drawLine(QPointF(left + span * 0.03, 0.0), QPointF(right - span * 0.03, 0.0))
    for shape in props:
        if shape.kind is PropKind.MAT:
            mat = QRectF(left + span * 0.03, -MAT_DEPTH, span * 0.94, MAT_DEPTH)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colors.mat)
            painter.drawRoundedRect(mat, MAT_DEPTH / 2, MAT_DEPTH / 2)
            painter.setPen(edge)
            painter.drawLine(QPointF(left + span * 0.03, 0.0), QPointF(right - span * 0.03, 0.0))
        elif shape.kind is PropKind.WALL:
            wall_w = 0.05
            x0 = shape.x if shape.w >= 0 else shape.x - wall_w
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colors.mat)
            painter.drawRect(QRectF(x0, -MAT_DEPTH, wall_w, top + MAT_DEPTH))
            painter.setPen(edge)
            painter.drawLine(QPointF(shape.x, 0.0), QPointF(shape.x, top))
        elif shape.kind is PropKind.CHAIR:
            seat_t = 0.035
            painter.setPen(prop_pen)
            painter.setBrush(colors.prop)
            half = shape.w / 2
            seat = QRectF(shape.x - half, shape.h - seat_t, shape.w, seat_t)
            painter.drawRoundedRect(seat, 0.01, 0.01)
            for x in (shape.x - half + 0.02, shape.x + half - 0.02):
                painter.drawLine(QPointF(x, 0.0), QPointF(x, shape.h - seat_t))


# The backdrop (mat, floor, wall, chair) does not move while the figure does: on a raster
# device it is stamped from a picture cached per size, position, palette and props (in the
# painting owner's FigureCaches: limits per owner).
_BACKDROP_CACHE = 16  # pictures; a view and a resize or two
_BACKDROP_MAX_PIXELS = 2_000_000  # in one picture; bigger ones are drawn directly
_BACKDROP_TOTAL_PIXELS = 6_000_000  # in all of them (24 MB)
_BACKDROP_PAD = 0.01  # body heights around the shapes, for the edge pens and round caps


def _backdrop_colors(colors: FigureColors, caches: FigureCaches) -> tuple[int, ...]:
    """The colours the backdrop is painted in, as a cache key (remembered per colour set:
    the entry holds the colours themselves, so their id cannot be reused while it lives)."""
    known = caches.backdrop_colors
    hit = known.get(id(colors))
    if hit is not None and hit[0] is colors:
        return hit[1]
    if len(known) >= 64:
        known.clear()
    key = tuple(c.rgba() for c in (colors.mat, colors.mat_edge, colors.prop, colors.prop_edge))
    known[id(colors)] = (colors, key)
    return key


def paint_backdrop(
    painter: QPainter,
    props: tuple[PropShape, ...],
    frame: Frame,
    colors: FigureColors,
    ox: float,
    oy: float,
    scale: float,
    dpr: float,
    caches: FigureCaches,
) -> None:
    """The mat, floor line, wall and chair, from a cached picture of just their extent
    (transparent around them, so it works with or without a background fill)."""
    backdrop = tuple(shape for shape in props if shape.kind not in SUPPORTS)
    left, _bottom, right, top = frame
    x_lo, x_hi, y_hi = left, right, 0.0
    for shape in backdrop:
        if shape.kind is PropKind.WALL:
            x_lo, x_hi, y_hi = min(x_lo, shape.x - 0.05), max(x_hi, shape.x + 0.05), top
        elif shape.kind is PropKind.CHAIR:
            half = shape.w / 2
            x_lo, x_hi = min(x_lo, shape.x - half), max(x_hi, shape.x + half)
            y_hi = max(y_hi, shape.h)
    pad = _BACKDROP_PAD
    # The picture's corners in device pixels, on whole pixels.
    dx0 = math.floor((ox + (x_lo - pad) * scale) * dpr)
    dx1 = math.ceil((ox + (x_hi + pad) * scale) * dpr)
    dy0 = math.floor((oy - (y_hi + pad) * scale) * dpr)
    dy1 = math.ceil((oy + (MAT_DEPTH + pad) * scale) * dpr)
    if (dx1 - dx0) * (dy1 - dy0) > _BACKDROP_MAX_PIXELS:
        base = painter.transform()
        painter.setTransform(QTransform(base).translate(ox, oy).scale(scale, -scale))
        paint_props(painter, props, frame, colors)
        painter.setTransform(base)
        return
    # Where the body's origin falls in the picture, in its own logical pixels.
    px, py = ox - dx0 / dpr, oy - dy0 / dpr
    key = (backdrop, left, right, top, scale, px, py, dpr, _backdrop_colors(colors, caches))
    pictures = caches.backdrops
    picture = pictures.get(key)
    if picture is None:
        image = QImage(dx1 - dx0, dy1 - dy0, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        image.setDevicePixelRatio(dpr)
        p = QPainter(image)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setTransform(QTransform().translate(px, py).scale(scale, -scale))
        paint_props(p, backdrop, frame, colors)
        p.end()
        picture = pictures[key] = QPixmap.fromImage(image)
        held = sum(p.width() * p.height() for p in pictures.values())
        while len(pictures) > 1 and (
            len(pictures) > _BACKDROP_CACHE or held > _BACKDROP_TOTAL_PIXELS
        ):
            _, old = pictures.popitem(last=False)
            held -= old.width() * old.height()
    else:
        pictures.move_to_end(key)
    if dpr == 1.0:
        painter.drawPixmap(dx0, dy0, picture)
    else:
        painter.drawPixmap(QPointF(dx0 / dpr, dy0 / dpr), picture)
