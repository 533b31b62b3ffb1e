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
from datetime import timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "packaging"))  # the build tools (i18n_tools)

import i18n_tools  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from pilates_desktop.services import settings as S  # noqa: E402


def _save(widget: QWidget, path: Path) -> None:
    app = QApplication.instance()
    assert app is not None
    for _ in range(3):
        app.processEvents()
    widget.grab().save(str(path))
    print(path)


def _app(folder: Path, clock: Any) -> Any:
    """The app as pilates-desktop builds it, in ``folder``, with silent cues."""
    from pilates_desktop.app import build_app
    from pilates_desktop.cli.main import build_parser
    from pilates_desktop.services.cues.service import SilentBackend
    from pilates_desktop.services.prompter import DefaultPrompter

    args = build_parser().parse_args(["--data-dir", str(folder), "--no-first-run"])
    return build_app(args, clock, DefaultPrompter(), sound_factory=lambda p: SilentBackend(),
                     speech_factory=lambda p, v: SilentBackend())


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
    from pilates_desktop.core.clock import FakeClock
    from pilates_desktop.core.routines.repository import builtin_routines
    from pilates_desktop.ui.dialogs.safety import SafetyDialog
    from pilates_desktop.ui.dialogs.welcome import WelcomeDialog

    i18n_tools.ensure_built()
    clock = FakeClock()
    built = _app(tmp, clock)
    window, services = built.window, built.services
    settings, state, library = services.settings, services.app_state, services.library
    settings.set_value(S.THEME, "light")
    settings.set_value(S.LANGUAGE, "en")
    routines = {r.id: r for r in builtin_routines(library)}

    welcome = WelcomeDialog(settings)
    welcome.knee.setChecked(True)
    welcome.acknowledge.setChecked(True)
    welcome.resize(640, 440)
    welcome.show()
    _save(welcome, out / "welcome.png")
    welcome.close()

    settings.set_value(S.KNEE_PROBLEMS, True)
    settings.set_value(S.NECK_PROBLEMS, True)
    state.add_pain_mark("knee-lifts", clock.now() - timedelta(days=3))
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
    window.resize(1280, 720)
    window.show()
    _play(window, clock, routines["powerhouse"], 13.5)
    _save(window, out / "player-de.png")
    window.session.stop()
    if window.summary_dialog is not None:
        window.summary_dialog.close()
    built.close()

    clock = FakeClock()
    built = _app(tmp, clock)
    built.services.settings.set_value(S.LANGUAGE, "en")
    built.services.settings.set_value(S.FONT_SCALE, 200)
    window = built.window
    window.resize(1280, 720)
    window.show()
    _play(window, clock, routines["upper-back-relief"], 16.0)
    _save(window, out / "player-200.png")
    built.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
