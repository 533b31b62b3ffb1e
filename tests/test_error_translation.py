"""A routine file's problem reads in the user's language in the interface, while the command
line keeps the English text; the file name and the JSON path are never translated."""

from __future__ import annotations

import ast
import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from pilates_desktop import i18n, paths
from pilates_desktop.app_state import AppState
from pilates_desktop.core.catalog import user_routines
from pilates_desktop.core.errors import CONTEXT, FormatError, Phrase
from pilates_desktop.core.fileformat import decode_routine
from pilates_desktop.core.library import Library, _Reader, load_library
from pilates_desktop.settings import Settings
from pilates_desktop.ui.workspace import RoutineWorkspace, standalone_window

ROOT = Path(__file__).resolve().parent.parent
CORE = ROOT / "pilates_desktop" / "core"
LIB = load_library()

GOOD: dict[str, Any] = {"format": "pilates-desktop/routine", "version": 1, "name": "A",
                        "items": [{"exercise": "clams"}]}


def _with(**fields: Any) -> str:
    return json.dumps({**GOOD, **fields})


def _item(**fields: Any) -> str:
    return _with(items=[{"exercise": "clams", **fields}])


# Bad routine files, one for every reason the routine decoder gives (and the JSON parser's
# messages that have a translation).
BAD: dict[str, bytes | str] = {
    "big": b" " * (1024 * 1024 + 1),
    "utf": b'{"a": "\xff"}',
    "deep": "[" * 9 + "]" * 9,
    "json-name": "{",
    "json-colon": '{"a" 1}',
    "json-extra": '{"a": 1} x',
    "json-control": '{"a": "\x01"}',
    "json-escape": '{"a": "\\q"}',
    "json-u": '{"a": "\\u12"}',
    "json-comma": '{"a": 1 "b": 2}',
    "json-string": '{"a": "abc',
    "json-value": "[1,]",
    "dup": '{"a": 1, "a": 2}',
    "nan": '{"a": NaN}',
    "top": "[]",
    "top-string": '"x"',
    "unknown-field": _with(extra=1),
    "missing": json.dumps({"format": "pilates-desktop/routine", "version": 1, "items": []}),
    "format": _with(format="other"),
    "format-number": _with(format=3),
    "format-null": _with(format=None),
    "version-string": _with(version="1"),
    "version-bool": _with(version=True),
    "version-2": _with(version=2),
    "version-0": _with(version=0),
    "name-long": _with(name="x" * 121),
    "name-list": _with(name=[]),
    "name-object": _with(name={}),
    "reps-long-string": _item(reps="6" * 45),
    "items": _with(items={}),
    "items-many": _with(items=[{"exercise": "clams"}] * 1001),
    "item-unknown-field": _item(colour="red"),
    "item-missing": _with(items=[{}]),
    "exercise-near": _item(exercise="clam"),
    "exercise-far": _item(exercise="zzzzzzzz"),
    "reps": _item(reps=0),
    "reps-string": _item(reps="6"),
    "reps-float": _item(reps=2.5),
    "sides": _item(sides="up"),
    "sides-long-string": _item(sides="s" * 45),
}

# The English messages as the command line prints them (and as they read before the reasons
# became translatable): not one character may change.
ENGLISH = {
    "big": "big.json: $: file is 1,048,577 bytes; the limit is 1 MiB",
    "utf": "utf.json: $: not UTF-8 text (byte 7)",
    "deep": "deep.json: $: nested 9 levels deep; the limit is 8",
    "json-colon": "json-colon.json: $: not valid JSON: Expecting ':' delimiter at line 1, column 6",
    "json-control": "json-control.json: $: not valid JSON: Invalid control character at "
                    "at line 1, column 8",
    "dup": "dup.json: $: duplicate key 'a'",
    "nan": "nan.json: $: NaN is not allowed in a routine file",
    "top-string": "top-string.json: $: must be an object, got the string 'x'",
    "missing": "missing.json: $: missing required field 'name'",
    "format": "format.json: $.format: must be 'pilates-desktop/routine', got 'other'",
    "format-null": "format-null.json: $.format: must be a non-empty string, got null",
    "version-bool": "version-bool.json: $.version: must be a whole number, got a boolean",
    "version-2": "version-2.json: $.version: version 2 is not supported (this app reads 1); "
                 "this file needs a newer Pilates Desktop",
    "version-0": "version-0.json: $.version: version 0 is not supported (this app reads 1)",
    "name-long": "name-long.json: $.name: must be at most 120 characters, got 121",
    "name-object": "name-object.json: $.name: must be a non-empty string, got an object",
    "items-many": "items-many.json: $.items: must have at most 1000 entries, got 1001",
    "item-unknown-field": "item-unknown-field.json: $.items[0].colour: unknown field 'colour'",
    "exercise-near": "exercise-near.json: $.items[0].exercise: unknown exercise 'clam'; "
                     "did you mean 'clams'?",
    "exercise-far": "exercise-far.json: $.items[0].exercise: unknown exercise 'zzzzzzzz'",
    "reps": "reps.json: $.items[0].reps: must be between 1 and 200, got 0",
    "reps-float": "reps-float.json: $.items[0].reps: must be a whole number, got the number 2.5",
    "reps-long-string": "reps-long-string.json: $.items[0].reps: must be a whole number, "
                        "got a string",
    "sides": "sides.json: $.items[0].sides: must be one of none, both, left, right, "
             "alternating, got 'up'",
    "sides-long-string": "sides-long-string.json: $.items[0].sides: must be one of none, both, "
                         f"left, right, alternating, got {'s' * 45!r}",
}


