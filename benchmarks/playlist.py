"""How the builder scales: a drop and a reorder in a 1,000-item playlist against a 10-item one,
and the library filter with 1,000 exercises against 10.

Each figure is the median of many runs of the whole user-visible operation: the undoable
command through the QUndoStack (or the search update), the model signals, and the view
catching up on a shown view: its pending item layout done, then exactly one paint of what is
visible. Sizes are sampled alternately, so a busy machine slows both alike.
Run: ``python benchmarks/playlist.py``. Target: ratio under 3.

The library filter is measured three ways, with the same search update each time (the text
goes from empty to one word, so every exercise is looked at):

- as many matches on screen for both sizes: the 1,000-exercise library holds the same 10
  exercises plus 990 that the words do not match, so both views paint the same rows. This is
  how the filter itself scales, and the figure the target applies to;
- matches growing with the library (the 10 exercises repeated): the 1,000 case then also paints
  a screenful of matching rows, against two or three for 10, and that painting dominates;
- the same with a current item in the view, which the filter keeps when it still matches, so
  views hear runs of rows leave and come back (without one, a single reset says it all);
- the view hidden: the filter and the model signals alone, no layout or painting.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt  # noqa: E402
from PySide6.QtGui import QPainter, QPaintEvent, QUndoStack  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractItemView,
    QApplication,
    QStyleOptionViewItem,
)

from pilates_desktop.core.library import Library, load_library  # noqa: E402
from pilates_desktop.core.routines import Item, Routine  # noqa: E402
from pilates_desktop.ui.builder.library_model import (  # noqa: E402
    LibraryFilter,
    LibraryModel,
    encode_exercise_ids,
)
from pilates_desktop.ui.builder.library_panel import LibraryDelegate, LibraryView  # noqa: E402
from pilates_desktop.ui.builder.playlist_model import PlaylistModel  # noqa: E402
from pilates_desktop.ui.builder.playlist_view import PlaylistView  # noqa: E402

RUNS = 41
PAINTS = [0]
ROWS_PAINTED = [0]


class CountingPlaylistView(PlaylistView):
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        PAINTS[0] += 1
        super().paintEvent(event)


class CountingLibraryDelegate(LibraryDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex) -> None:
        ROWS_PAINTED[0] += 1
        super().paint(painter, option, index)


class CountingLibraryView(LibraryView):
    def __init__(self) -> None:
        super().__init__()
        self.setItemDelegate(CountingLibraryDelegate(self))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        PAINTS[0] += 1
        super().paintEvent(event)


Case = tuple[Callable[[], None], QAbstractItemView, Callable[[], None]]  # run, view, undo


def sample_ms(case: Case) -> tuple[float, int]:
    """One timed run: the edit, then the view catching up, with exactly one paint.

    Returns the time and how many rows that paint drew (library views only)."""
    run, view, undo = case
    app = QApplication.instance()
    assert app is not None
    app.processEvents()
    start = time.perf_counter()
    painted = PAINTS[0]
    rows = ROWS_PAINTED[0]
    run()
    # The item layout a view defers to a zero timer (it must be part of the figure: it is the
    # work that grows with the rows), then posted events, then one paint of what is visible.
    # A paint may already have happened (a scroll bar changed); if not, force one, so both
    # sizes pay for exactly one paint of their visible rows, as a user sees it.
    view.executeDelayedItemsLayout()
    QApplication.sendPostedEvents()
    if PAINTS[0] == painted and view.isVisible():
        view.viewport().repaint()
    elapsed = time.perf_counter() - start
    rows = ROWS_PAINTED[0] - rows
    undo()  # back to the same size, outside the timing, and leave nothing pending behind
    view.executeDelayedItemsLayout()
    QApplication.sendPostedEvents()
    view.viewport().repaint()
    app.processEvents()
    return elapsed * 1000, rows


@dataclass
class Figures:
    small: float  # median ms with 10
    large: float  # median ms with 1,000
    small_rows: float  # mean rows painted per update with 10 (library views only)
    large_rows: float

    @property
    def ratio(self) -> float:
        return self.large / self.small


def compare(make: Callable[[Library, int], Case], library: Library) -> Figures:
    """Medians for 10 and 1,000, sampled alternately so a busy machine slows both alike."""
    small, large = make(library, 10), make(library, 1000)
    times: dict[int, list[float]] = {10: [], 1000: []}
    rows: dict[int, list[int]] = {10: [], 1000: []}
    for i in range(RUNS + 3):
        for size, case in ((10, small), (1000, large)):
            elapsed, painted = sample_ms(case)
            if i >= 3:  # warm-up runs fill caches, as a user's first seconds do
                times[size].append(elapsed)
                rows[size].append(painted)
    for case in (small, large):
        case[1].close()
    return Figures(statistics.median(times[10]), statistics.median(times[1000]),
                   statistics.mean(rows[10]), statistics.mean(rows[1000]))


def playlist(library: Library, size: int) -> tuple[PlaylistModel, PlaylistView, QUndoStack]:
    ids = [ex.id for ex in library.exercises()]
    items = tuple(Item(ids[i % len(ids)], reps=(i % 7) + 1) for i in range(size))
    model = PlaylistModel(library)
    stack = QUndoStack(model)
    model.push = stack.push
    model.set_routine(Routine("bench", "Bench", items))
    view = CountingPlaylistView()
    view.setModel(model)
    view.resize(420, 700)
    view.show()
    return model, view, stack


def drop_case(library: Library, size: int) -> Case:
    model, view, stack = playlist(library, size)
    mime = encode_exercise_ids(["clams", "the-hundred"])
    row = size // 2

    def run() -> None:
        assert model.dropMimeData(mime, Qt.DropAction.CopyAction, row, 0, QModelIndex())

    return run, view, stack.undo


def reorder_case(library: Library, size: int) -> Case:
    model, view, stack = playlist(library, size)
    view.scrollTo(model.index(size // 2))
    dest = size // 2

    def run() -> None:
        mime = model.mimeData([model.index(1)])
        assert model.dropMimeData(mime, Qt.DropAction.MoveAction, dest, 0, QModelIndex())

    return run, view, stack.undo


FILTER_WORDS = ["bridge", "back", "stretch", "lie", "knee"]


def filter_case(library: Library, size: int, shown: bool = True, same_matches: bool = False,
                current: bool = False) -> Case:
    """A library of `size` exercises and a search that goes from empty to one word.

    By default the library repeats the real exercises (renamed), so a word matches about
    size / 23 times as many of them. With `same_matches`, it is the first 10 real exercises
    plus renamed copies of the others, and the words are names among those 10 that no copy
    mentions: a word then matches the same rows at either size. With `current`, the view has a
    current item (as after arrowing into the list), so the filter must carry it over: views
    then hear each run of rows that leaves or comes back rather than one reset.
    """
    base = library.exercises()
    if same_matches:
        first, rest = base[:10], base[10:]
        fillers = [replace(ex, id=f"{ex.id}-{i}", name=f"{ex.name} {i}")
                   for i in range(size // len(rest) + 1) for ex in rest]
        exercises = (first + fillers)[:size]
        hays = LibraryModel(rest).keys
        names = [w.casefold() for ex in first for w in ex.name.split()]
        word_list = [w for w in dict.fromkeys(names)
                     if len(w) > 3 and not any(w in k.haystack for k in hays)]
    else:
        exercises = [
            replace(ex, id=f"{ex.id}-{i}", name=f"{ex.name} {i}")
            for i in range(size // len(base) + 1)
            for ex in base
        ][:size]
        word_list = FILTER_WORDS
    model = LibraryModel(exercises)
    proxy = LibraryFilter(model)
    proxy.setSourceModel(model)
    view = CountingLibraryView()
    view.setModel(proxy)
    view.resize(420, 700)
    if shown:
        view.show()
    if current:
        view.selectionModel().setCurrentIndex(proxy.index(0, 0),
                                              QItemSelectionModel.SelectionFlag.NoUpdate)
    if same_matches:  # the premise of this case, checked rather than assumed
        small = LibraryModel(base[:10]).keys
        for word in word_list:
            proxy.set_text(word)
            assert proxy.rowCount() == sum(word in k.haystack for k in small) > 0, word
        proxy.set_text("")
    words = iter(word_list * (RUNS + 10))

    def run() -> None:
        proxy.set_text(next(words))  # the search box's text changed: one search update...

    def clear() -> None:
        proxy.set_text("")  # ...and back, outside the timing

    return run, view, clear


def main() -> int:
    with tempfile.TemporaryDirectory():  # nothing is written; kept for the indentation
        from pilates_desktop.app import create_application

        app = create_application()
        library = load_library()
        print(f"medians of {RUNS} runs, command + model signals + view layout + one paint")
        worst = 0.0
        figures: dict[str, Figures] = {}
        cases: list[tuple[str, Callable[[Library, int], Case]]] = [
            ("drop of 2 exercises", drop_case),
            ("reorder (drag 1 item)", reorder_case),
            ("library filter, same matches", lambda lib, n: filter_case(lib, n,
                                                                         same_matches=True)),
            ("  matches grow with library", filter_case),
            ("  ... with a current item", lambda lib, n: filter_case(lib, n, current=True)),
            ("  view hidden (no painting)", lambda lib, n: filter_case(lib, n, shown=False)),
        ]
        for name, make in cases:
            f = figures[name] = compare(make, library)
            if name.startswith(("drop", "reorder")):
                worst = max(worst, f.ratio)
            rows = (f"   rows painted {f.small_rows:4.1f} vs {f.large_rows:4.1f}"
                    if name.startswith(("library", "  ")) else "")
            print(f"{name:30s} 10: {f.small:7.3f} ms   1000: {f.large:7.3f} ms   "
                  f"ratio {f.ratio:5.2f}{rows}")
        print(f"playlist target: ratio < 3 -> {'met' if worst < 3 else 'NOT met'}")
        same = figures["library filter, same matches"]
        grow = figures["  matches grow with library"]
        print(f"library filter target: ratio < 3 with the same matches on screen -> "
              f"{'met' if same.ratio < 3 else 'NOT met'} ({same.ratio:.2f})")
        print(f"  (when the matches grow with the library the ratio is {grow.ratio:.2f}: the "
              f"1,000 case paints {grow.large_rows:.1f} rows\n   per update against "
              f"{grow.small_rows:.1f}, and its scroll bar changes; both sizes look at every "
              f"exercise once)")
        del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
