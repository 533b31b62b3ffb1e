"""The physiotherapist's programme shown with its routine, and how the user keeps to it: on the
routine beside the playlist (``PrescriptionView``) and week by week in History
(``ProgrammeTree``)."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QEvent, QLocale, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QWidget

from pilates_desktop.core.care.prescription import Adherence, Prescription
from pilates_desktop.core.text import fill
from pilates_desktop.i18n import medium_date

# A routine's name, its programme, and how it is kept to (None before the programme starts).
Programme = tuple[str, Prescription, Adherence | None]


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
        head = (fill(self.tr("Programme from %1:"), html.escape(p.prescribed_by))
                if p.prescribed_by else self.tr("Programme:"))
        plan = fill(self.tr("%1 days a week for %2 weeks"), str(p.days_per_week), str(p.weeks))
        parts = [f"<b>{head}</b> {plan}."]
        a = self._adherence
        if a is not None and a.weeks:
            week = a.weeks[-1]
            parts.append(fill(self.tr("Week %1 of %2: practised on %3 of %4 days."),
                              str(len(a.weeks)), str(p.weeks), str(week.days), str(week.target)))
        elif a is None:
            parts.append(self.tr("It starts with your first session."))
        self.setText(" ".join(parts))
        self.setToolTip(html.escape(p.notes) if p.notes else "")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class ProgrammeTree(QTreeWidget):
    """History › Programmes: each routine that carries a physiotherapist's programme, how many
    of the days due it was practised on, and week by week the days against the days prescribed.

    ``programmes()`` gives (routine name, prescription, adherence) for each such routine.
    ``retranslated`` tells the tab holding the tree to take its new ``title()``.
    """

    retranslated = Signal()

    def __init__(self, programmes: Callable[[], list[Programme]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("programme-tree")
        self._programmes = programmes
        self._rows: list[Programme] = []
        self.setColumnCount(4)
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        header = self.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # any language
        header.setStretchLastSection(True)
        self._rows = programmes()
        self.retranslate_ui()

    def refresh(self) -> None:
        self._rows = self._programmes()
        self._fill()

    def __len__(self) -> int:
        return len(self._rows)

    def _fill(self) -> None:
        self.clear()
        loc = QLocale()
        for name, p, a in self._rows:
            top = QTreeWidgetItem(self)
            top.setText(0, name)
            plan = fill(self.tr("%1 days a week for %2 weeks"), str(p.days_per_week), str(p.weeks))
            if p.prescribed_by:
                plan = fill(self.tr("%1, from %2"), plan, p.prescribed_by)
            top.setText(1, plan)
            tip = [html.escape(plan)] + ([html.escape(p.notes)] if p.notes else [])
            top.setToolTip(0, "<br/>".join(tip))
            if a is None:
                top.setText(3, self.tr("starts with your first session"))
                continue
            kept = sum(min(w.days, w.target) for w in a.weeks if w.complete)
            top.setText(2, fill(self.tr("%1 of %2 days"), str(kept), str(a.days_due)))
            share = a.share
            top.setText(3, "–" if share is None else fill(self.tr("%1%"),
                                                          loc.toString(round(share * 100))))
            for n, w in enumerate(a.weeks, start=1):
                row = QTreeWidgetItem(top)
                row.setText(0, fill(self.tr("Week %1 of %2"), str(n), str(a.prescribed_weeks)))
                row.setText(1, fill(self.tr("from %1"), medium_date(w.start, loc)))
                row.setText(2, fill(self.tr("%1 of %2 days"), str(w.days), str(w.target)))
                row.setText(3, self.tr("met") if w.met else self.tr("not met")
                            if w.complete else self.tr("this week"))
            top.setExpanded(True)

    def title(self) -> str:
        return self.tr("&Programmes")

    def retranslate_ui(self) -> None:
        self.setHeaderLabels([self.tr("Routine and week"), self.tr("Programme"),
                              self.tr("Practised"), self.tr("Kept to")])
        self.setToolTip(self.tr("Days you practised each routine from your physiotherapist, "
                                "against the days a week the programme asks for"))
        self._fill()
        self.retranslated.emit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
