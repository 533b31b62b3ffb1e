"""Build a routine as a person does: find an exercise in the library, drag it with the mouse
into the routine between two others, then take it back with Ctrl+Z. The routine on disk,
read through ``pilates-desktop routines --json`` and ``export``, follows each step."""

from __future__ import annotations

import json

import pytest

from e2e.harness import ROLE_LIST, cli, wait_for
from e2e.steps import MAIN, Desk, choose_routine, json_routines, playlist_rows, row_names

pytestmark = pytest.mark.xvfb


def saved_items(desk: Desk, name: str) -> tuple[int, list[str]]:
    """The routine as saved: its item count from ``routines --json``, its exercises in order
    from ``export``."""
    count = next(r["items"] for r in json_routines(desk.profile) if r["name"] == name)
    out = desk.folder / "export.json"
    cli(desk.profile, "export", name, "-o", str(out), "--force")  # polled: replaces its own
    items = json.loads(out.read_text(encoding="utf-8"))["items"]
    return int(count), [i["exercise"] for i in items]


def test_drag_from_library_then_undo(desk: Desk) -> None:
    desk.import_routine("Drag Target", [{"exercise": "the-hundred"},
                                        {"exercise": "glute-bridge"}])
    before = (2, ["the-hundred", "glute-bridge"])
    run = desk.start()
    screen, a11y = run.screen, run.a11y
    choose_routine(screen, a11y, "Drag Target")
    wait_for(lambda: row_names(a11y) == ["The Hundred", "Glute Bridge"], 10,
             "the routine's two exercises in the builder")

    screen.key("ctrl+f")  # Find: the library's search field
    screen.type("clams")
    library = a11y.wait_one(ROLE_LIST, "Exercises", MAIN, "the exercise library")
    shown = wait_for(lambda: [n for n in library.children() if n.showing()] or None, 10,
                     "the search to leave one exercise")
    assert [n.name for n in shown] == ["Clams"]

    # Drop on the upper edge of the second row: Clams goes in before the Glute Bridge.
    x, y, width, _height = playlist_rows(a11y)[1].extents()
    screen.drag(shown[0].center(), (x + width // 2, y + 3))
    wait_for(lambda: row_names(a11y) == ["The Hundred", "Clams", "Glute Bridge"], 15,
             "Clams in the routine, between the other two")
    after = (3, ["the-hundred", "clams", "glute-bridge"])
    wait_for(lambda: saved_items(desk, "Drag Target") == after, 15,
             "the routine with Clams saved")

    screen.key("ctrl+z")  # Undo
    wait_for(lambda: row_names(a11y) == ["The Hundred", "Glute Bridge"], 15,
             "the undo to take Clams out again")
    wait_for(lambda: saved_items(desk, "Drag Target") == before, 15,
             "the routine saved as it was")
