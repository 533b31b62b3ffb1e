"""``pilates-desktop [--data-dir D] sync [--folder DIR] [--name NAME] [--json]``.

A thin front end over the same sync the window runs (core/sync, through the history store and
the routine folder): the folder given once is remembered; without one ever given, one line on
stderr and exit status 2. A sync that cannot go on (a journal from a newer app, a damaged
record) changes nothing and says which file. Warnings (a journal still arriving) go to stderr;
the summary to stdout, or all of it as JSON with ``--json``.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from pilates_desktop.app import Core
    from pilates_desktop.core.sync.engine import SyncReport


def add_parser(sub: Any) -> None:
    s = sub.add_parser("sync", help="sync history and routines through a shared folder")
    s.add_argument("--folder", metavar="DIR",
                   help="the folder your sync program shares (remembered for next time)")
    s.add_argument("--name", metavar="NAME", help="this computer's name, shown to the others")
    s.add_argument("--json", action="store_true", help="print what the sync did as JSON")


def run(args: argparse.Namespace, core: Core, out: TextIO, err: TextIO) -> int:
    from PySide6.QtCore import QSysInfo

    from pilates_desktop import i18n
    from pilates_desktop.app import create_application
    from pilates_desktop.core.history import HistoryStore
    from pilates_desktop.core.sync.engine import Syncer
    from pilates_desktop.core.sync.local import StoreLocal
    from pilates_desktop.services.settings import LANGUAGE
    from pilates_desktop.services.sync import conflict_name

    # A conflict copy is named in the app's language, as the window names it.
    app = create_application(["pilates-desktop", "-platform", "offscreen"])  # no screen
    i18n.install_translators(app, str(core.settings().value(LANGUAGE)))
    # maintenance=False: a session the running window is recording is left alone.
    store = HistoryStore.open(core.paths.history_db, backups_dir=core.paths.backups_dir,
                              now=core.clock.now, maintenance=False).store
    try:
        syncer = Syncer(core.paths.data_dir, StoreLocal(store, core.repository), core.clock,
                        conflict_name, QSysInfo.machineHostName() or "Computer")
        if args.name is not None:
            syncer.set_device_name(args.name)
        report = syncer.sync(Path(args.folder) if args.folder else None)
    finally:
        store.close()
    for warning in report.warnings:
        err.write(f"pilates-desktop: warning: {warning}\n")
    if args.json:
        json.dump(_as_json(report, syncer.state().device_name), out, indent=2,
                  ensure_ascii=False)
        out.write("\n")
    else:
        out.write(_summary(report) + "\n")
        for copy in report.conflicts:
            name = copy.version.content["name"] if copy.version.content else copy.version.id
            out.write(f"routine {copy.original_name!r} was changed on two computers at once: "
                      f"both are kept, the other as {name!r}\n")
    return 0


def _as_json(report: SyncReport, device_name: str) -> dict[str, Any]:
    return {
        "folder": str(report.folder), "computer": device_name,
        "nothing_new": report.nothing_new, "added": dict(report.added),
        "changed": dict(report.changed), "removed": dict(report.removed),
        "routines_added": report.routines_added, "routines_changed": report.routines_changed,
        "routines_removed": report.routines_removed,
        "conflicts": [{"routine": c.original, "copy": c.version.id, "computer": c.device}
                      for c in report.conflicts],
        "sent": report.sent, "warnings": [str(w) for w in report.warnings],
    }


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _summary(report: SyncReport) -> str:
    if report.nothing_new:
        return f"synced with {report.folder}: nothing new"
    parts = []
    for label, counter in (("new", report.added), ("changed", report.changed),
                           ("deleted", report.removed)):
        for kind, n in sorted(counter.items()):
            parts.append(f"{_count(n, kind.replace('checkin', 'check-in'))} {label}")
    routines = (len(report.routines_added) + len(report.routines_changed)
                + len(report.routines_removed))
    if routines:
        parts.append(_count(routines, "routine change"))
    if not parts and not report.sent:
        return f"synced with {report.folder}: nothing new"
    brought = ", ".join(parts) if parts else "nothing from the other computers"
    return f"synced with {report.folder}: {brought}; sent {report.sent}"
