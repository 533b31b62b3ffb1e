"""A routine or history file's problem reads in the user's language in the interface, while the
command line keeps the English text; the file name and the JSON path are never translated."""

from __future__ import annotations

import ast
import json
import sqlite3
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import i18n_tools
import pytest
from pytestqt.qtbot import QtBot
from sync_error_cases import sync_error_phrases

from pilates_desktop import i18n
from pilates_desktop.core.clock import FakeClock
from pilates_desktop.core.errors import CONTEXT, FormatError, Phrase, PilatesError
from pilates_desktop.core.history import (
    SCHEMA_VERSION,
    HistoryFileError,
    HistoryStore,
    HistoryWriteError,
    SessionStatus,
    decode_export,
    load_export,
)
from pilates_desktop.core.library import _Reader, load_library
from pilates_desktop.core.routines.fileformat import decode_routine
from pilates_desktop.core.routines.repository import read_routine_file, user_routines
from pilates_desktop.services.history import HistoryService
from pilates_desktop.services.settings import LANGUAGE
from pilates_desktop.ui.history.view import HistoryView

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
    "form": _item(form="easier"),
    "prescription-start": _with(prescription={"days_per_week": 2, "weeks": 4, "start": "May"}),
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
    "form": "form.json: $.items[0].form: exercise 'clams' has no easier form",
    "prescription-start": "prescription-start.json: $.prescription.start: must be a date as "
                          "YYYY-MM-DD, got 'May'",
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


# --- history exports and backups -----------------------------------------------------------------

SID = "0f8fad5b-d9cb-469f-a165-70867728950e"


def _session(**fields: Any) -> dict[str, Any]:
    return {"id": SID, "routine": {"id": "gentle", "name": "Gentle"},
            "started_at": "2026-03-28T09:00:00+00:00", "ended_at": "2026-03-28T09:20:00+00:00",
            "planned_s": 1200, "active_s": 1200, "status": "finished", "pain_before": 4,
            "pain_after": 2, "note": "", "hurt_exercise": None,
            "items": [{"exercise": "clams", "side": "left", "planned_s": 60, "done_s": 60,
                       "reps_done": 8, "status": "done"}], **fields}


def _export(*sessions: dict[str, Any], **fields: Any) -> dict[str, Any]:
    return {"format": "pilates-desktop/history", "version": 1,
            "sessions": list(sessions) or [_session()], **fields}


def _one(**fields: Any) -> dict[str, Any]:
    return _export(_session(**fields))


def _step(**fields: Any) -> dict[str, Any]:
    return _one(items=[{**_session()["items"][0], **fields}])


# Bad history exports (decoded JSON), one for every reason the export reader gives.
HISTORY_BAD: dict[str, Any] = {
    "h-top": [],
    "h-top-null": None,
    "h-top-bool": True,
    "h-top-number": 1.5,
    "h-top-string": "x",
    "h-missing": {},
    "h-unknown": _export(extra=1),
    "h-format": _export(format="pilates-desktop/routine"),
    "h-version-3": _export(version=3),
    "h-version-0": _export(version=0),
    "h-version-string": _export(version="1"),
    "h-sessions": _export(sessions={}),
    "h-sessions-many": _export(sessions=[None] * 1_000_001),
    "h-id-number": _one(id=3),
    "h-id-empty": _one(id=" "),
    "h-id-long": _one(id="x" * 65),
    "h-id": _one(id="nope"),
    "h-twice": _export(_session(), _session()),
    "h-started": _one(started_at="yesterday"),
    "h-started-naive": _one(started_at="2026-03-28T09:00:00"),
    "h-ended": _one(ended_at="2026-03-28T08:00:00+00:00"),
    "h-items-many": _one(items=[None] * 10_001),
    "h-side": _step(side="up"),
    "h-reps": _step(reps_done=2.5),
    "h-pain": _one(pain_after=12),
    "h-pain-bool": _one(pain_after=True),
}

