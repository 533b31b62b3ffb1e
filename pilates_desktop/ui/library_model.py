"""The exercise library as a Qt list model, and the proxy that searches and filters it.

Drags out of the library carry the app's own MIME type, a JSON list of exercise ids, so a drop
can only ever add known exercises, in the order they were selected.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import IntEnum, StrEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from pilates_desktop.core.library import (
    Contraindication,
    Difficulty,
    Equipment,
    Exercise,
    Focus,
    Position,
)
from pilates_desktop.i18n import ex_name, ex_summary, label

MIME_EXERCISES = "application/x-pilates-desktop-exercises"

_Index = QModelIndex | QPersistentModelIndex


class Role(IntEnum):
    EXERCISE_ID = Qt.ItemDataRole.UserRole + 1
    EXERCISE = Qt.ItemDataRole.UserRole + 2
    SUMMARY = Qt.ItemDataRole.UserRole + 3
    BADGES = Qt.ItemDataRole.UserRole + 4  # list[str]: caution badges, e.g. "Knee problems"
    FLAGGED = Qt.ItemDataRole.UserRole + 5  # list[str]: the user's health flags it clashes with
    PAIN = Qt.ItemDataRole.UserRole + 6  # int: how often the user stopped it with "it hurts"
    FIRST_POSE = Qt.ItemDataRole.UserRole + 7  # str: pose id for the thumbnail
    # Everything a row paints, in one call: (name, summary, [(badge, clashes)], pain, pose)
    ROW = Qt.ItemDataRole.UserRole + 8


def encode_exercise_ids(ids: Iterable[str]) -> QMimeData:
    mime = QMimeData()
    ids = list(ids)
    mime.setData(MIME_EXERCISES, QByteArray(json.dumps(ids).encode("utf-8")))
    return mime


def decode_exercise_ids(mime: QMimeData | None, known: Mapping[str, Any]) -> list[str] | None:
    """The exercise ids a drag carries, or None when it is not ours or names an unknown id."""
    if mime is None or not mime.hasFormat(MIME_EXERCISES):
        return None
    try:
        ids = json.loads(bytes(mime.data(MIME_EXERCISES).data()).decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(ids, list) or not ids or not all(isinstance(i, str) for i in ids):
        return None
    if any(i not in known for i in ids):
        return None
    return ids


def tr(text: str) -> str:
    # lupdate files module-level tr() calls under the empty context, so look them up there.
    return QCoreApplication.translate("", text)


@dataclass(frozen=True, slots=True)
class _Keys:
    """What the filter compares, computed once per exercise so each keystroke is cheap."""

    haystack: str
    focus: frozenset[str]
    position: str
    difficulty: str
    equipment: frozenset[str]
    contraindications: frozenset[str]


class LibraryModel(QAbstractListModel):
    def __init__(self, exercises: Sequence[Exercise], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._exercises = list(exercises)
        self._by_id = {ex.id: ex for ex in self._exercises}
        self._flags: frozenset[str] = frozenset()
        self._pain: dict[str, int] = {}
        self.keys: list[_Keys] = []
        self._rebuild_keys()

    def _rebuild_keys(self) -> None:
        self._static = [
            (ex_name(ex), ex_summary(ex), [(label(c), c.value) for c in ex.contraindications],
             ex.steps[0].poses[0])
            for ex in self._exercises
        ]
        self.keys = [
            _Keys(
                haystack=" ".join(
                    [ex_name(ex), ex_summary(ex), ex.name, *(label(f) for f in ex.focus),
                     *(f.value for f in ex.focus)]
                ).casefold(),
                focus=frozenset(f.value for f in ex.focus),
                position=ex.position.value,
                difficulty=ex.difficulty.value,
                equipment=frozenset(e.value for e in ex.equipment),
                contraindications=frozenset(c.value for c in ex.contraindications),
            )
            for ex in self._exercises
        ]

    def retranslate(self) -> None:
        """Exercise text follows the content language: rebuild the search keys and repaint."""
        self._rebuild_keys()
        if self._exercises:
            self.dataChanged.emit(self.index(0), self.index(len(self._exercises) - 1))

    # --- state that marks rows ------------------------------------------------------------------

    def set_health_flags(self, flags: Iterable[str]) -> None:
        flags = frozenset(flags)
        if flags != self._flags:
            self._flags = flags
            self._all_changed()

    def health_flags(self) -> frozenset[str]:
        return self._flags

    def set_pain_marks(self, counts: Mapping[str, int]) -> None:
        counts = dict(counts)
        if counts != self._pain:
            self._pain = counts
            self._all_changed()

    def _all_changed(self) -> None:
        if self._exercises:
            self.dataChanged.emit(self.index(0), self.index(len(self._exercises) - 1))

    # --- model API ------------------------------------------------------------------------------

    def exercise_at(self, row: int) -> Exercise:
        return self._exercises[row]

    def exercises(self) -> list[Exercise]:
        return list(self._exercises)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._exercises)

    def flagged(self, ex: Exercise) -> list[str]:
        return [c.value for c in ex.contraindications if c.value in self._flags]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._exercises):
            return None
        ex = self._exercises[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return ex_name(ex)
        if role == Role.EXERCISE_ID:
            return ex.id
        if role == Role.EXERCISE:
            return ex
        if role == Role.SUMMARY:
            return ex_summary(ex)
        if role == Role.BADGES:
            return [label(c) for c in ex.contraindications]
        if role == Role.FLAGGED:
            return self.flagged(ex)
        if role == Role.PAIN:
            return self._pain.get(ex.id, 0)
        if role == Role.FIRST_POSE:
            return ex.steps[0].poses[0]
        if role == Role.ROW:
            name, summary, cautions, pose = self._static[index.row()]
            flags = self._flags
            badges = [(text, value in flags) for text, value in cautions]
            return (name, summary, badges, self._pain.get(ex.id, 0), pose)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return self._describe(ex)
        return None

    def _describe(self, ex: Exercise) -> str:
        parts = [ex_summary(ex)]
        details = [label(ex.position), label(ex.difficulty), *(label(f) for f in ex.focus)]
        parts.append(", ".join(details))
        flagged = self.flagged(ex)
        if flagged:
            parts.append(tr("Caution: not advised with %1.").replace(
                "%1", ", ".join(label(f).lower() for f in flagged)))
        elif ex.contraindications:
            parts.append(tr("Take care with: %1.").replace(
                "%1", ", ".join(label(c).lower() for c in ex.contraindications)))
        pain = self._pain.get(ex.id, 0)
        if pain:
            parts.append(tr("You stopped this exercise because it hurt (%1 times).").replace(
                "%1", str(pain)))
        parts.append(tr("Insert or Enter adds it to the routine; Shift+Enter or a double-click "
                        "shows its steps."))
        return "\n".join(parts)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled)

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME_EXERCISES]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return encode_exercise_ids(self._exercises[r].id for r in rows)

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.CopyAction


class CautionFilter(StrEnum):
    ANY = "any"
    MY_FLAGS = "my-flags"  # hide exercises that clash with the user's health flags
    NO_KNEE = "no-knee"
    NO_NECK = "no-neck"
    NONE = "none"  # only exercises without any contraindication


class LibraryFilter(QSortFilterProxyModel):
    """Search text plus one choice per facet; an empty facet (None) lets everything through."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()
        self.focus: Focus | None = None
        self.position: Position | None = None
        self.difficulty: Difficulty | None = None
        self.equipment: Equipment | None = None
        self.caution = CautionFilter.ANY
        self._accepted: list[bool] = []

    def set_text(self, text: str) -> None:
        words = tuple(text.casefold().split())
        if words != self._words:
            self.beginFilterChange()
            self._words = words
            self._compute()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_facets(
        self,
        *,
        focus: Focus | None = None,
        position: Position | None = None,
        difficulty: Difficulty | None = None,
        equipment: Equipment | None = None,
        caution: CautionFilter = CautionFilter.ANY,
    ) -> None:
        self.beginFilterChange()
        self.focus, self.position, self.difficulty = focus, position, difficulty
        self.equipment, self.caution = equipment, caution
        self._compute()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def refilter(self) -> None:
        """Health flags changed: the "suits my health flags" choice may now mean something else."""
        self.beginFilterChange()
        self._compute()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _compute(self) -> None:
        """Decide every row at once, in plain Python; Qt then only looks the answers up."""
        model = self.sourceModel()
        if not isinstance(model, LibraryModel):
            self._accepted = []
            return
        self._accepted = [self._accepts(k, model.health_flags()) for k in model.keys]

    def _accepts(self, k: _Keys, flags: frozenset[str]) -> bool:
        for word in self._words:
            if word not in k.haystack:
                return False
        if self.focus is not None and self.focus.value not in k.focus:
            return False
        if self.position is not None and self.position.value != k.position:
            return False
        if self.difficulty is not None and self.difficulty.value != k.difficulty:
            return False
        if self.equipment is not None and self.equipment.value not in k.equipment:
            return False
        caution = self.caution
        if caution is CautionFilter.ANY:
            return True
        if caution is CautionFilter.NONE:
            return not k.contraindications
        if caution is CautionFilter.NO_KNEE:
            return Contraindication.KNEE_PROBLEMS.value not in k.contraindications
        if caution is CautionFilter.NO_NECK:
            return Contraindication.NECK_PROBLEMS.value not in k.contraindications
        return not (k.contraindications & flags)

    def setSourceModel(self, model: Any) -> None:  # noqa: N802
        super().setSourceModel(model)
        self._compute()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:  # noqa: N802
        # Called once per row from C++, so it only looks up what _compute decided.
        try:
            return self._accepted[source_row]
        except IndexError:
            self._compute()
            return self._accepted[source_row]
