"""The translation build tools: ``lupdate`` (code -> .ts) and ``lrelease`` (.ts -> .qm).

Build tooling, not the app: the app only loads the compiled ``.qm`` files
(``pilates_desktop/i18n.py``). Used by ``packaging/bootstrap.sh`` (``--build``), by
``packaging/check_translations.py`` and the tests (``ensure_built``), and by a developer after
changing strings::

    .venv/bin/python packaging/i18n_tools.py --update   # refresh translations/*.ts from code
    .venv/bin/python packaging/i18n_tools.py --build    # compile them into .qm files
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from a source checkout
    sys.path.insert(0, str(ROOT))

from pilates_desktop.i18n import SOURCE_LANGUAGE, TRANSLATED  # noqa: E402


def ts_dir() -> Path:
    return ROOT / "translations"


def qm_dir() -> Path:
    """Where lrelease writes: next to the .ts files, installed with them as package data."""
    return ts_dir()


def tool(name: str) -> str:
    """A Qt tool shipped with PySide6 (lrelease, lupdate), wherever the wheel put it."""
    import PySide6

    base = Path(PySide6.__file__).resolve().parent
    for candidate in (base / name, base / "Qt" / "libexec" / name, base / "Qt" / "bin" / name):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if found is None:
        raise FileNotFoundError(f"{name}: not found next to PySide6 ({base}) or on PATH")
    return found


def build(verbose: bool = False) -> list[Path]:
    """Compile every ``translations/*.ts`` into a ``.qm`` next to it."""
    out_dir = qm_dir()
    out_dir.mkdir(parents=True, exist_ok=True)
    built = []
    for ts in sorted(ts_dir().glob("pilates_*.ts")):
        qm = out_dir / (ts.stem + ".qm")
        subprocess.run(
            [tool("lrelease"), *([] if verbose else ["-silent"]), str(ts), "-qm", str(qm)],
            check=True,
        )
        built.append(qm)
    return built


def ensure_built() -> None:
    """Build the .qm files if any is missing or older than its .ts (tests, source checkouts)."""
    for ts in ts_dir().glob("pilates_*.ts"):
        qm = qm_dir() / (ts.stem + ".qm")
        if not qm.is_file() or qm.stat().st_mtime < ts.stat().st_mtime:
            build()
            return


def sources_for_lupdate() -> list[Path]:
    """Every Python file whose strings the translators see: the interface, and the core
    modules that mark the reasons of their errors (with core.errors.QT_TRANSLATE_NOOP)."""
    pkg = ROOT / "pilates_desktop"
    return sorted(
        p for p in pkg.rglob("*.py")
        if "core" not in p.relative_to(pkg).parts[:1]
        or "QT_TRANSLATE_NOOP(" in p.read_text(encoding="utf-8")
    )


def update(languages: tuple[str, ...] = ("en", *TRANSLATED), no_obsolete: bool = True) -> None:
    """Run ``lupdate`` over the package to bring the .ts files up to date with the code.

    ``pilates_en.ts`` holds only the plural forms ("%n breath(s)" -> "1 breath", "2 breaths").
    """
    files = [str(p) for p in sources_for_lupdate()]
    for lang in languages:
        ts = ts_dir() / f"pilates_{lang}.ts"
        cmd = [tool("lupdate"), "-silent", "-locations", "none", "-target-language", lang]
        if lang == SOURCE_LANGUAGE:
            cmd.append("-pluralonly")
        if no_obsolete:
            cmd.append("-no-obsolete")
        subprocess.run([*cmd, *files, "-ts", str(ts)], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python packaging/i18n_tools.py")
    parser.add_argument("--build", action="store_true", help="compile .ts into .qm (lrelease)")
    parser.add_argument("--update", action="store_true", help="refresh .ts from code (lupdate)")
    args = parser.parse_args(argv)
    if not (args.build or args.update):
        parser.print_usage(sys.stderr)
        return 2
    try:
        if args.update:
            update()
        if args.build:
            for qm in build():
                print(qm)
    except (OSError, subprocess.CalledProcessError) as exc:
        print(f"i18n_tools: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
