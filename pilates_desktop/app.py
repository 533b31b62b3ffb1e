"""Builds the QApplication, its translators and paths, and the main window."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtWidgets import QApplication, QMainWindow

from pilates_desktop import APP_ID, APP_NAME, ORG_NAME, __version__


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    return app


def run_gui(args: argparse.Namespace) -> int:
    app = create_application()
    window = QMainWindow()
    window.setWindowTitle(APP_NAME)
    window.resize(1200, 800)
    window.show()
    return app.exec()
