"""CI check of the translations (run by packaging/bootstrap.sh test).

1. The .ts files are up to date with the code: running lupdate on a copy changes nothing.
2. No entry is unfinished, and none is empty.
3. Placeholders match between source and translation: every %1..%9 of the source appears in
   the translation (and no other), and a numerus entry keeps %n in its plural form(s). The
   named fields of core's error templates ("must be between {lo} and {hi}") match too: the
   interface fills them with str.format, so a missing, extra or misspelt one would lose a
   value or fail.
4. The exercise content files cover the library with the same shape as the English.

Exit status 0 when all is well, 1 with one line per problem otherwise.
"""

from __future__ import annotations

import json
import re
import shutil
import string
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import i18n_tools  # noqa: E402  (this folder: the script's own)

from pilates_desktop import i18n  # noqa: E402

PLACEHOLDER = re.compile(r"%(\d)")
# A str.format field ("{lo}"), not an escaped brace ("{{"); only names, as core's templates use.
FIELD = re.compile(r"(?<!\{)\{([A-Za-z_]\w*)\}(?!\})")


def _placeholders(text: str) -> tuple[set[str], set[str]]:
    return set(PLACEHOLDER.findall(text)), set(FIELD.findall(text))


def _formats(text: str) -> bool:
    """Whether str.format can read ``text`` (every brace is a field or doubled)."""
    try:
        list(string.Formatter().parse(text))
    except ValueError:
        return False
    return True


def _messages(ts: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts).getroot()
    out = []
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            out.append((name, msg))
    return out


def check_up_to_date(problems: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        copies = {}
        for ts in sorted(i18n_tools.ts_dir().glob("pilates_*.ts")):
            copy = Path(tmp) / ts.name
            shutil.copy(ts, copy)
            copies[ts] = copy
        files = [str(p) for p in i18n_tools.sources_for_lupdate()]
        for ts, copy in copies.items():
            lang = ts.stem.split("_", 1)[1]
            cmd = [i18n_tools.tool("lupdate"), "-silent", "-locations", "none", "-no-obsolete",
                   "-target-language", lang]
            if lang == i18n.SOURCE_LANGUAGE:
                cmd.append("-pluralonly")
            subprocess.run([*cmd, *files, "-ts", str(copy)], check=True)
            if copy.read_bytes() != ts.read_bytes():
                problems.append(
                    f"{ts.relative_to(ROOT)}: out of date with the code; run "
                    "`python packaging/i18n_tools.py --update` and translate the new entries")


def check_entries(ts: Path, problems: list[str]) -> None:
    where = ts.relative_to(ROOT)
    for context, msg in _messages(ts):
        source = msg.findtext("source") or ""
        tr = msg.find("translation")
        label = f"{where}: [{context or 'no context'}] {source[:60]!r}"
        if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{label}: unfinished")
            continue
        wanted = _placeholders(source)
        if msg.get("numerus") == "yes":
            forms = [f.text or "" for f in tr.findall("numerusform")]
            if not forms or not all(f.strip() for f in forms):
                problems.append(f"{label}: a plural form is empty")
                continue
            if "%n" not in forms[-1]:
                problems.append(f"{label}: the plural form lacks %n")
            for form in forms:
                if _placeholders(form) != wanted:
                    problems.append(f"{label}: placeholders differ in {form[:60]!r}")
        else:
            text = tr.text or ""
            if not text.strip():
                problems.append(f"{label}: empty translation")
                continue
            if _placeholders(text) != wanted:
                problems.append(f"{label}: placeholders differ in {text[:60]!r}")
            elif wanted[1] and not _formats(text):
                problems.append(f"{label}: a stray brace in {text[:60]!r}")
            if ("%n" in source) != ("%n" in text):
                problems.append(f"{label}: %n differs")


def check_content(problems: list[str]) -> None:
    from pilates_desktop.core.library import load_library
    from pilates_desktop.core.routines.repository import builtin_routines

    library = load_library()
    routines = {r.id for r in builtin_routines(library)}
    base = ROOT / "pilates_desktop" / "data" / "i18n"
    for lang in i18n.TRANSLATED:
        path = base / lang / "exercises.json"
        data = json.loads(path.read_text(encoding="utf-8"))
        where = path.relative_to(ROOT)
        for missing in sorted(set(library) - set(data)):
            problems.append(f"{where}: {missing} is not translated")
        for extra in sorted(set(data) - set(library)):
            problems.append(f"{where}: {extra} is not in the library")
        for ex in library.exercises():
            entry = data.get(ex.id)
            if entry is None:
                continue
            for key, want in (("steps", len(ex.steps)), ("cautions", len(ex.cautions)),
                              ("variants", len(ex.variants))):
                got = len(entry.get(key, []))
                if got != want:
                    problems.append(f"{where}: {ex.id}.{key} has {got} entries, English {want}")
        rpath = base / lang / "routines.json"
        rdata = json.loads(rpath.read_text(encoding="utf-8"))
        for missing in sorted(routines - set(rdata)):
            problems.append(f"{rpath.relative_to(ROOT)}: routine {missing} is not translated")


def main() -> int:
    problems: list[str] = []
    try:
        check_up_to_date(problems)
    except (OSError, subprocess.CalledProcessError) as exc:
        problems.append(f"lupdate could not run: {exc}")
    for ts in sorted(i18n_tools.ts_dir().glob("pilates_*.ts")):
        check_entries(ts, problems)
    check_content(problems)
    for p in problems:
        print(p, file=sys.stderr)
    if not problems:
        print("translations: up to date, complete, placeholders match")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
