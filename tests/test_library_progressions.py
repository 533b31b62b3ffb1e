"""Every exercise's easier and harder form: where each comes from, and how strictly it is read."""

from __future__ import annotations

import copy
import io
import json
from typing import Any

import pytest

from pilates_desktop.cli.main import main
from pilates_desktop.core.errors import FormatError
from pilates_desktop.core.library import (
    PRACTICE_SOURCE,
    Adjustment,
    Difficulty,
    DoseDelta,
    Equipment,
    Library,
    decode_exercise,
    load_json_resource,
    load_library,
)

LEVEL = {Difficulty.BEGINNER: 0, Difficulty.INTERMEDIATE: 1, Difficulty.ADVANCED: 2}
PROGRESSION_002 = ["basic-starting-position", "knee-lifts", "double-knee-lift", "leg-extensions"]


@pytest.fixture(scope="module")
def lib() -> Library:
    return load_library()


def test_at_least_18_of_23_exercises_have_an_easier_or_harder_form(lib: Library) -> None:
    with_one = [e.id for e in lib.exercises() if e.easier or e.harder]
    assert len(lib) == 23
    assert len(with_one) >= 18


def test_each_form_names_its_source(lib: Library) -> None:
    for ex in lib.exercises():
        for adj in (ex.easier, ex.harder):
            if adj is None:
                continue
            # An article's fact comes from the exercise's own article; the rest is practice.
            assert adj.source in (*ex.sources, PRACTICE_SOURCE), (ex.id, adj.source)
            assert adj.text.strip()


def test_a_named_exercise_exists_and_goes_the_right_way(lib: Library) -> None:
    for ex in lib.exercises():
        if ex.easier and ex.easier.exercise:
            target = lib[ex.easier.exercise]
            assert LEVEL[target.difficulty] <= LEVEL[ex.difficulty], ex.id
        if ex.harder and ex.harder.exercise:
            target = lib[ex.harder.exercise]
            assert LEVEL[target.difficulty] >= LEVEL[ex.difficulty], ex.id


def test_the_progression_article_steps_one_to_four_then_the_soft_ball(lib: Library) -> None:
    for lower, upper in zip(PROGRESSION_002, PROGRESSION_002[1:], strict=False):
        assert lib[lower].harder is not None and lib[lower].harder.exercise == upper
        assert lib[upper].easier is not None and lib[upper].easier.exercise == lower
        assert lib[upper].easier.source == "002_7b3c3ec3174df31e.txt"
    ball = lib["leg-extensions"].harder
    assert ball is not None and ball.is_form_change
    assert Equipment.SOFT_BALL in ball.equipment and "soft ball" in ball.text
    # The neck exercise goes back to the leg extensions and is never pushed further.
    neck = lib["neck-lift-knee-stretch"]
    assert neck.easier is not None and neck.easier.exercise == "leg-extensions"
    assert neck.harder is None


def test_the_articles_own_progressions(lib: Library) -> None:
    oblique = lib["oblique-sit"].harder
    assert oblique is not None and oblique.is_form_change and "hand" in oblique.text
    assert oblique.source == "003_e1a32d2bc83be40f.txt"
    lunges = lib["lunges"].harder
    assert lunges is not None and lunges.dose == DoseDelta(hold_s=10)
    assert lunges.source == "004_ca8eb2b17b609db3.txt"
    roll_up = lib["roll-up"].harder
    assert roll_up is not None and roll_up.dose == DoseDelta(reps=2)
    child = lib["childs-pose"].easier
    assert child is not None and set(child.equipment) == {Equipment.BLOCK, Equipment.BLANKET}
    crunch = lib["small-crunches"].harder
    assert crunch is not None and "table top" in crunch.text


def test_exercises_json_shows_easier_and_harder() -> None:
    out, err = io.StringIO(), io.StringIO()
    assert main(["exercises", "--json"], out=out, err=err) == 0
    rows = {row["id"]: row for row in json.loads(out.getvalue())}
    assert rows["knee-lifts"]["harder"] == {
        "exercise": "double-knee-lift",
        "text": "Bring both knees up over your hips and hold them there.",
        "source": "002_7b3c3ec3174df31e.txt",
    }
    assert rows["prone-head-raise"]["harder"]["dose"] == {"hold_s": 10}
    assert rows["upper-spine-stretch"]["easier"] is None
    assert rows["leg-extensions"]["harder"]["equipment"] == ["soft-ball"]


# --- strict decoding -----------------------------------------------------------------------------


def _clams() -> dict[str, Any]:
    return copy.deepcopy(load_json_resource("exercises", "clams.json"))


@pytest.mark.parametrize(
    ("change", "path", "words"),
    [
        ({"dose": {"reps": 2}}, "$.easier.dose.reps", "below 0"),
        ({"dose": {"reps": 0}}, "$.easier.dose.reps", "below 0"),
        ({"dose": {"hold_s": -10}}, "$.easier.dose.hold_s", "no 'hold_s'"),
        ({"dose": {}}, "$.easier.dose", "at least one"),
        ({"dose": {"reps": "-2"}}, "$.easier.dose.reps", "whole number"),
        ({"source": "a blog"}, "$.easier.source", "article file name"),
        ({"exercise": "clams"}, "$.easier.exercise", "another exercise"),
        ({"colour": "red"}, "$.easier.colour", "unknown field"),
        ({"equipment": ["chair"]}, "$.easier.equipment[0]", "must be one of"),
    ],
)
def test_a_bad_easier_form_is_refused_with_its_path(
    change: dict[str, Any], path: str, words: str
) -> None:
    data = _clams()
    data["easier"].update(change)
    with pytest.raises(FormatError) as info:
        decode_exercise("clams.json", data)
    assert info.value.path == path
    assert words in info.value.reason


def test_a_harder_dose_must_go_up_and_text_is_required() -> None:
    data = _clams()
    data["harder"] = {"dose": {"reps": -1}, "text": "less", "source": PRACTICE_SOURCE}
    with pytest.raises(FormatError, match=r"\$\.harder\.dose\.reps: must be above 0"):
        decode_exercise("clams.json", data)
    data["harder"] = {"dose": {"reps": 1}, "source": PRACTICE_SOURCE}
    with pytest.raises(FormatError, match=r"missing required field 'text'"):
        decode_exercise("clams.json", data)


def test_null_means_no_form_and_each_file_must_say_so() -> None:
    data = _clams()
    data["harder"] = data["easier"] = None
    ex = decode_exercise("clams.json", data)
    assert ex.easier is None and ex.harder is None
    assert ex.to_json()["easier"] is None and ex.to_json()["harder"] is None
    del data["easier"]
    with pytest.raises(FormatError, match=r"missing required field 'easier'"):
        decode_exercise("clams.json", data)


def test_a_named_exercise_must_be_in_the_library(lib: Library) -> None:
    data = _clams()
    data["harder"] = {"exercise": "side-plank", "text": "Side plank.", "source": PRACTICE_SOURCE}
    stray = decode_exercise("clams.json", data)
    assert stray.harder == Adjustment("Side plank.", PRACTICE_SOURCE, exercise="side-plank")
    others = [e for e in lib.exercises() if e.id != "clams"]
    with pytest.raises(FormatError, match=r"\$\.harder\.exercise: unknown exercise 'side-plank'"):
        Library([*others, stray])
