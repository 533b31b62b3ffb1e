"""No two actions of a window share a key (Qt calls such a key ambiguous and runs neither), the
standard keys really work (Ctrl+Y and Ctrl+Shift+Z redo), and no dialog gives two controls the
same Alt mnemonic in English, German or Spanish (issue 14 item 5)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import Any

import i18n_tools
import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMenu, QTabWidget, QWidget

from pilates_desktop import i18n
from pilates_desktop.core.routines import Item, Routine

pytestmark = pytest.mark.qt_log_ignore("does not support", "pipewire")

_WIDGET_CONTEXTS = (Qt.ShortcutContext.WidgetShortcut,
                    Qt.ShortcutContext.WidgetWithChildrenShortcut)


def _window_of(widget: QWidget) -> QWidget:
    """The window whose keys an action in ``widget`` answers (a menu answers for its owner's)."""
    while isinstance(widget, QMenu) and widget.parentWidget() is not None:
        widget = widget.parentWidget()
    return widget.window()


def _overlap(a: QWidget, b: QWidget) -> bool:
    return a is b or a.isAncestorOf(b) or b.isAncestorOf(a)


def key_clashes(tops: list[QWidget]) -> list[str]:
    """Every key sequence that two distinct actions (or one action twice) of a window answer."""
    # window -> key -> [(owner, widget it is attached to, context)]
    where: dict[QWidget, dict[str, list[tuple[object, QWidget, Qt.ShortcutContext]]]] = \
        defaultdict(lambda: defaultdict(list))
    problems: list[str] = []
    widgets: list[QWidget] = []
    for top in tops:
        widgets += [top, *top.findChildren(QWidget)]
    seen_actions: set[int] = set()
    for widget in dict.fromkeys(widgets):
        for action in widget.actions():
            keys = [k.toString() for k in action.shortcuts() if not k.isEmpty()]
            if id(action) not in seen_actions and len(keys) != len(set(keys)):
                problems.append(f"{action.objectName() or action.text()!r} lists a key twice: "
                                f"{keys}")
            seen_actions.add(id(action))
            for key in keys:
                where[_window_of(widget)][key].append(
                    (action, widget, action.shortcutContext()))
        direct = Qt.FindChildOption.FindDirectChildrenOnly
        for shortcut in widget.findChildren(QShortcut, options=direct):
            for seq in QShortcut.keys(shortcut):
                where[widget.window()][seq.toString()].append(
                    (shortcut, widget, shortcut.context()))
    for window, keys in where.items():
        for key, users in keys.items():
            owners: dict[int, list[tuple[QWidget, Qt.ShortcutContext]]] = {}
            for owner, widget, ctx in users:
                owners.setdefault(id(owner), []).append((widget, ctx))
            if len(owners) < 2:
                continue
            # Two owners clash unless both are bound to widgets that never hold focus together.
            firsts = list(owners.values())
            for i, a in enumerate(firsts):
                for b in firsts[i + 1:]:
                    if all(ctx in _WIDGET_CONTEXTS for _, ctx in a + b) and not any(
                            _overlap(wa, wb) for wa, _ in a for wb, _ in b):
                        continue
                    names = [getattr(o, "objectName", lambda: "")() or
                             (o.text() if isinstance(o, QAction) else type(o).__name__)
                             for o, _, _ in users]
                    problems.append(f"{window.objectName() or type(window).__name__}: {key} "
                                    f"is used by {sorted(set(names))}")
    return sorted(set(problems))


@pytest.fixture
def window(make_window: Any, qtbot: Any) -> Iterator[Any]:
    w = make_window()
    w.show()
    qtbot.waitExposed(w)
    yield w


def _every_window(window: Any, qtbot: Any) -> list[QWidget]:
    window.show_history()
    from pilates_desktop.ui.dialogs.shortcuts import ShortcutsDialog
    from pilates_desktop.ui.preferences.dialog import PreferencesDialog

    prefs = PreferencesDialog(window.settings, window.app_state, window, library=window.library,
                              voices=lambda: [], clock=window.clock)
    shortcuts = ShortcutsDialog(window, window)
    return [window, window.history_window, prefs, shortcuts]


def test_no_two_actions_of_a_window_share_a_key(window: Any, qtbot: Any) -> None:
    tops = _every_window(window, qtbot)
    assert key_clashes(tops) == []
    # A session running, in focus mode: the player's keys join the main window's.
    assert window.start_routine(Routine("r", "R", (Item("childs-pose"),)))
    window.player_actions.focus.setChecked(True)
    assert window.focus_window is not None
    assert key_clashes([*tops, window.focus_window]) == []


def test_the_check_finds_a_clash(window: Any) -> None:
    """The check itself: a second action on Ctrl+H, or one action listing a key twice."""
    extra = QAction(window)
    extra.setShortcut(QKeySequence("Ctrl+H"))
    window.addAction(extra)
    twice = QAction(window)
    twice.setObjectName("twice")
    twice.setShortcuts([QKeySequence("Ctrl+Shift+J"), QKeySequence("Ctrl+Shift+J")])
    window.addAction(twice)
    found = key_clashes([window])
    assert any("Ctrl+H" in p for p in found)
    assert any("'twice' lists a key twice" in p for p in found)


@pytest.mark.parametrize("keys", [
    (Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier),
])
def test_ctrl_y_and_ctrl_shift_z_redo_in_the_builder(window: Any, qtbot: Any,
                                                     keys: tuple[Qt.Key, Any]) -> None:
    ws = window.workspace
    ws.new_routine("Keys")
    ws.add_exercises(["clams"])
    routine = ws.current_routine()
    assert [i.exercise for i in routine.items] == ["clams"]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(ws.playlist_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ws.current_routine().items == ()
    qtbot.keyClick(ws.playlist_view, *keys)
    assert [i.exercise for i in ws.current_routine().items] == ["clams"]
    ws.flush_saves()


def test_redo_keys_work_in_history_too(window: Any, qtbot: Any) -> None:
    window.show_history()
    history = window.history_window
    keys = {k.toString() for k in history.redo_action.shortcuts()}
    assert {"Ctrl+Y", "Ctrl+Shift+Z"} <= keys
    assert len(history.redo_action.shortcuts()) == len(keys)


# --- mnemonics -----------------------------------------------------------------------------


def _mnemonic(text: str) -> str | None:
    """The letter after a single '&' ("&&" is a literal ampersand)."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] == "&":
                i += 2
                continue
            return text[i + 1].lower()
        i += 1
    return None


def mnemonic_clashes(dialog: QWidget) -> list[str]:
    import os
    if os.environ.get("DUMP_MNEMONICS"):
        print("DUMP", type(dialog).__name__, sorted(_used(dialog).items()))
    used = _used(dialog)
    return [f"{dialog.objectName() or type(dialog).__name__}: Alt+{k.upper()} for {v}"
            for k, v in sorted(used.items()) if len(v) > 1]


def _used(dialog: QWidget) -> dict[str, list[str]]:
    """Letters that two visible controls of ``dialog`` (not in its menus) underline."""
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel

    used: dict[str, list[str]] = defaultdict(list)
    for w in [dialog, *dialog.findChildren(QWidget)]:
        if w.window() is not dialog or not w.isVisibleTo(dialog):
            continue
        texts: list[str] = []
        if isinstance(w, QAbstractButton | QGroupBox):
            texts = [w.text() if isinstance(w, QAbstractButton) else w.title()]
        elif isinstance(w, QLabel) and w.buddy() is not None:
            texts = [w.text()]
        elif isinstance(w, QTabWidget):
            texts = [w.tabText(i) for i in range(w.count())]
        for text in texts:
            letter = _mnemonic(text)
            if letter:
                used[letter].append(text)
    return used


def _dialogs(window: Any) -> Iterator[QWidget]:
    """Every dialog of the app that shows buttons or labelled fields."""
    from datetime import date

    from pilates_desktop.core.care.pain import during_exercise
    from pilates_desktop.services.session import SessionSummary  # noqa: F401
    from pilates_desktop.services.settings import KNEE_PROBLEMS, NECK_PROBLEMS
    from pilates_desktop.ui.care.checkin_dialog import CheckInDialog
    from pilates_desktop.ui.care.exercise_pain import TooMuchDialog
    from pilates_desktop.ui.care.red_flags import RedFlagDialog
    from pilates_desktop.ui.dialogs.exercise import ExerciseDialog
    from pilates_desktop.ui.dialogs.safety import SafetyDialog
    from pilates_desktop.ui.dialogs.welcome import WelcomeDialog
    from pilates_desktop.ui.preferences.dialog import PreferencesDialog

    library = window.library
    window.settings.set_value(NECK_PROBLEMS, True)
    window.settings.set_value(KNEE_PROBLEMS, True)
    window.app_state.add_pain_mark("clams")
    routine = Routine("r", "R", tuple(Item(e) for e in ("the-hundred", "neck-lift", "clams",
                                                       "lunges") if e in library))
    yield SafetyDialog(routine, library, window.settings, window.app_state, window)
    yield WelcomeDialog(window.settings, window)
    window.show_preferences()
    yield window.findChild(PreferencesDialog)
    yield ExerciseDialog(library["the-hundred"], library, frozenset({"neck"}), 1, window)
    yield CheckInDialog(["R"], window)
    yield RedFlagDialog(date(2026, 4, 12), window)
    exercise = library["the-hundred"]
    yield TooMuchDialog(exercise, 7, during_exercise(7, exercise), library, window)
    window.show_history()
    yield window.history_window


@pytest.mark.parametrize("language", ["en", "de", "es"])
def test_no_dialog_gives_two_controls_one_mnemonic(window: Any, qapp: Any, qtbot: Any,
                                                    language: str) -> None:
    i18n_tools.ensure_built()
    i18n.install_translators(qapp, language)
    try:
        qapp.processEvents()
        found: list[str] = []
        count = 0
        for dialog in _dialogs(window):
            dialog.show()
            qapp.processEvents()
            found += mnemonic_clashes(dialog)
            for tabs in dialog.findChildren(QTabWidget):  # each page shows its own controls
                for page in range(tabs.count()):
                    tabs.setCurrentIndex(page)
                    found += mnemonic_clashes(dialog)
            count += 1
            dialog.close()
        assert count >= 8
        assert sorted(set(found)) == []
    finally:
        i18n.install_translators(qapp, "en")


def test_the_mnemonic_check_finds_a_clash(qtbot: Any) -> None:
    from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout

    dialog = QDialog()
    qtbot.addWidget(dialog)
    lay = QVBoxLayout(dialog)
    lay.addWidget(QPushButton("&Schub", dialog))
    lay.addWidget(QPushButton("Einheit &starten", dialog))
    lay.addWidget(QPushButton("Salt && &pepper", dialog))
    dialog.show()
    assert mnemonic_clashes(dialog) == [
        "QDialog: Alt+S for ['&Schub', 'Einheit &starten']"]
    assert _mnemonic("Salt && &pepper") == "p"
    assert QCoreApplication.translate("x", "y") == "y"
