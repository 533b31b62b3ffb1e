"""The pose skeleton: a side-view jointed figure, posed by joint angles and drawn from data.

Figures are data, not pictures. A :class:`Pose` is a small set of joint angles plus where the
body rests (its :class:`Base`), the props in the scene and a few marks (gaze, movement
arrows). :func:`forward` turns a pose into 2D points by forward kinematics, so every limb
keeps its length whatever the angles, :func:`tween` interpolates angles (never points, so
limbs cannot stretch) and :func:`mirror` gives the other side.

Conventions (all angles in degrees, lengths in body heights: a standing figure is 1.0 tall):

* The picture plane has x to the right and y up; the mat's top surface is y = 0.
* ``trunk`` is the world direction of the pelvis (hip joint towards the waist). A figure
  with ``trunk`` 90 stands and faces +x; 180 lies on its back with the head to the left;
  0 lies face down with the head to the right.
* Spine joints (``lumbar``, ``thoracic``, ``neck``, ``head``) are flexion: positive curls
  forward. ``shoulder`` and ``hip`` are flexion (positive swings the limb forward),
  ``elbow`` bends the forearm forward, ``knee`` bends the shin back, ``ankle`` points the
  foot, ``wrist`` turns the hand forward.
* Each side has a ``near`` limb (towards the viewer, drawn darker, on top) and a ``far``
  limb. A pose drawn unmirrored faces right and shows the person's right side as near.
  :func:`mirror` flips the picture left to right and keeps near/far, which is exactly how
  the same movement looks on the other side of the body, seen from the other side.
* ``depth`` tilts a segment out of the picture plane (towards the viewer is positive).
  The segment keeps its 3D length; its drawn length shrinks by cos(depth). That is how a
  side view shows knees dropping sideways (hip twist) or arms spread wide on the mat.
* Side-lying poses are seen from the front (the camera faces the chest), so their angles
  are in the frontal plane: the top leg is the near leg and opens upwards.
"""

from __future__ import annotations

import importlib
import json
import math
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

from pilates_desktop.core.errors import FormatError

# --- the skeleton -----------------------------------------------------------------------------


class Base(StrEnum):
    """Where the body rests; decides the default contacts and how the face is drawn."""

    SUPINE = "supine"
    PRONE = "prone"
    SIDE_LYING = "side-lying"
    ALL_FOURS = "all-fours"
    KNEELING = "kneeling"
    SITTING = "sitting"
    STANDING = "standing"


class PropKind(StrEnum):
    MAT = "mat"
    WALL = "wall"
    BALL = "ball"
    BLOCK = "block"
    BLANKET = "blanket"
    CHAIR = "chair"  # the seat reaches down to the floor; its top carries the seat


SIDES = ("near", "far")
LIMB_JOINTS = ("shoulder", "elbow", "wrist", "hip", "knee", "ankle")
JOINTS: tuple[str, ...] = (
    ("trunk", "lumbar", "thoracic", "neck", "head")
    + tuple(f"{side}_{joint}" for side in SIDES for joint in LIMB_JOINTS)
    + ("pelvis_roll", "chest_roll")
)
LIMB_SEGMENTS = ("upper_arm", "forearm", "hand", "thigh", "shin", "foot")
SEGMENTS: tuple[str, ...] = ("pelvis", "lower_spine", "upper_spine", "neck", "head") + tuple(
    f"{side}_{seg}" for side in SIDES for seg in LIMB_SEGMENTS
)
_JOINT_INDEX = {name: i for i, name in enumerate(JOINTS)}
_SEGMENT_INDEX = {name: i for i, name in enumerate(SEGMENTS)}
_I_PELVIS_ROLL, _I_CHEST_ROLL = _JOINT_INDEX["pelvis_roll"], _JOINT_INDEX["chest_roll"]

