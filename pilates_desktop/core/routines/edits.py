"""Every change to a routine's playlist as a value and a pure function.

An edit (``Insert``, ``Remove``, ``Reorder``, ``Replace``, ``Rename``) says what changes;
``apply(routine, edit)`` gives the routine after it, and ``inverse(routine, edit)`` the edit
that brings ``routine`` back. The builder's undo commands only store an edit and its inverse
and hand them to the playlist model, which shows the change; none re-implements it. The
helpers below (``add``, ``remove``, ``move``, ``shift``, ``duplicate``, ``change``,
``rename``) turn what a person asked for into an edit, or ``None`` when nothing would change.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from pilates_desktop.core.routines.routine import Item, Routine


@dataclass(frozen=True)
class Insert:
    """Put ``items`` before the item now at ``row`` (at the end when ``row`` is the count)."""

    row: int
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Remove:
    """Take out the items at ``rows`` (ascending, no repeats)."""

    rows: tuple[int, ...]


@dataclass(frozen=True)
class Restore:
    """Put each item back at its row (ascending): what undoes a Remove."""

    pairs: tuple[tuple[int, Item], ...]


@dataclass(frozen=True)
class Reorder:
    """A new order: ``order[new_row]`` is the item's old row. ``moved`` are the old rows of
    the items that the person moved (the others only made room)."""

    order: tuple[int, ...]
    moved: tuple[int, ...] = ()

    def landed(self) -> list[int]:
        """Where the moved items are after the edit."""
        moved = set(self.moved)
        return [new for new, old in enumerate(self.order) if old in moved]


@dataclass(frozen=True)
class Replace:
    row: int
    item: Item


@dataclass(frozen=True)
class Rename:
    name: str


Edit = Insert | Remove | Restore | Reorder | Replace | Rename


def apply(routine: Routine, edit: Edit) -> Routine:
    """The routine after ``edit``."""
    items = list(routine.items)
    if isinstance(edit, Insert):
        row = max(0, min(edit.row, len(items)))
        items[row:row] = edit.items
    elif isinstance(edit, Remove):
        for row in sorted(set(edit.rows), reverse=True):
            del items[row]
    elif isinstance(edit, Restore):
        for row, item in sorted(edit.pairs, key=lambda pair: pair[0]):
            items.insert(row, item)
    elif isinstance(edit, Reorder):
        if sorted(edit.order) != list(range(len(items))):
            raise ValueError(f"{edit.order} does not reorder {len(items)} items")
        items = [items[old] for old in edit.order]
    elif isinstance(edit, Replace):
        items[edit.row] = edit.item
    else:
        return replace(routine, name=edit.name)
    return routine.with_items(items)


def inverse(routine: Routine, edit: Edit) -> Edit:
    """The edit that undoes ``edit`` applied to ``routine``."""
    if isinstance(edit, Insert):
        row = max(0, min(edit.row, len(routine.items)))
        return Remove(tuple(range(row, row + len(edit.items))))
    if isinstance(edit, Remove):
        return Restore(tuple((row, routine.items[row]) for row in sorted(set(edit.rows))))
    if isinstance(edit, Restore):
        return Remove(tuple(sorted(row for row, _ in edit.pairs)))
    if isinstance(edit, Reorder):
        back = [0] * len(edit.order)
        for new, old in enumerate(edit.order):
            back[old] = new
        return Reorder(tuple(back), tuple(edit.landed()))
    if isinstance(edit, Replace):
        return Replace(edit.row, routine.items[edit.row])
    return Rename(routine.name)


def steps(edit: Edit) -> list[Edit]:
    """The edit as steps a list view can show one at a time (a Restore is one per item)."""
    if isinstance(edit, Restore):
        return [Insert(row, (item,)) for row, item in edit.pairs]
    return [edit]


# --- what a person asks for, as an edit ------------------------------------------------------


def _valid_rows(routine: Routine, rows: Iterable[int]) -> list[int]:
    return sorted({r for r in rows if 0 <= r < len(routine.items)})


def add(routine: Routine, exercise_ids: Sequence[str], row: int | None = None) -> Insert | None:
    """New items for ``exercise_ids`` before ``row`` (at the end without one)."""
    if not exercise_ids:
        return None
    count = len(routine.items)
    at = count if row is None or row < 0 else min(row, count)
    return Insert(at, tuple(Item(ex) for ex in exercise_ids))


def remove(routine: Routine, rows: Iterable[int]) -> Remove | None:
    valid = _valid_rows(routine, rows)
    return Remove(tuple(valid)) if valid else None


def duplicate(routine: Routine, rows: Iterable[int]) -> Insert | None:
    """Copies of the items at ``rows``, right after the last of them."""
    valid = _valid_rows(routine, rows)
    if not valid:
        return None
    return Insert(valid[-1] + 1, tuple(routine.items[r] for r in valid))


def move_order(count: int, rows: Sequence[int], dest: int) -> list[int]:
    """The new order after moving ``rows`` (kept in order) before the item at ``dest``."""
    moving = set(rows)
    dest = max(0, min(dest, count))
    before = [r for r in range(dest) if r not in moving]
    after = [r for r in range(dest, count) if r not in moving]
    return before + sorted(moving) + after


def move(routine: Routine, rows: Iterable[int], dest: int) -> Reorder | None:
    """Move ``rows`` so that they sit, in order, before the item now at ``dest``."""
    valid = _valid_rows(routine, rows)
    if not valid:
        return None
    order = move_order(len(routine.items), valid, dest)
    if [routine.items[old] for old in order] == list(routine.items):
        return None  # dropped onto itself (or among copies): nothing to do or undo
    return Reorder(tuple(order), tuple(valid))


def shift(routine: Routine, rows: Iterable[int], delta: int) -> Reorder | None:
    """Ctrl+Up / Ctrl+Down: move the rows one place, as a block."""
    valid = sorted(set(rows))
    if not valid:
        return None
    if delta < 0:
        return None if valid[0] == 0 else move(routine, valid, valid[0] - 1)
    if valid[-1] >= len(routine.items) - 1:
        return None
    return move(routine, valid, valid[-1] + 2)


def change(routine: Routine, row: int, item: Item) -> Replace | None:
    if not 0 <= row < len(routine.items) or routine.items[row] == item:
        return None
    return Replace(row, item)


def rename(routine: Routine, name: str) -> Rename | None:
    name = name.strip()
    if not name or name == routine.name:
        return None
    return Rename(name)