# As the command line prints them (and as they read before the reasons became translatable).
HISTORY_ENGLISH = {
    "h-top": "h-top.json: $: must be an object, got a list",
    "h-top-null": "h-top-null.json: $: must be an object, got null",
    "h-top-string": "h-top-string.json: $: must be an object, got a string",
    "h-missing": "h-missing.json: $: missing key 'format'",
    "h-unknown": "h-unknown.json: $: unknown key 'extra'",
    "h-format": "h-format.json: $.format: must be 'pilates-desktop/history'; this is not a "
                "Pilates Desktop history export",
    "h-version-3": "h-version-3.json: $.version: this file is version 3, from a newer Pilates "
                   "Desktop; this version reads version 2",
    "h-version-0": "h-version-0.json: $.version: must be between 1 and 2, got 0",
    "h-sessions": "h-sessions.json: $.sessions: must be a list, got an object",
    "h-sessions-many": "h-sessions-many.json: $.sessions: must have at most 1000000 entries",
    "h-id-number": "h-id-number.json: $.sessions[0].id: must be a string, got a number",
    "h-id-empty": "h-id-empty.json: $.sessions[0].id: must not be empty",
    "h-id-long": "h-id-long.json: $.sessions[0].id: must be at most 64 characters long",
    "h-id": "h-id.json: $.sessions[0].id: must be a UUID, got 'nope'",
    "h-twice": f"h-twice.json: $.sessions[1].id: session {SID} appears twice in the file",
    "h-started": "h-started.json: $.sessions[0].started_at: must be an ISO 8601 date and time, "
                 "got 'yesterday'",
    "h-started-naive": "h-started-naive.json: $.sessions[0].started_at: must include the UTC "
                       "offset, e.g. +01:00, got '2026-03-28T09:00:00'",
    "h-ended": "h-ended.json: $.sessions[0].ended_at: must not be before started_at",
    "h-items-many": "h-items-many.json: $.sessions[0].items: must have at most 10000 entries",
    "h-side": "h-side.json: $.sessions[0].items[0].side: must be one of none, left, right, "
              "both, alternating, got 'up'",
    "h-reps": "h-reps.json: $.sessions[0].items[0].reps_done: must be a whole number, "
              "got a number",
    "h-pain": "h-pain.json: $.sessions[0].pain_after: must be between 0 and 10, got 12",
    "h-pain-bool": "h-pain-bool.json: $.sessions[0].pain_after: must be a whole number, "
                   "got true/false",
}


def _history_error(name: str) -> FormatError:
    with pytest.raises(FormatError) as err:
        decode_export(HISTORY_BAD[name], f"{name}.json")
    return err.value


@pytest.mark.parametrize("name", sorted(HISTORY_ENGLISH))
def test_the_english_message_of_a_bad_history_export_is_unchanged(name: str) -> None:
    assert str(_history_error(name)) == HISTORY_ENGLISH[name]


# Export files that cannot be read as JSON at all, and the messages load_export gives.
EXPORT_FILES: dict[str, bytes] = {
    "not-utf8.json": b'{"a": "\xff"}',
    "not-json.json": b"{not json",
    "extra.json": b'{"a": 1} x',
    "empty.json": b"",
}
EXPORT_ENGLISH = {
    # One strict reader (core/jsonfile.py) for every kind of file: the words a routine file
    # has always had.
    "not-utf8.json": "not-utf8.json: $: not UTF-8 text (byte 7)",
    "not-json.json": "not-json.json: $: not valid JSON: Expecting property name enclosed in "
                     "double quotes at line 1, column 2",
    "extra.json": "extra.json: $: not valid JSON: Extra data at line 1, column 10",
    "empty.json": "empty.json: $: not valid JSON: Expecting value at line 1, column 1",
}


def _export_file_error(folder: Path, name: str) -> PilatesError:
    path = folder / name
    if name == "unreadable.json":
        path.mkdir(parents=True, exist_ok=True)
    else:
        folder.mkdir(parents=True, exist_ok=True)
        path.write_bytes(EXPORT_FILES[name])
    with pytest.raises(PilatesError) as err:
        load_export(path)
    return err.value


@pytest.mark.parametrize("name", sorted(EXPORT_ENGLISH))
def test_the_english_message_of_an_unreadable_export_is_unchanged(tmp_path: Path,
                                                                   name: str) -> None:
    exc = _export_file_error(tmp_path, name)
    assert isinstance(exc, FormatError)
    assert str(exc) == EXPORT_ENGLISH[name]


