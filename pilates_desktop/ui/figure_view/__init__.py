"""The one renderer for pose figures: QPainter onto a widget, a pixmap, an image or an SVG file.

Every figure in the app and in ``docs/`` goes through :func:`paint_figure`, so a figure looks
the same in the step card, in a library row and in the illustration gallery. Colours come from
the palette: the body is a tint of the highlight colour mixed with the text colour, the far
limbs fade towards the background and every part is cut out of the background by a thin gap,
so overlapping limbs stay readable in light and dark themes alike.

The package splits by job: :mod:`.colors`, :mod:`.shapes` (the outline as plain geometry),
:mod:`.sprites` and :mod:`.backdrop` (the raster shortcuts), :mod:`.caches` (what they
keep, owned by whoever paints: each FigureView has its own),
:mod:`.painting` (the one renderer), :mod:`.outputs` (pixmap, image, SVG) and :mod:`.widget`.
Import from the package.
"""

from __future__ import annotations

from pilates_desktop.ui.figure_view.caches import FigureCaches
from pilates_desktop.ui.figure_view.colors import FigureColors, figure_colors
from pilates_desktop.ui.figure_view.outputs import figure_image, figure_pixmap, figure_svg
from pilates_desktop.ui.figure_view.painting import (
    motion_frame,
    paint_figure,
    paint_skeleton,
    skeleton_frame,
)
from pilates_desktop.ui.figure_view.widget import FigureView

__all__ = [
    "FigureCaches",
    "FigureColors",
    "FigureView",
    "figure_colors",
    "figure_image",
    "figure_pixmap",
    "figure_svg",
    "motion_frame",
    "paint_figure",
    "paint_skeleton",
    "skeleton_frame",
]
