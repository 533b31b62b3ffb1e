"""The command-line entry point: `pilates-desktop` and `python -m pilates_desktop`.

The GUI is the product; the sub-commands serve scripting, backups and tests. They read the
same core objects as the GUI. Errors are one short line on stderr with exit status 2, never a
traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO, cast

from pilates_desktop.core.durations import format_duration
from pilates_desktop.core.errors import PilatesError

if TYPE_CHECKING:  # for annotations only: the commands import these where they use them
    from pilates_desktop.app import Core
    from pilates_desktop.core.routines import Routine
    from pilates_desktop.core.routines.repository import RoutineRepository
    from pilates_desktop.core.timeline import Pace, Timeline

EXIT_USAGE = 2


class _Version(argparse.Action):
    """--version: services/about.py's text; the data folder honours an earlier --data-dir."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: Any, option_string: str | None = None) -> None:
        from pilates_desktop.paths import Paths
        from pilates_desktop.services.about import about

        print(about(Paths.choose(getattr(namespace, "data_dir", None)).data_dir).version_text())
        parser.exit()


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # One line of usage and one of error: argparse wraps the usage at the terminal's
        # width, and a wrapped usage buries the line that says what is wrong.
        sys.stderr.write(" ".join(self.format_usage().split()) + "\n")
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


class _TopParser(_Parser):
    """The parser of ``pilates-desktop``: a word it does not know after a command is that
    command's error, shown with that command's usage (argparse shows the top level's)."""

    commands: dict[str, argparse.ArgumentParser]

    def parse_args(self, args: Sequence[str] | None = None,  # type: ignore[override]
                   namespace: argparse.Namespace | None = None) -> argparse.Namespace:
        parsed, extras = self.parse_known_args(args, namespace)
        if extras:
            command = self.commands.get(getattr(parsed, "command", None) or "", self)
            command.error(f"unrecognized arguments: {' '.join(extras)}")
        return parsed


def build_parser() -> argparse.ArgumentParser:
    p = _TopParser(prog="pilates-desktop",
                   description="A Pilates practice companion for back care.")
    p.add_argument("--version", action=_Version,
                   help="show the version, what it runs on, the data folder and the licences")
    data_dir_help = "keep all data in PATH (portable mode)"
    p.add_argument("--data-dir", metavar="PATH", help=data_dir_help)
    p.add_argument("--no-first-run", action="store_true",
                   help="skip the first-run welcome for this run only (kiosk, automation)")
    p.add_argument("--background", action="store_true",
                   help="run in the tray with reminders and desk breaks, no window")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    s = sub.add_parser("start", help="open the window and start a routine")
    s.add_argument("routine", help="routine id, name or file")
    s.add_argument("--focus", action="store_true", help="start in focus mode")

    e = sub.add_parser("exercises", help="list the exercise library")
    e.add_argument("--json", action="store_true", help="print the whole library as JSON")

    r = sub.add_parser("routines", help="list built-in and user routines")
    r.add_argument("--json", action="store_true")

    pl = sub.add_parser("plan", help="print the compiled timeline of a routine")
    pl.add_argument("routine", help="routine id, name or file")
    pl.add_argument("--json", action="store_true")

    i = sub.add_parser("import", help="import a routine file into your routines")
    i.add_argument("file")

    x = sub.add_parser("export", help="write a routine to a file")
    x.add_argument("routine")
    x.add_argument("-o", "--output", required=True, metavar="FILE",
                   help="the file to write, in a folder that exists")
    x.add_argument("--force", action="store_true", help="replace FILE if it exists")

    from pilates_desktop.cli import week as week_cli

    week_cli.add_parsers(sub)

    from pilates_desktop.cli import report as report_cli

    report_cli.add_parser(sub)
    from pilates_desktop.cli import sync as sync_cli

    sync_cli.add_parser(sub)

    h = sub.add_parser("history", help="export or import the session history")
    h.add_argument("action", nargs="?", choices=["import"], help="import FILE")
    h.add_argument("file", nargs="?")
    fmt = h.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true")
    fmt.add_argument("--csv", action="store_true")
    # --data-dir after the command too (`pilates-desktop import r.json --data-dir D`). SUPPRESS:
    # a command without it keeps the one given before the command.
    for command in sub.choices.values():
        command.add_argument("--data-dir", metavar="PATH", default=argparse.SUPPRESS,
                             help=data_dir_help)
    p.commands = dict(sub.choices)
    return p


def main(argv: Sequence[str] | None = None, out: TextIO | None = None,
         err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    # Health data is private: every file the app makes is 0600 and every folder 0700
    # (SQLite's WAL and shared-memory files, QSaveFile, QSettings included).
    os.umask(0o077)
    args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    # Names come from files anyone can write: a control character (an escape sequence) must
    # not reach the terminal. The CSV export is data for a file, and escapes formulas itself.
    err = cast(TextIO, _Escaping(err))
    if not (args.command == "history" and getattr(args, "csv", False)):
        out = cast(TextIO, _Escaping(out))
    try:
        if args.command in (None, "start"):
            # Start-up allocates a great deal and frees almost nothing: a cycle collection
            # then only costs time (about a tenth of it). The app turns it back on once the
            # window has painted.
            gc.disable()
            try:
                from pilates_desktop.app import build_app
                from pilates_desktop.core.clock import SystemClock
                from pilates_desktop.ui.dialogs.prompter import QtPrompter

                return build_app(args, SystemClock(), QtPrompter()).run()
            finally:
                gc.enable()
        code = _run_command(args, out, err)
        out.flush()  # a closed pipe shows here, not in the interpreter's last flush
        return code
    except BrokenPipeError:
        # `pilates-desktop exercises --json | head -1`: the reader left; end quietly, as
        # Unix tools do, with no "Broken pipe" on the terminal (now or at exit).
        _quiet_stdout()
        return 128 + 13
    except PilatesError as exc:
        print(f"pilates-desktop: {exc}", file=err)
        return EXIT_USAGE
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"pilates-desktop: {where}{exc.strerror or exc}", file=err)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130


