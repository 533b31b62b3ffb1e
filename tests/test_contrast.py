"""WCAG contrast of the colours the app really paints with.

The light and dark palettes are checked role against role; the player is checked widget by
widget, from the palette each label inherits and from the style sheets of its coloured
buttons; the breath ring's text is checked against the disc it is drawn on; focus mode is
held to AAA (7:1).
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QToolButton

from pilates_desktop.ui.widgets.theme import apply_theme, contrast_ratio, palette_for

AA = 4.5
AA_LARGE = 3.0  # large text (18 pt, or 14 pt bold) and graphical parts (WCAG 1.4.11)
AAA = 7.0
R = QPalette.ColorRole

TEXT_PAIRS = [
    (R.WindowText, R.Window),
    (R.Text, R.Base),
    (R.Text, R.AlternateBase),
    (R.ButtonText, R.Button),
    (R.HighlightedText, R.Highlight),
    (R.ToolTipText, R.ToolTipBase),
    (R.PlaceholderText, R.Base),
    (R.Link, R.Base),
    (R.Link, R.Window),
    (R.LinkVisited, R.Base),
]


def _blend(top: QColor, alpha: int, bottom: QColor) -> QColor:
    a = alpha / 255
    return QColor.fromRgbF(
        top.redF() * a + bottom.redF() * (1 - a),
        top.greenF() * a + bottom.greenF() * (1 - a),
        top.blueF() * a + bottom.blueF() * (1 - a),
    )


def test_contrast_formula_matches_wcag() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("fg,bg", TEXT_PAIRS, ids=lambda r: r.name)
def test_palette_text_meets_aa(theme: str, fg: Any, bg: Any) -> None:
    pal = palette_for(theme)
    assert contrast_ratio(pal.color(fg), pal.color(bg)) >= AA


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_palette_main_text_meets_aaa(theme: str) -> None:
    pal = palette_for(theme)
    assert contrast_ratio(pal.color(R.WindowText), pal.color(R.Window)) >= AAA
    assert contrast_ratio(pal.color(R.Text), pal.color(R.Base)) >= AAA


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_disabled_text_is_readable_but_weaker(theme: str) -> None:
    pal = palette_for(theme)
    dis = pal.color(QPalette.ColorGroup.Disabled, R.WindowText)
    normal = pal.color(R.WindowText)
    # Some labels are shown disabled on purpose (a hint in grey): still AA.
    assert contrast_ratio(dis, pal.color(R.Window)) >= AA
    assert contrast_ratio(pal.color(QPalette.ColorGroup.Disabled, R.ButtonText),
                          pal.color(R.Button)) >= AA_LARGE
    assert contrast_ratio(dis, pal.color(R.Window)) < contrast_ratio(normal, pal.color(R.Window))


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_check_box_and_radio_outlines_stand_out(theme: str) -> None:
    """WCAG 1.4.11: the outline our style draws around every check box and radio button."""
    from pilates_desktop.ui.widgets.theme import INDICATOR_ROLE

    pal = palette_for(theme)
    for bg in (R.Window, R.Base):
        assert contrast_ratio(pal.color(INDICATOR_ROLE), pal.color(bg)) >= AA_LARGE


_SHEET_RULE = re.compile(r"\{([^}]*)\}")


def _sheet_pairs(sheet: str) -> list[tuple[str, str]]:
    """(text colour, background) of every rule of a style sheet that sets a background,
    except :disabled rules (WCAG exempts inactive controls)."""
    pairs = []
    text = None
    for selector, body in re.findall(r"([^{}]*)\{([^}]*)\}", sheet):
        props = dict(
            (k.strip(), v.strip()) for k, v in
            (p.split(":", 1) for p in body.split(";") if ":" in p)
        )
        text = props.get("color", text)
        if "background" in props and ":disabled" not in selector and text:
            pairs.append((text, props["background"]))
    return pairs


@pytest.fixture
def player(qtbot: Any, library: Any) -> Any:
    from PySide6.QtWidgets import QWidget

    from pilates_desktop.ui.player.view import PlayerActions, PlayerView

    holder = QWidget()
    qtbot.addWidget(holder)
    from pilates_desktop.core.clock import FakeClock

    view = PlayerView(library, PlayerActions(holder), FakeClock(), holder)
    yield view
    del holder


# "system" too: the platform's palette is not ours, but what the player chooses to show in it
# (no greyed-out hints, for one) must still read.
@pytest.mark.parametrize("theme", ["light", "dark", "system"])
def test_player_meets_aa(qapp: QApplication, player: Any, theme: str) -> None:
    apply_theme(qapp, theme)
    qapp.processEvents()  # the application palette reaches widgets through posted events
    try:
        labels = player.findChildren(QLabel)
        assert len(labels) >= 6
        for label in labels:
            pal = label.palette()
            fg = pal.color(label.foregroundRole())
            bg = pal.color(R.Window)
            assert contrast_ratio(fg, bg) >= AA, label.objectName()
        for button in player.findChildren(QToolButton):
            pal = button.palette()
            sheet = button.styleSheet()
            pairs = _sheet_pairs(sheet) if sheet else [
                # Buttons are judged enabled: WCAG exempts inactive controls.
                (pal.color(QPalette.ColorGroup.Active, R.ButtonText).name(),
                 pal.color(QPalette.ColorGroup.Active, R.Button).name())]
            for fg, bg in pairs:
                assert contrast_ratio(fg, bg) >= AA, (button.objectName(), fg, bg)
        # The breath ring: its words are drawn in the text colour over the translucent disc.
        track, fill, inhale, exhale, text = player.counter._colors()
        window = player.counter.palette().color(R.Window)
        for accent in (inhale, exhale):
            disc = _blend(accent, fill.alpha(), window)
            assert contrast_ratio(text, disc) >= AA, accent.name()
            assert contrast_ratio(accent, window) >= AA_LARGE, accent.name()  # the ring itself
    finally:
        apply_theme(qapp, "system")
        qapp.processEvents()


def test_focus_mode_meets_aaa(qapp: QApplication, qtbot: Any, library: Any) -> None:
    from pilates_desktop.ui.player import focus
    from pilates_desktop.ui.player.breath_counter import BreathCounter

    assert contrast_ratio(focus.FG, focus.BG) >= AAA
    assert contrast_ratio(focus.ACCENT, focus.BG) >= AAA  # the countdown digits
    window = focus.FocusWindow(library)
    qtbot.addWidget(window)
    for label in window.findChildren(QLabel):
        pal = label.palette()
        assert contrast_ratio(pal.color(label.foregroundRole()), pal.color(R.Window)) >= AAA, (
            label.objectName())
    counter = BreathCounter()
    qtbot.addWidget(counter)
    counter.set_high_contrast(True)
    track, fill, inhale, exhale, text = counter._colors()
    for accent in (inhale, exhale):
        disc = _blend(accent, fill.alpha(), QColor(focus.BG))
        assert contrast_ratio(text, disc) >= AAA
        assert contrast_ratio(accent, focus.BG) >= AAA


@pytest.mark.parametrize("theme", ["light", "dark", "system"])
def test_secondary_list_text_meets_aa(qapp: QApplication, theme: str) -> None:
    from pilates_desktop.ui.widgets.theme import secondary_text

    apply_theme(qapp, theme)
    try:
        pal = qapp.palette()
        assert contrast_ratio(secondary_text(pal), pal.color(R.Base)) >= AA
        if theme != "system":  # our own palettes pass as they are: nothing is moved
            assert secondary_text(pal) == pal.color(R.PlaceholderText)
    finally:
        apply_theme(qapp, "system")


def test_a_faint_placeholder_is_moved_only_as_far_as_it_needs(qapp: QApplication) -> None:
    from pilates_desktop.ui.widgets.theme import secondary_text

    pal = QPalette()
    pal.setColor(R.Base, QColor("#ffffff"))
    pal.setColor(R.Text, QColor("#000000"))
    pal.setColor(R.PlaceholderText, QColor(0, 0, 0, 90))  # translucent: about #a5a5a5
    dim = secondary_text(pal)
    assert contrast_ratio(dim, "#ffffff") >= AA
    assert dim != QColor("#000000")  # still lighter than the main text
    assert contrast_ratio(dim, "#ffffff") < 7.0
