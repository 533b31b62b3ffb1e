"""Every Python package folder under pilates_desktop/ is listed in pyproject.toml, so that a
wheel built from the checkout carries all of the app (setuptools lists packages explicitly,
because assets/ and translations/ are mapped into the package from the top level)."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_package_folder_is_listed() -> None:
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]
                 ["packages"])
    found = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "pilates_desktop").rglob("__init__.py")
    }
    found |= {"pilates_desktop.assets", "pilates_desktop.translations"}
    assert found - listed == set(), "add these to [tool.setuptools] packages"
    assert listed - found == set(), "these are listed but do not exist"
