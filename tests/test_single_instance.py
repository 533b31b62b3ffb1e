"""Only one process writes: a second launch hands its request to the first."""

from __future__ import annotations

import uuid
from pathlib import Path

from pilates_desktop.paths import Paths
from pilates_desktop.services.desktop.single_instance import SingleInstance


def make(tmp_path: Path, name: str) -> SingleInstance:
    return SingleInstance(lock_path=tmp_path / "instance.lock", server_name=name)


def test_second_instance_hands_over_to_the_first(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    name = f"pilates-test-{uuid.uuid4().hex[:8]}"
    first, second = make(tmp_path, name), make(tmp_path, name)
    try:
        assert first.acquire() is True
        assert second.acquire() is False
        with qtbot.waitSignal(first.message_received, timeout=5000) as blocker:
            assert second.send("start gentle-back-care") is True
        assert blocker.args == ["start gentle-back-care"]
        with qtbot.waitSignal(first.message_received, timeout=5000) as blocker:
            assert second.send() is True
        assert blocker.args == ["raise"]
    finally:
        first.release()
        second.release()


def test_lock_is_free_again_after_release(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    name = f"pilates-test-{uuid.uuid4().hex[:8]}"
    first = make(tmp_path, name)
    assert first.acquire()
    first.release()
    again = make(tmp_path, name)
    try:
        assert again.acquire() is True
        assert again.is_primary()
    finally:
        again.release()


def test_send_without_a_running_instance_fails_quietly(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    lonely = make(tmp_path, f"pilates-test-{uuid.uuid4().hex[:8]}")
    assert lonely.send("raise", timeout_ms=200) is False


def test_each_data_folder_has_its_own_guard(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    paths = Paths.choose(tmp_path / "one")
    paths.ensure_data_dir()
    guard = SingleInstance.for_paths(paths)
    other = SingleInstance.for_paths(Paths.choose(tmp_path / "two"))
    assert guard.server_name != other.server_name
    try:
        assert guard.acquire() is True
        assert paths.lock_file.exists()
    finally:
        guard.release()
