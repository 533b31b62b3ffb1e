"""The one strict reader for every JSON file the app reads: routines, history exports, the
exercise library, the app state.

Why each rule is here (each one was a crash, a hang or a silent acceptance before):

* Regular files only. A FIFO would block the reader forever (a FIFO in the routines folder
  hung the window at start), and a symlink to ``/dev/zero`` would be read until memory runs
  out. The path is checked with ``stat`` before it is opened, so a device is never opened; it
  is then opened non-blocking and checked again with ``fstat``, so a file swapped in between
  cannot block or stream either.
* The size cap is checked before reading, and at most one byte more than the cap is read.
* Nesting depth is measured on the text before parsing, without recursion, so a file nested
  100,000 levels deep is an error, not a ``RecursionError``.
* Numbers longer than ``max_digits`` are refused before Python converts them (an int of over
  4,300 digits raised ``ValueError`` from deep inside the parser); floats must be finite.
* Duplicate keys are refused (JSON would keep the last one silently), and so is a lone
  surrogate (``"\\ud800"``), which cannot be written as UTF-8 and broke every later step.

Every error is a :class:`FormatError` naming the file, the JSON path and the reason, or an
``OSError`` for a file that cannot be read at all, which each caller words in its own way.
"""

from __future__ import annotations

import errno
import json
import math
import os
import re
import stat
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path
from typing import Any

from pilates_desktop.core.errors import QT_TRANSLATE_NOOP, FormatError, Phrase

# Reasons a JSON file is refused, marked for translation (see errors.py).
TOO_BIG = QT_TRANSLATE_NOOP("FormatError", "file is {size} bytes; the limit is {limit}")
NOT_UTF8 = QT_TRANSLATE_NOOP("FormatError", "not UTF-8 text (byte {byte})")
TOO_DEEP = QT_TRANSLATE_NOOP("FormatError", "nested {depth} levels deep; the limit is {limit}")
NOT_JSON = QT_TRANSLATE_NOOP("FormatError",
                             "not valid JSON: {problem} at line {line}, column {column}")
DUPLICATE_KEY = QT_TRANSLATE_NOOP("FormatError", "duplicate key {key}")
CONSTANT_IN_ROUTINE = QT_TRANSLATE_NOOP("FormatError", "{name} is not allowed in a routine file")
CONSTANT = QT_TRANSLATE_NOOP("FormatError", "{name} is not allowed in this file")
TOO_MANY_DIGITS = QT_TRANSLATE_NOOP("FormatError",
                                    "a number of {digits} characters; the limit is {limit}")
NOT_FINITE = QT_TRANSLATE_NOOP("FormatError", "the number {number} is too large")
LONE_SURROGATE = QT_TRANSLATE_NOOP(
    "FormatError", "contains a lone surrogate ({code}), which is not valid Unicode text")
NOT_REGULAR = QT_TRANSLATE_NOOP("FormatError", "is not a regular file but {what}")
A_FIFO = QT_TRANSLATE_NOOP("FormatError", "a named pipe (FIFO)")
A_DEVICE = QT_TRANSLATE_NOOP("FormatError", "a device")
A_SOCKET = QT_TRANSLATE_NOOP("FormatError", "a socket")
# What Python's JSON parser says went wrong (JSONDecodeError.msg), so it can be translated;
# a message not listed here is shown as the parser gave it.
JSON_PROBLEMS = {
    "Expecting value": QT_TRANSLATE_NOOP("FormatError", "Expecting value"),
    "Expecting property name enclosed in double quotes": QT_TRANSLATE_NOOP(
        "FormatError", "Expecting property name enclosed in double quotes"),
    "Expecting ':' delimiter": QT_TRANSLATE_NOOP("FormatError", "Expecting ':' delimiter"),
    "Expecting ',' delimiter": QT_TRANSLATE_NOOP("FormatError", "Expecting ',' delimiter"),
    "Extra data": QT_TRANSLATE_NOOP("FormatError", "Extra data"),
    "Invalid control character at": QT_TRANSLATE_NOOP(
        "FormatError", "Invalid control character at"),
    "Invalid \\escape": QT_TRANSLATE_NOOP("FormatError", "Invalid \\escape"),
    "Invalid \\uXXXX escape": QT_TRANSLATE_NOOP("FormatError", "Invalid \\uXXXX escape"),
    "Unterminated string starting at": QT_TRANSLATE_NOOP(
        "FormatError", "Unterminated string starting at"),
}

