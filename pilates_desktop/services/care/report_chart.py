"""The report's chart: sessions and minutes per week against the weekly goal, drawn with
QPainter into the room the report's text keeps for it, so it is vector graphics and its labels
are text in the PDF."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from pilates_desktop.core.care.report import Report, WeekRow
from pilates_desktop.core.stats import GoalKind

INK = QColor("#1f2328")
MUTED = QColor("#57606a")
BAR = QColor("#3b6e8f")
BAR_MET = QColor("#2e7d4f")
GOAL = QColor("#b3261e")


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class Chart:
    """Two small bar charts, sessions and minutes per week, with the weekly goal as a line.

    Drawn with QPainter over the room an empty image keeps for it in the text, so it is
    vector graphics and its labels are text.
    """

    def __init__(self, report: Report, titles: tuple[str, str], font_pt: float) -> None:
        self.report = report
        self.titles = titles
        self.font_pt = font_pt  # the report's text size

    def draw(self, painter: QPainter, rect: QRectF) -> None:
        weeks = self.report.weeks
        goal = self.report.goal
        gap = rect.width() * 0.04
        half = (rect.width() - gap) / 2
        left = QRectF(rect.left(), rect.top(), half, rect.height())
        right = QRectF(rect.left() + half + gap, rect.top(), half, rect.height())
        self._panel(painter, left, self.titles[0],
                    [float(w.sessions) for w in weeks], weeks,
                    goal.target if goal.kind is GoalKind.SESSIONS else None, "{:.0f}")
        self._panel(painter, right, self.titles[1],
                    [w.minutes for w in weeks], weeks,
                    goal.target if goal.kind is GoalKind.MINUTES else None, "{:.0f}")

    def _panel(self, p: QPainter, rect: QRectF, title: str, values: list[float],
               weeks: tuple[WeekRow, ...], goal: float | None, fmt: str) -> None:
        p.save()
        font = QFont(p.font())
        font.setPointSizeF(self.font_pt * 0.85)
        p.setFont(font)
        fm = QFontMetricsF(font, p.device())
        line = fm.height()
        p.setPen(INK)
        bold = QFont(font)
        bold.setBold(True)
        p.setFont(bold)
        p.drawText(QRectF(rect.left(), rect.top(), rect.width(), line),
                   Qt.AlignmentFlag.AlignLeft, title)
        p.setFont(font)
        plot = QRectF(rect.left() + fm.horizontalAdvance("0000") , rect.top() + line * 2.2,
                      rect.width() - fm.horizontalAdvance("0000"), rect.height() - line * 4.0)
        top = max([*values, goal or 0.0, 1.0]) * 1.15
        axis = QPen(MUTED)
        axis.setWidthF(max(1.0, line / 30))
        p.setPen(axis)
        p.drawLine(plot.bottomLeft(), plot.bottomRight())
        n = max(1, len(values))
        slot = plot.width() / n
        locale = QLocale()
        label = fm.horizontalAdvance(locale.toString(QDate(2026, 9, 30), "d MMM")) * 1.25
        every = max(1, -(-int(label) // max(1, int(slot))))
        for i, (value, week) in enumerate(zip(values, weeks, strict=True)):
            h = plot.height() * value / top
            bar = QRectF(plot.left() + slot * (i + 0.18), plot.bottom() - h, slot * 0.64, h)
            p.fillRect(bar, BAR_MET if week.goal_met else BAR)
            if every == 1:  # each bar's number, where there is room for it
                p.setPen(INK)
                p.drawText(QRectF(bar.left() - slot * 0.2, bar.top() - line, slot * 1.04, line),
                           Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                           fmt.format(value))
            if i % every:
                continue  # no room for every week's date: every n-th
            p.setPen(MUTED)
            p.drawText(QRectF(plot.left() + slot * (i - (every - 1) / 2), plot.bottom()
                              + line * 0.2, slot * every, line), Qt.AlignmentFlag.AlignHCenter,
                       locale.toString(qdate(week.start), "d MMM"))
        if goal is not None:
            pen = QPen(GOAL)
            pen.setWidthF(max(1.5, line / 18))
            pen.setStyle(Qt.PenStyle.DashLine)
            p.setPen(pen)
            y = plot.bottom() - plot.height() * goal / top
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(GOAL)
            p.drawText(QRectF(rect.left(), y - line / 2, plot.left() - rect.left() - line * 0.2,
                              line), Qt.AlignmentFlag.AlignRight, f"{goal:.0f}")
        p.restore()
