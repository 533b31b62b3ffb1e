"""Automatic backups, kept by age in tiers, and the file set aside when it is damaged.

Why tiers: seven daily copies rotated a damaged history out within a week, and a problem
noticed later had no good copy left. Now the first open of a day copies the database (with
``Connection.backup``, safe while it is in use) and keeps one copy a day for a week, one a
week for two months and one a month for a year. When a damaged file is set aside, the
newest backup is renamed ``...-kept.sqlite3``: rotation never touches it.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path

from pilates_desktop.core.errors import Phrase
from pilates_desktop.core.history.model import (
    BACKUP_DAMAGED,
    BACKUP_NEWER,
    CANNOT_OPEN_BACKUP,
    CANNOT_RESTORE,
    HistoryFileError,
    Notice,
    NoticeKind,
    aware,
    stamp,
)
from pilates_desktop.core.history.schema import (
    SCHEMA_VERSION,
    connect,
    create_private,
    integrity_problem,
    make_private,
    user_version,
)

_BACKUP_RE = re.compile(r"^history-(\d{4}-\d{2}-\d{2})(-kept)?\.sqlite3$")
DAILY_DAYS = 7  # one a day for a week
WEEKLY_DAYS = 61  # then one a week for two months
MONTHLY_DAYS = 366  # then one a month for a year
PRIVATE_DIR = 0o700


def _day(path: Path) -> date | None:
    match = _BACKUP_RE.match(path.name)
    if match is None:
        return None
    try:
        return date.fromisoformat(match.group(1))
    except ValueError:
        return None


def list_backups(backups_dir: Path) -> list[Path]:
    """Automatic backups (kept ones included), oldest first."""
    if not backups_dir.is_dir():
        return []
    found = [(d, p.name, p) for p in backups_dir.iterdir() if (d := _day(p)) is not None]
    return [p for _, _, p in sorted(found)]


def latest_backup(backups_dir: Path) -> Path | None:
    backups = list_backups(backups_dir)
    return backups[-1] if backups else None


def days_to_keep(days: Iterable[date], today: date) -> set[date]:
    """Which daily backups rotation keeps on ``today``: every day of the last week, the
    newest of each ISO week for two months, the newest of each month for a year."""
    keep: set[date] = set()
    weekly: dict[tuple[int, int], date] = {}
    monthly: dict[tuple[int, int], date] = {}
    for day in days:
        age = (today - day).days
        if age < DAILY_DAYS:
            keep.add(day)
        elif age < WEEKLY_DAYS:
            week = day.isocalendar()[:2]
            weekly[week] = max(weekly.get(week, day), day)
        elif age < MONTHLY_DAYS:
            month = (day.year, day.month)
            monthly[month] = max(monthly.get(month, day), day)
    return keep | set(weekly.values()) | set(monthly.values())


def rotate(backups_dir: Path, today: date) -> None:
    """Delete the daily backups that :func:`days_to_keep` does not keep; never a kept one."""
    rotating = {d: p for p in list_backups(backups_dir)
                if (d := _day(p)) is not None and not p.name.endswith("-kept.sqlite3")}
    keep = days_to_keep(rotating, today)
    for day, path in rotating.items():
        if day not in keep:
            with contextlib.suppress(OSError):
                path.unlink()


def ensure_private_dir(folder: Path) -> None:
    folder.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        os.chmod(folder, PRIVATE_DIR)


def daily_backup(conn: sqlite3.Connection, backups_dir: Path, moment: datetime) -> Notice | None:
    """On the first open of a day, copy the database; then rotate the tiers."""
    day = aware(moment).date()
    target = backups_dir / f"history-{day.isoformat()}.sqlite3"
    if target.exists():
        return None
    try:
        has_rows = conn.execute("SELECT 1 FROM sessions LIMIT 1").fetchone() is not None
    except sqlite3.Error:
        has_rows = False  # a brand-new file: nothing to keep yet
    if not has_rows:
        return None
    partial = target.with_name(target.name + ".part")
    try:
        ensure_private_dir(backups_dir)
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
        create_private(partial)
        dest = sqlite3.connect(str(partial))
        try:
            conn.backup(dest)
        finally:
            dest.close()
        make_private(partial)
        os.replace(partial, target)
        rotate(backups_dir, day)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        return Notice(
            NoticeKind.BACKUP_FAILED,
            f"The daily backup to {target} failed: {exc}",
            path=target,
            detail=str(exc),
        )
    return Notice(NoticeKind.BACKUP_MADE, f"Backed up the history to {target}.", path=target)


def keep_latest(backups_dir: Path) -> Path | None:
    """Take the newest backup out of rotation (it is the last good copy); returns it."""
    latest = latest_backup(backups_dir)
    if latest is None or latest.name.endswith("-kept.sqlite3"):
        return latest
    kept = latest.with_name(latest.name.replace(".sqlite3", "-kept.sqlite3"))
    try:
        os.replace(latest, kept)
    except OSError:
        return latest
    return kept


def move_aside(path: Path, label: str, moment: datetime) -> Path | None:
    """Rename the file (and its WAL and shared-memory files) to ``<path>.<label>-<stamp>``."""
    target = path.with_name(f"{path.name}.{label}-{stamp(moment)}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.{label}-{stamp(moment)}-{n}")
    try:
        os.replace(path, target)
    except OSError:
        return None
    for suffix in ("-wal", "-shm"):
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            with contextlib.suppress(OSError):
                os.replace(extra, target.with_name(target.name + suffix))
    return target


def copy_backup_into(backup: Path, conn: sqlite3.Connection) -> None:
    """Check a backup and copy it over ``conn``'s database; HistoryFileError if unusable."""
    try:
        source = connect(backup, read_only=True)
    except sqlite3.Error as exc:
        raise HistoryFileError(backup, Phrase(CANNOT_OPEN_BACKUP, error=str(exc))) from exc
    try:
        problem = integrity_problem(source)
        if problem is not None:
            raise HistoryFileError(backup, Phrase(BACKUP_DAMAGED, problem=problem))
        if user_version(source) > SCHEMA_VERSION:
            raise HistoryFileError(backup, Phrase(BACKUP_NEWER))
        source.backup(conn)
    except sqlite3.Error as exc:
        raise HistoryFileError(backup, Phrase(CANNOT_RESTORE, error=str(exc))) from exc
    finally:
        source.close()
