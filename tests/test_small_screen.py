"""Every window fits a 1024x600 screen, in English, German and Spanish, at the default font.

tests/screen_probe.py opens each window through the real app (``app.build_app``) in a separate
process whose offscreen platform has one 1024x600 screen, and reports each window's size, its
minimum size and what is cut in it (a button or label narrower than its text, a wrapped label
shorter than its lines, tabs that need scroll arrows, a scroll bar sideways, widgets laid over
each other). A window fits when its minimum size and the size it opens at leave room for a
title bar and borders, and nothing in it is cut.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

SCREEN = (1024, 600)
# What a window manager takes around a window: borders, and a title bar above.
FRAME = (16, 64)
LANGUAGES = ("en", "de", "es")
WINDOWS = (
    "main window", "exercise details", "Before You Start", "shortcuts", "about", "welcome",
    "check-in", "red flags", "preferences practice", "preferences cues",
    "preferences appearance", "preferences health", "preferences week", "preferences sync",
    "history", "pain question", "player at 1 s", "player at 15 s", "player at 40 s", "player at 90 s",
    "focus mode", "summary",
)
FULL_SCREEN = {"focus mode"}  # no title bar: it may take the whole screen

PROBE = Path(__file__).with_name("screen_probe.py")


def run_probe(language: str, folder: Path) -> dict[str, Any]:
    config = folder / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "small", "x": 0, "y": 0, "width": SCREEN[0], "height": SCREEN[1],
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    out = folder / "report.json"
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
           "QT_SCALE_FACTOR": "1"}
    env.pop("PROBE_SHOTS", None)
    proc = subprocess.run([sys.executable, str(PROBE), language, str(folder / "data"),
                           str(out)], env=env, capture_output=True, text=True, timeout=600,
                          check=False)
    assert proc.returncode == 0, proc.stderr[-3000:]
    report: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return report


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> Any:
    cache: dict[str, dict[str, Any]] = {}

    def get(language: str) -> dict[str, Any]:
        if language not in cache:
            cache[language] = run_probe(language, tmp_path_factory.mktemp(f"probe-{language}"))
        return cache[language]
    return get


@pytest.mark.slow
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("window", WINDOWS)
def test_window_fits_a_1024x600_screen(reports: Any, language: str, window: str) -> None:
    report = reports(language)
    assert window in report, f"the probe did not open {window!r}: {sorted(report)}"
    found = report[window]
    room = SCREEN if window in FULL_SCREEN else (SCREEN[0] - FRAME[0], SCREEN[1] - FRAME[1])
    least, size = found["minimum"], found["size"]
    assert least[0] <= room[0] and least[1] <= room[1], (
        f"{window} ({language}) needs at least {least[0]}x{least[1]}, the screen leaves "
        f"{room[0]}x{room[1]}")
    assert size[0] <= room[0] and size[1] <= room[1], (
        f"{window} ({language}) opens at {size[0]}x{size[1]}, larger than {room[0]}x{room[1]}")
    assert found["problems"] == [], f"{window} ({language}) cuts: {found['problems']}"


def test_the_probe_sees_a_cut_button(qtbot: Any) -> None:
    """The probe's own check: a button narrower than its text, and a label cut at the side
    by its parent, are reported (so an empty report means something)."""
    sys.path.insert(0, str(PROBE.parent))
    from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QWidget
    from screen_probe import problems  # type: ignore[import-not-found]

    root = QWidget()
    qtbot.addWidget(root)
    root.resize(300, 100)
    button = QPushButton("Zur Routine hinzufügen", root)
    button.setGeometry(0, 0, 60, 30)
    label = QLabel("Schmerz vorher und nachher", root)
    label.setGeometry(250, 40, label.sizeHint().width(), 30)
    combo = QComboBox(root)
    combo.addItem("Jeder Schwerpunkt")
    combo.setGeometry(0, 70, 90, 26)
    root.show()
    found = problems(root)
    assert any("button 'Zur Routine hinzufügen'" in line for line in found), found
    assert any("cut by QWidget" in line and "Schmerz" in line for line in found), found
    assert any("combo 'Jeder Schwerpunkt'" in line for line in found), found
    button.setGeometry(0, 0, button.sizeHint().width(), 30)
    label.move(0, 40)
    combo.setGeometry(0, 70, combo.sizeHint().width(), 26)
    assert problems(root) == []
