"""Sound and voice cues, driven by the session's signals.

Audio is a nicety, never a requirement. QtMultimedia and QtTextToSpeech are imported only when
first needed (they are heavy, and on a machine without ``libpulse`` the import itself fails).
If either cannot work, the app carries on: it says so once (``unavailable``) and asks the
player to flash the counter instead (``flash``).

The backends are injected, so tests never touch a real audio device: they pass a fake sound
backend and the ``mock`` speech engine.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal

from pilates_desktop.core.library import Library
from pilates_desktop.core.text import fill
from pilates_desktop.core.timeline import Segment, SegmentKind
from pilates_desktop.services import settings as S

SOUND_NAMES = ("get_ready", "go", "tick", "switch_side", "rest", "finish")


def sound_path(name: str) -> Path:
    """The bundled WAV for a cue (made by packaging/make_sounds.py)."""
    node = resources.files("pilates_desktop.assets").joinpath("sounds", f"{name}.wav")
    return Path(str(node))


class SoundBackend(Protocol):
    error: str | None  # why sound is unavailable, or None

    def play(self, name: str, volume: float) -> None: ...


class SpeechBackend(Protocol):
    error: str | None

    def say(self, text: str, volume: float, queue: bool = False) -> None: ...


class SilentBackend:
    """Plays and says nothing: for tests and screenshot scripts, which must not need audio."""

    error: str | None = None

    def play(self, name: str, volume: float) -> None:
        pass

    def say(self, text: str, volume: float, queue: bool = False) -> None:
        pass


class QtSoundBackend:
    """QSoundEffect for each bundled WAV; unavailable without QtMultimedia or an output."""

    def __init__(self, parent: QObject | None = None) -> None:
        self.error: str | None = None
        self._effects: dict[str, Any] = {}
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError as exc:  # e.g. libpulse missing
            self.error = fill(QCoreApplication.translate(
                     "Cues", "QtMultimedia cannot load (%1)"),
                              str(exc))
            return
        if not QMediaDevices.audioOutputs():
            self.error = QCoreApplication.translate("Cues", "no audio output device")
            return
        from PySide6.QtCore import QUrl

        for name in SOUND_NAMES:
            effect = QSoundEffect(parent)
            effect.setSource(QUrl.fromLocalFile(str(sound_path(name))))
            self._effects[name] = effect

    def play(self, name: str, volume: float) -> None:
        effect = self._effects.get(name)
        if effect is not None:
            effect.setVolume(volume)
            effect.play()


class QtSpeechBackend:
    """QTextToSpeech with the engine and voice services/voice.py picks (or a named engine,
    e.g. "mock" in tests), speaking the app's language."""

    def __init__(self, engine: str | None = None, voice: str = "",
                 parent: QObject | None = None) -> None:
        self.error: str | None = None
        self._tts: Any = None
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError as exc:
            self.error = fill(QCoreApplication.translate(
                     "Cues", "QtTextToSpeech cannot load (%1)"),
                              str(exc))
            return
        from pilates_desktop import i18n
        from pilates_desktop.services.cues.voice import choose_voice, engine_name

        engine = engine or engine_name(QTextToSpeech.availableEngines())
        if engine is None:
            self.error = QCoreApplication.translate("Cues", "no speech engine")
            return
        self._tts = QTextToSpeech(engine, parent)
        if self._tts.state() == QTextToSpeech.State.Error:
            self.error = self._tts.errorString() or QCoreApplication.translate(
                "Cues", "the speech engine reported an error")
            self._tts = None
            return
        # The cues are in the interface's language: a voice of another would garble them.
        language = i18n.current_language()
        if choose_voice(self._tts, language, wanted_name=voice) is None:
            self.error = fill(QCoreApplication.translate("Cues", "no voice for %1"),
                              i18n.LANGUAGES.get(language, language))
            self._tts = None

    def say(self, text: str, volume: float, queue: bool = False) -> None:
        if self._tts is None:
            return
        self._tts.setVolume(volume)
        if queue:
            self._tts.enqueue(text)
        else:
            self._tts.say(text)

    @property
    def engine(self) -> Any:
        return self._tts


SoundFactory = Callable[[QObject], SoundBackend]
SpeechFactory = Callable[[QObject, str], SpeechBackend]


def _default_sound(parent: QObject) -> SoundBackend:
    return QtSoundBackend(parent)


def _default_speech(parent: QObject, voice: str) -> SpeechBackend:
    return QtSpeechBackend(None, voice, parent)


