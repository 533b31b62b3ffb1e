"""The step card: what the user reads from the mat, and the figure that moves with the player."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from pilates_desktop.core.library import Library
from pilates_desktop.ui.player.step_card import StepCard

# The offscreen platform plugin says this when a top-level window is shown; it is not ours.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def card(qtbot) -> StepCard:  # type: ignore[no-untyped-def]
    widget = StepCard()
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_shows_instruction_breath_side_and_cautions(card: StepCard, library: Library) -> None:
    ex = library["clams"]
    card.set_exercise(ex, 1, "right")
    step = ex.steps[1]
    assert card.instruction_label.text() == step.instruction
    assert step.breath in card.breath_label.text()
    assert card.side_label.text() == "Right side"
    for label in (card.instruction_label, card.breath_label, card.side_label, card.cautions_label):
        assert label.isVisible()
    for caution in ex.cautions:
        assert caution in card.cautions_label.text()
    assert not card.banner.isVisible()
    assert "Step 2 of 3" in card.step_label.text()


@pytest.mark.parametrize(
    ("exercise", "side", "text"),
    [
        ("clams", "left", "Left side"),
        ("single-leg-stretch", None, "Both sides alternating"),
        ("lunges", None, "Each side in turn"),
    ],
)
def test_side_text(card: StepCard, library: Library, exercise: str, side: str | None,
                   text: str) -> None:
    card.set_exercise(library[exercise], 0, side)
    assert card.side_label.text() == text
    assert card.side_label.isVisible()


def test_no_side_label_for_a_symmetrical_exercise(card: StepCard, library: Library) -> None:
    card.set_exercise(library["the-hundred"], 0)
    assert not card.side_label.isVisible()


def test_set_motion_changes_the_drawn_pose(card: StepCard, library: Library) -> None:
    ex = library["glute-bridge"]
    card.set_exercise(ex, 1)  # down -> up
    start = card.figure.current_pose()
    before = card.figure.grab().toImage()
    card.set_motion(1.0)
    end = card.figure.current_pose()
    assert start is not None and end is not None
    assert start.angles != pytest.approx(end.angles)
    assert card.figure.grab().toImage() != before
    card.set_motion(0.5)
    mid = card.figure.current_pose()
    assert mid is not None
    assert mid.angle("trunk") == pytest.approx((start.angle("trunk") + end.angle("trunk")) / 2)


def test_a_one_pose_step_holds_still(card: StepCard, library: Library) -> None:
    card.set_exercise(library["the-hundred"], 0)
    pose = card.figure.current_pose()
    card.set_motion(0.7)
    assert card.figure.current_pose() == pose


def test_left_side_mirrors_the_figure(card: StepCard, library: Library) -> None:
    ex = library["clams"]
    card.set_exercise(ex, 1, "right")
    right_a, right_b = card.shown_poses()
    card.set_exercise(ex, 1, "left")
    left_a, left_b = card.shown_poses()
    assert right_a is not None and left_a is not None and right_b is not None and left_b is not None
    assert not right_a.flipped and left_a.flipped and left_b.flipped
    assert left_a.angles == right_a.angles
    card.set_motion(0.5)
    current = card.figure.current_pose()
    assert current is not None and current.flipped


def test_set_step_moves_to_the_next_step_and_resets_the_motion(card: StepCard,
                                                              library: Library) -> None:
    ex = library["roll-up"]
    card.set_exercise(ex, 0)
    card.set_step(2)
    assert card.step_index() == 2
    assert card.instruction_label.text() == ex.steps[2].instruction
    a, b = card.shown_poses()
    assert a is not None and b is not None
    assert (a.id, b.id) == ex.steps[2].poses
    assert card.figure.blend() == 0.0
    card.set_step(99)  # clamped to the last step
    assert card.step_index() == len(ex.steps) - 1


def test_health_flags_show_a_banner_only_on_a_clash(card: StepCard, library: Library) -> None:
    ex = library["childs-pose"]
    card.set_exercise(ex, 0)
    card.set_health_flags({"neck-problems"})
    assert not card.banner.isVisible()
    card.set_health_flags({"knee-problems"})
    assert card.banner.isVisible()
    assert "Knee" in card.banner_label.text() or "knee" in card.banner_label.text()
    card.set_exercise(library["the-hundred"], 0)
    assert not card.banner.isVisible()


def test_font_scale_makes_the_instruction_larger(card: StepCard, library: Library) -> None:
    card.set_exercise(library["the-hundred"], 3)
    before = card.instruction_label.font().pointSizeF()
    card.set_font_scale(150)
    assert card.instruction_label.font().pointSizeF() == pytest.approx(before * 1.5)
    assert before >= 20  # readable from the mat, two metres away


def test_every_step_fits_without_scrolling_at_1280x720(card: StepCard,
                                                       library: Library) -> None:
    card.set_health_flags({"knee-problems", "neck-problems"})
    for ex in library.exercises():
        for i in range(len(ex.steps)):
            card.set_exercise(ex, i, "left")
            QApplication.processEvents()
            assert card.text_scroll.verticalScrollBar().maximum() == 0, (ex.id, i)
            assert card.figure.width() > 300 and card.figure.height() > 300


def test_narrow_card_puts_the_figure_above_the_text(card: StepCard, library: Library) -> None:
    card.set_exercise(library["the-hundred"], 3)
    card.resize(600, 900)
    QApplication.processEvents()
    assert card.figure.geometry().bottom() <= card.text_scroll.geometry().top()


def test_language_change_retranslates(card: StepCard, library: Library) -> None:
    card.set_exercise(library["clams"], 0, "right")
    card.side_label.setText("")
    QApplication.sendEvent(card, QEvent(QEvent.Type.LanguageChange))
    assert card.side_label.text() == "Right side"


def test_a_broken_pose_file_costs_the_picture_not_the_card(qtbot, library: Library,  # type: ignore[no-untyped-def]
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from pilates_desktop.core.errors import FormatError
    from pilates_desktop.ui.player import step_card

    def broken() -> None:
        raise FormatError("poses.json", "$.poses['x']", "unknown field 'angels'")

    monkeypatch.setattr(step_card, "load_poses", broken)
    card = StepCard()
    qtbot.addWidget(card)
    card.set_exercise(library["the-hundred"], 0)
    assert card.figure.current_pose() is None
    assert "poses.json" in card.figure._placeholder  # noqa: SLF001
    assert card.instruction_label.text() == library["the-hundred"].steps[0].instruction
    card.resize(800, 500)
    assert not card.figure.grab().isNull()
