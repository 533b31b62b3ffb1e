"""Light, dark or the platform's own look.

Light and dark use the Fusion style with palettes chosen for WCAG AA contrast (checked by
tests/test_contrast.py, from these very colours); "system" gives the platform's style and
palette back and follows the desktop when it switches between light and dark.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QProxyStyle,
    QStyle,
    QStyledItemDelegate,
    QStyleFactory,
    QStyleOption,
    QStyleOptionViewItem,
    QWidget,
)

THEMES = ("system", "light", "dark")

R = QPalette.ColorRole

# role -> (light, dark). Text on its background is at least 4.5:1 (AA); the main text of a
# window is above 12:1 in both, which the focus mode (AAA, 7:1) relies on.
COLORS: dict[QPalette.ColorRole, tuple[str, str]] = {
    R.Window: ("#f5f3ef", "#1d1f23"),
    R.WindowText: ("#1c1f24", "#ebe8e3"),
    R.Base: ("#ffffff", "#25282d"),
    R.AlternateBase: ("#efece7", "#2b2e34"),
    R.Text: ("#1c1f24", "#ebe8e3"),
    R.Button: ("#e9e5df", "#30343a"),
    R.ButtonText: ("#1c1f24", "#ebe8e3"),
    R.BrightText: ("#ffffff", "#ffffff"),
    R.Highlight: ("#2d6a5a", "#7cc4ad"),
    R.HighlightedText: ("#ffffff", "#111417"),
    R.Link: ("#1b5a9e", "#8cc1ff"),
    R.LinkVisited: ("#6b3f99", "#c7a4f0"),
    R.ToolTipBase: ("#fffbe6", "#30343a"),
    R.ToolTipText: ("#1c1f24", "#ebe8e3"),
    R.PlaceholderText: ("#5c6168", "#a3a9b0"),
    R.Light: ("#ffffff", "#454a52"),
    R.Midlight: ("#f1eee9", "#3a3e45"),
    R.Mid: ("#b9b3aa", "#5a6069"),
    R.Dark: ("#8c867d", "#16181b"),
    R.Shadow: ("#4a4640", "#000000"),
    R.Accent: ("#2d6a5a", "#7cc4ad"),
}

# Disabled controls: still readable (3:1 or more), visibly weaker than enabled text.
DISABLED: dict[QPalette.ColorRole, tuple[str, str]] = {
    R.WindowText: ("#69635c", "#8d939b"),
    R.Text: ("#69635c", "#8d939b"),
    R.ButtonText: ("#69635c", "#8d939b"),
    R.Highlight: ("#a9a39a", "#4b5058"),
    R.HighlightedText: ("#ffffff", "#c9ccd1"),
}


class ClearIndicatorStyle(QProxyStyle):
    """Fusion, with check box and radio button outlines drawn at 3:1 or more against the
    window (WCAG 1.4.11): Fusion's own outline is the window colour a shade darker, which all
    but disappears on a dark window and is faint on a light one."""

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))

    def drawPrimitive(  # noqa: N802 - Qt API
        self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        radio = element == QStyle.PrimitiveElement.PE_IndicatorRadioButton
        if not radio and element != QStyle.PrimitiveElement.PE_IndicatorCheckBox:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        group = (QPalette.ColorGroup.Active if option.state & QStyle.StateFlag.State_Enabled
                 else QPalette.ColorGroup.Disabled)
        painter.setPen(QPen(option.palette.color(group, INDICATOR_ROLE), 1.2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        rect = QRectF(option.rect).adjusted(0.6, 0.6, -0.6, -0.6)
        if radio:
            side = min(rect.width(), rect.height())
            rect = QRectF(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side)
            painter.drawEllipse(rect)
        else:
            painter.drawRoundedRect(rect, 2, 2)
        painter.restore()


# The outline colour of check boxes and radio buttons (see ClearIndicatorStyle).
INDICATOR_ROLE = QPalette.ColorRole.PlaceholderText


def palette_for(name: str) -> QPalette:
    """The palette of the "light" or "dark" theme."""
    if name not in ("light", "dark"):
        raise ValueError(f"no fixed palette for theme {name!r}")
    col = 0 if name == "light" else 1
    palette = QPalette()
    for role, pair in COLORS.items():
        palette.setColor(QPalette.ColorGroup.All, role, QColor(pair[col]))
    for role, pair in DISABLED.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(pair[col]))
    return palette


def is_dark(palette: QPalette) -> bool:
    return palette.color(R.Window).lightness() < palette.color(R.WindowText).lightness()


class _ThemeState(QObject):
    """Remembers the platform's own look, and follows the desktop while "system" is chosen."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        style = app.style()
        self.system_style = style.name() if style is not None else "fusion"
        self.name = "system"
        self.fixed_style: QStyle | None = None
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._scheme_changed)

    def _scheme_changed(self, _scheme: Any) -> None:
        if self.name == "system":
            self.apply_system()

    def apply_system(self) -> None:
        current = self.app.style()
        if current is None or current.name().lower() != self.system_style.lower():
            self.app.setStyle(self.system_style)
        style = self.app.style()
        if style is not None:
            self.app.setPalette(style.standardPalette())


