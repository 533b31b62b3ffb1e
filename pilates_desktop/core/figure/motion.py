"""Movement between key poses: tweening angles and mirroring to the other side."""

from __future__ import annotations

from dataclasses import replace

from pilates_desktop.core.figure.skeleton import Pose


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
