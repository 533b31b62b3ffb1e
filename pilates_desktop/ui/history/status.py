"""What the main window's status bar says about the history: a write kept for a retry, a file
set aside, sessions closed as interrupted, a restore that ran or failed. Worded here (in the
main window's translation context, where these lines have always been), so the window only
shows the line, whether History is open or not."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pilates_desktop.core.history import Notice, NoticeKind
from pilates_desktop.core.text import fill


def notice_text(notice: Notice) -> str:
    """One line for a notice of the history, in the user's language."""
    where = str(notice.path) if notice.path else ""
    texts = {
        NoticeKind.WRITE_PENDING: QCoreApplication.translate(
            "MainWindow",
            "Could not save to %1 just now; your practice is kept and saved again soon."),
        NoticeKind.WRITES_SAVED: QCoreApplication.translate("MainWindow", "Your practice history is saved again."),
        NoticeKind.IN_MEMORY: QCoreApplication.translate(
            "MainWindow", "%1 cannot be written: this run's sessions are kept until you quit."),
        NoticeKind.CORRUPT_MOVED: QCoreApplication.translate(
            "MainWindow",
            "The history file could not be read; it was kept as %1 and a fresh one started."),
        NoticeKind.NEWER_MOVED: QCoreApplication.translate(
            "MainWindow",
            "The history came from a newer version; it was kept as %1 and a fresh one "
            "started."),
        NoticeKind.INTERRUPTED_CLOSED: QCoreApplication.translate(
            "MainWindow", "%n session(s) cut short last time were saved as interrupted.", "",
            notice.count),
        NoticeKind.BACKUP_FAILED: QCoreApplication.translate(
            "MainWindow", "The daily backup to %1 could not be made (%2).").replace(
                "%2", notice.detail),
    }
    text = texts.get(notice.kind)
    if not text:
        from pilates_desktop.services.history import HistoryService

        text = HistoryService.notice_text(notice)
    return fill(text, where)


def restore_text(outcome: object) -> str:
    """A restore's result: the number of sessions now, or the error that stopped it."""
    if isinstance(outcome, BaseException):
        from pilates_desktop.i18n import error_text

        return error_text(outcome)
    count = int(outcome)  # type: ignore[call-overload]
    return QCoreApplication.translate(
        "HistoryView", "Your history has %n session(s) again.", "", count)
