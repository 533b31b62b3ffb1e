"""Issue 14 item 9: switching language live leaves no English behind.

The real app (``build_app``) is shown in English with everything a user can have open at once:
the builder with a routine and its idle panel, History, Preferences (every page), the tray's
menu, or the player in the middle of a session. Every string on screen is read (texts,
tooltips, window titles, tab texts, menu and toolbar actions, header labels, the items of
lists, tables and combo boxes, chart labels), the language is switched in Preferences, and the
strings are read again from the same places: none may still be the English one, unless it is
the same word in that language too (a number, a name, a unit: the catalogue says so, or the
short list below). Buttons must also fit their text in every language.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from typing import Any

import i18n_tools
import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from pilates_desktop import i18n
from pilates_desktop.core.history import Notice, NoticeKind
from pilates_desktop.services.settings import LANGUAGE

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints",
                                       "does not support raise")

Where = tuple[int, str]  # (the object's identity, what of it: "text", "tooltip", "item 3 0"...)

ROLES = ((Qt.ItemDataRole.DisplayRole, "display"), (Qt.ItemDataRole.ToolTipRole, "tip"))


class Reader:
    """Every string a user can see, by where it is shown. Keeps the objects it read alive,
    so an identity is never reused between two readings."""

    def __init__(self) -> None:
        self.seen: dict[Where, str] = {}
        self.names: dict[Where, str] = {}  # where, in words: for the failure message
        self._alive: list[Any] = []

    def add(self, obj: Any, what: str, text: str | None, name: str) -> None:
        if text and text.strip():
            self._alive.append(obj)
            self.seen[(id(obj), what)] = text
            self.names[(id(obj), what)] = f"{name} {what}"

    def action(self, action: QAction, name: str) -> None:
        if action.isSeparator() or not action.isVisible():
            return
        label = f"{name} action {action.text()!r}"
        self.add(action, "text", action.text(), label)
        self.add(action, "tooltip", action.toolTip(), label)
        self.add(action, "status tip", action.statusTip(), label)
        menu = action.menu()
        if isinstance(menu, QMenu):
            self.menu(menu, label)

    def menu(self, menu: QMenu, name: str) -> None:
        self.add(menu, "title", menu.title(), name)
        for action in menu.actions():
            self.action(action, f"{name} >")

    def model(self, view: QAbstractItemView, name: str) -> None:
        model = view.model()
        if model is None:
            return

        def rows(parent: QModelIndex, depth: int) -> None:
            for row in range(min(model.rowCount(parent), 60)):
                for col in range(columns(model, parent)):
                    index = model.index(row, col, parent)
                    for role, role_name in ROLES:
                        value = model.data(index, role)
                        if isinstance(value, str):
                            self.add(view, f"{role_name} {depth}:{row}:{col}", value, name)
                if depth < 2:
                    rows(model.index(row, 0, parent), depth + 1)

        rows(QModelIndex(), 0)
        for orientation, count in ((Qt.Orientation.Horizontal, columns(model, QModelIndex())),
                                   (Qt.Orientation.Vertical, min(model.rowCount(), 60))):
            for section in range(count):
                for role, role_name in ROLES:
                    value = model.headerData(section, orientation, role)
                    if isinstance(value, str):
                        self.add(view, f"header {orientation.name} {section} {role_name}",
                                 value, name)

    def widget(self, w: QWidget) -> None:
        name = f"{type(w).__name__}({w.objectName() or w.accessibleName()!r})"
        if w.isWindow():
            self.add(w, "window title", w.windowTitle(), name)
        self.add(w, "tooltip", w.toolTip(), name)
        if isinstance(w, QLabel | QAbstractButton):
            self.add(w, "text", w.text(), name)
        elif isinstance(w, QGroupBox):
            self.add(w, "title", w.title(), name)
        elif isinstance(w, QLineEdit):
            self.add(w, "placeholder", w.placeholderText(), name)
            if w.isReadOnly():
                self.add(w, "text", w.text(), name)
        elif isinstance(w, QTextEdit | QPlainTextEdit):
            self.add(w, "placeholder", w.placeholderText(), name)
            if w.isReadOnly():
                self.add(w, "text", w.toPlainText(), name)
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                self.add(w, f"item {i}", w.itemText(i), name)
                tip = w.itemData(i, Qt.ItemDataRole.ToolTipRole)
                self.add(w, f"item tip {i}", tip if isinstance(tip, str) else None, name)
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                self.add(w, f"tab {i}", w.tabText(i), name)
                self.add(w, f"tab tip {i}", w.tabToolTip(i), name)
        elif isinstance(w, QAbstractSpinBox):
            for what in ("prefix", "suffix", "specialValueText"):
                getter: Callable[[], str] | None = getattr(w, what, None)
                self.add(w, what, getter() if getter else None, name)
        elif isinstance(w, QProgressBar):
            self.add(w, "text", w.text(), name)
        elif isinstance(w, QGraphicsView) and w.scene() is not None:
            for k, item in enumerate(w.scene().items()):
                if isinstance(item, QGraphicsTextItem) and item.isVisible():
                    self.add(w, f"scene text {k}", item.toPlainText(), name)
                elif isinstance(item, QGraphicsSimpleTextItem) and item.isVisible():
                    self.add(w, f"scene text {k}", item.text(), name)
        if isinstance(w, QAbstractItemView) and not isinstance(w.parent(), QComboBox):
            self.model(w, name)
        if isinstance(w, QMainWindow):
            self.add(w, "status", w.statusBar().currentMessage(), name)
            for action in w.menuBar().actions():
                self.action(action, "menu bar")
        for action in w.actions():
            self.action(action, name)


def columns(model: Any, parent: QModelIndex) -> int:
    try:
        return int(model.columnCount(parent))
    except TypeError:  # a list model's columnCount is private in PySide6: it has one
        return 1


def reachable(top: QWidget) -> Iterator[QWidget]:
    """``top`` and what a user can see of it: every shown widget, and every page of a tab
    (a click away)."""
    yield top
    tab_pages = isinstance(top, QStackedWidget) and isinstance(top.parent(), QTabWidget)
    for child in top.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if child.isWindow() or (child.isHidden() and not tab_pages):
            continue
        yield from reachable(child)


def on_screen(qapp: QApplication) -> Iterator[QWidget]:
    for top in qapp.topLevelWidgets():
        if top.isVisible():
            yield from reachable(top)


def read(qapp: QApplication, app: Any) -> Reader:
    reader = Reader()
    for w in on_screen(qapp):
        reader.widget(w)
    if app.week is not None:  # the tray's menu and tooltip
        tray = app.week.tray
        tray.refresh()
        reader.menu(tray.menu, "tray menu")
        reader.add(tray.icon, "tooltip", tray.icon.toolTip(), "tray icon")
    return reader


# Words that are the same in German and Spanish as in English: the name, units, formats, and
# each language's own name in the list of languages.
SAME = {"Pilates", "Pilates Desktop", "OK", "JSON", "CSV", "PDF", "English", "Deutsch", "Español"}
UNITS = {"min", "s", "h", "px"}


def catalogue_sames(language: str) -> set[str]:
    """Texts that the language's catalogue translates as they are (after the accelerator)."""
    root = ET.parse(i18n_tools.ts_dir() / f"pilates_{language}.ts").getroot()
    same = set()
    for msg in root.iter("message"):
        source, translation = msg.findtext("source") or "", msg.findtext("translation") or ""
        if source == translation:
            same.add(source.replace("&", ""))
    return same


