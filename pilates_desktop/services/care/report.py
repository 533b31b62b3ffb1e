"""The report for the physiotherapist as a PDF: real, selectable text in the user's language.

It draws ``core.care.report.Report`` and decides nothing itself. The text is a QTextDocument
laid out on the PDF writer's own pages, so every word is text in the PDF (a reader can select,
search and copy it); the chart of sessions and minutes per week is drawn with QPainter inside
the same document (a text object), so its labels are text too. The file is written through
QSaveFile: a report that cannot be written leaves nothing half-made behind.
"""

from __future__ import annotations

import html
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QDateTime,
    QIODevice,
    QLocale,
    QMarginsF,
    QObject,
    QRectF,
    QSaveFile,
    QSizeF,
    Qt,
    QTime,
    QUrl,
)
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from pilates_desktop import i18n
from pilates_desktop.core.care.checkin import Feeling
from pilates_desktop.core.care.progression import Decision, Direction
from pilates_desktop.core.care.report import (
    FOLD_ROWS,
    MAX_PAGES,
    ExerciseRow,
    Report,
    RoutineRow,
    WeekBlock,
    block_size,
    fold,
)
from pilates_desktop.core.durations import format_duration
from pilates_desktop.core.library import Library
from pilates_desktop.core.routines.routine import ItemForm
from pilates_desktop.core.stats import GoalKind
from pilates_desktop.core.text import fill
from pilates_desktop.services.care.report_chart import MUTED, Chart, qdate

CHART_URL = "pilates-report:chart"
CHART_RATIO = 0.27  # height / width
RESOLUTION = 300  # dots per inch of the PDF's coordinate system
FONT_PT = 9.5
# What a report too long for MAX_PAGES gives up, step by step: (compact, font size). Compact
# folds a long period's weeks into blocks, counts the check-ins per block (listing the worse
# mornings) and runs long lists on as text.
LAYOUTS = ((False, FONT_PT), (True, FONT_PT), (True, 8.5), (True, 7.5))
LIST_ROWS = 8  # a compact report lists more stops or steps than this as running text
H3 = "<h3 style='margin-bottom:2px'>"  # a section heading
H3_NEW_PAGE = "<h3 style='margin-bottom:2px; page-break-before:always'>"


class ReportError(OSError):
    """The report could not be written; the message names the file and the reason."""


