"""Every user path comes from one ``Paths`` object, so a test or ``--data-dir`` redirects all.

``app.build_app`` makes the one ``Paths`` of a run (platformdirs decides, unless the user asked
for portable mode with ``--data-dir PATH``) and hands it to whatever writes a file; nothing
else builds a per-OS path by hand. Tests make their own, in a temporary folder.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

from pilates_desktop import APP_ID, ORG_NAME


@dataclass(frozen=True)
class Paths:
    data_dir: Path
    portable: bool = False

    @classmethod
    def choose(cls, data_dir: Path | str | None = None) -> Paths:
        """Portable mode in ``data_dir`` when given, else the platform's data folder."""
        if data_dir is not None:
            return cls(Path(data_dir).expanduser().resolve(), portable=True)
        import platformdirs  # only where a default is needed: portable runs never load it

        return cls(Path(platformdirs.user_data_dir(APP_ID, ORG_NAME, roaming=True)))

    @property
    def routines_dir(self) -> Path:
        """User routines, one routine file each."""
        return self.data_dir / "routines"

    @property
    def history_db(self) -> Path:
        return self.data_dir / "history.sqlite3"

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def settings_file(self) -> Path:
        """The QSettings INI file. Kept in the data dir so portable mode carries settings along."""
        return self.data_dir / "settings.ini"

    @property
    def state_file(self) -> Path:
        """Small app state that is not a preference: pain marks."""
        return self.data_dir / "state.json"

    @property
    def reminders_file(self) -> Path:
        """The practice reminders (core/schedule/files.py): the CLI and the app both write it."""
        return self.data_dir / "reminders.json"

    @property
    def schedule_state_file(self) -> Path:
        """What the running schedule has shown, snoozed or paused."""
        return self.data_dir / "schedule-state.json"

    @property
    def lock_file(self) -> Path:
        return self.data_dir / "instance.lock"

    @property
    def logs_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def server_name(self) -> str:
        """The QLocalServer name for the single-instance hand-over; unique per data dir."""
        import hashlib  # only for the hand-over, after the first paint

        digest = hashlib.sha1(str(self.data_dir).encode("utf-8")).hexdigest()[:12]
        return f"{APP_ID}-{digest}"

    def problem(self) -> str | None:
        """Why the data folder cannot be used, in one line (English, for the command line),
        or None: a file where the folder should be gave no window and no message."""
        if self.data_dir.exists() and not self.data_dir.is_dir():
            return (f"{self.data_dir} is a file, not a folder: move it away or choose another "
                    "folder with --data-dir")
        return None

    def ensure_data_dir(self) -> Path:
        """Create the data folder, private to the user (health data: 0700)."""
        return ensure(self.data_dir)


def ensure(path: Path) -> Path:
    """Create ``path`` (and its parents) private to the user."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        with contextlib.suppress(OSError):  # a folder the user chose and does not own
            os.chmod(path, 0o700)
    return path
