"""Key sequences for standard actions, each listed once."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence


def standard_keys(key: QKeySequence.StandardKey, *also: str) -> list[QKeySequence]:
    """The platform's key sequences for a standard action, then ``also``, each one once.

    An action given the same sequence twice registers two shortcuts that Qt finds ambiguous,
    and then neither works: this is how Redo's Ctrl+Shift+Z once did nothing.
    """
    out: list[QKeySequence] = []
    for seq in [*QKeySequence.keyBindings(key), *(QKeySequence(k) for k in also)]:
        if not seq.isEmpty() and seq not in out:
            out.append(seq)
    return out


def undo_keys() -> list[QKeySequence]:
    return standard_keys(QKeySequence.StandardKey.Undo, "Ctrl+Z")


def redo_keys() -> list[QKeySequence]:
    """Ctrl+Shift+Z and Ctrl+Y redo on every platform (the platform's own keys first)."""
    return standard_keys(QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z", "Ctrl+Y")
