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


class _Shapes:
    """Circles and polygons that together make one body part, painted in a single colour.

    Drawing the pieces one by one is several times faster than filling their union as one
    winding path, and with one opaque colour the overlaps do not show. Coordinates are device
    pixels: QPainter draws antialiased circles several times faster without a scaling
    transform, so the body is mapped point by point instead.
    """

    __slots__ = ("circles", "polygons")

    def __init__(self) -> None:
        self.circles: list[tuple[float, float, float]] = []
        self.polygons: list[list[QPointF]] = []  # plain lists: no QPolygonF to build

    def paint(self, painter: QPainter, color: QColor, sprites: float = 0.0) -> None:
        """Fill every piece; with ``sprites`` (the device pixel ratio), circles are stamped
        from cached antialiased images, which a raster device draws several times faster."""
        painter.setPen(_NO_PEN)
        painter.setBrush(color)
        draw_polygon = painter.drawPolygon
        for poly in self.polygons:
            draw_polygon(poly, _WINDING)
        rgba = color.rgba()
        dpr = sprites
        floor = math.floor
        stamp, discs = painter.drawPixmap, _DISCS
        for x, y, r in self.circles:
            if dpr and r * dpr <= _SPRITE_MAX_R:
                px, py = x * dpr, y * dpr
                ix, iy = floor(px), floor(py)
                # Nearest half pixel for the centre and the radius (see _SUB).
                fxy = int((px - ix) * 2.0 + 0.5) * 3 + int((py - iy) * 2.0 + 0.5)
                qr = int(r * dpr * 2.0 + 0.5)
                hit = discs.get((qr, fxy, rgba, dpr))
                sprite, pad = hit if hit is not None else _disc(qr, fxy, rgba, dpr)
                stamp(QPointF((ix - pad) / dpr, (iy - pad) / dpr), sprite)
            else:
                painter.drawEllipse(QPointF(x, y), r, r)


_SUB = 2  # sub-pixel steps for sprite positions and radii: errors stay under 1/4 pixel
_NO_PEN = Qt.PenStyle.NoPen  # enum lookups cost a little each time: looked up once
_WINDING = Qt.FillRule.WindingFill
_SPRITE_MAX_R = 24  # device pixels; bigger circles cost their pixels more than the call
_SPRITE_CACHE = 1500  # at most about 10 MB of small images
_DISCS: dict[tuple[int, int, int, float], tuple[QPixmap, int]] = {}


def _disc(qr: int, fxy: int, rgba: int, dpr: float) -> tuple[QPixmap, int]:
    """A cached image of an antialiased disc of radius ``qr / _SUB`` device pixels whose
    centre sits ``fxy`` sub-pixel steps into its pixel; and the padding to its centre."""
    key = (qr, fxy, rgba, dpr)
    hit = _DISCS.get(key)
    if hit is not None:
        return hit
    radius = qr / _SUB
    pad = math.ceil(radius) + 2
    size = 2 * pad + 2
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor.fromRgba(rgba))
    fx, fy = divmod(fxy, _SUB + 1)
    p.drawEllipse(QPointF(pad + fx / _SUB, pad + fy / _SUB), radius, radius)
    p.end()
    sprite = QPixmap.fromImage(image)
    sprite.setDevicePixelRatio(dpr)
    if len(_DISCS) >= _SPRITE_CACHE:
        _DISCS.clear()  # rare: a new size or theme; rebuilding costs a few frames
    _DISCS[key] = (sprite, pad)
    return sprite, pad


Chain = Sequence[tuple[str, float | None]]  # point names, each with a radius or None: its own


def _limb_chains(side: str) -> tuple[Chain, Chain, Chain]:
    arm: Chain = tuple((f"{side}_{p}", None) for p in ("shoulder", "elbow", "wrist", "hand"))
    leg: Chain = tuple((f"{side}_{p}", None) for p in ("hip", "knee", "ankle"))
    foot: Chain = tuple((f"{side}_{p}", None) for p in ("ankle", "heel", "toe"))
    return arm, leg, foot


