"""core.text.fill: Qt's numbered placeholders, filled in one pass."""

from __future__ import annotations

from pilates_desktop.core.text import fill


def test_placeholders_take_their_values_in_any_order() -> None:
    assert fill("%2 von %1", "3", "8") == "8 von 3"


def test_a_value_holding_a_placeholder_is_left_as_it_is() -> None:
    # replace("%1", name).replace("%2", n) turned 'Back %2' into 'Back 5'
    assert fill("%1 has %2 exercises", "Back %2", 5) == "Back %2 has 5 exercises"


def test_a_placeholder_without_a_value_stays_for_later() -> None:
    assert fill("Saved to %1 at %2", "/tmp/x") == "Saved to /tmp/x at %2"


def test_values_are_written_as_text() -> None:
    assert fill("%1 min", 12) == "12 min"