# Segment lengths as fractions of standing height, after Drillis and Contini's proportions.
LENGTHS: Mapping[str, float] = {
    "pelvis": 0.075,
    "lower_spine": 0.105,
    "upper_spine": 0.11,
    "neck": 0.065,
    "upper_arm": 0.182,
    "forearm": 0.150,
    "hand": 0.085,
    "thigh": 0.245,
    "shin": 0.246,
}
# The head and foot are rigid shapes hung off a joint: offsets in the segment's own frame
# (along the segment, towards its front).
HEAD_CENTER = (0.052, 0.012)
HEEL = (-0.020, 0.035)  # from the ankle, in the foot frame (x along the sole)
SOLE = 0.150  # heel to toe

# Half-widths of the drawn body at each point; grounding uses them so skin touches the mat.
RADII: Mapping[str, float] = {
    "hip": 0.064,
    "waist": 0.056,
    "mid_back": 0.064,
    "shoulder": 0.060,
    "skull": 0.030,
    "head": 0.062,
    "elbow": 0.028,
    "wrist": 0.022,
    "hand": 0.017,
    "knee": 0.039,
    "ankle": 0.027,
    "heel": 0.022,
    "toe": 0.014,
}
# Radii where a limb leaves the torso (narrower than the torso at the same point).
ARM_ROOT_RADIUS = 0.037
LEG_ROOT_RADIUS = 0.055
# Half the distance between the two hip joints and between the two shoulder joints. In a
# side view this width points at the viewer and is invisible; rolling the pelvis or chest
# about the body's long axis ("pelvis_roll", "chest_roll") brings it into the picture: the
# top leg of a side-lying figure starts above the bottom one, a turning chest lifts a shoulder.
HIP_HALF_WIDTH = 0.055
SHOULDER_HALF_WIDTH = 0.085
BALL_RADIUS = 0.038  # a soft, part-filled ball under the sacrum
BLOCK_SIZE = (0.17, 0.085)
BLANKET_SIZE = (0.22, 0.05)
CHAIR_WIDTH = 0.24

TOUCH_TOLERANCE = 0.012  # 2 cm on a 1.7 m person

POINTS: tuple[str, ...] = ("hip", "waist", "mid_back", "shoulder", "skull", "head") + tuple(
    f"{side}_{p}"
    for side in SIDES
    for p in ("shoulder", "elbow", "wrist", "hand", "hip", "knee", "ankle", "heel", "toe")
)


_LIMB_ROOT_RADII = {"hip": LEG_ROOT_RADIUS, "shoulder": ARM_ROOT_RADIUS}
# How much wider the torso looks at each point when it is rolled to face the viewer: a side
# view shows the body's depth, a front view its breadth.
_BREADTH = {"hip": 0.03, "waist": 0.022, "mid_back": 0.032, "shoulder": 0.032}


def point_radius(name: str, pose: Pose | None = None) -> float:
    """Half the drawn width of the body at a point (the torso widens as it rolls)."""
    if pose is None:
        return _BASE_RADII[name]
    return _radii(pose)[name]


def _radii(pose: Pose) -> Mapping[str, float]:
    """The drawn radius of every point (shared when the torso is not rolled: never mutate)."""
    pelvis_roll, chest_roll = pose.angles[_I_PELVIS_ROLL], pose.angles[_I_CHEST_ROLL]
    if not (pelvis_roll or chest_roll):
        return _BASE_RADII
    out = dict(_BASE_RADII)
    for name, extra in _BREADTH.items():
        roll = pelvis_roll if name in ("hip", "waist") else chest_roll
        if roll:
            out[name] += extra * abs(math.sin(math.radians(roll)))
    return out


_BASE_RADII: dict[str, float] = {
    name: (
        _LIMB_ROOT_RADII.get(name.split("_", 1)[1]) or RADII[name.split("_", 1)[1]]
        if name.startswith(SIDES)
        else RADII[name]
    )
    for name in POINTS
}


@dataclass(frozen=True, slots=True)
class Prop:
    kind: PropKind
    at: str | None = None  # the body point the prop supports or touches


