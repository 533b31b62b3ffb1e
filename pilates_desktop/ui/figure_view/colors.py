"""The figure's colours, derived from the palette so light and dark themes both read well."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtGui import QColor, QPalette


@dataclass(frozen=True, slots=True)
class FigureColors:
    background: QColor
    near: QColor
    body: QColor
    far: QColor
    mat: QColor
    mat_edge: QColor
    prop: QColor
    prop_edge: QColor
    mark: QColor
    gaze: QColor


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` moved a fraction ``t`` of the way towards ``b``."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
        1.0,
    )


def figure_colors(palette: QPalette) -> FigureColors:
    """The figure's colours for ``palette`` (remembered: the player asks on every frame)."""
    return _make_colors(
        palette.color(QPalette.ColorRole.Base).rgba(),
        palette.color(QPalette.ColorRole.Text).rgba(),
        palette.color(QPalette.ColorRole.Highlight).rgba(),
    )


@lru_cache(maxsize=64)  # a pure function of three colours: the same set for the same colours
def _make_colors(base: int, text: int, highlight: int) -> FigureColors:
    bg = QColor.fromRgba(base)
    ink = QColor.fromRgba(text)
    accent = QColor.fromRgba(highlight)
    near = _mix(accent, ink, 0.5)
    return FigureColors(
        background=bg,
        near=near,
        body=_mix(near, bg, 0.3),
        far=_mix(near, bg, 0.6),
        mat=_mix(ink, bg, 0.88),
        mat_edge=_mix(ink, bg, 0.62),
        prop=_mix(accent, bg, 0.7),
        prop_edge=_mix(accent, bg, 0.35),
        mark=_mix(accent, ink, 0.15),
        gaze=_mix(ink, bg, 0.35),
    )
