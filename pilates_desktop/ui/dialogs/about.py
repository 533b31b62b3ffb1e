"""Help › About: the version, the Qt, PySide6 and Python it runs on, the data folder (with a
button that opens it) and the licence of every part that ships with the app. "Copy" puts the
same facts, in English, on the clipboard for a bug report (services/about.py's text, the one
`pilates-desktop --version` prints)."""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pilates_desktop import APP_NAME
from pilates_desktop.services.about import About
from pilates_desktop.ui.widgets.reflow import fit_to_screen


class AboutDialog(QDialog):
    def __init__(self, about: About, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.about = about
        self.setWindowTitle(self.tr("About Pilates Desktop"))
        layout = QVBoxLayout(self)

        head = QHBoxLayout()
        icon = QLabel()
        svg = resources.files("pilates_desktop.assets").joinpath("icon.svg")
        icon.setPixmap(QIcon(str(svg)).pixmap(64, 64))
        head.addWidget(icon)
        title = QLabel(f"<b style='font-size:16pt'>{APP_NAME} {about.version}</b><br>"
                       + self.tr("A calm Pilates companion for people with back pain."))
        title.setWordWrap(True)
        head.addWidget(title, 1)
        layout.addLayout(head)

        form = QFormLayout()
        self.runtime = QLabel(f"Qt {about.qt} · PySide6 {about.pyside} · Python {about.python}")
        form.addRow(self.tr("Runs on:"), self.runtime)
        self.data_dir = QLabel(str(about.data_dir))
        self.data_dir.setWordWrap(True)
        self.data_dir.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder = QPushButton(self.tr("&Open folder"))
        self.open_folder.setToolTip(self.tr("Show your data folder in the file manager"))
        self.open_folder.clicked.connect(self._open_data_dir)
        row = QHBoxLayout()
        row.addWidget(self.data_dir, 1)
        row.addWidget(self.open_folder)
        form.addRow(self.tr("Your data:"), row)
        layout.addLayout(form)

        layout.addWidget(QLabel(self.tr("Licences of the parts it ships with:")))
        self.licences = QTreeWidget()
        self.licences.setHeaderLabels([self.tr("Part"), self.tr("Licence")])
        self.licences.setRootIsDecorated(False)
        self.licences.setToolTip(self.tr("Every part that is installed with Pilates Desktop"))
        for part in about.parts:
            QTreeWidgetItem(self.licences, [part.name, part.licence])
        self.licences.resizeColumnToContents(0)
        self.licences.setMinimumHeight(160)
        layout.addWidget(self.licences, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy = buttons.addButton(self.tr("&Copy"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy.setToolTip(self.tr("Copy these details, for a bug report"))
        self.copy.clicked.connect(self._copy)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, 560, 480)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.about.version_text())

    def _open_data_dir(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.about.data_dir)))
