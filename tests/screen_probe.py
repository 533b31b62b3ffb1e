"""Open every window of the app on a 1024x600 screen and report how each one fits.

Run by tests/test_small_screen.py as a separate process (``python tests/screen_probe.py
LANGUAGE DATA_DIR OUT.json``) under ``QT_QPA_PLATFORM=offscreen:configfile=...``: Qt's
offscreen platform then has one 1024x600 screen, so windows size themselves against a real
small screen. Each window is opened the way the app opens it; for each, the JSON has its
size, its minimum size, and the problems found in it: a button or label narrower than its
text, a wrapped label shorter than its lines, tabs that need scroll arrows, a scroll bar
sideways.
"""

from __future__ import annotations

import datetime
import json
import os
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QWidget,
)

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "packaging"))  # i18n_tools

import i18n_tools  # noqa: E402
from conftest import AnsweringPrompter, Silent  # noqa: E402

from pilates_desktop.core.clock import FakeClock  # noqa: E402
from pilates_desktop.paths import Paths  # noqa: E402
from pilates_desktop.services.settings import LANGUAGE, NECK_PROBLEMS, Settings  # noqa: E402
from pilates_desktop.ui.widgets.title_label import TitleLabel  # noqa: E402


def _settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def text_need(button: QAbstractButton) -> int:
    """The width the button's text needs: the text, its icon, a check box's box, a frame."""
    text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    need = button.fontMetrics().horizontalAdvance(text) + 6
    if not button.icon().isNull():
        need += button.iconSize().width() + 4
    if isinstance(button, QCheckBox | QRadioButton):
        style = button.style()
        need += style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 4
    return need


def clipped_by(widget: QWidget, root: QWidget) -> str:
    """The ancestor that cuts ``widget`` off at a side (or, outside a scroll area, at its
    top or bottom), or "" when it shows whole."""
    rect = widget.rect()
    child: QWidget = widget
    parent = widget.parentWidget()
    while parent is not None and child is not root:
        rect = rect.translated(child.pos())
        scrolls = isinstance(parent.parentWidget(), QAbstractScrollArea)
        if rect.left() < -1 or rect.right() > parent.width() + 1:
            return f"{type(parent).__name__} {parent.objectName()!r} at the side"
        if scrolls:  # up and down is the scroll bar's job: what is in view goes on
            rect.setTop(max(rect.top(), 0))
            rect.setBottom(min(rect.bottom(), parent.height() - 1))
        elif rect.top() < -1 or rect.bottom() > parent.height() + 1:
            return f"{type(parent).__name__} {parent.objectName()!r} at the top or bottom"
        child, parent = parent, parent.parentWidget()
    return ""


def overlaps(parent: QWidget) -> list[str]:
    """Widgets of one layout drawn over each other (a layout given less than its minimum)."""
    layout = parent.layout()
    if layout is None:
        return []
    managed = [w for w in parent.findChildren(QWidget, options=Qt.FindChildOption
                                              .FindDirectChildrenOnly)
               if w.isVisible() and layout.indexOf(w) >= 0 or _in_sublayout(layout, w)]
    managed = [w for w in managed if w.isVisible()]
    out = []
    for i, a in enumerate(managed):
        for b in managed[i + 1:]:
            inter = a.geometry().intersected(b.geometry())
            if inter.width() > 2 and inter.height() > 2:
                out.append(f"{type(a).__name__} over {type(b).__name__} in "
                           f"{type(parent).__name__}")
    return out


def _in_sublayout(layout: Any, widget: QWidget) -> bool:
    for i in range(layout.count()):
        item = layout.itemAt(i)
        sub = item.layout() if item is not None else None
        if sub is not None and (sub.indexOf(widget) >= 0 or _in_sublayout(sub, widget)):
            return True
    return False


def problems(root: QWidget) -> list[str]:
    """What does not fit inside ``root`` as it is laid out now."""
    found: list[str] = []
    for button in root.findChildren(QAbstractButton):
        if button.isVisible() and button.text():
            need = text_need(button)
            if button.width() < need:
                found.append(f"button {button.text()!r} {button.width()} < {need}")
    for label in root.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        if label.sizePolicy().horizontalPolicy() == QSizePolicy.Policy.Ignored:
            continue  # elided on purpose, the whole text in its tooltip
        if isinstance(label, TitleLabel):  # wraps and elides itself: its lines must fit
            lines = label.shown_lines()
            spacing = label.fontMetrics().lineSpacing()
            if any(label.fontMetrics().horizontalAdvance(line) > label.width()
                   for line in lines) or len(lines) * spacing > label.height() + 1:
                found.append(f"title {label.text()[:40]!r} {label.size().toTuple()} < {lines}")
            continue
        if label.wordWrap():
            need = label.heightForWidth(label.width())
            if label.height() < need - 1:
                found.append(f"label {label.text()[:40]!r} {label.height()} < {need} high")
            if "<" not in label.text():  # a word longer than the line is cut at the side
                word = max(label.text().split(), key=label.fontMetrics().horizontalAdvance)
                m = label.contentsMargins()
                width = label.fontMetrics().horizontalAdvance(word)
                if label.width() - m.left() - m.right() < width - 1:
                    found.append(f"label word {word!r} {label.width()} < {width}")
        elif label.textFormat() != label.textFormat().RichText and "<" not in label.text():
            widest = max(label.fontMetrics().horizontalAdvance(line.replace("&", ""))
                         for line in label.text().split("\n"))
            m = label.contentsMargins()
            if label.width() - m.left() - m.right() < widest - 1:
                found.append(f"label {label.text()[:40]!r} {label.width()} < {widest}")
    for widget in [*root.findChildren(QLabel), *root.findChildren(QAbstractButton)]:
        if widget.isVisible() and widget.text():
            cut = clipped_by(widget, root)
            if cut:
                found.append(f"{type(widget).__name__} {widget.text()[:30]!r} cut by {cut}")
    for parent in [root, *root.findChildren(QWidget)]:
        found.extend(overlaps(parent))
    for box in root.findChildren(QComboBox):  # its shown entry cut short ("Jeder Schwerpu")
        if box.isVisible() and box.currentText() and not box.isEditable():
            option = QStyleOptionComboBox()
            box.initStyleOption(option)
            room = box.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                              QStyle.SubControl.SC_ComboBoxEditField, box)
            need = box.fontMetrics().horizontalAdvance(box.currentText())
            if room.width() < need - 1:
                found.append(f"combo {box.currentText()!r} {room.width()} < {need}")
    for bar in root.findChildren(QTabBar):
        if bar.isVisible():
            need = sum(bar.tabSizeHint(i).width() for i in range(bar.count()))
            if need > bar.width():
                found.append(f"tabs need {need} px, have {bar.width()}")
    for area in root.findChildren(QAbstractScrollArea):
        if area.isVisible() and area.horizontalScrollBar().isVisible():
            found.append(f"{type(area).__name__} {area.objectName()!r} scrolls sideways")
    return found