def _error(name: str) -> FormatError:
    with pytest.raises(FormatError) as err:
        decode_routine(f"{name}.json", BAD[name], LIB)
    return err.value


@pytest.mark.parametrize("name", sorted(ENGLISH))
def test_the_english_message_is_unchanged(name: str) -> None:
    exc = _error(name)
    assert str(exc) == ENGLISH[name]
    assert f"{exc.source}: {exc.path}: {exc.reason}" == ENGLISH[name]


def test_an_unreadable_routine_file_names_the_system_error(tmp_path: Path) -> None:
    exc = _unreadable_routine(tmp_path)
    with pytest.raises(OSError) as system:
        (tmp_path / "unreadable.json").read_bytes()
    assert system.value.strerror  # "Is a directory" on Linux
    assert str(exc) == f"unreadable.json: $: cannot be read: {system.value.strerror}"
    assert exc.params == {"error": system.value.strerror}


def test_plain_reasons_stay_as_given() -> None:
    """Other modules still pass plain text; braces in it are not format fields."""
    exc = FormatError("poses.json", "$.poses['x']", "must be an object of {id: pose}")
    assert str(exc) == "poses.json: $.poses['x']: must be an object of {id: pose}"
    assert exc.params == {}
    assert i18n.error_text(exc) == str(exc)
    assert i18n.error_text(OSError("disk full")) == "disk full"


# --- in the interface ---------------------------------------------------------------------------


@pytest.fixture
def german(qapp: Any) -> Iterator[None]:
    i18n.ensure_built()
    i18n.install_translators(qapp, "de")
    try:
        yield
    finally:
        i18n.install_translators(qapp, "en")


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def warning(parent: object, title: str, text: str, *rest: object) -> object:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return shown


def _workspace(qtbot: QtBot, library: Library) -> RoutineWorkspace:
    window = standalone_window(library, Settings(), AppState())
    qtbot.addWidget(window)
    ws: RoutineWorkspace = window.workspace  # type: ignore[attr-defined]
    return ws


def test_importing_a_bad_file_in_german_shows_the_german_reason(
        german: None, qtbot: QtBot, library: Library, warnings: list[str],
        tmp_path: Path) -> None:
    ws = _workspace(qtbot, library)
    path = tmp_path / "morning routine.json"
    path.write_text(_with(items=[{"exercise": "clams"}, {"exercise": "clams", "reps": "6"}]),
                    encoding="utf-8")
    count = len(ws.routines())
    assert not ws.import_file(str(path))
    assert len(warnings) == 1
    assert warnings[0] == (
        "Diese Routinendatei kann nicht importiert werden, und es wurde nichts geändert.\n\n"
        "morning routine.json: $.items[1].reps: muss eine ganze Zahl sein, "
        "ist aber der Text '6'")
    assert len(ws.routines()) == count


