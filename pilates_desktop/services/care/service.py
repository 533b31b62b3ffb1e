"""The physiotherapist's loop as one long-lived service: what the window, the tray and the
command line ask of it (is the red-flag screen due, is a check-in due, what to suggest for a
routine, the report), with the rules in core/care and the memory in two places: the history
(ratings, check-ins) and ``care.json`` (the screen's answer, decisions on suggestions).

It decides nothing the core does not; it only reads the clock, the stores and the settings,
and writes what the user answered.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import replace
from datetime import date, timedelta, tzinfo
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from pilates_desktop.core import jsonfile
from pilates_desktop.core.care import DEFAULT_WEEKS, progression, redflags
from pilates_desktop.core.care import checkin as checkin_rules
from pilates_desktop.core.care.checkin import CheckInPrompt
from pilates_desktop.core.care.prescription import Adherence, adherence
from pilates_desktop.core.care.progression import Decision, Suggestion
from pilates_desktop.core.care.redflags import ScreenResult
from pilates_desktop.core.care.report import Report, build_report, report_period
from pilates_desktop.core.care.state import CareState, decode_state, encode_state
from pilates_desktop.core.clock import Clock
from pilates_desktop.core.errors import FormatError
from pilates_desktop.core.history import CheckIn, Feeling, HistoryStore, SessionRecord
from pilates_desktop.core.library import Library
from pilates_desktop.core.routines import Routine
from pilates_desktop.core.stats import Goal
from pilates_desktop.core.text import fill
from pilates_desktop.services.files import write_text_atomically

FILE_NAME = "care.json"
# How far back the rules look: enough for 3 sessions in a row of a weekly routine and for a
# programme's adherence; the report reads its own period.
LOOK_BACK_DAYS = 365


def read_state(path: Path) -> CareState:
    """The saved state; a missing file is a fresh start. Raises FormatError or OSError."""
    try:
        return decode_state(jsonfile.read_file(path, jsonfile.STATE), path.name)
    except FileNotFoundError:
        return CareState()


class CareService(QObject):
    changed = Signal()

    def __init__(self, clock: Clock, store: HistoryStore, library: Library, path: Path,
                 tz: tzinfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._store = store
        self._library = library
        self._path = path
        self._tz = tz
        self.load_error: str | None = None
        self.asking_checkin = False  # the check-in is on screen (one at a time)
        try:
            self._state = read_state(path)
        except (OSError, FormatError) as exc:
            # Start afresh, and keep the unreadable file beside it for the user to look at.
            self._state = CareState()
            kept = path.with_name(f"{path.name}.unreadable-{clock.now():%Y%m%d-%H%M%S}")
            try:
                path.replace(kept)
            except OSError:
                kept = path
            self.load_error = fill(QCoreApplication.translate(
                     "CareService", "%1 could not be read (%2); the safety questions will be "
                     "asked again. The file is kept as %3."),
                                   path.name, str(exc), str(kept))

    @property
    def tz(self) -> tzinfo:
        return self._tz

    @property
    def state(self) -> CareState:
        return self._state

    def _save(self, state: CareState) -> None:
        self._state = state
        write_text_atomically(self._path, json.dumps(encode_state(state), indent=2) + "\n")
        with contextlib.suppress(OSError):  # health data: the user's alone, whatever the umask
            os.chmod(self._path, 0o600)
        self.changed.emit()

    def today(self) -> date:
        """The local calendar day (the check-in and the screen go by it)."""
        return self._clock.now().astimezone(self._tz).date()

    def _recent(self) -> list[SessionRecord]:
        since = self._clock.now() - timedelta(days=LOOK_BACK_DAYS)
        return list(self._store.sessions(since=since))

    # --- red flags ------------------------------------------------------------------------

    def screen_due(self) -> bool:
        return redflags.screen_due(self._state.screen, self.today())

    def record_screen(self, result: ScreenResult) -> None:
        self._save(replace(self._state, screen=result))

    # --- the morning check-in -------------------------------------------------------------

    def checkin_prompt(self) -> CheckInPrompt | None:
        since = self._clock.now() - timedelta(days=3)
        return checkin_rules.checkin_due(
            self._store.sessions(since=since), self._store.checkins(since=self.today()),
            self._clock.now(), self._tz, asked_on=self._state.checkin_asked_on)

    def answer_checkin(self, prompt: CheckInPrompt, feeling: Feeling,
                       pain: int | None) -> CheckIn:
        answer = checkin_rules.answer(prompt, self._clock.now(), feeling, pain)
        self._store.add_checkin(answer)
        self.dismiss_checkin()
        return answer

    def dismiss_checkin(self) -> None:
        """Offered today: not again today, answered or not."""
        self._save(replace(self._state, checkin_asked_on=self.today()))

    def reduction(self, routine_id: str) -> CheckIn | None:
        """The "worse" morning that lowers this routine's next session, if one stands."""
        return checkin_rules.reduction_due(routine_id, self._recent(), self._store.checkins(
            since=self.today() - timedelta(days=LOOK_BACK_DAYS)))

    def reduced(self, routine: Routine) -> Routine:
        return checkin_rules.reduced_dose(routine, self._library)

    # --- suggestions ----------------------------------------------------------------------

    def suggestions(self, routine: Routine) -> list[Suggestion]:
        checkins = self._store.checkins(since=self.today() - timedelta(days=LOOK_BACK_DAYS))
        return progression.suggestions(routine, self._library, self._recent(), checkins,
                                       self._state.decisions)

    def decide(self, suggestion: Suggestion, accepted: bool) -> Decision:
        decision = progression.decide(suggestion, self._clock.now(), accepted)
        self._save(self._state.with_decision(decision))
        return decision

    # --- the programme and the report -----------------------------------------------------

    def adherence(self, routine: Routine) -> Adherence | None:
        if routine.prescription is None:
            return None
        return adherence(routine.prescription, routine.id, self._recent(), self.today(),
                         self._tz)

    def report(self, goal: Goal, routines: list[Routine], weeks: int = DEFAULT_WEEKS,
               first_weekday: int = 0) -> Report:
        return make_report(self._store, self._state, goal, routines, self._clock, self._tz,
                           weeks, first_weekday)


def make_report(store: HistoryStore, state: CareState, goal: Goal, routines: list[Routine],
                clock: Clock, tz: tzinfo, weeks: int = DEFAULT_WEEKS,
                first_weekday: int = 0) -> Report:
    """The report of the last ``weeks`` weeks, from a store (the command line opens it
    read-only) and the care state; shared by the window and ``pilates-desktop report``."""
    now = clock.now()
    period = report_period(now.astimezone(tz).date(), weeks, first_weekday)
    # Read a day either side: the period is in local days, the store in instants.
    since = now - timedelta(days=7 * weeks + 8 + LOOK_BACK_DAYS)
    prescriptions = {r.id: r.prescription for r in routines if r.prescription is not None}
    return build_report(store.sessions(since=since), store.checkins(
        since=period.first - timedelta(days=1)), state.decisions, goal, period, tz, now,
        prescriptions)


__all__ = ["CareService", "Feeling", "make_report", "read_state"]
