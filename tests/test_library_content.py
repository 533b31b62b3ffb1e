"""The exercise content: the 23 exercises of the five source articles, their defaults exactly as
the sources give them, the safety notes, the pose briefs and the built-in routines.

These tests read only the package data, never the source articles themselves, so they run from
a wheel as well as from a checkout.
"""

from __future__ import annotations

import re
from importlib import resources
from typing import Any

import pytest

from pilates_desktop.core.library import (
    Contraindication,
    DosageKind,
    Equipment,
    Exercise,
    Library,
    Range,
    Sides,
    VariantKind,
    decode_exercise,
    load_json_resource,
    load_library,
)
from pilates_desktop.core.routines import effective_dose
from pilates_desktop.core.routines.repository import builtin_routines
from pilates_desktop.core.timeline import Pace, compile_timeline

ARTICLES = {
    "000_dbe24ef2c894a392.txt": [
        "the-hundred", "roll-up", "single-leg-stretch", "double-leg-stretch",
    ],
    "001_d591b46948701fc9.txt": [
        "glute-bridge", "small-crunches", "toe-taps", "thoracic-lifts", "clams", "hip-twist",
        "standing-roll-down", "upper-spine-stretch",
    ],
    "002_7b3c3ec3174df31e.txt": [
        "basic-starting-position", "knee-lifts", "double-knee-lift", "leg-extensions",
        "neck-lift-knee-stretch",
    ],
    "003_e1a32d2bc83be40f.txt": ["prone-head-raise", "oblique-sit", "all-fours-rotation"],
    "004_ca8eb2b17b609db3.txt": ["legs-up-the-wall", "childs-pose", "lunges"],
}
CATALOGUE = [ex_id for ids in ARTICLES.values() for ex_id in ids]
SOURCE_NAME = re.compile(r"^\d{3}_[0-9a-f]{16}\.txt$")


@pytest.fixture(scope="module")
def lib() -> Library:
    return load_library()


def ex(lib: Library, ex_id: str) -> Exercise:
    return lib[ex_id]


def _exercise_files() -> list[str]:
    folder = resources.files("pilates_desktop").joinpath("data", "exercises")
    return sorted(e.name for e in folder.iterdir() if e.name.endswith(".json"))


# --- the catalogue ------------------------------------------------------------------------------


def test_exactly_the_23_catalogue_exercises(lib: Library) -> None:
    assert len(CATALOGUE) == 23
    assert len(lib) == 23
    assert set(lib) == set(CATALOGUE)


def test_library_order_follows_the_articles(lib: Library) -> None:
    assert [e.id for e in lib.exercises()] == CATALOGUE


def test_file_stem_is_the_id_and_files_are_canonical() -> None:
    names = _exercise_files()
    assert len(names) == 23
    for name in names:
        data = load_json_resource("exercises", name)
        decoded = decode_exercise(name, data)
        assert decoded.id == name.removesuffix(".json")
        # The files are written exactly as the decoder writes them back: nothing is ignored.
        assert decoded.to_json() == data


def test_sources_are_known_article_names(lib: Library) -> None:
    for article in ARTICLES:
        assert SOURCE_NAME.match(article)
    for article, ids in ARTICLES.items():
        for ex_id in ids:
            sources = ex(lib, ex_id).sources
            assert sources == (article,), ex_id
            assert all(SOURCE_NAME.match(s) for s in sources)


def test_order_tags_number_each_article_from_one(lib: Library) -> None:
    for ids in ARTICLES.values():
        for n, ex_id in enumerate(ids, start=1):
            order_tags = [t for t in ex(lib, ex_id).tags if t.startswith("order:")]
            assert order_tags == [f"order:{n}"], ex_id


def test_each_exercise_names_the_step_shown_while_working(lib: Library) -> None:
    # One step per exercise is marked "main": the movement itself, not the set-up. For the
    # Hundred that is the pumping, and the timeline shows it during the work segments.
    from pilates_desktop.core.routines import Item, Routine
    from pilates_desktop.core.timeline import SegmentKind, compile_timeline

    for e in lib.exercises():
        assert sum(s.main for s in e.steps) == 1, e.id
    assert ex(lib, "the-hundred").steps[3].main
    tl = compile_timeline(Routine("t", "T", (Item("the-hundred"),)), lib)
    pumps = [s for s in tl.segments if s.kind is SegmentKind.PUMPS][0]
    assert "the-hundred/pump" in ex(lib, "the-hundred").steps[pumps.step].poses