def main(language: str, data_dir: Path, out: Path) -> None:
    from pilates_desktop.app import build_app
    from pilates_desktop.cli.main import build_parser

    settings = Settings.from_file(Paths.choose(data_dir).settings_file, FakeClock())
    settings.set_value(LANGUAGE, language)
    settings.set_value(NECK_PROBLEMS, True)  # so that Before You Start has a question
    prompter = AnsweringPrompter()
    report: dict[str, Any] = {}
    shots = Path(os.environ["PROBE_SHOTS"]) if os.environ.get("PROBE_SHOTS") else None
    app: Any = None

    def record(name: str, widget: QWidget) -> None:
        widget.show()
        _settle(QApplication.instance())  # type: ignore[arg-type]
        report[name] = {
            "size": list(widget.size().toTuple()),
            "minimum": list(widget.minimumSizeHint().expandedTo(widget.minimumSize())
                            .toTuple()),
            "problems": problems(widget),
        }
        if shots is not None:  # to look at (PROBE_SHOTS=folder)
            widget.grab().save(str(shots / f"{language}-{name.replace(' ', '-')}.png"))

    def dialog_answer(name: str) -> Any:
        def answer(dialog: QWidget) -> bool:
            record(name, dialog)
            return False
        return answer

    prompter.answers["safety-review"] = dialog_answer("Before You Start")

    def pain_answer(dialog: QWidget) -> bool:
        record("pain question", dialog)
        return True  # start, unrated
    from pilates_desktop.ui.dialogs.pain_question import PAIN_BEFORE

    prompter.answers[PAIN_BEFORE] = pain_answer
    args = build_parser().parse_args(["--data-dir", str(data_dir), "--no-first-run"])
    clock = FakeClock()
    app = build_app(args, clock, prompter, sound_factory=lambda parent: Silent(),
                    speech_factory=lambda parent, voice: Silent())
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    i18n_tools.ensure_built()
    window = app.window
    record("main window", window)
    window.workspace.open_details("the-hundred")
    record("exercise details", window.workspace.details_dialog)
    window.workspace.details_dialog.close()
    window._start_current()  # noqa: SLF001 - Start, with its review (answered: cancel)

    from pilates_desktop.services.about import about
    from pilates_desktop.ui.care.checkin_dialog import CheckInDialog
    from pilates_desktop.ui.care.red_flags import RedFlagDialog
    from pilates_desktop.ui.dialogs.about import AboutDialog
    from pilates_desktop.ui.dialogs.shortcuts import ShortcutsDialog
    from pilates_desktop.ui.dialogs.welcome import WelcomeDialog

    for name, dialog in (
        ("shortcuts", ShortcutsDialog(window, window)),
        ("about", AboutDialog(about(app.services.paths.data_dir), window)),
        ("welcome", WelcomeDialog(window.settings, window, first_run=True)),
        ("check-in", CheckInDialog(["Back-Care Basics", "Desk Break"], window)),
        ("red flags", RedFlagDialog(datetime.date(2026, 5, 4), window)),
    ):
        record(name, dialog)
        dialog.close()
    window.show_preferences()
    prefs = next(w for w in qapp.topLevelWidgets() if w.objectName() == "PreferencesDialog")
    for i in range(prefs.tabs.count()):
        prefs.tabs.setCurrentIndex(i)
        record(f"preferences {prefs.tabs.widget(i).objectName()}", prefs)
    prefs.close()
    window.show_history()
    record("history", window.history_window)
    window.history_window.close()

    from pilates_desktop.core.routines import Item, Routine

    window.settings.set_value(NECK_PROBLEMS, False)
    routine = Routine("probe", "Probe", (Item("the-hundred"), Item("childs-pose")))
    window.start_routine(routine)
    for seconds in (1, 15, 40, 90):
        while clock.mono < 1000.0 + seconds:
            clock.advance(0.5)
            window.session.tick()
        record(f"player at {seconds} s", window)
    window.player_actions.focus.setChecked(True)
    record("focus mode", window.focus_window)
    window.player_actions.focus.setChecked(False)
    for _ in range(3000):
        if window.summary_dialog is not None:
            break
        clock.advance(0.5)
        window.session.tick()
    record("summary", window.summary_dialog)
    window.summary_dialog.close()
    out.write_text(json.dumps(report, indent=1, ensure_ascii=False), encoding="utf-8")
    app.close()


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]))
