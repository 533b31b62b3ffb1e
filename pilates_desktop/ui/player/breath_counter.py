"""The breath-paced counter: one widget for every breath-led segment (and the rep count).

It has no timer of its own. It paints whatever ``set_state`` last handed it, and the session
calls ``set_state`` from the player's state on every tick, so the ring, the phase word and the
pump number come from one source and cannot drift apart.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from pilates_desktop.core.durations import countdown_text
from pilates_desktop.core.player import BreathPhase, PlayerState
from pilates_desktop.core.text import fill
from pilates_desktop.core.timeline import SegmentKind

Slot = tuple[str, QFont, QPointF, QRectF]  # text, font, baseline start, ink box
# The breathing disc's radius, as a share of the track's: from the end of a breath out to
# the top of a breath in. The words stay inside its smallest size, so they never spill over
# its edge as it shrinks.
DISC_MIN = 0.66
DISC_MAX = 0.95
HIGH_CONTRAST_IN = "#ffd60a"
HIGH_CONTRAST_OUT = "#4cc9f0"


class Mode:
    IDLE = "idle"
    BREATHS = "breaths"  # breath-led work or holds: "Breath 3 of 10"
    PUMPS = "pumps"  # the Hundred: the pump number, large, with a tick per pump
    HOLD = "hold"  # a timed hold: the ring rests full, an arc shows the time
    REPS = "reps"  # counted reps at the rep pace: the rep number, an arc per rep
    COUNTDOWN = "countdown"  # get ready, rest, switch sides: the seconds, an arc of what is left


@dataclass(frozen=True, slots=True)
class CounterState:
    mode: str = Mode.IDLE
    phase: BreathPhase = BreathPhase.NONE
    phase_progress: float = 0.0
    breath: int | None = None
    breaths: int | None = None
    pump: int | None = None
    pumps: int | None = None
    pumps_per_phase: int = 5
    rep: int | None = None
    reps: int | None = None
    rep_progress: float = 0.0
    seconds: int | None = None  # COUNTDOWN: whole seconds left
    remaining: float = 0.0  # COUNTDOWN: the share of the pause still to come, 1..0
    kind: str = ""  # COUNTDOWN: the segment kind ("get_ready", "rest", "switch_side")

    @classmethod
    def from_player(cls, state: PlayerState) -> CounterState:
        seg = state.segment
        if seg is None:
            return cls()
        if seg.kind is SegmentKind.PUMPS:
            return cls(Mode.PUMPS, state.phase, state.phase_progress, state.breath, seg.breaths,
                       state.pump, seg.pumps, seg.pumps_per_phase or 5)
        if seg.breath_led:
            return cls(Mode.BREATHS, state.phase, state.phase_progress, state.breath,
                       seg.breaths, rep=state.rep, reps=seg.reps)
        if seg.kind is SegmentKind.HOLD:
            return cls(Mode.HOLD, BreathPhase.HOLD, state.phase_progress)
        if seg.kind is SegmentKind.WORK:
            return cls(Mode.REPS, rep=state.rep, reps=seg.reps, rep_progress=state.rep_progress)
        if seg.kind in (SegmentKind.GET_READY, SegmentKind.REST, SegmentKind.SWITCH_SIDE):
            left = state.seg_remaining_s / seg.duration_s if seg.duration_s else 0.0
            return cls(Mode.COUNTDOWN, seconds=state.countdown, remaining=left,
                       kind=seg.kind.value)
        return cls()

    @property
    def ring_size(self) -> float:
        """0 (lungs empty) .. 1 (lungs full): grows on the inhale, shrinks on the exhale."""
        p = max(0.0, min(1.0, self.phase_progress))
        eased = 0.5 - 0.5 * math.cos(math.pi * p)
        if self.mode in (Mode.BREATHS, Mode.PUMPS):
            if self.phase is BreathPhase.IN:
                return eased
            if self.phase is BreathPhase.OUT:
                return 1.0 - eased
            return 1.0
        if self.mode == Mode.HOLD:
            return 0.8
        if self.mode == Mode.COUNTDOWN:
            return 0.55
        if self.mode == Mode.REPS:
            return 1.0 - abs(2 * self.rep_progress - 1)
        return 0.0

    @property
    def pump_in_cycle(self) -> int:
        """1 .. 2 * pumps_per_phase: which tick of the current breath is lit."""
        if not self.pump:
            return 0
        return (self.pump - 1) % (2 * self.pumps_per_phase) + 1


class BreathCounter(QWidget):
    """A ring that breathes with the user; driven only by ``set_state``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = CounterState()
        self._high_contrast = False
        self._flash = 0.0
        self._scale = 1.0
        self._min_count_px = 0
        self._phase_inside = True
        self._disc_min = DISC_MIN
        self._slots_cache: tuple[tuple[object, ...], list[Slot]] | None = None
        self.setMinimumSize(160, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)
        self.retranslate_ui()

    # --- inputs --------------------------------------------------------------------------

    def set_state(self, state: CounterState) -> None:
        if state != self._state:
            self._state = state
            self._update_accessible()
            self.update()

    def state(self) -> CounterState:
        return self._state

    def set_flash(self, level: float) -> None:
        """A visual cue (0..1) for when sound is unavailable; the caller fades it."""
        level = max(0.0, min(1.0, level))
        if abs(level - self._flash) > 1e-3:
            self._flash = level
            self.update()

    def flash_level(self) -> float:
        return self._flash

    def set_high_contrast(self, on: bool) -> None:
        self._high_contrast = on
        self.update()

    def set_font_scale(self, percent: int) -> None:
        self._scale = max(1.0, percent / 100.0)
        self.update()

    def set_min_count_px(self, px: int) -> None:
        """Keep the big number at least ``px`` tall (focus mode: a share of the screen)."""
        self._min_count_px = px
        self.update()

    def set_phase_inside(self, inside: bool) -> None:
        """Paint the breath word inside the ring (the default), or leave it to a label of the
        caller's (focus mode shows it large, under the ring)."""
        self._phase_inside = inside
        self._slots_cache = None
        self.update()

    def set_disc_min(self, share: float) -> None:
        """The disc's smallest radius as a share of the track's (focus mode: larger, for
        larger digits inside it)."""
        self._disc_min = min(DISC_MAX, max(0.3, share))
        self._slots_cache = None
        self.update()

    def painted_count_px(self) -> int:
        """The pixel size the big number is painted at (0 when there is none): smaller than
        ``count_pixel_size`` where the ring cannot hold that."""
        if not self.count_text():
            return 0
        return self.text_slots()[0][1].pixelSize()

    def _stroke(self) -> float:
        return max(3.0, min(self.width(), self.height()) * 0.018)

    def disc_radius(self) -> float | None:
        """The breathing disc's radius as painted now (None when idle: no disc)."""
        if self._state.mode == Mode.IDLE:
            return None
        low = self._disc_min
        return self._outer() * (low + (DISC_MAX - low) * self._state.ring_size)

    def text_radius(self) -> float:
        """Every word and number the ring paints lies within this distance of its centre:
        inside the track, and inside the disc at its smallest, its edge line included."""
        outer, stroke = self._outer(), self._stroke()
        radius = outer - stroke * (3.5 if self._state.mode == Mode.PUMPS else 1.5)
        if self._state.mode != Mode.IDLE:
            radius = min(radius, outer * self._disc_min - stroke)
        return radius

    def _outer(self) -> float:
        side = min(self.width(), self.height())
        return side / 2 - max(6.0, side * 0.04)

    def base_count_px(self) -> float:
        return max(12.0, self._outer() * 0.62)

    def count_pixel_size(self) -> int:
        """The pixel size of the big number (the pump in the Hundred) as painted."""
        base = self.base_count_px()
        return int(min(max(base, self._min_count_px), base * 1.5))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(320, 320)

    # --- texts (also used by tests and by screen readers) --------------------------------

    def phase_text(self) -> str:
        s = self._state
        if s.mode in (Mode.BREATHS, Mode.PUMPS):
            if s.phase is BreathPhase.IN:
                return self.tr("Breathe in")
            if s.phase is BreathPhase.OUT:
                return self.tr("Breathe out")
        if s.mode == Mode.HOLD or s.phase is BreathPhase.HOLD:
            return self.tr("Hold")
        if s.mode == Mode.REPS:
            return self.tr("Rep")
        if s.mode == Mode.COUNTDOWN:
            return {"get_ready": self.tr("Get ready"), "rest": self.tr("Rest"),
                    "switch_side": self.tr("Switch sides")}.get(s.kind, "")
        return ""

    def count_text(self) -> str:
        """The big number: the pump in the Hundred, the rep in counted work."""
        s = self._state
        if s.mode == Mode.PUMPS and s.pump:
            return str(s.pump)
        if s.mode == Mode.REPS and s.rep:
            return str(s.rep)
        if s.mode == Mode.COUNTDOWN and s.seconds is not None:
            return countdown_text(s.seconds)
        return ""

    def detail_text(self) -> str:
        s = self._state
        if s.mode == Mode.PUMPS and s.breath and s.breaths:
            return fill(self.tr("Breath %1 of %2"), str(s.breath), str(s.breaths))
        if s.mode == Mode.BREATHS and s.breath and s.breaths:
            return fill(self.tr("Breath %1 of %2"), str(s.breath), str(s.breaths))
        if s.mode == Mode.REPS and s.rep and s.reps:
            return fill(self.tr("of %1"), str(s.reps))
        if s.mode == Mode.HOLD:
            return self.tr("Keep breathing")
        return ""

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Breath counter"))
        self._update_accessible()

    def _update_accessible(self) -> None:
        parts = [p for p in (self.count_text(), self.phase_text(), self.detail_text()) if p]
        self.setAccessibleDescription(" · ".join(parts))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- painting ------------------------------------------------------------------------

    def _colors(self) -> tuple[QColor, QColor, QColor, QColor, QColor]:
        """track, fill, accent (inhale), accent2 (exhale), text."""
        if self._high_contrast:
            return (QColor("#5a5a5a"), QColor(255, 214, 10, 70), QColor(HIGH_CONTRAST_IN),
                    QColor(HIGH_CONTRAST_OUT), QColor("#ffffff"))
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        base = pal.color(QPalette.ColorRole.Window)
        dark = base.lightness() < 128
        inhale = QColor("#2f8f88") if not dark else QColor("#5cc8c0")
        exhale = QColor("#6a7fd0") if not dark else QColor("#94a6ee")
        track = QColor(text)
        track.setAlpha(45)
        fill = QColor(inhale)
        fill.setAlpha(60 if not dark else 80)
        return track, fill, inhale, exhale, text

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        s = self._state
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        track, fill, inhale, exhale, text = self._colors()
        w, h = self.width(), self.height()
        center = QPointF(w / 2, h / 2)
        outer = self._outer()
        stroke = self._stroke()
        accent = exhale if s.phase is BreathPhase.OUT else inhale

        if self._flash > 0:
            glow = QColor(accent)
            glow.setAlpha(int(140 * self._flash))
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(glow)
            p.drawEllipse(center, outer + stroke * 1.5, outer + stroke * 1.5)

        # the track
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(track, stroke))
        p.drawEllipse(center, outer, outer)

        if s.mode != Mode.IDLE:
            # the breathing disc
            inner = self.disc_radius() or 0.0
            disc = QColor(accent)
            disc.setAlpha(fill.alpha())
            p.setPen(QPen(accent, stroke * 0.8))
            p.setBrush(disc)
            p.drawEllipse(center, inner, inner)

            # progress arcs: the time of a hold, the rep's course
            arc = None
            if s.mode == Mode.HOLD:
                arc = s.phase_progress
            elif s.mode == Mode.REPS:
                arc = s.rep_progress
            elif s.mode == Mode.COUNTDOWN:
                arc = s.remaining
            if arc is not None and arc > 0:
                rect = QRectF(center.x() - outer, center.y() - outer, 2 * outer, 2 * outer)
                pen = QPen(accent, stroke * 1.6)
                pen.setCapStyle(Qt.PenCapStyle.RoundCap)
                p.setPen(pen)
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawArc(rect, 90 * 16, -int(360 * 16 * min(1.0, arc)))

            if s.mode == Mode.PUMPS:
                self._paint_ticks(p, center, outer, stroke, track, inhale, exhale)

        self._paint_text(p, text)
        p.end()

    def _paint_ticks(self, p: QPainter, center: QPointF, outer: float, stroke: float,
                     track: QColor, inhale: QColor, exhale: QColor) -> None:
        s = self._state
        n = 2 * s.pumps_per_phase
        lit = s.pump_in_cycle
        for i in range(n):
            angle = -math.pi / 2 + 2 * math.pi * (i + 0.5) / n
            r0, r1 = outer - stroke * 2.5, outer + stroke * 0.2
            a = QPointF(center.x() + r0 * math.cos(angle), center.y() + r0 * math.sin(angle))
            b = QPointF(center.x() + r1 * math.cos(angle), center.y() + r1 * math.sin(angle))
            if i < lit:
                color = inhale if i < s.pumps_per_phase else exhale
                width = stroke * 1.8
            else:
                color, width = track, stroke * 1.1
            pen = QPen(color, width)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            p.setPen(pen)
            p.drawLine(a, b)

    def text_slots(self) -> list[Slot]:
        """The texts painted inside the ring: (text, font, baseline start, ink box).

        Every ink box lies inside the ring's track, and a text that would not fit (large type
        from the player's font scale, a long translation, a small ring) is drawn smaller
        instead of spilling over the ring. ``paintEvent`` draws exactly these, and the tests
        check these boxes.
        """
        big, phase, detail = self.count_text(), self.phase_text(), self.detail_text()
        if not self._phase_inside and has_breath_word(self._state.mode):
            phase = ""
        s = self._state
        # The words change a few times a second, the frames sixty times: measure once.
        key = (big, phase, detail, s.mode, self.width(), self.height(), self._scale,
               self._min_count_px, self._disc_min, self.font().key())
        if self._slots_cache is not None and self._slots_cache[0] == key:
            return list(self._slots_cache[1])
        slots = self._measure_slots(big, phase, detail)
        self._slots_cache = (key, slots)
        return list(slots)

    def _measure_slots(self, big: str, phase: str, detail: str) -> list[Slot]:
        s = self._state
        outer = self._outer()
        # Inside the track (and the Hundred's ticks) and the disc at its smallest.
        radius = self.text_radius()
        if radius <= 4 or not (big or phase or detail):
            return []
        center = QPointF(self.width() / 2, self.height() / 2)
        family = self.font()
        slots: list[Slot] = []
        lines: list[tuple[str, QFont]] = []
        if big:
            # Two lines under the number (the Hundred's breath word and count) need the
            # disc's widest part: the number gives up a little size and height for them.
            two = s.mode == Mode.PUMPS and bool(detail) and bool(phase)
            f = _px_font(family, self.count_pixel_size() * (0.85 if two else 1.0), True)
            baseline = center.y() + outer * (0.08 if two else 0.16) - QFontMetricsF(f).descent()
            placed = _place(big, f, center, radius, baseline, fixed_baseline=True)
            slots.append(placed)
            top = placed[2].y() + QFontMetricsF(placed[1]).descent()
            small_px = outer * 0.15 * min(1.4, self._scale)
            below = phase if s.mode in (Mode.PUMPS, Mode.COUNTDOWN) else detail
            if below:
                lines.append((below, _px_font(family, small_px, False)))
            if s.mode == Mode.PUMPS and detail:
                lines.append((detail, _px_font(family, small_px, False)))
        else:
            if phase:
                lines.append((phase, _px_font(family, outer * 0.18 * min(1.5, self._scale),
                                              True)))
            if detail:
                lines.append((detail, _px_font(family, outer * 0.13 * min(1.4, self._scale),
                                               False)))
            top = center.y() - sum(QFontMetricsF(f).height() for _, f in lines) / 2
        # Stack the smaller lines below, all a size smaller each round, until each fits.
        for _ in range(16):
            placed_lines: list[Slot] = []
            y = top
            for text, f in lines:
                m = QFontMetricsF(f)
                placed = _place(text, f, center, radius, y + m.ascent())
                placed_lines.append(placed)
                y += m.height()
            if all(_inside(ink, center, radius) for *_, ink in placed_lines):
                break
            lines = [(t, _px_font(f, f.pixelSize() * 0.9, f.bold())) for t, f in lines]
        return slots + placed_lines

    def _paint_text(self, p: QPainter, text: QColor) -> None:
        p.setPen(text)
        for line, font, origin, _ink in self.text_slots():
            p.setFont(font)
            p.drawText(origin, line)


