"""The figure's skeleton: joints, segments, their lengths and widths, and the pose as data.

See the package's docstring for the conventions (angles, sides, depth).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import NamedTuple


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
JOINT_INDEX = {name: i for i, name in enumerate(JOINTS)}
_SEGMENT_INDEX = {name: i for i, name in enumerate(SEGMENTS)}
I_PELVIS_ROLL, I_CHEST_ROLL = JOINT_INDEX["pelvis_roll"], JOINT_INDEX["chest_roll"]

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
    return point_radii(pose)[name]


def point_radii(pose: Pose) -> Mapping[str, float]:
    """The drawn radius of every point (shared when the torso is not rolled: never mutate)."""
    pelvis_roll, chest_roll = pose.angles[I_PELVIS_ROLL], pose.angles[I_CHEST_ROLL]
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
        return self.angles[JOINT_INDEX[joint]]

    def depth_of(self, segment: str) -> float:
        return self.depth[_SEGMENT_INDEX[segment]]

    def with_angles(self, changes: Mapping[str, float]) -> Pose:
        values = list(self.angles)
        for name, value in changes.items():
            values[JOINT_INDEX[name]] = value
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
