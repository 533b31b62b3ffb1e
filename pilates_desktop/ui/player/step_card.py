"""One step of an exercise as the user sees it from the mat: figure, instruction, breath, side.

The card is written to be read from two metres away: large type, a clear breath cue, the side
spelled out, and the exercise's cautions always on show (never only in a tooltip). When the
user's health flags clash with the exercise, a banner says so above everything else.

The card keeps no clock. The player calls :meth:`StepCard.set_motion` with the fraction of the
current movement (0 at the first key pose, 1 at the second), so pausing the player holds the
figure still and a test can set any moment directly.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from html import escape as _escape  # (quotes too: the same in rich text)

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from pilates_desktop.core.errors import PilatesError
from pilates_desktop.core.figure import Pose, load_poses, mirror
from pilates_desktop.core.library import Exercise, Sides, VariantKind
from pilates_desktop.core.text import fill
from pilates_desktop.i18n import (
    error_text,
    ex_breath,
    ex_cautions,
    ex_instruction,
    ex_name,
    ex_variant_text,
    label,
)
from pilates_desktop.ui.figure_view import FigureView
from pilates_desktop.ui.player.card_lines import Curtain, label_lines
from pilates_desktop.ui.widgets.theme import tint

# Point sizes at 100 % font scale. The instruction is the line the user reads from the mat.
_SIZES = {
    "title": 15.0,
    "step": 13.0,
    "side": 16.0,
    "instruction": 22.0,
    "breath": 18.0,
    "cautions": 14.0,
    "banner": 15.0,
}
NARROW = 720  # below this width the figure goes above the text instead of beside it
_SPLITS = ((6, 5), (1, 1), (4, 5), (2, 3), (1, 2))  # figure : text, most figure first
FIGURE_MIN = 160  # px: the figure's smallest width (side by side)
TEXT_ROOM = 420  # px: the words keep this much width before the figure takes a FIGURE_SHARE
FIGURE_SHARE = 0.5
FIGURE_FIRST_FIT = 0.4  # the words may shrink this far (the instruction to 2/3) to keep it
FIGURE_MIN_H = 96  # px: its smallest height (stacked; a figure on the mat is wide and low)
# Before the text scrolls, the type may shrink until the instruction is this small (whatever
# the font scale: fitting beats scrolling), and nothing is ever smaller than MIN_POINT_SIZE.
MIN_INSTRUCTION_PT = 11.0
# The lines read from the mat (instruction, breath, side) keep their size while the rest
# (step number, cautions, banner) shrinks to this share; then all shrink together.
SECONDARY_FIRST = 0.6
MIN_POINT_SIZE = 9.0
QWIDGETSIZE_MAX = (1 << 24) - 1
FIT_SLACK = 6  # px kept spare, so rounding in the layout never costs the last line


class StepCard(QWidget):
    """Shows one step of one exercise, animated between the step's key poses."""

    def __init__(
        self, parent: QWidget | None = None, poses: Mapping[str, Pose] | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("stepCard")
        self._poses = poses
        self._exercise: Exercise | None = None
        self._step = 0
        self._side: str | None = None
        self._flags: frozenset[str] = frozenset()
        self._scale = 100
        self._fit = 1.0
        self._fitted: tuple[object, ...] | None = None  # what the last fit measured
        self._motion = 0.0

        self.figure = FigureView(self)
        self.figure.setObjectName("stepFigure")
        self.figure.setMinimumSize(FIGURE_MIN, FIGURE_MIN_H)
        self.title_label = self._label("stepTitle")
        self.step_label = self._label("stepNumber")
        self.side_label = self._label("stepSide")
        self.banner = QFrame(self)
        self.banner.setObjectName("stepBanner")
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setAutoFillBackground(True)
        self.banner_label = self._label("stepBannerText", self.banner)
        self.banner_label.setTextFormat(Qt.TextFormat.RichText)
        banner_lay = QVBoxLayout(self.banner)
        self._banner_lay = banner_lay
        banner_lay.setContentsMargins(12, 8, 12, 8)
        banner_lay.addWidget(self.banner_label)
        self.instruction_label = self._label("stepInstruction")
        self.breath_label = self._label("stepBreath")
        self.cautions_box = QFrame(self)
        self.cautions_box.setObjectName("stepCautions")
        self.cautions_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.cautions_box.setAutoFillBackground(True)
        self.cautions_label = self._label("stepCautionsText", self.cautions_box)
        self.cautions_label.setTextFormat(Qt.TextFormat.RichText)
        cautions_lay = QVBoxLayout(self.cautions_box)
        self._cautions_lay = cautions_lay
        cautions_lay.setContentsMargins(12, 8, 12, 8)
        cautions_lay.addWidget(self.cautions_label)

        text = QWidget()
        self._text = text
        text.setObjectName("stepText")
        text_lay = QVBoxLayout(text)
        self._text_lay = text_lay
        text_lay.setContentsMargins(0, 0, 4, 0)
        text_lay.setSpacing(10)
        text_lay.addWidget(self.banner)
        text_lay.addWidget(self.title_label)
        text_lay.addWidget(self.step_label)
        text_lay.addWidget(self.side_label)
        text_lay.addWidget(self.instruction_label)
        text_lay.addWidget(self.breath_label)
        text_lay.addWidget(self.cautions_box)
        text_lay.addStretch(1)
        # Large type at 200 % on a small window still never clips: the text scrolls instead.
        self.text_scroll = QScrollArea(self)
        self.text_scroll.setObjectName("stepTextScroll")
        self.text_scroll.setWidget(text)
        self.text_scroll.setWidgetResizable(True)
        self.text_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.text_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.text_scroll.viewport().setAutoFillBackground(False)
        text.setAutoFillBackground(False)
        # When even the smallest type must scroll, the edges of the view hide any line they
        # would cut, so the words scroll by whole lines (the scroll bar shows there is more).
        self._cover_due = False
        self._curtains = (Curtain(self.text_scroll.viewport()),
                          Curtain(self.text_scroll.viewport()))
        text.installEventFilter(self)
        self.text_scroll.viewport().installEventFilter(self)
        self.text_scroll.verticalScrollBar().valueChanged.connect(self._cover_cut_lines)

        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(12, 12, 12, 12)
        self._layout.setSpacing(18)
        self._layout.addWidget(self.figure, 6)
        self._layout.addWidget(self.text_scroll, 5)

        self.banner.hide()
        self.cautions_box.hide()
        self._apply_fonts()
        self._apply_colors()
        self.retranslate_ui()

    def _label(self, name: str, parent: QWidget | None = None) -> QLabel:
        lab = QLabel(parent or self)
        lab.setObjectName(name)
        lab.setWordWrap(True)
        lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lab.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        return lab

    # --- public API -------------------------------------------------------------------------

    def set_exercise(self, exercise: Exercise, step_index: int = 0, side: str | None = None) -> None:
        """Show ``exercise`` at ``step_index``; ``side`` is "right", "left", "alternating" or None."""
        self._exercise = exercise
        self._side = str(side) if side is not None else None
        self._step = max(0, min(step_index, len(exercise.steps) - 1))
        self._show_step()
        self.retranslate_ui()

    def set_step(self, step_index: int) -> None:
        if self._exercise is None:
            return
        self._step = max(0, min(step_index, len(self._exercise.steps) - 1))
        self._show_step()
        self.retranslate_ui()

    def set_motion(self, t: float) -> None:
        """Move the figure to fraction ``t`` (0..1) between the step's two key poses."""
        self._motion = min(1.0, max(0.0, t))
        self.figure.set_blend(self._motion)

    def set_health_flags(self, flags: Iterable[object]) -> None:
        """The user's health flags (e.g. "knee-problems"); a clash shows the caution banner."""
        self._flags = frozenset(str(getattr(f, "value", f)) for f in flags)
        self.retranslate_ui()

    def set_font_scale(self, percent: int) -> None:
        self._scale = max(50, min(300, int(percent)))
        self._apply_fonts()

    def step_index(self) -> int:
        return self._step

    def side(self) -> str | None:
        return self._side

    def shown_poses(self) -> tuple[Pose | None, Pose | None]:
        """The key poses on show, already mirrored for the left side."""
        return self._pose_a, self._pose_b

    # --- internals --------------------------------------------------------------------------

    _pose_a: Pose | None = None
    _pose_b: Pose | None = None

    def _pose_table(self) -> Mapping[str, Pose]:
        if self._poses is None:
            try:
                self._poses = load_poses()
            except PilatesError as exc:
                # A broken pose file costs the pictures, never the session: the words stay.
                self._poses = {}
                self.figure.set_placeholder(
                    fill(self.tr("No illustration: %1"), error_text(exc))
                )
        return self._poses

    def _show_step(self) -> None:
        assert self._exercise is not None
        ids = self._exercise.steps[self._step].poses
        table = self._pose_table()
        poses = [table.get(i) for i in ids]
        a = poses[0]
        b = poses[1] if len(poses) > 1 else None
        if self._side == "left":
            a = mirror(a) if a is not None else None
            b = mirror(b) if b is not None else None
        if a is None:
            b = None
        self._pose_a, self._pose_b = a, b
        self.figure.set_poses(a, b)
        self._motion = 0.0

    def _side_text(self) -> str:
        ex = self._exercise
        if ex is None:
            return ""
        if self._side == "right":
            return self.tr("Right side")
        if self._side == "left":
            return self.tr("Left side")
        if self._side == "alternating" or ex.sides is Sides.ALTERNATING:
            return self.tr("Both sides alternating")
        if ex.sides is Sides.EACH:
            return self.tr("Each side in turn")
        return ""

    def retranslate_ui(self) -> None:
        self.text_scroll.setAccessibleName(self.tr("Step instructions"))  # (settings helper: a11y)
        ex = self._exercise
        if ex is None:
            for lab in (self.title_label, self.step_label, self.side_label,
                        self.instruction_label, self.breath_label):
                lab.clear()
            self.banner.hide()
            self.cautions_box.hide()
            return
        self.title_label.setText(ex_name(ex))
        self.step_label.setText(
            fill(self.tr("Step %1 of %2"), str(self._step + 1), str(len(ex.steps)))
        )
        side = self._side_text()
        self.side_label.setText(side)
        self.side_label.setVisible(bool(side))
        instruction = ex_instruction(ex, self._step)
        self.instruction_label.setText(instruction)
        self.breath_label.setText(fill(self.tr("Breath: %1"), ex_breath(ex, self._step)))
        self.figure.setAccessibleName(fill(self.tr("Illustration of step %1"), str(self._step + 1)))
        self.cautions_box.setAccessibleName(self.tr("Cautions"))
        self.banner.setAccessibleName(self.tr("Health caution"))
        self.figure.setAccessibleDescription(instruction)

        cautions = ex_cautions(ex)
        if cautions:
            items = "".join(f"<li>{_escape(c)}</li>" for c in cautions)
            heading = _escape(self.tr("Take care"))
            self.cautions_label.setText(
                f"<b>{heading}</b><ul style='margin-left:-20px; margin-top:2px;'>{items}</ul>"
            )
        self.cautions_box.setVisible(bool(cautions))

        clashes = [c for c in ex.contraindications if c.value in self._flags]
        if clashes:
            names = ", ".join(label(c) for c in clashes)
            text = "<b>" + _escape(fill(self.tr("Not advised for you: you noted %1."),
                                        names)) + "</b> " + _escape(self.tr(
                    "Skip it, or check with a professional first."))
            gentler = [i for i, v in enumerate(ex.variants) if v.kind is VariantKind.GENTLER]
            if gentler:
                text += " " + _escape(fill(self.tr("Gentler option: %1"),
                                           ex_variant_text(ex, gentler[0])))
            self.banner_label.setText(text)
        self.banner.setVisible(bool(clashes))
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Share the card between figure and words so that every word shows, whole.

        The figure gives way first: side by side it hands width to the text, stacked it hands
        height. Only when the figure is down to its smallest does the type shrink (all of it
        together, so the instruction stays the largest line), and only when the type is down
        to its smallest does the text scroll. The chosen type size is ``fit_factor()``.
        """
        if not self.isVisible():
            self._fitted = None  # fit when shown: sizes before then are guesses
            self._apply_fonts(1.0)
            return
        m = self._layout.contentsMargins()
        inner_w = self.width() - m.left() - m.right()
        inner_h = self.height() - m.top() - m.bottom()
        gap = self._layout.spacing()
        # The same words in the same space fit the same way: skip the measuring.
        key = (inner_w, inner_h, self._layout.direction(), self._scale, self.font().key(),
               tuple((lab.text(), lab.isVisibleTo(self)) for lab in self._labels()))
        if key == self._fitted:
            return
        self._fitted = key
        if inner_w < 40 or inner_h < 40:
            self._apply_fonts(1.0)
            return
        side_by_side = self._layout.direction() == QBoxLayout.Direction.LeftToRight
        min_fit = self.min_fit()
        # Measure as if the scroll bar were there: then the words fit with it or without it.
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent) + 2
        # Ways to share the card at full type size, most figure first, as (text width, text
        # height); then the most room the text can have, with the figure at its smallest.
        # A wide card first tries the figure at half its width (a figure on the mat is wide
        # and low, and beside the words it came out 47 px tall at 1280x720), the words
        # shrinking to FIGURE_FIRST_FIT at most; failing that, the words come first.
        roomy = None
        if side_by_side:
            fig_min = min(FIGURE_MIN, inner_w // 3)
            full = [(int((inner_w - gap) * t / (f + t)), inner_h) for f, t in _SPLITS]
            most = (inner_w - gap - fig_min, inner_h)
            soft = min(int(inner_w * FIGURE_SHARE), inner_w - gap - TEXT_ROOM)
            roomy = (inner_w - gap - soft, inner_h) if soft > fig_min else None
        else:
            fig_min = min(FIGURE_MIN_H, inner_h // 3)
            full = [(inner_w, inner_h - gap - max(fig_min, int(inner_h * 0.4)))]
            most = (inner_w, inner_h - gap - fig_min)

        def fits(room: tuple[int, int], fit: float) -> bool:
            self._apply_fonts(fit)
            return self._text_height(room[0] - bar) <= room[1] - FIT_SLACK

        def largest_fit(room: tuple[int, int], lo: float) -> float:
            """The largest type share in [lo, 1) that fits (``lo`` is known to fit)."""
            hi = 1.0
            for _ in range(7):  # to within about 1 % of the largest type that fits
                mid = (lo + hi) / 2
                if fits(room, mid):
                    lo = mid
                else:
                    hi = mid
            return lo

        # Each test lays the text out once; more room never needs more height, so the
        # searches below halve the candidates at each test.
        if roomy is not None and fits(roomy, FIGURE_FIRST_FIT):
            chosen = next((room for room in full if room[0] <= roomy[0] and fits(room, 1.0)),
                          roomy)
            factor = 1.0 if chosen != roomy or fits(roomy, 1.0) else largest_fit(
                roomy, FIGURE_FIRST_FIT)
        elif fits(most, 1.0):
            lo_i, hi_i = 0, len(full)  # the first of ``full`` that fits, or none
            while lo_i < hi_i:
                mid_i = (lo_i + hi_i) // 2
                if fits(full[mid_i], 1.0):
                    hi_i = mid_i
                else:
                    lo_i = mid_i + 1
            chosen, factor = (full[lo_i] if lo_i < len(full) else most), 1.0
        elif fits(full[-1], SECONDARY_FIRST):
            chosen, factor = full[-1], largest_fit(full[-1], SECONDARY_FIRST)
        elif fits(most, min_fit):
            chosen, factor = most, largest_fit(most, min_fit)
        else:
            chosen, factor = most, min_fit  # the text scrolls, by whole lines
        self._apply_fonts(factor)
        if side_by_side:
            text_w = chosen[0]
            self.figure.setMaximumHeight(QWIDGETSIZE_MAX)
            self._layout.setStretch(0, inner_w - gap - text_w)
            self._layout.setStretch(1, text_w)
        else:
            text_h = min(self._text_height(inner_w - bar) + FIT_SLACK, inner_h)
            self.figure.setMaximumHeight(max(fig_min, inner_h - gap - text_h))
            self._layout.setStretch(0, 0)
            self._layout.setStretch(1, 1)

    def min_fit(self) -> float:
        """The smallest ``fit_factor``: where the instruction is down to MIN_INSTRUCTION_PT."""
        chosen = _SIZES["instruction"] * self._scale / 100.0
        return min(1.0, SECONDARY_FIRST * MIN_INSTRUCTION_PT / chosen)

    def _labels(self) -> tuple[QLabel, ...]:
        return (self.banner_label, self.title_label, self.step_label, self.side_label,
                self.instruction_label, self.breath_label, self.cautions_label)

    def _text_height(self, width: int) -> int:
        return int(self._text.heightForWidth(max(1, width)))

    def fit_factor(self) -> float:
        """How far the type has shrunk to fit: 1.0 unless space is short, then down to
        ``min_fit()`` (the step number and the cautions at this share of their chosen size,
        the instruction at ``min(1, fit / SECONDARY_FIRST)`` of its)."""
        return self._fit

    def _apply_fonts(self, fit: float | None = None) -> None:
        if fit is None:
            self._fit_columns()
            return
        self._fit = fit
        primary = min(1.0, fit / SECONDARY_FIRST)
        self._text_lay.setSpacing(round(4 + 6 * primary))
        pad = 8 if fit >= SECONDARY_FIRST else 4  # the boxes hug smaller type closer
        for box_lay in (self._cautions_lay, self._banner_lay):
            box_lay.setContentsMargins(12, pad, 12, pad)
        for lab, key, bold, share in (
            (self.title_label, "title", True, fit),
            (self.step_label, "step", False, fit),
            (self.side_label, "side", True, primary),
            (self.instruction_label, "instruction", False, primary),
            (self.breath_label, "breath", False, primary),
            (self.cautions_label, "cautions", False, fit),
            (self.banner_label, "banner", False, fit),
        ):
            scale = self._scale / 100.0 * share
            font = QFont(self.font())
            font.setPointSizeF(max(MIN_POINT_SIZE, round(_SIZES[key] * scale * 2) / 2))
            font.setBold(bold)
            if lab.font() != font:
                lab.setFont(font)
        # The boxes' own layouts learn of their label's new size only on the next event loop
        # turn; tell the text's layout now, so that heightForWidth is right at once.
        for box, box_lay in ((self.cautions_box, self._cautions_lay),
                             (self.banner, self._banner_lay)):
            box_lay.invalidate()
            box.updateGeometry()

    def _apply_colors(self) -> None:
        pal = self.palette()
        base = pal.color(QPalette.ColorRole.Window)
        text = pal.color(QPalette.ColorRole.WindowText)
        accent = pal.color(QPalette.ColorRole.Highlight)
        dark = base.lightnessF() < 0.5
        muted = tint(text, base, 0.35)
        for lab, color in ((self.step_label, muted), (self.side_label, tint(accent, text, 0.3)),
                           (self.breath_label, tint(accent, text, 0.45))):
            p = lab.palette()
            p.setColor(QPalette.ColorRole.WindowText, color)
            lab.setPalette(p)
        amber = QColor("#ffcc80") if dark else QColor("#b26a00")
        red = QColor("#ff8a80") if dark else QColor("#b3261e")
        for box, tone in ((self.cautions_box, amber), (self.banner, red)):
            p = box.palette()
            p.setColor(QPalette.ColorRole.Window, tint(base, tone, 0.14))
            p.setColor(QPalette.ColorRole.WindowText, text)
            box.setPalette(p)

    # --- whole lines only ---------------------------------------------------------------------

    def text_lines(self) -> list[tuple[float, float]]:
        """(top, bottom) of every line of text on show, in the scrolled text's coordinates."""
        out: list[tuple[float, float]] = []
        for lab in self._labels():
            if not lab.isVisibleTo(self._text) or not lab.text():
                continue
            y = lab.mapTo(self._text, QPoint(0, 0)).y()
            out += [(y + top, y + bottom) for top, bottom in label_lines(lab)]
        return out

    def covered_rects(self) -> list[QRect]:
        """The parts of the view hidden because a line there is cut (viewport coordinates)."""
        return [c.geometry() for c in self._curtains if not c.isHidden()]

    def _cover_cut_lines(self) -> None:
        top_curtain, bottom_curtain = self._curtains
        viewport = self.text_scroll.viewport()
        if self.text_scroll.verticalScrollBar().maximum() <= 0:
            top_curtain.hide()
            bottom_curtain.hide()
            return
        lo = -self._text.y()  # the text's y at the top of the view
        hi = lo + viewport.height()
        cut_top: float = lo
        cut_bottom: float = hi
        for top, bottom in self.text_lines():
            if top < lo < bottom:
                cut_top = max(cut_top, bottom)
            if top < hi < bottom:
                cut_bottom = min(cut_bottom, top)
        for curtain, y0, y1 in ((top_curtain, lo, cut_top), (bottom_curtain, cut_bottom, hi)):
            if y1 - y0 > 0:
                curtain.setGeometry(0, int(y0 - lo), viewport.width(), int(y1 - y0 + 0.999))
                curtain.show()
                curtain.raise_()
            else:
                curtain.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind in (QEvent.Type.Resize, QEvent.Type.LayoutRequest, QEvent.Type.Move) and (
                not self._cover_due):
            # A relayout sends a burst of these; measure the lines once it has settled.
            self._cover_due = True
            QTimer.singleShot(0, self, self._cover_after_layout)
        return super().eventFilter(watched, event)

    def _cover_after_layout(self) -> None:
        self._cover_due = False
        self._cover_cut_lines()

    # --- Qt overrides -----------------------------------------------------------------------

    def set_title_visible(self, visible: bool) -> None:
        """Hide the exercise name where the surrounding screen already shows it (the player)."""
        self.title_label.setVisible(visible)
        self._fit_columns()

    def showEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)  # type: ignore[arg-type]
        self._fit_columns()

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        # Side by side unless the card is narrow, or tall enough that stacking wastes nothing:
        # in the player the card is wide and short, and stacked text would have to scroll.
        narrow = self.width() < max(FIGURE_MIN * 5 // 2, min(NARROW, int(self.height() * 1.2)))
        direction = (
            QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        )
        if self._layout.direction() != direction:
            self._layout.setDirection(direction)
        self._fit_columns()
        super().resizeEvent(event)  # type: ignore[arg-type]

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        kind = event.type()
        if kind == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif kind in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._apply_colors()
        elif kind == QEvent.Type.FontChange:
            self._apply_fonts()
        super().changeEvent(event)