MIB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """What one kind of file may hold. ``constant`` is the reason given for NaN/Infinity."""

    max_bytes: int
    max_depth: int
    max_digits: int = 40
    constant: str = CONSTANT

    def size_text(self) -> str:
        if self.max_bytes % MIB == 0:
            return f"{self.max_bytes // MIB} MiB"
        return f"{self.max_bytes:,} bytes"


ROUTINE = Limits(max_bytes=1 * MIB, max_depth=8, constant=CONSTANT_IN_ROUTINE)
HISTORY = Limits(max_bytes=256 * MIB, max_depth=8)
STATE = Limits(max_bytes=4 * MIB, max_depth=8)
LIBRARY = Limits(max_bytes=1 * MIB, max_depth=16)

# A string with its escapes; brackets inside strings do not count for the depth.
_STRING = re.compile(r'"(?:[^"\\]++|\\.)*+"', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]++")
_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}
# An escape that decodes to a surrogate; without one, no string can hold a lone surrogate
# (UTF-8 decoding refuses encoded ones), so the tree walk below is skipped.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89abcdefABCDEF]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# Where a key may end: a quote, blanks, a colon (inside a string too, so never too few).
_KEY_END = re.compile(rb'"[ \t\n\r]*:')
_QUOTE_BLANK = re.compile(rb'"[ \t\n\r]')
# Number characters become "0", all else a blank: a run of too many zeros is a long number,
# or (as it may be inside a string) maybe one.
_NUMBER_CHARS = bytes(48 if chr(b) in "-+.0123456789eE" else 32 for b in range(256))
_CONTAINERS = frozenset({dict, list})


def read_bytes(path: Path, limits: Limits, source: str | None = None) -> bytes:
    """The bytes of a regular file of at most ``limits.max_bytes``.

    Raises FormatError (named ``source``, default the file name) for a FIFO, a device, a
    socket or a file that is too big, and OSError (IsADirectoryError for a folder) when it
    cannot be read at all.
    """
    source = source if source is not None else path.name
    info = os.stat(path)  # follows a symlink, but opens nothing
    _check_regular(info, source, path)
    _check_size(info.st_size, limits, source)
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)  # the file actually opened, in case it was swapped
        _check_regular(info, source, path)
        _check_size(info.st_size, limits, source)
        chunks: list[bytes] = []
        left = limits.max_bytes + 1
        while left > 0:
            chunk = os.read(fd, min(left, MIB))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    finally:
        os.close(fd)
    raw = b"".join(chunks)
    _check_size(len(raw), limits, source)  # a file that grew while being read
    return raw


def read_file(path: Path, limits: Limits, source: str | None = None) -> Any:
    """Read and strictly decode the JSON file at ``path`` (see :func:`read_bytes`)."""
    source = source if source is not None else path.name
    return loads(read_bytes(path, limits, source), source, limits)


