"""A title that wraps well: on one line while it fits, else on two lines of about equal width
broken between words, else on two lines with the rest elided at a word, the whole title in
the tooltip. A plain word-wrapped QLabel left one word alone on a second line, or, with a
long German or Spanish name in large type, cut a word in two.

``text()`` stays the whole title (screen readers and tests read it); only the painting and
the size follow the lines.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

ELLIPSIS = "…"


def title_lines(text: str, metrics: QFontMetrics, width: int, max_lines: int = 2) -> list[str]:
    """``text`` in at most ``max_lines`` lines no wider than ``width``, broken between words
    (the lines as even as they can be); what does not fit ends in an ellipsis after a whole
    word, or, for one word wider than the line, inside it."""
    words = text.split()
    if not words:
        return []

    def wide(line: str) -> int:
        return metrics.horizontalAdvance(line)

    if wide(" ".join(words)) <= width or max_lines <= 1 or len(words) == 1:
        line = " ".join(words)
        return [line if wide(line) <= width else _elide(line, metrics, width)]
    # The break that makes the wider of the two lines narrowest.
    best: list[str] | None = None
    best_width = 0
    for i in range(1, len(words)):
        first, second = " ".join(words[:i]), " ".join(words[i:])
        widest = max(wide(first), wide(second))
        if widest <= width and (best is None or widest < best_width):
            best, best_width = [first, second], widest
    if best is not None:
        return best
    # Too long for two lines: fill the first line, then the rest on the next ones.
    n = 1
    while n < len(words) and wide(" ".join(words[:n + 1])) <= width:
        n += 1
    first = " ".join(words[:n])
    if wide(first) > width:
        first = _elide(first, metrics, width)
    rest = words[n:]
    if not rest:
        return [first]
    if max_lines > 2:
        return [first, *title_lines(" ".join(rest), metrics, width, max_lines - 1)]
    last = " ".join(rest)
    return [first, last if wide(last) <= width else _elide_words(rest, metrics, width)]


def _elide_words(words: list[str], metrics: QFontMetrics, width: int) -> str:
    """As many whole words as fit with an ellipsis after them."""
    for n in range(len(words) - 1, 0, -1):
        line = " ".join(words[:n]).rstrip(",;:–—-") + ELLIPSIS
        if metrics.horizontalAdvance(line) <= width:
            return line
    return _elide(words[0], metrics, width)


def _elide(text: str, metrics: QFontMetrics, width: int) -> str:
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(0, width))


class TitleLabel(QLabel):
    """A QLabel for titles in large type; see the module's docstring."""

    def __init__(self, parent: QWidget | None = None, max_lines: int = 2) -> None:
        super().__init__(parent)
        self._max_lines = max_lines
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def shown_lines(self, width: int | None = None) -> list[str]:
        """The lines painted at ``width`` (the label's own by default)."""
        m = self.contentsMargins()
        room = (self.width() if width is None else width) - m.left() - m.right()
        return title_lines(self.text(), self.fontMetrics(), room, self._max_lines)

    def is_elided(self) -> bool:
        return any(ELLIPSIS in line for line in self.shown_lines()) and \
            ELLIPSIS not in self.text()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        m = self.contentsMargins()
        lines = max(1, len(self.shown_lines(width)))
        return lines * self.fontMetrics().lineSpacing() + m.top() + m.bottom()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        m = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self.text()) + m.left() + m.right()
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """Narrow: the title wraps, then elides, rather than widen the window."""
        m = self.contentsMargins()
        return QSize(self.fontMetrics().averageCharWidth() * 6 + m.left() + m.right(),
                     self.fontMetrics().lineSpacing() + m.top() + m.bottom())

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.setToolTip(self.text() if self.is_elided() else "")
        self.updateGeometry()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setFont(self.font())
        painter.setPen(self.palette().color(self.foregroundRole()))
        rect = self.contentsRect()
        lines = self.shown_lines()
        spacing = self.fontMetrics().lineSpacing()
        height = len(lines) * spacing
        align = self.alignment()
        top = rect.top()
        if align & Qt.AlignmentFlag.AlignVCenter:
            top += (rect.height() - height) // 2
        elif align & Qt.AlignmentFlag.AlignBottom:
            top += rect.height() - height
        horizontal = align & (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignRight
                              | Qt.AlignmentFlag.AlignHCenter)
        for i, line in enumerate(lines):
            box = QRect(rect.left(), top + i * spacing, rect.width(), spacing)
            painter.drawText(box, int(horizontal | Qt.AlignmentFlag.AlignVCenter), line)
        painter.end()
