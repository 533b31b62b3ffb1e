"""The one renderer for pose figures: QPainter onto a widget, a pixmap, an image or an SVG file.

Every figure in the app and in ``docs/`` goes through :func:`paint_figure`, so a figure looks
the same in the step card, in a library row and in the illustration gallery. Colours come from
the palette: the body is a tint of the highlight colour mixed with the text colour, the far
limbs fade towards the background and every part is cut out of the background by a thin gap,
so overlapping limbs stay readable in light and dark themes alike.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QIODevice, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QImage,
    QPaintEngine,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
    QTransform,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from pilates_desktop.core.figure import (
    SIDES,
    Mark,
    Pose,
    PropKind,
    PropShape,
    Skeleton,
    forward,
    tween,
)

Frame = tuple[float, float, float, float]  # left, bottom, right, top in body heights

MIN_FRAME_W = 1.15  # a lying figure and a standing one come out at about the same scale
MIN_FRAME_H = 0.62
MARGIN = 0.06  # of the smaller side of the target rectangle
MAT_DEPTH = 0.028
GAP = 0.011  # the background-coloured cut line around each body part


@dataclass(frozen=True, slots=True)
class FigureColors:
    background: QColor
    near: QColor
    body: QColor
    far: QColor
    mat: QColor
    mat_edge: QColor
    prop: QColor
    prop_edge: QColor
    mark: QColor
    gaze: QColor


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` moved a fraction ``t`` of the way towards ``b``."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
        1.0,
    )


_COLOR_CACHE: dict[tuple[int, int, int], FigureColors] = {}


def figure_colors(palette: QPalette) -> FigureColors:
    """The figure's colours for ``palette`` (cached: the player asks on every frame)."""
    bg = palette.color(QPalette.ColorRole.Base)
    key = (
        bg.rgba(),
        palette.color(QPalette.ColorRole.Text).rgba(),
        palette.color(QPalette.ColorRole.Highlight).rgba(),
    )
    cached = _COLOR_CACHE.get(key)
    if cached is None:
        cached = _COLOR_CACHE[key] = _make_colors(palette)
    return cached


def _make_colors(palette: QPalette) -> FigureColors:
    bg = palette.color(QPalette.ColorRole.Base)
    ink = palette.color(QPalette.ColorRole.Text)
    accent = palette.color(QPalette.ColorRole.Highlight)
    near = _mix(accent, ink, 0.5)
    return FigureColors(
        background=bg,
        near=near,
        body=_mix(near, bg, 0.3),
        far=_mix(near, bg, 0.6),
        mat=_mix(ink, bg, 0.88),
        mat_edge=_mix(ink, bg, 0.62),
        prop=_mix(accent, bg, 0.7),
        prop_edge=_mix(accent, bg, 0.35),
        mark=_mix(accent, ink, 0.15),
        gaze=_mix(ink, bg, 0.35),
    )


# --- geometry ---------------------------------------------------------------------------------


def skeleton_frame(skeletons: Iterable[Skeleton]) -> Frame:
    """The region of the scene to show: every skeleton, a strip of mat, never too small."""
    left = bottom = math.inf
    right = top = -math.inf
    for sk in skeletons:
        x0, y0, x1, y1 = sk.bounds()
        left, bottom, right, top = min(left, x0), min(bottom, y0), max(right, x1), max(top, y1)
    bottom = min(bottom, -MAT_DEPTH)
    cx = (left + right) / 2
    w = max(right - left, MIN_FRAME_W)
    h = max(top - bottom, MIN_FRAME_H)
    # Keep the mat at the bottom: a short figure grows the frame upwards, not downwards.
    return cx - w / 2, bottom, cx + w / 2, bottom + h


def motion_frame(a: Pose, b: Pose | None) -> Frame:
    """One frame for a whole movement, so the figure does not zoom while it animates."""
    if b is None:
        return skeleton_frame([forward(a)])
    return skeleton_frame(forward(tween(a, b, i / 4)) for i in range(5))


Circle = tuple[float, float, float]  # centre x, y and radius in device pixels
Corners = list[tuple[float, float]]  # a polygon, in device pixels