def breath_word_colors(phase: BreathPhase) -> str:
    """The high-contrast colour of a breath word: the ring's own for in and out."""
    return HIGH_CONTRAST_OUT if phase is BreathPhase.OUT else HIGH_CONTRAST_IN


def has_breath_word(mode: str) -> bool:
    """Whether this mode has a breath word (in, out, hold) that a caller may show large."""
    return mode in (Mode.BREATHS, Mode.PUMPS, Mode.HOLD)


def _px_font(family: QFont, px: float, bold: bool) -> QFont:
    f = QFont(family)
    f.setPixelSize(max(6, int(px)))
    f.setWeight(QFont.Weight.DemiBold if bold else QFont.Weight.Normal)
    return f


def _inside(rect: QRectF, center: QPointF, radius: float) -> bool:
    """Whether every corner of ``rect`` lies inside the circle."""
    r2 = radius * radius + 0.5
    return all((c.x() - center.x()) ** 2 + (c.y() - center.y()) ** 2 <= r2
               for c in (rect.topLeft(), rect.topRight(), rect.bottomLeft(), rect.bottomRight()))


def _place(text: str, font: QFont, center: QPointF, radius: float, baseline: float,
           fixed_baseline: bool = False) -> Slot:
    """Centre ``text`` on ``baseline``, a pixel size smaller each time its ink leaves the
    circle (down to six pixels). A line below another keeps its top, so it moves up as it
    shrinks; the big number keeps its baseline."""
    f = QFont(font)
    top = baseline - QFontMetricsF(f).ascent()
    for _ in range(60):
        m = QFontMetricsF(f)
        y = baseline if fixed_baseline else top + m.ascent()
        origin = QPointF(center.x() - m.horizontalAdvance(text) / 2, y)
        ink = m.tightBoundingRect(text).translated(origin)
        if _inside(ink, center, radius) or f.pixelSize() <= 6:
            return text, f, origin, ink
        f.setPixelSize(max(6, int(f.pixelSize() * 0.94)))
    return text, f, origin, ink