def _state(app: QApplication) -> _ThemeState:
    """The application's theme state: a child of the application, made on first use."""
    state = app.findChild(_ThemeState)
    return state if state is not None else _ThemeState(app)


def apply_theme(app: QApplication, name: str) -> None:
    """Apply "system", "light" or "dark" to the whole application, at once."""
    if name not in THEMES:
        name = "system"
    state = _state(app)
    state.name = name
    if name == "system":
        state.apply_system()
        return
    if not isinstance(app.style(), ClearIndicatorStyle):
        state.fixed_style = ClearIndicatorStyle()  # kept alive here as well as by the app
        app.setStyle(state.fixed_style)
    app.setPalette(palette_for(name))


def current_theme(app: QApplication) -> str:
    return _state(app).name


def effective_scheme(app: QApplication) -> Qt.ColorScheme:
    """Light or dark, as the user sees it now (for widgets that draw their own colours)."""
    return Qt.ColorScheme.Dark if is_dark(app.palette()) else Qt.ColorScheme.Light


def install_theme(app: QApplication, settings: Any) -> None:
    """Apply the THEME setting now and whenever it changes (Preferences apply at once)."""
    from pilates_desktop.services.settings import THEME

    give_accents_room(app)
    apply_theme(app, settings.value(THEME))
    settings.watch(THEME, lambda name: apply_theme(app, name))


# Capitals whose accents reach highest, in the languages the app speaks (and a few more).
ACCENTED_CAPITALS = "ÄÖÜÁÉÍÓÚÑÀÈÌÒÙÂÊÎÔÛ"


def accent_overflow(font: QFont) -> int:
    """How many pixels the font's accented capitals reach above its ascent.

    Qt makes a one-line label exactly ascent + descent tall, and widgets paint only inside
    their own rectangle. DejaVu Sans, the fallback "Sans Serif" of most Linux systems, draws
    the dots of Ü two pixels above its ascent at 9 pt, so a German label given its size hint
    loses them: "4 Übungen" reads "4 Ubungen".
    """
    metrics = QFontMetrics(font)
    top = max(-metrics.boundingRect(ch).top() for ch in ACCENTED_CAPITALS)
    return max(0, top - metrics.ascent())


class AccentRoom(QObject):
    """Gives every label, as it is polished or its font changes, a top margin as deep as its
    font's accents reach above the ascent, so no accent is cut off at the label's edge."""

    _EVENTS = (QEvent.Type.Polish, QEvent.Type.FontChange)

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("accent-room")
        self._need: dict[str, int] = {}  # font key -> pixels

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in self._EVENTS:
            if isinstance(watched, QLabel):
                self.fit(watched)
            elif isinstance(watched, QAbstractItemView):
                self.fit_rows(watched)
        return False

    def fit_rows(self, view: QAbstractItemView) -> None:
        """Rows of a view with Qt's own delegate get the same room (views with a delegate of
        their own size their rows themselves)."""
        delegate = view.itemDelegate()
        if isinstance(delegate, AccentRoomDelegate):
            delegate.need = accent_overflow(view.font())
        elif type(delegate) is QStyledItemDelegate:
            need = accent_overflow(view.font())
            if need:
                view.setItemDelegate(AccentRoomDelegate(need, view))

    def fit(self, label: QLabel) -> None:
        font = label.font()
        key = font.key()
        need = self._need.get(key)
        if need is None:
            need = self._need[key] = accent_overflow(font)
        added = int(label.property("accent_room") or 0)
        if need != added:
            margins = label.contentsMargins()
            label.setContentsMargins(margins.left(), max(0, margins.top() - added) + need,
                                     margins.right(), margins.bottom())
            label.setProperty("accent_room", need)