_CHAINS = {side: _limb_chains(side) for side in SIDES}
_TORSO: Chain = (("hip", None), ("waist", None), ("mid_back", None), ("shoulder", None))
_NECK: Chain = (("shoulder", 0.034), ("skull", None))


class _Part:
    """One body part (a limb, or the torso with neck and head) in device pixels: the part
    itself and, grown by the gap, its cut line in the background colour."""

    __slots__ = ("fill", "outline", "ox", "oy", "s", "gap", "points", "outlined")

    def __init__(
        self, sk: Skeleton, ox: float, oy: float, s: float, outlined: bool = True
    ) -> None:
        self.fill, self.outline = _Shapes(), _Shapes()
        self.ox, self.oy, self.s, self.gap = ox, oy, s, GAP * s
        self.points = sk.points
        self.outlined = outlined  # False: the part needs no cut line, so none is computed

    def foot(self, chain: Chain) -> None:
        """The foot: ankle, heel and toe circles wrapped in one convex outline.

        The ankle circle is already part of the leg. One polygon through the outer tangent
        points of the three circles fills everything between them.
        """
        ox, oy, s, g = self.ox, self.oy, self.s, self.gap
        pts = []
        for name, _ in chain:
            p = self.points[name]
            pts.append((ox + p.x * s, oy - p.y * s, p.r * s))
        area = sum(
            a[0] * b[1] - b[0] * a[1] for a, b in zip(pts, pts[1:] + pts[:1], strict=True)
        )
        fill_pts: list[QPointF] = []
        outline_pts: list[QPointF] = []
        for (x0, y0, r0), (x1, y1, r1) in zip(pts, pts[1:] + pts[:1], strict=True):
            dx, dy = x1 - x0, y1 - y0
            d = math.hypot(dx, dy)
            if d <= abs(r0 - r1) + 1e-6:
                continue
            base = math.atan2(dy, dx)
            spread = math.acos((r0 - r1) / d)
            ang = base + spread
            nx, ny = math.cos(ang), math.sin(ang)
            if (dx * ny - dy * nx) * area > 0:  # that side faces inwards: take the other
                ang = base - spread
                nx, ny = math.cos(ang), math.sin(ang)
            fill_pts += (QPointF(x0 + r0 * nx, y0 + r0 * ny), QPointF(x1 + r1 * nx, y1 + r1 * ny))
            q0, q1 = r0 + g, r1 + g
            if self.outlined:
                outline_pts += (
                    QPointF(x0 + q0 * nx, y0 + q0 * ny), QPointF(x1 + q1 * nx, y1 + q1 * ny)
                )
        if fill_pts:
            self.fill.polygons.append(fill_pts)
            if outline_pts:
                self.outline.polygons.append(outline_pts)
        for x, y, r in pts[1:]:
            self.fill.circles.append((x, y, r))
            if self.outlined:
                self.outline.circles.append((x, y, r + g))

    def chain(
        self, chain: Chain, rooted: bool = False, closed: bool = False, joined: bool = False
    ) -> None:
        """Tapered capsules along a chain of points.

        With ``rooted``, the cut line fades out at the first point: a limb leaving the torso
        shows no ring inside it. With ``closed``, the chain also joins its last point to its
        first with a polygon through the points (the foot: ankle, heel, toe). With
        ``joined``, the first point's circle is already drawn by the chain before (the neck on
        the torso, the foot on the leg).
        """
        ox, oy, s, g = self.ox, self.oy, self.s, self.gap
        pts = []
        for name, radius in chain:
            p = self.points[name]
            pts.append((ox + p.x * s, oy - p.y * s, (p.r if radius is None else radius) * s))
        fill, outline, outlined = self.fill, self.outline, self.outlined
        for i, (x, y, r) in enumerate(pts):
            if joined and i == 0:
                continue
            fill.circles.append((x, y, r))
            if outlined and not (rooted and i == 0):  # no cut line at a limb's root
                outline.circles.append((x, y, r + g))
        pairs = list(zip(pts, pts[1:], strict=False))
        if closed:
            # The polygon through the centres fills between the rounded edges.
            fill.polygons.append([QPointF(x, y) for x, y, _ in pts])
        # The bands between the circles, tangent to both, as one polygon per chain: up one
        # side and back down the other. Where a bend makes the inner edges cross, the winding
        # fill and the joint circle (drawn after) cover the little loop.
        cos, sin = math.cos, math.sin
        f_left: list[QPointF] = []
        f_right: list[QPointF] = []
        o_left: list[QPointF] = []
        o_right: list[QPointF] = []
        for i, ((x0, y0, r0), (x1, y1, r1)) in enumerate(pairs):
            dx, dy = x1 - x0, y1 - y0
            d = math.hypot(dx, dy)
            if d <= abs(r0 - r1) + 1e-6:
                continue
            base = math.atan2(dy, dx)
            spread = math.acos((r0 - r1) / d)
            c1, s1 = cos(base - spread), sin(base - spread)
            c2, s2 = cos(base + spread), sin(base + spread)
            g0 = 0.0 if rooted and i == 0 else g
            q0, q1 = r0 + g0, r1 + g
            f_left += (QPointF(x0 + r0 * c1, y0 + r0 * s1), QPointF(x1 + r1 * c1, y1 + r1 * s1))
            f_right += (QPointF(x0 + r0 * c2, y0 + r0 * s2), QPointF(x1 + r1 * c2, y1 + r1 * s2))
            if outlined:
                o_left += (
                    QPointF(x0 + q0 * c1, y0 + q0 * s1), QPointF(x1 + q1 * c1, y1 + q1 * s1)
                )
                o_right += (
                    QPointF(x0 + q0 * c2, y0 + q0 * s2), QPointF(x1 + q1 * c2, y1 + q1 * s2)
                )
        if f_left:
            f_right.reverse()
            fill.polygons.append(f_left + f_right)
        if o_left:
            o_right.reverse()
            outline.polygons.append(o_left + o_right)

    def head(self, face: bool, flipped: bool) -> None:
        head, skull = self.points["head"], self.points["skull"]
        ox, oy, s, g = self.ox, self.oy, self.s, self.gap
        x, y, r = ox + head.x * s, oy - head.y * s, head.r * s
        self.fill.circles.append((x, y, r))
        self.outline.circles.append((x, y, r + g))
        if face:
            # A small nose on the front of the head tells which way the face turns.
            axis = math.atan2(head.y - skull.y, head.x - skull.x)
            front = axis + (math.pi / 2 if flipped else -math.pi / 2)
            ang = front - (-0.35 if flipped else 0.35)
            nx = x + math.cos(ang) * r * 0.93
            ny = y - math.sin(ang) * r * 0.93
            self.fill.circles.append((nx, ny, 0.016 * s))
            self.outline.circles.append((nx, ny, 0.016 * s + g))

    def paint(
        self, painter: QPainter, background: QColor, color: QColor, sprites: float = 0.0
    ) -> None:
        if self.outlined:
            self.outline.paint(painter, background, sprites)
        self.fill.paint(painter, color, sprites)


