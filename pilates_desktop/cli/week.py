"""``pilates-desktop remind add|list|remove`` and ``autostart on|off|status``.

Thin front ends over ``core/schedule``: the reminder rules, the file and the autostart entry
live there, shared with the Settings page and the running schedule (which notices a change to
the reminders file at once). Bad input (a time of 25:00, a day called "funday", an unknown
routine or id) is a PilatesError: one line on stderr, exit status 2, and nothing is written.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from pilates_desktop.app import Core


def add_parsers(sub: Any) -> None:
    """The two command groups, on the main parser's sub-command list ``sub``."""
    parser_class = sub._parser_class  # the CLI's parser: usage errors exit 2
    r = sub.add_parser("remind", help="practice reminders: add, list or remove")
    actions = r.add_subparsers(dest="remind_action", metavar="ACTION", required=True,
                               parser_class=parser_class)
    add = actions.add_parser("add", help="add a reminder; prints its id")
    add.add_argument("--days", required=True, metavar="DAYS",
                     help="days of the week, for example mon,wed,fri (or daily, weekdays)")
    add.add_argument("--at", required=True, metavar="HH:MM", help="time of day, 24-hour")
    add.add_argument("--routine", metavar="NAME", help="the routine to practise (optional)")
    listing = actions.add_parser("list", help="list the reminders")
    listing.add_argument("--json", action="store_true", help="print them as JSON")
    remove = actions.add_parser("remove", help="remove a reminder by its id")
    remove.add_argument("id", metavar="ID")

    a = sub.add_parser("autostart", help="start in the background at login: on, off or status")
    a.add_argument("state", choices=["on", "off", "status"])


def run(args: argparse.Namespace, core: Core, out: TextIO) -> int:
    if args.command == "remind":
        return _remind(args, core, out)
    return _autostart(args, core, out)


def _remind(args: argparse.Namespace, core: Core, out: TextIO) -> int:
    # The schedule's modules load here, not with the parser: every start-up builds the parser.
    from pilates_desktop.core.schedule.files import load_book, update_book
    from pilates_desktop.core.schedule.reminders import (
        format_days,
        format_time,
        parse_days,
        parse_id,
        parse_time,
    )

    path = core.paths.reminders_file
    if args.remind_action == "add":
        days = parse_days(args.days)
        at = parse_time(args.at)
        routine = None
        if args.routine is not None:
            core.repository.resolve(args.routine)  # an unknown routine stops here
            routine = args.routine
        core.paths.ensure_data_dir()
        created = core.clock.wall()
        book = update_book(path, lambda b: b.add(days, at, routine, created)[0])
        out.write(f"{book.reminders[-1].id}\n")
        return 0
    if args.remind_action == "remove":
        reminder_id = parse_id(args.id)
        update_book(path, lambda b: b.remove(reminder_id))
        out.write(f"removed reminder {reminder_id}\n")
        return 0
    book = load_book(path)
    if args.json:
        json.dump({"reminders": [r.public() for r in book.reminders]}, out, indent=2,
                  ensure_ascii=False)
        out.write("\n")
    elif not book.reminders:
        out.write("no reminders yet: add one with "
                  "pilates-desktop remind add --days mon,wed,fri --at 07:30\n")
    else:
        for r in book.reminders:
            out.write(f"{r.id:>3}  {','.join(format_days(r.days)):27}  {format_time(r.at)}  "
                      f"{r.routine or '-'}\n")
    return 0


def _autostart(args: argparse.Namespace, core: Core, out: TextIO) -> int:
    from pilates_desktop.core.schedule.autostart import Autostart, background_command

    autostart = Autostart(sys.platform, os.environ, Path.home())
    if args.state == "on":
        data_dir = core.paths.data_dir if core.paths.portable else None
        status = autostart.enable(background_command(launcher(), data_dir))
    elif args.state == "off":
        status = autostart.disable()
    else:
        status = autostart.status()
    if status.enabled:
        out.write(f"start at login: on ({status.path})\n")
    else:
        out.write("start at login: off\n")
    return 0


def launcher() -> list[str]:
    from pilates_desktop.core.schedule.autostart import launcher_command

    return launcher_command(sys.argv[0], shutil.which, sys.executable)
