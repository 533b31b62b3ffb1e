"""The quick path through an export's sessions (core/history/fastcheck.py) decides exactly as
the strict reader does: the same records for what is valid, the same error (file, JSON path,
words) for what is not, whatever the session holds."""

from __future__ import annotations

import copy
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from pilates_desktop.core.errors import FormatError
from pilates_desktop.core.history import fastcheck
from pilates_desktop.core.history.exchange import decode_history

_ITEM = {"exercise": "clams", "side": "left", "planned_s": 60, "done_s": 45,
         "reps_done": 8, "status": "partial", "pain": 3}


def _session(n: int = 1, **fields: Any) -> dict[str, Any]:
    return {"id": f"00000000-0000-4000-8000-{n:012d}",
            "routine": {"id": "gentle", "name": "Gentle"},
            "started_at": "2026-03-28T09:00:00+01:00", "ended_at": "2026-03-28T09:20:00+01:00",
            "planned_s": 1200, "active_s": 1200, "status": "finished", "pain_before": 4,
            "pain_after": 2, "note": "", "hurt_exercise": None,
            "items": [dict(_ITEM), dict(_ITEM, side="right", reps_done=None, pain=None)],
            **fields}


def _outcome(data: dict[str, Any], quick: bool) -> tuple[str, Any]:
    try:
        return "ok", decode_history(copy.deepcopy(data), "x.json", quick=quick)
    except FormatError as exc:
        return "error", (exc.source, exc.path, str(exc.phrase))


def _agree(*sessions: dict[str, Any], version: int = 2) -> tuple[str, Any]:
    data = {"format": "pilates-desktop/history", "version": version, "sessions": list(sessions)}
    strict = _outcome(data, quick=False)
    assert _outcome(data, quick=True) == strict
    return strict


def test_a_valid_session_takes_the_quick_path_and_gives_the_strict_record() -> None:
    seen: set[str] = set()
    record = fastcheck.session(_session(), seen, v1=False)
    assert record is not None and seen == {record.id}
    assert _agree(_session()) == ("ok", ([record], []))


# Values that each break one rule, or sit exactly on its edge (legal or not).
_ODD: list[Any] = [
    None, True, False, 0, -1, 1.5, "", " ", "\t", "x" * 101, "x" * 201, "x" * 10_001, [], {},
    "00000000-0000-4000-8000-00000000000A", "{00000000-0000-4000-8000-000000000001}",
    "00000000000040008000000000000001", "not-a-uuid", "none", "LEFT", "finished", "done",
    "1970-01-01T00:30:00+01:00", "1970-01-01T00:30:00-01:00", "2999-12-31T23:30:00-01:00",
    "2999-12-31T23:30:00+01:00", "2026-03-28T09:00:00", "2026-03-28T09:00:00Z",
    "2026-03-28T09:00:00.999999+18:00", "2026-03-28T09:00:00+18:01", "2026-02-30T09:00:00+00:00",
    "2026-03-28 09:00:00+01:00", "2026-03-28T09:00+01:00", 7 * 24 * 3600, 7 * 24 * 3600 + 1,
    100_000, 100_001, 10, 11, 10_000, 2**70,
]
_VALUE = st.one_of(st.sampled_from(_ODD), st.integers(-3, 12), st.text(max_size=12))
_SESSION_KEYS = sorted(fastcheck.SESSION_REQUIRED | fastcheck.SESSION_OPTIONAL) + ["extra"]
_ITEM_KEYS = sorted(fastcheck.ITEM_REQUIRED) + ["pain", "extra"]


def test_every_odd_value_in_every_field_gives_the_same_outcome_both_ways() -> None:
    """Each rule's edges, one field at a time, exhaustively (Hypothesis combines them)."""
    outcomes = set()
    for version in (1, 2):
        for value in _ODD:
            for key in _SESSION_KEYS:
                outcomes.add(_agree(_session(**{key: value}), version=version)[0])
            for key in ("id", "name", "extra"):
                routine = dict(_session()["routine"], **{key: value})
                outcomes.add(_agree(_session(routine=routine), version=version)[0])
            for key in _ITEM_KEYS:
                outcomes.add(_agree(_session(items=[dict(_ITEM, **{key: value})]),
                                    version=version)[0])
    assert outcomes == {"ok", "error"}


@st.composite
def _sessions(draw: st.DrawFn) -> dict[str, Any]:
    session = _session(draw(st.integers(0, 3)))
    for _ in range(draw(st.integers(0, 3))):
        where = draw(st.sampled_from(["session", "item", "routine", "drop", "drop item"]))
        if where == "session":
            session[draw(st.sampled_from(_SESSION_KEYS))] = draw(_VALUE)
        elif where == "routine" and isinstance(session.get("routine"), dict):
            session["routine"][draw(st.sampled_from(["id", "name", "extra"]))] = draw(_VALUE)
        elif where == "item" and isinstance(session.get("items"), list) and session["items"]:
            item = session["items"][draw(st.integers(0, len(session["items"]) - 1))]
            item[draw(st.sampled_from(_ITEM_KEYS))] = draw(_VALUE)
        elif where == "drop":
            session.pop(draw(st.sampled_from(_SESSION_KEYS)), None)
        elif isinstance(session.get("items"), list) and session["items"]:
            session["items"][0].pop(draw(st.sampled_from(_ITEM_KEYS)), None)
    return session


_ZONES = st.sampled_from([ZoneInfo("UTC"), ZoneInfo("Europe/Berlin"),
                          ZoneInfo("Pacific/Kiritimati"), ZoneInfo("America/St_Johns")])


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sessions=st.lists(_sessions(), max_size=3), version=st.sampled_from([1, 2]))
@example(sessions=[_session(1), _session(1)], version=2)  # the same id twice
@example(sessions=[_session(1, id="00000000-0000-4000-8000-00000000000A")], version=2)
def test_quick_and_strict_agree_on_any_session(sessions: list[dict[str, Any]],
                                               version: int) -> None:
    _agree(*sessions, version=version)


@settings(max_examples=200, deadline=None)
@given(start=st.datetimes(min_value=datetime(1969, 12, 30), max_value=datetime(3000, 1, 2),
                          timezones=_ZONES),
       minutes=st.integers(-5, 600), micro=st.integers(0, 999_999))
def test_quick_and_strict_agree_on_any_time(start: datetime, minutes: int, micro: int) -> None:
    end = start + timedelta(minutes=minutes, microseconds=micro)
    _agree(_session(started_at=start.isoformat(), ended_at=end.isoformat()))


@pytest.mark.parametrize("version", [1, 2])
def test_a_valid_file_of_many_sessions_gives_the_same_records_both_ways(version: int) -> None:
    item = {k: v for k, v in _ITEM.items() if version == 2 or k != "pain"}
    sessions = [_session(n, items=[item] * 3) for n in range(50)]
    kind, (records, _) = _agree(*sessions, version=version)
    assert kind == "ok" and len(records) == 50
