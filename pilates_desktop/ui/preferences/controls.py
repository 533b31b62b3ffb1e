"""Controls bound to one declared setting each: a spin box, a check box, a slider, a combo box.

Each takes its range from the setting's declaration, writes the setting when the user changes
it and shows the setting's value again whenever it changes (from here, the tray or a restore),
so a value a control accepts is a value the settings accept. Labels and suffixes are kept as
functions, so the owner retranslates them all at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QSlider,
    QSpinBox,
    QWidget,
)

from pilates_desktop.services.settings import Setting, Settings


class SettingControls:
    """Makes the controls of one form; ``owner`` is the widget whose life bounds the watches."""

    def __init__(self, settings: Settings, owner: QWidget) -> None:
        self._settings = settings
        self._owner = owner
        self.updaters: dict[str, Callable[[], None]] = {}
        self.labels: list[tuple[QLabel, Callable[[], str]]] = []
        self.suffixes: list[tuple[QSpinBox | QDoubleSpinBox, Callable[[], str]]] = []
        self.controls: dict[str, QWidget] = {}  # by setting key, for tests and screen readers

    def retranslate(self) -> None:
        """Set every label's and suffix's text in the current language, and show the values."""
        for label, text in self.labels:
            label.setText(text())
        for spin, suffix in self.suffixes:
            spin.setSuffix(suffix())
        for updater in self.updaters.values():
            updater()

    def bind(self, setting: Setting[Any], update: Callable[[], None]) -> None:
        """``update`` shows the setting's value in its control, now and on every change."""
        self.updaters[setting.key] = update
        self._settings.watch(setting, lambda _value: update(), owner=self._owner)

    def label(self, text: Callable[[], str], buddy: QWidget | None = None) -> QLabel:
        label = QLabel()
        if buddy is not None:
            label.setBuddy(buddy)
        self.labels.append((label, text))
        return label

    def spin(self, setting: Setting[Any], suffix: Callable[[], str] | None = None,
              step: float = 1.0) -> QSpinBox | QDoubleSpinBox:
        spin: QSpinBox | QDoubleSpinBox
        assert setting.lo is not None and setting.hi is not None, setting.key
        if setting.type is float:
            spin = QDoubleSpinBox()
            spin.setDecimals(1)
            spin.setSingleStep(step if step != 1.0 else 0.5)
            spin.setRange(setting.lo, setting.hi)
        else:
            spin = QSpinBox()
            spin.setSingleStep(int(step))
            spin.setRange(int(setting.lo), int(setting.hi))  # int settings declare whole bounds
        spin.setValue(self._settings.value(setting))
        spin.setKeyboardTracking(False)
        spin.valueChanged.connect(lambda v: self._settings.set_value(setting, v))

        def update() -> None:
            with QSignalBlocker(spin):
                spin.setValue(self._settings.value(setting))

        self.bind(setting, update)
        self.controls[setting.key] = spin
        if suffix is not None:
            self.suffixes.append((spin, suffix))
        return spin

    def check(self, setting: Setting[bool]) -> QCheckBox:
        box = QCheckBox()
        box.setChecked(bool(self._settings.value(setting)))
        box.toggled.connect(lambda on: self._settings.set_value(setting, on))

        def update() -> None:
            with QSignalBlocker(box):
                box.setChecked(bool(self._settings.value(setting)))

        self.bind(setting, update)
        self.controls[setting.key] = box
        return box

    def slider(self, setting: Setting[int]) -> QSlider:
        slider = QSlider(Qt.Orientation.Horizontal)
        assert setting.lo is not None and setting.hi is not None
        slider.setRange(int(setting.lo), int(setting.hi))
        slider.setSingleStep(5)
        slider.setPageStep(10)
        slider.setValue(self._settings.value(setting))
        slider.valueChanged.connect(lambda v: self._settings.set_value(setting, v))

        def update() -> None:
            # Not blocked: the value label follows; writing back the same value is a no-op.
            slider.setValue(self._settings.value(setting))
            slider.setAccessibleDescription(f"{slider.value()} %")

        self.bind(setting, update)
        self.controls[setting.key] = slider
        update()
        return slider

    @staticmethod
    def with_value(slider: QSlider) -> QWidget:
        """The slider with its value written next to it ("70 %")."""
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(slider, 1)
        value = QLabel()
        value.setMinimumWidth(value.fontMetrics().horizontalAdvance("100 %") + 4)
        value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        def show(v: int) -> None:
            value.setText(QLocale().toString(v) + " %")

        slider.valueChanged.connect(show)
        show(slider.value())
        row.addWidget(value)
        return box

    def combo(self, setting: Setting[str]) -> QComboBox:
        """A combo whose items carry the setting's values as data (labels set on retranslate)."""
        combo = QComboBox()

        def changed(index: int) -> None:
            value = combo.itemData(index)
            if value is not None:
                self._settings.set_value(setting, value)

        combo.currentIndexChanged.connect(changed)

        def update() -> None:
            with QSignalBlocker(combo):
                index = combo.findData(self._settings.value(setting))
                combo.setCurrentIndex(max(0, index))

        self.bind(setting, update)
        self.controls[setting.key] = combo
        return combo

    @staticmethod
    def fill_combo(combo: QComboBox, items: list[tuple[str, str]]) -> None:
        with QSignalBlocker(combo):
            combo.clear()
            for value, text in items:
                combo.addItem(text, value)