def test_every_exercise_is_complete(lib: Library) -> None:
    for e in lib.exercises():
        assert e.name.strip() and e.summary.strip()
        # One sentence: a single full stop, at the end.
        assert e.summary.endswith(".") and e.summary.count(". ") == 0, e.id
        assert e.focus, e.id
        assert e.cautions, e.id
        assert 2 <= len(e.steps) <= 5, e.id
        for step in e.steps:
            sentences = [s for s in re.split(r"(?<=[.!?])\s+", step.instruction) if s]
            assert 1 <= len(sentences) <= 2, (e.id, step.instruction)
            assert len(step.instruction) <= 170, (e.id, step.instruction)
            assert step.breath.startswith("Breathe"), (e.id, step.breath)
            assert 1 <= len(step.poses) <= 2


# --- defaults exactly as the sources give them ---------------------------------------------------


def test_the_hundred_is_100_pumps_in_breaths_of_five(lib: Library) -> None:
    d = ex(lib, "the-hundred").dosage
    assert d.kind is DosageKind.PUMPS
    assert d.pumps == 100
    assert d.pumps_per_phase == 5


def test_roll_up_is_6_to_8_slow_breath_led_reps_then_rest(lib: Library) -> None:
    d = ex(lib, "roll-up").dosage
    assert d.kind is DosageKind.REPS
    assert d.reps == Range(6, 8)
    assert d.breath_led is True
    assert d.rest_after_s > 0


def test_single_leg_stretch_is_three_sets_of_eight_with_a_minute_between(lib: Library) -> None:
    e = ex(lib, "single-leg-stretch")
    assert e.dosage.reps == Range(8, 8)
    assert e.dosage.sets == 3
    assert e.dosage.rest_between_sets_s == 60
    assert e.sides is Sides.ALTERNATING


def test_double_leg_stretch_hovers_3_to_4_breaths_2_to_3_times(lib: Library) -> None:
    d = ex(lib, "double-leg-stretch").dosage
    assert d.kind is DosageKind.BREATHS
    assert d.hold_breaths == Range(3, 4)
    assert d.reps == Range(2, 3)


def test_lunges_hold_30_to_60_seconds_each_side(lib: Library) -> None:
    e = ex(lib, "lunges")
    assert e.dosage.kind is DosageKind.HOLD
    assert e.dosage.hold_s == Range(30, 60)
    assert e.sides is Sides.EACH


def test_legs_up_the_wall_holds_a_couple_of_minutes(lib: Library) -> None:
    d = ex(lib, "legs-up-the-wall").dosage
    assert d.kind is DosageKind.HOLD
    assert d.hold_s == Range(120, 120)
    assert Equipment.WALL in ex(lib, "legs-up-the-wall").equipment


def test_sides(lib: Library) -> None:
    each = {"clams", "oblique-sit", "all-fours-rotation", "lunges"}
    alternating = {
        "knee-lifts", "leg-extensions", "neck-lift-knee-stretch", "toe-taps",
        "single-leg-stretch", "hip-twist",
    }
    for e in lib.exercises():
        expected = (
            Sides.EACH if e.id in each else Sides.ALTERNATING if e.id in alternating else Sides.NONE
        )
        assert e.sides is expected, e.id


def test_every_default_dose_is_usable(lib: Library) -> None:
    from pilates_desktop.core.routines import Item

    for e in lib.exercises():
        dose = effective_dose(Item(e.id), e)
        if e.dosage.kind is DosageKind.REPS:
            assert dose.reps is not None and dose.reps >= 1
        if e.dosage.kind is DosageKind.HOLD:
            assert dose.hold_s is not None and 10 <= dose.hold_s <= 300


# --- safety -------------------------------------------------------------------------------------


def test_contraindications(lib: Library) -> None:
    flagged = {e.id: set(e.contraindications) for e in lib.exercises() if e.contraindications}
    neck = {Contraindication.NECK_PROBLEMS}
    assert flagged == {
        "childs-pose": {Contraindication.KNEE_PROBLEMS},
        "neck-lift-knee-stretch": neck,
        "the-hundred": neck,
        "small-crunches": neck,
        "roll-up": neck,
        "single-leg-stretch": neck,
    }


