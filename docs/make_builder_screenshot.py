"""Make docs/builder.png: the routine builder with a custom routine, as a user would build it.

Run: ``python docs/make_builder_screenshot.py [OUT.png] [--size 1280x720] [--theme light]``.
Uses a throw-away data folder, so your own routines and settings are never touched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", nargs="?", default=str(Path(__file__).with_name("builder.png")))
    parser.add_argument("--size", default="1280x720")
    parser.add_argument("--theme", default="light", choices=("light", "dark"))
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))

    from PySide6.QtCore import Qt

    with tempfile.TemporaryDirectory() as tmp:
        from pilates_desktop.app import build_app
        from pilates_desktop.cli.main import build_parser
        from pilates_desktop.core.clock import FakeClock
        from pilates_desktop.core.routines import Item, ItemSides
        from pilates_desktop.services import settings as S
        from pilates_desktop.services.prompter import DefaultPrompter

        built = build_app(build_parser().parse_args(["--data-dir", tmp, "--no-first-run"]),
                          FakeClock(), DefaultPrompter())
        app, window = built.qapp, built.window
        settings = built.services.settings
        settings.set_value(S.LANGUAGE, "en")  # English plural forms ("6 exercises")
        settings.set_value(S.THEME, args.theme)
        settings.set_value(S.KNEE_PROBLEMS, True)  # shows how clashing exercises are marked
        built.services.app_state.add_pain_mark("roll-up")
        ws = window.workspace
        ws.new_routine("Morning back care")
        ws.add_exercises(["basic-starting-position", "glute-bridge", "clams", "the-hundred",
                          "upper-spine-stretch", "childs-pose"])
        model = ws.playlist_model
        model.request_change(1, Item("glute-bridge", reps=6, rest_s=15), field="")
        model.request_change(2, Item("clams", reps=12, sides=ItemSides.LEFT), field="")
        model.request_change(3, Item("the-hundred", pumps=50), field="")
        ws._select_rows(2, 2)
        # Lower-back exercises: shows a caution badge on a row that clashes with the knee flag.
        box = ws.library_panel.focus_box
        box.setCurrentIndex(box.findData("lower-back"))
        proxy = ws.library_panel.proxy
        rows = [r for r in range(proxy.rowCount())
                if proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 1) == "childs-pose"]
        if rows:
            ws.library_panel.view.scrollTo(proxy.index(rows[0], 0))
        ws.flush_saves()
        window.resize(width, height)
        window.show()
        for _ in range(5):
            app.processEvents()
        window.grab().save(args.out)
        print(f"wrote {args.out} ({width}x{height})")
        built.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
