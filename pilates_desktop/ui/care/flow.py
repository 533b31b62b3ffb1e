"""What the care screens ask at start-up, in order: the red-flag screen when it is due, then
the next-morning check-in when it is due. Each goes through the Prompter (tests answer it)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from pilates_desktop.services.care.service import CareService
from pilates_desktop.services.prompter import Prompter
from pilates_desktop.ui.care.checkin_dialog import CheckInDialog
from pilates_desktop.ui.care.red_flags import RedFlagDialog


def ask_red_flags(parent: QWidget | None, care: CareService, prompter: Prompter) -> bool:
    """Show the red-flag screen (also from Settings); True when it was answered."""
    dialog = RedFlagDialog(care.today(), parent)
    prompter.run("red-flags", dialog)
    result = dialog.result_screen()
    if result is None:
        return False
    care.record_screen(result)
    return True


def ask_at_start(parent: QWidget | None, care: CareService, prompter: Prompter) -> None:
    if care.screen_due():
        ask_red_flags(parent, care, prompter)
    prompt = care.checkin_prompt()
    if prompt is None:
        return
    names = list(dict.fromkeys(s.routine_name for s in prompt.sessions))
    dialog = CheckInDialog(names, parent)
    feeling = dialog.feeling() if prompter.run("checkin", dialog) else None
    if feeling is not None:
        care.answer_checkin(prompt, feeling, dialog.pain())
    else:
        care.dismiss_checkin()
