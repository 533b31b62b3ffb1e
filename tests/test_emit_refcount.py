"""Python-side emits must not wear down True's reference count (PySide6 6.12 on 3.11).

``pilates_desktop/__init__.py`` makes None, True and False immortal on 3.11; pyqtgraph emits
on every mouse move over a chart, so the History view depends on it.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

SCRIPT = textwrap.dedent(
    """
    import sys
    {guard}
    from PySide6.QtCore import QCoreApplication, QObject, Signal
    app = QCoreApplication([])
    class S(QObject):
        ping = Signal(int)
    s = S()
    s.ping.connect(lambda v: None)
    for n in range(200_000):
        s.ping.emit(n)
    print("ok", flush=True)
    """
)


def run(guard: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", SCRIPT.format(guard=guard)], cwd=REPO,
                          capture_output=True, text=True, timeout=120)


def test_many_emits_do_not_abort_with_the_guard() -> None:
    done = run("import pilates_desktop")
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "ok"
