"""The font scale never clips text: at 100, 150 and 200 % in a 1280x720 window the player's
step card, its header and the breath ring show every line whole, and so does the idle panel.

"Fits" is measured, not assumed: each visible label must be given at least the height its
text needs at its width (``heightForWidth``), must lie wholly inside the scroll area's
viewport, and the ring's texts must lie inside the ring (font metrics of the painted fonts).
"""

from __future__ import annotations

from typing import Any

import i18n_tools
import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, QRectF
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from pilates_desktop.core.player import BreathPhase
from pilates_desktop.core.routines import Item, Routine
from pilates_desktop.services.settings import FONT_SCALE, KNEE_PROBLEMS
from pilates_desktop.ui.player.breath_counter import BreathCounter, CounterState, Mode
from pilates_desktop.ui.player.step_card import StepCard

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

SCALES = (100, 150, 200)
# The step card's size in the player on a 1280x720 screen (the window 1177x662 with a message
# in its status bar), by font scale: larger type makes the header taller and the card lower.
PLAYER_CARD = {100: (810, 340), 150: (840, 305), 200: (860, 290)}


@pytest.fixture
def window(make_window: Any) -> Any:
    return make_window()


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def assert_card_shows_every_line(card: StepCard, where: str) -> None:
    """Nothing in the card's text is cut: no scrolling, and every label whole in view."""
    bar = card.text_scroll.verticalScrollBar()
    assert bar.maximum() == 0, (where, "the step text scrolls", bar.maximum())
    viewport = card.text_scroll.viewport()
    view = QRect(QPoint(0, 0), viewport.size())
    for label in card.findChildren(QLabel):
        if not label.isVisibleTo(card) or not label.text():
            continue
        need = label.heightForWidth(label.width())
        assert label.height() >= need, (where, label.objectName(), label.height(), need)
        top_left = label.mapTo(viewport, QPoint(0, 0))
        rect = QRect(top_left, label.size())
        assert view.contains(rect), (where, label.objectName(), rect, view)


def assert_ring_texts_inside(counter: BreathCounter, where: str) -> None:
    """Every text the ring paints lies inside the ring's track, at the size it is painted."""
    if not counter.isVisible():
        return
    center = QPointF(counter.width() / 2, counter.height() / 2)
    radius = counter._outer()  # noqa: SLF001 - the track's radius
    slots = counter.text_slots()
    painted = [t for t in (counter.count_text(), counter.phase_text(), counter.detail_text())
               if t]
    assert bool(slots) == bool(painted), where
    for text, font, origin, _ink in slots:
        m = QFontMetricsF(font)
        ink = m.tightBoundingRect(text).translated(origin)
        box = m.boundingRect(text).translated(origin)
        assert ink.width() <= box.width() + 1
        for rect in (ink, QRectF(box.left(), ink.top(), box.width(), ink.height())):
            for corner in (rect.topLeft(), rect.topRight(), rect.bottomLeft(),
                           rect.bottomRight()):
                d = ((corner.x() - center.x()) ** 2 + (corner.y() - center.y()) ** 2) ** 0.5
                assert d <= radius, (where, text, font.pixelSize(), d, radius)


def assert_labels_fit(root: QWidget, where: str) -> None:
    for label in root.findChildren(QLabel):
        if not label.isVisibleTo(root) or not label.text() or not label.objectName():
            continue
        if label.wordWrap():
            assert label.height() >= label.heightForWidth(label.width()), \
                (where, label.objectName())
        else:
            m = label.fontMetrics()
            widest = max(m.horizontalAdvance(line) for line in label.text().split("\n"))
            assert label.width() >= widest, (where, label.objectName())
            assert label.height() >= m.height(), (where, label.objectName())


def _run_to(window: Any, seconds: float) -> None:
    while window.test_clock.mono < 1000.0 + seconds:
        window.test_clock.advance(0.5)
        window.session.tick()
    _settle()