@dataclass(frozen=True, slots=True)
class Arrow:
    """A movement mark: starts near a body point, heads along ``direction`` and may curve.

    ``bend`` is the total turn along the arrow in degrees (positive turns counter-clockwise),
    so 0 is a straight arrow and 180 a half circle, which reads as a rotation.
    """

    at: str
    direction: float
    length: float = 0.14
    bend: float = 0.0
    offset: tuple[float, float] = (0.0, 0.0)


@dataclass(frozen=True, slots=True)
class Pose:
    id: str
    base: Base
    angles: tuple[float, ...]  # in JOINTS order
    depth: tuple[float, ...] = (0.0,) * len(SEGMENTS)  # in SEGMENTS order
    props: tuple[Prop, ...] = (Prop(PropKind.MAT),)
    gaze: float | None = None  # degrees from straight ahead of the face (+ is up/back)
    arrows: tuple[Arrow, ...] = ()
    contacts: tuple[str, ...] = ()  # the points that bear weight; tests check they touch
    anchor: str = "hip"  # this point keeps its x while the figure moves
    flipped: bool = False

    def angle(self, joint: str) -> float:
        return self.angles[_JOINT_INDEX[joint]]

    def depth_of(self, segment: str) -> float:
        return self.depth[_SEGMENT_INDEX[segment]]

    def with_angles(self, changes: Mapping[str, float]) -> Pose:
        values = list(self.angles)
        for name, value in changes.items():
            values[_JOINT_INDEX[name]] = value
        return replace(self, angles=tuple(values))

    @property
    def has_face(self) -> bool:
        # Side-lying figures are seen from the front: the face looks at the viewer.
        return self.base is not Base.SIDE_LYING


class Point(NamedTuple):
    """A placed body point: picture x and y, depth z (towards the viewer), drawn radius r."""

    x: float
    y: float
    z: float
    r: float


@dataclass(frozen=True, slots=True)
class PropShape:
    """A prop placed in the scene.

    A ball is a circle (centre x, y; radius w). A block or blanket is a rectangle centred on x
    with its bottom at y. A wall is a vertical line at x; w is +1 or -1, the side the wall's
    body lies on. A chair's seat is centred on x at height h.
    """

    kind: PropKind
    x: float
    y: float
    w: float
    h: float


_MAT_SHAPE = PropShape(PropKind.MAT, 0.0, 0.0, 0.0, 0.0)


@dataclass(frozen=True, slots=True)
class Mark:
    """A polyline drawn as an arrow (movement) or a dashed sight line (gaze)."""

    kind: str  # "arrow" or "gaze"
    points: tuple[tuple[float, float], ...]


@dataclass(frozen=True, slots=True)
class Skeleton:
    points: Mapping[str, Point]
    props: tuple[PropShape, ...]
    marks: tuple[Mark, ...]
    flipped: bool

    def bounds(self) -> tuple[float, float, float, float]:
        """(left, bottom, right, top) of the body, props and marks, mat excluded."""
        xs: list[float] = []
        ys: list[float] = []
        for p in self.points.values():
            xs += [p.x - p.r, p.x + p.r]
            ys += [p.y - p.r, p.y + p.r]
        for s in self.props:
            if s.kind is PropKind.WALL:
                xs.append(s.x)
            elif s.kind is PropKind.BALL:
                xs += [s.x - s.w, s.x + s.w]
                ys += [s.y - s.w, s.y + s.w]
            elif s.kind is PropKind.CHAIR:
                xs += [s.x - s.w / 2, s.x + s.w / 2]
                ys += [0.0, s.h]
            elif s.kind is not PropKind.MAT:
                xs += [s.x - s.w / 2, s.x + s.w / 2]
                ys += [s.y, s.y + s.h]
        for m in self.marks:
            xs += [x for x, _ in m.points]
            ys += [y for _, y in m.points]
        return min(xs), min(ys), max(xs), max(ys)


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


