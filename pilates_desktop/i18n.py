"""Translators and translated exercise content (stub; the full version follows)."""

from __future__ import annotations

from typing import Any


def install_translators(app: Any, language: str) -> None:
    """Install the app's and Qt's translators for ``language`` ("system", "en", "de", "es")."""
    return None


def ex_name(exercise: Any) -> str:
    """The exercise's name in the current content language."""
    return str(exercise.name)


def ex_summary(exercise: Any) -> str:
    return str(exercise.summary)


def ex_text(exercise: Any, field: str, index: int | None = None) -> str:
    """Any text field of an exercise: "name", "summary", "instruction"/"breath" (step index),
    "caution" (index) or "variant" (index)."""
    if field == "name":
        return str(exercise.name)
    if field == "summary":
        return str(exercise.summary)
    assert index is not None
    if field == "instruction":
        return str(exercise.steps[index].instruction)
    if field == "breath":
        return str(exercise.steps[index].breath)
    if field == "caution":
        return str(exercise.cautions[index])
    if field == "variant":
        return str(exercise.variants[index].text)
    raise KeyError(field)
