"""The main window: areas, keys, focus mode, "Stop — it hurts", the summary, remembered state."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication

from pilates_desktop.core.clock import FakeClock
from pilates_desktop.core.history import SessionStatus
from pilates_desktop.core.routines import Item, Routine
from pilates_desktop.core.timeline import Pace
from pilates_desktop.services import settings as S
from pilates_desktop.ui.main_window import KEEP, LEAVE_FOCUS, STOP, STOP_QUESTION, MainWindow

# The offscreen platform cannot propagate size hints; harmless, and only in tests.
# QTest cannot turn media keys into ASCII and says so; both are test-only noise.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints",
                                       "keyToAscii Unhandled key code",
                                       "does not support raise")

ROUTINE = Routine("short", "Short", (Item("glute-bridge", reps=2), Item("clams", reps=1),
                                     Item("the-hundred", pumps=20)))


@pytest.fixture
def win(qtbot, make_window, settings, prompter):  # type: ignore[no-untyped-def]
    for key, value in ((S.GET_READY_S, 2), (S.REP_PACE_S, 2.0), (S.INHALE_S, 2.0),
                       (S.EXHALE_S, 2.0), (S.SWITCH_SIDE_S, 2), (S.DEFAULT_REST_S, 3)):
        settings.set_value(key, value)
    w = make_window()
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    prompter.answers[STOP_QUESTION] = STOP  # tests that ask say otherwise
    return w


def _run(w: MainWindow, seconds: float, step: float = 0.1) -> None:
    for _ in range(int(round(seconds / step))):
        w.clock.advance(step)
        w.session.tick()


def _key(qtbot, w, key) -> None:  # type: ignore[no-untyped-def]
    target = QApplication.focusWidget() or w
    qtbot.keyClick(target, key)


def test_three_areas_menus_toolbar_status_bar(win) -> None:
    titles = [a.text() for a in win.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Routine", "&History", "&Help"]
    assert win.splitter.count() == 3
    assert win.splitter.widget(1) is win.workspace.playlist_editor
    assert win.right.currentWidget() is win.idle_panel
    assert win.toolbar.actions()
    assert win.statusBar() is not None
    assert not win.player_actions.pause.isEnabled()  # no session: the player keys are free


def test_start_plays_and_keys_control_it(qtbot, win) -> None:
    assert win.start_routine(ROUTINE)
    assert win.right.currentWidget() is win.player_view
    assert win.session.timer_active
    _key(qtbot, win, Qt.Key.Key_Space)
    assert not win.session.is_running()
    assert not win.session.timer_active  # no timer while paused
    assert win.player_view.paused_label.text() == "Paused"
    _key(qtbot, win, Qt.Key.Key_Space)
    assert win.session.is_running()
    _key(qtbot, win, Qt.Key.Key_Right)
    assert win.session.state().index == 1
    _key(qtbot, win, Qt.Key.Key_N)
    assert win.session.state().index == 2
    _key(qtbot, win, Qt.Key.Key_Left)
    assert win.session.state().index == 1
    _key(qtbot, win, Qt.Key.Key_P)
    assert win.session.state().index == 0
    _run(win, 1.0)
    _key(qtbot, win, Qt.Key.Key_R)
    assert win.session.state().seg_elapsed_s == pytest.approx(0.0)
    _key(qtbot, win, Qt.Key.Key_MediaTogglePlayPause)
    assert not win.session.is_running()
    _key(qtbot, win, Qt.Key.Key_MediaPlay)
    assert win.session.is_running()
    _key(qtbot, win, Qt.Key.Key_MediaNext)
    assert win.session.state().index == 1


def test_escape_asks_first(qtbot, win, prompter) -> None:
    win.start_routine(ROUTINE)
    asked: list[bool] = []

    def keep(question: object) -> str:
        asked.append(win.session.is_running())
        return KEEP

    prompter.answers[STOP_QUESTION] = keep
    _key(qtbot, win, Qt.Key.Key_Escape)
    assert asked == [False]  # paused while asking
    assert win.session.is_running()  # and carries on after "keep going"
    prompter.answers[STOP_QUESTION] = STOP
    _key(qtbot, win, Qt.Key.Key_Escape)
    assert not win.session.is_active()
    assert win.summary_dialog is not None
    assert win.summary_dialog.title.text() == "Session stopped"
    assert win.right.currentWidget() is win.idle_panel


def test_whole_routine_then_summary_saves_pain_and_note(qtbot, win, prompter) -> None:
    def type_five(dialog):  # type: ignore[no-untyped-def]
        qtbot.keyClick(dialog, Qt.Key.Key_5)  # the rating before, as part of starting
        return dialog.result() == dialog.DialogCode.Accepted

    prompter.answers["pain-before"] = type_five
    win.start_routine(ROUTINE)
    _run(win, 2.0 + 4.0 + 3.0 + 0.1)  # the bridge and its rest: now at clams' get-ready
    _key(qtbot, win, Qt.Key.Key_N)  # skip the get-ready...
    _key(qtbot, win, Qt.Key.Key_N)  # ...clams right
    _key(qtbot, win, Qt.Key.Key_N)  # the switch
    _key(qtbot, win, Qt.Key.Key_N)  # clams left
    # The rest, the Hundred's get-ready, its two steps into the curl, the pumps, the step down.
    _run(win, 3.0 + 2.0 + 3 * Pace().step_s + 8.0 + 0.5)
    dialog = win.summary_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.done_count() == 2  # the bridge and the Hundred
    assert dialog.skipped_count() == 1  # clams
    assert "Clams" in dialog.skipped_value.text()
    summary = dialog._summary
    assert dialog.time_text() == f"{int(summary.active_s) // 60}:{int(summary.active_s) % 60:02d}"
    assert summary.status is SessionStatus.FINISHED
    qtbot.keyClick(dialog, Qt.Key.Key_2)  # the pain after, typed as the pain before was
    assert dialog.pain_after.value() == 2
    dialog.note.setPlainText("Easier than last week")
    dialog.accept()
    record = win.history.session(summary.session_id)
    assert (record.pain_before, record.pain_after, record.note) == (5, 2,
                                                                    "Easier than last week")
    assert record.status is SessionStatus.FINISHED


def test_stop_it_hurts(qtbot, win) -> None:
    win.start_routine(ROUTINE)
    _run(win, 3.0)
    win.player_actions.hurts.trigger()
    assert not win.session.is_active()
    assert win.app_state.pain_mark("glute-bridge") is not None
    dialog = win.summary_dialog
    assert dialog.advice.isVisibleTo(dialog)
    assert "Glute Bridge" in dialog.advice.text()
    assert "professional" in dialog.advice.text() or "physiotherapist" in dialog.advice.text()
    assert (dialog.done_count(), dialog.partial_count(), dialog.skipped_count()) == (0, 1, 0)
    assert not win.player_actions.pause.isEnabled()
    assert win.player_actions.pause.text() == "Pause"  # ready for the next session
    record = win.history.session(dialog._summary.session_id)
    assert record.status is SessionStatus.PAIN and record.hurt_exercise == "glute-bridge"


def test_focus_mode_is_full_screen_with_big_digits(qtbot, win, prompter) -> None:
    win.start_routine(ROUTINE)
    _key(qtbot, win, Qt.Key.Key_F)
    fw = win.focus_window
    assert fw is not None and fw.isVisible()
    assert fw.isFullScreen()
    fw.showNormal()
    fw.resize(1280, 720)
    win.session.skip()
    win.session.skip()
    win.session.skip()  # the rest ... on to the Hundred
    idx = [i for i, s in enumerate(win.session.timeline.segments) if s.kind.value == "pumps"][0]
    while win.session.state().index < idx:
        win.session.skip()
    _run(win, 2.2, step=0.05)
    countdown, pump = fw.digit_fraction()
    assert countdown >= 0.2 and pump >= 0.2, (countdown, pump)
    assert fw.counter.count_text() == "6"
    # Esc in focus mode can leave focus mode without stopping
    prompter.answers[STOP_QUESTION] = LEAVE_FOCUS
    qtbot.keyClick(fw, Qt.Key.Key_Escape)
    assert not fw.isVisible()
    assert win.session.is_running()


def test_state_is_remembered_between_runs(make_app, settings) -> None:
    app = make_app()
    w = app.window
    w.show()
    assert w.workspace.select_routine("desk-break")
    w.splitter.setSizes([200, 300, 700])
    sizes = w.splitter.sizes()
    app.close()
    assert settings.value(S.LAST_ROUTINE) == "desk-break"
    assert settings.value(S.WINDOW_GEOMETRY) and settings.value(S.SPLITTER_STATE)
    w2 = make_app().window
    w2.show()
    assert w2.workspace.current_routine().id == "desk-break"
    assert w2.splitter.sizes() == sizes
    w2.close()


def test_start_up_does_not_import_pyqtgraph_or_multimedia(tmp_path: Path) -> None:
    code = (
        "import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from pilates_desktop.app import build_app\n"
        "from pilates_desktop.cli.main import build_parser\n"
        "from pilates_desktop.core.clock import FakeClock\n"
        "from pilates_desktop.ui.dialogs.prompter import QtPrompter\n"
        "args = build_parser().parse_args(['--data-dir', sys.argv[1], '--no-first-run'])\n"
        "app = build_app(args, FakeClock(), QtPrompter())\n"
        "app.window.show(); app.qapp.processEvents()\n"
        "print(sorted(m for m in ('pyqtgraph', 'PySide6.QtMultimedia', "
        "'PySide6.QtTextToSpeech') if m in sys.modules))\n"
        "app.close()\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "d")], capture_output=True,
                         text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_start_with_an_unknown_routine_exits_2_before_any_window(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-m", "pilates_desktop", "--data-dir",
                          str(tmp_path / "d"), "--no-first-run", "start", "no-such-routine"],
                         capture_output=True, text=True, timeout=60, env=env)
    assert out.returncode == 2
    lines = [line for line in out.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("pilates-desktop: no routine called")
    assert "Traceback" not in out.stderr


def test_a_second_launch_hands_its_routine_over(win) -> None:
    from pilates_desktop.app import _on_message

    _on_message(win, win.services.repository, "start desk-break")
    assert win.session.is_active()
    assert win.session.routine.id == "desk-break"
    _on_message(win, win.services.repository, "start powerhouse")  # one session at a time
    assert win.session.routine.id == "desk-break"
    assert "already playing" in win.statusBar().currentMessage()
    _on_message(win, win.services.repository, "raise")
    assert win.session.routine.id == "desk-break"


def test_uncaught_errors_are_logged_and_shown_kindly(qtbot, monkeypatch, data_dir,
                                                     prompter) -> None:
    from pilates_desktop.app import install_excepthook

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook(FakeClock(), data_dir / "logs", prompter)
    try:
        raise ValueError("boom")
    except ValueError as exc:
        sys.excepthook(ValueError, exc, exc.__traceback__)
    logs = list((data_dir / "logs").glob("error-*.log"))
    assert len(logs) == 1 and "ValueError: boom" in logs[0].read_text()
    shown = [text for key, _title, text in prompter.told if key == "unexpected-error"]
    assert shown and "Traceback" not in shown[0] and str(logs[0]) in shown[0]


def test_dropping_a_routine_file_imports_it(win, tmp_path: Path) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    imported: list[str] = []
    win.workspace.import_file = lambda path: imported.append(path) or True
    routine_file = tmp_path / "mine.json"
    routine_file.write_text("{}")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(routine_file)), QUrl.fromLocalFile(str(tmp_path))])
    event = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    win.dropEvent(event)
    assert imported == [str(routine_file)]
    assert "mine.json" in win.statusBar().currentMessage()


def test_history_notices_reach_the_status_bar(win, tmp_path: Path) -> None:
    from pilates_desktop.core.history import Notice, NoticeKind

    win.show_history_notice(Notice(NoticeKind.WRITE_PENDING, "disk full",
                                   path=tmp_path / "h.sqlite3"))
    message = win.statusBar().currentMessage()
    assert "h.sqlite3" in message and "kept" in message


def test_history_opens_on_demand(win) -> None:
    assert win.history_window is None  # nothing of it is built at start-up
    win.history_action.trigger()
    assert win.history_window is not None and win.history_window.isVisible()
    win.history_window.close()  # deleted on close: nothing is left reading the store
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert win.history_window is None


def test_h_stops_at_once_because_it_hurts(qtbot, win) -> None:
    win.start_routine(ROUTINE)
    _run(win, 1.0)
    exercise = win.session.state().segment.exercise
    _key(qtbot, win, Qt.Key.Key_H)
    assert not win.session.is_active()  # no confirm: it hurts, so it stops now
    assert win.app_state.pain_mark(exercise) is not None


def test_summary_names_a_repeated_exercise_once_with_its_count(qtbot, library) -> None:
    from pilates_desktop.services.session import SessionSummary
    from pilates_desktop.ui.player.summary import SummaryDialog

    summary = SessionSummary(None, "r", "R", SessionStatus.FINISHED, 60.0, 60.0,
                             done=["clams", "glute-bridge", "clams"], skipped=["roll-up"])
    dialog = SummaryDialog(summary, library, lambda pain, note: None, FakeClock())
    qtbot.addWidget(dialog)
    assert dialog.done_count() == 3
    assert dialog.done_value.text() == "3 — Clams ×2, Glute Bridge"
    assert dialog.skipped_value.text() == "1 — Roll Up"


def test_a_routine_longer_than_a_day_is_refused_with_a_message(qtbot, win, prompter) -> None:  # type: ignore[no-untyped-def]
    from pilates_desktop.core.routines import Item, Routine

    endless = Routine("e", "Endless", (Item("legs-up-the-wall", hold_s=3600, reps=13),) * 2)
    assert not win.start_routine(endless)
    assert not win.session.is_active()
    [(key, title, text)] = prompter.told
    assert key == "routine-too-long" and title == "Routine Too Long"
    assert text.startswith("Endless would take about 26 hours. A routine can last at most 24")
