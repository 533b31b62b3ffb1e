"""The command line and the start-up with hostile or unlucky surroundings, run as real
processes: a closed pipe, control characters in names, a data folder that is a file, a
permissive umask, an unreadable settings.ini, and `history --json` right after a kill -9."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from pilates_desktop.core.clock import FakeClock

REPO = Path(__file__).resolve().parent.parent
EXE = shutil.which("pilates-desktop", path=str(Path(sys.executable).parent))


def _env(**extra: str) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", **extra}


def _cli(*argv: str, umask: int | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pilates_desktop", *argv], capture_output=True,
                          text=True, timeout=120, env=_env(), cwd=REPO, check=False,
                          preexec_fn=(lambda: os.umask(umask)) if umask is not None else None)


@pytest.mark.parametrize("command", ["exercises --json", "routines", "history --json",
                                     "plan back-care-basics --json"])
def test_a_closed_pipe_ends_quietly(tmp_path: Path, command: str) -> None:
    assert EXE is not None
    proc = subprocess.run(f"{EXE} --data-dir {tmp_path} {command} | head -c 1 >/dev/null",
                          shell=True, capture_output=True, text=True, timeout=120,
                          env=_env(), check=False)
    assert proc.stderr == ""  # no "Broken pipe", no "Exception ignored"


def test_control_characters_in_names_never_reach_the_terminal(tmp_path: Path) -> None:
    (tmp_path / "routines").mkdir(parents=True)
    name = "Evil\x1b]0;pwned\x07 \x9b31m \u202eright"
    (tmp_path / "routines" / "evil.json").write_text(json.dumps(
        {"format": "pilates-desktop/routine", "version": 1, "name": name,
         "items": [{"exercise": "clams"}]}), encoding="utf-8")
    text = _cli("--data-dir", str(tmp_path), "routines")
    assert text.returncode == 0
    line = next(x for x in text.stdout.splitlines() if x.startswith("evil"))
    assert line.endswith("Evil\\u001b]0;pwned\\u0007 \\u009b31m \\u202eright")
    as_json = _cli("--data-dir", str(tmp_path), "routines", "--json")
    assert not any(c in as_json.stdout for c in "\x1b\x07\x9b\u202e")
    rows = {r["id"]: r for r in json.loads(as_json.stdout)}
    assert rows["evil"]["name"] == name  # still the same data once decoded


def test_a_data_folder_that_is_a_file_is_one_line_on_the_command_line(tmp_path: Path) -> None:
    target = tmp_path / "notes.txt"
    target.write_text("my notes\n")
    for argv in (["routines"], ["history", "--json"], ["exercises"]):
        proc = _cli("--data-dir", str(target), *argv)
        assert proc.returncode == 2
        assert proc.stderr == (f"pilates-desktop: {target} is a file, not a folder: move it "
                               "away or choose another folder with --data-dir\n")
    assert target.read_text() == "my notes\n"


@pytest.fixture
def xvfb() -> Iterator[str]:
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1024x600x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    try:
        number = b""
        with os.fdopen(read_fd, "rb", buffering=0) as pipe:
            while not number.endswith(b"\n"):
                chunk = pipe.read(1)
                assert chunk, "Xvfb did not start"
                number += chunk
        yield f":{number.decode().strip()}"
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.mark.xvfb
def test_a_data_folder_that_is_a_file_shows_a_message_box(xvfb: str, tmp_path: Path) -> None:
    target = tmp_path / "notes.txt"
    target.write_text("my notes\n")
    env = {"PATH": "/usr/bin:/bin", "DISPLAY": xvfb, "HOME": str(tmp_path),
           "QT_QPA_PLATFORM": "xcb"}
    assert EXE is not None
    app = subprocess.Popen([EXE, "--data-dir", str(target)], env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        found = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--pid",
                                str(app.pid)], env=env, capture_output=True, text=True,
                               timeout=60)
        assert found.returncode == 0 and found.stdout.split(), found.stderr
        window = found.stdout.split()[0]
        title = subprocess.run(["xdotool", "getwindowname", window], env=env,
                               capture_output=True, text=True, timeout=30).stdout.strip()
        assert title == "Pilates Desktop"
        subprocess.run(["xdotool", "windowfocus", "--sync", window], env=env, timeout=30,
                       check=True)
        subprocess.run(["xdotool", "key", "Return"], env=env, timeout=30, check=True)  # OK
        assert app.wait(timeout=60) == 2
        assert app.stderr is not None
        assert "is a file, not a folder" in app.stderr.read()
    finally:
        if app.poll() is None:
            app.kill()
            app.wait(timeout=10)
        if app.stderr is not None:
            app.stderr.close()


def test_everything_in_the_data_folder_is_private(tmp_path: Path) -> None:
    data = tmp_path / "data"
    routine = tmp_path / "mine.json"
    routine.write_text(json.dumps({"format": "pilates-desktop/routine", "version": 1,
                                   "name": "Mine", "items": [{"exercise": "clams"}]}))
    export = tmp_path / "export.json"
    export.write_text(json.dumps({"format": "pilates-desktop/history", "version": 1,
                                  "sessions": [{
                                      "id": "00000000-0000-4000-8000-000000000001",
                                      "routine": {"id": "mine", "name": "Mine"},
                                      "started_at": "2026-03-28T09:00:00+01:00",
                                      "ended_at": "2026-03-28T09:20:00+01:00",
                                      "active_s": 1200, "status": "finished",
                                      "pain_before": None, "pain_after": None, "note": "",
                                      "items": []}]}))
    for argv in (["import", str(routine)], ["history", "import", str(export)]):
        proc = _cli("--data-dir", str(data), *argv, umask=0o022)
        assert proc.returncode == 0, proc.stderr
    modes = {str(p.relative_to(data)): oct(p.stat().st_mode & 0o777)
             for p in [data, *data.rglob("*")]}
    assert "history.sqlite3" in modes and "routines/mine.json" in modes
    assert modes == {k: ("0o700" if (data / k).is_dir() else "0o600") for k in modes}


def test_an_unreadable_settings_file_is_moved_aside_and_the_user_told(
        qapp: object, tmp_path: Path) -> None:
    from pilates_desktop.services.settings import GET_READY_S, Settings

    path = tmp_path / "settings.ini"
    garbage = b"\xff\xfe\x00[General]\nget_ready_s=\x00\x01"
    path.write_bytes(garbage)
    command = Settings.from_file(path, _clock())  # a command moves nothing
    assert command.load_error is None and path.read_bytes() == garbage
    settings = Settings.from_file(path, _clock(), repair=True)
    assert settings.load_error is not None
    kept = [p for p in tmp_path.iterdir() if p.name.startswith("settings.ini.unreadable-")]
    assert len(kept) == 1 and kept[0].read_bytes() == garbage
    assert str(kept[0]) in settings.load_error
    settings.set_value(GET_READY_S, 7)  # the fresh file works, and the old one is untouched
    assert kept[0].read_bytes() == garbage
    assert Settings.from_file(path, _clock(), repair=True).value(GET_READY_S) == 7


def _clock() -> FakeClock:
    from datetime import datetime, timedelta, timezone

    return FakeClock.at(datetime(2026, 3, 28, 9, 0, tzinfo=timezone(timedelta(hours=1))))


CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from pilates_desktop.core.history import HistoryStore
    folder = Path(sys.argv[1])
    store = HistoryStore.open(folder / "history.sqlite3", backups_dir=folder / "backups").store
    sid = store.begin_session("gentle", "Gentle back care", 900, 4)
    for n in range(3):
        store.add_item(sid, "clams", "right", 60, 60, n + 1, "done")
    print(sid, flush=True)
    sys.stdin.read()  # wait here until killed
    """
)


def _fingerprint(folder: Path) -> dict[str, str]:
    # The -shm file is SQLite's index of the WAL in shared memory, rebuilt by any reader
    # after a crash; the database and its WAL hold the data, and must not change.
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and p.suffix != ".sqlite3-shm"
            and not p.name.endswith("-shm")}


def test_history_json_right_after_kill_9_lists_the_cut_short_session(tmp_path: Path) -> None:
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(tmp_path)], cwd=REPO,
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        sid = child.stdout.readline().strip()
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(timeout=30) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
        for stream in (child.stdin, child.stdout):
            if stream:
                stream.close()
    before = _fingerprint(tmp_path)
    proc = _cli("--data-dir", str(tmp_path), "history", "--json")
    assert proc.returncode == 0, proc.stderr
    [session] = json.loads(proc.stdout)["sessions"]
    assert session["id"] == sid and session["status"] == "interrupted"
    assert [i["reps_done"] for i in session["items"]] == [1, 2, 3]
    assert session["active_s"] == 180
    assert _fingerprint(tmp_path) == before  # read only: the file is as the kill left it
