"""The CI translation check finds unfinished entries and placeholder mismatches."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def _checker() -> Any:
    spec = importlib.util.spec_from_file_location(
        "check_translations", ROOT / "packaging" / "check_translations.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>X</name>
    <message><source>Fine %1</source><translation>Gut %1</translation></message>
    <message><source>Lost %1 of %2</source><translation>Verloren %1</translation></message>
    <message><source>Todo</source><translation type="unfinished"></translation></message>
    <message numerus="yes"><source>%n breath(s)</source>
        <translation><numerusform>ein Atemzug</numerusform><numerusform>Atemzüge</numerusform>
        </translation></message>
    <message numerus="yes"><source>%n rep(s) of %1</source>
        <translation><numerusform>eine Wdh. von %1</numerusform>
        <numerusform>%n Wdh. von %1</numerusform></translation></message>
</context>
</TS>
"""


def test_check_entries_reports_each_kind_of_problem(tmp_path: Path, monkeypatch: Any) -> None:
    checker = _checker()
    monkeypatch.setattr(checker, "ROOT", tmp_path)
    ts = tmp_path / "pilates_de.ts"
    ts.write_text(TS, encoding="utf-8")
    problems: list[str] = []
    checker.check_entries(ts, problems)
    text = "\n".join(problems)
    assert "'Lost %1 of %2': placeholders differ" in text
    assert "'Todo': unfinished" in text
    assert "'%n breath(s)': the plural form lacks %n" in text
    assert "Fine" not in text and "rep(s)" not in text  # "eine" for one is fine
    assert len(problems) == 3


def test_shipped_catalogues_have_no_unfinished_or_mismatched_entries() -> None:
    checker = _checker()
    import i18n_tools

    problems: list[str] = []
    for ts in sorted(i18n_tools.ts_dir().glob("pilates_*.ts")):
        checker.check_entries(ts, problems)
    checker.check_content(problems)
    assert problems == []


FIELDS_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>FormatError</name>
    <message><source>must be between {lo} and {hi}, got {value}</source>
        <translation>muss zwischen {lo} und {hi} liegen, ist aber {value}</translation></message>
    <message><source>must be a list, got {got}</source>
        <translation>muss eine Liste sein, ist aber {wert}</translation></message>
    <message><source>unknown field {field}</source>
        <translation>unbekanntes Feld</translation></message>
    <message><source>the number {value}</source>
        <translation>die Zahl {value} {lo}</translation></message>
    <message><source>must have at most {limit} entries, got {count}</source>
        <translation>höchstens {limit} Einträge}, nicht {count}</translation></message>
    <message><source>a {{braced}} word and {value}</source>
        <translation>ein {{geschweiftes}} Wort und {value}</translation></message>
</context>
</TS>
"""


def test_check_entries_compares_named_fields(tmp_path: Path, monkeypatch: Any) -> None:
    checker = _checker()
    monkeypatch.setattr(checker, "ROOT", tmp_path)
    ts = tmp_path / "pilates_de.ts"
    ts.write_text(FIELDS_TS, encoding="utf-8")
    problems: list[str] = []
    checker.check_entries(ts, problems)
    text = "\n".join(problems)
    assert "'must be a list, got {got}': placeholders differ" in text  # renamed
    assert "'unknown field {field}': placeholders differ" in text  # dropped
    assert "'the number {value}': placeholders differ" in text  # one too many
    assert "'must have at most {limit} entries, got {count}': a stray brace" in text
    assert "between" not in text and "braced" not in text  # all fields kept; {{ }} is no field
    assert len(problems) == 4
