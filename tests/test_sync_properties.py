"""Property tests: the merged history depends only on the set of journal records.

Whatever order records arrive in, however often each one arrives, and however they are spread
over journal files and sync-service conflict copies, every computer ends with the same history.
"""

from __future__ import annotations

import itertools
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sync_helpers import Computer, session

from pilates_desktop.core.sync.files import DEVICES, JOURNAL_DIR, write_atomic
from pilates_desktop.core.sync.merge import Winner, fold, note_origins
from pilates_desktop.core.sync.records import SESSION, Key, Record, encode

DEVICE_IDS = ["a" * 32, "b" * 32, "c" * 32]
STAMPS = [f"2026-03-0{d}T0{h}:00:00.000000Z" for d in range(1, 4) for h in range(3)]


@st.composite
def records(draw: st.DrawFn) -> list[Record]:
    """Records about a few sessions: recorded, edited (a note), deleted, on three devices."""
    out = []
    for n in range(draw(st.integers(1, 25))):
        which = draw(st.integers(0, 4))
        device = draw(st.sampled_from(DEVICE_IDS))
        at = draw(st.sampled_from(STAMPS))
        op = draw(st.sampled_from(["put", "put", "del"]))
        data = None if op == "del" else session(which, note=draw(st.sampled_from(["", "ok", "x"])))
        out.append(Record(SESSION, session(which)["id"], at, device, f"{n:032x}", data))
    return out


def history(winners_records: list[Record]) -> dict[Key, object]:
    winners: dict[Key, Winner] = {}
    fold(winners, winners_records)
    latest = {r.key: r for r in winners_records if winners[r.key].stamp == r.stamp}
    return {k: r.data for k, r in latest.items() if r.data is not None}


@given(records(), st.randoms(use_true_random=False), st.lists(st.integers(0, 24), max_size=30))
def test_any_order_and_duplication_gives_the_same_history(
        recs: list[Record], rnd: object, dup: list[int]) -> None:
    expected = history(recs)
    shuffled = recs + [recs[i % len(recs)] for i in dup]
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    assert history(shuffled) == expected
    origins: dict[str, tuple[str, str]] = {}
    note_origins(origins, recs)
    again: dict[str, tuple[str, str]] = {}
    note_origins(again, shuffled)
    assert again == origins
    # folding in two halves (two syncs) is the same as folding at once
    winners: dict[Key, Winner] = {}
    half = len(shuffled) // 2
    fold(winners, shuffled[:half])
    fold(winners, shuffled[half:])
    once: dict[Key, Winner] = {}
    fold(once, recs)
    assert winners == once


_counter = itertools.count()


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(records(), st.randoms(use_true_random=False), st.integers(1, 4), st.booleans())
def test_any_spread_over_journal_files_gives_the_same_history(
        tmp_path: Path, recs: list[Record], rnd: object, files: int, two_syncs: bool) -> None:
    root = tmp_path / f"case{next(_counter)}"
    folder = root / "Sync"
    expected = history(recs)
    # Each device's records go into its own journal, shuffled, some repeated in a
    # sync-service conflict copy, some split into later segments.
    by_device: dict[str, list[Record]] = {}
    for r in recs:
        by_device.setdefault(r.device, []).append(r)
    later: list[tuple[Path, bytes]] = []
    for device, mine in by_device.items():
        rnd.shuffle(mine)  # type: ignore[attr-defined]
        journal = folder / DEVICES / device / JOURNAL_DIR
        chunks = [mine[i::files] for i in range(files)]
        for n, chunk in enumerate(chunks, start=1):
            body = b"".join(encode(r) for r in chunk)
            target = (journal / f"{n:06d}.jsonl", body)
            (later if two_syncs and n == files and files > 1 else []).append(target)
            if not (two_syncs and n == files and files > 1):
                write_atomic(*target)
        copy = rnd.sample(mine, k=len(mine) // 2)  # type: ignore[attr-defined]
        write_atomic(journal / "000001.sync-conflict-20260304-101010-XYZ.jsonl",
                     b"".join(encode(r) for r in copy))
    reader = Computer(root, "Reader")
    reader.syncer.sync(folder)
    for path, body in later:
        write_atomic(path, body)
    reader.syncer.sync()
    assert reader.local.sessions == expected
    # and a second reader that saw everything at once agrees
    other = Computer(root, "Other")
    other.syncer.sync(folder)
    assert other.local.sessions == expected
