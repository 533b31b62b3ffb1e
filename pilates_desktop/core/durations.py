"""How a duration reads, everywhere: the player, the builder, the summary, the report and the
command line all write time through these three functions, so "3:05" means the same thing on
every screen (no Qt here: the words around a duration are each screen's to translate).
"""

from __future__ import annotations


def format_duration(seconds: float) -> str:
    """Minutes and seconds, as a clock shows them: 0:45, 3:05, or 1:02:30 past an hour.
    Rounded to the nearest second; never negative."""
    total = max(0, int(round(seconds)))
    h, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def countdown_text(seconds: float) -> str:
    """A countdown's number: plain seconds under a minute (the big digits of the player and
    focus mode, the breath ring), a clock from a minute up."""
    total = max(0, int(round(seconds)))
    return str(total) if total < 60 else format_duration(total)


def total_time_text(seconds: float) -> str:
    """An estimated time: "≈ 12:30", a routine's total (the builder's list and total, the
    player's start page, the safety review) or one exercise's in the playlist."""
    return "≈ " + format_duration(seconds)
