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

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QImage,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QSizePolicy, QWidget

from pilates_desktop.core.figure import (
    SIDES,
    Mark,
    Point,
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


def figure_colors(palette: QPalette) -> FigureColors:
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


def _capsule(path: QPainterPath, p0: QPointF, r0: float, p1: QPointF, r1: float) -> None:
    """Add a tapered capsule (two circles and the band between them) to ``path``."""
    dx, dy = p1.x() - p0.x(), p1.y() - p0.y()
    d = math.hypot(dx, dy)
    if d > abs(r0 - r1) + 1e-9:
        base = math.atan2(dy, dx)
        spread = math.acos(max(-1.0, min(1.0, (r0 - r1) / d)))
        corners = []
        # Counter-clockwise, like Qt's ellipses, so the winding fill unites them with no holes.
        for r, c, s in ((r0, p0, -1.0), (r1, p1, -1.0), (r1, p1, 1.0), (r0, p0, 1.0)):
            ang = base + s * spread
            corners.append(QPointF(c.x() + r * math.cos(ang), c.y() + r * math.sin(ang)))
        # Built from a list: QPolygonF.append leaks a reference to None in PySide6 6.12.
        path.addPolygon(QPolygonF(corners))
        path.closeSubpath()
    path.addEllipse(p0, r0, r0)
    path.addEllipse(p1, r1, r1)


def _qp(p: Point) -> QPointF:
    return QPointF(p.x, p.y)


Chain = Sequence[tuple[str, float | None]]  # point names, each with a radius or None: its own


def _limb_chains(side: str) -> tuple[Chain, Chain, Chain]:
    arm: Chain = tuple((f"{side}_{p}", None) for p in ("shoulder", "elbow", "wrist", "hand"))
    leg: Chain = tuple((f"{side}_{p}", None) for p in ("hip", "knee", "ankle"))
    foot: Chain = tuple((f"{side}_{p}", None) for p in ("ankle", "heel", "toe"))
    return arm, leg, foot


_TORSO: Chain = (("hip", None), ("waist", None), ("mid_back", None), ("shoulder", None))
_NECK: Chain = (("shoulder", 0.034), ("skull", None))


def _ccw(points: list[QPointF]) -> list[QPointF]:
    area = sum(
        a.x() * b.y() - b.x() * a.y() for a, b in zip(points, points[1:] + points[:1], strict=True)
    )
    return points if area >= 0 else points[::-1]


def _chain_path(
    sk: Skeleton, chains: Iterable[Chain], grow: float, rooted: bool = False
) -> QPainterPath:
    """The union of a chain's capsules, each radius grown by ``grow``.

    With ``rooted``, the first point does not grow: a limb's cut line fades out where the
    limb leaves the torso instead of drawing a ring inside it.
    """
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    for chain in chains:
        for i, ((a, ra), (b, rb)) in enumerate(zip(chain, chain[1:], strict=False)):
            g0 = 0.0 if rooted and i == 0 else grow
            pa, pb = sk.points[a], sk.points[b]
            r0 = pa.r if ra is None else ra
            r1 = pb.r if rb is None else rb
            _capsule(path, _qp(pa), r0 + g0, _qp(pb), r1 + grow)
    return path


def _foot_path(sk: Skeleton, side: str, grow: float) -> QPainterPath:
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    _, _, foot = _limb_chains(side)
    for (a, _), (b, _) in zip(foot, foot[1:] + foot[:1], strict=False):
        pa, pb = sk.points[a], sk.points[b]
        _capsule(path, _qp(pa), pa.r + grow, _qp(pb), pb.r + grow)
    tri = QPolygonF(_ccw([_qp(sk.points[name]) for name, _ in foot]))
    path.addPolygon(tri)
    path.closeSubpath()
    return path


def _head_path(sk: Skeleton, face: bool, grow: float) -> QPainterPath:
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    head, skull = sk.points["head"], sk.points["skull"]
    path.addEllipse(_qp(head), head.r + grow, head.r + grow)
    if face:
        # A small nose on the front of the head tells which way the face turns.
        axis = math.atan2(head.y - skull.y, head.x - skull.x)
        front = axis + (math.pi / 2 if sk.flipped else -math.pi / 2)
        ang = front - (0.35 if not sk.flipped else -0.35)
        nx = head.x + math.cos(ang) * head.r * 0.93
        ny = head.y + math.sin(ang) * head.r * 0.93
        path.addEllipse(QPointF(nx, ny), 0.016 + grow, 0.016 + grow)
    return path


def _paint_layer(
    painter: QPainter, outline: QPainterPath, fill: QPainterPath, colors: FigureColors, c: QColor
) -> None:
    painter.fillPath(outline, colors.background)
    painter.fillPath(fill, c)


def _paint_props(painter: QPainter, sk: Skeleton, frame: Frame, colors: FigureColors) -> None:
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
        elif shape.kind is PropKind.BALL:
            painter.setPen(prop_pen)
            painter.setBrush(colors.prop)
            painter.drawEllipse(QPointF(shape.x, shape.y), shape.w, shape.w)
        elif shape.kind is PropKind.CHAIR:
            seat_t = 0.035
            painter.setPen(prop_pen)
            painter.setBrush(colors.prop)
            half = shape.w / 2
            seat = QRectF(shape.x - half, shape.h - seat_t, shape.w, seat_t)
            painter.drawRoundedRect(seat, 0.01, 0.01)
            for x in (shape.x - half + 0.02, shape.x + half - 0.02):
                painter.drawLine(QPointF(x, 0.0), QPointF(x, shape.h - seat_t))
        else:
            painter.setPen(prop_pen)
            painter.setBrush(colors.prop)
            rect = QRectF(shape.x - shape.w / 2, shape.y, shape.w, shape.h)
            radius = 0.008 if shape.kind is PropKind.BLOCK else shape.h / 2.5
            painter.drawRoundedRect(rect, radius, radius)


def _arrow_head(path: Sequence[tuple[float, float]], size: float) -> QPolygonF:
    (x0, y0), (x1, y1) = path[-2], path[-1]
    ang = math.atan2(y1 - y0, x1 - x0)
    tip = QPointF(x1 + math.cos(ang) * size * 0.6, y1 + math.sin(ang) * size * 0.6)
    left = QPointF(x1 + math.cos(ang + 2.5) * size, y1 + math.sin(ang + 2.5) * size)
    right = QPointF(x1 + math.cos(ang - 2.5) * size, y1 + math.sin(ang - 2.5) * size)
    return QPolygonF([tip, left, right])


def _paint_marks(painter: QPainter, marks: Iterable[Mark], colors: FigureColors) -> None:
    for mark in marks:
        poly = QPolygonF([QPointF(x, y) for x, y in mark.points])
        if mark.kind == "gaze":
            pen = QPen(colors.gaze, 0.009, Qt.PenStyle.DotLine, Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPolyline(poly)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colors.gaze)
            painter.drawPolygon(_arrow_head(mark.points, 0.025))
        else:
            pen = QPen(colors.mark, 0.014, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPolyline(poly)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colors.mark)
            painter.drawPolygon(_arrow_head(mark.points, 0.034))


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
    painter.translate(rect.center().x(), rect.center().y())
    painter.scale(scale, -scale)
    painter.translate(-(left + right) / 2, -(bottom + top) / 2)

    _paint_props(painter, sk, frame, colors)
    for side, tint in ((SIDES[1], colors.far), (None, colors.body), (SIDES[0], colors.near)):
        if side is None:
            chains: list[Chain] = [_TORSO, _NECK]
            outline = _chain_path(sk, chains, GAP)
            outline.addPath(_head_path(sk, face, GAP))
            fill = _chain_path(sk, chains, 0.0)
            fill.addPath(_head_path(sk, face, 0.0))
            _paint_layer(painter, outline, fill, colors, tint)
            continue
        arm, leg, _ = _limb_chains(side)
        # Legs first, then the arm over them: hands resting on a thigh stay visible.
        for chains_, with_foot in (([leg], True), ([arm], False)):
            outline = _chain_path(sk, chains_, GAP, rooted=True)
            fill = _chain_path(sk, chains_, 0.0)
            if with_foot:
                outline.addPath(_foot_path(sk, side, GAP))
                fill.addPath(_foot_path(sk, side, 0.0))
            _paint_layer(painter, outline, fill, colors, tint)
    _paint_marks(painter, sk.marks, colors)
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
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 120)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)

    def sizeHint(self) -> QSize:
        return QSize(420, 320)

    def set_poses(self, a: Pose | None, b: Pose | None = None) -> None:
        self._a, self._b, self._t = a, b, 0.0
        self._frame = motion_frame(a, b) if a is not None else None
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
        pose = self.current_pose()
        if pose is None:
            painter.fillRect(self.rect(), figure_colors(self.palette()).background)
        else:
            paint_figure(painter, QRectF(self.rect()), pose, self.palette(), self._frame)
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
