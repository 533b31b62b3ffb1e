"""The safety review shown before a routine starts (stub; the full dialog follows)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from pilates_desktop.core.routine import Routine


def review_routine(
    parent: QWidget | None, routine: Routine, library: Any, settings: Any, app_state: Any
) -> Routine | None:
    """Return the routine to play, or None if the user cancelled."""
    return routine
