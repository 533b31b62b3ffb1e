"""The Practice page's breath preview: the player's ring, breathing at the pace being set."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from pilates_desktop.core.player import BreathPhase
from pilates_desktop.services import settings as S

if TYPE_CHECKING:
    from pilates_desktop.core.clock import Clock
    from pilates_desktop.services.settings import Settings


class BreathPreview(QWidget):
    """The player's breath ring, breathing at the pace being set, while the page is visible."""

    def __init__(self, settings: Settings, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from pilates_desktop.ui.player.breath_counter import BreathCounter

        self._settings = settings
        self._clock = clock
        self._start = clock.monotonic()
        self.ring = BreathCounter(self)
        self.ring.setMinimumSize(140, 140)
        self.ring.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.ring)
        self._timer = QTimer(self)
        self._timer.setInterval(33)
        self._timer.timeout.connect(self.tick)
        settings.watch(S.INHALE_S, self._on_breath, owner=self)
        settings.watch(S.EXHALE_S, self._on_breath, owner=self)
        self.tick()

    def _on_breath(self, _seconds: float) -> None:
        self._start = self._clock.monotonic()  # start a fresh breath at the new pace
        self.tick()

    def phase_at(self, t: float) -> tuple[BreathPhase, float]:
        """The phase and its progress ``t`` seconds into the preview."""
        inhale = float(self._settings.value(S.INHALE_S))
        exhale = float(self._settings.value(S.EXHALE_S))
        t = t % (inhale + exhale)
        if t < inhale:
            return BreathPhase.IN, t / inhale
        return BreathPhase.OUT, (t - inhale) / exhale

    def tick(self) -> None:
        from pilates_desktop.ui.player.breath_counter import CounterState, Mode

        phase, progress = self.phase_at(self._clock.monotonic() - self._start)
        self.ring.set_state(CounterState(Mode.BREATHS, phase, progress))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        self._start = self._clock.monotonic()
        self._timer.start()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt API
        self._timer.stop()  # no timer ticks while nothing is shown
        super().hideEvent(event)
