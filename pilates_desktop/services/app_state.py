"""Small app state that is not a preference: pain marks left by "Stop — it hurts".

Kept as JSON in the data folder and written with QSaveFile, so it survives a crash. Widgets get
one shared ``AppState`` through their constructors and listen to ``changed``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from pilates_desktop.core import jsonfile
from pilates_desktop.core.clock import Clock
from pilates_desktop.core.errors import FormatError
from pilates_desktop.core.text import fill
from pilates_desktop.services.files import write_text_atomically


@dataclass(frozen=True)
class PainMark:
    exercise: str
    count: int
    last: str  # ISO 8601, UTC


class AppState(QObject):
    changed = Signal()

    def __init__(self, clock: Clock, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._path = path
        self._marks: dict[str, PainMark] = {}
        self.load_error: str | None = None
        self._load()

    def _load(self) -> None:
        try:
            data = jsonfile.read_file(self._path, jsonfile.STATE)
            for ex, mark in data.get("pain_marks", {}).items():
                self._marks[ex] = PainMark(ex, int(mark["count"]), str(mark["last"]))
        except FileNotFoundError:
            return
        except (OSError, FormatError, ValueError, KeyError, TypeError, AttributeError) as exc:
            # Start with no marks, and move the unreadable file aside so that the next save
            # does not write over it: the user (or support) can still look at it.
            self._marks.clear()
            kept = self._path.with_name(
                f"{self._path.name}.unreadable-{self._clock.now():%Y%m%d-%H%M%S}")
            try:
                self._path.replace(kept)
            except OSError:
                kept = self._path
            self.load_error = fill(QCoreApplication.translate(
                     "AppState", "%1 could not be read (%2); pain marks start empty. The file is "
                     "kept as %3."),
                                   self._path.name, str(exc), str(kept))

    def _save(self) -> None:
        data = {
            "pain_marks": {
                m.exercise: {"count": m.count, "last": m.last} for m in self._marks.values()
            }
        }
        write_text_atomically(self._path, json.dumps(data, indent=2) + "\n")

    def pain_marks(self) -> dict[str, PainMark]:
        return dict(self._marks)

    def pain_mark(self, exercise: str) -> PainMark | None:
        return self._marks.get(exercise)

    def add_pain_mark(self, exercise: str, when: datetime | None = None) -> PainMark:
        when = when or self._clock.now()
        old = self._marks.get(exercise)
        mark = PainMark(exercise, (old.count if old else 0) + 1, when.isoformat())
        self._marks[exercise] = mark
        self._save()
        self.changed.emit()
        return mark

    def clear_pain_mark(self, exercise: str) -> None:
        if self._marks.pop(exercise, None) is not None:
            self._save()
            self.changed.emit()