def loads(raw: bytes | str, source: str, limits: Limits) -> Any:
    """Strictly decode JSON text; every problem is a FormatError naming ``source``."""
    if isinstance(raw, str):
        text_in = raw
        try:
            raw = text_in.encode("utf-8")
        except UnicodeEncodeError as exc:  # a str holding a lone surrogate
            raise FormatError(source, "$", Phrase(
                LONE_SURROGATE, code=f"\\u{ord(text_in[exc.start]):04x}")) from None
    _check_size(len(raw), limits, source)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FormatError(source, "$", Phrase(NOT_UTF8, byte=str(exc.start))) from None
    # Python's own int() for integers unless some run of number characters (anywhere, in
    # strings too) is too long: the hook costs a call per number. Floats always go through
    # the hook (an exponent can overflow).
    check_ints = b"0" * (limits.max_digits + 1) in raw.translate(_NUMBER_CHARS)
    try:
        # The C scanner first, without a hook per object: it raises RecursionError on input
        # nested too deep for it rather than recurse without end, so the depth, and keys that
        # appear twice, are looked for in what it built (or, after an error, in the text).
        hooks = _Hooks(limits)
        data = json.loads(text, parse_constant=hooks.constant,
                          parse_int=hooks.integer if check_ints else None,
                          parse_float=hooks.real)
    except (RecursionError, ValueError):  # (JSONDecodeError and _Refused are ValueErrors)
        _check_depth(max_depth(text), source, limits)  # the depth is named before the rest
        data = _parse(text, source, limits, check_ints)  # raises the problem in its words
    depth, keys = _shape(data)
    if depth > limits.max_depth:
        _check_depth(max_depth(text), source, limits)
    # Every key ends with a quote and a colon; fewer keys kept than such places means a key
    # may have appeared twice (or a string holds '":'): then each object is looked at.
    if keys < _key_ends(raw):
        data = _parse(text, source, limits, check_ints)
    if _SURROGATE_ESCAPE.search(text):
        _refuse_surrogates(data, source)
    return data


