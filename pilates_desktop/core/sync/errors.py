"""What a sync can say to a person: errors that stop it, and warnings it carries on after.

Both name the file (relative to the sync folder) and keep the reason as a translatable
:class:`Phrase`, so the command line prints English and the window the user's language.
"""

from __future__ import annotations

from dataclasses import dataclass

from pilates_desktop.core.errors import QT_TRANSLATE_NOOP, Phrase, PhraseError

NEWER_FORMAT = QT_TRANSLATE_NOOP(
    "FormatError",
    "written by a newer Pilates Desktop (sync format {version}; this one reads up to "
    "{supported}); update Pilates Desktop on this computer, nothing was changed")
BAD_RECORD = QT_TRANSLATE_NOOP("FormatError", "line {line}: {problem}; nothing was changed")
MISSING = QT_TRANSLATE_NOOP("FormatError", "missing key {key}")
UNKNOWN = QT_TRANSLATE_NOOP("FormatError", "unknown key {key}")
BAD_VALUE = QT_TRANSLATE_NOOP("FormatError", "{key} must be {expected}, got {value}")
WRONG_FORMAT = QT_TRANSLATE_NOOP("FormatError", "not a Pilates Desktop sync file ({expected})")
UNKNOWN_KIND = QT_TRANSLATE_NOOP("FormatError", "unknown kind of record {kind}")
CANNOT_READ = QT_TRANSLATE_NOOP("FormatError", "cannot read: {error}")
CANNOT_WRITE = QT_TRANSLATE_NOOP("FormatError", "cannot write: {error}; nothing was lost")
NO_FOLDER = QT_TRANSLATE_NOOP("FormatError", "the sync folder does not exist or is not a folder")
OVERLAPS_DATA = QT_TRANSLATE_NOOP(
    "FormatError",
    "the sync folder and the app's data folder overlap; the history database must never be "
    "in a synced folder, choose another folder")
CUT_OFF = QT_TRANSLATE_NOOP(
    "FormatError",
    "ends in an incomplete record (still being synced?); read up to its last whole record")
STATE_BROKEN = QT_TRANSLATE_NOOP(
    "FormatError", "the sync state cannot be read ({problem}); it is rebuilt from the folder")

# The words that fill {expected} above.
A_UUID = QT_TRANSLATE_NOOP("FormatError", "a hexadecimal id")
A_TIME = QT_TRANSLATE_NOOP("FormatError", "a UTC time like 2024-05-01T09:30:00.000000Z")
AN_OBJECT = QT_TRANSLATE_NOOP("FormatError", "an object")
PUT_OR_DEL = QT_TRANSLATE_NOOP("FormatError", "\"put\" or \"del\"")
AN_ID = QT_TRANSLATE_NOOP("FormatError", "an id of 1 to 200 characters")


class SyncError(PhraseError):
    """A sync that cannot go on: nothing in the data dir or the folder was changed.

    ``where`` is the file (relative to the sync folder where that helps a person find it).
    """

    def __init__(self, where: str, reason: Phrase) -> None:
        super().__init__(where, reason)


@dataclass(frozen=True, slots=True)
class SyncWarning:
    """Something a sync worked around and a person should know about."""

    where: str
    phrase: Phrase

    def __str__(self) -> str:
        return f"{self.where}: {self.phrase}"