def test_an_export_that_cannot_be_read_names_the_path_and_the_system_error(
        tmp_path: Path) -> None:
    exc = _export_file_error(tmp_path, "unreadable.json")
    with pytest.raises(OSError) as system:
        (tmp_path / "unreadable.json").read_bytes()
    assert isinstance(exc, HistoryFileError)
    assert str(exc) == (f"{tmp_path / 'unreadable.json'}: cannot read the file: "
                        f"{system.value.strerror}")
    assert exc.phrase.params == {"error": system.value.strerror}


_CLOCK = FakeClock.at(datetime(2026, 3, 28, 9, 0, tzinfo=UTC))


def _clock() -> datetime:
    return _CLOCK.now()


def _store(folder: Path, name: str = "history.sqlite3", sessions: int = 0) -> HistoryStore:
    store = HistoryStore.open(folder / name, backups_dir=folder / "backups", now=_clock).store
    for _ in range(sessions):
        sid = store.begin_session("gentle", "Gentle", 600)
        store.finish_session(sid, SessionStatus.FINISHED, 600)
    return store


def _damaged(path: Path) -> None:
    """Point the free-page list past the end of the file: SQLite opens it, quick_check fails."""
    data = bytearray(path.read_bytes())
    data[32:40] = (99).to_bytes(4, "big") + (1).to_bytes(4, "big")
    path.write_bytes(bytes(data))


