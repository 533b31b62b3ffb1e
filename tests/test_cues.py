"""Cues: the right sound and words at the right moment, and a calm fallback without audio.

A fake sound backend stands in for QSoundEffect, so no test touches a real audio device; the
voice uses Qt's ``mock`` speech engine.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from pilates_desktop.core.clock import FakeClock
from pilates_desktop.core.history import HistoryStore
from pilates_desktop.core.routines import Item, Routine
from pilates_desktop.core.timeline import Pace, compile_timeline
from pilates_desktop.services import settings as S
from pilates_desktop.services.cues.service import (
    SOUND_NAMES,
    Cues,
    QtSoundBackend,
    QtSpeechBackend,
    sound_path,
)
from pilates_desktop.services.session import SessionController

PACE = Pace(get_ready_s=2, rep_s=2.0, inhale_s=2.0, exhale_s=2.0, switch_side_s=2,
            default_rest_s=3)
LIB_STEP_1 = ("Let your hands sink toward the floor and hollow the space between pubic bone "
              "and navel into a C-curve.")
ROUTINE = Routine("c", "Cue test", (Item("clams", reps=1), Item("basic-starting-position",
                                                                hold_breaths=1)))


class FakeSound:
    def __init__(self, error: str | None = None) -> None:
        self.error = error
        self.played: list[tuple[str, float]] = []

    def play(self, name: str, volume: float) -> None:
        self.played.append((name, volume))


class FakeSpeech:
    def __init__(self, error: str | None = None) -> None:
        self.error = error
        self.said: list[tuple[str, float, bool]] = []

    def say(self, text: str, volume: float, queue: bool = False) -> None:
        self.said.append((text, volume, queue))


@pytest.fixture
def rig(qtbot, library, tmp_path: Path, settings):  # type: ignore[no-untyped-def]
    store = HistoryStore.open(tmp_path / "h.sqlite3", backups_dir=tmp_path / "b").store
    sound, speech = FakeSound(), FakeSpeech()
    cues = Cues(settings, library, sound_factory=lambda parent: sound,
                speech_factory=lambda parent, voice: speech)
    clock = FakeClock()
    controller = SessionController(store, clock)
    cues.connect_session(controller)
    timeline = compile_timeline(ROUTINE, library, PACE)

    def run(seconds: float) -> None:
        for _ in range(int(round(seconds / 0.1))):
            clock.advance(0.1)
            controller.tick()

    yield settings, cues, controller, timeline, sound, speech, run
    controller._timer.stop()
    store.close()


def test_the_bundled_sounds_exist() -> None:
    for name in SOUND_NAMES:
        path = sound_path(name)
        assert path.is_file(), path
        assert path.read_bytes()[:4] == b"RIFF"


def test_sounds_mark_each_kind_of_moment(rig) -> None:
    settings, cues, controller, timeline, sound, speech, run = rig
    settings.set_value(S.SOUND_VOLUME, 40)
    controller.start(ROUTINE, timeline)
    run(timeline.total_s + 0.5)
    names = [n for n, _ in sound.played]
    assert names[0] == "get_ready"
    assert names[-1] == "finish"
    for name in ("go", "switch_side", "rest", "tick"):
        assert name in names
    # the last three seconds of each segment of 3 s or more tick 3, 2, 1
    assert names.count("tick") >= 3
    assert {v for _, v in sound.played} == {0.4}
    assert speech.said == []  # the voice is off by default


def test_sound_off_plays_nothing(rig) -> None:
    settings, cues, controller, timeline, sound, speech, run = rig
    settings.set_value(S.SOUND_ON, False)
    controller.start(ROUTINE, timeline)
    run(3.0)
    assert sound.played == []


def test_voice_speaks_names_and_phase_words(rig) -> None:
    settings, cues, controller, timeline, sound, speech, run = rig
    settings.set_value(S.VOICE_ON, True)
    settings.set_value(S.VOICE_VOLUME, 50)
    controller.start(ROUTINE, timeline, timeline.first_segment_of_item(1))
    run(2.0 + PACE.step_s + 4.0 + 0.1)  # get ready, the step into the C-curve, one breath
    texts = [t for t, _, _ in speech.said]
    assert texts[0] == "Get ready: Basic Starting Position (C-curve)"
    assert texts[1] == LIB_STEP_1  # the set-up step is said as the card shows it
    assert "Breathe in" in texts and "Breathe out" in texts
    assert texts.index("Breathe in") < texts.index("Breathe out")
    assert {v for _, v, _ in speech.said} == {0.5}


def test_the_voice_names_the_side_of_each_alternating_repetition(rig, library) -> None:  # type: ignore[no-untyped-def]
    """Issue 14 item 7: alternating exercises never said left or right."""
    settings, cues, controller, _, sound, speech, run = rig
    settings.set_value(S.VOICE_ON, True)
    routine = Routine("k", "Knees", (Item("knee-lifts", reps=2),))
    timeline = compile_timeline(routine, library, PACE)
    controller.start(routine, timeline)
    run(timeline.total_s + 0.5)
    sides = [t for t, _, _ in speech.said if t in ("Left", "Right")]
    assert sides == ["Right", "Left", "Right", "Left"]


def test_unavailable_sound_is_told_once_and_flashes_instead(qtbot, library, settings) -> None:
    told: list[str] = []
    flashes: list[bool] = []
    cues = Cues(settings, library, sound_factory=lambda p: FakeSound("no audio output device"),
                speech_factory=lambda p, v: FakeSpeech())
    cues.unavailable.connect(told.append)
    cues.flash.connect(lambda: flashes.append(True))
    for _ in range(3):
        cues.play("go")
    assert len(told) == 1 and "no audio output device" in told[0]
    assert len(flashes) == 3
    assert not cues.sound_available()


def test_missing_qtmultimedia_is_not_a_crash(monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)  # import fails
    backend = QtSoundBackend()
    assert backend.error and "QtMultimedia" in backend.error
    backend.play("go", 1.0)  # does nothing, raises nothing


def test_missing_speech_module_is_not_a_crash(monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "PySide6.QtTextToSpeech", None)
    backend = QtSpeechBackend("mock")
    assert backend.error
    backend.say("hello", 1.0)


# The mock engine loads the multimedia symbol resolver, which notes that pipewire is absent.
@pytest.mark.qt_log_ignore("Couldn't load pipewire", "Couldn't resolve pipewire")
def test_mock_speech_engine(qtbot) -> None:
    backend = QtSpeechBackend("mock")
    assert backend.error is None
    backend.say("Breathe in", 0.3)
    assert backend.engine.volume() == pytest.approx(0.3)
