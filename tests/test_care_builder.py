"""The routine on screen with the care rules: its programme (and reminders for it), and the
suggestions, accepted as one undoable edit or declined."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from pilates_desktop.core.care.prescription import Prescription
from pilates_desktop.core.clock import FakeClock
from pilates_desktop.core.history import ItemStatus, SessionStatus
from pilates_desktop.core.routines import Item, Routine
from pilates_desktop.core.schedule.files import load_book
from pilates_desktop.ui.care.builder_care import BuilderCare

PLAN = Prescription(3, 6, "Anna Weber", "Slowly.", date(2026, 3, 2))


def _app(make_app: Callable[..., Any], routine: Routine) -> tuple[Any, BuilderCare]:
    app = make_app(clock=FakeClock.at(datetime(2026, 3, 10, 9, 0,
                                                tzinfo=ZoneInfo("Europe/Berlin"))))
    app.services.repository.save(routine)
    ws = app.window.workspace
    ws.reload_routines()
    assert ws.select_routine(routine.id)
    app.window.build_player()
    care = app.window.findChild(BuilderCare)
    assert care is not None
    care.refresh()
    return app, care


def test_the_programme_is_shown_and_offered_to_the_reminders(
    make_app: Callable[..., Any], prompter: Any
) -> None:
    routine = Routine("from-anna", "From Anna", (Item("knee-lifts"),), prescription=PLAN)
    app, care = _app(make_app, routine)
    panel = app.window.idle_panel  # beside the playlist, read before Start
    assert care.box.parentWidget() is panel and care.box.isVisibleTo(panel)
    assert care.prescription.isVisibleTo(care.prescription.parentWidget())
    assert "Programme from Anna Weber:" in care.prescription.text()
    assert care.remind_button.isVisibleTo(care.remind_button.parentWidget())
    prompter.answers["programme-reminders"] = "yes"
    assert care.offer_reminders()
    assert "Monday, Wednesday, Friday" in prompter.texts("programme-reminders")[0]
    [reminder] = load_book(app.services.paths.reminders_file).reminders
    assert reminder.routine == "from-anna" and sorted(reminder.days) == [0, 2, 4]
    assert not care.remind_button.isVisibleTo(care.remind_button.parentWidget())


def test_a_suggestion_is_one_click_and_undo_takes_it_back(
    make_app: Callable[..., Any]
) -> None:
    routine = Routine("mine", "Mine", (Item("knee-lifts", rest_s=15), Item("clams")))
    app, care = _app(make_app, routine)
    assert care.bar.current() is None
    assert not care.box.isVisibleTo(app.window.idle_panel)  # nothing to say: no room taken
    store, clock = app.services.history, app.window.test_clock
    for n in range(3):
        clock.set_wall(datetime(2026, 3, 6 + n, 18, 0, tzinfo=ZoneInfo("Europe/Berlin")))
        sid = store.begin_session("mine", "Mine", 600)
        store.add_item(sid, "knee-lifts", "alternating", 300, 300, 8, ItemStatus.DONE, pain=1)
        store.finish_session(sid, SessionStatus.FINISHED, 600)
    clock.set_wall(datetime(2026, 3, 10, 9, 0, tzinfo=ZoneInfo("Europe/Berlin")))
    care.refresh()
    suggestion = care.bar.current()
    assert suggestion is not None and suggestion.change.exercise == "double-knee-lift"
    assert "Knee Lifts becomes Double Knee Lift" in care.bar.what.text()
    assert care.box.isVisibleTo(app.window.idle_panel)
    care.bar.accept_button.click()
    ws = app.window.workspace
    assert ws.current_routine().items[0] == Item("double-knee-lift", rest_s=15)
    assert [d.accepted for d in app.services.care.state.decisions] == [True]
    ws.undo_stack.undo()
    assert ws.current_routine().items[0] == Item("knee-lifts", rest_s=15)
    care.refresh()
    assert care.bar.current() is None  # decided: not asked again on the same sessions


def test_after_the_run_ends_the_routine_is_no_longer_followed(
    make_app: Callable[..., Any], qtbot: Any
) -> None:
    """A playlist change queued as the run ends (the workspace saves and resets) must not
    read the closed history."""
    routine = Routine("mine", "Mine", (Item("knee-lifts"),), prescription=PLAN)
    app, care = _app(make_app, routine)
    model = app.window.workspace.playlist_model
    app.close()
    model.modelReset.emit()
    with qtbot.captureExceptions() as raised:
        QCoreApplication.processEvents()  # the queued refresh's turn
    assert raised == []
    assert "Anna Weber" in care.prescription.text()  # as it was: nothing re-read
