"""Render the Sync page of Preferences for docs/ (offscreen, reproducible).

    .venv/bin/python docs/make_sync_screenshot.py [OUT_DIR]

Writes sync.png (English) and sync-de.png (German): Preferences at its Sync tab after a sync
that brought three sessions and a routine from another computer, one routine having been
changed on both computers at once. Data goes to a temporary folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "packaging"))  # the build tools (i18n_tools)
sys.path.insert(0, str(ROOT / "tests"))

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
    from pilates_desktop.app import build_app
    from pilates_desktop.cli.main import build_parser
    from pilates_desktop.services.cues.service import SilentBackend
    from pilates_desktop.services.prompter import DefaultPrompter

    args = build_parser().parse_args(["--data-dir", str(folder), "--no-first-run"])
    return build_app(args, clock, DefaultPrompter(), sound_factory=lambda p: SilentBackend(),
                     speech_factory=lambda p, v: SilentBackend())


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else ROOT / "docs"
    out.mkdir(parents=True, exist_ok=True)
    from sync_helpers import START, Computer, routine, session

    from pilates_desktop.core.clock import FakeClock
    from pilates_desktop.core.routines.routine import Item
    from pilates_desktop.core.sync.routine_sync import LocalRoutine
    from pilates_desktop.ui.preferences.dialog import PreferencesDialog

    i18n_tools.ensure_built()
    tmp = Path(tempfile.mkdtemp(prefix="pilates-sync-shot-"))
    folder = tmp / "Sync"
    folder.mkdir()
    for language, name in (("en", "sync.png"), ("de", "sync-de.png")):
        root = tmp / language
        root.mkdir()
        clock = FakeClock.at(START)
        built = _app(root / "data", clock)
        services = built.services
        services.settings.set_value(S.THEME, "light")
        services.settings.set_value(S.LANGUAGE, language)
        services.sync.set_device_name("Desktop" if language == "en" else "Arbeitszimmer")
        own = services.repository.add("Morning", [Item(exercise="glute-bridge", reps=8)])
        here = Path(str(folder) + f"-{language}")
        here.mkdir()
        services.sync.set_folder(here)
        laptop = Computer(root, "Laptop" if language == "en" else "Wohnzimmer")
        laptop.syncer.sync(here)
        for n in range(3):
            laptop.local.add(session(n))
        laptop.local.routine_files["evening"] = LocalRoutine(routine("Evening"))
        laptop.clock.advance(3600)
        laptop.local.routine_files["morning"] = LocalRoutine(routine("Morning", reps=12))
        laptop.syncer.sync()
        clock.advance(60)  # edited here too, before this computer saw the laptop's change
        services.repository.save(replace(own, items=(Item(exercise="glute-bridge", reps=6),)))
        services.sync.sync_now()
        dialog = PreferencesDialog(services.settings, services.app_state, built.window,
                                   library=services.library, clock=clock,
                                   sync_page=services.sync_page())
        dialog.show_page("sync")
        dialog.show()
        _save(dialog, out / name)
        dialog.close()
        built.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