class Cues(QObject):
    """Plays the cue for each session event, if sound and voice are on."""

    unavailable = Signal(str)  # a one-line, translated message; emitted once per kind
    flash = Signal()  # a cue that could not be heard: flash the counter instead
    spoken = Signal(str)  # what the voice said (for tests and screen readers)
    played = Signal(str)  # which sound played

    def __init__(self, settings: S.Settings, library: Library,
                 sound_factory: SoundFactory | None = None,
                 speech_factory: SpeechFactory | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._library = library
        self._sound_factory = sound_factory or _default_sound
        self._speech_factory = speech_factory or _default_speech
        self._sound: SoundBackend | None = None
        self._speech: SpeechBackend | None = None
        self._told: set[str] = set()
        self._segment: Segment | None = None
        settings.watch(S.VOICE_NAME, self._new_voice)
        settings.watch(S.LANGUAGE, self._new_voice)
        settings.watch(S.VOICE_ON, self._voice_on)

    # --- backends, created on first use --------------------------------------------------

    def prepare(self) -> None:
        """Load the backends that are switched on (called when a session starts)."""
        if self._settings.value(S.SOUND_ON):
            self._sound_backend()
        if self._settings.value(S.VOICE_ON):
            self._speech_backend()

    def _sound_backend(self) -> SoundBackend | None:
        if self._sound is None:
            self._sound = self._sound_factory(self)
            if self._sound.error:
                self._tell("sound", fill(self.tr(
                         "Sound is unavailable (%1): the breath counter flashes instead."),
                                         self._sound.error))
        return None if self._sound.error else self._sound

    def _speech_backend(self) -> SpeechBackend | None:
        if self._speech is None:
            self._speech = self._speech_factory(self, self._settings.value(S.VOICE_NAME))
            if self._speech.error:
                self._tell("voice", fill(self.tr("The voice is unavailable (%1)."),
                                         self._speech.error))
        return None if self._speech.error else self._speech

    def sound_available(self) -> bool:
        return self._sound is None or not self._sound.error

    def _tell(self, kind: str, text: str) -> None:
        if kind not in self._told:
            self._told.add(kind)
            self.unavailable.emit(text)

    def _new_voice(self, _name: str) -> None:
        self._speech = None  # a new voice or language: recreate on next use

    def _voice_on(self, on: bool) -> None:
        if on:
            self._speech_backend()

    # --- cue primitives ------------------------------------------------------------------

    def play(self, name: str) -> None:
        if not self._settings.value(S.SOUND_ON):
            return
        backend = self._sound_backend()
        if backend is None:
            self.flash.emit()
            return
        backend.play(name, self._settings.value(S.SOUND_VOLUME) / 100.0)
        self.played.emit(name)

    def say(self, text: str, queue: bool = False) -> None:
        if not self._settings.value(S.VOICE_ON) or not text:
            return
        backend = self._speech_backend()
        if backend is None:
            return
        backend.say(text, self._settings.value(S.VOICE_VOLUME) / 100.0, queue)
        self.spoken.emit(text)

    # --- session events ------------------------------------------------------------------

    def connect_session(self, session: Any) -> None:
        session.started.connect(self.prepare)
        session.segment_started.connect(self.on_segment_started)
        session.breath_phase_changed.connect(self.on_breath_phase)
        session.rep_changed.connect(self.on_rep)
        session.last_seconds.connect(self.on_last_seconds)
        session.ended.connect(self.on_ended)

    def _name(self, exercise_id: str) -> str:
        from pilates_desktop.i18n import ex_name

        ex = self._library.get(exercise_id)
        return ex_name(ex) if ex is not None else exercise_id

    def on_segment_started(self, index: int, segment: Segment) -> None:
        self._segment = segment
        kind = segment.kind
        if kind is SegmentKind.GET_READY:
            self.play("get_ready")
            self.say(fill(self.tr("Get ready: %1"), self._name(segment.exercise)))
        elif kind is SegmentKind.SWITCH_SIDE:
            self.play("switch_side")
            self.say(self.tr("Switch sides") if segment.side not in ("left", "right") else (
                self.tr("Switch to your left side") if segment.side == "left"
                else self.tr("Switch to your right side")))
        elif kind is SegmentKind.REST:
            self.play("rest")
            self.say(self.tr("Rest"))
        elif kind is SegmentKind.STEP:
            # A set-up or closing step: say what to do, as the card shows it.
            from pilates_desktop.i18n import ex_instruction

            ex = self._library.get(segment.exercise)
            if ex is not None:
                self.say(ex_instruction(ex, min(segment.step, len(ex.steps) - 1)))
        else:
            self.play("go")
            if not segment.breath_led:
                self.say(self.tr("Begin"))

    def on_breath_phase(self, breath: int, phase: str) -> None:
        seg = self._segment
        if seg is None or not seg.breath_led:
            return
        word = {"in": self.tr("Breathe in"), "out": self.tr("Breathe out")}.get(phase)
        if word:
            self.say(word, queue=True)

    def on_rep(self, rep: int) -> None:
        """An alternating exercise names the side of each repetition (core/moment.py)."""
        from pilates_desktop.core.moment import alternating_side

        seg = self._segment
        if seg is None or seg.side != "alternating" or seg.breath_led:
            return
        self.say(self.tr("Left") if alternating_side(rep) == "left" else self.tr("Right"))

    def on_last_seconds(self, seconds: int) -> None:
        self.play("tick")

    def on_ended(self, summary: Any) -> None:
        from pilates_desktop.core.history import SessionStatus

        if summary.status is SessionStatus.FINISHED:
            self.play("finish")
            self.say(self.tr("Well done. That is the end of the routine."))
