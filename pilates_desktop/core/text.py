"""Qt-style numbered placeholders (%1 … %9) filled in one pass.

Translations move placeholders about ("%2 von %1"), so texts number them as Qt does. Filling them
one ``str.replace`` at a time goes wrong whenever a value itself holds a later placeholder: a
routine called "Back %2" had its name rewritten by the next replace. ``fill`` reads the template
once and never looks inside the values it puts in (Qt's ``QString.arg`` does the same; PySide6
has Python strings, without it).
"""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%([1-9])")


def fill(template: str, *values: object) -> str:
    """``template`` with %1 … %9 replaced by ``values`` (``str()`` of each); a placeholder with no
    value stays as it is, so a partly filled text can be filled again later."""

    def value(match: re.Match[str]) -> str:
        n = int(match.group(1))
        return str(values[n - 1]) if n <= len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, template)
