"""Every asset the code refers to ships with the package (TagStudio's resource-manager test)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_referenced_sound_exists() -> None:
    from pilates_desktop.services.cues.service import SOUND_NAMES, sound_path

    assert set(SOUND_NAMES) == {"get_ready", "go", "tick", "switch_side", "rest", "finish"}
    for name in SOUND_NAMES:
        path = sound_path(name)
        assert path.is_file(), path
        assert path.read_bytes()[:4] == b"RIFF"


def test_the_app_icon_ships() -> None:
    icon = resources.files("pilates_desktop.assets").joinpath("icon.svg")
    assert icon.is_file()
    assert b"<svg" in icon.read_bytes()


def test_packaging_files_point_at_real_things() -> None:
    desktop = (ROOT / "packaging" / "io.github.pilates_desktop.PilatesDesktop.desktop").read_text(
        encoding="utf-8")
    assert "Exec=pilates-desktop" in desktop
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'pilates-desktop = "pilates_desktop.cli.main:main"' in pyproject
    assert '"PySide6==' not in pyproject and '"PySide6>=' not in pyproject
