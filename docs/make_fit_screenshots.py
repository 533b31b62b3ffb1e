"""The app on a small screen and at mat distance: the main window, the player and History at
1024x600 (a netbook, or a laptop at 150 %) and at 1280x720, in English and German.

    .venv/bin/python docs/make_fit_screenshots.py

Writes docs/fit-WxH-LANG-main.png, -player.png and -history.png (12 pictures). Each size and
language runs in a process of its own on Qt's offscreen platform, configured with one screen
of exactly that size, so the windows size themselves against it as they would on that
screen (no window manager is needed; the title bar's height is left free). The app is built
as ``pilates-desktop`` builds it, with a FakeClock, so the player shows a chosen moment: the
Hundred at pump 47. History shows a year of practice (docs/make_history_screens.py).
Prints, for each, how tall the player's figure is drawn and what is larger on screen.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

DOCS = Path(__file__).resolve().parent
SIZES = ((1024, 600), (1280, 720))
LANGUAGES = ("en", "de")
TITLE_BAR = 30  # px a window manager's title bar takes above a maximised window


def main() -> int:
    for width, height in SIZES:
        for language in LANGUAGES:
            with tempfile.TemporaryDirectory(prefix="pilates-fit-") as folder:
                config = Path(folder) / "screen.json"
                config.write_text(json.dumps({"screens": [{
                    "name": "screen", "x": 0, "y": 0, "width": width, "height": height,
                    "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
                env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
                done = subprocess.run([sys.executable, __file__, "--one", str(width),
                                       str(height), language, folder], env=env, check=False)
                if done.returncode != 0:
                    return done.returncode
    return 0


def one(width: int, height: int, language: str, folder: Path) -> None:
    sys.path.insert(0, str(DOCS))
    from make_history_screens import NOW, realistic_year  # type: ignore[import-not-found]

    from pilates_desktop.app import build_app
    from pilates_desktop.cli.main import build_parser
    from pilates_desktop.core.clock import FakeClock
    from pilates_desktop.core.history import HistoryStore
    from pilates_desktop.core.routines.repository import builtin_routines
    from pilates_desktop.paths import Paths
    from pilates_desktop.services import settings as S
    from pilates_desktop.services.cues.service import SilentBackend
    from pilates_desktop.services.prompter import DefaultPrompter
    from pilates_desktop.services.settings import Settings

    data = folder / "data"
    paths = Paths.choose(data)
    paths.ensure_data_dir()
    opened = HistoryStore.open(paths.history_db, backups_dir=paths.backups_dir,
                               now=lambda: NOW)
    opened.store.import_json(realistic_year(), "demo.json")
    opened.store.close()
    clock = FakeClock.at(NOW)
    settings = Settings.from_file(paths.settings_file, clock)
    settings.set_value(S.LANGUAGE, language)
    settings.set_value(S.THEME, "light")
    args = build_parser().parse_args(["--data-dir", str(data), "--no-first-run"])
    built = build_app(args, clock, DefaultPrompter(), sound_factory=lambda p: SilentBackend(),
                      speech_factory=lambda p, v: SilentBackend())
    app, win = built.qapp, built.window
    assert win is not None and built.services is not None
    prefix = f"fit-{width}x{height}-{language}"

    def settle() -> None:
        for _ in range(6):
            app.processEvents()

    def save(widget: Any, name: str) -> None:
        settle()
        out = DOCS / f"{prefix}-{name}.png"
        widget.grab().save(str(out))
        print(out)

    win.setGeometry(0, TITLE_BAR, width, height - TITLE_BAR)  # maximised, under a title bar
    win.show()
    win.workspace.select_routine("back-care-basics")
    save(win, "main")

    # the Hundred at pump 47: breath 5 starts at 32 s into it; its exhale (pumps 46-50) at 36 s
    routine = next(r for r in builtin_routines(built.services.library)
                   if r.id == "upper-back-relief")
    win.start_routine(routine)
    session = win.session
    while session.state().index < 1:
        session.skip()
    for _ in range(int(47.2 / 0.05)):  # after the 10-second get-ready
        clock.advance(0.05)
        session.tick()
    save(win, "player")
    figure = win.player_view.card.card.figure
    print(f"{prefix}: the figure is drawn {figure.drawn_height()} px tall in a "
          f"{figure.width()}x{figure.height()} card")
    session.stop()
    if win.summary_dialog is not None:
        win.summary_dialog.close()

    win.show_history()
    history = win.history_window
    history.move(0, TITLE_BAR)
    save(history, "history")
    history.close()
    built.close()


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--one":
        one(int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], Path(sys.argv[5]))
        sys.exit(0)
    sys.exit(main())
