"""An exercise in full: every step as a card, its cautions, gentler and harder variants.

Opened from the library (double-click, Shift+Enter) and from the item editor, so the user can
read an exercise before adding it to a routine.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pilates_desktop.core.library import Exercise, Library
from pilates_desktop.i18n import (
    ex_breath,
    ex_cautions,
    ex_instruction,
    ex_name,
    ex_summary,
    ex_variant_text,
    label,
)
from pilates_desktop.ui.library_panel import thumbnail, warning_colors


def _step_card(exercise: Exercise, index: int, flags: frozenset[str],
               parent: QWidget) -> QWidget:
    """The figure helper's StepCard when it is there; a figure plus text otherwise."""
    try:
        from pilates_desktop.ui.step_card import StepCard
    except ImportError:
        StepCard = None  # noqa: N806
    if StepCard is not None:
        card = StepCard(parent)
        card.set_exercise(exercise, index)
        if hasattr(card, "set_health_flags"):
            card.set_health_flags(flags)
        return card  # type: ignore[no-any-return]
    frame = QFrame(parent)
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    lay = QHBoxLayout(frame)
    pic = QLabel(frame)
    pic.setPixmap(thumbnail(exercise.steps[index].poses[-1], 120, frame.palette()))
    lay.addWidget(pic)
    text = QLabel(frame)
    text.setWordWrap(True)
    text.setTextFormat(Qt.TextFormat.RichText)
    number = QCoreApplication.translate("ExerciseDialog", "Step %1").replace("%1", str(index + 1))
    text.setText(f"<b>{number}</b><br>{ex_instruction(exercise, index)}"
                 f"<br><i>{ex_breath(exercise, index)}</i>")
    lay.addWidget(text, 1)
    frame.setAccessibleName(number)
    return frame


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
        self.resize(720, 640)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.facts = QLabel(self)
        self.facts.setWordWrap(True)
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        strong, _soft = warning_colors(self.palette())
        self.warning.setStyleSheet(f"color: {strong.name()}; font-weight: bold;")
        cards = QWidget(self)
        cards_lay = QVBoxLayout(cards)
        for i in range(len(exercise.steps)):
            cards_lay.addWidget(_step_card(exercise, i, flags, cards))
        self.cautions = QLabel(cards)
        self.cautions.setWordWrap(True)
        self.cautions.setTextFormat(Qt.TextFormat.RichText)
        cards_lay.addWidget(self.cautions)
        self.variants = QLabel(cards)
        self.variants.setWordWrap(True)
        self.variants.setTextFormat(Qt.TextFormat.RichText)
        cards_lay.addWidget(self.variants)
        cards_lay.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(cards)
        scroll.setWidgetResizable(True)
        self.scroll = scroll
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.add_button = QPushButton(self)
        self.buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.add_button.clicked.connect(lambda: self.add_requested.emit([self.exercise.id]))
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addWidget(self.facts)
        lay.addWidget(self.warning)
        lay.addWidget(scroll, 1)
        lay.addWidget(self.buttons)
        # The dialog keeps the size it was given; the step cards scroll inside it.
        lay.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)
        self.setMinimumSize(420, 360)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        ex = self.exercise
        self.setWindowTitle(ex_name(ex))
        self.setAccessibleName(self.tr("Exercise details: %1").replace("%1", ex_name(ex)))
        self.summary.setText(ex_summary(ex))
        facts = [label(ex.position), label(ex.difficulty), *(label(f) for f in ex.focus)]
        if ex.equipment:
            facts.append(self.tr("Equipment: %1").replace(
                "%1", ", ".join(label(e) for e in ex.equipment)))
        self.facts.setText(" · ".join(facts))
        warnings = []
        clash = [c for c in ex.contraindications if c.value in self.flags]
        if clash:
            warnings.append(self.tr("Not advised with your health flags: %1.").replace(
                "%1", ", ".join(label(c) for c in clash)))
        if self.pain_count:
            warnings.append(self.tr("You stopped this exercise because it hurt (%1×). Go "
                                    "gently, or choose a gentler variant.").replace(
                "%1", str(self.pain_count)))
        self.warning.setText("\n".join(warnings))
        self.warning.setVisible(bool(warnings))
        cautions = "".join(f"<li>{c}</li>" for c in ex_cautions(ex))
        self.cautions.setText(f"<b>{self.tr('Take care')}</b><ul>{cautions}</ul>")
        items = []
        for i, v in enumerate(ex.variants):
            text = ex_variant_text(ex, i)
            if v.exercise and v.exercise in self.library:
                text += " " + self.tr("(see %1)").replace("%1", ex_name(self.library[v.exercise]))
            items.append(f"<li><b>{label(v.kind)}:</b> {text}</li>")
        self.variants.setText(f"<b>{self.tr('Variants')}</b><ul>{''.join(items)}</ul>"
                              if items else "")
        self.variants.setVisible(bool(items))
        self.add_button.setText(self.tr("&Add to Routine"))
        self.add_button.setToolTip(self.tr("Add this exercise to the routine being edited"))
        self.add_button.setAccessibleName(self.tr("Add to routine"))
        self.scroll.setAccessibleName(self.tr("Steps"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