@pytest.mark.parametrize("scale", SCALES)
def test_player_shows_every_line_at_1280x720(window: Any, scale: int) -> None:
    window.settings.set_value(FONT_SCALE, scale)
    window.settings.set_value(KNEE_PROBLEMS, True)  # no clash here, but flags are on
    window.resize(1280, 720)
    window.show()
    routine = Routine("r", "R", (Item("the-hundred"), Item("neck-lift-knee-stretch"),
                                 Item("glute-bridge")))
    window.start_routine(routine)
    view = window.player_view
    # The first get-ready (with the pain question), the Hundred's pumps, the next exercise's
    # reps and the bridge's long step with its cautions.
    for seconds in (1.0, 14.0, 60.0, 95.0, 150.0, 200.0):
        _run_to(window, seconds)
        where = f"{scale}% at {seconds}s"
        assert window.width() <= 1280 and window.height() <= 720, where
        assert_card_shows_every_line(view.card.card, where)
        assert_labels_fit(view, where)
        for ring in (view.counter, view.interlude_ring):
            assert_ring_texts_inside(ring, where)
    # The larger scale still shows larger words where they fit.
    assert view.meta_label.font().pointSizeF() > 0


@pytest.mark.parametrize("scale", SCALES)
def test_idle_panel_card_shows_every_line_at_1280x720(window: Any, scale: int,
                                                      library: Any) -> None:
    window.settings.set_value(FONT_SCALE, scale)
    window.resize(1280, 720)
    window.show()
    _settle()
    panel = window.idle_panel
    for ex_id in ("basic-starting-position", "the-hundred", "glute-bridge", "clams"):
        panel.show_exercise(ex_id)
        _settle()
        assert_card_shows_every_line(panel.card.card, f"idle {scale}% {ex_id}")
        assert_labels_fit(panel, f"idle {scale}% {ex_id}")


@pytest.mark.parametrize("scale", SCALES)
def test_every_step_fits_the_players_card_at_1280x720(qtbot: Any, library: Any,
                                                      scale: int) -> None:
    """The card as large as the player gives it on a 1280x720 screen (a little less than in
    the screenshots: the window there is 1177x662, with a message in the status bar),
    with both health flags on: every step of every exercise, each side, shows whole."""
    card = StepCard()
    qtbot.addWidget(card)
    card.set_title_visible(False)
    card.set_font_scale(scale)
    card.set_health_flags({"knee-problems", "neck-problems"})
    card.resize(*PLAYER_CARD[scale])
    card.show()
    for ex in library.exercises():
        for i in range(len(ex.steps)):
            card.set_exercise(ex, i, "left")
            _settle()
            assert_card_shows_every_line(card, f"{ex.id} step {i + 1} at {scale}%")


def test_larger_scale_means_larger_words_while_they_fit(qtbot: Any, library: Any) -> None:
    card = StepCard()
    qtbot.addWidget(card)
    card.resize(1400, 900)
    card.show()
    card.set_exercise(library["clams"], 0)
    sizes = []
    for scale in SCALES:
        card.set_font_scale(scale)
        _settle()
        sizes.append(card.instruction_label.font().pointSizeF())
        # the chosen size, or a little less: the figure keeps half a wide card (issue 14
        # item 14), and the words give up at most a few per cent of their size for it
        assert 22.0 * scale / 100 * 0.95 <= sizes[-1] <= 22.0 * scale / 100 + 0.5
    assert sizes[0] < sizes[1] < sizes[2]


def test_short_space_shrinks_the_figure_first_then_the_cautions_then_the_words(
        qtbot: Any, library: Any) -> None:
    card = StepCard()
    qtbot.addWidget(card)
    card.set_exercise(library["the-hundred"], 3)
    card.set_font_scale(200)
    card.resize(2000, 1200)
    card.show()
    _settle()
    assert card.fit_factor() == 1.0
    roomy_figure = card.figure.width()
    card.resize(1000, 330)
    _settle()
    assert card.figure.width() < roomy_figure
    fit = card.fit_factor()
    assert fit < 1.0
    cautions = card.cautions_label.font().pointSizeF()
    instruction = card.instruction_label.font().pointSizeF()
    assert instruction / 44.0 >= cautions / 28.0  # the words shrink last
    assert card.cautions_box.isVisible()  # cautions stay on show, smaller, never hidden
    assert_card_shows_every_line(card, "1000x330 at 200%")


