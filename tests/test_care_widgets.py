"""The care screens: red flags, the morning check-in, pain during an exercise, what comes
instead of too much pain, suggestions and the prescribed programme."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import i18n_tools
import pytest
from care_factories import TZ, Diary, It, clock_at
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent

from pilates_desktop import i18n
from pilates_desktop.core.care.checkin import Feeling
from pilates_desktop.core.care.pain import TEN_WINDOW_S, during_exercise
from pilates_desktop.core.care.prescription import Prescription, adherence
from pilates_desktop.core.care.progression import Direction, suggestions
from pilates_desktop.core.care.redflags import QUESTIONS, RedFlag, Urgency
from pilates_desktop.core.clock import FakeClock
from pilates_desktop.core.library import Library
from pilates_desktop.core.routines import Item, Routine
from pilates_desktop.ui.care.checkin_dialog import CheckInDialog
from pilates_desktop.ui.care.exercise_pain import ExercisePainBar, InsteadChoice, TooMuchDialog
from pilates_desktop.ui.care.prescription_view import PrescriptionView
from pilates_desktop.ui.care.red_flags import RedFlagDialog
from pilates_desktop.ui.care.suggestions import SuggestionBar

# The offscreen platform plugin says this when a dialog is shown.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _key(key: Qt.Key, text: str = "") -> QKeyEvent:
    return QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, text)


@pytest.fixture
def german(qapp: Any) -> Iterator[None]:
    i18n_tools.ensure_built()
    i18n.install_translators(qapp, "de")
    yield
    i18n.install_translators(qapp, "en")


# --- red flags ----------------------------------------------------------------------------------


def test_red_flags_need_every_answer_then_advise(qtbot: Any) -> None:
    dialog = RedFlagDialog(date(2026, 3, 2))
    qtbot.addWidget(dialog)
    assert not dialog.done_button.isEnabled()
    for flag in list(dialog.no)[:-1]:
        dialog.no[flag].setChecked(True)
    assert not dialog.done_button.isEnabled()
    dialog.yes[RedFlag.TRAUMA].setChecked(True)
    assert dialog.urgency() is Urgency.URGENT
    dialog.done_button.click()
    assert dialog.stack.currentIndex() == 1
    assert "do not practise" in dialog.advice.text()
    assert dialog.cleared.isVisibleTo(dialog)
    dialog.cleared.setChecked(True)
    dialog.close_button.click()
    result = dialog.result_screen()
    assert result is not None and result.yes == {RedFlag.TRAUMA} and result.cleared
    assert result.taken_on == date(2026, 3, 2)


def test_y_and_n_answer_down_the_list_and_saddle_numbness_means_today(qtbot: Any) -> None:
    dialog = RedFlagDialog(date(2026, 3, 2))
    qtbot.addWidget(dialog)
    dialog.show()
    flags = [q.flag for q in QUESTIONS]
    dialog.yes[flags[0]].setFocus()
    for key in (Qt.Key.Key_N, Qt.Key.Key_Y, *([Qt.Key.Key_N] * 6)):
        qtbot.keyClick(dialog.focusWidget(), key)
    answers = dialog.answers()
    assert answers is not None
    assert [f for f, yes in answers.items() if yes] == [RedFlag.SADDLE_NUMBNESS]
    assert dialog.focusWidget() is dialog.done_button
    dialog.done_button.click()
    assert "today" in dialog.advice.text()
    dialog.close_button.click()
    result = dialog.result_screen()
    assert result is not None and result.urgency is Urgency.SAME_DAY and not result.cleared


def test_all_no_is_thanked_without_the_clearing_box(qtbot: Any) -> None:
    dialog = RedFlagDialog(date(2026, 3, 2))
    qtbot.addWidget(dialog)
    for b in dialog.no.values():
        b.setChecked(True)
    dialog.done_button.click()
    assert not dialog.cleared.isVisibleTo(dialog)
    assert "3 months" in dialog.advice.text()
    dialog.later_button.click()  # closing changes nothing once answered
    assert dialog.result_screen() is not None


def test_red_flags_read_in_german_and_fit_a_small_screen(qtbot: Any, german: None) -> None:
    dialog = RedFlagDialog(date(2026, 3, 2))
    qtbot.addWidget(dialog)
    assert "Sattel" in dialog.questions[RedFlag.SADDLE_NUMBNESS].text()
    assert dialog.no[RedFlag.FEVER].text() == "Nein"
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 1000 and hint.height() <= 560


# --- the morning check-in ---------------------------------------------------------------------


def test_checkin_needs_a_feeling_and_worse_says_what_it_changes(qtbot: Any) -> None:
    dialog = CheckInDialog(["Back-Care Basics"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.save_button.isEnabled()
    assert not dialog.worse_note.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_W)
    assert dialog.feeling() is Feeling.WORSE and dialog.save_button.isEnabled()
    assert dialog.worse_note.isVisible() and "Back-Care Basics" in dialog.worse_note.text()
    qtbot.keyClick(dialog, Qt.Key.Key_1)
    qtbot.keyClick(dialog, Qt.Key.Key_0)
    assert dialog.pain() == 10
    qtbot.keyClick(dialog, Qt.Key.Key_B)
    assert dialog.feeling() is Feeling.BETTER and not dialog.worse_note.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_3)
    assert dialog.pain() == 3


def test_checkin_in_german_fits(qtbot: Any, german: None) -> None:
    dialog = CheckInDialog(["Grundlagen Rückenpflege"])
    qtbot.addWidget(dialog)
    assert dialog.choices[Feeling.WORSE].text().replace("&", "") == "Schlechter"
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_S)  # the underlined letter of the German word
    assert dialog.feeling() is Feeling.WORSE
    qtbot.keyClick(dialog, Qt.Key.Key_G)
    assert dialog.feeling() is Feeling.SAME
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 1000 and hint.height() <= 560


# --- pain during an exercise ------------------------------------------------------------------


def test_digits_rate_and_one_then_zero_is_ten(qtbot: Any) -> None:
    clock = FakeClock()
    bar = ExercisePainBar(clock)
    qtbot.addWidget(bar)
    got: list[int] = []
    bar.rated.connect(got.append)
    assert bar.handle_key(_key(Qt.Key.Key_4, "4"))
    assert got == [4] and bar.buttons[4].isChecked()
    bar.handle_key(_key(Qt.Key.Key_1, "1"))
    assert got == [4]  # waits for a possible 0
    clock.advance(TEN_WINDOW_S / 2)
    bar.handle_key(_key(Qt.Key.Key_0, "0"))
    assert got == [4, 10] and bar.buttons[10].isChecked()
    bar.handle_key(_key(Qt.Key.Key_1, "1"))
    clock.advance(TEN_WINDOW_S + 0.1)
    bar.settle()
    assert got == [4, 10, 1]
    bar.handle_key(_key(Qt.Key.Key_1, "1"))
    assert bar.handle_key(_key(Qt.Key.Key_Return))
    assert got == [4, 10, 1, 1]
    assert not bar.handle_key(_key(Qt.Key.Key_Space, " "))  # the player's own key


def test_a_click_rates_and_skip_clears(qtbot: Any) -> None:
    bar = ExercisePainBar(FakeClock())
    qtbot.addWidget(bar)
    got: list[int] = []
    skips: list[bool] = []
    bar.rated.connect(got.append)
    bar.skipped.connect(lambda: skips.append(True))
    bar.buttons[6].click()
    assert got == [6]
    bar.skip_button.click()
    assert skips == [True] and not any(b.isChecked() for b in bar.buttons)


def test_too_much_pain_offers_the_easier_form_first(qtbot: Any, library: Library) -> None:
    knee = library["knee-lifts"]
    dialog = TooMuchDialog(knee, 7, during_exercise(7, knee), library)
    qtbot.addWidget(dialog)
    assert dialog.easier_button.isVisibleTo(dialog) and dialog.easier_button.isDefault()
    assert "Basic Starting Position" in dialog.easier_detail.text()
    assert "7" in dialog.title.text() and "Knee Lifts" in dialog.title.text()
    dialog.easier_button.click()
    assert dialog.choice is InsteadChoice.EASIER
    wall = library["legs-up-the-wall"]
    dialog = TooMuchDialog(wall, 8, during_exercise(8, wall), library)
    qtbot.addWidget(dialog)
    assert not dialog.easier_button.isVisibleTo(dialog) and dialog.skip_button.isDefault()
    dialog.stop_button.click()
    assert dialog.choice is InsteadChoice.STOP
    dialog = TooMuchDialog(wall, 8, during_exercise(8, wall), library)
    qtbot.addWidget(dialog)
    dialog.reject()
    assert dialog.choice is InsteadChoice.SKIP


# --- suggestions and the programme ------------------------------------------------------------


def test_the_suggestion_bar_explains_and_accepts_in_one_click(
    qtbot: Any, library: Library, tmp_path: Path
) -> None:
    routine = Routine("r", "R", (Item("knee-lifts"), Item("clams")))
    diary = Diary(clock_at(2026, 3, 2), tmp_path)
    for _ in range(3):
        diary.practise("r", It("knee-lifts", pain=0), It("clams", pain=7))
        diary.next_day()
    found = suggestions(routine, library, diary.sessions)
    assert [s.direction for s in found] == [Direction.REGRESS, Direction.PROGRESS]
    bar = SuggestionBar(library)
    qtbot.addWidget(bar)
    bar.set_suggestions(found)
    assert bar.isVisibleTo(bar.parentWidget() or bar)
    assert "Clams" in bar.why.text() and "more than 5" in bar.why.text()
    assert "(1 more)" in bar.what.text()
    taken: list[object] = []
    bar.declined.connect(taken.append)
    bar.accepted.connect(taken.append)
    bar.decline_button.click()
    assert "Knee Lifts becomes Double Knee Lift" in bar.what.text()
    bar.accept_button.click()
    assert taken == found and not bar.isVisibleTo(bar)


def test_the_programme_and_how_this_week_goes(qtbot: Any, tmp_path: Path) -> None:
    view = PrescriptionView()
    qtbot.addWidget(view)
    assert not view.isVisibleTo(view)
    plan = Prescription(3, 6, "Anna Weber", "Slowly.", date(2026, 3, 2))
    diary = Diary(clock_at(2026, 3, 3), tmp_path)
    diary.practise("r", It("clams"))
    view.set_prescription(plan, adherence(plan, "r", diary.sessions, date(2026, 3, 3), TZ))
    assert "Programme from Anna Weber:" in view.text()
    assert "3 days a week for 6 weeks" in view.text()
    assert "Week 1 of 6: practised on 1 of 3 days." in view.text()
    assert view.toolTip() == "Slowly."
