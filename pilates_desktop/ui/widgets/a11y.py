"""Screen-reader announcements, so a user who cannot see the player hears its phase changes."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

# The last message is kept on the object, so tests (and a debugging session) can see what was
# said to whom.
_LAST = "pilatesLastAnnouncement"


def announce(obj: QObject, text: str, assertive: bool = False) -> None:
    """Ask assistive technology to speak ``text`` for ``obj`` (Qt 6.8+ announcement event).

    Polite by default: a phase change should not cut off what the screen reader is saying.
    Costs nothing when no screen reader is active.
    """
    obj.setProperty(_LAST, text)
    if not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(obj, text)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive
        if assertive
        else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(event)


def last_announcement(obj: QObject) -> str | None:
    text = obj.property(_LAST)
    return text if isinstance(text, str) else None