@pytest.mark.parametrize("scale", SCALES)
@pytest.mark.parametrize("side", [96, 120, 160, 220, 320])
def test_ring_texts_stay_inside_the_ring(qtbot: Any, scale: int, side: int) -> None:
    counter = BreathCounter()
    qtbot.addWidget(counter)
    counter.setMinimumSize(10, 10)
    counter.resize(side, side)
    counter.set_font_scale(scale)
    counter.show()
    states = [
        CounterState(Mode.PUMPS, BreathPhase.IN, 0.5, 2, 10, 14, 100),
        CounterState(Mode.PUMPS, BreathPhase.OUT, 0.5, 10, 10, 100, 100),
        CounterState(Mode.BREATHS, BreathPhase.OUT, 0.9, 10, 10),
        CounterState(Mode.REPS, rep=12, reps=12, rep_progress=0.3),
        CounterState(Mode.HOLD, BreathPhase.HOLD, 0.4),
        CounterState(Mode.COUNTDOWN, seconds=95, remaining=0.5, kind="switch_side"),
    ]
    for state in states:
        counter.set_state(state)
        assert_ring_texts_inside(counter, f"{state.mode} {side}px {scale}%")
        counter.grab()  # paints the same slots without complaint


def test_ring_text_check_catches_an_overflow(qtbot: Any) -> None:
    """The check above can fail: a text wider than the ring is caught."""
    counter = BreathCounter()
    qtbot.addWidget(counter)
    counter.resize(160, 160)
    counter.show()
    counter.set_state(CounterState(Mode.BREATHS, BreathPhase.IN, 0.2, 2, 10))
    text, font, origin, ink = counter.text_slots()[-1]
    wide = QPointF(origin.x() - 200, origin.y())
    counter.text_slots = lambda: [(text, font, wide, ink)]  # type: ignore[method-assign]
    with pytest.raises(AssertionError):
        assert_ring_texts_inside(counter, "forced overflow")


def test_when_even_the_smallest_type_scrolls_it_scrolls_by_whole_lines(
        qtbot: Any, library: Any) -> None:
    """A card far too small for its words (200 % in 330x300): the scroll bar shows, and at
    every scroll position the edges of the view hide any line they would cut."""
    card = StepCard()
    qtbot.addWidget(card)
    card.set_exercise(library["the-hundred"], 0)
    card.set_font_scale(200)
    card.resize(330, 300)
    card.show()
    _settle()
    bar = card.text_scroll.verticalScrollBar()
    assert bar.maximum() > 0 and bar.isVisible()
    # The lines the card reckons with are the lines the labels draw: they add up to each
    # label's own height for its width.
    for label in (card.instruction_label, card.cautions_label):
        from pilates_desktop.ui.player.card_lines import label_lines

        lines = label_lines(label)
        assert len(lines) > 1
        assert abs(lines[-1][1] - label.heightForWidth(label.width())) <= 2, label.objectName()
    view_h = card.text_scroll.viewport().height()
    for value in range(0, bar.maximum() + 1, 7):
        bar.setValue(value)
        _settle()
        top = -card._text.y()  # noqa: SLF001 - where the view starts in the text
        shown_from, shown_to = 0.0, float(view_h)
        for rect in card.covered_rects():
            if rect.top() <= 0:
                shown_from = max(shown_from, rect.bottom() + 1)
            else:
                shown_to = min(shown_to, rect.top())
        for line_top, line_bottom in card.text_lines():
            a, b = line_top - top, line_bottom - top
            overlap = min(b, shown_to) - max(a, shown_from)
            assert overlap <= 0.5 or (a >= shown_from - 0.5 and b <= shown_to + 0.5), \
                (value, a, b, shown_from, shown_to)
        assert shown_to - shown_from > view_h / 2  # most of the view still shows words


@pytest.mark.parametrize("language", ["de", "es"])
def test_player_shows_every_line_in_german_and_spanish_at_200(window: Any, qapp: Any,
                                                              language: str) -> None:
    """The longer German and Spanish words fit the same way at the largest scale."""
    from pilates_desktop import i18n

    i18n_tools.ensure_built()
    i18n.install_translators(qapp, language)
    try:
        window.settings.set_value(FONT_SCALE, 200)
        window.resize(1280, 720)
        window.show()
        window.start_routine(Routine("r", "R", (Item("glute-bridge"), Item("the-hundred"))))
        view = window.player_view
        for seconds in (1.0, 30.0, 80.0, 120.0):
            _run_to(window, seconds)
            where = f"{language} 200% at {seconds}s"
            assert_card_shows_every_line(view.card.card, where)
            assert_labels_fit(view, where)
            for ring in (view.counter, view.interlude_ring):
                assert_ring_texts_inside(ring, where)
    finally:
        i18n.install_translators(qapp, "en")
