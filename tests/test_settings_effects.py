"""Each preference has its effect where it matters: cues, voice, font scale, health flags in
the player, and the weekly goal's kind and size."""

from __future__ import annotations

from typing import Any

import pytest

from pilates_desktop.core.routines import Item, Routine
from pilates_desktop.services import settings as S
from pilates_desktop.services.settings import Settings

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


class Recorder:
    error = None

    def __init__(self, voice: str = "") -> None:
        self.voice = voice
        self.calls: list[tuple[str, float]] = []

    def play(self, name: str, volume: float) -> None:
        self.calls.append((name, volume))

    def say(self, text: str, volume: float, queue: bool = False) -> None:
        self.calls.append((text, volume))


def test_sound_on_and_volume(settings: Settings, library: Any) -> None:
    from pilates_desktop.services.cues.service import Cues

    sound = Recorder()
    cues = Cues(settings, library, sound_factory=lambda p: sound,
                speech_factory=lambda p, v: Recorder(v))
    settings.set_value(S.SOUND_VOLUME, 30)
    cues.play("begin")
    assert sound.calls == [("begin", pytest.approx(0.3))]
    settings.set_value(S.SOUND_ON, False)
    cues.play("begin")
    assert len(sound.calls) == 1


def test_voice_on_volume_and_name(settings: Settings, library: Any) -> None:
    from pilates_desktop.services.cues.service import Cues

    made: list[Recorder] = []

    def speech(parent: Any, voice: str) -> Recorder:
        made.append(Recorder(voice))
        return made[-1]

    cues = Cues(settings, library, sound_factory=lambda p: Recorder(), speech_factory=speech)
    cues.say("Breathe in")
    assert not made or not made[-1].calls  # the voice is off by default
    settings.set_value(S.VOICE_ON, True)
    settings.set_value(S.VOICE_VOLUME, 50)
    cues.say("Breathe in")
    assert made[-1].calls == [("Breathe in", pytest.approx(0.5))]
    settings.set_value(S.VOICE_NAME, "Anna")
    cues.say("Breathe out")
    assert made[-1].voice == "Anna" and made[-1].calls == [("Breathe out", pytest.approx(0.5))]


@pytest.fixture
def window(make_window: Any) -> Any:
    return make_window(sound_factory=lambda p: Recorder(),
                       speech_factory=lambda p, v: Recorder(v))


def test_font_scale_grows_the_player_type(window: Any) -> None:
    from pilates_desktop.ui.player.view import HEADING_MAX_SCALE

    label = window.player_view.meta_label
    name = window.player_view.name_label
    before, name_before = label.font().pointSizeF(), name.font().pointSizeF()
    window.settings.set_value(S.FONT_SCALE, 200)
    assert label.font().pointSizeF() == pytest.approx(2 * before)
    # The exercise name, already large, grows by half at most: the room goes to the words.
    assert name.font().pointSizeF() == pytest.approx(name_before * HEADING_MAX_SCALE / 100)
    assert HEADING_MAX_SCALE >= 150
    window.settings.set_value(S.FONT_SCALE, 150)
    assert label.font().pointSizeF() == pytest.approx(1.5 * before)
    assert name.font().pointSizeF() == pytest.approx(1.5 * name_before)


def test_kept_contraindicated_exercise_shows_a_caution_on_the_player_card(
    window: Any, prompter: Any
) -> None:
    from pilates_desktop.core.safety import Choice
    from pilates_desktop.ui.dialogs.safety import SAFETY_REVIEW, SafetyDialog

    def keep(dialog: SafetyDialog) -> bool:
        for row in dialog.rows():
            row.buttons[Choice.KEEP].setChecked(True)
        return True

    prompter.answers[SAFETY_REVIEW] = keep
    window.settings.set_value(S.KNEE_PROBLEMS, True)
    assert window.start_routine(Routine("r", "R", (Item("childs-pose"),)))
    window.session.tick()
    card = window.player_view.card.card
    assert card is not None, "the figure helper's StepCard"
    assert card.banner.isVisibleTo(window)
    assert "knee" in card.banner_label.text().lower()
    window.settings.set_value(S.KNEE_PROBLEMS, False)  # answered differently in Preferences
    assert not card.banner.isVisibleTo(window)


def test_pace_settings_reach_a_started_session(window: Any) -> None:
    window.settings.set_value(S.GET_READY_S, 9)
    assert window.start_routine(Routine("r", "R", (Item("lunges"),)))
    window.session.tick()
    seg = window.session.state().segment
    assert seg.kind.value == "get_ready" and seg.duration_s == 9
