"""Exercise content in German and Spanish: complete, the same shape as the English, and
what ``i18n.ex_name`` and friends hand to the widgets."""

from __future__ import annotations

import json
import re
from importlib import resources
from typing import Any

import i18n_tools
import pytest

from pilates_desktop import i18n
from pilates_desktop.core.library import Library
from pilates_desktop.core.routines.repository import builtin_routines

LANGS = ("de", "es")


def _load(lang: str, kind: str) -> dict[str, Any]:
    node = resources.files("pilates_desktop").joinpath("data", "i18n", lang, f"{kind}.json")
    return json.loads(node.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@pytest.mark.parametrize("lang", LANGS)
def test_every_exercise_is_translated_in_full(lang: str, library: Library) -> None:
    data = _load(lang, "exercises")
    assert set(data) == set(library), "translations must cover exactly the library"
    for ex in library.exercises():
        entry = data[ex.id]
        assert set(entry) <= {"name", "summary", "steps", "cautions", "variants", "easier",
                              "harder"}
        assert entry["name"].strip() and entry["summary"].strip()
        assert len(entry["steps"]) == len(ex.steps), ex.id
        for step in entry["steps"]:
            assert set(step) == {"instruction", "breath"}
            assert step["instruction"].strip() and step["breath"].strip()
        assert len(entry["cautions"]) == len(ex.cautions), ex.id
        assert len(entry.get("variants", [])) == len(ex.variants), ex.id
        for which in ("easier", "harder"):
            # A translation exactly where the library has an easier or harder form.
            assert (which in entry) == (getattr(ex, which) is not None), (ex.id, which)
            if which in entry:
                assert entry[which].strip() != getattr(ex, which).text, (ex.id, which)


@pytest.mark.parametrize("lang", LANGS)
def test_numbers_in_the_text_survive_translation(lang: str, library: Library) -> None:
    """"45 degrees", "5 pumps", "3 to 4 breaths": a number in the English is in the translation."""
    for ex in library.exercises():
        for i, step in enumerate(ex.steps):
            for field in ("instruction", "breath"):
                english = getattr(step, field)
                translated = i18n.ex_instruction(ex, i, lang) if field == "instruction" else (
                    i18n.ex_breath(ex, i, lang))
                assert sorted(re.findall(r"\d+", english)) == sorted(
                    re.findall(r"\d+", translated)), (ex.id, i, field)
        for which in ("easier", "harder"):
            adjustment = getattr(ex, which)
            if adjustment is not None:
                assert sorted(re.findall(r"\d+", adjustment.text)) == sorted(
                    re.findall(r"\d+", i18n.ex_adjustment_text(ex, which, lang))), (ex.id, which)


@pytest.mark.parametrize("lang", LANGS)
def test_the_text_is_really_translated(lang: str, library: Library) -> None:
    same = [ex.id for ex in library.exercises()
            if i18n.ex_summary(ex, lang) == ex.summary]
    assert not same
    names = {i18n.ex_name(ex, lang) for ex in library.exercises()}
    assert len(names) == len(library)  # no two exercises share a translated name


def test_helpers_follow_the_current_language(qapp: Any, library: Library) -> None:
    ex = library["childs-pose"]
    try:
        i18n.install_translators(qapp, "de")
        assert i18n.ex_name(ex) == "Stellung des Kindes"
        assert i18n.ex_text(ex, "caution", 0) == "Lass diese Haltung aus, wenn du Knieprobleme hast."
        assert i18n.ex_cautions(ex)[0].startswith("Lass")
        i18n.install_translators(qapp, "es")
        assert i18n.ex_name(ex) == "Postura del niño"
        assert i18n.ex_variant_text(ex, 0).startswith("Cuida tus rodillas")
        assert i18n.ex_adjustment_text(ex, "easier").startswith("Siéntate sobre un bloque")
    finally:
        i18n.install_translators(qapp, "en")
    assert i18n.ex_name(ex) == "Child's Pose"
    assert i18n.ex_instruction(ex, 0) == ex.steps[0].instruction


@pytest.mark.parametrize("lang", LANGS)
def test_builtin_routines_are_translated(lang: str, library: Library) -> None:
    data = _load(lang, "routines")
    routines = builtin_routines(library)
    assert set(data) == {r.id for r in routines}
    for r in routines:
        assert i18n.routine_name(r, lang) != r.name
        assert i18n.routine_description(r, lang) != r.description


def test_user_routines_keep_their_own_names(library: Library) -> None:
    from pilates_desktop.core.routines import Routine

    mine = Routine("back-care-basics", "My own", (), "mine", builtin=False)
    assert i18n.routine_name(mine, "de") == "My own"


def test_labels_cover_every_library_vocabulary(qapp: Any) -> None:
    from pilates_desktop.core import library as lib

    for enum in (lib.Focus, lib.Position, lib.Difficulty, lib.Equipment, lib.Contraindication,
                 lib.Sides, lib.DosageKind, lib.VariantKind):
        for member in enum:
            assert member.value in i18n._LABELS, member
    try:
        i18n_tools.ensure_built()
        i18n.install_translators(qapp, "de")
        assert i18n.label(lib.Focus.LOWER_BACK) == "Unterer Rücken"
        i18n.install_translators(qapp, "es")
        assert i18n.label(lib.Contraindication.KNEE_PROBLEMS) == "Problemas de rodilla"
    finally:
        i18n.install_translators(qapp, "en")
    assert i18n.label(lib.Focus.LOWER_BACK) == "Lower back"


def test_language_resolution() -> None:
    from PySide6.QtCore import QLocale

    assert i18n.resolve_language("de") == "de"
    assert i18n.resolve_language("system", QLocale("es_MX")) == "es"
    assert i18n.resolve_language("system", QLocale("fr_FR")) == "en"