def test_a_broken_routine_in_the_folder_is_reported_in_german(
        german: None, qtbot: QtBot, library: Library) -> None:
    folder = paths.ensure(paths.routines_dir())
    (folder / "evening.json").write_text(_item(reps=0), encoding="utf-8")
    (folder / "broken.json").write_text('{"a": 1} x', encoding="utf-8")
    ws = _workspace(qtbot, library)
    text = ws.playlist_editor.saved.text()
    assert "broken.json: $: kein gültiges JSON: überzählige Daten in Zeile 1, Spalte 10" in text
    assert "evening.json: $.items[0].reps: muss zwischen 1 und 200 liegen, ist aber 0" in text
    assert [str(e) for e in ws.load_errors] == [  # the errors themselves stay English
        "broken.json: $: not valid JSON: Extra data at line 1, column 10",
        "evening.json: $.items[0].reps: must be between 1 and 200, got 0",
    ]


@pytest.mark.parametrize(("name", "spanish"), [
    ("sides", "sides.json: $.items[0].sides: debe ser uno de estos valores: none, both, left, "
              "right, alternating; se encontró 'up'"),
    ("name-list", "name-list.json: $.name: debe ser un texto no vacío, pero es una lista"),
    ("exercise-near", "exercise-near.json: $.items[0].exercise: ejercicio desconocido 'clam'; "
                      "¿querías decir 'clams'?"),
])
def test_spanish_reasons_translate_nested_words(qapp: Any, name: str, spanish: str) -> None:
    i18n.ensure_built()
    i18n.install_translators(qapp, "es")
    try:
        assert i18n.error_text(_error(name)) == spanish
    finally:
        i18n.install_translators(qapp, "en")
    assert i18n.error_text(_error(name)) == str(_error(name))


def test_a_translation_with_a_wrong_field_falls_back_to_english(
        monkeypatch: pytest.MonkeyPatch) -> None:
    class Broken:
        @staticmethod
        def translate(context: str, text: str) -> str:
            return "muss zwischen {low} und {hi} liegen" if "{lo}" in text else text

    monkeypatch.setattr(i18n, "QCoreApplication", Broken)
    assert i18n.error_text(_error("reps")) == ENGLISH["reps"]


# --- every template has a translation -----------------------------------------------------------


def _templates(phrase: Phrase) -> Iterator[str]:
    yield phrase.template
    for value in phrase.params.values():
        if isinstance(value, Phrase):
            yield from _templates(value)


def _unreadable_routine(folder: Path) -> FormatError:
    """The error for a routine file that cannot be read at all (here: a folder so named)."""
    (folder / "unreadable.json").mkdir(parents=True)
    routines, errors = user_routines(folder, LIB)
    assert routines == [] and len(errors) == 1
    return errors[0]


def _raised_templates(folder: Path) -> set[str]:
    found: set[str] = set()
    for name in BAD:
        found.update(_templates(_error(name).phrase))
    found.update(_templates(_unreadable_routine(folder).phrase))
    # The reader's reasons that only the library's own files can reach.
    for data, call in ((1, lambda r: r.bool_()), ([1], lambda r: r.range_(1, 5)),
                       ([3, 2], lambda r: r.range_(1, 5))):
        with pytest.raises(FormatError) as err:
            call(_Reader("x.json", data))
        found.update(_templates(err.value.phrase))
    return found


def _marked_templates() -> set[str]:
    """Every QT_TRANSLATE_NOOP(CONTEXT, "...") in core, read from the source."""
    found: set[str] = set()
    for path in sorted(CORE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "QT_TRANSLATE_NOOP"):
                context, text = (ast.literal_eval(arg) for arg in node.args)
                assert context == CONTEXT, (path.name, text)
                found.add(text)
    return found


def _catalogue(language: str) -> dict[str, str]:
    root = ET.parse(i18n.ts_dir() / f"pilates_{language}.ts").getroot()
    out = {}
    for ctx in root.iter("context"):
        if ctx.findtext("name") == CONTEXT:
            for msg in ctx.iter("message"):
                tr = msg.find("translation")
                assert tr is not None
                if tr.get("type") is None and (tr.text or "").strip():
                    out[msg.findtext("source") or ""] = tr.text or ""
    return out


def test_every_reason_the_routine_decoder_gives_is_marked_and_translated(
        tmp_path: Path) -> None:
    raised = _raised_templates(tmp_path)
    marked = _marked_templates()
    assert raised - marked == set()  # a reason given as plain text would stay English
    assert marked - raised == set()  # the bad files above reach every marked reason
    for language in i18n.TRANSLATED:
        catalogue = _catalogue(language)
        assert sorted(raised - set(catalogue)) == [], language
        assert [t for t in raised if catalogue[t] == t] == [], language
