"""The solved pose angles shipped beside poses.json are current, and equal a fresh solve."""

from __future__ import annotations

import json
from importlib import resources

from pilates_desktop.core.figure import decode, files


def test_the_settled_cache_matches_a_fresh_solve() -> None:
    shipped = json.loads(
        resources.files("pilates_desktop").joinpath("data", "poses.settled.json").read_text("utf-8")
    )
    fresh = files.settle_cache()
    assert shipped["source_sha256"] == fresh["source_sha256"], (
        "poses.json changed: run `python -m pilates_desktop.core.figure --settle`"
    )
    assert shipped["angles"].keys() == fresh["angles"].keys()
    for pose_id, angles in fresh["angles"].items():
        assert shipped["angles"][pose_id] == angles, pose_id


def test_loading_with_the_cache_gives_the_solved_poses() -> None:
    text, data_dir = files._pose_files()
    data = json.loads(text)
    solved = decode.decode_poses("poses.json", data)
    cached = decode.decode_poses(
        "poses.json", data, files._load_settled(data_dir, files._digest(text))
    )
    assert cached == solved


def test_a_stale_cache_is_ignored() -> None:
    _, data_dir = files._pose_files()
    assert files._load_settled(data_dir, "0" * 64) is None
