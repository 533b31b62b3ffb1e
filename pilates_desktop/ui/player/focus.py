"""Focus mode: the player on its own, full screen, high contrast, readable from the mat.

Type sizes follow the window's height, not the font setting, so the countdown and the pump
digits stay at least a fifth of the screen tall on any screen: large enough to read at three
metres. Like the player view it keeps no time; ``show_state`` drives it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from pilates_desktop.core.durations import countdown_text
from pilates_desktop.core.library import Library
from pilates_desktop.core.player import PlayerState
from pilates_desktop.core.text import fill
from pilates_desktop.core.timeline import SegmentKind
from pilates_desktop.ui.player.breath_counter import (
    BreathCounter,
    CounterState,
    Mode,
    breath_word_colors,
    has_breath_word,
)
from pilates_desktop.ui.player.view import moment_for, poses_for
from pilates_desktop.ui.widgets.title_label import TitleLabel

MIN_DIGIT_FRACTION = 0.2  # of the window height, for the countdown and the pump number
BREATH_WORD_FRACTION = 0.085  # of the window height: the breath word, under the ring
BG = "#000000"
FG = "#ffffff"
ACCENT = "#ffd60a"


class _Countdown(QWidget):
    """The big seconds, painted at a pixel size that follows the height."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._caption = ""

    @property
    def digit_px(self) -> int:
        """A fixed share of the window's height, so the digits read from the mat."""
        return max(int(self.window().height() * 0.26), 12)

    def set_text(self, text: str, caption: str) -> None:
        if (text, caption) != (self._text, self._caption):
            self._text, self._caption = text, caption
            self.update()

    def text(self) -> str:
        return self._text

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        window_h = self.window().height()
        f = QFont(self.font())
        f.setPixelSize(self.digit_px)
        f.setWeight(QFont.Weight.Bold)
        width = QFontMetrics(f).horizontalAdvance(self._text) if self._text else 0
        if width > self.width() * 0.95:  # "1:30" on a narrow column: shrink to fit
            f.setPixelSize(max(12, int(self.digit_px * self.width() * 0.95 / width)))
        p.setFont(f)
        p.setPen(QColor(ACCENT))
        r = QRectF(self.rect())
        p.drawText(r.adjusted(0, 0, 0, -window_h * 0.08), Qt.AlignmentFlag.AlignCenter,
                   self._text)
        small = QFont(self.font())
        small.setPixelSize(max(10, int(window_h * 0.04)))
        p.setFont(small)
        p.setPen(QColor(FG))
        p.drawText(QRectF(r.x(), r.bottom() - window_h * 0.12, r.width(), window_h * 0.08),
                   Qt.AlignmentFlag.AlignCenter, self._caption)
        p.end()


