"""The routine on screen, seen by the care rules: its programme from a physiotherapist (with an
offer to add matching reminders) and the suggestions to step an exercise up or down, each one
click to accept as an edit of the routine that Undo takes back, or "not now".

They sit in the panel beside the playlist, between the routine's summary and Start: the widest
column, and what the user reads before starting (the playlist's column has no height to spare
on a 600-pixel screen).
"""

from __future__ import annotations

from datetime import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QLocale, QObject, QTimer
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from pilates_desktop.core.care.progression import Suggestion, changed_item
from pilates_desktop.core.routines import Routine
from pilates_desktop.core.text import fill
from pilates_desktop.services.prompter import NO, YES, Question
from pilates_desktop.ui.care.prescription_view import PrescriptionView
from pilates_desktop.ui.care.suggestions import SuggestionBar

if TYPE_CHECKING:
    from pilates_desktop.services.bundle import Services

REMINDER_AT = time(18, 0)  # a programme's reminders start at six in the evening; editable


class BuilderCare(QObject):
    def __init__(self, workspace: Any, panel: Any, services: Services) -> None:
        super().__init__(workspace)
        self._ws = workspace
        self._services = services
        self.box = QWidget(panel)
        self.box.setObjectName("routine-care")
        self.prescription = PrescriptionView(self.box)
        self.remind_button = QPushButton(self.box)
        self.remind_button.clicked.connect(self.offer_reminders)
        self.bar = SuggestionBar(services.library, self.box)
        lay = QVBoxLayout(self.box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(6)
        lay.addWidget(self.prescription)
        row = QHBoxLayout()
        row.addWidget(self.remind_button)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addWidget(self.bar)
        outer = panel.layout()
        outer.insertWidget(outer.indexOf(panel.start_button), self.box)
        self.bar.accepted.connect(self.accept)
        self.bar.declined.connect(lambda s: self._services.care.decide(s, accepted=False))
        self._refresh_soon = QTimer(self)
        self._refresh_soon.setSingleShot(True)
        self._refresh_soon.setInterval(0)
        self._refresh_soon.timeout.connect(self.refresh)
        model = workspace.playlist_model
        self._follows: tuple[tuple[Any, Any], ...] = ((model.modelReset, self._refresh_soon.start),
                         (model.routine_changed, self._routine_changed))
        for signal, slot in self._follows:
            signal.connect(slot)
        # The run's services go with it (App.close): from then on nothing here reads them.
        services.owner.destroyed.connect(self.stop)
        self.box.installEventFilter(self)
        self.retranslate_ui()
        self.refresh()

    def refresh(self) -> None:
        if not self._follows:
            return
        routine: Routine | None = self._ws.current_routine()
        care = self._services.care
        self.bar.set_suggestions(care.suggestions(routine) if routine is not None else [])
        p = routine.prescription if routine is not None else None
        self.prescription.set_prescription(p, care.adherence(routine) if routine else None)
        self.remind_button.setVisible(p is not None and not self._has_reminder(routine))
        self.box.setVisible(p is not None or self.bar.current() is not None)

    def _routine_changed(self, _routine: object) -> None:
        self._refresh_soon.start()

    def stop(self) -> None:
        """The run ended: stop following the routine (its history is closed)."""
        self._refresh_soon.stop()
        for signal, slot in self._follows:
            signal.disconnect(slot)
        self._follows = ()

    def session_ended(self) -> None:
        self._refresh_soon.start()

    def accept(self, suggestion: Suggestion) -> bool:
        """Apply the suggestion to the routine on screen as one undoable edit."""
        routine: Routine | None = self._ws.current_routine()
        if routine is None or routine.id != suggestion.routine_id or not (
                0 <= suggestion.index < len(routine.items)) or (
                routine.items[suggestion.index].exercise != suggestion.exercise):
            return False
        item = changed_item(routine.items[suggestion.index], suggestion.change,
                            self._services.library)
        done = bool(self._ws.playlist_model.request_change(suggestion.index, item))
        if done:
            self._services.care.decide(suggestion, accepted=True)
        return done

    # --- reminders for a programme ----------------------------------------------------------

    def _has_reminder(self, routine: Routine | None) -> bool:
        if routine is None:
            return True
        from pilates_desktop.core.schedule.files import load_book

        try:
            book = load_book(self._services.paths.reminders_file)
        except Exception:  # noqa: BLE001 - a bad file is the Week page's to report
            return True
        return any(r.routine == routine.id for r in book.reminders)

    def offer_reminders(self) -> bool:
        routine: Routine | None = self._ws.current_routine()
        if routine is None or routine.prescription is None:
            return False
        from pilates_desktop.core.schedule.files import update_book
        from pilates_desktop.core.schedule.reminders import suggest_days

        days = suggest_days(routine.prescription.days_per_week)
        names = ", ".join(QLocale().dayName(d + 1, QLocale.FormatType.LongFormat)
                          for d in sorted(days))
        question = Question("programme-reminders", self.tr("Reminders for the programme"),
                            fill(self.tr("Remind you to practise %1 on %2 at %3? You can change "
                                         "the days and the time in Preferences › Week."),
                                 routine.name, names, REMINDER_AT.strftime("%H:%M")), (YES, NO))
        if self._services.prompter.ask(self._ws.parent(), question) != "yes":
            return False
        created = self._services.clock.wall()
        update_book(self._services.paths.reminders_file,
                    lambda book: book.add(days, REMINDER_AT, routine.id, created)[0])
        self.refresh()
        return True

    def retranslate_ui(self) -> None:
        self.remind_button.setText(self.tr("Remind Me on These Days…"))
        self.remind_button.setToolTip(self.tr("Add reminders for the programme's days a week"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return False