def invariant(text: str, sames: set[str]) -> bool:
    bare = text.replace("&", "").strip()
    words = re.findall(r"[^\W\d_]+", bare)
    return (all(word in UNITS for word in words)  # numbers, times, "12 min", symbols
            or bare.startswith(("/", "~/"))  # a file's path
            or bare in SAME or bare in sames)


def english_left(before: Reader, after: Reader, language: str) -> list[str]:
    sames = catalogue_sames(language)
    return sorted(f"{before.names[where]}: {text!r}" for where, text in before.seen.items()
                  if after.seen.get(where) == text and not invariant(text, sames))


def switch(qapp: QApplication, prefs: Any, language: str) -> None:
    """The user picks the language in Preferences (the combo writes the setting)."""
    combo = prefs.language
    combo.setCurrentIndex(combo.findData(language))
    for _ in range(3):  # LanguageChange, then any re-read deferred to the event loop
        qapp.processEvents()
    assert i18n.current_language() == language


@pytest.fixture
def shown(qapp: Any, make_app: Any, settings: Any) -> Iterator[Any]:
    """The app in English, shown, with the tray, Preferences and History open."""
    from pilates_desktop.ui.preferences.dialog import PreferencesDialog

    i18n_tools.ensure_built()
    settings.set_value(LANGUAGE, "en")
    app = make_app()
    window = app.window
    window.resize(1280, 720)
    window.show()
    app.start_week()
    window.show_history()
    window.show_preferences()
    prefs = window.findChild(PreferencesDialog)
    assert prefs is not None
    qapp.processEvents()
    yield app, prefs
    i18n.install_translators(qapp, "en")
    qapp.processEvents()  # the LanguageChange it posts, while the app is still open


@pytest.mark.parametrize("language", ["de", "es"])
def test_no_english_is_left_after_switching_language_idle(shown: Any, qapp: Any,
                                                          language: str) -> None:
    app, prefs = shown
    window = app.window
    routines = window.workspace.routines()
    assert window.workspace.select_routine(routines[0].id)
    # A line in the status bar (it stays 30 s: the user may switch language meanwhile).
    window.show_history_notice(Notice(NoticeKind.INTERRUPTED_CLOSED, "", count=2))
    qapp.processEvents()
    before = read(qapp, app)
    assert "sessions cut short" in before.seen[(id(window), "status")]
    assert len(before.seen) > 300  # the walk reached the window, History, Preferences, tray
    switch(qapp, prefs, language)
    left = english_left(before, read(qapp, app), language)
    assert left == [], f"{len(left)} English strings left:\n" + "\n".join(left)


@pytest.mark.parametrize("language", ["de", "es"])
def test_no_english_is_left_after_switching_language_mid_session(shown: Any, qapp: Any,
                                                                 language: str) -> None:
    app, prefs = shown
    window = app.window
    routine = next(r for r in window.workspace.routines() if r.id == "powerhouse")
    assert window.start_routine(routine)
    window.session.tick()
    window.test_clock.advance(12.0)  # past the get-ready, into the first exercise
    window.session.tick()
    qapp.processEvents()
    before = read(qapp, app)
    switch(qapp, prefs, language)
    left = english_left(before, read(qapp, app), language)
    assert left == [], f"{len(left)} English strings left:\n" + "\n".join(left)


@pytest.mark.parametrize("language", ["en", "de", "es"])
def test_every_button_fits_its_text(shown: Any, qapp: Any, language: str) -> None:
    app, prefs = shown
    switch(qapp, prefs, language)
    clipped = []
    for w in on_screen(qapp):
        if isinstance(w, QPushButton) and w.isVisible() and w.text():
            text = w.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            need = w.fontMetrics().horizontalAdvance(text)
            if not w.icon().isNull():
                need += w.iconSize().width() + 4
            room = w.contentsRect().width()
            if need > room:
                clipped.append(f"{type(w.window()).__name__} {text!r}: {need} > {room}")
    assert clipped == [], "\n".join(clipped)
