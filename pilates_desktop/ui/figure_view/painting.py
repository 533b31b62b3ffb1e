"""Painting a placed skeleton with QPainter: back to front, each part cut out of what lies
behind it, on any device (raster devices take the cached shortcuts, vector ones true shapes)."""

from __future__ import annotations

import math
from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QPaintEngine, QPainter, QPalette, QPen, QPolygonF, QTransform

from pilates_desktop.core.figure import Mark, Pose, Skeleton, forward, tween
from pilates_desktop.ui.figure_view.backdrop import SUPPORTS, paint_backdrop, paint_props
from pilates_desktop.ui.figure_view.caches import FigureCaches
from pilates_desktop.ui.figure_view.colors import FigureColors, figure_colors
from pilates_desktop.ui.figure_view.shapes import (
    LIMBS,
    MAT_DEPTH,
    NECK_R,
    TORSO,
    Corners,
    Frame,
    arrow_head,
    chain,
    foot_outline,
    grown,
)
from pilates_desktop.ui.figure_view.sprites import fill

MIN_FRAME_W = 1.15  # a lying figure and a standing one come out at about the same scale
MIN_FRAME_H = 0.62
MARGIN = 0.06  # of the smaller side of the target rectangle
GAP = 0.011  # the background-coloured cut line around each body part
_NO_PEN = Qt.PenStyle.NoPen  # enum lookups cost a little each time: looked up once


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
    caches: FigureCaches,
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
            head = arrow_head(pts, 0.025 * scale)
            if sprites:
                fill(painter, colors.gaze, [head], dots, sprites, caches)
            else:
                fill(painter, colors.gaze, (), dots, sprites, caches)
                painter.drawPolygon(_polygon(head))
        elif sprites:
            r = 0.007 * scale
            line = [(x, y, r) for x, y in pts]
            polygons: list[Corners] = []
            chain(line, 0.0, False, polygons, None)
            polygons.append(arrow_head(pts, 0.034 * scale))
            ends = [line[0], line[-1]]
            for (xa, ya), (xb, yb), (xc, yc) in zip(pts, pts[1:], pts[2:], strict=False):
                ux, uy, vx, vy = xb - xa, yb - ya, xc - xb, yc - yb
                if ux * vx + uy * vy < _SHARP_TURN * math.hypot(ux, uy) * math.hypot(vx, vy):
                    ends.append((xb, yb, r))
            fill(painter, colors.mark, polygons, ends, sprites, caches)
        else:
            pen = QPen(colors.mark, 0.014 * scale, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPolyline([QPointF(x, y) for x, y in pts])
            painter.setPen(_NO_PEN)
            painter.setBrush(colors.mark)
            painter.drawPolygon(_polygon(arrow_head(pts, 0.034 * scale)))


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


def _placement(rect: QRectF, frame: Frame) -> tuple[float, float, float]:
    """The scale (pixels per body unit) and the origin that centre ``frame`` in ``rect``,
    with a margin."""
    left, bottom, right, top = frame
    width, height = rect.width(), rect.height()
    margin = MARGIN * min(width, height)
    s = min((width - 2 * margin) / (right - left), (height - 2 * margin) / (top - bottom))
    center = rect.center()
    return s, center.x() - (left + right) / 2 * s, center.y() + (bottom + top) / 2 * s


def body_rect(rect: QRectF, pose: Pose, frame: Frame | None = None) -> QRectF:
    """Where ``paint_figure`` draws the body of ``pose`` in ``rect``, in pixels."""
    sk = forward(pose)
    s, ox, oy = _placement(rect, frame or skeleton_frame([sk]))
    x0, y0, x1, y1 = sk.bounds()
    return QRectF(ox + x0 * s, oy - y1 * s, (x1 - x0) * s, (y1 - y0) * s)


def paint_skeleton(
    painter: QPainter,
    rect: QRectF | QRect,
    sk: Skeleton,
    colors: FigureColors,
    frame: Frame | None = None,
    face: bool = True,
    caches: FigureCaches | None = None,
) -> None:
    """Draw a placed skeleton into ``rect`` (device units), centred with a margin; pictures
    it reuses are kept in ``caches`` (the painting owner's), else only for this one."""
    if caches is None:
        caches = FigureCaches()
    if not isinstance(rect, QRectF):
        rect = QRectF(rect)
    width, height = rect.width(), rect.height()
    if width <= 2 or height <= 2:
        return
    frame = frame or skeleton_frame([sk])
    s, ox, oy = _placement(rect, frame)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    base = painter.transform()
    sprites = _sprite_ratio(painter, base)
    if sprites:  # a raster device: the backdrop comes from a cached picture
        paint_backdrop(painter, sk.props, frame, colors, ox, oy, s, sprites, caches)
    else:
        # Props are few: on a vector device they are drawn in body units through the
        # painter's transform.
        painter.setTransform(QTransform(base).translate(ox, oy).scale(s, -s))
        paint_props(painter, sk.props, frame, colors)
        painter.setTransform(base)
    painter.setPen(_NO_PEN)
    g = GAP * s
    # Every point in device pixels: (x, y, radius).
    at = {name: (ox + x * s, oy - y * s, r * s) for name, (x, y, _z, r) in sk.points.items()}
    # Back to front: far limbs, torso and head, near limbs. Each part is cut out of what lies
    # behind it by a thin line of background colour; legs before arms, so a hand resting on
    # a thigh stays visible. Behind the far leg lies only the mat, behind the far arm only
    # the far leg in the same pale colour: the far limbs need no cut line.
    leg_names, foot_names, arm_names = LIMBS["far"]
    polygons: list[Corners] = []
    leg = [at[n] for n in leg_names]
    foot = [at[n] for n in foot_names]
    chain(leg, g, True, polygons, None)
    foot_outline(foot, g, polygons, None)
    fill(painter, colors.far, polygons, leg + foot[1:], sprites, caches)
    polygons = []
    arm = [at[n] for n in arm_names]
    chain(arm, g, True, polygons, None)
    fill(painter, colors.far, polygons, arm, sprites, caches)
    # The torso, the neck and the head.
    polygons = []
    cuts: list[Corners] = []
    torso = [at[n] for n in TORSO]
    sx, sy, _ = torso[-1]
    skull = at["skull"]
    chain(torso, g, False, polygons, cuts)
    chain(((sx, sy, NECK_R * s), skull), g, False, polygons, cuts)
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
    fill(painter, bg, cuts, grown(circles, g), sprites, caches)
    fill(painter, colors.body, polygons, circles, sprites, caches)
    if any(shape.kind in SUPPORTS for shape in sk.props):
        painter.setTransform(QTransform(base).translate(ox, oy).scale(s, -s))
        paint_props(painter, sk.props, frame, colors, supports=True)
        painter.setTransform(base)
        painter.setPen(_NO_PEN)
    # The near limbs, each with its cut line.
    near = colors.near
    leg_names, foot_names, arm_names = LIMBS["near"]
    polygons, cuts = [], []
    leg = [at[n] for n in leg_names]
    foot = [at[n] for n in foot_names]
    chain(leg, g, True, polygons, cuts)
    foot_outline(foot, g, polygons, cuts)
    circles = leg + foot[1:]
    fill(painter, bg, cuts, grown(circles[1:], g), sprites, caches)  # no ring at the hip
    fill(painter, near, polygons, circles, sprites, caches)
    polygons, cuts = [], []
    arm = [at[n] for n in arm_names]
    chain(arm, g, True, polygons, cuts)
    fill(painter, bg, cuts, grown(arm[1:], g), sprites, caches)  # no ring at the shoulder
    fill(painter, near, polygons, arm, sprites, caches)
    _paint_marks(painter, sk.marks, colors, ox, oy, s, sprites, caches)
    painter.restore()


def paint_figure(
    painter: QPainter,
    rect: QRectF | QRect,
    pose: Pose,
    palette: QPalette,
    frame: Frame | None = None,
    background: bool = True,
    caches: FigureCaches | None = None,
) -> None:
    """Draw ``pose`` into ``rect`` with ``palette``'s colours: the app's one figure renderer.
    Whoever paints again and again passes its own ``caches`` (see caches.py)."""
    colors = figure_colors(palette)
    if background:
        painter.fillRect(rect, colors.background)
    paint_skeleton(painter, rect, forward(pose), colors, frame, pose.has_face, caches)
