"""Every user path goes through this module, so a test or ``--data-dir`` can redirect all of them.

Nothing else in the app builds a per-OS path by hand: platformdirs decides, unless the user
asked for portable mode with ``--data-dir PATH``.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs

from pilates_desktop import APP_ID, ORG_NAME

_override: Path | None = None


def set_data_dir(path: Path | str | None) -> None:
    """Keep all data under ``path`` (portable mode); ``None`` returns to the platform default."""
    global _override
    _override = Path(path).expanduser().resolve() if path is not None else None


def data_dir() -> Path:
    if _override is not None:
        return _override
    return Path(platformdirs.user_data_dir(APP_ID, ORG_NAME, roaming=True))


def is_portable() -> bool:
    return _override is not None


def ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def routines_dir() -> Path:
    """User routines, one routine file each."""
    return data_dir() / "routines"


def history_db() -> Path:
    return data_dir() / "history.sqlite3"


def backups_dir() -> Path:
    return data_dir() / "backups"


def settings_file() -> Path:
    """The QSettings INI file. Kept in the data dir so portable mode carries settings along."""
    return data_dir() / "settings.ini"


def state_file() -> Path:
    """Small app state that is not a preference: pain marks, last routine."""
    return data_dir() / "state.json"


def lock_file() -> Path:
    return data_dir() / "instance.lock"


def server_name() -> str:
    """The QLocalServer name for the single-instance hand-over; unique per data dir."""
    import hashlib

    digest = hashlib.sha1(str(data_dir()).encode("utf-8")).hexdigest()[:12]
    return f"{APP_ID}-{digest}"
