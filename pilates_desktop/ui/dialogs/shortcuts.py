"""Help > Keyboard Shortcuts: every shortcut of the window, gathered from its actions.

Nothing is listed by hand: the dialog reads the menus, the window's other actions and its
QShortcuts, so the list cannot drift from what the keys really do.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pilates_desktop.ui.widgets.reflow import fit_to_screen


def _plain(text: str) -> str:
    """A menu text without its mnemonic ampersand and trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…. ").strip()


def key_text(sequences: list[QKeySequence]) -> str:
    keys = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences]
    return ", ".join(k for k in keys if k)


def gather(window: QWidget) -> list[tuple[str, list[tuple[str, str]]]]:
    """(group title, [(action text, keys)]) for every action or shortcut that has keys."""
    groups: list[tuple[str, list[tuple[str, str]]]] = []
    seen: set[int] = set()

    def rows_of(actions: list[QAction], prefix: str = "") -> list[tuple[str, str]]:
        rows: list[tuple[str, str]] = []
        for action in actions:
            if action.isSeparator():
                continue
            menu = action.menu()
            if isinstance(menu, QMenu):
                rows.extend(rows_of(menu.actions(), prefix + _plain(menu.title()) + " › "))
                continue
            seen.add(id(action))
            keys = key_text(action.shortcuts())
            if keys and action.text():
                rows.append((prefix + _plain(action.text()), keys))
        return rows

    if isinstance(window, QMainWindow):
        bar = window.menuBar()
        for top in bar.actions():
            menu = top.menu()
            if isinstance(menu, QMenu):
                rows = rows_of(menu.actions())
                if rows:
                    groups.append((_plain(menu.title()), rows))
    others: list[tuple[str, str]] = []
    for action in window.findChildren(QAction):
        if id(action) in seen or action.isSeparator() or not action.text():
            continue
        seen.add(id(action))
        keys = key_text(action.shortcuts())
        if keys:
            others.append((_plain(action.text()), keys))
    for shortcut in window.findChildren(QShortcut):
        text = shortcut.whatsThis() or shortcut.objectName()
        keys = key_text(shortcut.keys())
        if keys and text and shortcut.isEnabled():
            others.append((_plain(text), keys))
    if others:
        groups.append((QCoreApplication.translate("ShortcutsDialog", "Other"), sorted(set(others))))
    return groups


class ShortcutsDialog(QDialog):
    def __init__(self, window: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("ShortcutsDialog")
        self._window = window
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        layout.addWidget(self.filter)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.tree, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 560, 600)
        self.retranslate_ui()

    def populate(self) -> None:
        self.tree.clear()
        for title, rows in gather(self._window):
            group = QTreeWidgetItem(self.tree, [title])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.setFirstColumnSpanned(True)
            for text, keys in rows:
                item = QTreeWidgetItem(group, [text, keys])
                item.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{text}: {keys}")
            group.setExpanded(True)
        self._apply_filter(self.filter.text())

    def rows(self) -> list[tuple[str, str, str]]:
        """(group, action, keys) as listed, for tests."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            assert group is not None
            for j in range(group.childCount()):
                child = group.child(j)
                assert child is not None
                out.append((group.text(0), child.text(0), child.text(1)))
        return out

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().lower()
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            assert group is not None
            visible = 0
            for j in range(group.childCount()):
                child = group.child(j)
                assert child is not None
                match = not needle or needle in child.text(0).lower() or needle in child.text(
                    1).lower()
                child.setHidden(not match)
                visible += match
            group.setHidden(visible == 0)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.intro.setText(self.tr("Everything in the app works from the keyboard. Tab moves "
                                   "between controls; these keys do the rest."))
        self.filter.setPlaceholderText(self.tr("Find a shortcut"))
        self.filter.setAccessibleName(self.tr("Find a shortcut"))
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setAccessibleName(self.tr("Close"))
        self.populate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            # The actions retranslate on the same event; read them once they have.
            QTimer.singleShot(0, self, self.retranslate_ui)  # not once the dialog is gone
        super().changeEvent(event)
