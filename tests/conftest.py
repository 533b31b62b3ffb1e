"""Shared fixtures. Every test runs offscreen with its data redirected to a temp folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

import pytest  # noqa: E402

# Importing the package pins None/True/False first (a PySide6 6.12 refcount bug on 3.11).
from pilates_desktop import paths  # noqa: E402


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path) -> Iterator[Path]:
    """Redirect every user path (settings, routines, history) into this test's temp folder."""
    folder = tmp_path / "data"
    paths.set_data_dir(folder)
    yield folder
    paths.set_data_dir(None)


@pytest.fixture
def library():  # type: ignore[no-untyped-def]
    from pilates_desktop.core.library import load_library

    return load_library()
