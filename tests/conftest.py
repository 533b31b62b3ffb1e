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


@pytest.fixture
def make_window(qtbot, library, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Build main windows as the app does, with a fake clock (``window.test_clock``), a
    history store in the test's folder, silent cues unless given, and Esc answered "stop".
    Each one is stopped, its summary closed and its store closed after the test."""
    from pilates_desktop.app_state import AppState
    from pilates_desktop.core.clock import FakeClock
    from pilates_desktop.core.history import HistoryStore
    from pilates_desktop.core.routines.repository import RoutineRepository
    from pilates_desktop.routine_store import write_text_atomically
    from pilates_desktop.settings import Settings
    from pilates_desktop.ui.cues import Cues, SilentBackend
    from pilates_desktop.ui.main_window import STOP, MainWindow

    made = []

    def make(settings=None, cues=None):  # type: ignore[no-untyped-def]
        settings = settings or Settings(FakeClock())
        store = HistoryStore.open(tmp_path / "h.sqlite3", backups_dir=tmp_path / "b").store
        cues = cues or Cues(settings, library, sound_factory=lambda p: SilentBackend(),
                            speech_factory=lambda p, v: SilentBackend())
        clock = FakeClock()
        repository = RoutineRepository(paths.routines_dir(), library, write_text_atomically)
        w = MainWindow(library, settings, AppState(FakeClock()), store, cues=cues, clock=clock,
                       repository=repository)
        qtbot.addWidget(w)
        w.test_clock = clock
        w.confirm_stop = lambda: STOP  # tests that ask replace it
        made.append((w, store))
        return w

    yield make
    for w, store in made:
        w.confirm_stop = lambda: STOP
        if w._session_active():
            w.session.stop()
        if w.summary_dialog is not None:
            w.summary_dialog.close()
        store.close()
