"""The first-run welcome: doctor, slowly, stop if it hurts; then the health questions.

It must be acknowledged once (``WELCOME_ACKNOWLEDGED``). ``--no-first-run`` skips it for one
run only, for kiosks and automated use; Help > Welcome and Safety reopens it at any time.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pilates_desktop import APP_NAME
from pilates_desktop.core.text import fill
from pilates_desktop.services.settings import (
    KNEE_PROBLEMS,
    NECK_PROBLEMS,
    WELCOME_ACKNOWLEDGED,
    Setting,
    Settings,
)
from pilates_desktop.ui.widgets.reflow import fit_to_screen

if TYPE_CHECKING:
    from pilates_desktop.services.prompter import Prompter

WELCOME = "welcome"  # the Prompter's key for the first-run welcome


class _BoundCheck(QCheckBox):
    """A checkbox that is a boolean setting: changes are saved and applied at once."""

    def __init__(self, settings: Settings, setting: Setting[bool], parent: QWidget) -> None:
        super().__init__(parent)
        self._settings = settings
        self._setting = setting
        self.setChecked(bool(settings.value(setting)))
        self.toggled.connect(lambda on: settings.set_value(setting, on))
        settings.watch(setting, self._on_changed, owner=self)

    def _on_changed(self, value: bool) -> None:
        if value != self.isChecked():
            self.setChecked(value)


class WelcomeDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None,
                 first_run: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("WelcomeDialog")
        self._settings = settings
        self._first_run = first_run
        layout = QVBoxLayout(self)
        layout.setSpacing(10)

        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setAccessibleName(APP_NAME)
        layout.addWidget(self.heading)

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.points: list[QLabel] = []
        for _ in range(3):
            label = QLabel()
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            label.setContentsMargins(12, 0, 0, 0)
            layout.addWidget(label)
            self.points.append(label)

        self.health = QGroupBox()
        health_layout = QVBoxLayout(self.health)
        self.health_intro = QLabel()
        self.health_intro.setWordWrap(True)
        health_layout.addWidget(self.health_intro)
        self.knee = _BoundCheck(settings, KNEE_PROBLEMS, self.health)
        self.neck = _BoundCheck(settings, NECK_PROBLEMS, self.health)
        health_layout.addWidget(self.knee)
        health_layout.addWidget(self.neck)
        self.health_note = QLabel()
        self.health_note.setWordWrap(True)
        health_layout.addWidget(self.health_note)
        layout.addWidget(self.health)

        self.acknowledge = QCheckBox()
        self.acknowledge.setChecked(bool(settings.value(WELCOME_ACKNOWLEDGED)))
        layout.addWidget(self.acknowledge)
        layout.addStretch(1)

        self.buttons = QDialogButtonBox()
        self.start_button = QPushButton()
        self.start_button.setDefault(True)
        self.buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = QPushButton()
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.acknowledge.toggled.connect(self._update_buttons)

        QWidget.setTabOrder(self.knee, self.neck)
        QWidget.setTabOrder(self.neck, self.acknowledge)
        QWidget.setTabOrder(self.acknowledge, self.start_button)
        QWidget.setTabOrder(self.start_button, self.close_button)
        self.retranslate_ui()
        self._update_buttons()
        fit_to_screen(self, 620, 450)

    def _update_buttons(self) -> None:
        self.start_button.setEnabled(self.acknowledge.isChecked())

    def accept(self) -> None:
        if not self.acknowledge.isChecked():
            return
        self._settings.set_value(WELCOME_ACKNOWLEDGED, True)
        super().accept()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(fill(self.tr("Welcome to %1"), APP_NAME))
        self.heading.setText(fill(self.tr("Welcome to %1"), APP_NAME))
        self.intro.setText(
            self.tr("Pilates can ease a sore back, but only you know how your back feels "
                    "today. Three things matter more than any routine in this app:")
        )
        points = [
            (self.tr("Check with your doctor first."),
             self.tr("Ask your doctor or physiotherapist before you start, above all if the "
                     "pain is new or strong, or if it follows an injury or an operation.")),
            (self.tr("Move slowly."),
             self.tr("Small, controlled movements with steady breathing do the work. Speed "
                     "and a big range do not.")),
            (self.tr("Stop if anything hurts."),
             self.tr("Press \u201cStop \u2014 it hurts\u201d in the player. The app "
                     "remembers the exercise and reminds you the next time.")),
        ]
        for label, (title, body) in zip(self.points, points, strict=True):
            label.setText(f"<b>{_escape(title)}</b> {_escape(body)}")
            label.setAccessibleName(f"{title} {body}")
        self.health.setTitle(self.tr("Two questions about your health"))
        self.health_intro.setText(
            self.tr("Some exercises are not advised with these problems. If you tick one, the "
                    "app marks those exercises and offers a gentler choice before you start.")
        )
        self.knee.setText(self.tr("I have &knee problems"))
        self.knee.setAccessibleName(self.tr("Knee problems"))
        self.knee.setAccessibleDescription(
            self.tr("Exercises that load the knees will be marked, with a gentler choice."))
        self.neck.setText(self.tr("I have &neck (cervical spine) problems"))
        self.neck.setAccessibleName(self.tr("Neck problems"))
        self.neck.setAccessibleDescription(
            self.tr("Exercises that lift the head will be marked, with a gentler choice."))
        self.health_note.setText(
            self.tr("You can change these answers at any time under Preferences > Health."))
        self.acknowledge.setText(
            self.tr("I &understand: I will move slowly and stop if anything hurts."))
        self.acknowledge.setAccessibleName(self.tr("I understand"))
        self.acknowledge.setAccessibleDescription(
            self.tr("Tick this to confirm you have read the advice above."))
        self.start_button.setText(
            self.tr("&Start Practising") if self._first_run else self.tr("&OK"))
        self.start_button.setAccessibleName(self.start_button.text().replace("&", ""))
        self.start_button.setToolTip(self.tr("Available once you have ticked \u201cI understand\u201d"))
        self.close_button.setText(self.tr("&Quit") if self._first_run else self.tr("&Close"))
        self.close_button.setAccessibleName(self.close_button.text().replace("&", ""))
        self.close_button.setToolTip(
            self.tr("Close the app; the welcome comes back next time (Esc)")
            if self._first_run else self.tr("Close this window (Esc)"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def needs_welcome(settings: Settings, no_first_run: bool = False) -> bool:
    return not no_first_run and not settings.value(WELCOME_ACKNOWLEDGED)


def run_first_run(parent: QWidget | None, settings: Settings, prompter: Prompter,
                  no_first_run: bool = False, before: Callable[[], object] | None = None) -> bool:
    """Show the welcome if it was never acknowledged. False means the user chose to quit.

    With ``no_first_run`` (the ``--no-first-run`` flag) nothing is shown and nothing is saved,
    so the welcome is back on the next normal start. ``before`` runs just before it shows.
    """
    if not needs_welcome(settings, no_first_run):
        return True
    if before is not None:
        before()
    dialog = WelcomeDialog(settings, parent, first_run=True)
    try:
        return prompter.run(WELCOME, dialog)
    finally:
        dialog.deleteLater()


def show_welcome(parent: QWidget | None, settings: Settings) -> Any:
    """Help > Welcome and Safety: the same text and questions, at any time."""
    dialog = WelcomeDialog(settings, parent, first_run=False)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog

