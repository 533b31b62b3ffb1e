"""Help › About shows the version, what the app runs on, the data folder and the licences,
copies the same facts for a bug report, and reads in the user's language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import i18n_tools
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication

from pilates_desktop import __version__, i18n
from pilates_desktop.services.about import PARTS, about
from pilates_desktop.ui.dialogs.about import AboutDialog


def test_about_shows_versions_data_folder_and_every_licence(qtbot: Any, tmp_path: Path) -> None:
    facts = about(tmp_path / "data")
    dialog = AboutDialog(facts)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = " ".join(w.text() for w in dialog.findChildren(type(dialog.runtime)))
    assert __version__ in texts and f"Qt {facts.qt}" in texts
    assert dialog.data_dir.text() == str(tmp_path / "data")
    rows = [(dialog.licences.topLevelItem(i).text(0), dialog.licences.topLevelItem(i).text(1))
            for i in range(dialog.licences.topLevelItemCount())]
    assert rows == [(p.name, p.licence) for p in PARTS]
    for button in (dialog.copy, dialog.open_folder):
        assert button.toolTip()
    dialog.resize(dialog.minimumSizeHint())
    assert dialog.minimumSizeHint().height() <= 560 and dialog.minimumSizeHint().width() <= 1000


def test_copy_puts_the_version_text_on_the_clipboard(qtbot: Any, tmp_path: Path) -> None:
    facts = about(tmp_path)
    dialog = AboutDialog(facts)
    qtbot.addWidget(dialog)
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(dialog.copy, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == facts.version_text()


def test_about_reads_in_german(qtbot: Any, qapp: QCoreApplication, tmp_path: Path) -> None:
    i18n_tools.ensure_built()
    try:
        i18n.install_translators(qapp, "de")
        dialog = AboutDialog(about(tmp_path))
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Über Pilates Desktop"
        assert dialog.licences.headerItem().text(1) == "Lizenz"
    finally:
        i18n.install_translators(qapp, "en")


def test_help_about_opens_it_with_the_apps_data_folder(make_window: Any, monkeypatch: Any) -> None:
    window = make_window()
    shown: list[AboutDialog] = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: shown.append(self) or 0)
    window.about_action.trigger()
    assert len(shown) == 1 and shown[0].parent() is window
    assert shown[0].data_dir.text() == str(window.services.paths.data_dir)
