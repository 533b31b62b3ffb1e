"""The player screen: what a person on the mat sees while a routine runs.

It is a view only. It keeps no time: ``show_state`` receives the player's state on every tick
of the session and sets every label, the step card's motion and the breath counter from it.
The controls are ``PlayerActions`` (QActions shared with the menu bar, the toolbar and the
focus window), so a button, a key and a menu entry can never disagree.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QFont, QIcon, QKeySequence, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pilates_desktop.core.library import Library
from pilates_desktop.core.player import BreathPhase, PlayerState
from pilates_desktop.core.timeline import Segment, SegmentKind, Timeline
from pilates_desktop.ui.breath_counter import BreathCounter, CounterState, Mode
from pilates_desktop.ui.pain_rating import PainRating
from pilates_desktop.ui.step_card import StepCard

FLASH_S = 0.6


def fmt_clock(seconds: float) -> str:
    s = max(0, int(round(seconds)))
    return f"{s // 60}:{s % 60:02d}"


def motion_for(state: PlayerState) -> float | None:
    """The step card's blend 0..1 for this moment, or None to leave it where it is."""
    seg = state.segment
    if seg is None:
        return None
    if seg.kind in (SegmentKind.GET_READY, SegmentKind.SWITCH_SIDE, SegmentKind.REST):
        return 0.0
    if seg.breath_led and state.phase is BreathPhase.IN:
        return state.phase_progress
    if seg.breath_led and state.phase is BreathPhase.OUT:
        return 1.0 - state.phase_progress
    if seg.kind is SegmentKind.WORK:
        p = state.rep_progress
        return 1.0 - abs(2.0 * p - 1.0)
    return 1.0  # a hold: stay in the held pose


def tinted_icon(pixmap: QStyle.StandardPixmap, size: int = 16) -> QIcon:
    """A standard icon recoloured with the palette's text colour."""
    source = QApplication.style().standardIcon(pixmap).pixmap(size, size)
    painter = QPainter(source)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(source.rect(), QApplication.palette().color(QPalette.ColorRole.WindowText))
    painter.end()
    return QIcon(source)


def _shortcut_text(action: QAction) -> str:
    keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
    keys = [k for k in keys if k and not k.startswith("Media")]
    return ", ".join(keys)


