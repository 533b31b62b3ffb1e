"""A figure as a cached pixmap (list rows), an image, or SVG (documentation)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QIODevice, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPalette, QPixmap

from pilates_desktop.core.figure import Pose
from pilates_desktop.ui.figure_view.caches import FigureCaches
from pilates_desktop.ui.figure_view.colors import figure_colors
from pilates_desktop.ui.figure_view.painting import paint_figure

_PIXMAP_CACHE_SIZE = 256  # pictures an owner keeps


def figure_pixmap(pose: Pose, size: QSize | int, palette: QPalette, dpr: float = 1.0,
                  caches: FigureCaches | None = None) -> QPixmap:
    """A picture of ``pose`` for list rows and thumbnails, kept in ``caches`` if given."""
    if caches is None:
        caches = FigureCaches()
    size = QSize(size, size) if isinstance(size, int) else QSize(size)
    colors = figure_colors(palette)
    key = (pose, size.width(), size.height(), dpr, colors.background.rgba(), colors.near.rgba())
    pixmaps = caches.pixmaps
    cached = pixmaps.get(key)
    if cached is not None:
        pixmaps.move_to_end(key)
        return cached
    pixmap = QPixmap(QSize(round(size.width() * dpr), round(size.height() * dpr)))
    pixmap.setDevicePixelRatio(dpr)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_figure(painter, QRectF(0, 0, size.width(), size.height()), pose, palette,
                 caches=caches)
    painter.end()
    pixmaps[key] = pixmap
    if len(pixmaps) > _PIXMAP_CACHE_SIZE:
        pixmaps.popitem(last=False)
    return pixmap


def figure_image(pose: Pose, size: QSize, palette: QPalette,
                 caches: FigureCaches | None = None) -> QImage:
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    paint_figure(painter, QRectF(0, 0, size.width(), size.height()), pose, palette,
                 caches=caches)
    painter.end()
    return image


def figure_svg(pose: Pose, size: QSize, palette: QPalette, title: str = "") -> bytes:
    """The same drawing as SVG, for documentation."""
    from PySide6.QtCore import QBuffer  # QtSvg loads only for this, never at start-up
    from PySide6.QtSvg import QSvgGenerator

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(size)
    generator.setViewBox(QRect(0, 0, size.width(), size.height()))
    generator.setTitle(title or pose.id)
    painter = QPainter(generator)
    paint_figure(painter, QRectF(0, 0, size.width(), size.height()), pose, palette)
    painter.end()
    buffer.close()
    return bytes(data.data())
