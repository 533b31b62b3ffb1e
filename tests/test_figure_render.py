"""The figure renderer: paints offscreen, scales, follows the palette, and writes valid SVG."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter, QPalette

from pilates_desktop.core.figure import PropKind, load_poses, mirror, tween
from pilates_desktop.ui.figure_view import (
    FigureCaches,
    FigureView,
    backdrop,
    figure_colors,
    figure_image,
    figure_pixmap,
    figure_svg,
    paint_figure,
    painting,
    sprites,
)


def _palette(dark: bool) -> QPalette:
    pal = QPalette()
    pal.setColor(QPalette.ColorRole.Base, QColor("#1e1f22" if dark else "#ffffff"))
    pal.setColor(QPalette.ColorRole.Text, QColor("#e8e8e8" if dark else "#1f2933"))
    pal.setColor(QPalette.ColorRole.Highlight, QColor("#3d8c95"))
    return pal


def _count_non_background(image: QImage, background: QColor) -> int:
    bg = background.rgb()
    count = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            if image.pixel(x, y) != bg:
                count += 1
    return count


@pytest.mark.parametrize("dark", [False, True])
def test_every_pose_paints_into_an_image(qapp, dark: bool) -> None:  # type: ignore[no-untyped-def]
    palette = _palette(dark)
    background = palette.color(QPalette.ColorRole.Base)
    for pose_id, pose in load_poses().items():
        image = QImage(QSize(120, 90), QImage.Format.Format_RGB32)
        image.fill(QColor("#ff00ff"))
        painter = QPainter(image)
        paint_figure(painter, QRectF(0, 0, 120, 90), pose, palette)
        painter.end()
        assert image.pixelColor(1, 1) == background, pose_id  # the background is the palette's
        assert _count_non_background(image, background) > 40, pose_id


def test_near_limbs_are_stronger_than_far_limbs_in_both_themes() -> None:
    for dark in (False, True):
        c = figure_colors(_palette(dark))
        bg = c.background.lightnessF()
        contrast = [abs(col.lightnessF() - bg) for col in (c.near, c.body, c.far)]
        assert contrast[0] > contrast[1] > contrast[2] > 0.1


def test_scales_to_any_size(qapp) -> None:  # type: ignore[no-untyped-def]
    pose = load_poses()["the-hundred/pump"]
    palette = _palette(False)
    for size in (QSize(24, 18), QSize(400, 400), QSize(1600, 500), QSize(2, 2)):
        image = figure_image(pose, size, palette)
        assert image.size() == size
    big = figure_image(pose, QSize(800, 600), palette)
    small = figure_image(pose, QSize(200, 150), palette)
    bg = palette.color(QPalette.ColorRole.Base)
    ratio = _count_non_background(big, bg) / _count_non_background(small, bg)
    assert 10 < ratio < 22  # about 16x the area: the figure scales with the rectangle


def test_svg_is_valid_xml_with_paths(qapp) -> None:  # type: ignore[no-untyped-def]
    data = figure_svg(load_poses()["clams/open"], QSize(300, 200), _palette(False))
    root = ET.fromstring(data)
    assert root.tag.endswith("svg")
    shapes = [el.tag.rsplit("}", 1)[-1] for el in root.iter()]
    assert "path" in shapes  # the mat
    # the body is vector shapes too (no embedded images), even though on screen its circles
    # are stamped from cached images
    assert shapes.count("circle") + shapes.count("polygon") > 20
    assert "image" not in shapes


def test_pixmaps_are_cached_per_pose_size_and_palette(qapp) -> None:  # type: ignore[no-untyped-def]
    poses = load_poses()
    pose = poses["clams/closed"]
    caches = FigureCaches()
    a = figure_pixmap(pose, 64, _palette(False), caches=caches)
    assert figure_pixmap(pose, 64, _palette(False), caches=caches).cacheKey() == a.cacheKey()
    assert figure_pixmap(pose, 65, _palette(False), caches=caches).cacheKey() != a.cacheKey()
    assert figure_pixmap(pose, 64, _palette(True), caches=caches).cacheKey() != a.cacheKey()
    assert figure_pixmap(mirror(pose), 64, _palette(False), caches=caches).cacheKey() != (
        a.cacheKey())
    # Another owner keeps its own pictures: nothing is shared between owners by accident.
    assert figure_pixmap(pose, 64, _palette(False), caches=FigureCaches()).cacheKey() != (
        a.cacheKey())


def test_figure_view_blends_between_two_poses(qtbot) -> None:  # type: ignore[no-untyped-def]
    poses = load_poses()
    a, b = poses["glute-bridge/down"], poses["glute-bridge/up"]
    view = FigureView()
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.set_poses(a, b)
    assert view.current_pose() == a
    first = view.grab().toImage()
    view.set_blend(0.5)
    mid = view.current_pose()
    assert mid is not None
    assert mid.angles == pytest.approx(tween(a, b, 0.5).angles)
    second = view.grab().toImage()
    assert first != second
    view.set_blend(7)  # clamped
    assert view.blend() == 1.0


def test_figure_view_with_one_pose_ignores_blend(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = FigureView()
    qtbot.addWidget(view)
    pose = load_poses()["lunges/lunge"]
    view.set_poses(pose)
    view.set_blend(0.7)
    assert view.current_pose() == pose
    view.set_poses(None)
    assert view.current_pose() is None
    view.resize(200, 150)
    assert not view.grab().isNull()


def test_the_view_keeps_one_frame_during_a_movement(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The figure must not zoom in and out while it animates: the scale is fixed per step."""
    poses = load_poses()
    view = FigureView()
    qtbot.addWidget(view)
    view.resize(300, 300)
    view.set_poses(poses["roll-up/arms-up"], poses["roll-up/seated-reach"])
    frame = view._frame  # noqa: SLF001 - the frame is the invariant under test
    for t in (0.1, 0.5, 0.9):
        view.set_blend(t)
        assert view._frame == frame  # noqa: SLF001


