"""This test's data folder, for the tests' command-line helpers (``--data-dir``).

The autouse ``data_dir`` fixture (conftest.py) sets it for every test; the package itself has no
such "current folder": the composition root hands a Paths to whatever needs one.
"""

from __future__ import annotations

from pathlib import Path

from pilates_desktop.paths import Paths

_current: list[Paths] = []


def set_data_dir(path: Path | str | None) -> None:
    _current[:] = [Paths.choose(path)] if path is not None else []


def _paths() -> Paths:
    return _current[0] if _current else Paths.choose(None)


def data_dir() -> Path:
    return _paths().data_dir


def history_db() -> Path:
    return _paths().history_db


def backups_dir() -> Path:
    return _paths().backups_dir
