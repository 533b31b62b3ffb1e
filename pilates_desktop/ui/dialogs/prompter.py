"""The Prompter the app runs with: each question as the platform's own dialog.

Message boxes and file dialogs are imported when the first question is asked, not at start-up.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from pilates_desktop.services.prompter import Notice, Question, Role

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QWidget


class QtPrompter:
    def ask(self, parent: QWidget | None, question: Question) -> str:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning if question.warning else QMessageBox.Icon.Question)
        box.setWindowTitle(question.title)
        box.setText(question.text)
        roles = {Role.ACCEPT: QMessageBox.ButtonRole.AcceptRole,
                 Role.REJECT: QMessageBox.ButtonRole.RejectRole,
                 Role.DESTRUCTIVE: QMessageBox.ButtonRole.DestructiveRole,
                 Role.ACTION: QMessageBox.ButtonRole.ActionRole}
        standard = {"yes": QMessageBox.StandardButton.Yes, "no": QMessageBox.StandardButton.No,
                    "cancel": QMessageBox.StandardButton.Cancel,
                    "ok": QMessageBox.StandardButton.Ok}
        buttons = {}
        for choice in question.choices:
            if choice.text:
                buttons[choice.key] = box.addButton(choice.text, roles[choice.role])
            else:
                buttons[choice.key] = box.addButton(standard[choice.key])
        if question.default in buttons:
            box.setDefaultButton(buttons[question.default])
        if question.escape in buttons:
            box.setEscapeButton(buttons[question.escape])
        box.exec()
        clicked = box.clickedButton()
        for key, button in buttons.items():
            if button is clicked:
                return key
        return question.escape

    def ask_text(self, parent: QWidget | None, key: str, title: str, label: str,
                 text: str = "") -> str | None:
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
        return str(value) if ok else None

    def open_file(self, parent: QWidget | None, key: str, title: str, folder: str,
                  filters: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(parent, title, folder, filters)
        return Path(path) if path else None

    def save_file(self, parent: QWidget | None, key: str, title: str, suggestion: str,
                  filters: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(parent, title, suggestion, filters)
        return Path(path) if path else None

    def choose_folder(self, parent: QWidget | None, key: str, title: str,
                      folder: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        path = QFileDialog.getExistingDirectory(parent, title, folder)
        return Path(path) if path else None

    def tell(self, parent: QWidget | None, key: str, title: str, text: str,
             kind: Notice = Notice.WARNING) -> None:
        from PySide6.QtWidgets import QMessageBox

        icon = QMessageBox.Icon.Warning if kind is Notice.WARNING else QMessageBox.Icon.Information
        QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent).exec()

    def run(self, key: str, dialog: QDialog) -> bool:
        from PySide6.QtWidgets import QDialog

        return dialog.exec() == QDialog.DialogCode.Accepted
