"""The red-flag screen: eight yes/no questions, then plain advice (core.care.redflags).

Shown at first run, from Settings at any time, and again when ``redflags.screen_due`` says so.
It is not a diagnosis, and says so. After a yes the user may confirm that a clinician has seen
them and cleared them to practise, so a lasting yes (a past cancer) does not ask at every start.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pilates_desktop.core.care.redflags import (
    ADVICE,
    NOT_A_DIAGNOSIS,
    QUESTIONS,
    RedFlag,
    ScreenResult,
    Urgency,
    assess,
)
from pilates_desktop.core.text import fill
from pilates_desktop.ui.widgets.reflow import fit_to_screen

_COLOURS = {Urgency.SAME_DAY: "#b3261e", Urgency.URGENT: "#b3261e", Urgency.NONE: "#2e7d4f"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("RedFlags", text)


class RedFlagDialog(QDialog):
    """Ask, then advise. ``result_screen()`` is the answer to keep (None if closed unanswered)."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("red-flag-dialog")
        self._today = today
        self._result: ScreenResult | None = None
        self.stack = QStackedWidget(self)

        # Page 1: the questions.
        ask = QWidget(self)
        self.intro = QLabel(ask)
        self.intro.setWordWrap(True)
        grid_host = QWidget(ask)
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        self.questions: dict[RedFlag, QLabel] = {}
        self.yes: dict[RedFlag, QRadioButton] = {}
        self.no: dict[RedFlag, QRadioButton] = {}
        self._groups: list[QButtonGroup] = []
        for row, q in enumerate(QUESTIONS):
            label = QLabel(grid_host)
            label.setWordWrap(True)
            yes, no = QRadioButton(grid_host), QRadioButton(grid_host)
            group = QButtonGroup(self)
            group.addButton(yes)
            group.addButton(no)
            group.buttonToggled.connect(self._update)
            self._groups.append(group)
            label.setBuddy(yes)
            grid.addWidget(label, row, 0)
            grid.addWidget(yes, row, 1)
            grid.addWidget(no, row, 2)
            self.questions[q.flag], self.yes[q.flag], self.no[q.flag] = label, yes, no
        grid.setColumnStretch(0, 1)
        scroll = QScrollArea(ask)
        scroll.setWidget(grid_host)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.ask_buttons = QDialogButtonBox(ask)
        self.done_button = QPushButton(ask)
        self.done_button.setDefault(True)
        self.later_button = QPushButton(ask)
        self.ask_buttons.addButton(self.done_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ask_buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.done_button.clicked.connect(self._answer)
        self.later_button.clicked.connect(self.reject)
        lay = QVBoxLayout(ask)
        lay.addWidget(self.intro)
        lay.addWidget(scroll, 1)
        lay.addWidget(self.ask_buttons)
        self.stack.addWidget(ask)

        # Page 2: the advice.
        tell = QWidget(self)
        self.advice = QLabel(tell)
        self.advice.setWordWrap(True)
        self.advice.setObjectName("red-flag-advice")
        self.advice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.cleared = QCheckBox(tell)
        self.close_button = QPushButton(tell)
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self._finish)
        tell_lay = QVBoxLayout(tell)
        tell_lay.addWidget(self.advice)
        tell_lay.addWidget(self.cleared)
        tell_lay.addStretch(1)
        tell_lay.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)
        self.stack.addWidget(tell)

        outer = QVBoxLayout(self)
        outer.addWidget(self.stack)
        fit_to_screen(self, 760, 560)
        self.retranslate_ui()
        self._update()

    # --- state ----------------------------------------------------------------------------

    def answers(self) -> dict[RedFlag, bool] | None:
        """Every question's answer, or None while one is open."""
        if any(not (self.yes[f].isChecked() or self.no[f].isChecked()) for f in self.yes):
            return None
        return {f: self.yes[f].isChecked() for f in self.yes}

    def urgency(self) -> Urgency | None:
        answers = self.answers()
        return assess(answers) if answers is not None else None

    def result_screen(self) -> ScreenResult | None:
        return self._result

    def _update(self, *_: object) -> None:
        self.done_button.setEnabled(self.answers() is not None)

    def _answer(self) -> None:
        urgency = self.urgency()
        if urgency is None:
            return
        self._result = ScreenResult(self._today, frozenset(
            f for f, b in self.yes.items() if b.isChecked()))
        colour = _COLOURS[urgency]
        self.advice.setStyleSheet(f"QLabel#red-flag-advice {{ border: 2px solid {colour};"
                                  " border-radius: 6px; padding: 12px; }")
        self.advice.setText(_tr(ADVICE[urgency]))
        self.cleared.setVisible(urgency is not Urgency.NONE)
        self.cleared.setChecked(False)
        self.stack.setCurrentIndex(1)
        self.close_button.setFocus()

    def _finish(self) -> None:
        if (self._result is not None and self._result.urgency is not Urgency.NONE
                and self.cleared.isChecked()):
            self._result = ScreenResult(self._result.taken_on, self._result.yes, cleared=True)
        self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """Y (or J, S: Ja, Sí) or N answers the question in focus and moves on to the next."""
        key = event.key()
        yes_keys = (Qt.Key.Key_Y, Qt.Key.Key_J, Qt.Key.Key_S)
        if self.stack.currentIndex() == 0 and key in (*yes_keys, Qt.Key.Key_N):
            flags = list(self.yes)
            focus = self.focusWidget()
            row = next((i for i, f in enumerate(flags)
                        if focus in (self.yes[f], self.no[f])), None)
            if row is not None:
                flag = flags[row]
                (self.yes if key in yes_keys else self.no)[flag].setChecked(True)
                if row + 1 < len(flags):
                    self.yes[flags[row + 1]].setFocus()
                else:
                    self.done_button.setFocus()
                return
        super().keyPressEvent(event)

    # --- words ----------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Before you practise: a safety check"))
        self.intro.setText(_tr(NOT_A_DIAGNOSIS))
        for q in QUESTIONS:
            self.questions[q.flag].setText(_tr(q.text))
            self.yes[q.flag].setText(self.tr("Yes"))
            self.yes[q.flag].setToolTip(self.tr("Y answers yes, N answers no"))
            self.no[q.flag].setToolTip(self.tr("Y answers yes, N answers no"))
            self.no[q.flag].setText(self.tr("No"))
            self.yes[q.flag].setAccessibleName(fill(self.tr("Yes: %1"), _tr(q.text)))
            self.no[q.flag].setAccessibleName(fill(self.tr("No: %1"), _tr(q.text)))
        self.done_button.setText(self.tr("&Done"))
        self.done_button.setToolTip(self.tr("Answer every question to go on"))
        self.later_button.setText(self.tr("Ask me &later"))
        self.later_button.setToolTip(self.tr("Close without answering; the app asks again "
                                             "at the next start"))
        self.cleared.setText(self.tr("A doctor has checked these signs and said I may "
                                     "practise"))
        self.cleared.setToolTip(self.tr("Then the app asks again in 3 months instead of at "
                                        "every start"))
        self.close_button.setText(self.tr("&Close"))
        if self._result is not None:
            self.advice.setText(_tr(ADVICE[self._result.urgency]))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
