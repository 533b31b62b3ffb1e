"""Light, dark or the platform's own look (stub; the full version follows)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def apply_theme(app: QApplication, name: str) -> None:
    """Apply "system", "light" or "dark" to the whole application."""
    return None