def _raw_points(pose: Pose) -> dict[str, tuple[float, float, float]]:
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
    pelvis_roll, chest_roll = a[_I_PELVIS_ROLL], a[_I_CHEST_ROLL]
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


def _bottoms(
    pose: Pose,
    raw: Mapping[str, tuple[float, float, float]],
    radii: Mapping[str, float] | None = None,
    supports: list[tuple[PropKind, float, float, float, float]] | None = None,
) -> dict[str, float]:
    """The lowest skin (or prop) height of each point, in raw coordinates."""
    if radii is None:
        radii = _radii(pose)
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
    raw = _raw_points(pose)
    radii = _radii(pose)
    supports = _prop_support(pose, raw)
    # The lowest skin or prop: _bottoms without its dictionary of every point.
    lows = [p[1] - radii[name] for name, p in raw.items()]
    if supports:
        lows += _bottoms(pose, {}, radii, supports).values()
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


# --- segment bookkeeping for tests ------------------------------------------------------------


def segment_pairs() -> list[tuple[str, str, float]]:
    """(from point, to point, 3D length) for every rigid part of the figure."""
    pairs = [
        ("hip", "waist", LENGTHS["pelvis"]),
        ("waist", "mid_back", LENGTHS["lower_spine"]),
        ("mid_back", "shoulder", LENGTHS["upper_spine"]),
        ("shoulder", "skull", LENGTHS["neck"]),
        ("skull", "head", math.hypot(*HEAD_CENTER)),
    ]
    for side in SIDES:
        pairs += [
            ("shoulder", f"{side}_shoulder", SHOULDER_HALF_WIDTH),
            ("hip", f"{side}_hip", HIP_HALF_WIDTH),
            (f"{side}_shoulder", f"{side}_elbow", LENGTHS["upper_arm"]),
            (f"{side}_elbow", f"{side}_wrist", LENGTHS["forearm"]),
            (f"{side}_wrist", f"{side}_hand", LENGTHS["hand"]),
            (f"{side}_hip", f"{side}_knee", LENGTHS["thigh"]),
            (f"{side}_knee", f"{side}_ankle", LENGTHS["shin"]),
            (f"{side}_ankle", f"{side}_heel", math.hypot(*HEEL)),
            (f"{side}_heel", f"{side}_toe", SOLE),
        ]
    return pairs


# --- tweening and mirroring -------------------------------------------------------------------


def tween(a: Pose, b: Pose, t: float) -> Pose:
    """The pose a fraction ``t`` of the way from ``a`` to ``b``, moving every joint evenly.

    Angles are interpolated, never points, so every segment keeps its length. The figure
    stays anchored where ``a`` is anchored so that it does not jump half way through.
    """
    if a.flipped != b.flipped:
        raise ValueError(f"cannot tween {a.id!r} into {b.id!r}: one of them is mirrored")
    t = min(1.0, max(0.0, t))
    if t == 0.0:
        return a
    angles = tuple([x + (y - x) * t for x, y in zip(a.angles, b.angles, strict=True)])
    if a.depth == b.depth:  # most movements stay in the picture plane
        depth = a.depth
    else:
        depth = tuple([x + (y - x) * t for x, y in zip(a.depth, b.depth, strict=True)])
    near = a if t < 0.5 else b
    if a.gaze is not None and b.gaze is not None:
        gaze: float | None = a.gaze + (b.gaze - a.gaze) * t
    else:
        gaze = near.gaze
    # Built directly rather than with dataclasses.replace, which costs twice as much: the
    # player tweens on every frame.
    return Pose(
        id=f"{a.id}>{b.id}@{t:.3f}",
        base=near.base,
        angles=angles,
        depth=depth,
        props=near.props,
        gaze=gaze,
        arrows=near.arrows,
        contacts=near.contacts,
        anchor=a.anchor,
        flipped=near.flipped,
    )


def mirror(pose: Pose) -> Pose:
    """The same pose on the other side of the body: the picture flipped left to right."""
    return replace(pose, flipped=not pose.flipped)


# --- decoding poses.json ----------------------------------------------------------------------