def _curls_the_head_up(lib: Library, ex_id: str) -> bool:
    """Whether the figure, lying on its back, lifts its head off the mat (a curl-up), or
    rolls up from lying to sitting: the neck carries the head against gravity."""
    from pilates_desktop.core.figure import Base, forward, load_poses

    poses = load_poses()
    for step in ex(lib, ex_id).steps:
        shown = [poses[p] for p in step.poses]
        for pose in shown:
            head = forward(pose).points["head"]
            if pose.base is Base.SUPINE and head.y - head.r > 0.05:  # 8 cm off the mat
                return True
        bases = [p.base for p in shown]
        if bases[0] is Base.SUPINE and Base.SITTING in bases[1:]:
            return True
    return False


def test_every_exercise_that_curls_the_head_up_carries_the_neck_caution(lib: Library) -> None:
    """Issue 14 item 4: the Hundred and Small Crunches curl the head up and were not flagged.
    The rule is read from the figures, so a new curl-up cannot miss it."""
    curling = {e.id for e in lib.exercises() if _curls_the_head_up(lib, e.id)}
    assert {"the-hundred", "small-crunches", "neck-lift-knee-stretch", "roll-up"} <= curling
    for ex_id in curling:
        e = ex(lib, ex_id)
        assert Contraindication.NECK_PROBLEMS in e.contraindications, ex_id
        assert "neck" in _cautions(lib, ex_id) and "supervis" in _cautions(lib, ex_id), ex_id
    for e in lib.exercises():  # and nothing else is kept from a user with a neck flag
        if Contraindication.NECK_PROBLEMS in e.contraindications:
            assert e.id in curling, e.id


def test_every_contraindicated_exercise_has_a_safe_gentler_swap(lib: Library) -> None:
    from pilates_desktop.core.safety import gentler_swap

    for e in lib.exercises():
        if not e.contraindications:
            continue
        assert e.gentler_variant is not None, e.id
        swap = gentler_swap(e, lib, {c.value for c in e.contraindications})
        assert swap is not None, e.id  # following the chain of gentler variants
        assert not set(lib[swap].contraindications) & set(e.contraindications), e.id
    assert ex(lib, "neck-lift-knee-stretch").gentler_variant in {"leg-extensions", "knee-lifts"}
    assert ex(lib, "childs-pose").gentler_variant == "legs-up-the-wall"


def _cautions(lib: Library, ex_id: str) -> str:
    return " ".join(ex(lib, ex_id).cautions).lower()


def test_cautions_carry_the_sources_safety_points(lib: Library) -> None:
    neck = _cautions(lib, "neck-lift-knee-stretch")
    assert "neck" in neck and "supervis" in neck
    assert "knee" in _cautions(lib, "childs-pose")
    assert "block" in _cautions(lib, "childs-pose")
    assert "tension" in _cautions(lib, "leg-extensions") and "neck" in _cautions(
        lib, "leg-extensions"
    )
    assert "hip" in _cautions(lib, "clams") and "roll" in _cautions(lib, "clams")
    assert "pelvis" in _cautions(lib, "all-fours-rotation")
    assert "knee" in _cautions(lib, "legs-up-the-wall")
    assert "ankle" in _cautions(lib, "lunges") and "square" in _cautions(lib, "lunges")
    for ex_id in ARTICLES["002_7b3c3ec3174df31e.txt"]:
        text = _cautions(lib, ex_id)
        assert "doctor" in text and "hurts" in text, ex_id
    for ex_id in ARTICLES["003_e1a32d2bc83be40f.txt"]:
        text = _cautions(lib, ex_id)
        assert "chin" in text and "worse" in text, ex_id


def test_gentle_exercises_are_holds_and_stretches(lib: Library) -> None:
    gentle = {e.id for e in lib.exercises() if e.gentle}
    assert gentle == {
        "basic-starting-position", "legs-up-the-wall", "childs-pose", "standing-roll-down",
        "upper-spine-stretch", "lunges",
    }
    for ex_id in gentle:
        assert not ex(lib, ex_id).contraindications or ex(lib, ex_id).gentler_variant


# --- variants -----------------------------------------------------------------------------------


def test_variant_exercises_exist(lib: Library) -> None:
    for e in lib.exercises():
        for v in e.variants:
            if v.exercise is not None:
                assert v.exercise in lib, (e.id, v.exercise)
                assert v.exercise != e.id