def _pixels(image: QImage) -> list[int]:
    return [image.pixel(x, y) for y in range(image.height()) for x in range(image.width())]


def test_the_cached_backdrop_follows_palette_size_and_props(qapp) -> None:  # type: ignore[no-untyped-def]
    """The mat, wall and chair are stamped from a cached picture on raster devices; each
    change of palette, size or props must give the same picture as a cold cache."""
    poses = load_poses()
    wall = next(p for p in poses.values() if any(x.kind is PropKind.WALL for x in p.props))
    chair = next(p for p in poses.values() if any(x.kind is PropKind.CHAIR for x in p.props))
    on_mat = poses["clams/open"]
    cases = [
        (on_mat, QSize(160, 120), False), (on_mat, QSize(160, 120), True),
        (on_mat, QSize(161, 97), True), (wall, QSize(161, 97), True),
        (chair, QSize(161, 97), True), (mirror(chair), QSize(161, 97), True),
        (on_mat, QSize(160, 120), False),
    ]
    caches = FigureCaches()
    for pose, size, dark in cases:
        warm = figure_image(pose, size, _palette(dark), caches)
        cold = figure_image(pose, size, _palette(dark), FigureCaches())
        assert _pixels(warm) == _pixels(cold), (pose.id, size, dark)
    assert 0 < len(caches.backdrops) <= backdrop._BACKDROP_CACHE  # noqa: SLF001


def _raster_and_vector(pose_id: str, dark: bool) -> tuple[QImage, QImage]:
    """The same pose painted at 2x twice: through a scaled painter, which takes the vector
    path (true circles, the props drawn directly, a pen for arrows), and onto a 2x device,
    which takes the raster shortcuts (stamped discs, the cached backdrop, arrow bands)."""
    pose = load_poses()[pose_id]
    palette = _palette(dark)
    vector = QImage(QSize(400, 300), QImage.Format.Format_ARGB32_Premultiplied)
    vector.fill(0)
    painter = QPainter(vector)
    painter.scale(2.0, 2.0)
    paint_figure(painter, QRectF(0, 0, 200, 150), pose, palette)
    painter.end()
    raster = QImage(QSize(400, 300), QImage.Format.Format_ARGB32_Premultiplied)
    raster.setDevicePixelRatio(2.0)
    raster.fill(0)
    painter = QPainter(raster)
    paint_figure(painter, QRectF(0, 0, 200, 150), pose, palette)
    painter.end()
    return vector, raster


