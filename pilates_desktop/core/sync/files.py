"""The sync folder's layout, and the two ways anything touches a file in it.

Each computer writes only below its own folder, so two computers never write the same file
and a file sync never has to choose between two versions of one file::

    FOLDER/devices/<device id>/device.json             the computer's name (user-changeable)
    FOLDER/devices/<device id>/journal/000001.jsonl    history events, append-only JSON lines
    FOLDER/devices/<device id>/routines/<id>.json      the latest version of each routine

A file is written whole into a temporary file beside it, flushed to disk, then renamed over
the old one: a file sync or a crash sees the old file or the new one, never half of one.
Names a sync service gives its conflict copies (``x.sync-conflict-20240501-101010-ABC.jsonl``,
``x (conflicted copy 2024-05-01).jsonl``) keep the extension, so they are read like any other
file of their folder and their records are kept.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pilates_desktop.core import jsonfile
from pilates_desktop.core.errors import FormatError, Phrase
from pilates_desktop.core.sync.errors import CANNOT_READ, CANNOT_WRITE, SyncError

DEVICES = "devices"
DEVICE_FILE = "device.json"
JOURNAL_DIR = "journal"
ROUTINES_DIR = "routines"
JOURNAL_EXT = ".jsonl"
ROUTINE_EXT = ".json"
FOLDER_MODE = 0o700
FILE_MODE = 0o600


def new_id() -> str:
    """A random id (128 bits, hexadecimal): for a device, or one journal record."""
    return secrets.token_hex(16)


def device_dir(folder: Path, device: str) -> Path:
    return folder / DEVICES / device


def device_dirs(folder: Path) -> Iterator[tuple[str, Path]]:
    """Every computer's folder, by device id (hidden and stray files are left alone)."""
    try:
        entries = sorted(os.scandir(folder / DEVICES), key=lambda e: e.name)
    except FileNotFoundError:
        return
    for entry in entries:
        if not entry.name.startswith(".") and entry.is_dir(follow_symlinks=False):
            yield entry.name, Path(entry.path)


def files_in(folder: Path, ext: str) -> list[os.DirEntry[str]]:
    """The files ending in ``ext`` in ``folder`` (sync services' temporary files start with a
    dot or end otherwise, and are skipped)."""
    try:
        entries = list(os.scandir(folder))
    except (FileNotFoundError, NotADirectoryError):
        return []
    return sorted(
        (e for e in entries
         if e.name.endswith(ext) and not e.name.startswith(".") and e.is_file(follow_symlinks=False)),
        key=lambda e: e.name)


def rel(folder: Path, path: Path) -> str:
    """A path as a person finds it in the sync folder."""
    try:
        return path.relative_to(folder).as_posix()
    except ValueError:
        return str(path)


def make_private_dir(path: Path) -> None:
    """Make ``path`` and any missing parent as 0700 (folders that exist are left alone)."""
    missing = []
    while not path.exists():
        missing.append(path)
        path = path.parent
    for folder in reversed(missing):
        folder.mkdir(mode=FOLDER_MODE, exist_ok=True)
        os.chmod(folder, FOLDER_MODE)  # whatever the umask


def write_atomic(path: Path, data: bytes, where: str | None = None) -> None:
    """Write ``data`` as ``path`` (mode 0600): a temporary file, fsync, rename, fsync the
    folder. Raises SyncError naming the file when the disk refuses; the old file stays."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        make_private_dir(path.parent)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
        _fsync_dir(path.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise SyncError(where or str(path),
                        Phrase(CANNOT_WRITE, error=exc.strerror or str(exc))) from exc


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def read_bytes(path: Path, where: str, start: int = 0) -> bytes:
    try:
        # Non-blocking, so a named pipe put where a file was expected cannot hang a sync.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
        with os.fdopen(fd, "rb") as handle:
            if start:
                handle.seek(start)
            return handle.read()
    except OSError as exc:
        raise SyncError(where, Phrase(CANNOT_READ, error=exc.strerror or str(exc))) from exc


# What one sync file may hold (the shared strict reader, core/jsonfile.py, applies them): a
# journal line is one record (a session with its exercises is about 1.5 KB), the index
# holds a line per session ever recorded.
LINE = jsonfile.Limits(max_bytes=jsonfile.MIB, max_depth=8)
SMALL = jsonfile.Limits(max_bytes=jsonfile.MIB, max_depth=8)
INDEX = jsonfile.Limits(max_bytes=256 * jsonfile.MIB, max_depth=8)


class JsonProblem(ValueError):
    """Why a text is not the strict JSON the sync files are made of."""

    def __init__(self, phrase: Phrase) -> None:
        super().__init__(str(phrase))
        self.phrase = phrase


def loads_strict(raw: bytes, limits: jsonfile.Limits = LINE) -> Any:
    """Parse one JSON text with the app's one strict reader (UTF-8, no duplicate keys, no
    NaN, depth and size capped); raises JsonProblem with its translatable reason."""
    try:
        return jsonfile.loads(raw, "sync", limits)
    except FormatError as exc:
        raise JsonProblem(exc.phrase) from None


def read_json(path: Path, limits: jsonfile.Limits = SMALL) -> Any:
    """Read a whole small sync file (regular files only, size capped) and parse it;
    raises JsonProblem, or OSError when it cannot be read at all."""
    try:
        return jsonfile.read_file(path, limits, path.name)
    except FormatError as exc:
        raise JsonProblem(exc.phrase) from None


def dumps_line(data: Any) -> bytes:
    """One JSON line: compact, keys sorted (so equal content is equal bytes), UTF-8."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      allow_nan=False).encode("utf-8") + b"\n"
