"""Edits one playlist item's overrides, next to the exercise's own defaults.

Each field is a spin box whose range is the file format's (core.routines.validation.OVERRIDE_RANGES), so a
value the editor accepts is always a value a routine file accepts. The step below the range
means "use the exercise's default" and reads, for example, "Default (8)".
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pilates_desktop.core.library import DosageKind, Exercise, Sides
from pilates_desktop.core.routines import Dose, Item, ItemSides
from pilates_desktop.core.routines.validation import OVERRIDE_RANGES
from pilates_desktop.core.text import fill
from pilates_desktop.i18n import ex_name
from pilates_desktop.ui.widgets.reflow import FlowLayout

# Which overrides matter for which kind of exercise (the others would change nothing).
FIELDS_BY_KIND: dict[DosageKind, tuple[str, ...]] = {
    DosageKind.REPS: ("reps", "sets", "rest_s"),
    DosageKind.HOLD: ("hold_s", "reps", "rest_s"),
    DosageKind.BREATHS: ("hold_breaths", "reps", "rest_s"),
    DosageKind.PUMPS: ("pumps", "sets", "rest_s"),
}
ALL_FIELDS = ("reps", "sets", "hold_s", "hold_breaths", "pumps", "rest_s")

SIDE_CHOICES: dict[Sides, tuple[ItemSides, ...]] = {
    Sides.NONE: (),
    Sides.EACH: (ItemSides.BOTH, ItemSides.RIGHT, ItemSides.LEFT),
    Sides.ALTERNATING: (ItemSides.ALTERNATING, ItemSides.RIGHT, ItemSides.LEFT),
}


class ItemEditor(QGroupBox):
    """Emits ``change_requested(item, field)`` for each edit and ``reset_requested()``."""

    change_requested = Signal(object, str)
    reset_requested = Signal()
    details_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._item: Item | None = None
        self._exercise: Exercise | None = None
        self._dose: Dose | None = None
        self._updating = False
        self.spins: dict[str, QSpinBox] = {}
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self._form = form
        for name in ALL_FIELDS:
            lo, hi = OVERRIDE_RANGES[name]
            spin = QSpinBox(self)
            spin.setRange(lo - 1, hi)  # lo - 1 is "default"
            spin.setKeyboardTracking(True)
            spin.setAccelerated(True)
            spin.setMinimumWidth(150)
            spin.valueChanged.connect(lambda _v, n=name: self._on_spin(n))
            label = QLabel(self)
            label.setBuddy(spin)
            self.spins[name] = spin
            self.labels[name] = label
            form.addRow(label, spin)
        self.sides = QComboBox(self)
        self.sides.currentIndexChanged.connect(self._on_sides)
        self.sides_label = QLabel(self)
        self.sides_label.setBuddy(self.sides)
        form.addRow(self.sides_label, self.sides)

        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.time_label = QLabel(self)
        self.time_label.setWordWrap(True)
        self.reset_button = QPushButton(self)
        self.reset_button.clicked.connect(self.reset_requested)
        self.details_button = QPushButton(self)
        self.details_button.clicked.connect(self._details)
        buttons = FlowLayout()  # at the right; one under the other where the width is short
        buttons.setAlignment(Qt.AlignmentFlag.AlignRight)
        buttons.addWidget(self.details_button)
        buttons.addWidget(self.reset_button)
        lay = QVBoxLayout(self)
        self._outer = lay
        lay.addWidget(self.heading)
        lay.addLayout(form)
        # A line of its own: beside the buttons it was squeezed to nothing in a narrow column.
        lay.addWidget(self.time_label)
        lay.addLayout(buttons)
        # Measure once with the most rows any exercise shows, and keep that size: the window
        # does not jump (or push its minimum size around) when another item is selected.
        for name in ALL_FIELDS:
            form.setRowVisible(self.spins[name], name in FIELDS_BY_KIND[DosageKind.REPS])
        self.retranslate_ui()
        self._fixed_min = super().minimumSizeHint()
        self._fixed_hint = super().sizeHint()
        self.set_item(None, None, None, 0.0)

    def _measure_width_again(self) -> None:
        """After a language switch the words are longer or shorter: the kept width is
        measured again, as it would have been in that language ('Restablecer valores
        predeterminados' was cut). The height stays: the window does not jump."""
        layout = self._outer
        for i in range(layout.count()):  # nested layouts keep the sizes of the words before
            item = layout.itemAt(i)
            inner = item.layout() if item is not None else None
            if inner is not None:
                inner.invalidate()
        layout.invalidate()
        self._fixed_min.setWidth(super().minimumSizeHint().width())
        self._fixed_hint.setWidth(super().sizeHint().width())
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(self._fixed_min)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self._fixed_hint)

    # --- text ---------------------------------------------------------------------------------

    def _field_label(self, name: str) -> str:
        lo, hi = OVERRIDE_RANGES[name]
        hold_kind = self._exercise is not None and self._exercise.dosage.kind in (
            DosageKind.HOLD, DosageKind.BREATHS)
        text = {
            "reps": self.tr("&Repeat (%1–%2):") if hold_kind else self.tr("&Reps (%1–%2):"),
            "sets": self.tr("S&ets (%1–%2):"),
            "hold_s": self.tr("&Hold (%1–%2 s):"),
            "hold_breaths": self.tr("&Hold (%1–%2 breaths):"),
            "pumps": self.tr("&Pumps (%1–%2):"),
            "rest_s": self.tr("Rest &after (%1–%2 s):"),
        }[name]
        return fill(text, str(lo), str(hi))

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Dosage of the selected exercise"))
        self.setAccessibleName(self.tr("Item editor"))
        for name, spin in self.spins.items():
            lo, hi = OVERRIDE_RANGES[name]
            self.labels[name].setText(self._field_label(name))
            spin.setAccessibleName(self.labels[name].text().replace("&", "").rstrip(":"))
            spin.setToolTip(fill(self.tr(
                     "Between %1 and %2. Step below %1 to use the exercise's default."),
                                 str(lo), str(hi)))
        self.sides_label.setText(self.tr("&Sides:"))
        self.sides.setAccessibleName(self.tr("Sides"))
        self.sides.setToolTip(self.tr("Which side or sides to work"))
        self.reset_button.setText(self.tr("Reset to &Defaults"))
        self.reset_button.setToolTip(self.tr("Use the exercise's own dosage again"))
        self.reset_button.setAccessibleName(self.tr("Reset to defaults"))
        self.details_button.setText(self.tr("Show &Steps…"))
        self.details_button.setToolTip(self.tr("Show the exercise's steps and cautions"))
        self.details_button.setAccessibleName(self.tr("Show the exercise's steps"))
        self._show_values()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self._measure_width_again()
        super().changeEvent(event)

    # --- showing an item ----------------------------------------------------------------------

    def item(self) -> Item | None:
        return self._item

    def set_item(self, item: Item | None, exercise: Exercise | None, default: Dose | None,
                 seconds: float) -> None:
        """Show ``item``; ``default`` is the exercise's dosage without any override."""
        same = (item is not None and item == self._item and exercise is self._exercise
                and default == self._dose)
        self._item, self._exercise, self._dose = item, exercise, default
        self._seconds = seconds
        if same and item is not None:
            # The edit came from these fields: leave the text (and the cursor) alone.
            from pilates_desktop.core.durations import format_duration

            self.reset_button.setEnabled(bool(item.overrides()))
            self.time_label.setText(fill(self.tr("Estimated time ≈ %1"), format_duration(seconds)))
            return
        self._show_values()

    def is_editable(self) -> bool:
        """Whether one item is selected and its fields can be changed."""
        return self.details_button.isEnabled()

    def _set_editable(self, on: bool) -> None:
        # Only the inputs go grey: the box and its instructions stay readable (disabled text
        # is faint in most palettes, and the heading says what to do).
        for widget in (*self.spins.values(), self.sides, self.reset_button, self.details_button):
            widget.setEnabled(on)

    def _show_values(self) -> None:
        from pilates_desktop.core.durations import format_duration
        from pilates_desktop.ui.builder.playlist_model import sides_text

        item, ex, default = self._item, self._exercise, self._dose
        self._updating = True
        try:
            fields = FIELDS_BY_KIND[ex.dosage.kind] if ex is not None else ()
            for name in ALL_FIELDS:
                self._form.setRowVisible(self.spins[name], name in fields)
                self.labels[name].setText(self._field_label(name))
            choices = SIDE_CHOICES[ex.sides] if ex is not None else ()
            self._form.setRowVisible(self.sides, bool(choices))
            if item is None or ex is None or default is None:
                self.heading.setText(self.tr("Select one exercise in the routine to change its "
                                             "reps, holds, sides and rest."))
                self.time_label.setText("")
                for spin in self.spins.values():
                    spin.setSpecialValueText(self.tr("Default"))
                    spin.setValue(spin.minimum())
                self.sides.clear()
                self._set_editable(False)
                return
            self._set_editable(True)
            self.heading.setText(fill(self.tr("<b>%1</b> — empty fields use the exercise's defaults."),
                                      ex_name(ex)))
            for name in fields:
                spin = self.spins[name]
                default_value = getattr(default, name)
                spin.setSpecialValueText(
                    fill(self.tr("Default (%1)"), str(default_value))
                    if default_value is not None else self.tr("Default"))
                value = getattr(item, name)
                spin.setValue(spin.minimum() if value is None else int(value))
            self.sides.clear()
            self.sides.addItem(fill(self.tr("Default (%1)"),
                                    sides_text(
                ItemSides.from_exercise(ex.sides))), None)
            for choice in choices:
                self.sides.addItem(sides_text(choice), choice.value)
            current = item.sides.value if item.sides is not None else None
            self.sides.setCurrentIndex(max(0, self.sides.findData(current)))
            self.reset_button.setEnabled(bool(item.overrides()))
            self.time_label.setText(fill(self.tr("Estimated time ≈ %1"),
                                         format_duration(self._seconds)))
        finally:
            self._updating = False

    # --- edits --------------------------------------------------------------------------------

    def _on_spin(self, name: str) -> None:
        if self._updating or self._item is None:
            return
        spin = self.spins[name]
        value: Any = None if spin.value() == spin.minimum() else spin.value()
        if getattr(self._item, name) != value:
            self._item = self._item.with_overrides(**{name: value})
            self.change_requested.emit(self._item, name)

    def _on_sides(self, _index: int) -> None:
        if self._updating or self._item is None or self.sides.count() == 0:
            return
        data = self.sides.currentData()
        value = ItemSides(data) if data else None
        if self._item.sides != value:
            self._item = self._item.with_overrides(sides=value)
            self.change_requested.emit(self._item, "sides")

    def _details(self) -> None:
        if self._item is not None:
            self.details_requested.emit(self._item.exercise)

    def focus_first_field(self) -> None:
        for name in ALL_FIELDS:
            spin = self.spins[name]
            if spin.isVisibleTo(self) and spin.isEnabled():
                spin.setFocus(Qt.FocusReason.TabFocusReason)
                spin.selectAll()
                return
