"""The strict walker over decoded JSON that names the JSON path in every error.

The library, the routine file format and the history export reader share it and its words.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any, TypeVar

from pilates_desktop.core.errors import QT_TRANSLATE_NOOP, FormatError, Phrase
from pilates_desktop.core.library.model import Range

_E = TypeVar("_E", bound=StrEnum)


class _Reader:
    """Walks a decoded JSON object and names the JSON path in every error.

    Its reasons are phrases marked for translation: routine files reach a person through it.
    """

    def __init__(self, source: str, data: Any, path: str = "$") -> None:
        self.source = source
        self.data = data
        self.path = path

    def fail(self, reason: str | Phrase, path: str | None = None) -> FormatError:
        return FormatError(self.source, path or self.path, reason)

    def obj(self, allowed: set[str], required: set[str]) -> Mapping[str, Any]:
        if not isinstance(self.data, dict):
            raise self.fail(Phrase(MUST_BE_OBJECT, got=_json_type(self.data)))
        unknown = sorted(set(self.data) - allowed)
        if unknown:
            raise self.fail(Phrase(_UNKNOWN_FIELD, field=repr(unknown[0])),
                            f"{self.path}.{unknown[0]}")
        missing = sorted(required - set(self.data))
        if missing:
            raise self.fail(Phrase(_MISSING_FIELD, field=repr(missing[0])))
        return self.data

    def child(self, key: str | int) -> _Reader:
        sub = f"{self.path}[{key}]" if isinstance(key, int) else f"{self.path}.{key}"
        return _Reader(self.source, self.data[key], sub)

    def str_(self, nonempty: bool = True) -> str:
        if not isinstance(self.data, str) or (nonempty and not self.data.strip()):
            raise self.fail(Phrase(_MUST_BE_STRING, got=_json_type(self.data)))
        return self.data

    def bool_(self) -> bool:
        if not isinstance(self.data, bool):
            raise self.fail(Phrase(_MUST_BE_BOOL, got=_json_type(self.data)))
        return self.data

    def int_(self, lo: int, hi: int) -> int:
        value = self.data
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(Phrase(MUST_BE_WHOLE_NUMBER, got=_json_type(value)))
        if not lo <= value <= hi:
            raise self.fail(Phrase(MUST_BE_BETWEEN, lo=str(lo), hi=str(hi), value=str(value)))
        return value

    def range_(self, lo: int, hi: int) -> Range:
        if isinstance(self.data, list):
            if len(self.data) != 2:
                raise self.fail(Phrase(_MUST_BE_PAIR))
            a = self.child(0).int_(lo, hi)
            b = self.child(1).int_(lo, hi)
            if a > b:
                raise self.fail(Phrase(_LOW_ABOVE_HIGH, low=str(a), high=str(b)))
            return Range(a, b)
        value = self.int_(lo, hi)
        return Range(value, value)

    def list_(self, max_len: int = 100) -> list[_Reader]:
        if not isinstance(self.data, list):
            raise self.fail(Phrase(MUST_BE_LIST, got=_json_type(self.data)))
        if len(self.data) > max_len:
            raise self.fail(Phrase(_TOO_MANY_ENTRIES, limit=str(max_len),
                                   count=str(len(self.data))))
        return [self.child(i) for i in range(len(self.data))]

    def enum(self, cls: type[_E]) -> _E:
        text = self.str_()
        try:
            return cls(text)
        except ValueError:
            choices = ", ".join(m.value for m in cls)
            raise self.fail(Phrase(MUST_BE_ONE_OF, choices=choices, value=repr(text))) from None


# The reader's reasons, in the words a person reads (translated by the interface; see errors.py).
# Those without a leading underscore are also given by the routine file format and the history
# export reader, which import them rather than spell the same words again.
MUST_BE_OBJECT = QT_TRANSLATE_NOOP("FormatError", "must be an object, got {got}")
_UNKNOWN_FIELD = QT_TRANSLATE_NOOP("FormatError", "unknown field {field}")
_MISSING_FIELD = QT_TRANSLATE_NOOP("FormatError", "missing required field {field}")
_MUST_BE_STRING = QT_TRANSLATE_NOOP("FormatError", "must be a non-empty string, got {got}")
_MUST_BE_BOOL = QT_TRANSLATE_NOOP("FormatError", "must be true or false, got {got}")
MUST_BE_WHOLE_NUMBER = QT_TRANSLATE_NOOP("FormatError", "must be a whole number, got {got}")
MUST_BE_BETWEEN = QT_TRANSLATE_NOOP("FormatError", "must be between {lo} and {hi}, got {value}")
_MUST_BE_PAIR = QT_TRANSLATE_NOOP("FormatError", "must be a number or a [low, high] pair")
_LOW_ABOVE_HIGH = QT_TRANSLATE_NOOP("FormatError", "low end {low} is above high end {high}")
MUST_BE_LIST = QT_TRANSLATE_NOOP("FormatError", "must be a list, got {got}")
_TOO_MANY_ENTRIES = QT_TRANSLATE_NOOP("FormatError",
                                      "must have at most {limit} entries, got {count}")
MUST_BE_ONE_OF = QT_TRANSLATE_NOOP("FormatError", "must be one of {choices}, got {value}")
# What a JSON value is, as the reasons above name it after "got".
_A_BOOLEAN = QT_TRANSLATE_NOOP("FormatError", "a boolean")
_THE_NUMBER = QT_TRANSLATE_NOOP("FormatError", "the number {value}")
_THE_STRING = QT_TRANSLATE_NOOP("FormatError", "the string {value}")
A_STRING = QT_TRANSLATE_NOOP("FormatError", "a string")
A_LIST = QT_TRANSLATE_NOOP("FormatError", "a list")
AN_OBJECT = QT_TRANSLATE_NOOP("FormatError", "an object")


def _json_type(value: Any) -> str | Phrase:
    """What a JSON value is, for "got ...": ``null`` as JSON spells it, the rest in words."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return Phrase(_A_BOOLEAN)
    if isinstance(value, int | float):
        return Phrase(_THE_NUMBER, value=str(value))
    if isinstance(value, str):
        return Phrase(_THE_STRING, value=repr(value)) if len(value) < 40 else Phrase(A_STRING)
    if isinstance(value, list):
        return Phrase(A_LIST)
    return Phrase(AN_OBJECT)
