"""The exercise library: immutable exercise records decoded from the package's JSON data.

Every exercise lives in its own file under ``pilates_desktop/data/exercises/<id>.json`` and is
loaded through ``importlib.resources``, so the library works the same from a source checkout,
a wheel or a frozen bundle. Decoding is strict: a content mistake stops the app's tests, not a
user's session.

The package splits by job: :mod:`.model` (the records), :mod:`.reader` (the strict JSON
walker and its words, shared with routine files and history exports), :mod:`.decode` (one
exercise file) and :mod:`.catalog` (the library and its loading). Import from the package.
"""

from __future__ import annotations

from pilates_desktop.core.library.catalog import Library, load_json_resource, load_library
from pilates_desktop.core.library.decode import decode_exercise
from pilates_desktop.core.library.model import (
    DOSE_DELTA_FIELDS,
    PRACTICE_SOURCE,
    Adjustment,
    Contraindication,
    Difficulty,
    Dosage,
    DosageKind,
    DoseDelta,
    Equipment,
    Exercise,
    Focus,
    Position,
    Range,
    Sides,
    SideUnit,
    Step,
    Variant,
    VariantKind,
)
from pilates_desktop.core.library.reader import (
    A_LIST,
    A_STRING,
    AN_OBJECT,
    MUST_BE_BETWEEN,
    MUST_BE_LIST,
    MUST_BE_OBJECT,
    MUST_BE_ONE_OF,
    MUST_BE_WHOLE_NUMBER,
)
from pilates_desktop.core.library.reader import _json_type as _json_type
from pilates_desktop.core.library.reader import _Reader as _Reader

__all__ = [
    "A_LIST", "A_STRING", "AN_OBJECT", "DOSE_DELTA_FIELDS", "MUST_BE_BETWEEN", "MUST_BE_LIST",
    "MUST_BE_OBJECT", "MUST_BE_ONE_OF", "MUST_BE_WHOLE_NUMBER", "PRACTICE_SOURCE", "Adjustment",
    "Contraindication", "Difficulty", "DoseDelta", "Dosage", "DosageKind", "Equipment",
    "Exercise", "Focus", "Position", "Range", "Library", "SideUnit", "Sides", "Step", "Variant",
    "VariantKind", "decode_exercise", "load_json_resource", "load_library",
]