class AccentRoomDelegate(QStyledItemDelegate):
    """Qt's delegate with rows taller by twice the accents' overflow: the text, centred,
    moves down by exactly the room its accents need ("Übung duplizieren", not "Ubung")."""

    def __init__(self, need: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.need = need

    def sizeHint(  # noqa: N802 - Qt API
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex,
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + 2 * self.need)


def give_accents_room(app: QApplication) -> None:
    """Install the one AccentRoom of ``app`` (again: nothing happens)."""
    if app.findChild(AccentRoom, "accent-room") is None:
        app.installEventFilter(AccentRoom(app))


def relative_luminance(color: QColor) -> float:
    """WCAG 2.x relative luminance of an sRGB colour."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def secondary_text(palette: QPalette,
                   group: QPalette.ColorGroup = QPalette.ColorGroup.Active) -> QColor:
    """The colour for secondary text in lists (a row's second line, an empty list's hint).

    The palette's placeholder colour, moved towards the text colour only as far as it takes to
    read at 4.5:1 on the list's background (WCAG AA). Our light and dark palettes pass as they
    are; a platform's palette (the "system" theme) may not: Fusion's is 3.9:1.
    """
    return QColor.fromRgbF(*_secondary(palette.color(group, R.Base).getRgbF(),
                                       palette.color(group, R.Text).getRgbF(),
                                       palette.color(group, R.PlaceholderText).getRgbF()))


@lru_cache(maxsize=32)  # a pure function of three colours, asked for by every row painted
def _secondary(base_rgba: tuple[float, float, float, float],
               text_rgba: tuple[float, float, float, float],
               dim_rgba: tuple[float, float, float, float]) -> tuple[float, float, float]:
    base, text = QColor.fromRgbF(*base_rgba), QColor.fromRgbF(*text_rgba)
    dim = QColor.fromRgbF(*dim_rgba)
    a = dim.alphaF()  # a translucent placeholder is seen over the background
    dim = QColor.fromRgbF(*(d * a + g * (1 - a) for d, g in (
        (dim.redF(), base.redF()), (dim.greenF(), base.greenF()), (dim.blueF(), base.blueF()))))
    color = text
    for step in range(11):
        t = step / 10
        mixed = QColor.fromRgbF(dim.redF() + (text.redF() - dim.redF()) * t,
                                dim.greenF() + (text.greenF() - dim.greenF()) * t,
                                dim.blueF() + (text.blueF() - dim.blueF()) * t)
        if contrast_ratio(mixed, base) >= 4.5:
            color = mixed
            break
    return color.redF(), color.greenF(), color.blueF()


def contrast_ratio(a: QColor | str, b: QColor | str) -> float:
    """WCAG contrast ratio between two colours, 1.0 to 21.0."""
    la = relative_luminance(QColor(a))
    lb = relative_luminance(QColor(b))
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


def selected_button_style(palette: QPalette) -> str:
    """A style sheet under which a checked button of a scale stands out: the highlight colour
    with its own text colour, bold, and a frame (Fusion's checked button is a shade darker
    than the others, easy to miss; tests/test_pain_question.py measures the contrast)."""
    high = palette.color(R.Highlight).name()
    text = palette.color(R.HighlightedText).name()
    return (f"QPushButton:checked {{ background-color: {high}; color: {text};"
            f" font-weight: bold; border: 2px solid {palette.color(R.WindowText).name()};"
            " border-radius: 4px; }")


def tint(base: QColor, over: QColor, amount: float) -> QColor:
    """``base`` moved ``amount`` (0..1) of the way towards ``over``."""
    return QColor.fromRgbF(
        base.redF() + (over.redF() - base.redF()) * amount,
        base.greenF() + (over.greenF() - base.greenF()) * amount,
        base.blueF() + (over.blueF() - base.blueF()) * amount,
    )
