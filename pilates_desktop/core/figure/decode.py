"""Strict decoding of poses.json: ``like`` chains, defaults, and one clear error per problem."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from pilates_desktop.core.errors import FormatError
from pilates_desktop.core.figure.settle import SettleError, settle
from pilates_desktop.core.figure.skeleton import (
    JOINT_INDEX,
    JOINTS,
    POINTS,
    SEGMENTS,
    SIDES,
    Arrow,
    Base,
    Pose,
    Prop,
    PropKind,
)

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


def merge_entry(
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
        inherited = merge_entry(source, entries, parent, stack + (pose_id,))
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
        if joint not in JOINT_INDEX:
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
        spec = merge_entry(source, entries, pose_id, ())
        pose, level, touch = _build(spec)
        known = settled.get(pose_id) if settled is not None else None
        if known is not None and len(known) == len(JOINTS) and (level is not None or touch):
            poses[pose_id] = replace(pose, angles=tuple(float(a) for a in known))
        else:
            try:
                poses[pose_id] = settle(pose, level, touch)
            except SettleError as exc:
                raise spec.fail(exc.where, exc.reason) from None
    return poses