class _Hooks:
    """What the parser calls for numbers and NaN/Infinity: refusing them in their words."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits

    def number(self, text: str, kind: type[int] | type[float]) -> int | float:
        if len(text) > self.limits.max_digits:
            raise _Refused(Phrase(TOO_MANY_DIGITS, digits=str(len(text)),
                                  limit=str(self.limits.max_digits)))
        value = kind(text)
        if isinstance(value, float) and not math.isfinite(value):
            raise _Refused(Phrase(NOT_FINITE, number=text))
        return value

    def integer(self, text: str) -> int | float:
        return self.number(text, int)

    def real(self, text: str) -> int | float:
        return self.number(text, float)

    def constant(self, name: str) -> Any:
        raise _Refused(Phrase(self.limits.constant, name=name))


def _parse(text: str, source: str, limits: Limits, check_ints: bool) -> Any:
    """Parse with a hook on every object, which finds a key that appears twice; raises a
    FormatError for any problem."""
    found: list[_Duplicate] = []

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        out = dict(items)
        if len(out) == len(items):
            return out
        seen: set[str] = set()
        for key, _ in items:
            if key in seen:
                break
            seen.add(key)
        marked = _Duplicate(out)
        marked.key = key
        found.append(marked)
        return marked

    hooks = _Hooks(limits)
    try:
        data = json.loads(text, object_pairs_hook=pairs, parse_constant=hooks.constant,
                          parse_int=hooks.integer if check_ints else None,
                          parse_float=hooks.real)
    except json.JSONDecodeError as exc:
        problem = JSON_PROBLEMS.get(exc.msg)
        raise FormatError(source, "$", Phrase(
            NOT_JSON, problem=Phrase(problem) if problem else exc.msg,
            line=str(exc.lineno), column=str(exc.colno))) from None
    except _Refused as exc:
        raise FormatError(source, "$", exc.phrase) from None
    except RecursionError:  # cannot happen after the depth check; never a traceback
        raise FormatError(source, "$", Phrase(TOO_DEEP, depth="?",
                                              limit=str(limits.max_depth))) from None
    except ValueError as exc:
        raise FormatError(source, "$", str(exc)) from None
    if found:
        where = _path_of(data, lambda value: isinstance(value, _Duplicate))
        dup = found[0] if where is None else where[1]
        assert isinstance(dup, _Duplicate)
        raise FormatError(source, where[0] if where else "$",
                          Phrase(DUPLICATE_KEY, key=repr(dup.key)))
    return data


def _key_ends(raw: bytes) -> int:
    """How many places in the text may end a key: never fewer than there are keys."""
    if _QUOTE_BLANK.search(raw):
        return len(_KEY_END.findall(raw))
    return raw.count(b'":')  # compact JSON, as the journals are written: a count will do


def _check_depth(depth: int, source: str, limits: Limits) -> None:
    if depth > limits.max_depth:
        raise FormatError(source, "$", Phrase(TOO_DEEP, depth=str(depth),
                                              limit=str(limits.max_depth)))


def _shape(data: Any) -> tuple[int, int]:
    """How deep the containers of parsed JSON nest, and how many keys its objects hold."""
    depth = keys = 0
    level = [data] if type(data) in _CONTAINERS else []
    while level:
        depth += 1
        below: list[Any] = []
        for value in level:
            if type(value) is dict:
                keys += len(value)
                value = value.values()
            below += [v for v in value if type(v) in _CONTAINERS]
        level = below
    return depth, keys


def max_depth(text: str) -> int:
    """Nesting depth of JSON text, found without parsing, so deep input cannot recurse."""
    return _depth(_STRING.sub("", text))


def _depth(bare: str) -> int:
    """Nesting depth of JSON text whose strings have been taken out."""
    brackets = _NOT_BRACKET.sub("", bare)
    if not brackets:
        return 0
    return max(accumulate(_STEP[ch] for ch in brackets))


class _Duplicate(dict[str, Any]):
    """An object in which a key appeared twice (found again after parsing, for its path)."""

    key: str = ""


class _Refused(ValueError):
    """Raised from inside json.loads by the hooks, carrying the reason."""

    def __init__(self, phrase: Phrase) -> None:
        super().__init__(str(phrase))
        self.phrase = phrase


def _check_regular(info: os.stat_result, source: str, path: Path) -> None:
    mode = info.st_mode
    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):  # the system's own words, as reading one would have given
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    if stat.S_ISFIFO(mode):
        what = A_FIFO
    elif stat.S_ISSOCK(mode):
        what = A_SOCKET
    else:
        what = A_DEVICE
    raise FormatError(source, "$", Phrase(NOT_REGULAR, what=Phrase(what)))


def _check_size(size: int, limits: Limits, source: str) -> None:
    if size > limits.max_bytes:
        raise FormatError(source, "$", Phrase(TOO_BIG, size=f"{size:,}",
                                              limit=limits.size_text()))


def _key_path(path: str, key: str) -> str:
    if _IDENTIFIER.fullmatch(key):
        return f"{path}.{key}"
    return f"{path}[{json.dumps(key)}]"


def _path_of(data: Any, hit: Any) -> tuple[str, Any] | None:
    """The JSON path of the first value (in document order) for which ``hit`` is true."""
    stack: list[tuple[str, Any]] = [("$", data)]
    while stack:
        path, value = stack.pop()
        if hit(value):
            return path, value
        if isinstance(value, dict):
            stack.extend(reversed([(_key_path(path, k), v) for k, v in value.items()]))
        elif isinstance(value, list):
            stack.extend(reversed([(f"{path}[{n}]", v) for n, v in enumerate(value)]))
    return None


def _refuse_surrogates(data: Any, source: str) -> None:
    stack: list[tuple[str, Any]] = [("$", data)]
    while stack:
        path, value = stack.pop()
        text: str | None = None
        if isinstance(value, str):
            text = value
        elif isinstance(value, dict):
            for key in value:
                if _SURROGATE.search(key):
                    text, path = key, _key_path(path, "?")
                    break
            else:
                stack.extend(reversed([(_key_path(path, k), v) for k, v in value.items()]))
        elif isinstance(value, list):
            stack.extend(reversed([(f"{path}[{n}]", v) for n, v in enumerate(value)]))
        if text is not None:
            lone = _SURROGATE.search(text)
            if lone is not None:
                raise FormatError(source, path, Phrase(
                    LONE_SURROGATE, code=f"\\u{ord(lone.group()):04x}"))