_POSE_FIELDS = {
    "like", "base", "angles", "depth", "props", "gaze", "arrows", "contacts", "anchor",
    "level", "touch", "note",
}
_ARROW_FIELDS = {"at", "direction", "length", "bend", "offset"}
_PROP_FIELDS = {"kind", "at"}
_DEFAULT_CONTACTS: Mapping[Base, tuple[str, ...]] = {
    Base.SUPINE: ("hip",),
    Base.PRONE: ("hip",),
    Base.SIDE_LYING: ("hip",),
    Base.ALL_FOURS: ("near_knee", "near_hand"),
    Base.KNEELING: ("near_knee",),
    Base.SITTING: ("hip",),
    Base.STANDING: ("near_heel",),
}
_POINT_NAMES = frozenset(POINTS) | {"ball", "block", "blanket"}


class _Spec:
    """One pose entry with its ``like`` chain merged in, still as raw JSON values."""

    def __init__(self, source: str, pose_id: str) -> None:
        self.source = source
        self.id = pose_id
        self.base: Base | None = None
        self.angles: dict[str, float] = {}
        self.depth: dict[str, float] = {}
        self.fields: dict[str, Any] = {}

    def fail(self, where: str, reason: str) -> FormatError:
        suffix = f".{where}" if where else ""
        return FormatError(self.source, f"$.poses[{self.id!r}]{suffix}", reason)