def test_soft_ball_progression_for_the_first_four_of_002(lib: Library) -> None:
    ids = ARTICLES["002_7b3c3ec3174df31e.txt"]
    for ex_id in ids[:4]:
        kinds = [
            v.kind for v in ex(lib, ex_id).variants if Equipment.SOFT_BALL in v.equipment
        ]
        assert kinds == [VariantKind.PROGRESSION], ex_id
    assert not any(Equipment.SOFT_BALL in v.equipment for v in ex(lib, ids[4]).variants)


def _kinds(lib: Library, ex_id: str) -> list[VariantKind]:
    return [v.kind for v in ex(lib, ex_id).variants]


def test_named_variants(lib: Library) -> None:
    assert VariantKind.PROGRESSION in _kinds(lib, "the-hundred")
    assert VariantKind.PROGRESSION in _kinds(lib, "small-crunches")
    assert VariantKind.GENTLER in _kinds(lib, "toe-taps")
    assert _kinds(lib, "oblique-sit").count(VariantKind.PROGRESSION) == 2
    assert VariantKind.PROGRESSION in _kinds(lib, "lunges")
    props = [v for v in ex(lib, "childs-pose").variants if v.equipment]
    assert props and props[0].kind is VariantKind.GENTLER
    assert set(props[0].equipment) == {Equipment.BLOCK, Equipment.BLANKET}
    assert ex(lib, "roll-up").gentler_variant in lib


# --- poses --------------------------------------------------------------------------------------


def _pose_ids(lib: Library) -> set[str]:
    return {p for e in lib.exercises() for s in e.steps for p in s.poses}


def test_every_pose_has_a_brief_and_every_brief_is_used(lib: Library) -> None:
    briefs: dict[str, Any] = load_json_resource("pose_briefs.json")
    used = _pose_ids(lib)
    assert used == set(briefs)
    for pose_id, text in briefs.items():
        assert isinstance(text, str) and len(text) > 40, pose_id


def test_pose_ids_belong_to_their_exercise(lib: Library) -> None:
    for e in lib.exercises():
        for step in e.steps:
            for pose in step.poses:
                owner, _, name = pose.partition("/")
                assert owner == e.id and re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", name), pose
            if len(step.poses) == 2:
                assert step.poses[0] != step.poses[1]


# --- built-in routines --------------------------------------------------------------------------

ROUTINE_ARTICLES = {
    "upper-back-relief": "000_dbe24ef2c894a392.txt",
    "powerhouse": "001_d591b46948701fc9.txt",
    "desk-break": "001_d591b46948701fc9.txt",
    "back-care-basics": "002_7b3c3ec3174df31e.txt",
    "upper-back-stabilisation": "003_e1a32d2bc83be40f.txt",
    "lower-back-release": "004_ca8eb2b17b609db3.txt",
}


def test_builtin_routines_decode_and_each_uses_one_article(lib: Library) -> None:
    routines = {r.id: r for r in builtin_routines(lib)}
    assert set(ROUTINE_ARTICLES) <= set(routines)
    for rid, article in ROUTINE_ARTICLES.items():
        r = routines[rid]
        assert r.name and r.description and r.items
        assert {lib[it.exercise].sources[0] for it in r.items} == {article}, rid


def test_back_care_basics_is_the_progression_in_order(lib: Library) -> None:
    r = {r.id: r for r in builtin_routines(lib)}["back-care-basics"]
    assert [it.exercise for it in r.items] == ARTICLES["002_7b3c3ec3174df31e.txt"]


def test_source_routines_cover_their_whole_article(lib: Library) -> None:
    routines = {r.id: r for r in builtin_routines(lib)}
    for rid in ("upper-back-relief", "upper-back-stabilisation", "lower-back-release"):
        article = ROUTINE_ARTICLES[rid]
        assert [it.exercise for it in routines[rid].items] == ARTICLES[article], rid


def test_desk_break_is_about_five_minutes_of_quick_stretches(lib: Library) -> None:
    r = {r.id: r for r in builtin_routines(lib)}["desk-break"]
    assert {it.exercise for it in r.items} == {"standing-roll-down", "upper-spine-stretch"}
    pace = Pace(get_ready_s=5, rep_s=4.0, inhale_s=4.0, exhale_s=4.0)
    total = compile_timeline(r, lib, pace).total_s
    assert 270 <= total <= 330, total