class FocusWindow(QWidget):
    """A top-level window; the main window adds the player actions to it so keys work."""

    closed = Signal()

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("focus-window")
        self._library = library
        self._key: tuple[str, int, str | None] | None = None
        self.setAutoFillBackground(True)
        pal = self.palette()
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
            pal.setColor(role, QColor(BG))
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
            pal.setColor(role, QColor(FG))
        self.setPalette(pal)

        from pilates_desktop.ui.figure_view import FigureView

        self.name_label = TitleLabel(self)  # two even lines at most, broken between words
        self.name_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.meta_label = QLabel(self)
        self.meta_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.figure = FigureView(self)
        self.counter = BreathCounter(self)
        self.counter.set_high_contrast(True)
        self.counter.set_phase_inside(False)  # the breath word goes under it, large
        self.counter.set_disc_min(0.8)  # room inside the disc for the large pump number
        self.breath_label = QLabel(self)
        self.breath_label.setObjectName("focus-breath-word")
        self.breath_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown = _Countdown(self)
        self.hint_label = QLabel(self)
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint_label.setWordWrap(True)  # never wider than the screen it fills
        self.paused_label = QLabel(self)
        self.paused_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        root = QVBoxLayout(self)
        root.setContentsMargins(32, 24, 32, 16)
        root.setSpacing(4)
        root.addWidget(self.name_label)
        root.addWidget(self.meta_label)
        row = QHBoxLayout()
        row.setSpacing(24)
        row.addWidget(self.figure, 5)  # the figure is wide and low: most of the width
        ring = QVBoxLayout()
        ring.setSpacing(0)
        ring.addWidget(self.counter, 1)
        ring.addWidget(self.breath_label)
        row.addLayout(ring, 4)
        row.addWidget(self.countdown, 3)
        root.addLayout(row, 1)
        root.addWidget(self.paused_label)
        root.addWidget(self.hint_label)
        self.retranslate_ui()

    def digit_fraction(self) -> tuple[float, float]:
        """(countdown, pump digits) pixel heights as fractions of the window height."""
        h = max(1, self.height())
        return self.countdown.digit_px / h, self.counter.painted_count_px() / h

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        h = self.height()
        for label, frac, bold, color in ((self.name_label, 0.075, True, FG),
                                         (self.meta_label, 0.045, False, FG),
                                         (self.paused_label, 0.05, True, ACCENT),
                                         (self.hint_label, 0.026, False, "#bdbdbd")):
            f = QFont(label.font())
            f.setPixelSize(max(10, int(h * frac)))
            f.setBold(bold)
            label.setFont(f)
            label.setStyleSheet(f"color: {color};")
        f = QFont(self.breath_label.font())
        f.setPixelSize(max(12, int(h * BREATH_WORD_FRACTION)))
        f.setBold(True)
        self.breath_label.setFont(f)
        self.breath_label.setFixedHeight(QFontMetrics(f).height())  # no jump when empty
        self.counter.set_min_count_px(int(MIN_DIGIT_FRACTION * 1.1 * h))
        super().resizeEvent(event)

    def show_state(self, state: PlayerState, meta: str) -> None:
        seg = state.segment
        if seg is None:
            return
        from pilates_desktop.i18n import ex_name

        ex = self._library.get(seg.exercise)
        name = ex_name(ex) if ex is not None else seg.exercise
        titles = {SegmentKind.GET_READY: self.tr("Get ready: %1"),
                  SegmentKind.REST: self.tr("Rest"),
                  SegmentKind.SWITCH_SIDE: self.tr("Switch sides: %1")}
        title = fill(titles.get(seg.kind, "%1"), name)
        self.name_label.setText(title)
        self.meta_label.setText(meta)
        self.paused_label.setText("" if state.running else self.tr("Paused — press Space"))
        cs = CounterState.from_player(state)
        self.counter.set_state(cs)
        word = self.counter.phase_text() if has_breath_word(cs.mode) else ""
        self.breath_label.setText(word)
        self.breath_label.setStyleSheet(f"color: {breath_word_colors(cs.phase)};")
        secs = state.countdown
        caption = self.tr("seconds") if secs < 60 else ""
        self.countdown.set_text(countdown_text(secs), caption)
        shown = moment_for(state, self._library)
        step = 0 if seg.kind in (SegmentKind.GET_READY, SegmentKind.REST,
                                 SegmentKind.SWITCH_SIDE) or shown is None else shown.step
        side = shown.side if shown is not None and shown.side else seg.side
        key = (seg.exercise, step, side)
        if key != self._key and ex is not None:
            self._key = key
            poses = poses_for(ex, step, side)
            if poses:
                self.figure.set_poses(*poses)
            else:
                self.figure.set_poses(None)
        if state.running and shown is not None:
            self.figure.set_blend(shown.blend)
        self.counter.setVisible(cs.mode != Mode.IDLE)
        self.countdown.setVisible(cs.mode != Mode.COUNTDOWN)  # the ring shows the seconds

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Pilates Desktop — focus mode"))
        self.setAccessibleName(self.tr("Focus mode"))
        self.hint_label.setText(self.tr(
            "Space pause · → next · ← back · R restart · H it hurts · F leave focus mode · "
            "Esc stop"))
        self._key = None

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        super().keyPressEvent(event)

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        self.closed.emit()
        super().closeEvent(event)