def _fill(
    painter: QPainter,
    color: QColor,
    polygons: Sequence[Corners],
    circles: Sequence[Circle],
    sprites: float,
) -> None:
    """Fill polygons, then circles, in one opaque colour (the pen is already off).

    Drawing the pieces one by one is several times faster than filling their union as one
    winding path, and with one opaque colour the overlaps do not show. Coordinates are device
    pixels: QPainter draws antialiased circles several times faster without a scaling
    transform, so the body is mapped point by point instead.

    With ``sprites`` (the device pixel ratio of a raster device), each polygon goes in as a
    path built from plain floats, which costs half as much Python as a list of QPointF, and
    circles are stamped from cached antialiased images. Otherwise (an SVG file, a printer)
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
        _stamp(painter, circles, color.rgba(), sprites)
    else:
        for poly in polygons:
            painter.drawPolygon([QPointF(x, y) for x, y in poly], _WINDING)
        for x, y, r in circles:
            painter.drawEllipse(QPointF(x, y), r, r)


_NO_PEN = Qt.PenStyle.NoPen  # enum lookups cost a little each time: looked up once
_WINDING = Qt.FillRule.WindingFill
_WINDING_PATH = QPainterPath()
_WINDING_PATH.setFillRule(_WINDING)
# Device pixels: a stamp costs a fifth of an antialiased circle even at this size, and a
# figure filling a large window still stamps its torso.
_SPRITE_MAX_R = 64
_SPRITE_CACHE = 4_000_000  # pixels of disc images (16 MB); a new size or theme refills it
_SPRITE_PIXELS = [0]  # the pixels of disc images held now
# (rgba, device pixel ratio) -> radius and half-pixel offset as one int -> (image, padding)
_DISCS: dict[tuple[int, float], dict[int, tuple[QPixmap, int]]] = {}


def _stamp(painter: QPainter, circles: Iterable[Circle], rgba: int, dpr: float) -> None:
    """Stamp each circle from a cached image of a disc, its centre and radius rounded to the
    nearest half device pixel (errors stay under 1/4 pixel).

    A centre at ``h`` half pixels is the disc image for ``h % 2`` drawn at pixel ``h // 2``,
    so one image per radius and offset serves the whole picture.
    """
    discs = _DISCS.get((rgba, dpr))
    if discs is None:
        discs = _DISCS[(rgba, dpr)] = {}
    floor = math.floor
    stamp = painter.drawPixmap
    if dpr == 1.0:
        for x, y, r in circles:
            if r > _SPRITE_MAX_R:
                painter.drawEllipse(QPointF(x, y), r, r)
                continue
            hx, hy = floor(x * 2.0 + 0.5), floor(y * 2.0 + 0.5)
            key = int(r * 2.0 + 0.5) * 4 + (hx & 1) * 2 + (hy & 1)
            sprite, pad = discs.get(key) or _disc(discs, key, rgba, dpr)
            stamp((hx >> 1) - pad, (hy >> 1) - pad, sprite)  # ints: no QPointF to build
        return
    for x, y, r in circles:
        if r * dpr > _SPRITE_MAX_R:
            painter.drawEllipse(QPointF(x, y), r, r)
            continue
        hx, hy = floor(x * dpr * 2.0 + 0.5), floor(y * dpr * 2.0 + 0.5)
        key = int(r * dpr * 2.0 + 0.5) * 4 + (hx & 1) * 2 + (hy & 1)
        sprite, pad = discs.get(key) or _disc(discs, key, rgba, dpr)
        stamp(QPointF(((hx >> 1) - pad) / dpr, ((hy >> 1) - pad) / dpr), sprite)


def _disc(
    discs: dict[int, tuple[QPixmap, int]], key: int, rgba: int, dpr: float
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
    if _SPRITE_PIXELS[0] + size * size > _SPRITE_CACHE:
        for d in _DISCS.values():
            d.clear()  # rare: many sizes or themes; rebuilding costs a few frames
        _SPRITE_PIXELS[0] = 0
    _SPRITE_PIXELS[0] += size * size
    discs[key] = (sprite, pad)
    return sprite, pad


def _chain(
    pts: Sequence[Circle], gap: float, rooted: bool, fill: list[Corners], cut: list[Corners] | None
) -> None:
    """The band of tapered capsules along a chain of circles, as one polygon: up one side of
    the chain and back down the other, tangent to every circle. Where a bend makes the inner
    edges cross, the winding fill and the joint circle (drawn after) cover the little loop.

    With ``cut``, the same band grown by ``gap`` goes there (the cut line); with ``rooted``,
    the cut line fades out at the first point, so a limb leaving the torso shows no ring
    inside it. The tangent directions come from the chain's own unit vectors, without any
    trigonometry: the player runs this on every frame.
    """
    hypot, sqrt = math.hypot, math.sqrt
    left: Corners = []
    right: Corners = []
    cut_left: Corners = []
    cut_right: Corners = []
    x0, y0, r0 = pts[0]
    g0 = 0.0 if rooted else gap
    for x1, y1, r1 in pts[1:]:
        dx, dy = x1 - x0, y1 - y0
        d = hypot(dx, dy)
        dr = r0 - r1
        if d > abs(dr) + 1e-6:
            ux, uy, k = dx / d, dy / d, dr / d  # k: the cosine of the tangent's spread
            h = sqrt(1.0 - k * k)
            c1, s1 = ux * k + uy * h, uy * k - ux * h
            c2, s2 = ux * k - uy * h, uy * k + ux * h
            left += ((x0 + r0 * c1, y0 + r0 * s1), (x1 + r1 * c1, y1 + r1 * s1))
            right += ((x0 + r0 * c2, y0 + r0 * s2), (x1 + r1 * c2, y1 + r1 * s2))
            if cut is not None:
                q0, q1 = r0 + g0, r1 + gap
                cut_left += ((x0 + q0 * c1, y0 + q0 * s1), (x1 + q1 * c1, y1 + q1 * s1))
                cut_right += ((x0 + q0 * c2, y0 + q0 * s2), (x1 + q1 * c2, y1 + q1 * s2))
        x0, y0, r0, g0 = x1, y1, r1, gap
    if left:
        right.reverse()
        fill.append(left + right)
    if cut is not None and cut_left:
        cut_right.reverse()
        cut.append(cut_left + cut_right)


def _foot(pts: Sequence[Circle], gap: float, fill: list[Corners], cut: list[Corners] | None) -> None:
    """The foot: ankle, heel and toe circles wrapped in one convex outline, through the
    outer tangent points of each pair (the circles themselves are drawn by the caller)."""
    hypot, sqrt = math.hypot, math.sqrt
    (ax, ay, _), (bx, by, _), (cx, cy, _) = pts
    area = (ax * by - bx * ay) + (bx * cy - cx * by) + (cx * ay - ax * cy)
    inner: Corners = []
    outer: Corners = []
    for (x0, y0, r0), (x1, y1, r1) in ((pts[0], pts[1]), (pts[1], pts[2]), (pts[2], pts[0])):
        dx, dy = x1 - x0, y1 - y0
        d = hypot(dx, dy)
        dr = r0 - r1
        if d <= abs(dr) + 1e-6:
            continue
        ux, uy, k = dx / d, dy / d, dr / d
        h = sqrt(1.0 - k * k)
        nx, ny = ux * k - uy * h, uy * k + ux * h
        if (dx * ny - dy * nx) * area > 0:  # that side faces inwards: take the other
            nx, ny = ux * k + uy * h, uy * k - ux * h
        inner += ((x0 + r0 * nx, y0 + r0 * ny), (x1 + r1 * nx, y1 + r1 * ny))
        if cut is not None:
            q0, q1 = r0 + gap, r1 + gap
            outer += ((x0 + q0 * nx, y0 + q0 * ny), (x1 + q1 * nx, y1 + q1 * ny))
    if inner:
        fill.append(inner)
        if cut is not None and outer:
            cut.append(outer)


_LIMBS = {
    side: tuple(
        tuple(f"{side}_{p}" for p in names)
        for names in (("hip", "knee", "ankle"), ("ankle", "heel", "toe"),
                      ("shoulder", "elbow", "wrist", "hand"))
    )
    for side in SIDES
}
_TORSO = ("hip", "waist", "mid_back", "shoulder")
_NECK_R = 0.034  # the neck's radius where it leaves the shoulders


def _grown(circles: Iterable[Circle], gap: float) -> list[Circle]:
    return [(x, y, r + gap) for x, y, r in circles]


_SUPPORTS = (PropKind.BALL, PropKind.BLOCK, PropKind.BLANKET)


def _paint_props(
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
            if shape.kind not in _SUPPORTS:
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
# device it is stamped from a picture cached per size, position, palette and props.
_BACKDROPS: OrderedDict[tuple[object, ...], QPixmap] = OrderedDict()
_BACKDROP_CACHE = 16  # pictures; the step card, the focus view and a resize or two
_BACKDROP_MAX_PIXELS = 2_000_000  # in one picture; bigger ones are drawn directly
_BACKDROP_TOTAL_PIXELS = 6_000_000  # in all of them (24 MB)
_BACKDROP_PAD = 0.01  # body heights around the shapes, for the edge pens and round caps


_BACKDROP_COLORS: dict[int, tuple[FigureColors, tuple[int, ...]]] = {}


def _backdrop_colors(colors: FigureColors) -> tuple[int, ...]:
    """The colours the backdrop is painted in, as a cache key (remembered per colour set:
    the entry holds the colours themselves, so their id cannot be reused while it lives)."""
    hit = _BACKDROP_COLORS.get(id(colors))
    if hit is not None and hit[0] is colors:
        return hit[1]
    if len(_BACKDROP_COLORS) >= 64:
        _BACKDROP_COLORS.clear()
    key = tuple(c.rgba() for c in (colors.mat, colors.mat_edge, colors.prop, colors.prop_edge))
    _BACKDROP_COLORS[id(colors)] = (colors, key)
    return key


def _paint_backdrop(
    painter: QPainter,
    props: tuple[PropShape, ...],
    frame: Frame,
    colors: FigureColors,
    ox: float,
    oy: float,
    scale: float,
    dpr: float,
) -> None:
    """The mat, floor line, wall and chair, from a cached picture of just their extent
    (transparent around them, so it works with or without a background fill)."""
    backdrop = tuple(shape for shape in props if shape.kind not in _SUPPORTS)
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
        _paint_props(painter, props, frame, colors)
        painter.setTransform(base)
        return
    # Where the body's origin falls in the picture, in its own logical pixels.
    px, py = ox - dx0 / dpr, oy - dy0 / dpr
    key = (backdrop, left, right, top, scale, px, py, dpr, _backdrop_colors(colors))
    picture = _BACKDROPS.get(key)
    if picture is None:
        image = QImage(dx1 - dx0, dy1 - dy0, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        image.setDevicePixelRatio(dpr)
        p = QPainter(image)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setTransform(QTransform().translate(px, py).scale(scale, -scale))
        _paint_props(p, backdrop, frame, colors)
        p.end()
        picture = _BACKDROPS[key] = QPixmap.fromImage(image)
        held = sum(p.width() * p.height() for p in _BACKDROPS.values())
        while len(_BACKDROPS) > 1 and (
            len(_BACKDROPS) > _BACKDROP_CACHE or held > _BACKDROP_TOTAL_PIXELS
        ):
            _, old = _BACKDROPS.popitem(last=False)
            held -= old.width() * old.height()
    else:
        _BACKDROPS.move_to_end(key)
    if dpr == 1.0:
        painter.drawPixmap(dx0, dy0, picture)
    else:
        painter.drawPixmap(QPointF(dx0 / dpr, dy0 / dpr), picture)


def _arrow_head(path: Sequence[tuple[float, float]], size: float) -> Corners:
    (x0, y0), (x1, y1) = path[-2], path[-1]
    ang = math.atan2(y1 - y0, x1 - x0)
    return [
        (x1 + math.cos(ang) * size * 0.6, y1 + math.sin(ang) * size * 0.6),
        (x1 + math.cos(ang + 2.5) * size, y1 + math.sin(ang + 2.5) * size),
        (x1 + math.cos(ang - 2.5) * size, y1 + math.sin(ang - 2.5) * size),
    ]


def _polygon(corners: Corners) -> QPolygonF:
    return QPolygonF([QPointF(x, y) for x, y in corners])


_SHARP_TURN = math.cos(math.radians(20))  # a round join over a chord shows past this turn


def _paint_marks(
    painter: QPainter,
    marks: Iterable[Mark],
    colors: FigureColors,
    ox: float,
    oy: float,
    scale: float,
    sprites: float,
) -> None:
    """Movement arrows and dotted sight lines, in device pixels (no scaling transform: the
    dots are stamped like the joints, far cheaper than a dashed pen).

    On a raster device an arrow's shaft is the band of capsules along its points, like a
    limb, with round ends stamped: the same shape as a round-capped pen, at a fraction of
    the cost of stroking it. Vector output keeps the pen.
    """
    for mark in marks:
        pts = [(ox + x * scale, oy - y * scale) for x, y in mark.points]
        if mark.kind == "gaze":
            (x0, y0), (x1, y1) = pts[0], pts[-1]
            length = math.hypot(x1 - x0, y1 - y0)
            n = max(2, int(length / (0.024 * scale)))
            r = 0.0055 * scale
            dots = [(x0 + (x1 - x0) * i / n, y0 + (y1 - y0) * i / n, r) for i in range(n)]
            head = _arrow_head(pts, 0.025 * scale)
            if sprites:
                _fill(painter, colors.gaze, [head], dots, sprites)
            else:
                _fill(painter, colors.gaze, (), dots, sprites)
                painter.drawPolygon(_polygon(head))
        elif sprites:
            r = 0.007 * scale
            line = [(x, y, r) for x, y in pts]
            polygons: list[Corners] = []
            _chain(line, 0.0, False, polygons, None)
            polygons.append(_arrow_head(pts, 0.034 * scale))
            ends = [line[0], line[-1]]
            for (xa, ya), (xb, yb), (xc, yc) in zip(pts, pts[1:], pts[2:], strict=False):
                ux, uy, vx, vy = xb - xa, yb - ya, xc - xb, yc - yb
                if ux * vx + uy * vy < _SHARP_TURN * math.hypot(ux, uy) * math.hypot(vx, vy):
                    ends.append((xb, yb, r))
            _fill(painter, colors.mark, polygons, ends, sprites)
        else:
            pen = QPen(colors.mark, 0.014 * scale, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPolyline([QPointF(x, y) for x, y in pts])
            painter.setPen(_NO_PEN)
            painter.setBrush(colors.mark)
            painter.drawPolygon(_polygon(_arrow_head(pts, 0.034 * scale)))


_RASTER = QPaintEngine.Type.Raster


def _sprite_ratio(painter: QPainter, transform: QTransform) -> float:
    """The device pixel ratio when circles may be stamped from cached images, else 0.

    Only on raster devices without scaling: an SVG file or a printer gets true vector shapes.
    """
    engine = painter.paintEngine()
    if engine is None or engine.type() != _RASTER:
        return 0.0
    if transform.isScaling():  # any scale, rotation, shear or projection
        return 0.0
    device = painter.device()
    return float(device.devicePixelRatioF()) if device is not None else 1.0


def paint_skeleton(
    painter: QPainter,
    rect: QRectF | QRect,
    sk: Skeleton,
    colors: FigureColors,
    frame: Frame | None = None,
    face: bool = True,
) -> None:
    """Draw a placed skeleton into ``rect`` (device units), centred with a margin."""
    if not isinstance(rect, QRectF):
        rect = QRectF(rect)
    width, height = rect.width(), rect.height()
    if width <= 2 or height <= 2:
        return
    frame = frame or skeleton_frame([sk])
    left, bottom, right, top = frame
    margin = MARGIN * min(width, height)
    s = min((width - 2 * margin) / (right - left), (height - 2 * margin) / (top - bottom))
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    center = rect.center()
    ox = center.x() - (left + right) / 2 * s
    oy = center.y() + (bottom + top) / 2 * s
    base = painter.transform()
    sprites = _sprite_ratio(painter, base)
    if sprites:  # a raster device: the backdrop comes from a cached picture
        _paint_backdrop(painter, sk.props, frame, colors, ox, oy, s, sprites)
    else:
        # Props are few: on a vector device they are drawn in body units through the
        # painter's transform.
        painter.setTransform(QTransform(base).translate(ox, oy).scale(s, -s))
        _paint_props(painter, sk.props, frame, colors)
        painter.setTransform(base)
    painter.setPen(_NO_PEN)
    g = GAP * s
    # Every point in device pixels: (x, y, radius).
    at = {name: (ox + x * s, oy - y * s, r * s) for name, (x, y, _z, r) in sk.points.items()}
    # Back to front: far limbs, torso and head, near limbs. Each part is cut out of what lies
    # behind it by a thin line of background colour; legs before arms, so a hand resting on
    # a thigh stays visible. Behind the far leg lies only the mat, behind the far arm only
    # the far leg in the same pale colour: the far limbs need no cut line.
    leg_names, foot_names, arm_names = _LIMBS["far"]
    polygons: list[Corners] = []
    leg = [at[n] for n in leg_names]
    foot = [at[n] for n in foot_names]
    _chain(leg, g, True, polygons, None)
    _foot(foot, g, polygons, None)
    _fill(painter, colors.far, polygons, leg + foot[1:], sprites)
    polygons = []
    arm = [at[n] for n in arm_names]
    _chain(arm, g, True, polygons, None)
    _fill(painter, colors.far, polygons, arm, sprites)
    # The torso, the neck and the head.
    polygons = []
    cuts: list[Corners] = []
    torso = [at[n] for n in _TORSO]
    sx, sy, _ = torso[-1]
    skull = at["skull"]
    _chain(torso, g, False, polygons, cuts)
    _chain(((sx, sy, _NECK_R * s), skull), g, False, polygons, cuts)
    hx, hy, hr = at["head"]
    circles = [*torso, skull, (hx, hy, hr)]
    if face:
        # A small nose on the front of the head tells which way the face turns.
        head_pt, skull_pt = sk.points["head"], sk.points["skull"]
        axis = math.atan2(head_pt.y - skull_pt.y, head_pt.x - skull_pt.x)
        flipped = sk.flipped
        front = axis + (math.pi / 2 if flipped else -math.pi / 2)
        ang = front - (-0.35 if flipped else 0.35)
        circles.append((hx + math.cos(ang) * hr * 0.93, hy - math.sin(ang) * hr * 0.93, 0.016 * s))
    bg = colors.background
    _fill(painter, bg, cuts, _grown(circles, g), sprites)
    _fill(painter, colors.body, polygons, circles, sprites)
    if any(shape.kind in _SUPPORTS for shape in sk.props):
        painter.setTransform(QTransform(base).translate(ox, oy).scale(s, -s))
        _paint_props(painter, sk.props, frame, colors, supports=True)
        painter.setTransform(base)
        painter.setPen(_NO_PEN)
    # The near limbs, each with its cut line.
    near = colors.near
    leg_names, foot_names, arm_names = _LIMBS["near"]
    polygons, cuts = [], []
    leg = [at[n] for n in leg_names]
    foot = [at[n] for n in foot_names]
    _chain(leg, g, True, polygons, cuts)
    _foot(foot, g, polygons, cuts)
    circles = leg + foot[1:]
    _fill(painter, bg, cuts, _grown(circles[1:], g), sprites)  # no ring at the hip
    _fill(painter, near, polygons, circles, sprites)
    polygons, cuts = [], []
    arm = [at[n] for n in arm_names]
    _chain(arm, g, True, polygons, cuts)
    _fill(painter, bg, cuts, _grown(arm[1:], g), sprites)  # no ring at the shoulder
    _fill(painter, near, polygons, arm, sprites)
    _paint_marks(painter, sk.marks, colors, ox, oy, s, sprites)
    painter.restore()


def paint_figure(
    painter: QPainter,
    rect: QRectF | QRect,
    pose: Pose,
    palette: QPalette,
    frame: Frame | None = None,
    background: bool = True,
) -> None:
    """Draw ``pose`` into ``rect`` with ``palette``'s colours: the app's one figure renderer."""
    colors = figure_colors(palette)
    if background:
        painter.fillRect(rect, colors.background)
    paint_skeleton(painter, rect, forward(pose), colors, frame, pose.has_face)


# --- outputs ----------------------------------------------------------------------------------

_PIXMAP_CACHE: OrderedDict[tuple[object, ...], QPixmap] = OrderedDict()
_PIXMAP_CACHE_SIZE = 256


def figure_pixmap(pose: Pose, size: QSize | int, palette: QPalette, dpr: float = 1.0) -> QPixmap:
    """A cached picture of ``pose`` for list rows and thumbnails."""
    size = QSize(size, size) if isinstance(size, int) else QSize(size)
    colors = figure_colors(palette)
    key = (pose, size.width(), size.height(), dpr, colors.background.rgba(), colors.near.rgba())
    cached = _PIXMAP_CACHE.get(key)
    if cached is not None:
        _PIXMAP_CACHE.move_to_end(key)
        return cached
    pixmap = QPixmap(QSize(round(size.width() * dpr), round(size.height() * dpr)))
    pixmap.setDevicePixelRatio(dpr)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_figure(painter, QRectF(0, 0, size.width(), size.height()), pose, palette)
    painter.end()
    _PIXMAP_CACHE[key] = pixmap
    if len(_PIXMAP_CACHE) > _PIXMAP_CACHE_SIZE:
        _PIXMAP_CACHE.popitem(last=False)
    return pixmap


def figure_image(pose: Pose, size: QSize, palette: QPalette) -> QImage:
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    paint_figure(painter, QRectF(0, 0, size.width(), size.height()), pose, palette)
    painter.end()
    return image


def figure_svg(pose: Pose, size: QSize, palette: QPalette, title: str = "") -> bytes:
    """The same drawing as SVG, for documentation."""
    from PySide6.QtCore import QBuffer  # QtSvg loads only for this, never at start-up
    from PySide6.QtSvg import QSvgGenerator

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(size)
    generator.setViewBox(QRect(0, 0, size.width(), size.height()))
    generator.setTitle(title or pose.id)
    painter = QPainter(generator)
    paint_figure(painter, QRectF(0, 0, size.width(), size.height()), pose, palette)
    painter.end()
    buffer.close()
    return bytes(data.data())


# --- the widget -------------------------------------------------------------------------------


class FigureView(QWidget):
    """Shows one pose, or a movement between two key poses at a blend the caller sets.

    The view keeps no clock: the player decides the blend from its own time, so pausing the
    player holds the figure still without any timer here.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._a: Pose | None = None
        self._b: Pose | None = None
        self._t = 0.0
        self._frame: Frame | None = None
        self._placeholder = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 120)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)

    def sizeHint(self) -> QSize:
        return QSize(420, 320)

    def set_poses(self, a: Pose | None, b: Pose | None = None) -> None:
        self._a, self._b, self._t = a, b, 0.0
        self._frame = motion_frame(a, b) if a is not None else None
        self.update()

    def set_placeholder(self, text: str) -> None:
        """Words to show instead of a figure when there is no pose to draw."""
        self._placeholder = text
        self.update()

    def set_blend(self, t: float) -> None:
        t = min(1.0, max(0.0, t))
        if self._b is None or t == self._t:
            return
        self._t = t
        self.update()

    def blend(self) -> float:
        return self._t

    def current_pose(self) -> Pose | None:
        """The pose drawn right now (a tween when the view shows a movement)."""
        if self._a is None:
            return None
        if self._b is None:
            return self._a
        return tween(self._a, self._b, self._t)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        palette = self.palette()
        # A rounded card in the base colour on the window colour; the figure's cut lines use
        # the base colour, so they vanish into the card.
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Window))
        card = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        radius = min(14.0, card.height() / 8)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(figure_colors(palette).background)
        painter.drawRoundedRect(card, radius, radius)
        pose = self.current_pose()
        if pose is not None:
            paint_figure(painter, card, pose, palette, self._frame, background=False)
        elif self._placeholder:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(card.adjusted(16, 16, -16, -16),
                             int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                             self._placeholder)
        painter.end()


__all__ = [
    "FigureColors",
    "FigureView",
    "figure_colors",
    "figure_image",
    "figure_pixmap",
    "figure_svg",
    "motion_frame",
    "paint_figure",
    "paint_skeleton",
    "skeleton_frame",
]
