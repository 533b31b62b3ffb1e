"""The pose skeleton: pose data covers the library, and every figure is physically sound."""

from __future__ import annotations

import dataclasses
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pilates_desktop.core.errors import FormatError
from pilates_desktop.core.figure import (
    JOINTS,
    SEGMENTS,
    TOUCH_TOLERANCE,
    Base,
    Pose,
    PropKind,
    contact_gaps,
    decode_poses,
    forward,
    load_poses,
    mirror,
    segment_pairs,
    tween,
)

LYING_OR_KNEELING = {Base.SUPINE, Base.PRONE, Base.SIDE_LYING, Base.KNEELING, Base.ALL_FOURS}


def _lengths_ok(pose: Pose) -> None:
    points = forward(pose).points
    for a, b, length in segment_pairs():
        pa, pb = points[a], points[b]
        got = math.dist((pa.x, pa.y, pa.z), (pb.x, pb.y, pb.z))
        assert got == pytest.approx(length, abs=1e-9), (pose.id, a, b)


def test_every_step_of_every_exercise_has_a_pose(library) -> None:  # type: ignore[no-untyped-def]
    poses = load_poses()
    missing = [
        (ex.id, i, pose_id)
        for ex in library.exercises()
        for i, step in enumerate(ex.steps)
        for pose_id in step.poses
        if pose_id not in poses
    ]
    assert not missing
    assert len(library.exercises()) == 23


def test_every_pose_keeps_its_segment_lengths() -> None:
    for pose in load_poses().values():
        _lengths_ok(pose)


@pytest.mark.parametrize("pose_id", sorted(load_poses()))
def test_weight_bearing_parts_touch_the_mat_and_nothing_goes_below(pose_id: str) -> None:
    pose = load_poses()[pose_id]
    skeleton = forward(pose)
    lowest = min(p.y - p.r for p in skeleton.points.values())
    assert lowest >= -1e-9, pose_id
    for prop in skeleton.props:
        if prop.kind is PropKind.BALL:
            assert prop.y - prop.w >= -1e-9, pose_id
        elif prop.kind in (PropKind.BLOCK, PropKind.BLANKET):
            assert prop.y >= -1e-9, pose_id
    if pose.base in LYING_OR_KNEELING:
        gaps = contact_gaps(pose)
        assert set(gaps) == set(pose.contacts)
        for part, gap in gaps.items():
            assert -1e-9 <= gap <= TOUCH_TOLERANCE, (pose_id, part, gap)


def test_tween_keeps_every_segment_length_between_real_poses(library) -> None:  # type: ignore[no-untyped-def]
    poses = load_poses()
    for ex in library.exercises():
        for step in ex.steps:
            if len(step.poses) == 2:
                a, b = (poses[i] for i in step.poses)
                for t in (0.0, 0.3, 0.5, 0.8, 1.0):
                    _lengths_ok(tween(a, b, t))
                    _lengths_ok(tween(mirror(a), mirror(b), t))


def test_tween_ends_are_the_key_poses() -> None:
    poses = load_poses()
    a, b = poses["the-hundred/table-top"], poses["the-hundred/pump"]
    assert tween(a, b, 0.0).angles == a.angles
    assert tween(a, b, 1.0).angles == pytest.approx(b.angles)
    half = tween(a, b, 0.5)
    assert half.angle("thoracic") == pytest.approx((a.angle("thoracic") + b.angle("thoracic")) / 2)


def test_tween_takes_every_other_field_from_the_nearer_pose(library) -> None:  # type: ignore[no-untyped-def]
    """tween builds its pose field by field (it runs on every frame); a field added to Pose
    later must not silently fall back to its default there."""
    blended = {"id", "angles", "depth", "gaze", "anchor"}
    poses = load_poses()
    pairs = [
        (poses[step.poses[0]], poses[step.poses[1]])
        for ex in library.exercises()
        for step in ex.steps
        if len(step.poses) == 2
    ]
    for a, b in pairs:
        for t in (0.2, 0.7):
            mid, near = tween(a, b, t), (a if t < 0.5 else b)
            for field in dataclasses.fields(Pose):
                if field.name not in blended:
                    assert getattr(mid, field.name) == getattr(near, field.name), field.name
            assert mid.anchor == a.anchor
            if a.depth == b.depth:
                assert mid.depth == a.depth
            else:
                assert mid.depth == pytest.approx(
                    [x + (y - x) * t for x, y in zip(a.depth, b.depth, strict=True)]
                )


def test_mirror_twice_is_the_original_and_mirror_flips_the_picture() -> None:
    for pose in load_poses().values():
        assert mirror(mirror(pose)) == pose
        right = forward(pose).points
        left = forward(mirror(pose)).points
        for name, p in right.items():
            assert left[name].x == pytest.approx(-p.x)
            assert left[name].y == pytest.approx(p.y)


def test_tweening_a_mirrored_pose_into_an_unmirrored_one_is_refused() -> None:
    poses = load_poses()
    a = poses["clams/closed"]
    with pytest.raises(ValueError, match="mirrored"):
        tween(a, mirror(poses["clams/open"]), 0.5)


_angle = st.floats(min_value=-180, max_value=180, allow_nan=False, allow_infinity=False)
_depth = st.floats(min_value=-89, max_value=89, allow_nan=False, allow_infinity=False)


def _random_pose(angles: list[float], depth: list[float], base: Base) -> Pose:
    return Pose(id="random", base=base, angles=tuple(angles), depth=tuple(depth))


