"""The status bar's message, written again in the new language after a switch.

A message shown with :meth:`StatusLine.show` comes with the call that shows it; if it is still
on screen when the language changes, that call runs again and writes it in the new language
(a history notice stays 30 s: the user may switch meanwhile).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QStatusBar


class StatusLine(QObject):
    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self._bar = bar
        self._shown: tuple[str, Callable[[], object]] | None = None
        bar.installEventFilter(self)

    def show(self, text: str, ms: int, again: Callable[[], object]) -> None:
        """Show ``text`` for ``ms`` milliseconds; ``again`` shows it anew in the language."""
        self._bar.showMessage(text, ms)
        self._shown = (text, again)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and self._shown is not None:
            text, again = self._shown
            self._shown = None
            if self._bar.currentMessage() == text:
                again()
        return False
