"""Forward kinematics: a pose's joint angles turned into placed points, props and marks.

The player runs :func:`forward` on every frame, so the inner loop is written flat.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from pilates_desktop.core.figure.skeleton import (
    BALL_RADIUS,
    BLANKET_SIZE,
    BLOCK_SIZE,
    CHAIR_WIDTH,
    HEAD_CENTER,
    HEEL,
    HIP_HALF_WIDTH,
    I_CHEST_ROLL,
    I_PELVIS_ROLL,
    LENGTHS,
    SEGMENTS,
    SHOULDER_HALF_WIDTH,
    SIDES,
    SOLE,
    Mark,
    Point,
    Pose,
    PropKind,
    PropShape,
    Skeleton,
    point_radii,
    point_radius,
)

_MAT_SHAPE = PropShape(PropKind.MAT, 0.0, 0.0, 0.0, 0.0)


def _dir(deg: float) -> tuple[float, float]:
    rad = math.radians(deg)
    return math.cos(rad), math.sin(rad)


_L_PELVIS, _L_LOWER, _L_UPPER, _L_NECK = (
    LENGTHS["pelvis"], LENGTHS["lower_spine"], LENGTHS["upper_spine"], LENGTHS["neck"]
)
_L_UPPER_ARM, _L_FOREARM, _L_HAND = LENGTHS["upper_arm"], LENGTHS["forearm"], LENGTHS["hand"]
_L_THIGH, _L_SHIN = LENGTHS["thigh"], LENGTHS["shin"]
_HALF_PI = math.pi / 2
_NO_TILT = ((1.0,) * len(SEGMENTS), (0.0,) * len(SEGMENTS))
_SIDE_NAMES = tuple(
    tuple(f"{side}_{p}" for p in ("shoulder", "hip", "elbow", "wrist", "hand", "knee", "ankle",
                                  "heel", "toe"))
    for side in SIDES
)


def raw_points(pose: Pose) -> dict[str, tuple[float, float, float]]:
    """Forward kinematics from the hip joint at the origin, before grounding and mirroring.

    Written flat (radians, no helpers per joint): the player runs it on every frame.
    """
    cos, sin = math.cos, math.sin
    a = [math.radians(v) for v in pose.angles]
    if any(pose.depth):
        tilts = [math.radians(v) for v in pose.depth]
        ct: Sequence[float] = [cos(t) for t in tilts]
        st: Sequence[float] = [sin(t) for t in tilts]
    else:
        ct, st = _NO_TILT

    def step(
        p: tuple[float, float, float], d: float, length: float, k: int
    ) -> tuple[float, float, float]:
        f = length * ct[k]
        return p[0] + cos(d) * f, p[1] + sin(d) * f, p[2] + length * st[k]

    def rigid(
        p: tuple[float, float, float], d: float, offset: tuple[float, float], k: int
    ) -> tuple[float, float, float]:
        # An offset fixed in a segment's frame; "front" is to the right of the heading.
        along, front = offset
        ax, ay = cos(d), sin(d)
        t = ct[k]
        return (
            p[0] + (ax * along + ay * front) * t,
            p[1] + (ay * along - ax * front) * t,
            p[2] + math.hypot(along, front) * st[k],
        )

    def across(
        p: tuple[float, float, float], d: float, roll: float, offset: float
    ) -> tuple[float, float, float]:
        # A point across the body: towards the viewer, or towards the front when rolled.
        sr = sin(roll) * offset
        return p[0] + sin(d) * sr, p[1] - cos(d) * sr, p[2] + cos(roll) * offset

    hip = (0.0, 0.0, 0.0)
    d_pelvis = a[0]
    waist = step(hip, d_pelvis, _L_PELVIS, 0)
    d_lower = d_pelvis - a[1]
    mid = step(waist, d_lower, _L_LOWER, 1)
    d_upper = d_lower - a[2]
    shoulder = step(mid, d_upper, _L_UPPER, 2)
    d_neck = d_upper - a[3]
    skull = step(shoulder, d_neck, _L_NECK, 3)
    d_head = d_neck - a[4]
    pts = {
        "hip": hip,
        "waist": waist,
        "mid_back": mid,
        "shoulder": shoulder,
        "skull": skull,
        "head": rigid(skull, d_head, HEAD_CENTER, 4),
    }
    pelvis_roll, chest_roll = a[I_PELVIS_ROLL], a[I_CHEST_ROLL]
    for i in (0, 1):
        j = 5 + i * 6
        k = 5 + i * 6
        sign = 1.0 if i == 0 else -1.0
        n_sh, n_hip, n_el, n_wr, n_hand, n_knee, n_ank, n_heel, n_toe = _SIDE_NAMES[i]
        sh_pt = across(shoulder, d_upper, chest_roll, sign * SHOULDER_HALF_WIDTH)
        hip_pt = across(hip, d_pelvis, pelvis_roll, sign * HIP_HALF_WIDTH)
        d_arm = d_upper + math.pi + a[j]
        elbow = step(sh_pt, d_arm, _L_UPPER_ARM, k)
        d_fore = d_arm + a[j + 1]
        wrist = step(elbow, d_fore, _L_FOREARM, k + 1)
        d_thigh = d_pelvis + math.pi + a[j + 3]
        knee = step(hip_pt, d_thigh, _L_THIGH, k + 3)
        d_shin = d_thigh - a[j + 4]
        ankle = step(knee, d_shin, _L_SHIN, k + 4)
        d_foot = d_shin + _HALF_PI - a[j + 5]
        heel = rigid(ankle, d_foot, HEEL, k + 5)
        pts[n_sh] = sh_pt
        pts[n_hip] = hip_pt
        pts[n_el] = elbow
        pts[n_wr] = wrist
        pts[n_hand] = step(wrist, d_fore + a[j + 2], _L_HAND, k + 2)
        pts[n_knee] = knee
        pts[n_ank] = ankle
        pts[n_heel] = heel
        pts[n_toe] = step(heel, d_foot, SOLE, k + 5)
    return pts


def _prop_support(
    pose: Pose, raw: Mapping[str, tuple[float, float, float]]
) -> list[tuple[PropKind, float, float, float, float]]:
    """Props in raw coordinates: (kind, x, y, w, h); balls use w as radius, y as centre."""
    shapes: list[tuple[PropKind, float, float, float, float]] = []
    for prop in pose.props:
        if prop.kind is PropKind.MAT or prop.at is None:
            continue
        x, y, _ = raw[prop.at]
        r = point_radius(prop.at, pose)
        if prop.kind is PropKind.BALL:
            shapes.append((prop.kind, x, y - r - BALL_RADIUS, BALL_RADIUS, BALL_RADIUS))
        elif prop.kind in (PropKind.BLOCK, PropKind.BLANKET):
            w, h = BLOCK_SIZE if prop.kind is PropKind.BLOCK else BLANKET_SIZE
            shapes.append((prop.kind, x, y - r - h, w, h))
        elif prop.kind is PropKind.WALL:
            # The wall stands beyond the point, on the side away from the head.
            side = 1.0 if x >= raw["head"][0] else -1.0
            shapes.append((prop.kind, x + side * r, 0.0, side, 0.0))
        elif prop.kind is PropKind.CHAIR:
            shapes.append((prop.kind, x, y - r, CHAIR_WIDTH, 0.0))
    return shapes


def bottoms(
    pose: Pose,
    raw: Mapping[str, tuple[float, float, float]],
    radii: Mapping[str, float] | None = None,
    supports: list[tuple[PropKind, float, float, float, float]] | None = None,
) -> dict[str, float]:
    """The lowest skin (or prop) height of each point, in raw coordinates."""
    if radii is None:
        radii = point_radii(pose)
    out = {name: p[1] - radii[name] for name, p in raw.items()}
    if supports is None:
        supports = _prop_support(pose, raw)
    for kind, _x, y, w, _h in supports:
        if kind is PropKind.BALL:
            out["ball"] = y - w
        elif kind in (PropKind.BLOCK, PropKind.BLANKET):
            out[kind.value] = y
    return out


def forward(pose: Pose) -> Skeleton:
    """Place the posed figure on the mat: its lowest skin touches y = 0, the anchor sits at x = 0."""
    raw = raw_points(pose)
    radii = point_radii(pose)
    supports = _prop_support(pose, raw)
    # The lowest skin or prop: bottoms without its dictionary of every point.
    lows = [p[1] - radii[name] for name, p in raw.items()]
    if supports:
        lows += bottoms(pose, {}, radii, supports).values()
    dy = -min(lows)
    dx = -raw[pose.anchor][0] if pose.anchor in raw else 0.0
    sign = -1.0 if pose.flipped else 1.0
    # tuple.__new__ skips the Python-level constructor of the named tuple: the player places
    # every point on every frame.
    new, point = tuple.__new__, Point
    points = {
        name: new(point, (sign * (x + dx), y + dy, z, radii[name]))
        for name, (x, y, z) in raw.items()
    }
    props: list[PropShape] = []
    for prop in pose.props:
        if prop.kind is PropKind.MAT:
            props.append(_MAT_SHAPE)
    for kind, x, y, w, h in supports:
        if kind is PropKind.WALL:
            props.append(PropShape(kind, sign * (x + dx), 0.0, sign * w, 0.0))
        elif kind is PropKind.CHAIR:
            # A chair reaches from the floor up to the seat, however high the seat is.
            props.append(PropShape(kind, sign * (x + dx), 0.0, w, y + dy))
        else:
            props.append(PropShape(kind, sign * (x + dx), y + dy, w, h))
    marks = _marks(pose, points, sign)
    return Skeleton(points, tuple(props), marks, pose.flipped)


def _marks(pose: Pose, points: Mapping[str, Point], sign: float) -> tuple[Mark, ...]:
    marks: list[Mark] = []
    if pose.gaze is not None and pose.has_face:
        head, skull = points["head"], points["skull"]
        # The head's axis in the (possibly mirrored) picture; the face is on its front side.
        axis = math.degrees(math.atan2(head.y - skull.y, head.x - skull.x))
        front = axis - 90.0 * sign
        look = front + pose.gaze * sign
        fx, fy = _dir(front)
        lx, ly = _dir(look)
        eye = (head.x + fx * head.r * 0.55, head.y + fy * head.r * 0.55)
        start = (eye[0] + lx * head.r * 0.9, eye[1] + ly * head.r * 0.9)
        end = (start[0] + lx * 0.14, start[1] + ly * 0.14)
        marks.append(Mark("gaze", (start, end)))
    for arrow in pose.arrows:
        p = points[arrow.at]
        x = p.x + sign * arrow.offset[0]
        y = p.y + arrow.offset[1]
        heading = arrow.direction if sign > 0 else 180.0 - arrow.direction
        bend = arrow.bend * sign
        n = max(2, int(abs(arrow.bend) / 10) + 2)
        seg = arrow.length / (n - 1)
        path = [(x, y)]
        for i in range(1, n):
            h = heading + bend * (i - 0.5) / (n - 1)
            dx, dy = _dir(h)
            x, y = x + dx * seg, y + dy * seg
            path.append((x, y))
        marks.append(Mark("arrow", tuple(path)))
    return tuple(marks)

def contact_gaps(pose: Pose) -> dict[str, float]:
    """How far above the mat each weight-bearing part of a pose is (0 means touching)."""
    skeleton = forward(pose)
    out: dict[str, float] = {}
    for name in pose.contacts:
        if name in skeleton.points:
            p = skeleton.points[name]
            out[name] = p.y - p.r
        else:
            for s in skeleton.props:
                if s.kind.value == name:
                    out[name] = s.y - s.w if s.kind is PropKind.BALL else s.y
    return out