@settings(max_examples=60, deadline=None)
@given(
    a=st.lists(_angle, min_size=len(JOINTS), max_size=len(JOINTS)),
    b=st.lists(_angle, min_size=len(JOINTS), max_size=len(JOINTS)),
    da=st.lists(_depth, min_size=len(SEGMENTS), max_size=len(SEGMENTS)),
    db=st.lists(_depth, min_size=len(SEGMENTS), max_size=len(SEGMENTS)),
    t=st.floats(min_value=0, max_value=1),
)
def test_any_tween_keeps_segment_lengths(
    a: list[float], b: list[float], da: list[float], db: list[float], t: float
) -> None:
    _lengths_ok(tween(_random_pose(a, da, Base.SUPINE), _random_pose(b, db, Base.SUPINE), t))


def _poses_file(entry: dict[str, object]) -> dict[str, object]:
    return {"version": 1, "poses": {"base/x": {"base": "supine"}, "ex/step": entry}}


def test_unknown_field_is_an_error_that_names_the_pose() -> None:
    with pytest.raises(FormatError) as info:
        decode_poses("poses.json", _poses_file({"like": "base/x", "angels": {"hip": 90}}))
    assert "ex/step" in str(info.value)
    assert "angels" in str(info.value)


@pytest.mark.parametrize(
    ("entry", "fragment"),
    [
        ({"like": "base/x", "angles": {"elbo": 10}}, "unknown angle 'elbo'"),
        ({"like": "base/x", "angles": {"hip": "90"}}, "must be a number"),
        ({"like": "missing"}, "names no known pose"),
        ({"angles": {"hip": 10}}, "needs a 'base'"),
        ({"base": "floating"}, "must be one of"),
        ({"like": "base/x", "props": [{"kind": "ball"}]}, "needs 'at'"),
        ({"like": "base/x", "contacts": ["elbow"]}, "must name a body point"),
        ({"like": "base/x", "arrows": [{"at": "hip"}]}, "needs 'at' and 'direction'"),
        ({"like": "base/x", "touch": {"near_hip": "near_toe"}, "angles": {"hip": 0}}, None),
    ],
)
def test_bad_pose_entries_are_rejected_with_the_pose_id(
    entry: dict[str, object], fragment: str | None
) -> None:
    if fragment is None:
        decode_poses("poses.json", _poses_file(entry))  # a valid entry decodes
        return
    with pytest.raises(FormatError) as info:
        decode_poses("poses.json", _poses_file(entry))
    assert fragment in str(info.value)
    assert "ex/step" in str(info.value) or "base/x" in str(info.value)


def test_like_loops_are_rejected() -> None:
    data = {"version": 1, "poses": {"a": {"like": "b"}, "b": {"like": "a"}}}
    with pytest.raises(FormatError, match="loops back"):
        decode_poses("poses.json", data)


def test_a_shorthand_joint_sets_both_sides_and_a_sided_one_wins() -> None:
    entry = {"base": "supine", "angles": {"hip": 90, "far_hip": 30}}
    pose = decode_poses("poses.json", {"version": 1, "poses": {"p": entry}})["p"]
    assert pose.angle("near_hip") == 90
    assert pose.angle("far_hip") == 30


def test_the_hundred_pump_reads_as_the_hundred() -> None:
    """Supine, head and shoulders curled up, legs in table top, arms long and low."""
    pose = load_poses()["the-hundred/pump"]
    pts = forward(pose).points
    assert pose.base is Base.SUPINE
    assert pose.angle("thoracic") >= 20  # curled up
    assert pts["head"].y > pts["hip"].y + 0.1  # head off the mat
    assert pose.angle("near_hip") == pytest.approx(90) and pose.angle("near_knee") == pytest.approx(90)
    # arms reach towards the feet, hands low by the hips
    assert pts["near_hand"].x > pts["shoulder"].x
    assert pts["near_hand"].y < pts["shoulder"].y


def test_clams_open_lifts_the_top_knee_and_keeps_the_feet_together() -> None:
    poses = load_poses()
    closed, opened = forward(poses["clams/closed"]).points, forward(poses["clams/open"]).points
    assert opened["near_knee"].y > closed["near_knee"].y + 0.06
    assert math.dist(
        (opened["near_ankle"].x, opened["near_ankle"].y),
        (opened["far_ankle"].x, opened["far_ankle"].y),
    ) < 0.1


def test_a_soft_ball_under_the_sacrum_rests_on_the_mat_and_lifts_the_pelvis() -> None:
    poses = load_poses()
    on_ball = forward(poses["variants/hook-lying-on-ball"])
    flat = forward(poses["basic-starting-position/lying"])
    (ball,) = [p for p in on_ball.props if p.kind is PropKind.BALL]
    assert ball.y - ball.w == pytest.approx(0, abs=1e-3)
    assert on_ball.points["hip"].y > flat.points["hip"].y + 0.05
    assert contact_gaps(poses["variants/hook-lying-on-ball"])["ball"] == pytest.approx(0, abs=1e-3)


def test_the_wall_stands_beyond_the_legs_away_from_the_head() -> None:
    sk = forward(load_poses()["legs-up-the-wall/rest"])
    (wall,) = [p for p in sk.props if p.kind is PropKind.WALL]
    assert wall.x > sk.points["near_knee"].x > sk.points["head"].x
    mirrored = forward(mirror(load_poses()["legs-up-the-wall/rest"]))
    (wall2,) = [p for p in mirrored.props if p.kind is PropKind.WALL]
    assert wall2.x == pytest.approx(-wall.x)
