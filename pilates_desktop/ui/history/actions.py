"""The History view's "Export and Import" menu: export as JSON or CSV, import an export, and
restore the newest automatic backup. Every file and question goes through the Prompter, every
read and write through the history service (which defers a restore while a routine records)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from pilates_desktop.core.errors import PilatesError
from pilates_desktop.core.text import fill
from pilates_desktop.i18n import error_text
from pilates_desktop.services.history import HistoryService, Restore
from pilates_desktop.services.prompter import Notice, Prompter, Question
from pilates_desktop.ui.history.common import plural


class HistoryActions(QObject):
    """The actions and their menu button; ``imported`` is emitted after sessions were added."""

    imported = Signal(int)

    def __init__(self, history: HistoryService, prompter: Prompter, now: Callable[[], datetime],
                 window: QWidget) -> None:
        super().__init__(window)
        self.history = history
        self.prompter = prompter
        self._now = now
        self._window = window  # the parent of every question and message
        self.export_json_action = QAction(window)
        self.export_json_action.triggered.connect(lambda: self._export_dialog("json"))
        self.export_csv_action = QAction(window)
        self.export_csv_action.triggered.connect(lambda: self._export_dialog("csv"))
        self.import_action = QAction(window)
        self.import_action.triggered.connect(self._import_dialog)
        self.restore_action = QAction(window)
        self.restore_action.triggered.connect(lambda: self.restore_backup())
        self.menu = QMenu(window)
        self.menu.addAction(self.export_json_action)
        self.menu.addAction(self.export_csv_action)
        self.menu.addSeparator()
        self.menu.addAction(self.import_action)
        self.menu.addSeparator()
        self.menu.addAction(self.restore_action)
        self.menu_button = QToolButton(window)
        self.menu_button.setMenu(self.menu)
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

    def retranslate_ui(self) -> None:
        self.export_json_action.setText(self.tr("Export History as JSON…"))
        self.export_json_action.setToolTip(self.tr("Save every session with its exercises, to keep or to move to another computer"))
        self.export_csv_action.setText(self.tr("Export History as CSV…"))
        self.export_csv_action.setToolTip(self.tr("One row per session, for a spreadsheet"))
        self.import_action.setText(self.tr("Import History…"))
        self.import_action.setToolTip(self.tr("Merge a JSON export; sessions you already have are not added twice"))
        self.restore_action.setText(self.tr("Restore Automatic Backup…"))
        self.restore_action.setToolTip(self.tr("Go back to the newest daily backup; sessions recorded since are kept"))
        self.menu_button.setText(self.tr("Export and Import"))

    def show_message(self, kind: Notice, title: str, text: str) -> None:
        self.prompter.tell(self._window, "history-notice", title, text, kind)

    def confirm(self, key: str, title: str, text: str) -> bool:
        return self.prompter.ask(self._window, Question(key, title, text)) == "yes"

    def restore_backup(self, backup: Path | None = None) -> int | None:
        """Restore ``backup`` (default: the newest automatic one) after asking the user."""
        if backup is None:
            backup = self.history.latest_backup()
        if backup is None:
            self.show_message(
                Notice.INFORMATION,
                self.tr("No backup yet"),
                fill(self.tr("There is no automatic backup in %1 yet. One is made on the first start of each day."),
                     str(self.history.backups_dir)),
            )
            return None
        day = backup.stem.removeprefix("history-")
        question = fill(self.tr(
                 "Restore the automatic backup of %1?\n\nYour history goes back to that day. Sessions "
                 "recorded since then are kept."
             ),
                        day)
        if not self.confirm("restore-backup", self.tr("Restore Backup"), question):
            return None
        try:
            done = self.history.restore_backup(backup)
        except PilatesError as exc:
            self.show_message(Notice.WARNING, self.tr("Restore failed"),
                              error_text(exc))
            return None
        if done is Restore.DEFERRED:  # it would delete the session being recorded
            self.show_message(Notice.INFORMATION, self.tr("Restore after the routine"), fill(self.tr(
                     "A routine is being recorded now. The backup of %1 is restored as soon as it "
                     "ends."),
                                                                                             day))
            return None
        count = self.history.count()
        self.show_message(
            Notice.INFORMATION,
            self.tr("Backup restored"),
            plural(self.tr("Your history has %n session(s) again.", "", count), count),
        )
        return count

    def _default_name(self, ext: str) -> str:
        return f"pilates-history-{self._now().date().isoformat()}.{ext}"

    def _export_dialog(self, kind: str) -> None:
        filters = self.tr("JSON files (*.json)") if kind == "json" else self.tr("CSV files (*.csv)")
        start = str(Path.home() / self._default_name(kind))
        path = self.prompter.save_file(self._window, "export-history", self.tr("Export History"), start,
                                       filters)
        if path is not None:
            self.export_to(path, kind)

    def export_to(self, path: Path, kind: str) -> bool:
        try:
            self.history.export_to(path, kind)
        except OSError as exc:
            self.show_message(
                Notice.WARNING,
                self.tr("Export failed"),
                fill(self.tr("Could not write %1: %2"), str(path), exc.strerror or str(exc)),
            )
            return False
        return True

    def _import_dialog(self) -> None:
        path = self.prompter.open_file(self._window, "import-history", self.tr("Import History"),
                                       str(Path.home()), self.tr("History exports (*.json)"))
        if path is not None:
            self.import_from(path)

    def import_from(self, path: Path) -> int | None:
        try:
            added = self.history.import_file(path)
        except PilatesError as exc:
            self.show_message(
                Notice.WARNING,
                self.tr("Import failed"),
                fill(self.tr("%1 was not imported, and nothing was changed.\n\n%2"),
                     path.name, error_text(exc)),
            )
            return None
        self.imported.emit(added)
        self.show_message(
            Notice.INFORMATION,
            self.tr("Import finished"),
            fill(plural(self.tr("%n session(s) added from %1.", "", added), added), path.name),
        )
        return added