def _far_apart(a: QImage, b: QImage) -> int:
    return sum(
        1
        for y in range(a.height())
        for x in range(a.width())
        if max(abs(p - q) for p, q in zip(
            a.pixelColor(x, y).getRgb(), b.pixelColor(x, y).getRgb(), strict=True
        )) > 40
    )


def test_the_raster_shortcuts_look_like_the_vector_drawing(qapp) -> None:  # type: ignore[no-untyped-def]
    """Stamped discs, the cached backdrop and arrows filled as bands must give the same
    picture as true circles, props drawn in place and a round-capped pen, give or take
    edge pixels."""
    poses = load_poses()
    arrow = next(p.id for p in poses.values() if any(a.bend for a in p.arrows))
    gaze = next(p.id for p in poses.values() if p.gaze is not None and p.has_face)
    for pose_id, dark in (("legs-up-the-wall/rest", True), (arrow, False), (gaze, True)):
        vector, raster = _raster_and_vector(pose_id, dark)
        assert _far_apart(vector, raster) < 100, pose_id  # of 120,000; about 60 today


def test_the_comparison_sees_a_missing_backdrop_or_mark(qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The check above is sharp enough to notice a raster shortcut that drops a shape."""
    paint_marks = painting._paint_marks  # noqa: SLF001

    def vector_marks_only(painter, marks, *args) -> None:  # type: ignore[no-untyped-def]
        if not args[-2]:  # sprites (before the caches): 0 on the vector path
            paint_marks(painter, marks, *args)

    monkeypatch.setattr(painting, "_paint_marks", vector_marks_only)
    poses = load_poses()
    arrow = next(p.id for p in poses.values() if any(a.bend for a in p.arrows))
    vector, raster = _raster_and_vector(arrow, False)
    assert _far_apart(vector, raster) > 110
    monkeypatch.setattr(painting, "paint_backdrop", lambda *args: None)
    vector, raster = _raster_and_vector("legs-up-the-wall/rest", True)
    assert _far_apart(vector, raster) > 500


def test_svg_output_never_uses_cached_pictures(qapp) -> None:  # type: ignore[no-untyped-def]
    poses = load_poses()
    for pose_id in ("legs-up-the-wall/rest", "clams/open"):
        root = ET.fromstring(figure_svg(poses[pose_id], QSize(300, 200), _palette(True)))
        shapes = [el.tag.rsplit("}", 1)[-1] for el in root.iter()]
        assert "image" not in shapes
        assert shapes.count("polygon") >= 8  # the limb bands are vector polygons


def test_the_picture_caches_stay_bounded(qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Resizing a window through many sizes must not pile up backdrop pictures or discs."""
    monkeypatch.setattr(backdrop, "_BACKDROP_TOTAL_PIXELS", 30_000)
    monkeypatch.setattr(sprites, "_SPRITE_CACHE", 20_000)
    caches = FigureCaches()
    pose = load_poses()["legs-up-the-wall/rest"]
    palette = _palette(False)
    for width in range(200, 420, 20):
        size = QSize(width, width * 3 // 4)
        warm = figure_image(pose, size, palette, caches)
        held = sum(p.width() * p.height() for p in caches.backdrops.values())
        assert held <= 30_000 or len(caches.backdrops) == 1
        assert caches.disc_pixels <= 20_000
        assert caches.disc_pixels > 0  # the discs were kept in the owner's caches
    assert _pixels(figure_image(pose, size, palette, FigureCaches())) == _pixels(warm)
