"""What `--version` and Help › About say: the app's version, the Qt, PySide6 and Python it runs
on, where its data lives, and the licence of every part that ships with it.

The licences are a table, not read from package metadata at run time, because the one-folder
bundle carries no metadata; tests/test_about.py checks the table against the installed
packages' own metadata and that no runtime dependency is missing from it.
"""

from __future__ import annotations

import platform
from dataclasses import dataclass
from pathlib import Path

from pilates_desktop import APP_NAME, __version__


@dataclass(frozen=True)
class Part:
    name: str
    licence: str  # an SPDX expression
    distribution: str = ""  # the Python distribution it comes from, if any


# Everything that runs inside the app, as a wheel, bundle or Flatpak installs it.
PARTS: tuple[Part, ...] = (
    Part(APP_NAME, "GPL-3.0-or-later", "pilates-desktop"),
    Part("Qt 6", "LGPL-3.0-only"),
    Part("PySide6", "LGPL-3.0-only", "PySide6-Essentials"),
    Part("PySide6 Addons", "LGPL-3.0-only", "PySide6-Addons"),
    Part("Shiboken6", "LGPL-3.0-only", "shiboken6"),
    Part("FFmpeg (in Qt Multimedia)", "LGPL-2.1-or-later"),
    Part("ICU (in Qt)", "Unicode-3.0"),
    Part("pyqtgraph", "MIT", "pyqtgraph"),
    Part("NumPy", "BSD-3-Clause AND 0BSD AND MIT AND Zlib AND CC0-1.0", "numpy"),
    Part("colorama", "BSD-3-Clause", "colorama"),
    Part("platformdirs", "MIT", "platformdirs"),
    Part("jeepney", "MIT", "jeepney"),
    Part("Python", "PSF-2.0"),
)


@dataclass(frozen=True)
class About:
    version: str
    qt: str  # the Qt the app runs on
    pyside: str
    python: str
    data_dir: Path
    parts: tuple[Part, ...] = PARTS

    def version_text(self) -> str:
        """The plain English text `pilates-desktop --version` prints (scripts may read it)."""
        lines = [
            f"pilates-desktop {self.version}",
            f"Qt {self.qt}, PySide6 {self.pyside}, Python {self.python}",
            f"Data folder: {self.data_dir}",
            "Licences:",
            *(f"  {p.name}: {p.licence}" for p in self.parts),
        ]
        return "\n".join(lines)


def about(data_dir: Path) -> About:
    """The facts for ``data_dir`` (the app's data folder, as paths resolves it)."""
    import PySide6
    from PySide6.QtCore import qVersion

    return About(version=__version__, qt=qVersion(), pyside=PySide6.__version__,
                 python=platform.python_version(), data_dir=data_dir)