class PlayerActions(QObject):
    """Every player control as a QAction with its keys (media keys included)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        K = Qt.Key  # noqa: N806

        def make(name: str, keys: list[Any]) -> QAction:
            a = QAction(self)
            a.setObjectName(name)
            a.setShortcuts([QKeySequence(k) for k in keys])
            a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            a.setAutoRepeat(False)
            return a

        self.pause = make("player-pause", [K.Key_Space, K.Key_MediaTogglePlayPause])
        self.play = make("player-media-play", [K.Key_MediaPlay])  # resume (media key)
        self.media_pause = make("player-media-pause", [K.Key_MediaPause])
        self.next = make("player-next", [K.Key_Right, K.Key_N, K.Key_MediaNext])
        self.back = make("player-back", [K.Key_Left, K.Key_P, K.Key_MediaPrevious])
        self.restart = make("player-restart", [K.Key_R])
        self.stop = make("player-stop", [K.Key_Escape, K.Key_MediaStop])
        self.focus = make("player-focus", [K.Key_F, K.Key_F11])
        self.focus.setCheckable(True)
        self.hurts = make("player-hurts", [K.Key_H])  # H for hurts, reachable from the mat
        self._running = True
        self.refresh_icons()
        self.retranslate_ui()
        self.set_session_active(False)

    def all(self) -> list[QAction]:
        return [self.pause, self.play, self.media_pause, self.next, self.back, self.restart,
                self.stop, self.focus, self.hurts]

    def set_session_active(self, active: bool) -> None:
        for a in self.all():
            a.setEnabled(active)

    def refresh_icons(self) -> None:
        """Media icons in the text colour, so they read in light and dark themes alike."""
        P = QStyle.StandardPixmap  # noqa: N806
        for action, pixmap in ((self.pause, P.SP_MediaPause if self._running
                                else P.SP_MediaPlay), (self.play, P.SP_MediaPlay),
                               (self.media_pause, P.SP_MediaPause),
                               (self.next, P.SP_MediaSkipForward),
                               (self.back, P.SP_MediaSkipBackward),
                               (self.restart, P.SP_BrowserReload), (self.stop, P.SP_MediaStop)):
            action.setIcon(tinted_icon(pixmap))

    def set_running(self, running: bool) -> None:
        if running != self._running:
            self._running = running
            self.refresh_icons()
        self.pause.setText(self.tr("Pause") if running else self.tr("Resume"))
        self.pause.setToolTip(self._tip(self.pause, self.tr("Pause") if running
                                        else self.tr("Resume")))

    def _tip(self, action: QAction, text: str) -> str:
        keys = _shortcut_text(action)
        return f"{text} ({keys})" if keys else text

    def retranslate_ui(self) -> None:
        texts = {
            self.pause: (self.tr("Pause"), self.tr("Pause or resume the routine")),
            self.play: (self.tr("Resume"), self.tr("Resume the routine")),
            self.media_pause: (self.tr("Pause"), self.tr("Pause the routine")),
            self.next: (self.tr("Next"), self.tr("Go to the next part")),
            self.back: (self.tr("Back"), self.tr("Go back to the previous part")),
            self.restart: (self.tr("Restart step"), self.tr("Start this part again")),
            self.stop: (self.tr("Stop"), self.tr("Stop the routine")),
            self.focus: (self.tr("Focus mode"), self.tr("Full screen with large type")),
            self.hurts: (self.tr("Stop — it hurts"),
                         self.tr("Stop at once and mark this exercise")),
        }
        for action, (text, tip) in texts.items():
            action.setText(text)
            action.setToolTip(self._tip(action, tip))
            action.setStatusTip(tip)


def _label(parent: QWidget, name: str, point_scale: float = 1.0, bold: bool = False,
           align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> QLabel:
    lab = QLabel(parent)
    lab.setObjectName(name)
    lab.setProperty("point_scale", point_scale)
    lab.setProperty("bold", bold)
    lab.setAlignment(align | Qt.AlignmentFlag.AlignVCenter)
    lab.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return lab


class _StepCardSlot(QWidget):
    """The step card, told which step to show by exercise id (a repeated request is free)."""

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._key: tuple[str, int, str | None] | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.card = StepCard(self)
        lay.addWidget(self.card)

    def show_step(self, exercise_id: str, step: int, side: str | None) -> None:
        key = (exercise_id, step, side)
        if key == self._key:
            return
        self._key = key
        ex = self._library.get(exercise_id)
        if ex is not None:
            self.card.set_exercise(ex, min(step, len(ex.steps) - 1), side)

    def set_motion(self, t: float) -> None:
        self.card.set_motion(t)

    def set_font_scale(self, percent: int) -> None:
        self.card.set_font_scale(percent)

    def set_health_flags(self, flags: frozenset[str]) -> None:
        self.card.set_health_flags(flags)


def poses_for(ex: Any, step: int, side: str | None) -> tuple[Any, Any] | None:
    """The key poses of one step (mirrored for the left side), or None if not drawn yet."""
    try:
        from pilates_desktop.core.figure import load_poses, mirror

        table = load_poses()
        names = ex.steps[min(step, len(ex.steps) - 1)].poses
        poses = [table[n] for n in names]
    except (OSError, KeyError, ValueError, IndexError):
        return None
    if side == "left":
        poses = [mirror(p) for p in poses]
    return (poses[0], poses[1] if len(poses) > 1 else None)


class PlayerView(QWidget):
    """The running routine: card, counts, countdown, progress, next, controls."""

    pain_rated = Signal(int)

    def __init__(self, library: Library, actions: PlayerActions,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("player-view")
        self._library = library
        self._actions = actions
        self._timeline: Timeline | None = None
        self._routine_name = ""
        self._font_scale = 100
        self._flash_at: float | None = None
        self._first_ready_index: int | None = None
        self._last_index = -1
        self._build()
        self.retranslate_ui()

    # --- building ------------------------------------------------------------------------

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(24, 18, 24, 18)
        root.setSpacing(12)

        head = QHBoxLayout()
        self.routine_label = _label(self, "routine", 1.0, True)
        self.paused_label = _label(self, "paused", 1.1, True)
        self.time_left_label = _label(self, "time-left", 1.1, False, Qt.AlignmentFlag.AlignRight)
        head.addWidget(self.routine_label, 1)
        head.addWidget(self.paused_label)
        head.addSpacing(16)
        head.addWidget(self.time_left_label)
        root.addLayout(head)

        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(8)
        root.addWidget(self.progress)

        self.phase_label = _label(self, "phase", 1.2, True)
        self.name_label = _label(self, "exercise-name", 2.4, True)
        self.name_label.setWordWrap(True)
        self.meta_label = _label(self, "meta", 1.35)
        root.addWidget(self.phase_label)
        root.addWidget(self.name_label)
        root.addWidget(self.meta_label)

        body = QHBoxLayout()
        body.setSpacing(24)
        self.card = _StepCardSlot(self._library, self)
        self.card.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.card.card.set_title_visible(False)  # the screen's header names the exercise
        body.addWidget(self.card, 2)  # the words need the width; the ring is bound by height

        right = QVBoxLayout()
        right.setSpacing(8)
        self.stack = QStackedWidget(self)
        self.counter = BreathCounter(self.stack)
        # Let the ring shrink when space is short (200 % text with the pain question shown)
        # so the player still fits 1280x720 (settings helper: font-scale test).
        self.counter.setMinimumSize(96, 96)
        self.interlude = QWidget(self.stack)
        il = QVBoxLayout(self.interlude)
        il.setContentsMargins(0, 0, 0, 0)
        self.interlude_title = _label(self.interlude, "interlude-title", 2.0, True,
                                      Qt.AlignmentFlag.AlignCenter)
        self.interlude_text = _label(self.interlude, "interlude-text", 1.2, False,
                                     Qt.AlignmentFlag.AlignCenter)
        self.interlude_text.setWordWrap(True)
        self.interlude_title.hide()  # the ring says it; kept for screen readers and tests
        self.interlude_ring = BreathCounter(self.interlude)
        self.interlude_ring.setMinimumSize(56, 56)  # with its text, no taller than the ring page
        il.addWidget(self.interlude_ring, 1)
        il.addWidget(self.interlude_text)
        self.stack.addWidget(self.counter)
        self.stack.addWidget(self.interlude)
        right.addWidget(self.stack, 1)
        self.countdown_label = _label(self, "countdown", 5.0, True, Qt.AlignmentFlag.AlignCenter)
        right.addWidget(self.countdown_label)
        self.pain = PainRating(self, compact=True)
        self.pain.rated.connect(self.pain_rated)
        self.pain.hide()
        right.addWidget(self.pain)
        body.addLayout(right, 1)
        root.addLayout(body, 1)

        self.next_label = _label(self, "next", 1.15)
        self.next_label.setWordWrap(True)
        root.addWidget(self.next_label)

        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        root.addWidget(line)

        controls = QHBoxLayout()
        controls.setSpacing(8)
        self.buttons: dict[str, QToolButton] = {}
        a = self._actions
        for key, action in (("back", a.back), ("pause", a.pause), ("next", a.next),
                            ("restart", a.restart), ("focus", a.focus)):
            controls.addWidget(self._button(key, action))
        controls.addStretch(1)
        controls.addWidget(self._button("stop", a.stop))
        hurt = self._button("hurts", a.hurts)
        hurt.setObjectName("hurts-button")
        hurt.setStyleSheet(
            "QToolButton#hurts-button { background: #b3261e; color: white; border-radius: 6px;"
            " padding: 8px 16px; font-weight: 600; }"
            "QToolButton#hurts-button:hover { background: #c8372d; }"
            "QToolButton#hurts-button:disabled { background: #8c8c8c; }")
        controls.addWidget(hurt)
        root.addLayout(controls)

    def _button(self, key: str, action: QAction) -> QToolButton:
        b = QToolButton(self)
        b.setDefaultAction(action)
        b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        b.setMinimumHeight(40)
        b.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # Space stays with the pause shortcut
        self.buttons[key] = b
        return b

    # --- font scale ----------------------------------------------------------------------

    def set_font_scale(self, percent: int) -> None:
        self._font_scale = percent
        base_pt = QApplication.font().pointSizeF()
        if base_pt <= 0:
            base_pt = 10.0
        for lab in self.findChildren(QLabel):
            scale = lab.property("point_scale")
            if scale is None:
                continue
            f = QFont(lab.font())
            # The countdown is already five times the body size; scaling it too would push
            # the player past 720 px at 200 % (settings helper: font-scale test).
            grow = 100 if lab is self.countdown_label else percent
            f.setPointSizeF(base_pt * float(scale) * grow / 100.0)
            f.setBold(bool(lab.property("bold")))
            lab.setFont(f)
        self.counter.set_font_scale(percent)
        self.interlude_ring.set_font_scale(percent)
        self.card.set_font_scale(percent)

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        self.set_font_scale(self._font_scale)
        super().showEvent(event)

    # --- session -------------------------------------------------------------------------

    def begin(self, routine_name: str, timeline: Timeline) -> None:
        self._timeline = timeline
        self._routine_name = routine_name
        self._last_index = -1
        self._first_ready_index = None
        for i, seg in enumerate(timeline.segments):
            if seg.kind is SegmentKind.GET_READY:
                self._first_ready_index = i
                break
        self.pain.clear()
        self.routine_label.setText(routine_name)
        self.paused_label.setText("")

    def flash(self) -> None:
        self._flash_at = time.monotonic()
        self.counter.set_flash(1.0)
        self.interlude_ring.set_flash(1.0)

    def _flash_level(self) -> float:
        if self._flash_at is None:
            return 0.0
        level = 1.0 - (time.monotonic() - self._flash_at) / FLASH_S
        if level <= 0:
            self._flash_at = None
            return 0.0
        return level

    def show_state(self, state: PlayerState) -> None:
        timeline = self._timeline
        seg = state.segment
        if timeline is None or seg is None:
            return
        total = timeline.total_s or 1.0
        self.progress.setValue(int(1000 * state.position_s / total))
        self.time_left_label.setText(self.tr("%1 left").replace("%1",
                                                                 fmt_clock(state.remaining_s)))
        self.countdown_label.setText(self.countdown_text(state))
        self.paused_label.setText("" if state.running else self.tr("Paused"))
        if state.index != self._last_index:
            self._last_index = state.index
            self._show_segment(state.index, seg)
        counter = CounterState.from_player(state)
        ring = self.interlude_ring if counter.mode == Mode.COUNTDOWN else self.counter
        ring.set_state(counter)
        ring.set_flash(self._flash_level())
        self.meta_label.setText(self.meta_text(seg, state))
        if state.running:
            t = motion_for(state)
            if t is not None:
                self.card.set_motion(t)

    def countdown_text(self, state: PlayerState) -> str:
        n = state.countdown
        return str(n) if n < 60 else fmt_clock(n)

    def _show_segment(self, index: int, seg: Segment) -> None:
        assert self._timeline is not None
        segments = self._timeline.segments
        name = self._name(seg.exercise)
        kind = seg.kind
        interlude = kind in (SegmentKind.GET_READY, SegmentKind.REST, SegmentKind.SWITCH_SIDE)
        self.stack.setCurrentWidget(self.interlude if interlude else self.counter)
        self.countdown_label.setVisible(not interlude)  # the ring counts down instead
        self.pain.setVisible(index == self._first_ready_index)
        nxt = self._next_exercise(index)
        if kind is SegmentKind.GET_READY:
            self.phase_label.setText(self.tr("Get ready"))
            self.name_label.setText(name)
            self.interlude_title.setText(self.tr("Get ready"))
            self.interlude_text.setText(self.tr("Move into the starting position."))
            self.card.show_step(seg.exercise, 0, seg.side)
        elif kind is SegmentKind.SWITCH_SIDE:
            self.phase_label.setText(self.tr("Switch sides"))
            self.name_label.setText(name)
            self.interlude_title.setText(self.tr("Switch sides"))
            self.interlude_text.setText(self._side_text(seg.side, switching=True))
            self.card.show_step(seg.exercise, 0, seg.side)
        elif kind is SegmentKind.REST:
            upcoming = segments[index + 1] if index + 1 < len(segments) else None
            self.phase_label.setText(self.tr("Rest"))
            self.interlude_title.setText(self.tr("Rest"))
            self.interlude_text.setText(self.tr("Breathe easily and let your body soften."))
            if upcoming is not None and upcoming.item_index != seg.item_index:
                self.name_label.setText(self.tr("Up next: %1").replace(
                    "%1", self._name(upcoming.exercise)))
                self.card.show_step(upcoming.exercise, 0, upcoming.side)
            else:
                self.name_label.setText(name)
                self.card.show_step(seg.exercise, 0, seg.side)
        else:
            self.phase_label.setText(self.tr("Now"))
            self.name_label.setText(name)
            self.card.show_step(seg.exercise, seg.step, seg.side)
        if nxt is None:
            self.next_label.setText(self.tr("Last exercise: you are nearly done."))
        else:
            self.next_label.setText(self.tr("Next: %1").replace("%1", self._name(nxt)))
        # Screen readers hear each phase change (settings helper: ui/a11y.announce).
        from pilates_desktop.ui.a11y import announce

        announce(self, f"{self.phase_label.text()}: {self.name_label.text()}")

    def _next_exercise(self, index: int) -> str | None:
        """The exercise after this one (after the upcoming one, while resting before it)."""
        assert self._timeline is not None
        segments = self._timeline.segments
        current = segments[index].item_index
        if segments[index].kind is SegmentKind.REST and index + 1 < len(segments):
            current = max(current, segments[index + 1].item_index)
        for seg in segments[index + 1:]:
            if seg.item_index != current:
                return seg.exercise
        return None

    def _name(self, exercise_id: str) -> str:
        from pilates_desktop.i18n import ex_name

        ex = self._library.get(exercise_id)
        return ex_name(ex) if ex is not None else exercise_id

    def _side_text(self, side: str | None, switching: bool = False) -> str:
        if side == "left":
            return self.tr("Turn to your left side.") if switching else self.tr("Left side")
        if side == "right":
            return self.tr("Turn to your right side.") if switching else self.tr("Right side")
        if side == "alternating":
            return self.tr("Alternate sides")
        return ""

    def meta_text(self, seg: Segment, state: PlayerState) -> str:
        parts: list[str] = []
        side = self._side_text(seg.side)
        if side and seg.kind is not SegmentKind.SWITCH_SIDE:
            parts.append(side)
        if seg.sets and seg.sets > 1 and seg.set:
            parts.append(self.tr("Set %1 of %2").replace("%1", str(seg.set)).replace(
                "%2", str(seg.sets)))
        if seg.kind is SegmentKind.WORK and seg.reps:
            parts.append(self.tr("Rep %1 of %2").replace("%1", str(state.rep or 1)).replace(
                "%2", str(seg.reps)))
        elif seg.kind is SegmentKind.PUMPS and seg.pumps:
            parts.append(self.tr("Pump %1 of %2").replace("%1", str(state.pump or 0)).replace(
                "%2", str(seg.pumps)))
        elif seg.kind is SegmentKind.HOLD and seg.breaths:
            parts.append(self.tr("Breath %1 of %2").replace("%1", str(state.breath or 1))
                         .replace("%2", str(seg.breaths)))
        elif seg.kind is SegmentKind.HOLD:
            parts.append(self.tr("Hold for %1 s").replace("%1", str(int(seg.duration_s))))
        return "  ·  ".join(parts)

    # --- translation ---------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Routine player"))
        self.progress.setAccessibleName(self.tr("Progress through the routine"))
        self.countdown_label.setAccessibleName(self.tr("Seconds left in this part"))
        self.time_left_label.setAccessibleName(self.tr("Time left in the routine"))
        self.name_label.setAccessibleName(self.tr("Exercise"))
        self.next_label.setAccessibleName(self.tr("Next exercise"))
        self._last_index = -1  # redraw the segment texts on the next state

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class IdlePanel(QWidget):
    """The right-hand area when nothing plays: the routine, its length, a Start button and
    the step card of the exercise last picked in the library or the playlist."""

    def __init__(self, library: Library, start_action: QAction,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("idle-panel")
        self._library = library
        self._routine: Any = None
        self._total_s = 0.0
        self._scaled = False
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 18, 24, 18)
        lay.setSpacing(10)
        self.title = _label(self, "idle-title", 1.8, True)
        self.title.setWordWrap(True)
        self.info = _label(self, "idle-info", 1.1)
        self.info.setWordWrap(True)
        self.start_button = QToolButton(self)
        self.start_button.setDefaultAction(start_action)
        self.start_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.start_button.setObjectName("start-button")
        self.start_button.setMinimumHeight(48)
        self.start_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.start_button.setStyleSheet(
            "QToolButton#start-button { background: #2f7d75; color: white; border-radius: 8px;"
            " padding: 10px 24px; font-size: 15pt; font-weight: 600; }"
            "QToolButton#start-button:hover { background: #38948b; }"
            "QToolButton#start-button:disabled { background: #8c8c8c; }")
        self.card = _StepCardSlot(library, self)
        lay.addWidget(self.title)
        lay.addWidget(self.info)
        lay.addWidget(self.start_button)
        lay.addSpacing(8)
        lay.addWidget(self.card, 1)
        self.retranslate_ui()

    def set_font_scale(self, percent: int) -> None:
        self._scaled = True
        base_pt = QApplication.font().pointSizeF()
        base_pt = base_pt if base_pt > 0 else 10.0
        for lab in (self.title, self.info):
            f = QFont(lab.font())
            f.setPointSizeF(base_pt * float(lab.property("point_scale")) * percent / 100.0)
            f.setBold(bool(lab.property("bold")))
            lab.setFont(f)
        self.card.set_font_scale(percent)

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        if not self._scaled:
            self._scaled = True
            self.set_font_scale(100)
        super().showEvent(event)

    def set_routine(self, routine: Any, total_s: float) -> None:
        self._routine, self._total_s = routine, total_s
        if routine is not None and routine.items:
            # Drawn now, not after a delay: the first painted window shows the whole card
            # (the library's thumbnails need the same pose table for that frame anyway).
            self.card.show_step(routine.items[0].exercise, 0, None)
        self.retranslate_ui()

    def show_exercise(self, exercise_id: str) -> None:
        self.card.show_step(exercise_id, 0, None)

    def retranslate_ui(self) -> None:
        from pilates_desktop.i18n import routine_description, routine_name

        r = self._routine
        if r is None:
            self.title.setText(self.tr("Choose a routine"))
            self.info.setText(self.tr("Pick a routine on the left, then press Start. "
                                      "Put the screen where you can see it from your mat."))
            return
        self.title.setText(routine_name(r))
        n = len(r.items)
        count = self.tr("1 exercise") if n == 1 else self.tr("%1 exercises").replace(
            "%1", str(n))
        about = self.tr("About %1 min").replace("%1", str(max(1, round(self._total_s / 60))))
        desc = routine_description(r)
        self.info.setText(f"{about} · {count}" + (f"\n{desc}" if desc else ""))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
