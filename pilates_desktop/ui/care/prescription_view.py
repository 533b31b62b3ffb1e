"""The physiotherapist's programme shown with its routine, and how the user keeps to it."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget

from pilates_desktop.core.care.prescription import Adherence, Prescription


class PrescriptionView(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("prescription-view")
        self.setWordWrap(True)
        self._prescription: Prescription | None = None
        self._adherence: Adherence | None = None
        self.set_prescription(None, None)

    def set_prescription(self, prescription: Prescription | None,
                         adherence: Adherence | None) -> None:
        self._prescription = prescription
        self._adherence = adherence
        self.setVisible(prescription is not None)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        p = self._prescription
        if p is None:
            self.clear()
            return
        head = (self.tr("Programme from %1:").replace("%1", html.escape(p.prescribed_by))
                if p.prescribed_by else self.tr("Programme:"))
        plan = self.tr("%1 days a week for %2 weeks").replace(
            "%1", str(p.days_per_week)).replace("%2", str(p.weeks))
        parts = [f"<b>{head}</b> {plan}."]
        a = self._adherence
        if a is not None and a.weeks:
            week = a.weeks[-1]
            parts.append(self.tr("Week %1 of %2: practised on %3 of %4 days.").replace(
                "%1", str(len(a.weeks))).replace("%2", str(p.weeks)).replace(
                "%3", str(week.days)).replace("%4", str(week.target)))
        elif a is None:
            parts.append(self.tr("It starts with your first session."))
        self.setText(" ".join(parts))
        self.setToolTip(html.escape(p.notes) if p.notes else "")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
