"""The body's outline as plain geometry: tapered bands along limbs, the foot, arrow heads.

Everything here works in device pixels on tuples of floats (no Qt): the painter fills what
these functions return, on every frame of the player.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from pilates_desktop.core.figure import SIDES

Frame = tuple[float, float, float, float]  # left, bottom, right, top in body heights
MAT_DEPTH = 0.028
Circle = tuple[float, float, float]  # centre x, y and radius in device pixels
Corners = list[tuple[float, float]]  # a polygon, in device pixels


def chain(
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


def foot_outline(pts: Sequence[Circle], gap: float, fill: list[Corners], cut: list[Corners] | None) -> None:
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


LIMBS = {
    side: tuple(
        tuple(f"{side}_{p}" for p in names)
        for names in (("hip", "knee", "ankle"), ("ankle", "heel", "toe"),
                      ("shoulder", "elbow", "wrist", "hand"))
    )
    for side in SIDES
}
TORSO = ("hip", "waist", "mid_back", "shoulder")
NECK_R = 0.034  # the neck's radius where it leaves the shoulders


def grown(circles: Iterable[Circle], gap: float) -> list[Circle]:
    return [(x, y, r + gap) for x, y, r in circles]


def arrow_head(path: Sequence[tuple[float, float]], size: float) -> Corners:
    (x0, y0), (x1, y1) = path[-2], path[-1]
    ang = math.atan2(y1 - y0, x1 - x0)
    return [
        (x1 + math.cos(ang) * size * 0.6, y1 + math.sin(ang) * size * 0.6),
        (x1 + math.cos(ang + 2.5) * size, y1 + math.sin(ang + 2.5) * size),
        (x1 + math.cos(ang - 2.5) * size, y1 + math.sin(ang - 2.5) * size),
    ]
