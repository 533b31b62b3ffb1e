"""The figure renderer's caches, owned by whoever paints figures again and again.

Painting a figure reuses pictures: antialiased discs stamped for the joints (per colour, device
pixel ratio and radius), the backdrop (mat, wall, chair) per size and position, and whole
pictures for list rows. They are kept here, not in module variables: each
:class:`~pilates_desktop.ui.figure_view.widget.FigureView` owns one, the library's delegate
owns its thumbnails, and a script painting many frames (benchmarks/figure.py, the docs
gallery) makes one. A picture painted without one gets a fresh set that lives as long as
that picture, so nothing is kept, and nothing is shared between owners by accident. The
limits (pixels held, pictures held) are the modules' that fill them: sprites.py, backdrop.py
and outputs.py.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QPixmap

    from pilates_desktop.ui.figure_view.colors import FigureColors


class FigureCaches:
    """Everything one owner's figures reuse between paints."""

    def __init__(self) -> None:
        # (rgba, device pixel ratio) -> radius and half-pixel offset as one int -> (image, pad)
        self.discs: dict[tuple[int, float], dict[int, tuple[QPixmap, int]]] = {}
        self.disc_pixels = 0  # the pixels of disc images held now
        self.backdrops: OrderedDict[tuple[object, ...], QPixmap] = OrderedDict()
        # id of a colour set -> (the set, the backdrop's colours as a key); see backdrop.py
        self.backdrop_colors: dict[int, tuple[FigureColors, tuple[int, ...]]] = {}
        self.pixmaps: OrderedDict[tuple[object, ...], QPixmap] = OrderedDict()