_SUPPORTS = (PropKind.BALL, PropKind.BLOCK, PropKind.BLANKET)


def _paint_props(
    painter: QPainter, sk: Skeleton, frame: Frame, colors: FigureColors, supports: bool = False
) -> None:
    """The scene behind the body (mat, wall, chair), or with ``supports`` the props that
    carry it (ball, block, blanket): those sit in the body's plane, in front of the far limbs.
    """
    if supports:
        prop_pen = QPen(colors.prop_edge, 0.007)
        prop_pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        for shape in sk.props:
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
    left, bottom, right, top = frame
    span = right - left
    edge = QPen(colors.mat_edge, 0.006)
    edge.setCapStyle(Qt.PenCapStyle.RoundCap)
    prop_pen = QPen(colors.prop_edge, 0.007)
    prop_pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if not any(shape.kind is PropKind.MAT for shape in sk.props):
        painter.setPen(edge)  # no mat: a plain floor line
        painter.drawLine(QPointF(left + span * 0.03, 0.0), QPointF(right - span * 0.03, 0.0))
    for shape in sk.props:
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


def _arrow_head(path: Sequence[tuple[float, float]], size: float) -> QPolygonF:
    (x0, y0), (x1, y1) = path[-2], path[-1]
    ang = math.atan2(y1 - y0, x1 - x0)
    tip = QPointF(x1 + math.cos(ang) * size * 0.6, y1 + math.sin(ang) * size * 0.6)
    left = QPointF(x1 + math.cos(ang + 2.5) * size, y1 + math.sin(ang + 2.5) * size)
    right = QPointF(x1 + math.cos(ang - 2.5) * size, y1 + math.sin(ang - 2.5) * size)
    return QPolygonF([tip, left, right])


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
    dots are stamped like the joints, far cheaper than a dashed pen)."""
    for mark in marks:
        pts = [(ox + x * scale, oy - y * scale) for x, y in mark.points]
        if mark.kind == "gaze":
            (x0, y0), (x1, y1) = pts[0], pts[-1]
            length = math.hypot(x1 - x0, y1 - y0)
            n = max(2, int(length / (0.024 * scale)))
            dots = _Shapes()
            r = 0.0055 * scale
            for i in range(n):
                f = i / n
                dots.circles.append((x0 + (x1 - x0) * f, y0 + (y1 - y0) * f, r))
            dots.paint(painter, colors.gaze, sprites)
            painter.drawPolygon(_arrow_head(pts, 0.025 * scale))
        else:
            pen = QPen(colors.mark, 0.014 * scale, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPolyline([QPointF(x, y) for x, y in pts])
            painter.setPen(_NO_PEN)
            painter.setBrush(colors.mark)
            painter.drawPolygon(_arrow_head(pts, 0.034 * scale))


def _sprite_ratio(painter: QPainter, transform: QTransform) -> float:
    """The device pixel ratio when circles may be stamped from cached images, else 0.

    Only on raster devices without scaling: an SVG file or a printer gets true vector circles.
    """
    engine = painter.paintEngine()
    if engine is None or engine.type() != QPaintEngine.Type.Raster:
        return 0.0
    if transform.type().value > QTransform.TransformationType.TxTranslate.value:
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
    rect = QRectF(rect)
    if rect.width() <= 2 or rect.height() <= 2:
        return
    frame = frame or skeleton_frame([sk])
    left, bottom, right, top = frame
    margin = MARGIN * min(rect.width(), rect.height())
    scale = min(
        (rect.width() - 2 * margin) / (right - left), (rect.height() - 2 * margin) / (top - bottom)
    )
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    ox = rect.center().x() - (left + right) / 2 * scale
    oy = rect.center().y() + (bottom + top) / 2 * scale
    # Props and marks are few: they are drawn in body units through the painter's transform.
    base = painter.transform()
    body_units = QTransform(base).translate(ox, oy).scale(scale, -scale)
    painter.setTransform(body_units)
    _paint_props(painter, sk, frame, colors)
    painter.setTransform(base)
    bg = colors.background
    sprites = _sprite_ratio(painter, base)
    # Back to front: far limbs, torso and head, near limbs. Each part is cut out of what lies
    # behind it by a thin line of background colour; legs before arms, so a hand resting on
    # a thigh stays visible.
    for layer in ("far", "body", "near"):
        if layer == "body":
            part = _Part(sk, ox, oy, scale)
            part.chain(_TORSO)
            part.chain(_NECK, joined=True)
            part.head(face, sk.flipped)
            part.paint(painter, bg, colors.body, sprites)
            if any(shape.kind in _SUPPORTS for shape in sk.props):
                painter.setTransform(body_units)
                _paint_props(painter, sk, frame, colors, supports=True)
                painter.setTransform(base)
            continue
        arm, leg, foot = _CHAINS[layer]
        near = layer == "near"
        tint = colors.near if near else colors.far
        # Behind the far leg lies only the mat, behind the far arm only the far leg in the
        # same pale colour: the far limbs need no cut line.
        part = _Part(sk, ox, oy, scale, outlined=near)
        part.chain(leg, rooted=True)
        part.foot(foot)
        part.paint(painter, bg, tint, sprites)
        part = _Part(sk, ox, oy, scale, outlined=near)
        part.chain(arm, rooted=True)
        part.paint(painter, bg, tint, sprites)
    _paint_marks(painter, sk.marks, colors, ox, oy, scale, sprites)
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
