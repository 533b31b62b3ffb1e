from __future__ import annotations

import copy
import json

import pytest

from pilates_desktop.core.errors import FormatError
from pilates_desktop.core.library import decode_exercise, load_json_resource, load_library

HUNDRED = load_json_resource("exercises", "the-hundred.json")


def test_to_json_round_trips_every_exercise() -> None:
    for ex in load_library().exercises():
        assert decode_exercise("x", json.loads(json.dumps(ex.to_json()))) == ex


@pytest.mark.parametrize(
    ("mutate", "path", "fragment"),
    [
        (lambda d: d.update(colour="red"), "$.colour", "unknown field"),
        (lambda d: d.update(id="The Hundred"), "$.id", "kebab-case"),
        (lambda d: d.update(position="upside-down"), "$.position", "must be one of"),
        (lambda d: d["dosage"].pop("pumps"), "$.dosage", "needs 'pumps'"),
        (lambda d: d["dosage"].update(reps=[8, 6]), "$.dosage.reps", "above high end"),
        (lambda d: d["steps"][0].update(poses=[]), "$.steps[0].poses", "one or two poses"),
        (lambda d: d.update(contraindications=["back"]), "$.contraindications[0]", "one of"),
        (lambda d: d.update(steps=[]), "$.steps", "at least one step"),
    ],
)
def test_library_decoding_is_strict(mutate, path: str, fragment: str) -> None:  # type: ignore[no-untyped-def]
    data = copy.deepcopy(HUNDRED)
    mutate(data)
    with pytest.raises(FormatError) as err:
        decode_exercise("exercises/the-hundred.json", data)
    assert err.value.path == path
    assert fragment in err.value.reason


def test_suggestions_for_a_mistyped_id() -> None:
    assert load_library().suggest("roll-ups")[0] == "roll-up"
