"""Each computer's ``device.json``: its id and the name a person gave it.

The name is only shown (on a session: "done on Laptop"; in a conflict copy's name); nothing
depends on it, so a file that cannot be read just leaves the computer named by its id.
"""

from __future__ import annotations

from pathlib import Path

from pilates_desktop.core.sync.files import (
    DEVICE_FILE,
    JsonProblem,
    device_dirs,
    dumps_line,
    read_json,
    write_atomic,
)
from pilates_desktop.core.sync.records import FORMAT_VERSION

DEVICE_FORMAT = "pilates-desktop/sync-device"
MAX_NAME = 80


def device_bytes(device: str, name: str) -> bytes:
    return dumps_line({"format": DEVICE_FORMAT, "version": FORMAT_VERSION, "id": device,
                       "name": name[:MAX_NAME]})


def read_name(path: Path) -> str | None:
    try:
        data = read_json(path)
    except (OSError, JsonProblem):
        return None
    if not isinstance(data, dict) or data.get("format") != DEVICE_FORMAT:
        return None
    name = data.get("name")
    return name.strip()[:MAX_NAME] if isinstance(name, str) and name.strip() else None


def names(folder: Path) -> dict[str, str]:
    """Every computer's name by device id (its id's first 8 characters when it has none)."""
    return {device: read_name(path / DEVICE_FILE) or device[:8]
            for device, path in device_dirs(folder)}


def ensure_own(own_dir: Path, device: str, name: str, where: str) -> bool:
    """Write this computer's ``device.json`` when it is missing or names it otherwise;
    True when it was written."""
    path = own_dir / DEVICE_FILE
    wanted = device_bytes(device, name)
    try:
        if path.read_bytes() == wanted:
            return False
    except OSError:
        pass
    write_atomic(path, wanted, where)
    return True
