"""Accessibility of the main window and the player: names and descriptions on every control,
the keyboard shortcuts window, the tab chain, phase announcements and the font scale."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QComboBox, QLabel, QWidget

from pilates_desktop.core.clock import FakeClock
from pilates_desktop.core.routines import Item, Routine
from pilates_desktop.services.settings import FONT_SCALE
from pilates_desktop.ui.widgets.a11y import last_announcement

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")



@pytest.fixture
def window(make_window: Any) -> Any:
    return make_window()


def _controls(root: QWidget) -> list[QWidget]:
    """Every control a keyboard user can reach by Tab inside ``root``'s window."""
    out = []
    for w in root.findChildren(QWidget):
        if w.window() is not root.window() or not (w.focusPolicy() & Qt.FocusPolicy.TabFocus):
            continue
        if isinstance(w.parent(), QAbstractSpinBox | QComboBox):
            continue  # the line edit inside a spin box or combo: the parent is the control
        out.append(w)
    return out


def _name(w: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(w)
    return iface.text(QAccessible.Text.Name) if iface is not None else ""


def _description(w: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(w)
    return iface.text(QAccessible.Text.Description) if iface is not None else ""


def test_every_control_of_the_main_window_has_an_accessible_name(window: Any) -> None:
    controls = _controls(window)
    assert len(controls) > 20
    unnamed = [f"{type(w).__name__}#{w.objectName()}" for w in controls if not _name(w).strip()]
    assert unnamed == []


def test_every_control_of_the_main_window_has_a_description(window: Any) -> None:
    missing = [f"{type(w).__name__}#{w.objectName()} ({_name(w)})" for w in _controls(window)
               if not isinstance(w, QAbstractScrollArea) and not _description(w).strip()]
    assert missing == []


def test_player_controls_are_named_for_screen_readers(window: Any) -> None:
    buttons = window.player_view.buttons
    names = {key: _name(b) for key, b in buttons.items()}
    assert names == {
        "back": "Back", "pause": "Pause", "next": "Next", "restart": "Restart step",
        "focus": "Focus mode", "stop": "Stop", "hurts": "Stop — it hurts",
    }
    for key, button in buttons.items():
        assert _description(button), key  # what it does, with its keys
    pv = window.player_view
    assert _name(pv.progress) == "Progress through the routine"
    assert _name(pv.countdown_label) == "Seconds left in this part"
    assert _name(pv.counter) == "Breath counter"


def test_player_controls_are_in_the_tab_chain(window: Any) -> None:
    window.start_routine(Routine("r", "R", (Item("lunges"),)))
    chain: list[QWidget] = []
    w = window.nextInFocusChain()
    while w is not window and w not in chain:
        chain.append(w)
        w = w.nextInFocusChain()
    for key, button in window.player_view.buttons.items():
        assert button in chain, key
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_shortcuts_window_lists_the_player_keys(window: Any, qtbot: Any) -> None:
    from pilates_desktop.ui.dialogs.shortcuts import ShortcutsDialog

    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    rows = {(action, keys) for _group, action, keys in dialog.rows()}
    actions = {action for action, _keys in rows}
    for wanted in ("Pause", "Next", "Back", "Restart step", "Stop", "Focus mode",
                   "Start routine", "Preferences", "Keyboard shortcuts"):
        assert wanted in actions, wanted
    keys = " ".join(k for _a, k in rows)
    for key in ("Space", "Right", "Left", "Esc", "F1", "Ctrl+,"):
        assert key in keys, key
    dialog.filter.setText("focus")
    visible = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    shown = [g.child(j).text(0) for g in visible if not g.isHidden()
             for j in range(g.childCount()) if not g.child(j).isHidden()]
    assert shown and all("focus" in s.lower() for s in shown)


def test_phase_changes_are_announced(window: Any) -> None:
    window.start_routine(Routine("r", "R", (Item("lunges"),)))
    window.session.tick()
    assert last_announcement(window.player_view) == "Get ready: Lunges"
    window.test_clock.advance(window.settings.pace().get_ready_s + 0.5)
    window.session.tick()
    assert last_announcement(window.player_view) == "Now: Lunges"


@pytest.mark.parametrize("scale", [100, 150, 200])
def test_font_scale_fits_1280x720_without_clipping(window: Any, qapp: Any, scale: int) -> None:
    window.settings.set_value(FONT_SCALE, scale)
    window.resize(1280, 720)
    window.show()
    routine = Routine("r", "R", (Item("the-hundred"), Item("neck-lift-knee-stretch")))
    window.start_routine(routine)
    # Look during the first get-ready (with the pain question), the Hundred's pumps, and the
    # next exercise's reps.
    for seconds in (1.0, 14.0, 95.0):
        while window.test_clock.mono < 1000.0 + seconds:
            window.test_clock.advance(0.5)
            window.session.tick()
        qapp.processEvents()
        hint = window.minimumSizeHint()
        assert hint.height() <= 720 and hint.width() <= 1280, (seconds, hint)
        assert window.height() <= 720 and window.width() <= 1280, (seconds, window.size())
        _assert_labels_fit(window)


def _assert_labels_fit(window: Any) -> None:
    for label in window.player_view.findChildren(QLabel):
        if not label.isVisibleTo(window) or not label.text() or label.objectName() == "":
            continue
        if label.wordWrap():
            assert label.height() >= label.heightForWidth(label.width()), label.objectName()
        else:
            metrics = label.fontMetrics()
            widest = max(metrics.horizontalAdvance(line) for line in label.text().split("\n"))
            assert label.width() >= widest, label.objectName()
            assert label.height() >= metrics.height(), label.objectName()


def test_settings_dialogs_name_and_describe_every_control(qtbot: Any, library: Any,
                                                          settings: Any, app_state: Any) -> None:
    from pilates_desktop.services.settings import KNEE_PROBLEMS
    from pilates_desktop.ui.dialogs.safety import SafetyDialog
    from pilates_desktop.ui.dialogs.shortcuts import ShortcutsDialog
    from pilates_desktop.ui.dialogs.welcome import WelcomeDialog
    from pilates_desktop.ui.preferences.dialog import PreferencesDialog

    settings.set_value(KNEE_PROBLEMS, True)
    state = app_state
    state.add_pain_mark("lunges")
    dialogs = [
        PreferencesDialog(settings, state, library=library, voices=lambda: ["Anna"],
                          clock=FakeClock(), on_show_welcome=lambda: None),
        SafetyDialog(Routine("r", "R", (Item("childs-pose"), Item("lunges"))), library,
                     settings, state),
        WelcomeDialog(settings),
        ShortcutsDialog(QWidget()),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        pages = getattr(dialog, "tabs", None)
        for index in range(pages.count() if pages is not None else 1):
            if pages is not None:
                pages.setCurrentIndex(index)
            for w in _controls(dialog):
                if not w.isVisibleTo(dialog) or isinstance(w, QAbstractScrollArea):
                    continue
                assert _name(w).strip(), (type(dialog).__name__, type(w).__name__)
