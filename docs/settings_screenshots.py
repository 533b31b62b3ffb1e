"""Render the settings helper's screenshots for docs/ (offscreen, reproducible).

    .venv/bin/python docs/settings_screenshots.py [OUT_DIR]

Writes welcome.png (first-run welcome), safety-choice.png (skip / swap / keep before a start),
player-de.png (the player in German) and player-200.png (the player at 200 % text size), all
at 1280x720 or their natural dialog size, light theme. Data goes to a temporary folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from pilates_desktop import i18n, paths  # noqa: E402
from pilates_desktop import settings as S  # noqa: E402


def _save(widget: QWidget, path: Path) -> None:
    app = QApplication.instance()
    assert app is not None
    for _ in range(3):
        app.processEvents()
    widget.grab().save(str(path))
    print(path)


def _window(library: Any, settings: Any, clock: Any, tmp: Path) -> Any:
    from pilates_desktop.app_state import AppState
    from pilates_desktop.core.history import HistoryStore
    from pilates_desktop.ui.cues import Cues, SilentBackend
    from pilates_desktop.ui.main_window import MainWindow

    store = HistoryStore.open(tmp / "history.sqlite3", backups_dir=tmp / "backups").store
    cues = Cues(settings, library, sound_factory=lambda p: SilentBackend(),
                speech_factory=lambda p, v: SilentBackend())
    window = MainWindow(library, settings, AppState(clock), store, cues=cues, clock=clock,
                     repository=_repository(library))
    window.resize(1280, 720)
    window.show()
    return window


def _play(window: Any, clock: Any, routine: Any, seconds: float) -> None:
    window.start_routine(routine)
    step = 0.25
    for _ in range(int(seconds / step)):
        clock.advance(step)
        window.session.tick()


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else ROOT / "docs"
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="pilates-shots-"))
    paths.set_data_dir(tmp)
    app = QApplication(argv[:1])
    from pilates_desktop.app_state import AppState
    from pilates_desktop.core.clock import FakeClock
    from pilates_desktop.core.library import load_library
    from pilates_desktop.core.routines.repository import builtin_routines
    from pilates_desktop.ui.safety_dialog import SafetyDialog
    from pilates_desktop.ui.theme import apply_theme
    from pilates_desktop.ui.welcome import WelcomeDialog

    i18n.ensure_built()
    apply_theme(app, "light")
    i18n.install_translators(app, "en")
    library = load_library()
    routines = {r.id: r for r in builtin_routines(library)}
    settings = S.Settings(FakeClock())

    welcome = WelcomeDialog(settings)
    welcome.knee.setChecked(True)
    welcome.acknowledge.setChecked(True)
    welcome.resize(640, 440)
    welcome.show()
    _save(welcome, out / "welcome.png")
    welcome.close()

    settings.set_value(S.KNEE_PROBLEMS, True)
    settings.set_value(S.NECK_PROBLEMS, True)
    state = AppState(FakeClock())
    state.add_pain_mark("knee-lifts", datetime.now(UTC) - timedelta(days=3))
    mixed = routines["back-care-basics"]
    mixed = mixed.with_items([*mixed.items, *routines["lower-back-release"].items])
    dialog = SafetyDialog(mixed, library, settings, state)
    dialog.resize(620, 500)
    dialog.show()
    _save(dialog, out / "safety-choice.png")
    dialog.close()
    state.clear_pain_mark("knee-lifts")
    settings.set_value(S.KNEE_PROBLEMS, False)
    settings.set_value(S.NECK_PROBLEMS, False)

    settings.set_value(S.LANGUAGE, "de")
    i18n.install_translators(app, "de")
    clock = FakeClock()
    window = _window(library, settings, clock, tmp)
    _play(window, clock, routines["powerhouse"], 13.5)
    _save(window, out / "player-de.png")
    window.session.stop()
    if window.summary_dialog is not None:
        window.summary_dialog.close()
    window.close()

    i18n.install_translators(app, "en")
    settings.set_value(S.LANGUAGE, "en")
    settings.set_value(S.FONT_SCALE, 200)
    clock = FakeClock()
    window = _window(library, settings, clock, tmp)
    _play(window, clock, routines["upper-back-relief"], 16.0)
    _save(window, out / "player-200.png")
    window.session.stop()
    if window.summary_dialog is not None:
        window.summary_dialog.close()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))


def _repository(library: Any) -> Any:
    from pilates_desktop import paths
    from pilates_desktop.core.routines.repository import RoutineRepository
    from pilates_desktop.routine_store import write_text_atomically

    return RoutineRepository(paths.routines_dir(), library, write_text_atomically)
