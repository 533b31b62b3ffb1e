"""The one strict JSON reader: real FIFOs, device symlinks, huge sparse files, deep nesting,
long numbers, duplicate keys and lone surrogates give one error naming file, JSON path and
reason; nothing hangs, nothing reads without end, nothing raises a bare Python error."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pilates_desktop.core import jsonfile
from pilates_desktop.core.errors import FormatError
from pilates_desktop.core.library import load_library
from pilates_desktop.core.routines.repository import read_routine_file, user_routines

SMALL = jsonfile.Limits(max_bytes=1000, max_depth=4, max_digits=40)


def _in_thread(fn: Any, *args: Any) -> Any:
    """Run ``fn`` with a deadline: a reader that blocks (a FIFO) fails the test, not CI."""
    box: dict[str, Any] = {}

    def run() -> None:
        try:
            box["value"] = fn(*args)
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            box["error"] = exc

    t = threading.Thread(target=run, daemon=True)
    t.start()
    t.join(timeout=20)
    assert not t.is_alive(), f"{fn.__name__} blocked"
    if "error" in box:
        raise box["error"]
    return box.get("value")


def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    with pytest.raises(FormatError) as info:
        _in_thread(jsonfile.read_file, fifo, SMALL)
    assert str(info.value) == "pipe.json: $: is not a regular file but a named pipe (FIFO)"


def test_a_symlink_to_dev_zero_is_refused_before_reading(tmp_path: Path) -> None:
    link = tmp_path / "zero.json"
    link.symlink_to("/dev/zero")
    with pytest.raises(FormatError) as info:
        _in_thread(jsonfile.read_file, link, jsonfile.HISTORY)
    assert str(info.value) == "zero.json: $: is not a regular file but a device"


def test_a_folder_is_the_system_error_for_the_caller_to_word(tmp_path: Path) -> None:
    (tmp_path / "dir.json").mkdir()
    with pytest.raises(IsADirectoryError):
        jsonfile.read_file(tmp_path / "dir.json", SMALL)


def test_a_socket_is_refused(tmp_path: Path) -> None:
    import socket

    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(tmp_path / "s.json"))
        with pytest.raises(FormatError, match=r"s.json: \$: is not a regular file but a socket"):
            jsonfile.read_file(tmp_path / "s.json", SMALL)


def test_the_size_cap_is_checked_before_reading(tmp_path: Path) -> None:
    # A sparse 8 GiB file: reading it would take minutes and all the memory there is.
    big = tmp_path / "big.json"
    with big.open("wb") as f:
        f.truncate(8 * 1024**3)
    with pytest.raises(FormatError) as info:
        jsonfile.read_file(big, jsonfile.HISTORY)
    assert str(info.value) == "big.json: $: file is 8,589,934,592 bytes; the limit is 256 MiB"


def test_a_symlink_to_a_regular_file_is_read(tmp_path: Path) -> None:
    (tmp_path / "real.json").write_text('{"a": [1, 2.5, "x"]}', encoding="utf-8")
    (tmp_path / "link.json").symlink_to(tmp_path / "real.json")
    assert jsonfile.read_file(tmp_path / "link.json", SMALL) == {"a": [1, 2.5, "x"]}


def test_a_missing_file_is_an_os_error_for_the_caller_to_word(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        jsonfile.read_file(tmp_path / "none.json", SMALL)


@pytest.mark.parametrize("depth", [9, 1000, 100_000])
def test_deep_nesting_is_refused_without_recursion(depth: int) -> None:
    text = "[" * depth + "]" * depth
    with pytest.raises(FormatError) as info:
        jsonfile.loads(text, "deep.json", jsonfile.HISTORY)
    assert str(info.value) == f"deep.json: $: nested {depth} levels deep; the limit is 8"


def test_brackets_inside_strings_do_not_count() -> None:
    text = json.dumps({"a": "[[[[[[[[{{{{{{\\\"]]"})
    assert jsonfile.loads(text, "s.json", SMALL) == {"a": "[[[[[[[[{{{{{{\\\"]]"}


def test_an_int_of_5000_digits_is_refused_before_conversion() -> None:
    with pytest.raises(FormatError) as info:
        jsonfile.loads('{"n": ' + "9" * 5000 + "}", "n.json", jsonfile.HISTORY)
    assert str(info.value) == "n.json: $: a number of 5000 characters; the limit is 40"


@pytest.mark.parametrize(("number", "ok"), [
    ("9" * 40, True), ("-" + "9" * 39, True), ("9" * 41, False), ("-" + "9" * 40, False),
    ("1." + "5" * 38, True), ("1." + "5" * 39, False), ("1e" + "0" * 38, True),
    ("1E-" + "0" * 38, False), ("0.5e+" + "0" * 35, True)])
def test_a_number_may_have_40_characters_in_any_position(number: str, ok: bool) -> None:
    """Integers are left to Python's own int() unless a run of digits is too long: the limit
    holds wherever the number stands, and digits inside strings do not count."""
    for text in (f"[{number}]", f'{{"a": [1, {{"b": {number}}}], "c": "{"7" * 60}"}}',
                 f'["{"8" * 50}", {number}, "x"]'):
        if ok:
            assert json.loads(text) == jsonfile.loads(text, "n.json", jsonfile.HISTORY)
        else:
            with pytest.raises(FormatError) as info:
                jsonfile.loads(text, "n.json", jsonfile.HISTORY)
            assert str(info.value) == (
                f"n.json: $: a number of {len(number)} characters; the limit is 40")


def test_long_digit_runs_inside_strings_are_only_text() -> None:
    text = json.dumps({"id": "1" * 200, "n": [1, 2, 3], "note": "-" * 100})
    assert jsonfile.loads(text, "s.json", jsonfile.HISTORY) == json.loads(text)


@pytest.mark.parametrize("number", ["1e999", "-1e400"])
def test_a_float_that_overflows_is_refused(number: str) -> None:
    with pytest.raises(FormatError, match=f"the number {number} is too large"):
        jsonfile.loads(f"[{number}]", "f.json", SMALL)


def test_nan_is_refused() -> None:
    with pytest.raises(FormatError, match="NaN is not allowed in this file"):
        jsonfile.loads("[NaN]", "f.json", SMALL)


def test_a_duplicate_key_is_named_with_its_path() -> None:
    text = '{"sessions": [{"id": 1}, {"id": 2, "note": "a", "note": "b"}]}'
    with pytest.raises(FormatError) as info:
        jsonfile.loads(text, "h.json", SMALL)
    assert str(info.value) == "h.json: $.sessions[1]: duplicate key 'note'"


def test_a_lone_surrogate_is_refused_with_its_path() -> None:
    text = '{"items": [{"name": "ok \\ud83d\\ude00"}, {"name": "bad \\ud800 x"}]}'
    with pytest.raises(FormatError) as info:
        jsonfile.loads(text, "r.json", SMALL)
    assert str(info.value) == (
        "r.json: $.items[1].name: contains a lone surrogate (\\ud800), which is not valid "
        "Unicode text")
    # A proper pair is one character, and accepted.
    assert jsonfile.loads('["\\ud83d\\ude00"]', "r.json", SMALL) == ["\U0001f600"]


def test_a_lone_surrogate_in_a_key_is_refused() -> None:
    with pytest.raises(FormatError, match="lone surrogate"):
        jsonfile.loads('{"\\udc00": 1}', "r.json", SMALL)


def test_not_utf8_names_the_byte() -> None:
    with pytest.raises(FormatError, match=r"r.json: \$: not UTF-8 text \(byte 2\)"):
        jsonfile.loads(b'["\xff"]', "r.json", SMALL)


def test_a_routine_name_with_a_lone_surrogate_is_a_format_error(tmp_path: Path) -> None:
    path = tmp_path / "morning.json"
    path.write_text('{"format": "pilates-desktop/routine", "version": 1, '
                    '"name": "Morning \\ud800", "items": []}', encoding="utf-8")
    with pytest.raises(FormatError, match=r"morning.json: \$.name: contains a lone surrogate"):
        read_routine_file(path, load_library())


def test_a_fifo_in_the_routines_folder_is_reported_not_waited_on(tmp_path: Path) -> None:
    folder = tmp_path / "routines"
    folder.mkdir()
    os.mkfifo(folder / "stuck.json")
    (folder / "zero.json").symlink_to("/dev/zero")
    routines, errors = _in_thread(user_routines, folder, load_library())
    assert routines == []
    assert sorted(str(e) for e in errors) == [
        "stuck.json: $: is not a regular file but a named pipe (FIFO)",
        "zero.json: $: is not a regular file but a device",
    ]


def test_the_cli_lists_routines_with_a_fifo_in_the_folder(tmp_path: Path) -> None:
    (tmp_path / "routines").mkdir(parents=True)
    os.mkfifo(tmp_path / "routines" / "stuck.json")
    proc = subprocess.run(
        [sys.executable, "-m", "pilates_desktop", "--data-dir", str(tmp_path), "routines"],
        capture_output=True, text=True, timeout=60, check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert proc.returncode == 0, proc.stderr
    assert "stuck.json: $: is not a regular file but a named pipe (FIFO)" in proc.stderr
    assert "Traceback" not in proc.stderr


# --- the quick parse agrees with the hook on every object and number ---------------------------

_KEYS = st.sampled_from(["a", "b", 'q":', "\\u0062", "[{", "1" * 45, "é"])
_SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(-(10**45), 10**45), st.sampled_from(
        ["1e999", "-1e400", "1.5", "NaN", "Infinity", "0.5e+3", '"x\\":"', '"\\ud800"',
         '"{[\\"]"', '"' + "9" * 50 + '"', '""']))
_WS = st.sampled_from(["", " ", "\n", "\t "])


def _tree() -> st.SearchStrategy[Any]:
    return st.recursive(_SCALARS, lambda kids: st.one_of(
        st.lists(kids, max_size=3).map(lambda v: ("list", v)),
        st.lists(st.tuples(_KEYS, kids), max_size=3).map(lambda v: ("object", v))),
        max_leaves=12)


def _text(tree: Any, ws: str) -> str:
    """JSON text of a tree whose objects are lists of pairs (so a key may come twice)."""
    if isinstance(tree, tuple) and tree[0] == "list":
        return "[" + f",{ws}".join(_text(v, ws) for v in tree[1]) + "]"
    if isinstance(tree, tuple):
        return "{" + ",".join(f"{ws}{_key(k)}{ws}:{ws}{_text(v, ws)}" for k, v in tree[1]) + "}"
    return tree if isinstance(tree, str) else json.dumps(tree)


def _key(key: str) -> str:
    """A key as JSON text; one with a backslash is written as it is (an escape)."""
    return '"' + key + '"' if "\\" in key else json.dumps(key)


def _reference(text: str, limits: jsonfile.Limits) -> Any:
    """The reader as it was: the depth measured on the text, then a hook on every object and
    every number, then lone surrogates."""
    if jsonfile.max_depth(text) > limits.max_depth:
        jsonfile._check_depth(jsonfile.max_depth(text), "t.json", limits)
    data = jsonfile._parse(text, "t.json", limits, check_ints=True)
    jsonfile._refuse_surrogates(data, "t.json")
    return data


def _outcome(fn: Any, *args: Any) -> tuple[str, Any]:
    try:
        return "ok", fn(*args)
    except FormatError as exc:
        return "error", str(exc)


@settings(max_examples=500, deadline=None)
@given(tree=_tree(), ws=_WS, limits=st.sampled_from([SMALL, jsonfile.HISTORY]))
def test_the_quick_parse_refuses_and_accepts_exactly_what_the_hooks_do(
        tree: Any, ws: str, limits: jsonfile.Limits) -> None:
    text = _text(tree, ws)
    expected = _outcome(_reference, text, limits)
    assert _outcome(jsonfile.loads, text.encode(), "t.json", limits) == expected
