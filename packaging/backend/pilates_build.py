"""The build backend: setuptools, plus one build step that compiles the translations.

The interface's translations are written as ``translations/*.ts`` and loaded by Qt as compiled
``.qm`` files. The ``.qm`` files are build products (never in git), so a wheel has to compile
them itself, or it ships an app that speaks only English. Setuptools has no declarative way to
run a compiler, and the top level of the repository is fixed (no ``setup.py``), so this module
is an in-tree backend (``backend-path = ["packaging/backend"]`` in pyproject.toml):

* every hook is setuptools' own;
* a wheel build also asks for ``PySide6-Essentials`` (pinned as in ``[project] dependencies``),
  whose ``lrelease`` is the one compiler of ``.ts`` files there is;
* ``build_qm`` is a ``build`` sub-command (setuptools' SubCommand protocol, registered through
  ``[tool.setuptools.cmdclass]``) that writes ``pilates_desktop/translations/*.qm`` into the
  build folder. Its ``get_source_files`` puts the ``.ts`` files and this module into the sdist,
  so a wheel built from the sdist (what ``python -m build`` does) compiles them the same way.

Editable installs skip the step: ``packaging/bootstrap.sh`` builds the ``.qm`` files in place
with ``python packaging/i18n_tools.py --build``.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import tomllib
from pathlib import Path
from typing import Any

from setuptools import Command
from setuptools.build_meta import (  # noqa: F401  (the hooks this backend serves unchanged)
    build_editable,
    build_sdist,
    build_wheel,
    get_requires_for_build_editable,
    get_requires_for_build_sdist,
    prepare_metadata_for_build_editable,
    prepare_metadata_for_build_wheel,
)
from setuptools.build_meta import (
    get_requires_for_build_wheel as _setuptools_requires_for_wheel,
)
from setuptools.command.build import build as _build

TS_DIR = "translations"
TS_GLOB = "pilates_*.ts"
QM_PACKAGE_DIR = ("pilates_desktop", "translations")
QT_PACKAGE = "PySide6-Essentials"
BACKEND_SOURCE = "packaging/backend/pilates_build.py"


def qt_requirement(pyproject: Path = Path("pyproject.toml")) -> str:
    """The app's own pin of the Qt package, so lrelease matches the Qt it runs on."""
    deps = tomllib.loads(pyproject.read_text("utf-8"))["project"]["dependencies"]
    for dep in deps:
        if re.match(rf"{re.escape(QT_PACKAGE)}\s*==", dep, re.IGNORECASE):
            return str(dep)
    raise RuntimeError(f"pyproject.toml: no exact {QT_PACKAGE}==... in [project] dependencies")


def get_requires_for_build_wheel(config_settings: dict[str, Any] | None = None) -> list[str]:
    return [*_setuptools_requires_for_wheel(config_settings), qt_requirement()]


def lrelease() -> str:
    """Path of the lrelease that ships inside the PySide6 wheel (found without importing Qt)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"building the translations needs {QT_PACKAGE} (it provides lrelease)")
    base = Path(next(iter(spec.submodule_search_locations)))
    exe = ".exe" if os.name == "nt" else ""
    for candidate in (base / f"lrelease{exe}", base / "Qt" / "libexec" / f"lrelease{exe}",
                      base / "Qt" / "bin" / f"lrelease{exe}"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which("pyside6-lrelease")
    if found is None:
        raise RuntimeError(f"lrelease: not found in {base}")
    return found


class build_qm(Command):  # noqa: N801  (setuptools names commands in lower case)
    """Compile ``translations/*.ts`` into ``.qm`` files inside the built package."""

    description = "compile the Qt translations (.ts) into .qm files"
    user_options: list[tuple[str, str | None, str]] = []
    editable_mode: bool = False

    def initialize_options(self) -> None:
        self.build_lib: str | None = None
        self.editable_mode = False

    def finalize_options(self) -> None:
        self.set_undefined_options("build_py", ("build_lib", "build_lib"))

    def _sources(self) -> list[Path]:
        return sorted(Path(TS_DIR).glob(TS_GLOB))

    def get_source_files(self) -> list[str]:
        # The sdist must carry the .ts sources and this backend (pyproject's backend-path).
        return [*(p.as_posix() for p in self._sources()), BACKEND_SOURCE]

    def get_output_mapping(self) -> dict[str, str]:
        if self.editable_mode:
            return {}
        assert self.build_lib is not None
        out = Path(self.build_lib, *QM_PACKAGE_DIR)
        return {str(out / (ts.stem + ".qm")): str(ts) for ts in self._sources()}

    def get_outputs(self) -> list[str]:
        return list(self.get_output_mapping())

    def run(self) -> None:
        if self.editable_mode:
            return
        tool = lrelease()
        for qm, ts in self.get_output_mapping().items():
            Path(qm).parent.mkdir(parents=True, exist_ok=True)
            subprocess.run([tool, "-silent", ts, "-qm", qm], check=True)


class build(_build):  # noqa: N801
    sub_commands = [*_build.sub_commands, ("build_qm", None)]
