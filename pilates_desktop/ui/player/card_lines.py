"""Whole lines only, for the step card: where each line of a word-wrapped label lies, and the
curtains that hide a line cut by the edge of the scrolled view."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument, QTextOption
from PySide6.QtWidgets import QLabel, QWidget


class Curtain(QWidget):
    """Hides a line cut by the edge of the scrolled view, in the card's own background."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAutoFillBackground(True)
        self.hide()


def label_lines(label: QLabel) -> list[tuple[float, float]]:
    """(top, bottom) of each laid-out line of a word-wrapped label, in its own coordinates.

    The label lays its text out in a QTextDocument without margins; a copy laid out at the
    same width gives the same lines.
    """
    doc = QTextDocument()
    doc.setDefaultFont(label.font())
    doc.setDocumentMargin(0)
    option = doc.defaultTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    doc.setDefaultTextOption(option)
    if label.textFormat() == Qt.TextFormat.RichText:
        doc.setHtml(label.text())
    else:
        doc.setPlainText(label.text())
    box = label.contentsRect()
    doc.setTextWidth(box.width())
    dy: float = box.top()
    if label.alignment() & Qt.AlignmentFlag.AlignVCenter:
        dy += max(0.0, (box.height() - doc.size().height()) / 2)
    layout = doc.documentLayout()
    lines: list[tuple[float, float]] = []
    block = doc.begin()
    while block.isValid():
        top = layout.blockBoundingRect(block).top() + dy
        text_layout = block.layout()
        for i in range(text_layout.lineCount()):
            line = text_layout.lineAt(i)
            lines.append((top + line.y(), top + line.y() + line.height()))
        block = block.next()
    return lines