_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


class _Escaping:
    """A text stream that writes control characters (and bidi overrides) as ``\\uXXXX``:
    readable, and still valid inside JSON strings (json.dumps leaves C1 characters raw)."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(_CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", text))

    def flush(self) -> None:
        self._stream.flush()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def _quiet_stdout() -> None:
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def _run_command(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from pilates_desktop.app import build_core
    from pilates_desktop.core.clock import SystemClock
    from pilates_desktop.core.routines.fileformat import encode_routine
    from pilates_desktop.services.files import write_text_atomically

    core = build_core(args, SystemClock())
    problem = core.paths.problem()
    if problem is not None:
        raise PilatesError(problem)
    library, repo = core.library, core.repository
    if args.command == "exercises":
        exercises = library.exercises()
        if args.json:
            json.dump([e.to_json() for e in exercises], out, indent=2, ensure_ascii=False)
            out.write("\n")
        else:
            from pilates_desktop.core.dose_text import dose_english
            from pilates_desktop.core.routines import Item, effective_dose

            for e in exercises:  # the dose in the playlist's words: "8 per leg · Alternating"
                dose = dose_english(effective_dose(Item(e.id), e), e, rest=False)
                out.write(f"{e.id:28} {e.name:34} {dose}\n")
        return 0
    if args.command == "routines":
        routines = repo.all()
        if args.json:
            rows = [
                {"id": r.id, "name": r.name, "builtin": r.builtin, "items": len(r.items),
                 "total_s": round(_total(r, core), 3), "description": r.description}
                for r in routines
            ]
            json.dump(rows, out, indent=2, ensure_ascii=False)
            out.write("\n")
        else:
            for r in routines:
                kind = "built-in" if r.builtin else "yours"
                out.write(f"{r.id:28} {format_duration(_total(r, core)):>6}  {kind:8}  {r.name}\n")
        _warn_unreadable(repo, err)
        return 0
    if args.command == "plan":
        routine = repo.resolve(args.routine)
        timeline = _timeline(routine, core)
        if args.json:
            out.write(timeline.json_text() + "\n")  # json.dump's indented output, faster
        else:
            out.write(f"{routine.name}: {format_duration(timeline.total_s)}\n")
            for seg in timeline.segments:
                extra = " ".join(
                    f"{k}={v}" for k, v in (("side", seg.side), ("set", seg.set),
                                            ("reps", seg.reps), ("breaths", seg.breaths),
                                            ("pumps", seg.pumps)) if v is not None
                )
                out.write(f"  {format_duration(seg.duration_s):>6}  {seg.kind.value:12} {seg.exercise:26}"
                          f" {extra}\n")
        return 0
    if args.command == "import":
        # The builder's rule: a second "Morning" is imported as "Morning 2".
        routine = repo.import_file(Path(args.file))
        out.write(f"imported {routine.name!r} as {routine.id} ({routine.source_path})\n")
        return 0
    if args.command == "export":
        routine = repo.resolve(args.routine)
        target = Path(args.output)
        _check_export_target(target, args.force)
        write_text_atomically(target, encode_routine(routine))
        out.write(f"wrote {args.output}\n")
        return 0
    if args.command == "history":
        from pilates_desktop.cli import history as history_cli

        rest: list[str] = []
        if args.action == "import":
            if not args.file:
                raise PilatesError("history import needs a FILE")
            rest = ["import", args.file]
        elif args.json:
            rest = ["--json"]
        elif args.csv:
            rest = ["--csv"]
        else:
            raise PilatesError("history needs --json, --csv or import FILE")
        return history_cli.run(rest, out=out, err=err, paths=core.paths)
    if args.command == "report":
        from pilates_desktop.cli import report as report_cli

        return report_cli.run(args, core, out, err)
    if args.command == "sync":
        from pilates_desktop.cli import sync as sync_cli

        return sync_cli.run(args, core, out, err)
    if args.command in ("remind", "autostart"):
        from pilates_desktop.cli import week as week_cli

        return week_cli.run(args, core, out)
    raise PilatesError(f"unknown command {args.command!r}")


def _check_export_target(target: Path, force: bool) -> None:
    """A typing slip must not make folders or replace a file the user keeps."""
    if target.is_dir():
        raise PilatesError(f"{target}: is a folder; give the name of a file to write")
    folder = target.parent
    if not folder.is_dir():
        raise PilatesError(f"{folder}: the folder does not exist; make it first, or write"
                           " somewhere else")
    if target.exists() and not force:
        raise PilatesError(f"{target}: the file exists; add --force to replace it")


def _timeline(routine: Routine, core: Core) -> Timeline:
    from pilates_desktop.core.timeline import Pace, compile_timeline

    return compile_timeline(routine, core.library, _pace_from_settings(core) or Pace())


def _pace_from_settings(core: Core) -> Pace | None:
    """The user's pace preferences, read without starting a GUI."""
    try:
        return core.settings().pace()
    except Exception:  # noqa: BLE001 - settings are a nicety for `plan`, never a failure
        return None


def _total(routine: Routine, core: Core) -> float:
    from pilates_desktop.core.timeline import Pace, routine_times

    return routine_times(routine, core.library, _pace_from_settings(core) or Pace()).total_s


def _warn_unreadable(repo: RoutineRepository, err: TextIO) -> None:
    for problem in repo.user()[1]:
        print(f"pilates-desktop: skipped {problem}", file=err)


if __name__ == "__main__":
    sys.exit(main())
