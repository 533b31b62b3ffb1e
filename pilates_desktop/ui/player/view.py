"""The player screen: what a person on the mat sees while a routine runs.

It is a view only. It keeps no time: ``show_state`` receives the player's state on every tick
of the session and sets every label, the step card's motion and the breath counter from it.
The controls are ``PlayerActions`` (QActions shared with the menu bar, the toolbar and the
focus window), so a button, a key and a menu entry can never disagree.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pilates_desktop.core.clock import Clock
from pilates_desktop.core.durations import countdown_text, format_duration
from pilates_desktop.core.library import Library
from pilates_desktop.core.moment import Moment, moment
from pilates_desktop.core.player import PlayerState
from pilates_desktop.core.text import fill
from pilates_desktop.core.timeline import Segment, SegmentKind, Timeline
from pilates_desktop.ui.player.breath_counter import BreathCounter, CounterState, Mode
from pilates_desktop.ui.player.controls import PlayerActions
from pilates_desktop.ui.player.idle_panel import StepCardSlot, scaled_label

FLASH_S = 0.6
HEADING_MAX_SCALE = 150  # % : the exercise name's largest font scale


_INTERLUDES = (SegmentKind.GET_READY, SegmentKind.SWITCH_SIDE, SegmentKind.REST)


def moment_for(state: PlayerState, library: Library) -> Moment | None:
    """What the card shows now: the step, the figure's blend and the working side, as core
    decides it (core/moment.py) for the card, focus mode and the voice alike."""
    seg = state.segment
    ex = library.get(seg.exercise) if seg is not None else None
    return moment(state, ex) if ex is not None else None


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

    def __init__(self, library: Library, actions: PlayerActions, clock: Clock,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("player-view")
        self._library = library
        self._clock = clock
        self._actions = actions
        self._timeline: Timeline | None = None
        self._routine: Any = None  # a Routine, a built-in stand-in, or a plain name
        self._font_scale = 100
        self._flash_at: float | None = None
        self._last_index = -1
        self._build()
        self.retranslate_ui()

    # --- building ------------------------------------------------------------------------

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(24, 18, 24, 18)
        root.setSpacing(12)

        head = QHBoxLayout()
        self.routine_label = scaled_label(self, "routine", 1.0, True)
        self.paused_label = scaled_label(self, "paused", 1.1, True)
        self.time_left_label = scaled_label(self, "time-left", 1.1, False, Qt.AlignmentFlag.AlignRight)
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

        # The phase and the count share one line above the name, so that large type leaves
        # the step card room for its words.
        # The phase, the count and what comes next share one line above the name, so that
        # large type leaves the step card room for its words.
        self.phase_label = scaled_label(self, "phase", 1.3, True)
        self.name_label = scaled_label(self, "exercise-name", 2.4, True, title=True)
        self.meta_label = scaled_label(self, "meta", 1.3)
        self.meta_label.setWordWrap(True)
        self.next_label = scaled_label(self, "next", 1.15, False, Qt.AlignmentFlag.AlignRight)
        self.next_label.setWordWrap(True)
        status = QHBoxLayout()
        status.setSpacing(20)
        status.addWidget(self.phase_label, 0, Qt.AlignmentFlag.AlignBottom)
        status.addWidget(self.meta_label, 3, Qt.AlignmentFlag.AlignBottom)
        status.addWidget(self.next_label, 2, Qt.AlignmentFlag.AlignBottom)
        root.addLayout(status)
        root.addWidget(self.name_label)

        body = QHBoxLayout()
        self._body = body
        body.setSpacing(24)
        self.card = StepCardSlot(self._library, self)
        self.card.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.card.card.set_title_visible(False)  # the screen's header names the exercise
        body.addWidget(self.card, 2)  # the words need the width; the ring is bound by height
        self.card.installEventFilter(self)

        right = QVBoxLayout()
        right.setSpacing(8)
        self.stack = QStackedWidget(self)
        self.counter = BreathCounter(self.stack)
        # Let the ring shrink when space is short (200 % text)
        # so the player still fits 1280x720 (settings helper: font-scale test).
        self.counter.setMinimumSize(96, 96)
        self.interlude = QWidget(self.stack)
        il = QVBoxLayout(self.interlude)
        il.setContentsMargins(0, 0, 0, 0)
        self.interlude_title = scaled_label(self.interlude, "interlude-title", 2.0, True,
                                      Qt.AlignmentFlag.AlignCenter)
        self.interlude_text = scaled_label(self.interlude, "interlude-text", 1.2, False,
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
        self.countdown_label = scaled_label(self, "countdown", 5.0, True, Qt.AlignmentFlag.AlignCenter)
        right.addWidget(self.countdown_label)
        # Beside the Hundred's ring the bare seconds read as a second count ("44" pumps, "45"):
        # they say what they count, as in focus mode.
        self.countdown_caption = scaled_label(self, "countdown-caption", 1.0, False,
                                              Qt.AlignmentFlag.AlignCenter)
        right.addWidget(self.countdown_caption)
        body.addLayout(right, 1)
        root.addLayout(body, 1)

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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.card and event.type() == QEvent.Type.Resize:
            self._share_body()
        return super().eventFilter(watched, event)

    def _share_body(self) -> None:
        """Give the counts column the width of a square ring, and the card the rest.

        The ring is bound by the body's height; any width beyond that is worth more to the
        step card's words (large type at 1280x720 needs every pixel of it).
        """
        total = self.card.width() + self.stack.width() + self._body.spacing()
        if total <= 0:
            return
        right = max(self.card.height(), self.countdown_label.sizeHint().width(), 200)
        right = min(right, int(total * 0.4))
        stretch = (total - right, right)
        if (self._body.stretch(0), self._body.stretch(1)) != stretch:
            self._body.setStretch(0, stretch[0])
            self._body.setStretch(1, stretch[1])

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
            # the player past 720 px at 200 % (settings helper: font-scale test). Headings
            # twice the body size and more read from the mat already: they grow at most by
            # half, and leave the room to the step card's words.
            if lab is self.countdown_label:
                grow = 100
            elif float(scale) >= 2.0:
                grow = min(percent, HEADING_MAX_SCALE)
            else:
                grow = percent
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

    def begin(self, routine: Any, timeline: Timeline) -> None:
        """Show a new session of ``routine`` (a Routine). Its title follows a language switch:
        a built-in routine's name is looked up again in the new language; the user's own
        names stay as they are."""
        self._timeline = timeline
        self._routine = routine
        self._last_index = -1
        self.routine_label.setText(self.routine_title())
        self.paused_label.setText("")

    def routine_title(self) -> str:
        """The running routine's name in the current language."""
        from pilates_desktop.i18n import routine_name

        return routine_name(self._routine) if self._routine is not None else ""

    def flash(self) -> None:
        self._flash_at = self._clock.monotonic()
        self.counter.set_flash(1.0)
        self.interlude_ring.set_flash(1.0)

    def _flash_level(self) -> float:
        if self._flash_at is None:
            return 0.0
        level = 1.0 - (self._clock.monotonic() - self._flash_at) / FLASH_S
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
        self.time_left_label.setText(fill(self.tr("%1 left"), format_duration(state.remaining_s)))
        self.countdown_label.setText(self.countdown_text(state))
        self.countdown_caption.setText(
            self.tr("seconds left") if state.countdown < 60 else self.tr("left"))
        self.paused_label.setText("" if state.running else self.tr("Paused"))
        if state.index != self._last_index:
            self._last_index = state.index
            self._show_segment(state.index, seg)
        counter = CounterState.from_player(state)
        ring = self.interlude_ring if counter.mode == Mode.COUNTDOWN else self.counter
        ring.set_state(counter)
        ring.set_flash(self._flash_level())
        self.meta_label.setText(self.meta_text(seg, state))
        shown = moment_for(state, self._library)
        if shown is not None and seg.kind not in _INTERLUDES:
            # The step and side change within a segment: the next step of a repetition, the
            # other leg of an alternating exercise (drawn mirrored on the left).
            self.card.show_step(seg.exercise, shown.step, shown.side or seg.side)
        if state.running and shown is not None:
            self.card.set_motion(shown.blend)

    def countdown_text(self, state: PlayerState) -> str:
        return countdown_text(state.countdown)

    def _show_segment(self, index: int, seg: Segment) -> None:
        assert self._timeline is not None
        segments = self._timeline.segments
        name = self._name(seg.exercise)
        kind = seg.kind
        interlude = kind in (SegmentKind.GET_READY, SegmentKind.REST, SegmentKind.SWITCH_SIDE)
        self.stack.setCurrentWidget(self.interlude if interlude else self.counter)
        self.countdown_label.setVisible(not interlude)  # the ring counts down instead
        self.countdown_caption.setVisible(not interlude)
        self._share_body()
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
                self.name_label.setText(fill(self.tr("Up next: %1"), self._name(upcoming.exercise)))
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
            self.next_label.setText(fill(self.tr("Next: %1"), self._name(nxt)))
        # Screen readers hear each phase change (settings helper: ui/a11y.announce).
        from pilates_desktop.ui.widgets.a11y import announce

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
        shown = moment_for(state, self._library)
        side = self._side_text(shown.side if shown is not None and shown.side else seg.side)
        if side and seg.kind is not SegmentKind.SWITCH_SIDE:
            parts.append(side)
        if seg.sets and seg.sets > 1 and seg.set:
            parts.append(fill(self.tr("Set %1 of %2"), str(seg.set), str(seg.sets)))
        if seg.kind is SegmentKind.WORK and seg.reps:
            rep, reps = state.rep or 1, seg.reps
            if shown is not None and shown.side_rep and shown.side_reps and shown.side:
                rep, reps = shown.side_rep, shown.side_reps  # "Left side · Rep 2 of 8"
            parts.append(fill(self.tr("Rep %1 of %2"), str(rep), str(reps)))
        elif seg.kind is SegmentKind.PUMPS and seg.pumps:
            parts.append(fill(self.tr("Pump %1 of %2"), str(state.pump or 0), str(seg.pumps)))
        elif seg.kind is SegmentKind.HOLD and seg.breaths:
            parts.append(fill(self.tr("Breath %1 of %2"), str(state.breath or 1), str(seg.breaths)))
        elif seg.kind is SegmentKind.HOLD:
            parts.append(fill(self.tr("Hold for %1 s"), str(int(seg.duration_s))))
        return "  ·  ".join(parts)

    # --- translation ---------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Routine player"))
        self.progress.setAccessibleName(self.tr("Progress through the routine"))
        self.countdown_label.setAccessibleName(self.tr("Seconds left in this part"))
        self.time_left_label.setAccessibleName(self.tr("Time left in the routine"))
        self.name_label.setAccessibleName(self.tr("Exercise"))
        self.next_label.setAccessibleName(self.tr("Next exercise"))
        self.routine_label.setText(self.routine_title())
        self._last_index = -1  # redraw the segment texts on the next state

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
