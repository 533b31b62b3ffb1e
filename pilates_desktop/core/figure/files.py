"""The shipped poses file and the cache of its solved angles."""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Mapping, Sequence
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from pilates_desktop.core.errors import FormatError
from pilates_desktop.core.figure.decode import decode_poses, merge_entry
from pilates_desktop.core.figure.skeleton import Pose

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
        if any(k in merge_entry("poses.json", entries, pose_id, ()).fields for k in ("level", "touch"))
    }
    return {
        "source_sha256": _digest(text),
        "angles": {pid: list(solved[pid].angles) for pid in sorted(needs)},
    }


def main(argv: Sequence[str]) -> int:
    if list(argv) != ["--settle"]:
        print("usage: python -m pilates_desktop.core.figure --settle", file=sys.stderr)
        return 2
    target = Path(__file__).resolve().parents[2] / "data" / _SETTLED_FILE
    target.write_text(json.dumps(settle_cache(), indent=1) + "\n", encoding="utf-8")
    print(f"wrote {target}")
    return 0
