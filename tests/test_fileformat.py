from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pilates_desktop.core.errors import FormatError
from pilates_desktop.core.library import load_library
from pilates_desktop.core.routines import Item, ItemSides, Routine
from pilates_desktop.core.routines.fileformat import (
    MAX_BYTES,
    decode_routine,
    encode_routine,
)
from pilates_desktop.core.routines.validation import OVERRIDE_RANGES

LIB = load_library()

EXAMPLE = {
    "format": "pilates-desktop/routine", "version": 1, "name": "My morning",
    "items": [{"exercise": "the-hundred"},
              {"exercise": "roll-up", "reps": 6},
              {"exercise": "lunges", "hold_s": 45, "sides": "both", "rest_s": 15}],
}


def _decode(data: object, name: str = "morning.json") -> Routine:
    return decode_routine(name, json.dumps(data), LIB)


def test_the_documented_example_decodes() -> None:
    r = _decode(EXAMPLE)
    assert r.name == "My morning"
    assert r.id == "my-morning"
    assert r.items == (
        Item("the-hundred"),
        Item("roll-up", reps=6),
        Item("lunges", hold_s=45, sides=ItemSides.BOTH, rest_s=15),
    )


def test_error_names_file_path_and_reason() -> None:
    bad = json.loads(json.dumps(EXAMPLE))
    bad["items"].extend([{"exercise": "clams"}, {"exercise": "clams", "reps": 0}])
    bad["items"][3] = {"exercise": "clams", "reps": 0}
    with pytest.raises(FormatError) as err:
        _decode(bad)
    assert str(err.value) == "morning.json: $.items[3].reps: must be between 1 and 200, got 0"
    # The reason is kept as a template and its values, so the interface can translate it.
    assert err.value.template == "must be between {lo} and {hi}, got {value}"
    assert err.value.params == {"lo": "1", "hi": "200", "value": "0"}


def test_unknown_exercise_suggests_the_nearest_ids() -> None:
    bad = {**EXAMPLE, "items": [{"exercise": "hundred"}]}
    with pytest.raises(FormatError) as err:
        _decode(bad)
    assert err.value.path == "$.items[0].exercise"
    assert "'the-hundred'" in str(err.value)


@pytest.mark.parametrize(
    ("mutate", "path", "fragment"),
    [
        (lambda d: d.update(extra=1), "$.extra", "unknown field"),
        (lambda d: d["items"][0].update(colour="red"), "$.items[0].colour", "unknown field"),
        (lambda d: d.update(version=2), "$.version", "newer Pilates Desktop"),
        (lambda d: d.update(format="other"), "$.format", "must be"),
        (lambda d: d.pop("name"), "$", "missing required field 'name'"),
        (lambda d: d["items"][1].update(reps="6"), "$.items[1].reps", "whole number"),
        (lambda d: d["items"][1].update(reps=True), "$.items[1].reps", "whole number"),
        (lambda d: d["items"][2].update(sides="up"), "$.items[2].sides", "must be one of"),
        (lambda d: d.update(items={}), "$.items", "must be a list"),
    ],
)
def test_strict_decoding(mutate, path: str, fragment: str) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(json.dumps(EXAMPLE))
    mutate(data)
    with pytest.raises(FormatError) as err:
        _decode(data)
    assert err.value.path == path
    assert fragment in err.value.reason
    assert str(err.value).startswith("morning.json: ")


def test_limits_size_depth_and_syntax() -> None:
    with pytest.raises(FormatError, match="limit is 1 MiB"):
        decode_routine("big.json", b" " * (MAX_BYTES + 1), LIB)
    with pytest.raises(FormatError, match="nested"):
        decode_routine("deep.json", "[" * 10000 + "]" * 10000, LIB)
    with pytest.raises(FormatError, match="not valid JSON"):
        decode_routine("cut.json", '{"format": "pilates', LIB)
    with pytest.raises(FormatError, match="not UTF-8"):
        decode_routine("bin.json", b"\xff\xfe\x00", LIB)
    with pytest.raises(FormatError, match="duplicate key"):
        decode_routine("dup.json", '{"name": "a", "name": "b"}', LIB)
    with pytest.raises(FormatError, match="NaN"):
        decode_routine("nan.json", '{"x": NaN}', LIB)


def test_every_override_range_is_enforced() -> None:
    for name, (lo, hi) in OVERRIDE_RANGES.items():
        for value, ok in ((lo, True), (hi, True), (lo - 1, False), (hi + 1, False)):
            data = {**EXAMPLE, "items": [{"exercise": "clams", name: value}]}
            if ok:
                assert getattr(_decode(data).items[0], name) == value
            else:
                with pytest.raises(FormatError, match=f"between {lo} and {hi}"):
                    _decode(data)


items = st.builds(
    Item,
    exercise=st.sampled_from(sorted(LIB)),
    reps=st.none() | st.integers(1, 200),
    sets=st.none() | st.integers(1, 20),
    hold_s=st.none() | st.integers(1, 3600),
    hold_breaths=st.none() | st.integers(1, 100),
    rest_s=st.none() | st.integers(0, 600),
    sides=st.none() | st.sampled_from(list(ItemSides)),
    pumps=st.none() | st.integers(1, 500),
)


@given(name=st.text(min_size=1, max_size=60).filter(lambda s: s.strip() == s and s.strip()),
       items=st.lists(items, max_size=12), description=st.text(max_size=50))
@settings(max_examples=150, deadline=None)
def test_saving_is_lossless(name: str, items: list[Item], description: str) -> None:
    routine = Routine(id="x", name=name, items=tuple(items), description=description)
    again = decode_routine("x.json", encode_routine(routine), LIB, routine_id="x")
    assert again == routine


@given(st.binary(max_size=2000))
@settings(max_examples=300, deadline=None)
def test_any_bytes_decode_or_raise_a_format_error_with_a_path(raw: bytes) -> None:
    try:
        decode_routine("fuzz.json", raw, LIB)
    except FormatError as exc:
        assert exc.path.startswith("$")
        assert str(exc).startswith("fuzz.json: $")


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 300) | st.text(max_size=12),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(
        st.sampled_from(["format", "version", "name", "items", "exercise", "reps", "sides", "x"]),
        children, max_size=5),
    max_leaves=20,
)


@given(json_values)
@settings(max_examples=300, deadline=None)
def test_any_json_decodes_or_raises_a_format_error(value: object) -> None:
    try:
        decode_routine("fuzz.json", json.dumps(value), LIB)
    except FormatError as exc:
        assert exc.path.startswith("$")
