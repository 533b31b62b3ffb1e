"""``pilates-desktop history``: export the session history, or merge an export into it.

    pilates-desktop history --json            every session with its items, as JSON
    pilates-desktop history --csv             one row per session, for spreadsheets
    pilates-desktop history import FILE       merge an export; sessions already present are kept

Errors are one line on stderr with exit status 2, never a traceback. ``--json`` and ``--csv``
only read: they never create, write, move or set aside the database, whatever state it is in
(locked, damaged, another program's: one line and exit 2). A session cut short by a crash is
listed as interrupted, with its finished segments, without closing it in the file. An import
never closes a session that a running app is recording (no maintenance on open), and an
import that fails writes nothing.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, TextIO

from pilates_desktop.core.errors import PilatesError
from pilates_desktop.core.history import HistoryStore, OpenResult, load_export
from pilates_desktop.paths import Paths

USAGE = (
    "usage: pilates-desktop history --json | --csv | import FILE\n"
    "  --json        write every session with its items as JSON to standard output\n"
    "  --csv         write one row per session as CSV (UTF-8, with a header)\n"
    "  import FILE   merge a JSON export; importing the same file twice adds nothing\n"
)
PROG = "pilates-desktop history"


def _open(where: Paths, *, read_only: bool = False) -> OpenResult:
    return HistoryStore.open(
        where.history_db, backups_dir=where.backups_dir, maintenance=False,
        read_only=read_only,
    )


def run(args: list[str], *, out: TextIO, err: TextIO, paths: Paths | None = None) -> int:
    """Run ``history ARGS`` on the data folder of ``paths`` (the command line's), or of
    ``--data-dir`` in ``args``, or the platform's."""
    args = list(args)
    if "--data-dir" in args:  # accepted here too, so the command also works on its own
        at = args.index("--data-dir")
        if at + 1 >= len(args):
            err.write(f"{PROG}: --data-dir needs a folder\n")
            return 2
        paths = Paths.choose(args[at + 1])
        del args[at : at + 2]
    where = paths if paths is not None else Paths.choose(None)
    if args in (["-h"], ["--help"]):
        out.write(USAGE)
        return 0
    try:
        if args == ["--json"]:
            return _export(where, out, "json")
        if args == ["--csv"]:
            return _export(where, out, "csv")
        if len(args) == 2 and args[0] == "import":
            return _import(where, Path(args[1]), out, err)
    except PilatesError as exc:
        err.write(f"{PROG}: {_one_line(str(exc))}\n")
        return 2
    except BrokenPipeError:
        raise  # the reader of the output left: the command line ends quietly
    except OSError as exc:
        err.write(f"{PROG}: {_one_line(str(exc))}\n")
        return 2
    if not args:
        err.write(f"{PROG}: say --json, --csv or import FILE\n{USAGE}")
    else:
        err.write(f"{PROG}: unknown arguments: {' '.join(args)}\n{USAGE}")
    return 2


def _warn_notices(result: OpenResult, err: TextIO) -> None:
    for notice in result.notices:
        if notice.is_problem:
            err.write(f"{PROG}: warning: {_one_line(notice.message)}\n")


def _export(where: Paths, out: TextIO, kind: str) -> int:
    store = _open(where, read_only=True).store
    try:
        if kind == "json":
            data = store.export_json(include_open=True)
            out.write(_json_text(data))
        else:
            out.write(store.export_csv(include_open=True))
    finally:
        store.close()
    return 0


def _import(where: Paths, file: Path, out: TextIO, err: TextIO) -> int:
    if not file.exists():
        err.write(f"{PROG}: {file}: no such file\n")
        return 2
    data = load_export(file)
    result = _open(where)
    store = result.store
    try:
        if not store.on_file:
            err.write(f"{PROG}: cannot write {where.history_db}: nothing was imported\n")
            return 2
        _warn_notices(result, err)
        total = len(data.get("sessions", [])) if isinstance(data, dict) else 0
        added = store.import_json(data, file.name)
    finally:
        store.close()
    known = total - added
    out.write(
        f"Imported {added} session{'s' if added != 1 else ''} from {file.name}"
        + (f"; {known} already in your history" if known else "")
        + ".\n"
    )
    return 0


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _json_text(data: dict[str, Any]) -> str:
    """The export as JSON, one session a line: Python's C encoder writes each line (with
    ``indent`` the pure-Python one ran, five times slower on ten years of sessions)."""
    sessions = data["sessions"]
    head = {k: v for k, v in data.items() if k != "sessions"}
    lines = [f"  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}," for k, v in head.items()]
    body = ",\n    ".join(json.dumps(s, ensure_ascii=False) for s in sessions)
    inner = f"[\n    {body}\n  ]" if sessions else "[]"
    return "{\n" + "\n".join(lines) + f'\n  "sessions": {inner}\n}}\n'
