"""``pilates-desktop report``: the PDF from the user's own history, only the period counted,
and one line with exit status 2 for a bad path or number of weeks."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import timedelta
from pathlib import Path
from typing import Any

import i18n_tools
import pytest

from pilates_desktop.cli.main import main
from pilates_desktop.core.clock import SystemClock
from pilates_desktop.core.history import HistoryStore, ItemStatus, SessionStatus
from pilates_desktop.paths import Paths


def run(*argv: str) -> tuple[int, str, str]:
    import data_folder as paths

    out, err = io.StringIO(), io.StringIO()
    code = main(["--data-dir", str(paths.data_dir()), *argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def _text(pdf: Path) -> str:
    exe = shutil.which("pdftotext")
    assert exe
    return " ".join(subprocess.run([exe, "-layout", str(pdf), "-"], capture_output=True,
                                   text=True, check=True).stdout.split())


def _practise(data_dir: Path, days_ago: int, exercise: str, pain: int, before: int) -> None:
    """A session ``days_ago`` days before now (the command reads the real clock)."""
    when = SystemClock().now() - timedelta(days=days_ago)
    paths = Paths.choose(data_dir)
    paths.ensure_data_dir()
    store = HistoryStore.open(paths.history_db, backups_dir=paths.backups_dir,
                              now=lambda: when).store
    sid = store.begin_session("back-care-basics", "Back-Care Basics", 600, before)
    store.add_item(sid, exercise, "none", 300, 300, 8, ItemStatus.DONE, pain=pain)
    store.finish_session(sid, SessionStatus.FINISHED, 300, pain_after=max(0, before - 1))
    store.close()


def test_report_writes_the_period_only(qapp: Any, data_dir: Path, tmp_path: Path) -> None:
    _practise(data_dir, 2, "knee-lifts", 2, 5)
    _practise(data_dir, 60, "the-hundred", 9, 9)  # before the 6 weeks: not counted
    target = tmp_path / "report.pdf"
    code, out, err = run("report", "-o", str(target))
    assert (code, err) == (0, "")
    assert out.startswith(f"{target}: ") and "1 session from" in out and out.count("\n") == 1
    text = _text(target)
    assert "Sessions in the period: 1" in text
    assert "Knee Lifts" in text and "The Hundred" not in text
    code, out, _ = run("report", "-o", str(target), "--weeks", "12")
    assert code == 0 and "2 sessions" in out
    assert "The Hundred" in _text(target)


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["--weeks", "0"], "--weeks must be a whole number from 1 to 104, got '0'"),
        (["--weeks", "105"], "got '105'"),
        (["--weeks", "six"], "got 'six'"),
    ],
)
def test_bad_weeks_is_one_line_and_exit_2(
    qapp: Any, tmp_path: Path, argv: list[str], words: str
) -> None:
    target = tmp_path / "r.pdf"
    code, out, err = run("report", "-o", str(target), *argv)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and words in err
    assert not target.exists()


def test_a_bad_output_path_is_one_line_and_exit_2(qapp: Any, tmp_path: Path) -> None:
    missing = tmp_path / "no-such-folder" / "r.pdf"
    code, _, err = run("report", "-o", str(missing))
    assert code == 2 and err.count("\n") == 1
    assert "does not exist" in err and str(missing) in err
    assert not missing.parent.exists()
    code, _, err = run("report", "-o", str(tmp_path))
    assert code == 2 and err.count("\n") == 1 and "is a folder" in err


def test_an_unwritable_folder_is_one_line_and_exit_2(qapp: Any, tmp_path: Path) -> None:
    import os

    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if os.access(locked, os.W_OK):
            # root ignores the mode: a path under a file stands in for an unwritable place
            blocker = tmp_path / "file"
            blocker.write_text("x")
            target = blocker / "r.pdf"
        else:
            target = locked / "r.pdf"
        code, _, err = run("report", "-o", str(target))
        assert code == 2 and err.count("\n") == 1 and str(target.parent) in err
        assert not target.exists()
    finally:
        locked.chmod(0o700)


def test_the_report_speaks_the_apps_language_and_counts_its_weeks(
    qapp: Any, data_dir: Path, tmp_path: Path
) -> None:
    """The command reads the app's settings: German words, and weeks from the day History
    starts them on (Preferences › Practice), not the locale's."""
    from datetime import date

    from pilates_desktop import i18n
    from pilates_desktop.services.settings import LANGUAGE, WEEK_START, Settings

    _practise(data_dir, 1, "knee-lifts", 2, 5)
    i18n_tools.ensure_built()
    target = tmp_path / "bericht.pdf"
    try:
        for day, weekday in (("sunday", 6), ("monday", 0), ("saturday", 5)):
            settings = Settings.from_file(Paths.choose(data_dir).settings_file, SystemClock())
            settings.set_value(LANGUAGE, "de")
            settings.set_value(WEEK_START, day)
            settings.sync()
            code, out, err = run("report", "-o", str(target), "--weeks", "2")
            assert (code, err) == (0, "")
            first = date.fromisoformat(out.split(" from ")[1].split()[0])
            assert first.weekday() == weekday, (day, out)
            text = _text(target)
            assert "Bericht für die Physiotherapie" in text and "Knieheben" in text
            assert "Report for my physiotherapist" not in text
    finally:
        i18n.install_translators(qapp, "en")
