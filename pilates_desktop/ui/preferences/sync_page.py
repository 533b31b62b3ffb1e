"""The Sync page of Preferences: choose the folder, name this computer, see the last sync.

Everything here goes through the sync service; the page only shows and asks. The folder is
chosen through the Prompter (tests answer it), a sync runs when the folder is chosen and on
"Sync Now", and what the last sync brought stays readable after a restart (the service keeps
it with the sync state).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pilates_desktop.core.clock import Clock
from pilates_desktop.core.text import fill
from pilates_desktop.i18n import medium_date_time
from pilates_desktop.services.prompter import Prompter
from pilates_desktop.services.sync import SyncService

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from pilates_desktop.core.sync.engine import SyncReport

NAME_LIMIT = 80


def _plural(text: str, n: int) -> str:
    """English plurals when no translation is loaded ("session(s)"); a translated text has
    no "(s)" left."""
    return text.replace("(s)", "" if n == 1 else "s")


class SyncPage(QWidget):
    def __init__(self, sync: SyncService, prompter: Prompter, clock: Clock,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sync")
        self._sync = sync
        self._prompter = prompter
        self._clock = clock
        self._problem = ""

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.folder_group = QGroupBox()
        self.folder_edit = QLineEdit()
        self.folder_edit.setReadOnly(True)
        self.choose_button = QPushButton()
        self.choose_button.clicked.connect(self.choose_folder)
        self.sync_button = QPushButton()
        self.sync_button.clicked.connect(self.sync_now)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.sync_button)
        self.name_label = QLabel()
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(NAME_LIMIT)
        self.name_edit.editingFinished.connect(self._name_edited)
        self.name_label.setBuddy(self.name_edit)
        form = QFormLayout()
        form.addRow(row)
        form.addRow(self.name_label, self.name_edit)
        self.folder_group.setLayout(form)

        self.status_group = QGroupBox()
        self.last_label = QLabel()
        self.last_label.setWordWrap(True)
        self.last_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setObjectName("sync-problem")
        self.problem_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        status = QVBoxLayout(self.status_group)
        status.addWidget(self.last_label)
        status.addWidget(self.problem_label)

        self.never = QLabel()
        self.never.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.folder_group)
        layout.addWidget(self.status_group)
        layout.addWidget(self.never)
        layout.addStretch(1)

        sync.synced.connect(self._on_synced)
        sync.failed.connect(self._on_failed)
        sync.folder_changed.connect(lambda _folder: self.refresh())
        sync.busy_changed.connect(lambda _busy: self.refresh())  # it syncs on its own thread
        self.retranslate_ui()

    # --- actions -----------------------------------------------------------------------------

    def choose_folder(self) -> None:
        current = self._sync.folder()
        chosen = self._prompter.choose_folder(
            self, "sync-folder", self.tr("Choose the Sync Folder"),
            str(current) if current is not None else "")
        if chosen is not None:
            self._sync.set_folder(chosen)
            self.refresh()

    def sync_now(self) -> None:
        self._sync.sync_now()
        self.refresh()

    def _name_edited(self) -> None:
        name = self.name_edit.text().strip()
        if name and name != self._sync.device_name():
            self._sync.set_device_name(name)
        self.name_edit.setText(self._sync.device_name())

    def _on_synced(self, _report: SyncReport) -> None:
        self._problem = ""
        self.refresh()

    def _on_failed(self, message: str) -> None:
        self._problem = message
        self.refresh()

    # --- what it shows -----------------------------------------------------------------------

    def refresh(self) -> None:
        folder = self._sync.folder()
        self.folder_edit.setText(str(folder) if folder is not None else "")
        self.folder_edit.setToolTip(str(folder) if folder is not None
                                    else self.tr("The folder this computer syncs with"))
        self.folder_edit.setPlaceholderText(self.tr("No folder chosen: this computer does "
                                                    "not sync"))
        busy = self._sync.is_busy()
        self.sync_button.setEnabled(folder is not None and not busy)
        self.choose_button.setEnabled(not busy)
        if not self.name_edit.hasFocus():
            self.name_edit.setText(self._sync.device_name())
        self.last_label.setText(self.tr("Syncing…") if busy else self._last_text())
        self.problem_label.setText(fill(self.tr("The last sync did not work: %1"),
                                        self._problem) if self._problem else "")
        self.problem_label.setVisible(bool(self._problem))

    def _last_text(self) -> str:
        last = self._sync.syncer.state().last
        if not last.at:
            return self.tr("Not synced yet.")
        when = datetime.strptime(last.at, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
        local = when.astimezone(self._clock.now().tzinfo)
        stamp = medium_date_time(local)
        parts = self._brought(last.brought)
        text = (fill(self.tr("Last sync: %1. It brought %2."),
                     stamp, QLocale().createSeparatedList(parts)) if parts else
                fill(self.tr("Last sync: %1. Nothing new from the other computers."), stamp))
        if last.conflicts:
            text += "\n" + fill(self.tr(
                     "A routine was changed on two computers at once; both versions are kept. "
                     "The other one is called: %1"),
                                ", ".join(last.conflicts))
        return text

    def _brought(self, brought: dict[str, int]) -> list[str]:
        sessions = sum(n for k, n in brought.items() if k.startswith("session_added"))
        changed = sum(n for k, n in brought.items() if k.startswith("session_changed"))
        removed = sum(n for k, n in brought.items() if k.startswith("session_removed"))
        routines = sum(n for k, n in brought.items() if k.startswith("routines_"))
        parts = []
        if sessions:
            parts.append(_plural(self.tr("%n new session(s)", "", sessions), sessions))
        if changed:
            parts.append(_plural(self.tr("%n changed session(s)", "", changed), changed))
        if removed:
            parts.append(_plural(self.tr("%n deleted session(s)", "", removed), removed))
        if routines:
            parts.append(_plural(self.tr("%n routine change(s)", "", routines), routines))
        return parts

    def retranslate_ui(self) -> None:
        self.intro.setText(self.tr(
            "Keep your history and routines the same on several computers through a folder "
            "you already sync, with Syncthing, Nextcloud or Dropbox. Each computer writes only "
            "its own files there; nothing is sent anywhere else."))
        self.folder_group.setTitle(self.tr("Sync folder"))
        self.choose_button.setText(self.tr("Choose &Folder…"))
        self.choose_button.setToolTip(self.tr(
            "Choose a folder your sync program keeps the same on each computer"))
        self.sync_button.setText(self.tr("Sync &Now"))
        self.sync_button.setToolTip(self.tr(
            "Sync now (it also happens at start, after each session and when files arrive)"))
        self.name_label.setText(self.tr("This computer's na&me:"))
        self.name_edit.setToolTip(self.tr(
            "Shown next to the sessions done on this computer and in the names of conflict "
            "copies"))
        self.status_group.setTitle(self.tr("Last sync"))
        self.never.setText(self.tr(
            "Never point two computers at the same data folder: give each its own, and let "
            "them meet in the sync folder."))
        self.folder_edit.setAccessibleName(self.tr("Sync folder"))
        self.name_edit.setAccessibleName(self.tr("This computer's name"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def page_maker(sync: SyncService | None, prompter: Prompter,
               clock: Clock) -> Callable[[], QWidget] | None:
    """What Preferences calls to make its Sync page (None: no sync in this run)."""
    if sync is None:
        return None
    return lambda: SyncPage(sync, prompter, clock)


def connect_window(sync: SyncService, window: QMainWindow) -> None:
    """What the window does with a sync: reload the routines it changed, and say in the
    status bar when it failed or kept a conflict copy (the Sync page says both too)."""
    from PySide6.QtCore import QCoreApplication

    def say(text: str, ms: int) -> None:
        window.statusBar().showMessage(text, ms)

    workspace = getattr(window, "workspace", None)
    if workspace is not None:
        sync.routines_changed.connect(workspace.reload_routines)
    sync.failed.connect(lambda text: say(fill(QCoreApplication.translate(
             "SyncPage", "Sync did not work: %1"),
                                              text), 30000))
    sync.conflicts.connect(lambda names: say(fill(QCoreApplication.translate(
             "SyncPage", "A routine was changed on two computers at once; both versions are kept "
             "(%1)."),
                                                  ", ".join(names)), 60000))
