"""The first-run welcome: acknowledged once, asks the health questions, skipped for one run
by --no-first-run, reopened from Help."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QDialog

from pilates_desktop.services.settings import (
    KNEE_PROBLEMS,
    NECK_PROBLEMS,
    WELCOME_ACKNOWLEDGED,
    Settings,
)
from pilates_desktop.ui.dialogs.welcome import WELCOME, WelcomeDialog, needs_welcome, run_first_run


def test_welcome_must_be_acknowledged(qtbot: Any, settings: Settings) -> None:
    dialog = WelcomeDialog(settings)
    qtbot.addWidget(dialog)
    texts = " ".join(p.text() for p in dialog.points)
    for advice in ("doctor", "slowly", "hurts"):
        assert advice in texts
    assert not dialog.start_button.isEnabled()
    dialog.accept()  # Enter without the tick does nothing
    assert not settings.value(WELCOME_ACKNOWLEDGED)
    dialog.acknowledge.click()
    assert dialog.start_button.isEnabled()
    dialog.start_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert settings.value(WELCOME_ACKNOWLEDGED)
    assert not needs_welcome(settings)


def test_health_questions_are_saved_at_once(qtbot: Any, settings: Settings) -> None:
    dialog = WelcomeDialog(settings)
    qtbot.addWidget(dialog)
    dialog.knee.click()
    assert settings.value(KNEE_PROBLEMS)
    assert settings.health_flags() == {"knee-problems"}
    dialog.neck.click()
    assert settings.value(NECK_PROBLEMS)
    settings.set_value(KNEE_PROBLEMS, False)  # changed in Preferences meanwhile
    assert not dialog.knee.isChecked()


def test_no_first_run_skips_for_this_run_only(settings: Settings, prompter: Any) -> None:
    shown: list[int] = []
    prompter.answers[WELCOME] = lambda dialog: shown.append(1) or True
    assert run_first_run(None, settings, prompter, no_first_run=True)
    assert not shown and not settings.value(WELCOME_ACKNOWLEDGED)
    assert needs_welcome(settings)  # the next normal start shows it


def test_first_run_shows_it_and_quitting_says_so(settings: Settings, prompter: Any) -> None:
    prompter.answers[WELCOME] = False
    assert not run_first_run(None, settings, prompter)

    def accept(dialog: WelcomeDialog) -> bool:
        dialog.acknowledge.setChecked(True)
        dialog.accept()
        return True

    prompter.answers[WELCOME] = accept
    assert run_first_run(None, settings, prompter)
    prompter.answers[WELCOME] = lambda dialog: pytest.fail("shown twice")
    assert run_first_run(None, settings, prompter)  # acknowledged once: never again at start


def test_reopened_from_help_needs_no_new_tick(qtbot: Any, settings: Settings) -> None:
    settings.set_value(WELCOME_ACKNOWLEDGED, True)
    dialog = WelcomeDialog(settings, first_run=False)
    qtbot.addWidget(dialog)
    assert dialog.acknowledge.isChecked() and dialog.start_button.isEnabled()
    assert dialog.close_button.text() == "&Close"
