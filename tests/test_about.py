"""The licence table that --version and Help › About show agrees with the installed packages'
own metadata, and leaves out no runtime dependency."""

from __future__ import annotations

import importlib.metadata as metadata
import platform
import re
from pathlib import Path

from packaging.requirements import Requirement
from PySide6.QtCore import qVersion

from pilates_desktop import __version__
from pilates_desktop.services.about import PARTS, about


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _runtime_closure(root: str) -> set[str]:
    seen: set[str] = set()
    todo = [root]
    while todo:
        name = todo.pop()
        if _key(name) in seen:
            continue
        seen.add(_key(name))
        for spec in metadata.distribution(name).requires or []:
            req = Requirement(spec)
            if req.marker is None or req.marker.evaluate({"extra": ""}):
                todo.append(req.name)
    return seen


def _declared(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    return (meta.get("License-Expression") or meta.get("License") or " ".join(
        c for c in meta.get_all("Classifier") or [] if c.startswith("License ::"))).strip()


def test_every_runtime_dependency_has_a_licence_line() -> None:
    listed = {_key(p.distribution) for p in PARTS if p.distribution}
    assert _runtime_closure("pilates-desktop") - listed == set()


def test_each_licence_is_the_one_the_package_declares() -> None:
    for part in (p for p in PARTS if p.distribution):
        declared = _declared(metadata.distribution(part.distribution))
        alternatives = [a.strip() for a in declared.split(" OR ")]
        family = part.licence.split("-")[0]  # "BSD" for a classifier that names no version
        assert (part.licence == declared or part.licence in alternatives
                or ("::" in declared and family in declared)), (part, declared)


def test_version_text_names_versions_data_folder_and_licences(tmp_path: Path) -> None:
    text = about(tmp_path / "data").version_text()
    lines = text.splitlines()
    assert lines[0] == f"pilates-desktop {__version__}"
    assert f"Qt {qVersion()}" in lines[1] and f"Python {platform.python_version()}" in lines[1]
    assert f"Data folder: {tmp_path / 'data'}" in lines
    for part in PARTS:
        assert f"  {part.name}: {part.licence}" in lines


def test_cli_version_names_the_data_folder_it_would_use(tmp_path: Path) -> None:
    import subprocess
    import sys

    run = subprocess.run([sys.executable, "-m", "pilates_desktop", "--data-dir",
                          str(tmp_path / "portable"), "--version"],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines()[0] == f"pilates-desktop {__version__}"
    assert f"Data folder: {tmp_path / 'portable'}" in run.stdout.splitlines()
    assert "  PySide6: LGPL-3.0-only" in run.stdout.splitlines()
    assert not (tmp_path / "portable").exists(), "--version creates nothing"
