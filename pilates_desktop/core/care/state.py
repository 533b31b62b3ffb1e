"""What the care rules remember between runs: the red-flag screen's last answer, when the
morning check-in was last offered, and every suggestion accepted or declined.

Kept as one small JSON file in the data folder (services/care.py reads and writes it); this
module turns it into core objects and back, strictly, so a damaged file is noticed, never
half-read.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from pilates_desktop.core.care.progression import Decision, Direction, Reason
from pilates_desktop.core.care.redflags import RedFlag, ScreenResult
from pilates_desktop.core.errors import FormatError
from pilates_desktop.core.library import DOSE_DELTA_FIELDS, DoseDelta
from pilates_desktop.core.routines.routine import ItemForm

FORMAT = "pilates-desktop/care"
VERSION = 1
MAX_DECISIONS = 10_000


@dataclass(frozen=True, slots=True)
class CareState:
    screen: ScreenResult | None = None
    checkin_asked_on: date | None = None
    decisions: tuple[Decision, ...] = field(default=())

    def with_decision(self, decision: Decision) -> CareState:
        return replace(self, decisions=(*self.decisions, decision)[-MAX_DECISIONS:])


def encode_state(state: CareState) -> dict[str, Any]:
    s = state.screen
    return {
        "format": FORMAT,
        "version": VERSION,
        "screen": None if s is None else {
            "taken_on": s.taken_on.isoformat(), "yes": sorted(f.value for f in s.yes),
            "cleared": s.cleared},
        "checkin_asked_on": None if state.checkin_asked_on is None
        else state.checkin_asked_on.isoformat(),
        "decisions": [_encode_decision(d) for d in state.decisions],
    }


def _encode_decision(d: Decision) -> dict[str, Any]:
    return {
        "at": d.at.isoformat(), "direction": d.direction.value, "reason": d.reason.value,
        "routine": d.routine_id, "exercise": d.exercise, "accepted": d.accepted,
        "to_exercise": d.to_exercise, "form": d.form.value if d.form else None,
        "dose": d.dose.to_json() if d.dose else None,
    }


def decode_state(data: Any, source: str) -> CareState:
    """The state in ``data``; raises FormatError naming ``source`` and the place."""
    top = _obj(data, source, "$", {"format", "version", "screen", "checkin_asked_on",
                                   "decisions"})
    if top["format"] != FORMAT or top["version"] != VERSION:
        raise FormatError(source, "$", f"not a {FORMAT} file of version {VERSION}")
    screen = None
    if top["screen"] is not None:
        s = _obj(top["screen"], source, "$.screen", {"taken_on", "yes", "cleared"})
        yes = s["yes"]
        if not isinstance(yes, list):
            raise FormatError(source, "$.screen.yes", "must be a list")
        try:
            flags = frozenset(RedFlag(v) for v in yes)
        except ValueError:
            raise FormatError(source, "$.screen.yes", "names an unknown question") from None
        screen = ScreenResult(_day(s["taken_on"], source, "$.screen.taken_on"), flags,
                              _bool(s["cleared"], source, "$.screen.cleared"))
    asked = top["checkin_asked_on"]
    decisions = top["decisions"]
    if not isinstance(decisions, list) or len(decisions) > MAX_DECISIONS:
        raise FormatError(source, "$.decisions", f"must be a list of at most {MAX_DECISIONS}")
    return CareState(
        screen=screen,
        checkin_asked_on=None if asked is None else _day(asked, source, "$.checkin_asked_on"),
        decisions=tuple(_decode_decision(d, source, f"$.decisions[{n}]")
                        for n, d in enumerate(decisions)),
    )


def _decode_decision(data: Any, source: str, path: str) -> Decision:
    d = _obj(data, source, path, {"at", "direction", "reason", "routine", "exercise",
                                  "accepted", "to_exercise", "form", "dose"})
    try:
        at = datetime.fromisoformat(_str(d["at"], source, f"{path}.at"))
        direction, reason = Direction(d["direction"]), Reason(d["reason"])
        form = None if d["form"] is None else ItemForm(d["form"])
    except (ValueError, TypeError):
        raise FormatError(source, path, "has a value out of its range") from None
    if at.tzinfo is None:
        raise FormatError(source, f"{path}.at", "must include the UTC offset")
    dose = None
    if d["dose"] is not None:
        raw = _obj(d["dose"], source, f"{path}.dose", set(), set(DOSE_DELTA_FIELDS))
        if any(isinstance(v, bool) or not isinstance(v, int) for v in raw.values()):
            raise FormatError(source, f"{path}.dose", "must hold whole numbers")
        dose = DoseDelta(**raw)
    return Decision(at, direction, reason, _str(d["routine"], source, f"{path}.routine"),
                    _str(d["exercise"], source, f"{path}.exercise"),
                    _bool(d["accepted"], source, f"{path}.accepted"),
                    _str(d["to_exercise"], source, f"{path}.to_exercise"), form, dose)


def _obj(data: Any, source: str, path: str, required: set[str],
         optional: set[str] | None = None) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise FormatError(source, path, "must be an object")
    missing = sorted(required - data.keys())
    if missing:
        raise FormatError(source, path, f"missing key {missing[0]!r}")
    unknown = sorted(data.keys() - required - (optional or set()))
    if unknown:
        raise FormatError(source, path, f"unknown key {unknown[0]!r}")
    return data


def _str(value: Any, source: str, path: str) -> str:
    if not isinstance(value, str) or not value or len(value) > 200:
        raise FormatError(source, path, "must be a string of 1 to 200 characters")
    return value


def _bool(value: Any, source: str, path: str) -> bool:
    if not isinstance(value, bool):
        raise FormatError(source, path, "must be true or false")
    return value


def _day(value: Any, source: str, path: str) -> date:
    try:
        if isinstance(value, str) and len(value) == 10:
            return date.fromisoformat(value)
    except ValueError:
        pass
    raise FormatError(source, path, "must be a date as YYYY-MM-DD")
