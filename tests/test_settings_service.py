"""The settings service: each declared setting has its own signal carrying its typed value,
groups (pace, health) have one each, and a watcher that is gone is never called back."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QObject

from pilates_desktop.services import settings as S
from pilates_desktop.services.settings import Settings


def test_every_setting_is_declared_once_with_its_own_key() -> None:
    keys = [s.key for s in S.ALL]
    assert len(keys) == len(set(keys)) and S.GET_READY_S in S.ALL and S.LAST_ROUTINE in S.ALL


def test_a_watcher_hears_its_setting_with_the_typed_value(settings: Settings) -> None:
    scale: list[int] = []
    sound: list[bool] = []
    settings.watch(S.FONT_SCALE, scale.append)
    settings.watch(S.SOUND_ON, sound.append)
    settings.set_value(S.FONT_SCALE, "150")  # type: ignore[arg-type]  # as an INI file holds it
    settings.set_value(S.FONT_SCALE, 150)  # unchanged: no signal
    settings.reset(S.FONT_SCALE)
    assert scale == [150, 100] and sound == []


def test_groups_have_one_signal_each(settings: Settings) -> None:
    paces: list[Any] = []
    health: list[frozenset[str]] = []
    settings.pace_changed.connect(paces.append)
    settings.health_changed.connect(health.append)
    settings.set_value(S.INHALE_S, 5.0)
    settings.set_value(S.NECK_PROBLEMS, True)
    settings.set_value(S.THEME, "dark")  # neither
    assert [p.inhale_s for p in paces] == [5.0]
    assert health == [frozenset({"neck-problems"})]
    settings.set_flare_up(True)  # the flare-up day is health too
    assert len(health) >= 2


def test_a_watcher_that_is_gone_is_never_called(settings: Settings) -> None:
    owner = QObject()
    heard: list[str] = []
    settings.watch(S.THEME, lambda theme: heard.append(theme), owner=owner)
    settings.set_value(S.THEME, "dark")
    shiboken6.delete(owner)
    settings.set_value(S.THEME, "light")
    assert heard == ["dark"]
