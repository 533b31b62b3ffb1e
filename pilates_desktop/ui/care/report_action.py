"""History › "Report for my physiotherapist…": choose where, then write the PDF
(services/report.py) of the last weeks, as many as the History view shows (six by default)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from pilates_desktop.core.care import DEFAULT_WEEKS, MAX_WEEKS

if TYPE_CHECKING:
    from pilates_desktop.core.library import Library
    from pilates_desktop.core.routines import Routine
    from pilates_desktop.core.stats import Goal
    from pilates_desktop.services.care.service import CareService
from pilates_desktop.core.text import fill
from pilates_desktop.services.prompter import Notice, Prompter


class ReportAction(QAction):
    def __init__(self, care: Callable[[], CareService], library: Library, prompter: Prompter,
                 goal: Callable[[], Goal], routines: Callable[[], list[Routine]],
                 weeks: Callable[[], int | None], first_weekday: Callable[[], int],
                 parent: QObject) -> None:
        super().__init__(parent)
        self._care = care
        self._library = library
        self._prompter = prompter
        self._goal = goal
        self._routines = routines
        self._weeks = weeks
        self._first_weekday = first_weekday
        self.triggered.connect(self.make)
        parent.installEventFilter(self)
        self.retranslate_ui()

    def weeks(self) -> int:
        shown = self._weeks()
        return DEFAULT_WEEKS if shown is None else max(1, min(MAX_WEEKS, shown))

    def make(self) -> Path | None:
        owner = self.parent()
        parent = owner if isinstance(owner, QWidget) else None
        from pilates_desktop.services.care.report import ReportError, ReportWriter

        care = self._care()
        suggestion = Path.home() / f"pilates-report-{care.today().isoformat()}.pdf"
        path = self._prompter.save_file(parent, "physio-report", self.tr(
            "Report for my physiotherapist"), str(suggestion), self.tr("PDF files (*.pdf)"))
        if path is None:
            return None
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        # Weeks start where History starts them (Preferences › Practice), 0 = Monday.
        report = care.report(self._goal(), self._routines(), self.weeks(),
                             self._first_weekday())
        try:
            pages = ReportWriter(self._library).write(report, path)
        except ReportError as exc:
            self._prompter.tell(parent, "physio-report-failed", self.tr(
                "The report was not saved"), str(exc))
            return None
        self._prompter.tell(parent, "physio-report-saved", self.tr("Report saved"), fill(
            self.tr("%1: %2 weeks, %3 page(s). Take it or send it to your physiotherapist."),
            str(path), str(report.period.weeks), str(pages)), Notice.INFORMATION)
        return path

    def retranslate_ui(self) -> None:
        self.setText(self.tr("Report for My Physiotherapist…"))
        self.setToolTip(self.tr("A PDF of the last weeks: sessions, pain, the exercises and "
                                "how they went, to print or send"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return False
