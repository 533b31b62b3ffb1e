"""Start-up stays lean: what the first painted window does not need is not loaded before it.

The app is started in a fresh process, as from the command line, and reports the modules it
has loaded at the moment the main window has painted once (see app._FirstPaint). Each module
below was moved out of start-up on purpose; importing one again at the top of a module on the
start-up path makes the window appear later (and use more memory) without anyone noticing.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

# Loaded on first use: dialogs, other windows, and stdlib or Qt modules that only those (or
# the work just after the first paint) need.
DEFERRED = (
    "pilates_desktop.ui.player.focus",
    "pilates_desktop.ui.player.summary",
    "pilates_desktop.ui.dialogs.safety",
    "pilates_desktop.core.safety",
    "pilates_desktop.ui.preferences.dialog",
    "pilates_desktop.ui.dialogs.shortcuts",
    "pilates_desktop.ui.dialogs.exercise",
    "pilates_desktop.ui.history.view",
    "pilates_desktop.ui.dialogs.welcome",
    # the player is built just after the first paint (MainWindow.build_player)
    "pilates_desktop.ui.player.view",
    "pilates_desktop.ui.player.breath_counter",
    "pilates_desktop.services.session",
    "pilates_desktop.services.cues.service",
    "pilates_desktop.core.player",
    # the sync service is made just after the first paint (App.start_sync), and the
    # command line's parser loads none of the report's or the schedule's rules
    "pilates_desktop.services.sync",
    "pilates_desktop.ui.preferences.sync_page",
    "pilates_desktop.core.sync",
    "pilates_desktop.core.care.report",
    "pilates_desktop.core.care.checkin",
    "pilates_desktop.core.care.progression",
    "pilates_desktop.services.care.service",
    "pilates_desktop.core.stats",
    "pilates_desktop.core.schedule",
    "plistlib",
    "statistics",
    # the history opens just after the first paint (App.open_history): the first screen
    # shows nothing from it, and SQLite alone is over a MiB
    "pilates_desktop.core.history",
    "pilates_desktop.services.history",
    "pilates_desktop.core.care.records",
    "sqlite3",
    "csv",
    "pyqtgraph",
    "PySide6.QtNetwork",
    "PySide6.QtSvg",
    "PySide6.QtMultimedia",
    "PySide6.QtTextToSpeech",
    "subprocess",
    "uuid",
    "hashlib",
)

PROBE = r"""
import json, os, sys
import pilates_desktop.app as app

def finish(self):
    window = self.parent().activeWindow() or [w for w in self.parent().topLevelWidgets()
                                              if w.objectName() == "main-window"][0]
    print(json.dumps({"modules": sorted(sys.modules), "shown": window.isVisible()}),
          flush=True)
    self._app.exit(0)

app._FirstPaint._finish = finish
os.environ["PILATES_EXIT_AFTER_PAINT"] = "1"
from pilates_desktop.cli.main import build_parser
from pilates_desktop.core.clock import SystemClock
from pilates_desktop.ui.dialogs.prompter import QtPrompter
args = build_parser().parse_args(["--data-dir", sys.argv[1], "--no-first-run"])
sys.exit(app.build_app(args, SystemClock(), QtPrompter()).run())
"""


def test_first_paint_loads_none_of_the_deferred_modules(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path / "data")], env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    report = json.loads(out.stdout.strip().splitlines()[-1])
    assert report["shown"]
    loaded = set(report["modules"])
    assert "pilates_desktop.ui.main_window" in loaded  # the probe did reach the window
    assert sorted(loaded.intersection(DEFERRED)) == []


def test_a_launch_before_the_first_listens_waits_for_it(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The first instance takes its lock at once but listens only after its first paint."""
    import uuid

    from pilates_desktop.services.desktop.single_instance import SingleInstance

    name = f"pilates-test-{uuid.uuid4().hex[:8]}"
    first = SingleInstance(lock_path=tmp_path / "instance.lock", server_name=name)
    second = SingleInstance(lock_path=tmp_path / "instance.lock", server_name=name)
    try:
        assert first.lock() is True
        assert first.is_primary() is False  # not listening yet
        assert second.lock() is False
        assert second.send("raise", timeout_ms=150) is False  # gives up when the time is up
        first.listen()
        with qtbot.waitSignal(first.message_received, timeout=5000) as blocker:
            assert second.send("start gentle-back-care") is True
        assert blocker.args == ["start gentle-back-care"]
    finally:
        first.release()
        second.release()
