"""What every part of the History window shares, without pyqtgraph: colours taken from the
palette (so light and dark themes both work), the time zone, dates and English plurals."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QColor, QPalette

from pilates_desktop.ui.widgets.theme import secondary_text

R = QPalette.ColorRole


def plural(text: str, n: int) -> str:
    """English plurals without an English translation file: "week(s)" -> "week"/"weeks".

    A translated string has no "(s)" left, so this only touches the untranslated source.
    """
    return text.replace("(s)", "" if n == 1 else "s")


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def mix(a: QColor, b: QColor, t: float) -> QColor:
    """``t`` of the way from ``a`` to ``b``."""
    return QColor(
        round(a.red() + (b.red() - a.red()) * t),
        round(a.green() + (b.green() - a.green()) * t),
        round(a.blue() + (b.blue() - a.blue()) * t),
    )


def day_month_format(locale: QLocale) -> str:
    """"d MMM" or "MMM d", in the order the locale writes dates."""
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    d, m = short.find("d"), short.find("M")
    if 0 <= m < d:
        return "MMM d"
    return "d. MMM" if "d." in short else "d MMM"


class Colors:
    """The view's colours, all derived from the palette so light and dark both work."""

    def __init__(self, palette: QPalette) -> None:
        self.base = palette.color(R.Base)
        self.window = palette.color(R.Window)
        self.text = palette.color(R.WindowText)
        self.muted_text = secondary_text(palette)  # reads at 4.5:1 in any palette
        self.accent = palette.color(R.Highlight)
        self.grid = mix(self.base, palette.color(R.Mid), 0.55)
        self.bar = mix(self.base, palette.color(R.Mid), 0.9)  # a week short of the goal
        self.bar_met = self.accent  # a week that met the goal stands out
        # Desk breaks: a slim bar of their own beside practice, in the goal line's colour.
        self.desk_break = palette.color(R.Link)
        self.goal = palette.color(R.Link)
        # Before in a quiet grey, after in the accent: the eye follows the outcome.
        self.pain_before = mix(self.text, self.base, 0.45)
        self.pain_after = self.accent
        self.empty_day = mix(self.base, palette.color(R.Mid), 0.28)
        self.dark = palette.color(R.Window).lightness() < palette.color(R.WindowText).lightness()

    def heat(self, minutes: float) -> QColor:
        if minutes <= 0:
            return self.empty_day
        level = 0.35 if minutes < 15 else 0.55 if minutes < 30 else 0.78 if minutes < 45 else 1.0
        return mix(self.base, self.accent, level)

