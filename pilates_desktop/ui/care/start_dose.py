"""The session after a "worse" morning: offered a third lighter, with the reason said
(core.care.checkin). The user may still choose the usual dose, or not start."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QWidget

from pilates_desktop.core.routines import Routine
from pilates_desktop.core.text import fill
from pilates_desktop.services.prompter import CANCEL, Choice, Question, Role

if TYPE_CHECKING:
    from pilates_desktop.services.care.service import CareService
    from pilates_desktop.services.prompter import Prompter


def lighter_if_worse(parent: QWidget | None, care: CareService, prompter: Prompter,
                     routine: Routine) -> Routine | None:
    """``routine`` as it will be played: lighter when a worse morning stands; None: cancel."""
    worse = care.reduction(routine.id)
    if worse is None:
        return routine
    day = QLocale().toString(QDate(worse.day.year, worse.day.month, worse.day.day),
                             QLocale.FormatType.LongFormat)
    question = Question(
        "lighter-session", QCoreApplication.translate("LighterSession", "A lighter session today"),
        fill(QCoreApplication.translate(
                 "LighterSession",
                 "On %1 your back was worse than before the session the day before. So that it "
                 "can settle, this session of %2 is a third lighter, with one set fewer. The usual "
                 "dose comes back after it."),
             day, routine.name),
        (Choice("lighter", QCoreApplication.translate("LighterSession", "Lighter Session"),
                Role.ACCEPT),
         Choice("usual", QCoreApplication.translate("LighterSession", "Usual Dose"),
                Role.ACTION), CANCEL),
        default="lighter", escape="cancel")
    answer = prompter.ask(parent, question)
    if answer == "lighter":
        return care.reduced(routine)
    return routine if answer == "usual" else None
