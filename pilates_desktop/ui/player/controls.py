"""The player's controls as QActions, shared by the menu bar, the toolbar, the player and
the focus window, so a button, a key and a menu entry can never disagree.

Kept apart from the player view so the first painted window (whose toolbar shows these
actions) does not load the player.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle


def tinted_icon(pixmap: QStyle.StandardPixmap, size: int = 16) -> QIcon:
    """A standard icon recoloured with the palette's text colour."""
    source = QApplication.style().standardIcon(pixmap).pixmap(size, size)
    painter = QPainter(source)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(source.rect(), QApplication.palette().color(QPalette.ColorRole.WindowText))
    painter.end()
    return QIcon(source)


def _shortcut_text(action: QAction) -> str:
    keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
    keys = [k for k in keys if k and not k.startswith("Media")]
    return ", ".join(keys)


class PlayerActions(QObject):
    """Every player control as a QAction with its keys (media keys included)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        K = Qt.Key  # noqa: N806

        def make(name: str, keys: list[Any]) -> QAction:
            a = QAction(self)
            a.setObjectName(name)
            a.setShortcuts([QKeySequence(k) for k in keys])
            a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            a.setAutoRepeat(False)
            return a

        self.pause = make("player-pause", [K.Key_Space, K.Key_MediaTogglePlayPause])
        self.play = make("player-media-play", [K.Key_MediaPlay])  # resume (media key)
        self.media_pause = make("player-media-pause", [K.Key_MediaPause])
        self.next = make("player-next", [K.Key_Right, K.Key_N, K.Key_MediaNext])
        self.back = make("player-back", [K.Key_Left, K.Key_P, K.Key_MediaPrevious])
        self.restart = make("player-restart", [K.Key_R])
        self.stop = make("player-stop", [K.Key_Escape, K.Key_MediaStop])
        self.focus = make("player-focus", [K.Key_F, K.Key_F11])
        self.focus.setCheckable(True)
        self.hurts = make("player-hurts", [K.Key_H])  # H for hurts, reachable from the mat
        self._running = True
        self.refresh_icons()
        self.retranslate_ui()
        self.set_session_active(False)

    def all(self) -> list[QAction]:
        return [self.pause, self.play, self.media_pause, self.next, self.back, self.restart,
                self.stop, self.focus, self.hurts]

    def set_session_active(self, active: bool) -> None:
        for a in self.all():
            a.setEnabled(active)

    def refresh_icons(self) -> None:
        """Media icons in the text colour, so they read in light and dark themes alike."""
        P = QStyle.StandardPixmap  # noqa: N806
        for action, pixmap in ((self.pause, P.SP_MediaPause if self._running
                                else P.SP_MediaPlay), (self.play, P.SP_MediaPlay),
                               (self.media_pause, P.SP_MediaPause),
                               (self.next, P.SP_MediaSkipForward),
                               (self.back, P.SP_MediaSkipBackward),
                               (self.restart, P.SP_BrowserReload), (self.stop, P.SP_MediaStop)):
            action.setIcon(tinted_icon(pixmap))

    def set_running(self, running: bool) -> None:
        if running != self._running:
            self._running = running
            self.refresh_icons()
        self.pause.setText(self.tr("Pause") if running else self.tr("Resume"))
        self.pause.setToolTip(self._tip(self.pause, self.tr("Pause") if running
                                        else self.tr("Resume")))

    def _tip(self, action: QAction, text: str) -> str:
        keys = _shortcut_text(action)
        return f"{text} ({keys})" if keys else text

    def retranslate_ui(self) -> None:
        texts = {
            self.pause: (self.tr("Pause"), self.tr("Pause or resume the routine")),
            self.play: (self.tr("Resume"), self.tr("Resume the routine")),
            self.media_pause: (self.tr("Pause"), self.tr("Pause the routine")),
            self.next: (self.tr("Next"), self.tr("Go to the next part")),
            self.back: (self.tr("Back"), self.tr("Go back to the previous part")),
            self.restart: (self.tr("Restart step"), self.tr("Start this part again")),
            self.stop: (self.tr("Stop"), self.tr("Stop the routine")),
            self.focus: (self.tr("Focus mode"), self.tr("Full screen with large type")),
            self.hurts: (self.tr("Stop — it hurts"),
                         self.tr("Stop at once and mark this exercise")),
        }
        for action, (text, tip) in texts.items():
            action.setText(text)
            action.setToolTip(self._tip(action, tip))
            action.setStatusTip(tip)