def _number(spec: _Spec, where: str, value: Any, lo: float, hi: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise spec.fail(where, f"must be a number, got {value!r}")
    if not lo <= value <= hi:
        raise spec.fail(where, f"must be between {lo:g} and {hi:g}, got {value!r}")
    return float(value)


def _point_name(spec: _Spec, where: str, value: Any, extra: Iterable[str] = ()) -> str:
    if not isinstance(value, str) or value not in _POINT_NAMES | set(extra):
        raise spec.fail(where, f"must name a body point such as 'hip' or 'near_knee', got {value!r}")
    return value


def _merge(
    source: str, entries: Mapping[str, Any], pose_id: str, stack: tuple[str, ...]
) -> _Spec:
    spec = _Spec(source, pose_id)
    entry = entries[pose_id]
    if not isinstance(entry, dict):
        raise spec.fail("", "must be an object")
    unknown = sorted(set(entry) - _POSE_FIELDS)
    if unknown:
        raise spec.fail(unknown[0], f"unknown field {unknown[0]!r} in pose {pose_id!r}")
    if "like" in entry:
        parent = entry["like"]
        if not isinstance(parent, str) or parent not in entries:
            raise spec.fail("like", f"names no known pose: {parent!r}")
        if parent in stack:
            raise spec.fail("like", f"loops back to {parent!r}")
        inherited = _merge(source, entries, parent, stack + (pose_id,))
        spec.base = inherited.base
        spec.angles = dict(inherited.angles)
        spec.depth = dict(inherited.depth)
        spec.fields = dict(inherited.fields)
    if "base" in entry:
        try:
            spec.base = Base(entry["base"])
        except ValueError:
            choices = ", ".join(b.value for b in Base)
            raise spec.fail("base", f"must be one of {choices}, got {entry['base']!r}") from None
    for key, target, names, lo, hi in (
        ("angles", spec.angles, JOINTS, -400.0, 400.0),
        ("depth", spec.depth, SEGMENTS, -90.0, 90.0),
    ):
        if key not in entry:
            continue
        values = entry[key]
        if not isinstance(values, dict):
            raise spec.fail(key, "must be an object of name: degrees")
        # A bare joint name ("hip") sets both sides; a sided name ("near_hip") wins over it.
        for name in sorted(values, key=lambda n: n.startswith(SIDES)):
            value = _number(spec, f"{key}.{name}", values[name], lo, hi)
            if name in names:
                target[name] = value
            elif f"near_{name}" in names:
                target[f"near_{name}"] = value
                target[f"far_{name}"] = value
            else:
                raise spec.fail(f"{key}.{name}", f"unknown {key[:-1] if key == 'angles' else 'segment'} {name!r} in pose {pose_id!r}")
    for key in ("props", "gaze", "arrows", "contacts", "anchor", "level", "touch"):
        if key in entry:
            spec.fields[key] = entry[key]
    return spec


def _build(spec: _Spec) -> tuple[Pose, list[str] | None, list[tuple[str, str]]]:
    if spec.base is None:
        raise spec.fail("base", f"pose {spec.id!r} needs a 'base' (directly or through 'like')")
    angles = tuple(spec.angles.get(name, 0.0) for name in JOINTS)
    depth = tuple(spec.depth.get(name, 0.0) for name in SEGMENTS)
    f = spec.fields
    props: list[Prop] = []
    for i, raw in enumerate(f.get("props", ["mat"])):
        where = f"props[{i}]"
        if isinstance(raw, str):
            raw = {"kind": raw}
        if not isinstance(raw, dict):
            raise spec.fail(where, "must be a prop name or {kind, at}")
        unknown = sorted(set(raw) - _PROP_FIELDS)
        if unknown:
            raise spec.fail(f"{where}.{unknown[0]}", f"unknown field {unknown[0]!r} in pose {spec.id!r}")
        try:
            kind = PropKind(str(raw.get("kind")))
        except ValueError:
            choices = ", ".join(k.value for k in PropKind)
            raise spec.fail(f"{where}.kind", f"must be one of {choices}") from None
        at = _point_name(spec, f"{where}.at", raw["at"]) if "at" in raw else None
        if kind is not PropKind.MAT and at is None:
            raise spec.fail(where, f"a {kind.value} needs 'at', the body point it touches")
        props.append(Prop(kind, at))
    gaze = _number(spec, "gaze", f["gaze"], -180, 180) if "gaze" in f else None
    arrows: list[Arrow] = []
    raw_arrows = f.get("arrows", [])
    if not isinstance(raw_arrows, list):
        raise spec.fail("arrows", "must be a list")
    for i, raw in enumerate(raw_arrows):
        where = f"arrows[{i}]"
        if not isinstance(raw, dict):
            raise spec.fail(where, "must be an object")
        unknown = sorted(set(raw) - _ARROW_FIELDS)
        if unknown:
            raise spec.fail(f"{where}.{unknown[0]}", f"unknown field {unknown[0]!r} in pose {spec.id!r}")
        if "at" not in raw or "direction" not in raw:
            raise spec.fail(where, "an arrow needs 'at' and 'direction'")
        offset = raw.get("offset", [0, 0])
        if not isinstance(offset, list) or len(offset) != 2:
            raise spec.fail(f"{where}.offset", "must be [dx, dy]")
        arrows.append(
            Arrow(
                at=_point_name(spec, f"{where}.at", raw["at"]),
                direction=_number(spec, f"{where}.direction", raw["direction"], -360, 360),
                length=_number(spec, f"{where}.length", raw.get("length", 0.14), 0.02, 1.0),
                bend=_number(spec, f"{where}.bend", raw.get("bend", 0), -360, 360),
                offset=(
                    _number(spec, f"{where}.offset", offset[0], -1, 1),
                    _number(spec, f"{where}.offset", offset[1], -1, 1),
                ),
            )
        )
    prop_points = {p.kind.value for p in props if p.kind is not PropKind.MAT}
    contacts_raw = f.get("contacts", list(_DEFAULT_CONTACTS[spec.base]))
    if not isinstance(contacts_raw, list) or not contacts_raw:
        raise spec.fail("contacts", "must be a non-empty list of body points")
    contacts = tuple(
        _point_name(spec, f"contacts[{i}]", c, prop_points) for i, c in enumerate(contacts_raw)
    )
    anchor = _point_name(spec, "anchor", f.get("anchor", "hip"))
    level: list[str] | None = None
    if "level" in f:
        lv = f["level"]
        if not isinstance(lv, list) or len(lv) != 2:
            raise spec.fail("level", "must be two body points to bring level with each other")
        level = [_point_name(spec, f"level[{i}]", p, prop_points) for i, p in enumerate(lv)]
    touch: list[tuple[str, str]] = []
    raw_touch = f.get("touch", {})
    if not isinstance(raw_touch, dict):
        raise spec.fail("touch", "must be an object of joint: body point")
    for joint, target in raw_touch.items():
        if joint not in _JOINT_INDEX:
            raise spec.fail(f"touch.{joint}", f"unknown joint {joint!r} in pose {spec.id!r}")
        touch.append((joint, _point_name(spec, f"touch.{joint}", target, prop_points)))
    pose = Pose(
        id=spec.id,
        base=spec.base,
        angles=angles,
        depth=depth,
        props=tuple(props),
        gaze=gaze,
        arrows=tuple(arrows),
        contacts=contacts,
        anchor=anchor,
    )
    return pose, level, touch


def _solve(pose: Pose, joint: str, g: Any) -> float | None:
    """The value of ``joint`` nearest its current one where ``g(pose)`` crosses zero."""
    start = pose.angle(joint)

    def f(value: float) -> float:
        return float(g(pose.with_angles({joint: value})))

    f0 = f(start)
    if abs(f0) < 1e-9:
        return start
    for step in range(1, 181):
        for sign in (1.0, -1.0):
            lo, hi = start + sign * (step - 1), start + sign * step
            flo, fhi = f(lo), f(hi)
            if flo == 0.0:
                return lo
            if flo * fhi <= 0.0:
                for _ in range(40):
                    mid = (lo + hi) / 2
                    fm = f(mid)
                    if flo * fm <= 0.0:
                        hi = mid
                    else:
                        lo, flo = mid, fm
                return (lo + hi) / 2
    return None


def _settle(spec: _Spec, pose: Pose, level: list[str] | None, touch: list[tuple[str, str]]) -> Pose:
    """Bake the ``level`` and ``touch`` requests into the angles, once, at load time."""
    if level is None and not touch:
        return pose

    def bottom(p: Pose, name: str) -> float:
        return _bottoms(p, _raw_points(p))[name]

    for _ in range(4):
        if level is not None:
            p1, p2 = level
            value = _solve(
                pose, "trunk", lambda p, p1=p1, p2=p2: bottom(p, p1) - bottom(p, p2)
            )
            if value is None:
                raise spec.fail("level", f"cannot bring {p1} and {p2} level in pose {spec.id!r}")
            pose = pose.with_angles({"trunk": value})
        # The mat is where the pose's first contact rests (or, when the first contact is the
        # point being placed, the lowest of the parts this joint does not move).
        ground = pose.contacts[0]
        for joint, target in touch:
            moving = _moved_by(pose, joint)

            def gap(
                p: Pose, target: str = target, moving: frozenset[str] = moving, ground: str = ground
            ) -> float:
                b = _bottoms(p, _raw_points(p))
                if ground != target:
                    return b[target] - b[ground]
                return b[target] - min(v for k, v in b.items() if k not in moving)

            value = _solve(pose, joint, gap)
            if value is None:
                raise spec.fail(
                    f"touch.{joint}", f"{target} cannot reach the mat by turning {joint} in pose {spec.id!r}"
                )
            pose = pose.with_angles({joint: value})
    return pose


def _moved_by(pose: Pose, joint: str) -> frozenset[str]:
    before = _bottoms(pose, _raw_points(pose))
    turned = pose.with_angles({joint: pose.angle(joint) + 7.0})
    after = _bottoms(turned, _raw_points(turned))
    return frozenset(k for k in before if abs(before[k] - after[k]) > 1e-9)


def decode_poses(
    source: str, data: Any, settled: Mapping[str, Sequence[float]] | None = None
) -> dict[str, Pose]:
    """Strictly decode a poses file: ``{"version": 1, "poses": {id: entry}}``.

    ``settled`` holds the angles that ``level`` and ``touch`` requests were solved to before
    (see ``settle_cache``); a pose found there skips the numeric solve.
    """
    if not isinstance(data, dict):
        raise FormatError(source, "$", "must be an object with 'version' and 'poses'")
    unknown = sorted(set(data) - {"version", "poses", "comment"})
    if unknown:
        raise FormatError(source, f"$.{unknown[0]}", f"unknown field {unknown[0]!r}")
    if data.get("version") != 1:
        raise FormatError(source, "$.version", f"must be 1, got {data.get('version')!r}")
    entries = data.get("poses")
    if not isinstance(entries, dict) or not entries:
        raise FormatError(source, "$.poses", "must be a non-empty object of pose id: pose")
    poses: dict[str, Pose] = {}
    for pose_id in entries:
        spec = _merge(source, entries, pose_id, ())
        pose, level, touch = _build(spec)
        known = settled.get(pose_id) if settled is not None else None
        if known is not None and len(known) == len(JOINTS) and (level is not None or touch):
            poses[pose_id] = replace(pose, angles=tuple(float(a) for a in known))
        else:
            poses[pose_id] = _settle(spec, pose, level, touch)
    return poses


# Solving ``level`` and ``touch`` takes most of a second for the whole file, and the answer
# only changes when poses.json does. The solved angles ship beside it, keyed by the file's
# hash; a stale cache is ignored (and a test fails until it is regenerated with
# ``python -m pilates_desktop.core.figure --settle``).
_SETTLED_FILE = "poses.settled.json"


def _pose_files() -> tuple[str, Any]:
    data_dir = resources.files("pilates_desktop").joinpath("data")
    return data_dir.joinpath("poses.json").read_text("utf-8"), data_dir


def _digest(text: str) -> str:
    # CPython's own SHA-256 when it is there (``_sha2`` from 3.12): ``import hashlib`` loads
    # OpenSSL's libcrypto, 3.5 MiB and a few ms of start-up, for this one hash.
    for name in ("_sha2", "_sha256", "hashlib"):
        try:
            module: Any = importlib.import_module(name)
        except ImportError:
            continue
        return str(module.sha256(text.encode("utf-8")).hexdigest())
    raise ImportError("no SHA-256 available")


def _load_settled(data_dir: Any, digest: str) -> Mapping[str, Sequence[float]] | None:
    try:
        cached = json.loads(data_dir.joinpath(_SETTLED_FILE).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(cached, dict) or cached.get("source_sha256") != digest:
        return None
    angles = cached.get("angles")
    return angles if isinstance(angles, dict) else None


def _parse(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise FormatError("poses.json", f"line {exc.lineno}", exc.msg) from None


@cache
def load_poses() -> Mapping[str, Pose]:
    text, data_dir = _pose_files()
    return decode_poses("poses.json", _parse(text), _load_settled(data_dir, _digest(text)))


def settle_cache() -> dict[str, Any]:
    """Solve every pose from scratch and return the cache file's contents."""
    text, _ = _pose_files()
    entries = _parse(text).get("poses", {})
    solved = decode_poses("poses.json", _parse(text))
    needs = {
        pose_id for pose_id in entries
        if any(k in _merge("poses.json", entries, pose_id, ()).fields for k in ("level", "touch"))
    }
    return {
        "source_sha256": _digest(text),
        "angles": {pid: list(solved[pid].angles) for pid in sorted(needs)},
    }


def _main(argv: Sequence[str]) -> int:
    if list(argv) != ["--settle"]:
        print("usage: python -m pilates_desktop.core.figure --settle", file=sys.stderr)
        return 2
    target = Path(__file__).resolve().parents[1] / "data" / _SETTLED_FILE
    target.write_text(json.dumps(settle_cache(), indent=1) + "\n", encoding="utf-8")
    print(f"wrote {target}")
    return 0


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


if __name__ == "__main__":
    raise SystemExit(_main(sys.argv[1:]))
