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

The package splits by job: :mod:`.skeleton` (the body and the pose as data),
:mod:`.kinematics` (angles to placed points), :mod:`.motion` (tween and mirror),
:mod:`.decode` and :mod:`.settle` (reading poses.json and solving its requests) and
:mod:`.files` (the shipped file and its cache of solved angles). Import from the package.
"""

from __future__ import annotations

from pilates_desktop.core.figure.decode import decode_poses
from pilates_desktop.core.figure.files import load_poses, settle_cache
from pilates_desktop.core.figure.kinematics import contact_gaps, forward
from pilates_desktop.core.figure.motion import mirror, tween
from pilates_desktop.core.figure.skeleton import (
    ARM_ROOT_RADIUS,
    BALL_RADIUS,
    BLANKET_SIZE,
    BLOCK_SIZE,
    CHAIR_WIDTH,
    HEAD_CENTER,
    HEEL,
    HIP_HALF_WIDTH,
    JOINTS,
    LEG_ROOT_RADIUS,
    LENGTHS,
    LIMB_JOINTS,
    LIMB_SEGMENTS,
    POINTS,
    RADII,
    SEGMENTS,
    SHOULDER_HALF_WIDTH,
    SIDES,
    SOLE,
    TOUCH_TOLERANCE,
    Arrow,
    Base,
    Mark,
    Point,
    Pose,
    Prop,
    PropKind,
    PropShape,
    Skeleton,
    point_radius,
    segment_pairs,
)

__all__ = [
    "ARM_ROOT_RADIUS", "BALL_RADIUS", "BLANKET_SIZE", "BLOCK_SIZE", "CHAIR_WIDTH", "HEAD_CENTER",
    "HEEL", "HIP_HALF_WIDTH", "JOINTS", "LEG_ROOT_RADIUS", "LENGTHS", "LIMB_JOINTS",
    "LIMB_SEGMENTS", "POINTS", "RADII", "SEGMENTS", "SHOULDER_HALF_WIDTH", "SIDES", "SOLE",
    "TOUCH_TOLERANCE", "Arrow", "Base", "Mark", "Point", "Pose", "Prop", "PropKind", "PropShape",
    "Skeleton", "contact_gaps", "decode_poses", "forward", "load_poses", "mirror",
    "point_radius", "segment_pairs", "settle_cache", "tween",
]
