"""Every reason a sync can give, reached by a real bad folder or file (for the translation
test, which checks that each marked reason is reached and translated)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sync_helpers import Computer, routine, session

from pilates_desktop.core.errors import Phrase
from pilates_desktop.core.sync.errors import SyncError
from pilates_desktop.core.sync.files import DEVICES, JOURNAL_DIR, ROUTINES_DIR, write_atomic
from pilates_desktop.core.sync.journal import read_new
from pilates_desktop.core.sync.routine_sync import LocalRoutine


def _caught(call: Callable[[], Any]) -> Phrase:
    with pytest.raises(SyncError) as err:
        call()
    return err.value.phrase


def sync_error_phrases(root: Path) -> list[Phrase]:
    folder = root / "Sync"
    folder.mkdir(parents=True)
    a = Computer(root, "Laptop")
    a.local.add(session(1))
    a.local.routine_files["morning"] = LocalRoutine(routine("Morning"))
    a.syncer.sync(folder)
    me = a.syncer.state().device_id
    journal = folder / DEVICES / me / JOURNAL_DIR / "000001.jsonl"
    good = json.loads(journal.read_text().splitlines()[0])
    phrases: list[Phrase] = []

    def bad_line(**change: Any) -> Phrase:
        line = {k: v for k, v in {**good, **change}.items() if v is not None}
        path = folder / DEVICES / ("f" * 32) / JOURNAL_DIR / "000001.jsonl"
        write_atomic(path, (json.dumps(line) + "\n").encode())
        try:
            return _caught(lambda: Computer(root / "reader", "Reader").syncer.sync(folder))
        finally:
            path.unlink()

    phrases += [bad_line(v=2), bad_line(op=None), bad_line(extra=1), bad_line(at="yesterday"),
                bad_line(ev="xyz"), bad_line(id=""), bad_line(op="put", data=[1]),
                bad_line(op="move", data=None), bad_line(kind="diary")]
    write_atomic(folder / DEVICES / ("f" * 32) / JOURNAL_DIR / "000001.jsonl", b"{\n")
    phrases.append(_caught(lambda: Computer(root / "r2", "Reader").syncer.sync(folder)))
    (folder / DEVICES / ("f" * 32) / JOURNAL_DIR / "000001.jsonl").unlink()
    version = folder / DEVICES / ("e" * 32) / ROUTINES_DIR / "morning.json"
    write_atomic(version, b'{"format": "pilates-desktop/routine"}')
    phrases.append(_caught(lambda: Computer(root / "r3", "Reader").syncer.sync(folder)))
    version.unlink()
    phrases.append(_caught(lambda: read_new(folder / "gone.jsonl", "gone.jsonl", None)))
    blocker = root / "a-file"
    blocker.write_text("")
    phrases.append(_caught(lambda: write_atomic(blocker / "x.json", b"{}")))
    phrases.append(_caught(lambda: a.syncer.sync(root / "missing")))
    phrases.append(_caught(lambda: a.syncer.sync(a.data)))
    phrases.append(_caught(lambda: Computer(root / "r4", "New").syncer.sync()))
    # warnings: a half-synced journal, a damaged state
    whole = journal.read_bytes()
    journal.write_bytes(whole + b'{"v": 1')
    report = Computer(root / "r5", "Reader").syncer.sync(folder)
    journal.write_bytes(whole)
    (a.data / "sync" / "state.json").write_text("{")
    report.warnings += a.syncer.sync(folder).warnings
    phrases += [w.phrase for w in report.warnings]
    return phrases
