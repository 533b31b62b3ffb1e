"""Solving a pose's ``level`` and ``touch`` requests into its joint angles, once, at load time."""

from __future__ import annotations

from typing import Any

from pilates_desktop.core.figure.kinematics import bottoms, raw_points
from pilates_desktop.core.figure.skeleton import Pose


class SettleError(ValueError):
    """A request the angles cannot meet: ``where`` is the request's field, ``reason`` says why."""

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"{where}: {reason}")
        self.where = where
        self.reason = reason


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


def settle(pose: Pose, level: list[str] | None, touch: list[tuple[str, str]]) -> Pose:
    """Bake the ``level`` and ``touch`` requests into the angles (raises :class:`SettleError`)."""
    if level is None and not touch:
        return pose

    def bottom(p: Pose, name: str) -> float:
        return bottoms(p, raw_points(p))[name]

    for _ in range(4):
        if level is not None:
            p1, p2 = level
            value = _solve(
                pose, "trunk", lambda p, p1=p1, p2=p2: bottom(p, p1) - bottom(p, p2)
            )
            if value is None:
                raise SettleError("level", f"cannot bring {p1} and {p2} level in pose {pose.id!r}")
            pose = pose.with_angles({"trunk": value})
        # The mat is where the pose's first contact rests (or, when the first contact is the
        # point being placed, the lowest of the parts this joint does not move).
        ground = pose.contacts[0]
        for joint, target in touch:
            moving = _moved_by(pose, joint)

            def gap(
                p: Pose, target: str = target, moving: frozenset[str] = moving, ground: str = ground
            ) -> float:
                b = bottoms(p, raw_points(p))
                if ground != target:
                    return b[target] - b[ground]
                return b[target] - min(v for k, v in b.items() if k not in moving)

            value = _solve(pose, joint, gap)
            if value is None:
                raise SettleError(
                    f"touch.{joint}", f"{target} cannot reach the mat by turning {joint} in pose {pose.id!r}"
                )
            pose = pose.with_angles({joint: value})
    return pose


def _moved_by(pose: Pose, joint: str) -> frozenset[str]:
    before = bottoms(pose, raw_points(pose))
    turned = pose.with_angles({joint: pose.angle(joint) + 7.0})
    after = bottoms(turned, raw_points(turned))
    return frozenset(k for k in before if abs(before[k] - after[k]) > 1e-9)
