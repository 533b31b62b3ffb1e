"""The session history: a SQLite store that loses nothing a person has practised.

One package, one job a module (each explained in its own docstring):

* ``model``: sessions, items, notices, errors, the stored time format;
* ``schema``: migrations, ``application_id``, connections, what an SQLite error means;
* ``opening``: what an existing file is, before anything is written to it;
* ``store``: ``HistoryStore``, writes kept and retried, import and restore;
* ``writes``: the writes a session makes; ``queries``: the reads;
* ``exchange``: the JSON export (strictly read) and the CSV; ``backup``: tiered backups.

Every name the app used from the former ``core/history.py`` is importable from here.
"""

from pilates_desktop.core.history.backup import latest_backup, list_backups
from pilates_desktop.core.history.exchange import (
    CSV_COLUMNS,
    decode_export,
    decode_history,
    encode_checkin,
    encode_session,
    load_export,
    sessions_csv,
)
from pilates_desktop.core.history.model import (
    EXPORT_FORMAT,
    EXPORT_VERSION,
    MAX_PAIN,
    UNSET,
    CheckIn,
    Feeling,
    HistoryFileError,
    HistoryWriteError,
    ItemRecord,
    ItemStatus,
    Notice,
    NoticeKind,
    OpenResult,
    SessionRecord,
    SessionStatus,
    default_now,
)
from pilates_desktop.core.history.schema import (
    APPLICATION_ID,
    MIGRATIONS,
    SCHEMA_VERSION,
    Fault,
    classify,
    migrate,
)
from pilates_desktop.core.history.store import HistoryStore

__all__ = [
    "APPLICATION_ID",
    "CSV_COLUMNS",
    "EXPORT_FORMAT",
    "EXPORT_VERSION",
    "MAX_PAIN",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "UNSET",
    "CheckIn",
    "Fault",
    "Feeling",
    "HistoryFileError",
    "HistoryStore",
    "HistoryWriteError",
    "ItemRecord",
    "ItemStatus",
    "Notice",
    "NoticeKind",
    "OpenResult",
    "SessionRecord",
    "SessionStatus",
    "classify",
    "decode_export",
    "decode_history",
    "encode_checkin",
    "default_now",
    "encode_session",
    "latest_backup",
    "list_backups",
    "load_export",
    "migrate",
    "sessions_csv",
]
