"""Preferences: every control is bound to its declared setting, with its range, and applies at
once; the breath preview follows the pace; the theme and language apply without a restart."""

from __future__ import annotations

from typing import Any

import i18n_tools
import pytest
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QDoubleSpinBox, QSlider, QSpinBox

from pilates_desktop import i18n
from pilates_desktop.core.clock import FakeClock
from pilates_desktop.core.player import BreathPhase
from pilates_desktop.core.routines import Item, Routine
from pilates_desktop.core.timeline import SegmentKind, compile_timeline
from pilates_desktop.services import settings as S
from pilates_desktop.services.settings import Settings
from pilates_desktop.ui.preferences.dialog import PAGE_SETTINGS, PreferencesDialog


@pytest.fixture
def dialog(qtbot: Any, settings: Settings, library: Any, app_state: Any) -> PreferencesDialog:
    i18n_tools.ensure_built()
    i18n.install_translators(QApplication.instance(), "en")  # type: ignore[arg-type]
    d = PreferencesDialog(settings, app_state, library=library, voices=lambda: ["Anna", "Ben"],
                          clock=FakeClock())
    qtbot.addWidget(d)
    return d


def test_every_setting_on_a_page_has_a_bound_control(dialog: PreferencesDialog) -> None:
    for keys in PAGE_SETTINGS.values():
        for setting in keys:
            assert setting.key in dialog.controls, setting.key


@pytest.mark.parametrize("setting", [s for keys in PAGE_SETTINGS.values() for s in keys
                                     if s.type in (int, float)], ids=lambda s: s.key)
def test_numeric_controls_take_their_range_from_the_declaration(
    dialog: PreferencesDialog, settings: Settings, setting: S.Setting[Any]
) -> None:
    control = dialog.controls[setting.key]
    assert isinstance(control, QSpinBox | QDoubleSpinBox | QSlider)
    assert control.minimum() == setting.lo and control.maximum() == setting.hi
    # Changing the control changes the setting at once...
    target = setting.hi if setting.default != setting.hi else setting.lo
    control.setValue(target)  # type: ignore[arg-type]
    assert settings.value(setting) == target
    # ...and a change from elsewhere shows in the control.
    settings.set_value(setting, setting.default)
    assert control.value() == setting.default


def test_boolean_and_choice_controls_write_their_setting(
    dialog: PreferencesDialog, settings: Settings
) -> None:
    changed: list[str] = []
    for setting in (S.SOUND_ON, S.VOICE_ON, S.KNEE_PROBLEMS, S.NECK_PROBLEMS):
        settings.watch(setting, lambda _on, key=setting.key: changed.append(key))
    for setting in (S.SOUND_ON, S.VOICE_ON, S.KNEE_PROBLEMS, S.NECK_PROBLEMS):
        box = dialog.controls[setting.key]
        assert isinstance(box, QCheckBox)
        box.click()
        assert settings.value(setting) is (not setting.default)
        assert setting.key in changed
    for setting, value in ((S.THEME, "dark"), (S.GOAL_KIND, "minutes"), (S.LANGUAGE, "es"),
                           (S.VOICE_NAME, "Ben")):
        if setting is S.VOICE_NAME:
            dialog.show_page("cues")
        combo = dialog.controls[setting.key]
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findData(value))
        assert settings.value(setting) == value
    i18n.install_translators(QApplication.instance(), "en")  # type: ignore[arg-type]


def test_dependent_controls_enable_and_switch(dialog: PreferencesDialog, settings: Settings
                                              ) -> None:
    settings.set_value(S.SOUND_ON, False)
    assert not dialog.sound_volume.isEnabled()
    settings.set_value(S.SOUND_ON, True)
    assert dialog.sound_volume.isEnabled()
    assert not dialog.voice_name.isEnabled()  # voice is off by default
    settings.set_value(S.GOAL_KIND, "minutes")
    assert dialog.goal_minutes.isVisibleTo(dialog) and not dialog.goal_sessions.isVisibleTo(dialog)


