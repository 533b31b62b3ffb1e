"""Readable from the mat (issue 14 item 14): at 1280x720 the player's figure is the largest
thing on screen after the count; the ring's words stay inside the breathing disc; focus
mode's breath word is large; long titles wrap between words, on two even lines at most.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QFontMetrics, QFontMetricsF
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QProgressBar, QWidget

from pilates_desktop.core.player import BreathPhase
from pilates_desktop.core.routines import Item, Routine
from pilates_desktop.ui.player.breath_counter import BreathCounter, CounterState, Mode
from pilates_desktop.ui.widgets.title_label import ELLIPSIS, TitleLabel, title_lines

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise")

HUNDRED = Routine("hundred", "Hundred", (Item("the-hundred"), Item("childs-pose")))


def _play_to_pumps(window: Any, seconds_in: float) -> None:
    window.start_routine(HUNDRED)
    session = window.session
    while session.state().segment.kind.value != "pumps":
        session.skip()
    clock = window.test_clock
    for _ in range(int(seconds_in / 0.1)):
        clock.advance(0.1)
        session.tick()


def test_at_1280x720_the_figure_is_the_largest_thing_after_the_count(
        qtbot: Any, make_window: Any) -> None:
    window = make_window()
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    _play_to_pumps(window, 20.0)
    view = window.player_view
    for _ in range(5):  # the layout requests posted by folding the builder away
        QApplication.processEvents()
    figure = view.card.card.figure
    drawn = figure.drawn_height()
    # The body itself, not only its card: a figure lying on the mat was drawn 47 px tall.
    assert drawn >= 0.14 * window.height(), (drawn, figure.size(), view.card.size(), window.size())
    area = figure.width() * figure.height()
    others: list[QWidget] = [
        w for w in view.findChildren(QWidget)
        if w.isVisible() and w is not figure and not isinstance(w, BreathCounter)
        and isinstance(w, QLabel | QAbstractButton | QProgressBar)
        or w.objectName() in ("stepCautions", "stepBanner") and w.isVisible()]
    assert others
    for widget in others:
        assert widget.width() * widget.height() < area, (widget.objectName(), widget.size())
    # ...and taller than any line of type on screen, the count's digits included.
    for label in view.findChildren(QLabel):
        if label.isVisible() and label.text():
            assert QFontMetrics(label.font()).capHeight() * 2 < drawn, label.objectName()


@pytest.mark.parametrize("side", [120, 200, 320, 480])
def test_the_rings_words_stay_inside_the_breathing_disc(qtbot: Any, side: int) -> None:
    counter = BreathCounter()
    qtbot.addWidget(counter)
    counter.setMinimumSize(10, 10)
    counter.resize(side, side)
    counter.show()
    for state in (
        CounterState(Mode.PUMPS, BreathPhase.OUT, 1.0, 10, 10, 92, 100),  # the disc smallest
        CounterState(Mode.PUMPS, BreathPhase.IN, 0.0, 1, 10, 1, 100),
        CounterState(Mode.BREATHS, BreathPhase.OUT, 1.0, 10, 10),
        CounterState(Mode.REPS, rep=12, reps=12, rep_progress=0.3),
        CounterState(Mode.HOLD, BreathPhase.HOLD, 0.4),
        CounterState(Mode.COUNTDOWN, seconds=95, remaining=0.5, kind="switch_side"),
    ):
        counter.set_state(state)
        disc = counter.disc_radius()
        assert disc is not None
        centre = QPointF(side / 2, side / 2)
        for text, font, origin, _ink in counter.text_slots():
            ink = QFontMetricsF(font).tightBoundingRect(text).translated(origin)
            for corner in (ink.topLeft(), ink.topRight(), ink.bottomLeft(), ink.bottomRight()):
                d = ((corner.x() - centre.x()) ** 2 + (corner.y() - centre.y()) ** 2) ** 0.5
                assert d <= disc, (state.mode, text, d, disc)


def test_focus_mode_shows_the_breath_word_large(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    window.show()
    window.start_routine(HUNDRED)
    window.player_actions.focus.setChecked(True)
    focus = window.focus_window
    focus.showNormal()
    focus.resize(1024, 600)
    session = window.session
    while session.state().segment.kind.value != "pumps":
        session.skip()
    window.test_clock.advance(0.5)
    session.tick()
    qtbot.waitUntil(lambda: focus.breath_label.text() != "", timeout=2000)
    assert focus.breath_label.text() == focus.counter.phase_text() == "Breathe in"
    word_px = focus.breath_label.font().pixelSize()
    assert word_px >= 0.08 * focus.height(), word_px  # it was a line of 0.15 of the ring
    assert word_px > focus.meta_label.font().pixelSize()
    # the word is not painted a second time, small, inside the ring
    assert "Breathe in" not in [text for text, *_ in focus.counter.text_slots()]
    window.player_actions.focus.setChecked(False)


def _metrics(px: int = 40) -> QFontMetrics:
    font = QFont()
    font.setPixelSize(px)
    font.setBold(True)
    return QFontMetrics(font)


def test_a_long_title_breaks_between_words_into_two_even_lines() -> None:
    m = _metrics()
    title = "Elevación de cabeza con rodilla al pecho"
    width = int(m.horizontalAdvance(title) * 0.7)
    lines = title_lines(title, m, width)
    assert len(lines) == 2
    assert " ".join(lines) == title  # whole words, none cut, none lost
    widths = [m.horizontalAdvance(line) for line in lines]
    assert max(widths) <= width
    # even: no lone word on the second line (a plain QLabel left "pecho" alone)
    assert min(widths) >= 0.6 * max(widths), lines
    assert title_lines(title, m, m.horizontalAdvance(title)) == [title]


def test_a_title_too_long_for_two_lines_ends_in_an_ellipsis_after_a_word() -> None:
    m = _metrics()
    title = "Elevación de cabeza con rodilla al pecho"
    width = int(m.horizontalAdvance(title) * 0.4)
    lines = title_lines(title, m, width)
    assert len(lines) == 2 and lines[1].endswith(ELLIPSIS)
    words = title.split()
    shown = " ".join(lines)[:-1].split()
    assert shown == words[:len(shown)]  # whole words, in order
    assert all(m.horizontalAdvance(line) <= width for line in lines)


def test_the_players_title_keeps_its_text_and_wraps_by_words(qtbot: Any) -> None:
    label = TitleLabel()
    qtbot.addWidget(label)
    font = label.font()
    font.setPixelSize(40)
    label.setFont(font)
    label.setText("Elevación de cabeza con rodilla al pecho")
    label.resize(int(label.sizeHint().width() * 0.7), 200)
    label.show()
    assert label.text() == "Elevación de cabeza con rodilla al pecho"
    assert len(label.shown_lines()) == 2
    assert label.heightForWidth(label.width()) >= 2 * label.fontMetrics().lineSpacing()
    assert not label.is_elided() and label.toolTip() == ""
    label.resize(int(label.sizeHint().width() * 0.3), 200)
    assert label.is_elided() and label.toolTip() == label.text()
    assert label.minimumSizeHint().width() < label.sizeHint().width() // 3


def test_the_player_and_focus_mode_use_title_labels(make_window: Any) -> None:
    window = make_window()
    window.show()
    window.start_routine(HUNDRED)
    window.player_actions.focus.setChecked(True)
    assert isinstance(window.player_view.name_label, TitleLabel)
    assert isinstance(window.focus_window.name_label, TitleLabel)
    window.player_actions.focus.setChecked(False)