def _newer(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()


def _not_a_database(path: Path) -> None:
    path.write_bytes(b"these are not the pages of a database " * 200)


# How a backup is spoilt (None: the file is missing), and the message that restoring it gives.
BACKUPS: dict[str, tuple[Callable[[Path], None] | None, str]] = {
    "missing": (None, "cannot open the backup: unable to open database file"),
    "damaged": (_damaged, "the backup is damaged: *** in database main ***\n"
                          "Main freelist: invalid page number 99"),
    "newer": (_newer, "the backup comes from a newer version of the app"),
    "not-a-database": (_not_a_database, "cannot restore the backup: file is not a database"),
}


def _backup(folder: Path, name: str) -> Path:
    spoil = BACKUPS[name][0]
    backup = folder / "old" / f"history-{name}.sqlite3"
    if spoil is not None:
        backup.parent.mkdir(parents=True, exist_ok=True)
        _store(backup.parent, backup.name, sessions=1).close()
        spoil(backup)
    return backup


def _restore_error(folder: Path, name: str) -> HistoryFileError:
    store = _store(folder)
    try:
        with pytest.raises(HistoryFileError) as err:
            store.restore_backup(_backup(folder, name))
    finally:
        store.close()
    return err.value


@pytest.mark.parametrize("name", sorted(BACKUPS))
def test_the_english_message_of_a_bad_backup_is_unchanged(tmp_path: Path, name: str) -> None:
    exc = _restore_error(tmp_path, name)
    backup = tmp_path / "old" / f"history-{name}.sqlite3"
    assert str(exc) == f"{backup}: {BACKUPS[name][1]}"
    assert exc.file == str(backup)


def _import_write_error(folder: Path) -> HistoryWriteError:
    data = _store(folder, "source.sqlite3", sessions=1).export_json()
    store = _store(folder)
    store._conn.execute("PRAGMA query_only = ON")  # every write fails, as on a read-only disk
    try:
        with pytest.raises(HistoryWriteError) as err:
            store.import_json(data, "export.json")
    finally:
        store.close()
    return err.value


def test_the_english_message_of_an_import_that_cannot_be_written_is_unchanged(
        tmp_path: Path) -> None:
    assert str(_import_write_error(tmp_path)) == (
        f"{tmp_path / 'history.sqlite3'}: could not import export.json, nothing was written: "
        "attempt to write a readonly database")


# --- in the interface ---------------------------------------------------------------------------


@pytest.fixture
def german(qapp: Any) -> Iterator[None]:
    i18n_tools.ensure_built()
    i18n.install_translators(qapp, "de")
    try:
        yield
    finally:
        i18n.install_translators(qapp, "en")


def test_importing_a_bad_file_in_german_shows_the_german_reason(
        german: None, make_app: Any, prompter: Any, settings: Any, tmp_path: Path) -> None:
    settings.set_value(LANGUAGE, "de")  # the app installs the language of its settings
    ws = make_app().window.workspace
    path = tmp_path / "morning routine.json"
    path.write_text(_with(items=[{"exercise": "clams"}, {"exercise": "clams", "reps": "6"}]),
                    encoding="utf-8")
    count = len(ws.routines())
    assert not ws.import_file(str(path))
    warnings = [text for _key, _title, text in prompter.told]
    assert len(warnings) == 1
    assert warnings[0] == (
        "Diese Routinendatei kann nicht importiert werden, und es wurde nichts geändert.\n\n"
        "morning routine.json: $.items[1].reps: muss eine ganze Zahl sein, "
        "ist aber der Text '6'")
    assert len(ws.routines()) == count


def test_a_broken_routine_in_the_folder_is_reported_in_german(
        german: None, make_app: Any, data_dir: Path, settings: Any) -> None:
    settings.set_value(LANGUAGE, "de")
    folder = data_dir / "routines"
    folder.mkdir(parents=True)
    (folder / "evening.json").write_text(_item(reps=0), encoding="utf-8")
    (folder / "broken.json").write_text('{"a": 1} x', encoding="utf-8")
    ws = make_app().window.workspace
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
    i18n_tools.ensure_built()
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


def _shown(prompter: Any) -> list[tuple[str, str]]:
    """The (title, text) of every message shown so far."""
    return [(title, text) for _key, title, text in prompter.told]


def _history_view(qtbot: QtBot, store: HistoryStore, prompter: Any, settings: Any
                  ) -> tuple[HistoryView, Any]:
    """A history view that is sure when asked (its messages are in the prompter)."""
    prompter.answers["restore-backup"] = "yes"
    view = HistoryView(HistoryService(store), settings, {}, prompter, clock=_CLOCK, tz=UTC)
    qtbot.addWidget(view)
    return view, prompter


def test_a_bad_history_import_in_german_shows_the_german_reason(
        german: None, qtbot: QtBot, tmp_path: Path, prompter: Any, settings: Any) -> None:
    store = _store(tmp_path)
    view, shown = _history_view(qtbot, store, prompter, settings)
    path = tmp_path / "Mein Verlauf (März).json"
    path.write_text(json.dumps(_export(_session(), _session(id=3))), encoding="utf-8")
    assert view.import_from(path) is None
    assert _shown(shown) == [("Import fehlgeschlagen", (
        "Mein Verlauf (März).json wurde nicht importiert, und es wurde nichts geändert.\n\n"
        "Mein Verlauf (März).json: $.sessions[1].id: muss ein Text sein, "
        "ist aber eine Zahl"))]
    path.write_bytes(b"{not json")
    assert view.import_from(path) is None
    assert _shown(shown)[-1][1].endswith(
        "\n\nMein Verlauf (März).json: $: kein gültiges JSON: Feldname in doppelten "
        "Anführungszeichen erwartet in Zeile 1, Spalte 2")
    assert store.count() == 0


@pytest.mark.parametrize(("name", "german_reason"), [
    ("damaged", "die Sicherung ist beschädigt: *** in database main ***\n"
                "Main freelist: invalid page number 99"),
    ("newer", "die Sicherung stammt aus einer neueren Version der App"),
    ("missing", "die Sicherung lässt sich nicht öffnen: unable to open database file"),
])
def test_a_bad_backup_in_german_shows_the_german_reason_and_the_path_as_it_is(
        german: None, qtbot: QtBot, tmp_path: Path, prompter: Any, settings: Any,
        name: str, german_reason: str) -> None:
    store = _store(tmp_path / "Verlauf", sessions=2)
    view, shown = _history_view(qtbot, store, prompter, settings)
    backup = _backup(tmp_path / "Sicherungen", name)
    assert view.restore_backup(backup) is None
    assert _shown(shown) == [("Wiederherstellen fehlgeschlagen", f"{backup}: {german_reason}")]
    assert store.count() == 2  # nothing was changed


def test_history_files_that_cannot_be_read_or_written_read_in_german(
        german: None, tmp_path: Path) -> None:
    unreadable = _export_file_error(tmp_path, "unreadable.json")
    assert isinstance(unreadable, HistoryFileError)
    assert i18n.error_text(unreadable) == (
        f"{tmp_path / 'unreadable.json'}: die Datei kann nicht gelesen werden: "
        f"{unreadable.phrase.params['error']}")
    assert i18n.error_text(_import_write_error(tmp_path)) == (
        f"{tmp_path / 'history.sqlite3'}: export.json konnte nicht importiert werden, es wurde "
        "nichts geschrieben: attempt to write a readonly database")
    assert i18n.error_text(_history_error("h-version-3")) == (
        "h-version-3.json: $.version: diese Datei hat Version 3 und stammt aus einem neueren "
        "Pilates Desktop; diese Version liest Version 2")


@pytest.mark.parametrize(("name", "spanish"), [
    ("h-pain-bool", "h-pain-bool.json: $.sessions[0].pain_after: debe ser un número entero, "
                    "pero es un valor booleano (true/false)"),
    ("h-side", "h-side.json: $.sessions[0].items[0].side: debe ser uno de estos valores: none, "
               "left, right, both, alternating; se encontró 'up'"),
    ("h-top", "h-top.json: $: debe ser un objeto, pero es una lista"),
])
def test_spanish_history_reasons_translate_nested_words(qapp: Any, name: str,
                                                        spanish: str) -> None:
    i18n_tools.ensure_built()
    i18n.install_translators(qapp, "es")
    try:
        assert i18n.error_text(_history_error(name)) == spanish
    finally:
        i18n.install_translators(qapp, "en")
    assert i18n.error_text(_history_error(name)) == HISTORY_ENGLISH[name]


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


def _empty_routine_import(folder: Path) -> FormatError:
    """The error for importing a routine file that holds no exercises."""
    path = folder / "empty.json"
    path.write_text(json.dumps({"format": "pilates-desktop/routine", "version": 1,
                                "name": "Nothing", "items": []}), encoding="utf-8")
    with pytest.raises(FormatError) as err:
        read_routine_file(path, LIB)
    return err.value


def _raised_templates(folder: Path) -> set[str]:
    found: set[str] = set()
    for name in BAD:
        found.update(_templates(_error(name).phrase))
    found.update(_templates(_unreadable_routine(folder).phrase))
    found.update(_templates(_empty_routine_import(folder).phrase))
    # History exports, the files they come in, backups, and an import that cannot be written.
    errors: list[FormatError | HistoryFileError] = [_history_error(name) for name in HISTORY_BAD]
    for name in [*EXPORT_FILES, "unreadable.json"]:
        exc = _export_file_error(folder / "exports", name)
        assert isinstance(exc, FormatError | HistoryFileError)
        errors.append(exc)
    errors += [_restore_error(folder / name, name) for name in BACKUPS]
    errors.append(_import_write_error(folder / "import"))
    for exc in errors:
        found.update(_templates(exc.phrase))
    found.update(_history_fault_templates(folder / "faults"))
    # The strict JSON reader's reasons that no routine or export above reaches.
    found.update(_json_reader_templates(folder / "json"))
    # Every reason a sync folder's files can give (tests/sync_error_cases.py).
    for phrase in sync_error_phrases(folder / "sync"):
        found.update(_templates(phrase))
    # The reader's reasons that only the library's own files can reach.
    for data, call in ((1, lambda r: r.bool_()), ([1], lambda r: r.range_(1, 5)),
                       ([3, 2], lambda r: r.range_(1, 5))):
        with pytest.raises(FormatError) as err:
            call(_Reader("x.json", data))
        found.update(_templates(err.value.phrase))
    return found


def _history_fault_templates(folder: Path) -> set[str]:
    """A history the command line cannot read as it is, a restore that must wait, and dates
    out of range: each made for real."""
    import sqlite3

    folder.mkdir(parents=True)
    errors: list[PilatesError] = []

    def read_only(make: Callable[[Path], None]) -> None:
        path = folder / f"h{len(errors)}.sqlite3"
        make(path)
        with pytest.raises(HistoryFileError) as err:
            HistoryStore.open(path, backups_dir=folder / "b", read_only=True, timeout=0.01)
        errors.append(err.value)

    def garbage(path: Path) -> None:
        path.write_bytes(b"\x00garbage" * 100)

    def foreign(path: Path) -> None:
        with sqlite3.connect(path) as conn:
            conn.execute("PRAGMA application_id = 42")
            conn.execute("CREATE TABLE contacts (name TEXT)")
        conn.close()

    def newer(path: Path) -> None:
        _store(folder, path.name).close()
        with sqlite3.connect(path) as conn:
            conn.execute("PRAGMA user_version = 99")
        conn.close()

    for make in (garbage, foreign, newer):
        read_only(make)
    holder = sqlite3.connect(folder / "locked.sqlite3", isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("CREATE TABLE t (x)")  # takes the lock and keeps it
    try:
        with pytest.raises(HistoryFileError) as err:
            HistoryStore.open(folder / "locked.sqlite3", backups_dir=folder / "b",
                              read_only=True, timeout=0.01)
        errors.append(err.value)
    finally:
        holder.close()
    store = _store(folder / "running", sessions=1)
    backup = folder / "running" / "copy.sqlite3"
    store._conn.execute(f"VACUUM INTO '{backup}'")
    store.begin_session("gentle", "Gentle", 600)
    with pytest.raises(HistoryFileError) as err:
        store.restore_backup(backup)
    errors.append(err.value)
    store.close()
    store = _store(folder / "pending", sessions=1)
    store._conn.execute("PRAGMA query_only = ON")  # every write fails, as on a read-only disk
    store.update_session(store.sessions()[0].id, note="x")
    with pytest.raises(HistoryFileError) as err:
        store.restore_backup(backup)
    errors.append(err.value)
    store.close()
    for fields in ({"started_at": "0999-03-28T09:00:00+00:00"},
                   {"ended_at": "2026-03-28T09:20:00+19:00"}):
        with pytest.raises(FormatError) as err:
            decode_export(_one(**fields), "dates.json")
        errors.append(err.value)
    found: set[str] = set()
    for exc in errors:
        assert isinstance(exc, HistoryFileError | FormatError)
        found.update(_templates(exc.phrase))
    return found


def _json_reader_templates(folder: Path) -> set[str]:
    import os
    import socket

    from pilates_desktop.core import jsonfile

    folder.mkdir(parents=True)
    os.mkfifo(folder / "fifo.json")
    (folder / "zero.json").symlink_to("/dev/zero")
    found: set[str] = set()
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(folder / "socket.json"))
        for name in ("fifo.json", "zero.json", "socket.json"):
            with pytest.raises(FormatError) as err:
                jsonfile.read_file(folder / name, jsonfile.HISTORY)
            found.update(_templates(err.value.phrase))
    for text in ("[" + "1" * 41 + "]", "[1e999]", "[NaN]", '["\\ud800"]'):
        with pytest.raises(FormatError) as err:
            jsonfile.loads(text, "x.json", jsonfile.HISTORY)
        found.update(_templates(err.value.phrase))
    return found


def _marked_templates() -> set[str]:
    """Every QT_TRANSLATE_NOOP(CONTEXT, "...") in core, read from the source."""
    found: set[str] = set()
    for path in sorted(CORE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "QT_TRANSLATE_NOOP"):
                context, text = (ast.literal_eval(arg) for arg in node.args)
                # Core marks file errors, the red-flag screen's words (core/care/redflags)
                # and a dose's words (core/dose_text.py, tested in test_dose_text.py).
                assert context in (CONTEXT, "RedFlags", "Dose"), (path.name, text)
                if context == CONTEXT:
                    found.add(text)
    return found


def _catalogue(language: str) -> dict[str, str]:
    root = ET.parse(i18n_tools.ts_dir() / f"pilates_{language}.ts").getroot()
    out = {}
    for ctx in root.iter("context"):
        if ctx.findtext("name") == CONTEXT:
            for msg in ctx.iter("message"):
                tr = msg.find("translation")
                assert tr is not None
                if tr.get("type") is None and (tr.text or "").strip():
                    out[msg.findtext("source") or ""] = tr.text or ""
    return out


def test_every_reason_a_routine_or_history_file_gives_is_marked_and_translated(
        tmp_path: Path) -> None:
    raised = _raised_templates(tmp_path)
    marked = _marked_templates()
    assert raised - marked == set()  # a reason given as plain text would stay English
    assert marked - raised == set()  # the bad files above reach every marked reason
    for language in i18n.TRANSLATED:
        catalogue = _catalogue(language)
        assert sorted(raised - set(catalogue)) == [], language
        assert [t for t in raised if catalogue[t] == t] == [], language
