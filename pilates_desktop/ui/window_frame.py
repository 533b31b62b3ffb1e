"""The main window's frame: its menus and toolbar, and its size, place and panel widths kept
between runs (never larger than the screen it opens on). ui/main_window.py wires what the
window does; this module only puts the frame together, so that the window stays readable.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QSplitter, QStyle, QToolBar

from pilates_desktop.services import settings as S
from pilates_desktop.services.settings import Settings
from pilates_desktop.ui.player.controls import PlayerActions, tinted_icon
from pilates_desktop.ui.widgets.reflow import fit_to_screen


@dataclass(frozen=True)
class AppActions:
    """The window's own actions (the builder's and the player's have their own homes)."""

    start: QAction
    quit: QAction
    preferences: QAction
    history: QAction
    shortcuts: QAction
    safety: QAction
    about: QAction


@dataclass(frozen=True)
class Menus:
    file: QMenu
    edit: QMenu
    view: QMenu
    player: QMenu
    history: QMenu
    help: QMenu
    toolbar: QToolBar


def build_menus(window: QMainWindow, file_actions: list[QAction], edit_actions: list[QAction],
                pa: PlayerActions, acts: AppActions) -> Menus:
    """The menu bar, the toolbar and the status bar; the titles come with the window's
    ``retranslate_ui``."""
    bar = window.menuBar()
    file_menu = bar.addMenu("")
    file_menu.addActions(file_actions)
    file_menu.addSeparator()
    file_menu.addAction(acts.quit)
    edit_menu = bar.addMenu("")
    edit_menu.addActions(edit_actions)
    edit_menu.addSeparator()
    edit_menu.addAction(acts.preferences)
    view_menu = bar.addMenu("")
    view_menu.addAction(pa.focus)
    player_menu = bar.addMenu("")
    player_menu.addAction(acts.start)
    player_menu.addSeparator()
    player_menu.addActions([pa.pause, pa.next, pa.back, pa.restart])
    player_menu.addSeparator()
    player_menu.addActions([pa.stop, pa.hurts])
    history_menu = bar.addMenu("")
    history_menu.addAction(acts.history)
    help_menu = bar.addMenu("")
    help_menu.addActions([acts.shortcuts, acts.safety, acts.about])
    # Hidden actions still need a home for their keys (media keys).
    window.addActions([pa.play, pa.media_pause])

    toolbar = QToolBar(window)
    toolbar.setObjectName("main-toolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.setIconSize(QSize(16, 16))
    acts.start.setIcon(tinted_icon(QStyle.StandardPixmap.SP_MediaPlay))
    toolbar.addActions([acts.start, pa.pause, pa.back, pa.next, pa.focus])
    toolbar.addSeparator()
    toolbar.addAction(pa.hurts)
    toolbar.addSeparator()
    toolbar.addAction(acts.history)
    window.addToolBar(toolbar)
    window.statusBar().setSizeGripEnabled(True)
    return Menus(file_menu, edit_menu, view_menu, player_menu, history_menu, help_menu, toolbar)


def _b64(data: QByteArray) -> str:
    return base64.b64encode(bytes(data.data())).decode("ascii")


def _unb64(text: str) -> QByteArray | None:
    try:
        return QByteArray(base64.b64decode(text.encode("ascii"), validate=True)) if text else None
    except ValueError:
        return None


def restore_frame(window: QMainWindow, splitter: QSplitter, settings: Settings) -> None:
    """The window's size and place from the last run, within this screen; its panels'
    widths."""
    screen = window.screen().availableGeometry() if window.screen() else None
    if screen is not None and screen.width() > 0:
        small = screen.width() < 1280  # a netbook: every pixel for the three panels
        fit_to_screen(window, screen.width() if small else min(1400, int(screen.width() * 0.92)),
                      screen.height() if small else min(900, int(screen.height() * 0.92)))
    else:
        window.resize(1280, 800)
    geometry = _unb64(settings.value(S.WINDOW_GEOMETRY))
    if geometry is not None:
        window.restoreGeometry(geometry)
        if screen is not None and screen.width() > 0:  # saved on a larger screen
            fit_to_screen(window, window.width(), window.height())
    state = _unb64(settings.value(S.WINDOW_STATE))
    if state is not None:
        window.restoreState(state)
    widths = _unb64(settings.value(S.SPLITTER_STATE))
    if widths is None or not splitter.restoreState(widths):
        splitter.setSizes([400, 380, 500])  # the playlist rows need ~360 px


def remember_frame(window: QMainWindow, settings: Settings) -> None:
    settings.set_value(S.WINDOW_GEOMETRY, _b64(window.saveGeometry()))
    settings.set_value(S.WINDOW_STATE, _b64(window.saveState()))


def remember_panels(splitter: QSplitter, settings: Settings) -> None:
    settings.set_value(S.SPLITTER_STATE, _b64(splitter.saveState()))
