"""The safety review shown before a routine starts: one clear choice per exercise that clashes
with the user's health answers or that hurt last time, and the flare-up switch.

The player calls ``review_routine``; when nothing applies it returns the routine at once and
the user sees no dialog. The rules themselves are in ``core.safety``; this module only asks.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pilates_desktop import i18n
from pilates_desktop.core import safety
from pilates_desktop.core.durations import total_time_text
from pilates_desktop.core.library import Library
from pilates_desktop.core.routines import Routine
from pilates_desktop.core.safety import Choice, Concern, FlareUpResult
from pilates_desktop.core.text import fill
from pilates_desktop.core.timeline import routine_times
from pilates_desktop.services.settings import FLARE_UP, FLARE_UP_MINUTES, Settings
from pilates_desktop.ui.widgets.reflow import fit_to_screen

if TYPE_CHECKING:
    from pilates_desktop.services.app_state import AppState
    from pilates_desktop.services.prompter import Prompter

SAFETY_REVIEW = "safety-review"  # the Prompter's key for the review before a start

# --- the flare-up switch, which only lasts for the day it was turned on ---------------------------


class FlareUpSwitch(QCheckBox):
    """"I have a flare-up today": a checkbox bound to the setting, for any start screen."""

    def __init__(self, settings: Settings, parent: QWidget | None = None,
                 live: bool = True) -> None:
        """``live``: a toggle turns the setting on or off at once; otherwise the owner
        commits it (the Before You Start dialog, on Start only: Cancel changes nothing)."""
        super().__init__(parent)
        self._settings = settings
        self.setChecked(settings.flare_up_today())
        if live:
            self.toggled.connect(self._settings.set_flare_up)
        settings.watch(FLARE_UP, self._on_flare_up, owner=self)
        self.retranslate_ui()

    def _on_flare_up(self, on: bool) -> None:
        if on != self.isChecked():
            self.blockSignals(True)
            self.setChecked(on)
            self.blockSignals(False)
            self.toggled.emit(on)  # let the dialog around it refresh

    def retranslate_ui(self) -> None:
        self.setText(self.tr("I have a &flare-up today"))
        self.setAccessibleName(self.tr("Flare-up today"))
        self.setAccessibleDescription(
            self.tr("Easier forms, lighter doses and a shorter session, for today only.")
        )
        self.setToolTip(
            self.tr("Turn on when your back is worse than usual: the same routine with easier "
                    "forms, lighter doses and a shorter session. It turns itself off tomorrow.")
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class FlareUpAction(QAction):
    """The same switch as a checkable menu action (Routine > Flare-up Today), so it can be
    turned on before a start even when the review has nothing else to ask."""

    def __init__(self, settings: Settings, parent: QWidget) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setObjectName("flare-up-today")
        self.setCheckable(True)
        self.setChecked(settings.flare_up_today())
        self.toggled.connect(self._toggled)
        settings.watch(FLARE_UP, self._on_flare_up, owner=self)
        parent.installEventFilter(self)
        self.retranslate_ui()

    def _toggled(self, on: bool) -> None:
        if on != bool(self._settings.value(FLARE_UP)):
            self._settings.set_flare_up(on)

    def _on_flare_up(self, on: bool) -> None:
        if on != self.isChecked():
            self.setChecked(on)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return False

    def retranslate_ui(self) -> None:
        self.setText(self.tr("&Flare-up Today"))
        tip = self.tr("Easier forms, lighter doses and a shorter session, for today only.")
        self.setToolTip(tip)
        self.setStatusTip(tip)


# --- helpers for the texts ------------------------------------------------------------------------


def format_day(iso: str) -> str:
    """A pain mark's date in the user's locale, e.g. "12 March 2026" or "12. März 2026"."""
    try:
        when = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if when.tzinfo is not None:
        when = when.astimezone()  # the user's own day, not UTC's
    return QLocale().toString(QDate(when.year, when.month, when.day), QLocale.FormatType.LongFormat)


# --- the dialog -----------------------------------------------------------------------------------


class ConcernRow(QFrame):
    """One exercise that needs a decision: why, and skip / swap / keep as radio buttons."""

    def __init__(
        self,
        concern: Concern,
        library: Library,
        app_state: AppState,
        choice: Choice,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.concern = concern
        self._library = library
        self._app_state = app_state
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName(f"concern-{concern.index}")
        layout = QVBoxLayout(self)
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.title)
        layout.addWidget(self.reason)
        self.pain = QLabel()
        self.pain.setWordWrap(True)
        self.pain.setTextFormat(Qt.TextFormat.PlainText)
        self.clear_mark = QPushButton()
        self.clear_mark.clicked.connect(self._clear_mark)
        pain_row = QHBoxLayout()
        pain_row.addWidget(self.pain, 1)
        pain_row.addWidget(self.clear_mark)
        layout.addLayout(pain_row)
        self.pain.setVisible(concern.pain_marked)
        self.clear_mark.setVisible(concern.pain_marked)

        self.group = QButtonGroup(self)
        self.buttons: dict[Choice, QRadioButton] = {}
        choices_row = QHBoxLayout()
        for c in concern.choices():
            button = QRadioButton()
            self.buttons[c] = button
            self.group.addButton(button)
            choices_row.addWidget(button)
        choices_row.addStretch(1)
        layout.addLayout(choices_row)
        self.buttons.get(choice, self.buttons[concern.default]).setChecked(True)
        self.retranslate_ui()

    def choice(self) -> Choice:
        for c, button in self.buttons.items():
            if button.isChecked():
                return c
        return self.concern.default

    def set_choice(self, choice: Choice) -> None:
        self.buttons[choice].setChecked(True)

    def _clear_mark(self) -> None:
        self._app_state.clear_pain_mark(self.concern.exercise)
        self.clear_mark.setEnabled(False)
        self.pain.setText(self.tr("Pain mark cleared."))

    def retranslate_ui(self) -> None:
        c = self.concern
        ex = self._library[c.exercise]
        name = i18n.ex_name(ex)
        self.title.setText(name)
        why = {
            "knee-problems": self.tr("Not advised with knee problems."),
            "neck-problems": self.tr("Not advised with neck problems."),
        }
        reasons = [why.get(flag.value, i18n.label(flag)) for flag in c.clashes]
        if c.already_in is not None:
            reasons.append(fill(self.tr("Its gentler variant, %1, is already in this routine, so it "
                                        "is left out."),
                                i18n.ex_name(self._library[c.already_in])))
        self.reason.setText(" ".join(reasons))
        self.reason.setVisible(bool(reasons))
        mark = self._app_state.pain_mark(c.exercise) if c.pain_marked else None
        if mark is not None:
            self.pain.setText(
                fill(self.tr("You stopped %1 because it hurt on %2."), name, format_day(mark.last))
                + " "
                + self.tr("It has hurt %n time(s) so far.", "", mark.count)
            )
        self.clear_mark.setText(self.tr("C&lear mark"))
        self.clear_mark.setToolTip(self.tr("Forget that this exercise hurt"))
        self.clear_mark.setAccessibleName(fill(self.tr("Clear pain mark for %1"), name))
        labels = {
            Choice.SKIP: self.tr("Skip it"),
            Choice.SWAP: fill(self.tr("Swap for %1"),
                              i18n.ex_name(self._library[c.swap_to]) if c.swap_to else ""),
            Choice.KEEP: self.tr("Keep it"),
        }
        descriptions = {
            Choice.SKIP: fill(self.tr("Leave %1 out of this session"), name),
            Choice.SWAP: fill(self.tr("Do the gentler variant instead of %1"), name),
            Choice.KEEP: fill(self.tr("Do %1 as planned"), name),
        }
        for choice, button in self.buttons.items():
            button.setText(labels[choice])
            button.setAccessibleName(f"{labels[choice]} ({name})")
            button.setAccessibleDescription(descriptions[choice])
        self.setAccessibleName(name)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class SafetyDialog(QDialog):
    """Before you start: the flare-up switch, the flare-up changes and one row per concern."""

    def __init__(
        self,
        routine: Routine,
        library: Library,
        settings: Settings,
        app_state: AppState,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("SafetyDialog")
        self._routine = routine
        self._library = library
        self._settings = settings
        self._app_state = app_state
        self._chosen: dict[str, Choice] = {}  # by exercise id, kept across flare-up toggles
        self._rows: list[ConcernRow] = []
        self._flare: FlareUpResult | None = None
        self._base = routine

        layout = QVBoxLayout(self)
        self.heading = QLabel()
        heading_font = QFont(self.heading.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.3)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)

        self.flare_switch = FlareUpSwitch(settings, self, live=False)
        self.flare_switch.toggled.connect(self._rebuild)
        layout.addWidget(self.flare_switch)
        self.flare_note = QLabel()
        self.flare_note.setWordWrap(True)
        self.flare_note.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.flare_note)

        self.group = QGroupBox()
        self.rows_layout = QVBoxLayout(self.group)
        self.rows_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.group)
        layout.addWidget(scroll, 1)

        self.total = QLabel()
        layout.addWidget(self.total)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.start_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.start_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 560, 520)
        self._rebuild()
        self.retranslate_ui()

    # -- state ------------------------------------------------------------------------------

    def _flags(self) -> frozenset[str]:
        return self._settings.health_flags()

    def _rebuild(self, *_: Any) -> None:
        for row in self._rows:
            self._chosen[row.concern.exercise] = row.choice()
            row.setParent(None)
            row.deleteLater()
        self._rows = []
        base = self._routine
        self._flare = None
        if self.flare_switch.isChecked():
            self._flare = safety.flare_up_filter(
                base, self._library, self._flags(), self._settings.pace(),
                max_s=self._settings.value(FLARE_UP_MINUTES) * 60,
            )
            base = self._flare.routine
        self._base = base
        marked = set(self._app_state.pain_marks())
        for concern in safety.concerns(base, self._library, self._flags(), marked):
            chosen = self._chosen.get(concern.exercise, concern.default)
            if chosen not in concern.choices():
                chosen = concern.default
            row = ConcernRow(concern, self._library, self._app_state, chosen, self.group)
            row.group.buttonToggled.connect(self._update_total)
            self.rows_layout.insertWidget(self.rows_layout.count() - 1, row)
            self._rows.append(row)
        self.group.setVisible(bool(self._rows))
        self._retranslate_flare()
        self._update_total()
        self._fix_tab_order()

    def _fix_tab_order(self) -> None:
        chain: list[QWidget] = [self.flare_switch]
        for row in self._rows:
            chain.extend(row.buttons.values())
            if row.clear_mark.isVisible() or row.concern.pain_marked:
                chain.append(row.clear_mark)
        chain.extend([self.start_button, self.cancel_button])
        for a, b in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(a, b)

    def rows(self) -> list[ConcernRow]:
        return list(self._rows)

    def choices(self) -> dict[int, Choice]:
        return {row.concern.index: row.choice() for row in self._rows}

    def result_routine(self) -> Routine:
        """The routine to play, with the flare-up filter and the user's choices applied."""
        return safety.apply_choices(self._base, self._library, self.choices(), self._flags(),
                                    set(self._app_state.pain_marks()))

    def commit(self) -> None:
        """Keep the flare-up choice: called when the user starts, never on Cancel."""
        on = self.flare_switch.isChecked()
        if on != self._settings.flare_up_today():
            self._settings.set_flare_up(on)

    def _update_total(self, *_: Any) -> None:
        routine = self.result_routine()
        seconds = routine_times(routine, self._library, self._settings.pace()).total_s
        if routine.items:
            self.total.setText(
                fill(self.tr("%n exercise(s), %1", "", len(routine.items)),
                     total_time_text(seconds))
            )
        else:
            self.total.setText(self.tr("Nothing is left to play with these choices."))
        self.start_button.setEnabled(bool(routine.items))

    # -- texts ------------------------------------------------------------------------------

    def _retranslate_flare(self) -> None:
        flare = self._flare
        if flare is None:
            self.flare_note.setVisible(False)
            return
        lines = [
            self.tr("A lighter day: the same exercises or their easier forms, fewer "
                    "repetitions and shorter holds, at most %n minute(s).", "",
                    self._settings.value(FLARE_UP_MINUTES))
        ]
        for change in flare.changes:
            name = i18n.ex_name(self._library[change.exercise])
            if change.swap_to is None:
                lines.append(fill(self.tr("• %1 is left out to keep the session short."), name))
            else:
                lines.append(
                    fill(self.tr("• %1 becomes %2."),
                         name, i18n.ex_name(self._library[change.swap_to]))
                )
        self.flare_note.setText("\n".join(lines))
        self.flare_note.setVisible(True)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Before You Start"))
        self.heading.setText(i18n.routine_name(self._routine))
        self.intro.setText(
            self.tr("Some exercises need a decision first. The safer choice is already "
                    "selected; change it only if your doctor or therapist agrees.")
        )
        self.group.setTitle(self.tr("Please choose for each exercise"))
        self.start_button.setText(self.tr("&Start Session"))
        self.start_button.setAccessibleName(self.tr("Start session"))
        self.start_button.setToolTip(self.tr("Start with these choices (Enter)"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Do not start (Esc)"))
        self._retranslate_flare()
        self._update_total()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def needs_review(
    routine: Routine, library: Library, settings: Settings, app_state: AppState,
) -> bool:
    """Whether starting this routine calls for the dialog at all."""
    if settings.flare_up_today():
        return True
    marked = set(app_state.pain_marks())
    return bool(safety.concerns(routine, library, settings.health_flags(), marked))


def review_routine(
    parent: QWidget | None,
    routine: Routine,
    library: Library,
    settings: Settings,
    app_state: AppState,
    prompter: Prompter,
) -> Routine | None:
    """Return the routine to play, or None if the user cancelled.

    Shows the dialog only when something applies: a clash with a health flag, a pain mark, or
    a flare-up day. Otherwise the routine comes back unchanged and nothing is shown.
    """
    if not needs_review(routine, library, settings, app_state):
        return routine
    dialog = SafetyDialog(routine, library, settings, app_state, parent)
    try:
        if not prompter.run(SAFETY_REVIEW, dialog):
            return None
        dialog.commit()
        result = dialog.result_routine()
        return result if result.items else None
    finally:
        dialog.deleteLater()

