"""The exercise library as a Qt list model, and the proxy that searches and filters it.

Drags out of the library carry the app's own MIME type, a JSON list of exercise ids, so a drop
can only ever add known exercises, in the order they were selected.
"""

from __future__ import annotations

import json
from bisect import bisect_left, bisect_right
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
    QStringListModel,
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


class LibraryFilter(QStringListModel):
    """Search text plus one choice per facet; an empty facet (None) lets everything through.

    It presents the rows of a LibraryModel that pass, in library order, and scales with the
    library:

    - Not a QSortFilterProxyModel: that one calls filterAcceptsRow from C++ into Python once per
      row and rebuilds its whole mapping on every keystroke. Here one Python pass over keys
      computed once per exercise decides the rows: facets are unions and intersections of row
      sets built once, the text is a substring test on one casefolded haystack per exercise,
      and a search that only adds letters looks only at the rows that matched before.
    - The row count lives in C++ (a QStringListModel of placeholders): a list view asks the
      model for an index of every row when it lays out, and each answer from a Python
      rowCount() would cost a call across the language boundary. Only data() is Python, and a
      view asks that only for the rows it paints.
    - A change is told to the views as the rows that left and the rows that came back, a run at
      a time, so Qt keeps the current and the selected items that still pass (one reset
      instead, when no view holds on to any row).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()
        self.focus: Focus | None = None
        self.position: Position | None = None
        self.difficulty: Difficulty | None = None
        self.equipment: Equipment | None = None
        self.caution = CautionFilter.ANY
        self._source: LibraryModel | None = None
        self._rows: list[int] = []  # source rows shown, in order; always as long as rowCount()
        self._incoming: list[int] = []  # source rows the next insertRows or reset shows
        self._facets: dict[tuple[str, str], frozenset[int]] = {}  # (facet, value) -> rows
        self._with_cautions: dict[str, frozenset[int]] = {}  # contraindication -> rows
        self._any_caution: frozenset[int] = frozenset()
        self.rowsRemoved.connect(self._rows_removed)
        self.rowsInserted.connect(self._rows_inserted)
        self.modelReset.connect(self._model_reset)

    # --- the source ------------------------------------------------------------------------------

    def setSourceModel(self, model: LibraryModel) -> None:  # noqa: N802
        if self._source is not None:
            self._source.dataChanged.disconnect(self._source_data_changed)
            self._source.modelReset.disconnect(self.refilter)
        self._source = model
        self._index_keys()
        self._incoming = self._compute()
        self.setStringList([""] * len(self._incoming))  # a reset: the views start afresh
        model.dataChanged.connect(self._source_data_changed)
        model.modelReset.connect(self.refilter)

    def sourceModel(self) -> LibraryModel | None:  # noqa: N802
        return self._source

    def _index_keys(self) -> None:
        """Row sets per facet value, built once: a facet choice is then one set lookup."""
        facets: dict[tuple[str, str], set[int]] = {}
        cautions: dict[str, set[int]] = {}
        keys = self._source.keys if self._source is not None else []
        for row, k in enumerate(keys):
            for facet, values in (("focus", k.focus), ("position", (k.position,)),
                                  ("difficulty", (k.difficulty,)), ("equipment", k.equipment)):
                for value in values:
                    facets.setdefault((facet, value), set()).add(row)
            for value in k.contraindications:
                cautions.setdefault(value, set()).add(row)
        self._facets = {key: frozenset(rows) for key, rows in facets.items()}
        self._with_cautions = {key: frozenset(rows) for key, rows in cautions.items()}
        self._any_caution = frozenset().union(*cautions.values())

    def mapToSource(self, index: _Index) -> QModelIndex:  # noqa: N802
        if self._source is None or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return QModelIndex()
        return self._source.index(self._rows[index.row()])

    def mapFromSource(self, index: _Index) -> QModelIndex:  # noqa: N802
        if not index.isValid():
            return QModelIndex()
        row = bisect_left(self._rows, index.row())
        if row < len(self._rows) and self._rows[row] == index.row():
            return self.index(row)
        return QModelIndex()

    def _source_data_changed(self, top: QModelIndex, bottom: QModelIndex,
                             roles: Sequence[int] = ()) -> None:
        first = bisect_left(self._rows, top.row())
        last = bisect_right(self._rows, bottom.row()) - 1
        if first <= last:
            self.dataChanged.emit(self.index(first), self.index(last), list(roles))

    # --- what passes -----------------------------------------------------------------------------

    def set_text(self, text: str) -> None:
        words = tuple(text.casefold().split())
        if words == self._words:
            return
        old = self._words
        self._words = words
        # Adding letters or words only narrows: when every old word is part of a new one, only
        # the rows that matched before can match now.
        narrowing = all(any(o in w for w in words) for o in old)
        self._apply(self._compute(self._rows if narrowing else None))

    def set_facets(
        self,
        *,
        focus: Focus | None = None,
        position: Position | None = None,
        difficulty: Difficulty | None = None,
        equipment: Equipment | None = None,
        caution: CautionFilter = CautionFilter.ANY,
    ) -> None:
        self.focus, self.position, self.difficulty = focus, position, difficulty
        self.equipment, self.caution = equipment, caution
        self._apply(self._compute())

    def refilter(self) -> None:
        """Health flags or the language changed: index the keys again and decide again."""
        self._index_keys()
        self._apply(self._compute())

    def _allowed(self) -> frozenset[int] | None:
        """The rows the facets let through, or None when no facet is chosen."""
        sets: list[frozenset[int]] = []
        for facet, value in (("focus", self.focus), ("position", self.position),
                             ("difficulty", self.difficulty), ("equipment", self.equipment)):
            if value is not None:
                sets.append(self._facets.get((facet, value.value), frozenset()))
        caution = self.caution
        banned: frozenset[int] = frozenset()
        if caution is CautionFilter.NONE:
            banned = self._any_caution
        elif caution is CautionFilter.NO_KNEE:
            banned = self._with_cautions.get(Contraindication.KNEE_PROBLEMS.value, frozenset())
        elif caution is CautionFilter.NO_NECK:
            banned = self._with_cautions.get(Contraindication.NECK_PROBLEMS.value, frozenset())
        elif caution is CautionFilter.MY_FLAGS and self._source is not None:
            banned = frozenset().union(*(self._with_cautions.get(f, frozenset())
                                         for f in self._source.health_flags()))
        if not sets and not banned:
            return None
        if sets:
            return sets[0].intersection(*sets[1:]) - banned
        everything = range(len(self._source.keys) if self._source is not None else 0)
        return frozenset(everything) - banned

    def _compute(self, among: Sequence[int] | None = None) -> list[int]:
        """The source rows that pass, in order; `among` limits the search to rows known to."""
        if self._source is None:
            return []
        keys = self._source.keys
        allowed = self._allowed()
        rows: Sequence[int]
        if among is not None:
            rows = among if allowed is None else [r for r in among if r in allowed]
        else:
            rows = range(len(keys)) if allowed is None else sorted(allowed)
        for word in self._words:
            rows = [r for r in rows if word in keys[r].haystack]
        return list(rows)

    def _apply(self, rows: list[int]) -> None:
        """Go from the rows shown to `rows`.

        Views hear the runs of rows that left and the runs that came in, so Qt carries the
        current and selected items over. When no view holds on to any row (nothing current,
        selected or hovered) there is nothing to carry over, and one reset says the same in one
        signal: a search from the full list to a common word leaves hundreds of runs.
        """
        old = self._rows
        if rows == old:
            return
        if not self.persistentIndexList():
            self._incoming = rows
            self.setStringList([""] * len(rows))  # a reset; _model_reset takes the rows
            return
        # Both lists are in library order, so the rows that stay keep their order: one pass
        # finds the runs to drop (positions in `old`), one the runs to add (positions in `rows`).
        keep = set(rows)
        drops: list[tuple[int, int]] = []
        start = -1
        for pos, row in enumerate(old):
            if row in keep:
                if start >= 0:
                    drops.append((start, pos - start))
                    start = -1
            elif start < 0:
                start = pos
        if start >= 0:
            drops.append((start, len(old) - start))
        had = set(old)
        adds: list[tuple[int, int]] = []
        start = -1
        for pos, row in enumerate(rows):
            if row not in had:
                if start < 0:
                    start = pos
            elif start >= 0:
                adds.append((start, pos - start))
                start = -1
        if start >= 0:
            adds.append((start, len(rows) - start))
        for first, count in reversed(drops):  # from the end, so earlier positions hold
            self.removeRows(first, count)
        for first, count in adds:  # in order: the rows before each run are already in place
            self._incoming = rows[first:first + count]
            self.insertRows(first, count)

    # Connected first, so the row list changes with the model, before any view hears of it.

    def _rows_removed(self, _parent: QModelIndex, first: int, last: int) -> None:
        del self._rows[first:last + 1]

    def _rows_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        self._rows[first:first] = self._incoming
        self._incoming = []

    def _model_reset(self) -> None:
        self._rows, self._incoming = self._incoming, []

    # --- model API -------------------------------------------------------------------------------

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        source = self._source
        row = index.row()
        if source is None or not index.isValid() or not 0 <= row < len(self._rows):
            return None
        return source.data(source.index(self._rows[row]), role)

    def setData(self, index: _Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        return False  # what a row shows comes from the library, never from an edit

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if self._source is None:
            return Qt.ItemFlag.NoItemFlags
        return self._source.flags(self.mapToSource(index))

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME_EXERCISES]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        if self._source is None:
            return encode_exercise_ids([])
        return self._source.mimeData([self.mapToSource(i) for i in indexes])

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.CopyAction

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.IgnoreAction  # the library only gives; routines take drops

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,  # noqa: N802
                        column: int, parent: _Index) -> bool:
        return False
