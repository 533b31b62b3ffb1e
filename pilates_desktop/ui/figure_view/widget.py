"""The figure widget of the step card and focus mode."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from pilates_desktop.core.figure import Pose, tween
from pilates_desktop.ui.figure_view.caches import FigureCaches
from pilates_desktop.ui.figure_view.colors import figure_colors
from pilates_desktop.ui.figure_view.painting import body_rect, motion_frame, paint_figure
from pilates_desktop.ui.figure_view.shapes import Frame


class FigureView(QWidget):
    """Shows one pose, or a movement between two key poses at a blend the caller sets.

    The view keeps no clock: the player decides the blend from its own time, so pausing the
    player holds the figure still without any timer here.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._a: Pose | None = None
        self._b: Pose | None = None
        self._t = 0.0
        self._frame: Frame | None = None
        self._placeholder = ""
        self.caches = FigureCaches()  # this view's discs and backdrops, kept between frames
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 120)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)

    def sizeHint(self) -> QSize:
        return QSize(420, 320)

    def set_poses(self, a: Pose | None, b: Pose | None = None) -> None:
        self._a, self._b, self._t = a, b, 0.0
        self._frame = motion_frame(a, b) if a is not None else None
        self.update()

    def set_placeholder(self, text: str) -> None:
        """Words to show instead of a figure when there is no pose to draw."""
        self._placeholder = text
        self.update()

    def set_blend(self, t: float) -> None:
        t = min(1.0, max(0.0, t))
        if self._b is None or t == self._t:
            return
        self._t = t
        self.update()

    def blend(self) -> float:
        return self._t

    def current_pose(self) -> Pose | None:
        """The pose drawn right now (a tween when the view shows a movement)."""
        if self._a is None:
            return None
        if self._b is None:
            return self._a
        return tween(self._a, self._b, self._t)

    def drawn_height(self) -> int:
        """How tall the figure's body is drawn now, in pixels (0 without a pose): what a
        person on the mat has to make out."""
        pose = self.current_pose()
        if pose is None or self.width() <= 2 or self.height() <= 2:
            return 0
        return round(body_rect(self._card(), pose, self._frame).height())

    def _card(self) -> QRectF:
        return QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        palette = self.palette()
        # A rounded card in the base colour on the window colour; the figure's cut lines use
        # the base colour, so they vanish into the card.
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Window))
        card = self._card()
        radius = min(14.0, card.height() / 8)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(figure_colors(palette).background)
        painter.drawRoundedRect(card, radius, radius)
        pose = self.current_pose()
        if pose is not None:
            paint_figure(painter, card, pose, palette, self._frame, background=False,
                         caches=self.caches)
        elif self._placeholder:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(card.adjusted(16, 16, -16, -16),
                             int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                             self._placeholder)
        painter.end()
