"""A dose in the words the sources use (issue 14, item 7): "8 per leg", not "Reps 8" for an
alternating exercise that plays 16 repetitions."""

from __future__ import annotations

from typing import Any

import i18n_tools

from pilates_desktop.core.dose_text import dose_english, dose_phrases
from pilates_desktop.core.library import Sides, load_library
from pilates_desktop.core.routines import Item, ItemSides, effective_dose

LIB = load_library()


def _words(item: Item, rest: bool = False) -> str:
    ex = LIB[item.exercise]
    return dose_english(effective_dose(item, ex, 10), ex, rest=rest)


def test_doses_read_as_the_sources_write_them() -> None:
    assert _words(Item("single-leg-stretch")) == "8 per leg · 3 sets · Alternating"
    assert _words(Item("clams")) == "10 per side · Right, then left"
    assert _words(Item("lunges", hold_s=45)) == "Hold 45 s per side · Right, then left"
    assert _words(Item("the-hundred")) == "100 pumps"
    assert _words(Item("glute-bridge", reps=1)) == "1 rep"
    assert _words(Item("double-leg-stretch")) == "Hold 3 breaths · 2 times"
    assert _words(Item("prone-head-raise")) == "Hold 20 s · 3 times"
    assert _words(Item("clams", sides=ItemSides.LEFT)) == "10 reps · Left side only"
    assert _words(Item("knee-lifts"), rest=True) == "8 per leg · Alternating · Rest 10 s"


def test_every_sided_exercise_says_what_it_counts() -> None:
    """A count on a sided exercise always says per side or per leg, and a leg exercise
    (the sources' "8 reps per leg") says leg."""
    for ex in LIB.exercises():
        first = str(dose_phrases(effective_dose(Item(ex.id), ex), ex)[0])
        if ex.sides is Sides.NONE:
            assert "per" not in first, ex.id
        else:
            assert first.endswith(("per side", "per leg")) or " per " in first, (ex.id, first)
    assert _words(Item("toe-taps")).startswith("8 per leg")
    assert _words(Item("hip-twist")).startswith("6 per side")


def test_the_interface_translates_the_dose(qapp: Any) -> None:
    from pilates_desktop import i18n

    i18n_tools.ensure_built()
    ex = LIB["single-leg-stretch"]
    dose = effective_dose(Item(ex.id), ex, 10)
    try:
        i18n.install_translators(qapp, "de")
        assert i18n.dose_parts(dose, ex)[:2] == ["8 pro Bein", "3 Sätze"]
        i18n.install_translators(qapp, "es")
        assert i18n.dose_parts(dose, ex)[:2] == ["8 por pierna", "3 series"]
    finally:
        i18n.install_translators(qapp, "en")
    assert i18n.dose_parts(dose, ex)[:2] == ["8 per leg", "3 sets"]


def test_the_command_line_lists_each_exercise_with_its_dose(tmp_path: Any) -> None:
    import io

    from pilates_desktop.cli.main import main

    out = io.StringIO()
    assert main(["--data-dir", str(tmp_path), "exercises"], out=out, err=io.StringIO()) == 0
    lines = {line.split()[0]: line for line in out.getvalue().splitlines()}
    assert lines["single-leg-stretch"].endswith("8 per leg · 3 sets · Alternating")
    assert lines["lunges"].endswith("Hold 30 s per side · Right, then left")
    assert len(lines) == len(LIB)
