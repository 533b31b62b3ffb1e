"""``pilates-desktop --background`` built through build_app: no window until one is needed,
the schedule running, a hand-over that opens the window, Start that starts the routine, and
closing the window with reminders on that keeps the app in the tray (and says so once)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from pilates_desktop.core.schedule.state import Kind, Prompt
from pilates_desktop.services.settings import TOLD_ABOUT_TRAY

# The offscreen platform cannot raise a window or pass size hints; it says so, and that is all.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints",
                                       "does not support raise",
                                       "systemTrayWindowChanged")  # a tray icon offscreen


def add_reminder(data_dir: Path) -> None:
    import io

    from pilates_desktop.cli.main import main

    assert main(["--data-dir", str(data_dir), "remind", "add", "--days", "daily", "--at",
                 "07:30", "--routine", "desk-break"], out=io.StringIO()) == 0


def close_last_window(app) -> None:  # type: ignore[no-untyped-def]
    """Close the window; Qt says the last window closed only inside exec(), so say it here."""
    assert app.window.close()
    app.qapp.lastWindowClosed.emit()


def test_background_starts_without_a_window_and_opens_one_on_hand_over(
        make_app, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    add_reminder(data_dir)
    app = make_app("--background")
    assert app.window is None and app.week is not None
    assert [r.routine for r in app.week.schedule.book.reminders] == ["desk-break"]
    assert app.week.schedule.next_wake() is not None  # armed for 07:30, nothing before
    from pilates_desktop.app import _handover

    _handover(app, "raise")
    assert app.window is not None and app.window.isVisible()


def test_start_from_a_notification_shows_the_window_and_starts_the_routine(
        make_app, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    add_reminder(data_dir)
    app = make_app("--background")
    prompt = Prompt(Kind.REMINDER, app.services.clock.wall(), "desk-break", 1)
    app.week.schedule._shown[Kind.REMINDER] = prompt
    app.week.schedule.notifications.action_invoked.emit("reminder", "start")
    assert app.window is not None and app.window.isVisible()
    assert app.window.session.is_active()
    assert app.window.session.routine.id == "desk-break"
    app.window.session.stop()


def test_a_second_background_instance_leaves_it_to_the_first(make_app) -> None:  # type: ignore[no-untyped-def]
    first = make_app("--background")
    second = make_app("--background")
    assert first.exit_code is None and second.exit_code == 0 and second.week is None


def test_closing_the_window_with_reminders_on_keeps_the_app_in_the_tray(
        make_app, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    add_reminder(data_dir)
    app = make_app()
    app.start_week()  # what the first paint does
    messages: list[tuple[str, ...]] = []
    app.week.tray.icon.showMessage = lambda *a: messages.append(a[:2])  # type: ignore[method-assign]
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: quits.append(True)))
    app.window.show()
    close_last_window(app)
    assert quits == [] and app.week.in_tray
    assert messages and messages[0][0] == "Pilates Desktop is still running"
    assert app.services.settings.value(TOLD_ABOUT_TRAY)
    app.window.show()
    close_last_window(app)
    assert len(messages) == 1  # said once


def test_with_nothing_scheduled_closing_the_window_quits(make_app, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    app.start_week()
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: quits.append(True)))
    app.window.show()
    close_last_window(app)
    assert quits == [True]
