"""Errors that reach a person: each one names the file, the place in it and what to do."""

from __future__ import annotations


class PilatesError(Exception):
    """An error with a message fit to show a user as it is (no traceback)."""


class FormatError(PilatesError):
    """A routine, history or library file that does not follow its format.

    The message reads ``morning.json: $.items[3].reps: must be between 1 and 200, got 0``.
    """

    def __init__(self, source: str, path: str, reason: str) -> None:
        self.source = source
        self.path = path
        self.reason = reason
        super().__init__(f"{source}: {path}: {reason}")


class NotFoundError(PilatesError):
    """A routine or exercise that the user named and that does not exist."""
