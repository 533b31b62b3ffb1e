"""Every duration reads the same on every screen: one function writes a clock, one a countdown,
one an estimated total; the screens that show time go through them."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from pilates_desktop.core.durations import countdown_text, format_duration, total_time_text

PACKAGE = Path(__file__).resolve().parents[1] / "pilates_desktop"


@pytest.mark.parametrize(("seconds", "text"), [
    (0, "0:00"), (0.4, "0:00"), (0.6, "0:01"), (45, "0:45"), (59.5, "1:00"), (185, "3:05"),
    (3599.4, "59:59"), (3600, "1:00:00"), (3750, "1:02:30"), (-3, "0:00"),
])
def test_a_duration_reads_as_a_clock(seconds: float, text: str) -> None:
    assert format_duration(seconds) == text


@pytest.mark.parametrize(("seconds", "text"), [
    (0, "0"), (9, "9"), (59, "59"), (60, "1:00"), (61, "1:01"), (3600, "1:00:00"), (-1, "0"),
])
def test_a_countdown_is_seconds_under_a_minute_then_a_clock(seconds: float, text: str) -> None:
    assert countdown_text(seconds) == text


def test_an_estimated_total_is_marked_as_about() -> None:
    assert total_time_text(754) == "≈ 12:34"


def test_no_module_formats_minutes_and_seconds_itself() -> None:
    """A second way to write m:ss (":02d" on a number of seconds) drifts from this one."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        module = path.relative_to(PACKAGE).as_posix()
        if module == "core/durations.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.FormattedValue) and isinstance(node.format_spec, ast.JoinedStr)
                    and any(isinstance(v, ast.Constant) and v.value == "02d"
                            for v in node.format_spec.values)
                    and "60" in ast.unparse(node.value)):
                found.append(f"{module}:{node.lineno}: {ast.unparse(node.value)}")
    assert not found, "use core.durations:\n" + "\n".join(found)