class ReportWriter(QObject):
    """Turns a report into PDF pages. Its words are translated in the "ReportWriter" context."""

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library

    # --- output ---------------------------------------------------------------------------

    def write(self, report: Report, path: Path) -> int:
        """Write the PDF to ``path``; returns the number of pages. Raises ReportError."""
        data, pages = self.pdf(report)
        out = QSaveFile(str(path))
        if not out.open(QIODevice.OpenModeFlag.WriteOnly):
            raise ReportError(f"{path}: {out.errorString()}")
        if out.write(QByteArray(data)) != len(data) or not out.commit():
            reason = out.errorString()
            out.cancelWriting()
            raise ReportError(f"{path}: {reason}")
        return pages

    def pdf(self, report: Report) -> tuple[bytes, int]:
        """The PDF as bytes, and its page count."""
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setResolution(RESOLUTION)
        writer.setTitle(self.tr("Report for my physiotherapist"))
        writer.setCreator("Pilates Desktop")
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                         QPageLayout.Orientation.Portrait,
                                         QMarginsF(16, 14, 16, 14), QPageLayout.Unit.Millimeter))
        painter = QPainter(writer)
        try:
            pages = self._paint(report, writer, painter)
        finally:
            painter.end()
        buffer.close()
        return bytes(buffer.data().data()), pages

    def _layout(self, report: Report, writer: QPdfWriter, painter: QPainter, compact: bool,
                font_pt: float) -> tuple[QTextDocument, QFont, QSizeF]:
        doc = QTextDocument()
        layout = doc.documentLayout()
        layout.setPaintDevice(writer)
        font = QFont(painter.font())
        font.setPointSizeF(font_pt)
        doc.setDefaultFont(font)
        footer = QFontMetricsF(font, writer).height() * 2
        width, height = float(writer.width()), float(writer.height())
        doc.setPageSize(QSizeF(width, height - footer))
        chart = QSizeF(width - 2 * doc.documentMargin() - 4, 0)
        chart.setHeight(chart.width() * CHART_RATIO)
        # QTextDocument sizes images in pixels of 96 dpi and scales them to the device.
        to_html = 96 / writer.logicalDpiX()
        blank = QImage(1, 1, QImage.Format.Format_ARGB32)
        blank.fill(Qt.GlobalColor.transparent)
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(CHART_URL), blank)
        text = self.html(report, chart.width() * to_html, chart.height() * to_html,
                         compact=compact)
        doc.setHtml(text)
        for _ in range(len(H3)):  # each pass can only move headings down
            orphans = self._orphan_headings(doc)
            if not orphans:
                break
            text = self._break_before(text, orphans)
            doc.setHtml(text)
        return doc, font, chart

    @staticmethod
    def _orphan_headings(doc: QTextDocument) -> set[int]:
        """Which section headings (counted from 0) end a page whose next page holds their
        text: QTextDocument breaks pages anywhere and has no 'keep with next'."""
        layout = doc.documentLayout()
        page_h = doc.pageSize().height()
        found, n = set(), -1
        block = doc.begin()
        while block.isValid():
            if block.blockFormat().headingLevel() == 3:
                n += 1
                after = block.next()
                while after.isValid() and not after.text().strip():
                    after = after.next()  # the empty block before a table
                if (after.isValid() and int(layout.blockBoundingRect(after).bottom() // page_h)
                        > int(layout.blockBoundingRect(block).top() // page_h)):
                    found.add(n)
            block = block.next()
        return found

    @staticmethod
    def _break_before(text: str, headings: set[int]) -> str:
        """``text`` with a page break before those section headings."""
        parts = text.split(H3)
        return parts[0] + "".join(
            (H3_NEW_PAGE if n in headings else H3) + part for n, part in enumerate(parts[1:]))

    def _paint(self, report: Report, writer: QPdfWriter, painter: QPainter) -> int:
        for compact, font_pt in LAYOUTS:  # the first that fits the pages, else the last
            doc, font, chart = self._layout(report, writer, painter, compact, font_pt)
            if doc.pageCount() <= MAX_PAGES:
                break
        fm = QFontMetricsF(font, writer)
        footer = fm.height() * 2
        width, height = float(writer.width()), float(writer.height())
        chart_rect = self._chart_rect(doc, chart)
        pages = doc.pageCount()
        page_h = height - footer
        for n in range(pages):
            if n:
                writer.newPage()
            painter.save()
            painter.translate(0, -n * page_h)
            page = QRectF(0, n * page_h, width, page_h)
            doc.drawContents(painter, page)
            if chart_rect is not None and page.contains(chart_rect.center()):
                titles = (self.tr("Sessions per week"), self.tr("Minutes per week"))
                Chart(report, titles, FONT_PT).draw(painter, chart_rect)
            painter.restore()
            painter.setFont(font)
            painter.setPen(MUTED)
            painter.drawText(QRectF(0, height - fm.height(), width, fm.height()),
                             Qt.AlignmentFlag.AlignLeft,
                             self.tr("Pilates Desktop · made from your own records; "
                                     "not a diagnosis"))
            painter.drawText(QRectF(0, height - fm.height(), width, fm.height()),
                             Qt.AlignmentFlag.AlignRight,
                             fill(self.tr("Page %1 of %2"), str(n + 1), str(pages)))
        return pages

    @staticmethod
    def _chart_rect(doc: QTextDocument, size: QSizeF) -> QRectF | None:
        """Where the chart's empty image was laid out, in document coordinates."""
        layout = doc.documentLayout()
        block = doc.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                fmt = fragment.charFormat()
                if fmt.isImageFormat() and fmt.toImageFormat().name() == CHART_URL:
                    # The only thing in a left-aligned paragraph, standing on the baseline.
                    line = block.layout().lineAt(0)
                    box = layout.blockBoundingRect(block)
                    bottom = box.top() + line.y() + line.ascent()
                    return QRectF(box.left() + line.x(), bottom - size.height(), size.width(),
                                  size.height())
                it += 1
            block = block.next()
        return None

    # --- the text -------------------------------------------------------------------------

    @staticmethod
    def _date_format(long: bool) -> str:
        """The locale's long date without the weekday ("9. März 2026", "March 9, 2026");
        with abbreviated months for the tables."""
        fmt = QLocale().dateFormat(QLocale.FormatType.LongFormat)
        for weekday in ("dddd, ", "dddd ", ", dddd", "dddd"):
            fmt = fmt.replace(weekday, "")
        return fmt.strip() if long else fmt.strip().replace("MMMM", "MMM")

    def _day(self, day: date, long: bool = True) -> str:
        return QLocale().toString(qdate(day), self._date_format(long))

    def _when(self, moment: datetime) -> str:
        qdt = QDateTime(qdate(moment.date()), QTime(moment.hour, moment.minute))
        return QLocale().toString(qdt, f"{self._date_format(False)}, HH:mm")

    @staticmethod
    def _num(value: float | None, digits: int = 1) -> str:
        return "–" if value is None else QLocale().toString(float(value), "f", digits)

    def _ex(self, ex_id: str | None) -> str:
        if ex_id is None:
            return "–"
        ex = self.library.get(ex_id)
        return html.escape(i18n.ex_name(ex) if ex is not None else ex_id)

    def html(self, report: Report, chart_width: float = 640.0, chart_height: float = 170.0,
             compact: bool = False) -> str:
        """The report's text as HTML for QTextDocument; the chart's room is an empty image.
        ``compact``: folded for a long period or many entries (``LAYOUTS``)."""
        p = report.period
        blocks = fold(report, block_size(len(report.weeks))) if compact else None
        parts = [
            "<html><body style='color:#1f2328'>",
            f"<h2 style='margin:0'>{self._title()}</h2>",
            "<p style='margin-top:2px'>",
            fill(self.tr("Period: %1 to %2 (%3 weeks)"),
                 self._day(p.first), self._day(p.last), str(p.weeks)),
            "<br/>",
            fill(self.tr("Made on %1 with Pilates Desktop."),
                 self._day(
                report.made_at.date())),
            "</p>",
            self._summary(report),
            f"<p><img src='{CHART_URL}' width='{chart_width:.0f}' "
            f"height='{chart_height:.0f}'/></p>",
            f"<p style='color:#57606a'>{self._chart_legend(report)}</p>",
            self._weeks(report) if blocks is None or len(report.weeks) <= FOLD_ROWS
            else self._blocks(blocks),
            self._pain(report),
            self._routines(report.routines),
            self._exercises(report.exercises),
            self._stops(report, compact),
            self._checkins(report) if blocks is None else self._checkin_blocks(report, blocks),
            self._decisions(report.decisions, compact),
            f"<p style='color:#57606a'>{self._legend()}</p>",
            "</body></html>",
        ]
        return "".join(parts)

    def _title(self) -> str:
        return self.tr("Report for my physiotherapist")

    def _none(self) -> str:
        return "<p>" + self.tr("None in this period.") + "</p>"

    def _chart_legend(self, report: Report) -> str:
        return fill(self.tr("Green bars: weeks that met the goal. Dashed line: the weekly goal "
                            "(%1)."),
                    self._goal_text(report))

    def _legend(self) -> str:
        return self.tr("Pain is rated from 0 (none) to 10 (the worst imaginable): 0-2 is safe, "
                       "3-5 acceptable, above 5 too much. Only sessions of at least a minute "
                       "that started in the period are counted.")

    def _h(self, text: str) -> str:
        return f"{H3}{text}</h3>"

    def _table(self, head: list[str], rows: list[list[str]]) -> str:
        cells = "".join(f"<th align='left'>{h}</th>" for h in head)
        body = "".join(
            "<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
        return ("<table cellspacing='0' cellpadding='3' border='1' "
                "style='border-collapse:collapse; border-color:#c8ccd0' width='100%'>"
                f"<thead><tr style='background:#eef1f4'>{cells}</tr></thead>{body}</table>")

    def _goal_text(self, report: Report) -> str:
        g = report.goal
        template = (self.tr("%1 sessions a week") if g.kind is GoalKind.SESSIONS
                    else self.tr("%1 minutes a week"))
        return fill(template, str(g.target))

    def _summary(self, report: Report) -> str:
        lines = [
            fill(self.tr("Sessions in the period: %1"), str(report.sessions)),
            fill(self.tr("Minutes practised: %1"), self._num(report.minutes, 0)),
            fill(self.tr("Weekly goal: %1, met in %2 of %3 weeks"),
                 self._goal_text(report), str(report.weeks_goal_met), str(len(report.weeks))),
        ]
        return f"<p>{'<br/>'.join(lines)}</p>"

    def _weeks(self, report: Report) -> str:
        rows = [[self._day(w.start, long=False), str(w.sessions), self._num(w.minutes, 0),
                 self.tr("met") if w.goal_met else self.tr("not met"),
                 self._num(w.pain_before), self._num(w.pain_after),
                 self._signed(w.pain_after - w.pain_before)
                 if w.pain_after is not None and w.pain_before is not None else "–"]
                for w in report.weeks]
        head = [self.tr("Week of"), self.tr("Sessions"), self.tr("Minutes"), self.tr("Goal"),
                self.tr("Pain before"), self.tr("Pain after"), self.tr("Change")]
        return self._h(self.tr("Week by week")) + self._table(head, rows)

    def _pain(self, report: Report) -> str:
        out = [self._h(self.tr("Pain"))]
        change = report.pain_change
        if change is None:
            few = self.tr("Not enough ratings before sessions to show a change: it needs two "
                          "weeks with ratings.")
            out.append(f"<p>{few}</p>")
        else:
            text = self.tr("Average pain before a session went from %1 (week of %2) to %3 "
                           "(week of %4): a change of %5 points.")
            text = (fill(text,
                         self._num(change.start), self._day(change.first_week, long=False),
                         self._num(change.end), self._day(change.last_week, long=False),
                         self._signed(change.change)))
            if change.meaningful and change.improved:
                verdict = self.tr("The clinically meaningful change of 2 points was reached: "
                                  "pain is lower.")
            elif change.meaningful:
                verdict = self.tr("The change is 2 points or more, but pain is higher.")
            else:
                verdict = self.tr("The clinically meaningful change of 2 points was not "
                                  "reached.")
            out.append(f"<p>{text}<br/><b>{verdict}</b></p>")
        if report.relief is not None:
            out.append("<p>" + fill(self.tr("Within a session, pain changed by %1 points on "
                                            "average (after minus before)."),
                                    self._signed(report.relief)) + "</p>")
        return "".join(out)

    @staticmethod
    def _signed(value: float) -> str:
        text = QLocale().toString(abs(value), "f", 1)
        return ("−" if value < 0 else "+" if value > 0 else "") + text

    def _routines(self, rows: tuple[RoutineRow, ...]) -> str:
        if not rows:
            return self._h(self.tr("Routines")) + self._none()
        table = []
        for r in rows:
            plan = "–"
            if r.prescription is not None:
                rx = r.prescription
                plan = fill(self.tr("%1 days a week for %2 weeks"),
                            str(rx.days_per_week), str(rx.weeks))
                if rx.prescribed_by:
                    plan += "<br/>" + fill(self.tr("by %1"),
                                           html.escape(
                        rx.prescribed_by))
                a = r.adherence
                if a is not None and a.share is not None:
                    done = sum(min(w.days, w.target) for w in a.weeks if w.complete)
                    plan += "<br/>" + fill(self.tr("practised on %1 of %2 days due (%3%)"),
                                           str(done), str(a.days_due), str(round(a.share * 100)))
                if rx.notes:
                    plan += "<br/><i>" + html.escape(rx.notes) + "</i>"
            table.append([html.escape(r.name), str(r.sessions), self._num(r.minutes, 0), plan])
        head = [self.tr("Routine"), self.tr("Sessions"), self.tr("Minutes"),
                self.tr("Programme")]
        return self._h(self.tr("Routines")) + self._table(head, table)

    def _dose(self, row: ExerciseRow) -> str:
        parts = []
        if row.reps is not None:
            parts.append(fill(self.tr("%1 reps"), str(row.reps)))
        parts.append(format_duration(row.seconds))
        return ", ".join(parts)

    def _exercises(self, rows: tuple[ExerciseRow, ...]) -> str:
        if not rows:
            return ""
        table = [[self._ex(r.exercise), str(r.sessions), self._dose(r),
                  self._num(r.pain_mean) if r.ratings else "–",
                  str(r.pain_max) if r.pain_max is not None else "–",
                  str(r.skipped), str(r.hurt_stops)] for r in rows]
        head = [self.tr("Exercise"), self.tr("Sessions"), self.tr("Usual dose"),
                self.tr("Pain (mean)"), self.tr("Pain (highest)"), self.tr("Not finished"),
                self.tr("It hurts")]
        note = self.tr("Usual dose: the median per session, both sides together.")
        return (self._h(self.tr("Exercises and pain per exercise")) + self._table(head, table)
                + f"<p style='color:#57606a'>{note}</p>")

    def _stops(self, report: Report, compact: bool = False) -> str:
        out = self._h(self.tr("Stopped because it hurt"))
        if not report.hurt_stops:
            return out + self._none()
        rows = [[self._when(h.at), self._ex(h.exercise), html.escape(h.routine_name)]
                for h in report.hurt_stops]
        if compact and len(rows) > LIST_ROWS:
            return out + self._run_on(rows)
        return out + self._table([self.tr("When"), self.tr("Exercise"), self.tr("Routine")],
                                 rows)

    @staticmethod
    def _run_on(rows: list[list[str]]) -> str:
        """Rows as one paragraph, "when: what (where); ...": every entry, in less room."""
        return "<p>" + "; ".join(f"{r[0]}: {' · '.join(r[1:])}" for r in rows) + "</p>"

    def _feeling(self, feeling: Feeling) -> str:
        return {Feeling.BETTER: self.tr("better"), Feeling.SAME: self.tr("the same"),
                Feeling.WORSE: self.tr("worse")}[feeling]

    def _checkins(self, report: Report) -> str:
        out = self._h(self.tr("Next-morning check-ins"))
        if not report.checkins:
            return out + self._none()
        rows = [[self._day(c.day, long=False), self._feeling(c.feeling),
                 str(c.pain) if c.pain is not None else "–"] for c in report.checkins]
        return out + self._table([self.tr("Day"), self.tr("Back compared with before the "
                                                          "session"), self.tr("Pain")], rows)

    def _step(self, d: Decision) -> str:
        if d.to_exercise != d.exercise:
            return f"{self._ex(d.exercise)} → {self._ex(d.to_exercise)}"
        ex = self.library.get(d.exercise)
        which = "harder" if d.direction is Direction.PROGRESS else "easier"
        if (ex is not None and getattr(ex, which) is not None
                and (d.dose is not None or d.form is not None)):
            # The exercise's own words for the step ("hold 10 s longer"), in the language.
            step = html.escape(i18n.ex_adjustment_text(ex, which))
            return f"{self._ex(d.exercise)}: {step}"
        form = {ItemForm.EASIER: self.tr("easier form"), ItemForm.HARDER: self.tr("harder form"),
                None: self.tr("usual form")}[d.form]
        return f"{self._ex(d.exercise)}: {form}"

    def _decisions(self, decisions: tuple[Decision, ...], compact: bool = False) -> str:
        out = self._h(self.tr("Progressions and regressions"))
        if not decisions:
            return out + self._none()
        rows = [[self._day(d.at.date(), long=False),
                 self.tr("progression") if d.direction is Direction.PROGRESS
                 else self.tr("regression"), self._step(d)] for d in decisions]
        if compact and len(rows) > LIST_ROWS:
            return out + self._run_on(rows)
        return out + self._table([self.tr("Day"), self.tr("Step"), self.tr("Change")], rows)

    # --- a long period, folded -------------------------------------------------------------

    def _span(self, b: WeekBlock) -> str:
        if b.weeks == 1:
            return self._day(b.first, long=False)
        return fill(self.tr("%1 – %2"),
                    self._day(b.first, long=False), self._day(b.last, long=False))

    def _blocks(self, blocks: tuple[WeekBlock, ...]) -> str:
        rows = [[self._span(b), str(b.sessions), self._num(b.minutes, 0),
                 fill(self.tr("%1 of %2"), str(b.goal_met), str(b.weeks)),
                 self._num(b.pain_before), self._num(b.pain_after),
                 self._signed(b.pain_after - b.pain_before)
                 if b.pain_after is not None and b.pain_before is not None else "–"]
                for b in blocks]
        head = [self.tr("Weeks"), self.tr("Sessions"), self.tr("Minutes"),
                self.tr("Weeks goal met"), self.tr("Pain before"), self.tr("Pain after"),
                self.tr("Change")]
        note = fill(self.tr("%1 weeks to a row."), str(blocks[0].weeks))
        return (self._h(self.tr("Week by week")) + self._table(head, rows)
                + f"<p style='color:#57606a'>{note}</p>")

    def _checkin_blocks(self, report: Report, blocks: tuple[WeekBlock, ...]) -> str:
        """The check-ins counted per row of weeks, and every worse morning named."""
        out = self._h(self.tr("Next-morning check-ins"))
        if not report.checkins:
            return out + self._none()
        rows = [[self._span(b), str(b.better), str(b.same), str(b.worse),
                 self._num(b.checkin_pain)] for b in blocks if b.better + b.same + b.worse]
        head = [self.tr("Week of") if blocks[0].weeks == 1 else self.tr("Weeks"),
                self.tr("Better"), self.tr("The same"), self.tr("Worse"),
                self.tr("Pain (mean)")]
        worse = [c for c in report.checkins if c.feeling is Feeling.WORSE]
        days = ", ".join(self._day(c.day, long=False) + (f" ({c.pain})" if c.pain is not None
                                                         else "") for c in worse)
        text = (fill(self.tr("Worse mornings (pain): %1"), days) if worse
                else self.tr("No worse mornings."))
        return out + self._table(head, rows) + f"<p>{text}</p>"
