"""Every question the app asks a person goes through one ``Prompter``.

The window, the builder and the history view never open a message box, an input box or a file
dialog themselves: they describe the question (a ``Question`` with a key, the words and the
choices) and the prompter answers it. The app's prompter shows Qt dialogs
(``ui.dialogs.prompter.QtPrompter``); tests give ``build_app`` one that answers from a script
and records what was asked, so no test ever blocks on a modal dialog, and every question can
be checked by its key.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QWidget


class Role(StrEnum):
    """What a choice does, so the dialog can place and mark its button as the platform does."""

    ACCEPT = "accept"
    REJECT = "reject"
    DESTRUCTIVE = "destructive"
    ACTION = "action"


@dataclass(frozen=True)
class Choice:
    key: str
    text: str  # "" for the platform's own Yes, No, Cancel or OK (key "yes", "no", ...)
    role: Role = Role.ACCEPT


YES = Choice("yes", "", Role.ACCEPT)
NO = Choice("no", "", Role.REJECT)
CANCEL = Choice("cancel", "", Role.REJECT)


@dataclass(frozen=True)
class Question:
    """A question with buttons. ``key`` names it for tests and logs; ``default`` is the
    button Enter presses, ``escape`` the one Esc (and closing the box) means."""

    key: str
    title: str
    text: str
    choices: tuple[Choice, ...] = (YES, NO)
    default: str = "yes"
    escape: str = "no"
    warning: bool = False  # a warning sign instead of a question mark


class Notice(StrEnum):
    INFORMATION = "information"
    WARNING = "warning"


class Prompter(Protocol):
    def ask(self, parent: QWidget | None, question: Question) -> str:
        """The key of the chosen choice (``question.escape`` when the box is closed)."""
        ...

    def ask_text(self, parent: QWidget | None, key: str, title: str, label: str,
                 text: str = "") -> str | None:
        """A line of text, or None when cancelled."""
        ...

    def open_file(self, parent: QWidget | None, key: str, title: str, folder: str,
                  filters: str) -> Path | None:
        ...

    def save_file(self, parent: QWidget | None, key: str, title: str, suggestion: str,
                  filters: str) -> Path | None:
        ...

    def choose_folder(self, parent: QWidget | None, key: str, title: str,
                      folder: str) -> Path | None:
        """A folder (the sync folder), or None when cancelled."""
        ...

    def tell(self, parent: QWidget | None, key: str, title: str, text: str,
             kind: Notice = Notice.WARNING) -> None:
        """Say something that needs an OK (a problem, or the result of an action)."""
        ...

    def run(self, key: str, dialog: QDialog) -> bool:
        """Show one of the app's own modal dialogs; True when it was accepted."""
        ...


class DefaultPrompter:
    """Answers every question with its default button, cancels text and file questions and
    accepts the app's own dialogs, showing nothing: for scripts that drive the app themselves
    (the screenshots in docs/, the benchmarks)."""

    def ask(self, parent: QWidget | None, question: Question) -> str:
        return question.default

    def ask_text(self, parent: QWidget | None, key: str, title: str, label: str,
                 text: str = "") -> str | None:
        return None

    def open_file(self, parent: QWidget | None, key: str, title: str, folder: str,
                  filters: str) -> Path | None:
        return None

    def save_file(self, parent: QWidget | None, key: str, title: str, suggestion: str,
                  filters: str) -> Path | None:
        return None

    def choose_folder(self, parent: QWidget | None, key: str, title: str,
                      folder: str) -> Path | None:
        return None

    def tell(self, parent: QWidget | None, key: str, title: str, text: str,
             kind: Notice = Notice.WARNING) -> None:
        return None

    def run(self, key: str, dialog: QDialog) -> bool:
        return True