def test_timing_settings_change_the_timeline(settings: Settings, library: Any) -> None:
    routine = Routine("r", "R", (Item("knee-lifts"), Item("lunges")))
    before = compile_timeline(routine, library, settings.pace())
    settings.set_value(S.GET_READY_S, 12)
    settings.set_value(S.DEFAULT_REST_S, 40)
    settings.set_value(S.REP_PACE_S, 6.0)
    after = compile_timeline(routine, library, settings.pace())
    ready = [s for s in after.segments if s.kind is SegmentKind.GET_READY]
    assert all(s.duration_s == 12 for s in ready)
    assert any(s.kind is SegmentKind.REST and s.duration_s == 40 for s in after.segments)
    assert after.total_s > before.total_s
    settings.set_value(S.INHALE_S, 5.0)
    settings.set_value(S.EXHALE_S, 7.0)
    assert settings.pace().breath_s == 12.0


def test_breath_preview_follows_the_pace(dialog: PreferencesDialog, settings: Settings) -> None:
    preview = dialog.preview
    settings.set_value(S.INHALE_S, 3.0)
    settings.set_value(S.EXHALE_S, 5.0)
    assert preview.phase_at(1.5) == (BreathPhase.IN, 0.5)
    assert preview.phase_at(3.0 + 2.5) == (BreathPhase.OUT, 0.5)
    assert preview.phase_at(8.0 + 0.0)[0] is BreathPhase.IN  # one breath is 8 s
    clock = preview._clock
    assert isinstance(clock, FakeClock)
    clock.advance(4.0)  # one second into the out-breath
    preview.tick()
    state = preview.ring.state()
    assert state.phase is BreathPhase.OUT and state.phase_progress == pytest.approx(0.2)


def test_restore_defaults_resets_only_the_current_page(
    dialog: PreferencesDialog, settings: Settings
) -> None:
    settings.set_value(S.GET_READY_S, 20)
    settings.set_value(S.SOUND_VOLUME, 10)
    dialog.show_page("practice")
    dialog.defaults_button.click()
    assert settings.value(S.GET_READY_S) == S.GET_READY_S.default
    assert settings.value(S.SOUND_VOLUME) == 10


def test_pain_marks_listed_and_cleared(qtbot: Any, settings: Settings, library: Any,
                                       app_state: Any) -> None:
    state = app_state
    state.add_pain_mark("lunges")
    d = PreferencesDialog(settings, state, library=library, voices=lambda: [], clock=FakeClock())
    qtbot.addWidget(d)
    assert d.pain_list.count() == 1 and "Lunges" in d.pain_list.item(0).text()
    d.pain_list.setCurrentRow(0)
    d.clear_pain.click()
    assert state.pain_mark("lunges") is None
    assert d.pain_list.item(0).data(0x0100) is None  # only the "no marks" hint is left


def test_voices_are_listed_only_when_the_cues_page_opens(qtbot: Any, settings: Settings) -> None:
    calls: list[int] = []

    def voices() -> list[str]:
        calls.append(1)
        return []

    d = PreferencesDialog(settings, voices=voices, clock=FakeClock())
    qtbot.addWidget(d)
    assert not calls
    d.show_page("cues")
    assert calls == [1]
    assert d.voice_name.count() == 1  # "System default"
    # One line saying how to get a voice (on Linux: which packages to install).
    note = d.voice_note.text()
    assert "\n" not in note and "speech-dispatcher espeak-ng" in note


def test_font_scale_steps_and_range(dialog: PreferencesDialog, settings: Settings) -> None:
    spin = dialog.font_scale
    assert (spin.minimum(), spin.maximum(), spin.singleStep()) == (100, 200, 10)
    spin.stepUp()
    assert settings.value(S.FONT_SCALE) == 110
