"""An exercise in full: every step, each as the player's step card, plus cautions and variants.

Opened from the library (double-click, Shift+Enter) and from the item editor, so the user can
read an exercise before adding it to a routine. The list on the left names every step; the
card on the right shows the selected one, and a slider moves the figure through its movement.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSlider,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from pilates_desktop.core.library import Exercise, Library
from pilates_desktop.core.text import fill
from pilates_desktop.i18n import (
    ex_breath,
    ex_cautions,
    ex_instruction,
    ex_name,
    ex_summary,
    ex_variant_text,
    label,
)
from pilates_desktop.ui.builder.library_panel import warning_colors
from pilates_desktop.ui.player.step_card import StepCard
from pilates_desktop.ui.widgets.reflow import fit_to_screen


class ExerciseDialog(QDialog):
    add_requested = Signal(list)

    def __init__(self, exercise: Exercise, library: Library, flags: frozenset[str],
                 pain_count: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.exercise = exercise
        self.library = library
        self.flags = flags
        self.pain_count = pain_count
        self.setObjectName("exerciseDialog")
        fit_to_screen(self, 960, 640)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.facts = QLabel(self)
        self.facts.setWordWrap(True)
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        strong, _soft = warning_colors(self.palette())
        self.warning.setStyleSheet(f"color: {strong.name()}; font-weight: bold;")

        self.steps = QListWidget(self)
        self.steps.setWordWrap(True)
        self.steps.setSpacing(2)
        self.steps.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.card = StepCard(self)
        self.card.set_exercise(exercise, 0)
        self.card.set_health_flags(flags)
        self.card.set_font_scale(55)  # the player's card is read from the mat; this is not
        self.motion = QSlider(Qt.Orientation.Horizontal, self)
        self.motion.setRange(0, 100)
        self.motion.valueChanged.connect(
            lambda v: self.card.set_motion(v / 100))
        self.motion_label = QLabel(self)
        self.motion_label.setBuddy(self.motion)
        right = QWidget(self)
        right_lay = QVBoxLayout(right)
        right_lay.setContentsMargins(0, 0, 0, 0)
        right_lay.addWidget(self.card, 1)
        motion_row = QHBoxLayout()
        motion_row.addWidget(self.motion_label)
        motion_row.addWidget(self.motion, 1)
        right_lay.addLayout(motion_row)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.steps)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 5)
        split.setSizes([280, 660])

        self.notes = QLabel(self)
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.RichText)
        self.notes.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        notes_scroll = QScrollArea(self)
        notes_scroll.setWidget(self.notes)
        notes_scroll.setWidgetResizable(True)
        notes_scroll.setMaximumHeight(150)
        notes_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.notes_scroll = notes_scroll

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.add_button = QPushButton(self)
        self.buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.add_button.clicked.connect(lambda: self.add_requested.emit([self.exercise.id]))
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addWidget(self.facts)
        lay.addWidget(self.warning)
        lay.addWidget(split, 1)
        lay.addWidget(notes_scroll)
        lay.addWidget(self.buttons)
        # The dialog keeps the size it was given; long text scrolls inside it.
        lay.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)
        self.setMinimumSize(520, 420)
        self.steps.currentRowChanged.connect(self._show_step)
        self.retranslate_ui()
        self.steps.setCurrentRow(0)
        self.steps.setFocus()

    def _show_step(self, row: int) -> None:
        if 0 <= row < len(self.exercise.steps):
            self.card.set_step(row)
            self.motion.setValue(0)

    def retranslate_ui(self) -> None:
        ex = self.exercise
        self.setWindowTitle(ex_name(ex))
        self.setAccessibleName(fill(self.tr("Exercise details: %1"), ex_name(ex)))
        self.summary.setText(ex_summary(ex))
        facts = [label(ex.position), label(ex.difficulty), *(label(f) for f in ex.focus)]
        if ex.equipment:
            facts.append(fill(self.tr("Equipment: %1"), ", ".join(label(e) for e in ex.equipment)))
        self.facts.setText(" · ".join(facts))
        warnings = []
        clash = [c for c in ex.contraindications if c.value in self.flags]
        if clash:
            warnings.append(fill(self.tr("Not advised with your health flags: %1."),
                                 ", ".join(label(c) for c in clash)))
        if self.pain_count:
            warnings.append(fill(self.tr("You stopped this exercise because it hurt (%1×). Go "
                                         "gently, or choose a gentler variant."),
                                 str(self.pain_count)))
        self.warning.setText("\n".join(warnings))
        self.warning.setVisible(bool(warnings))
        row = max(0, self.steps.currentRow())
        self.steps.blockSignals(True)
        self.steps.clear()
        for i in range(len(ex.steps)):
            item = QListWidgetItem(fill(self.tr("%1. %2"), str(i + 1), ex_instruction(ex, i)))
            item.setToolTip(ex_breath(ex, i))
            self.steps.addItem(item)
        self.steps.setCurrentRow(row)
        self.steps.blockSignals(False)
        self.steps.setAccessibleName(self.tr("Steps"))
        self.steps.setToolTip(self.tr("Choose a step to see it (Up and Down keys)"))
        self.motion_label.setText(self.tr("&Movement:"))
        self.motion.setAccessibleName(self.tr("Movement through the step"))
        self.motion.setToolTip(self.tr("Drag to move the figure from the start to the end of "
                                       "the step"))
        cautions = "".join(f"<li>{c}</li>" for c in ex_cautions(ex))
        notes = f"<b>{self.tr('Take care')}</b><ul>{cautions}</ul>"
        items = []
        for i, v in enumerate(ex.variants):
            text = ex_variant_text(ex, i)
            if v.exercise and v.exercise in self.library:
                text += " " + fill(self.tr("(see %1)"), ex_name(self.library[v.exercise]))
            items.append(f"<li><b>{label(v.kind)}:</b> {text}</li>")
        if items:
            notes += f"<b>{self.tr('Variants')}</b><ul>{''.join(items)}</ul>"
        self.notes.setText(notes)
        self.notes_scroll.setAccessibleName(self.tr("Cautions and variants"))
        self.add_button.setText(self.tr("&Add to Routine"))
        self.add_button.setToolTip(self.tr("Add this exercise to the routine being edited"))
        self.add_button.setAccessibleName(self.tr("Add to routine"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
