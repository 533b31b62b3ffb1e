"""Which speech engine and voice speak the cues, and what to tell a user who has none.

On Linux Qt's ``speechd`` engine talks to speech-dispatcher, which packaging/bootstrap.sh
installs with espeak-ng; it is asked for by name, because Qt's default is simply the first
engine it finds, and that can be its silent ``mock`` test engine. The voice follows the app's
language (the cues are spoken in it): the locale of that language in the user's own region if
the engine has it, else the language's main region, and within it a plain voice rather than
one of espeak-ng's character variants ("German", not "German+Andy").
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from pilates_desktop.core.text import fill
from pilates_desktop.i18n import LANGUAGES

if TYPE_CHECKING:  # QtTextToSpeech loads QtMultimedia: only where a voice is wanted
    from PySide6.QtTextToSpeech import QTextToSpeech, QVoice

PREFERRED_ENGINE = {"linux": "speechd"}
TEST_ENGINES = ("mock",)

# espeak-ng's names for a region's standard voice, where its list starts with another one
# (its en_US list starts with "English (Caribbean)"); any other engine falls back to the rules.
STANDARD_VOICES = {
    "en_US": "English (America)",
    "en_GB": "English (Great Britain)",
    "es_ES": "Spanish (Spain)",
    "es_419": "Spanish (Latin America)",
    "de_DE": "German",
}


def engine_name(available: Sequence[str], platform: str = sys.platform) -> str | None:
    """The engine to ask for: the preferred one where Qt has it, else the first real one.
    ``None`` when only test engines exist (there is no voice to speak with)."""
    key = "linux" if platform.startswith("linux") else platform
    preferred = PREFERRED_ENGINE.get(key)
    if preferred in available:
        return preferred
    real = [name for name in available if name not in TEST_ENGINES]
    return real[0] if real else None


def _pick_locale(locales: Sequence[QLocale], language: str, system: QLocale) -> QLocale | None:
    wanted = QLocale(language).language()
    same = [loc for loc in locales if loc.language() == wanted]
    if not same:
        return None
    territories = [QLocale(language).territory()]
    if system.language() == wanted:
        territories.insert(0, system.territory())  # the user's own region first
    for territory in territories:
        for loc in same:
            if loc.territory() == territory:
                return loc
    return same[0]


def _pick_voice(voices: Sequence[QVoice], locale: QLocale, wanted_name: str) -> QVoice | None:
    if not voices:
        return None
    by_name = {v.name(): v for v in voices}
    for name in (wanted_name, STANDARD_VOICES.get(locale.name(), "")):
        if name and name in by_name:
            return by_name[name]
    plain = [v for v in voices if "+" not in v.name()]
    return (plain or list(voices))[0]


def choose_voice(tts: QTextToSpeech, language: str, system: QLocale | None = None,
                 wanted_name: str = "") -> QVoice | None:
    """Set ``tts`` to the best locale and voice for ``language`` (an app language code) and
    return the voice; ``None`` if the engine has no voice in that language. ``wanted_name``
    (the user's own choice in Settings) wins when the engine has it in that language."""
    locale = _pick_locale(tts.availableLocales(), language, system or QLocale.system())
    if locale is None:
        return None
    tts.setLocale(locale)
    voices = [v for v in tts.availableVoices() if v.locale().language() == locale.language()]
    voice = _pick_voice(voices, locale, wanted_name)
    if voice is not None:
        tts.setVoice(voice)
    return voice


def language_voices(language: str, system: QLocale | None = None) -> list[str]:
    """The names of the voices the cues' engine has in ``language``: the one chosen by default
    first, then the others in order. ``[]`` when there is no engine or no such voice."""
    from PySide6.QtTextToSpeech import QTextToSpeech

    engine = engine_name(QTextToSpeech.availableEngines())
    if engine is None:
        return []
    tts = QTextToSpeech(engine)
    try:
        if tts.state() == QTextToSpeech.State.Error:
            return []
        chosen = choose_voice(tts, language, system)
        if chosen is None:
            return []
        others = sorted({v.name() for v in tts.availableVoices()
                         if v.locale().language() == chosen.locale().language()}
                        - {chosen.name()}, key=lambda n: ("+" in n, n))
        return [chosen.name(), *others]
    finally:
        tts.deleteLater()


def how_to_get_a_voice(language: str, platform: str = sys.platform) -> str:
    """One line, in the user's language, saying how to get a voice for ``language``."""
    # The name the language menu shows (Qt's own would say "español de España").
    name = LANGUAGES.get(language) or QLocale(language).nativeLanguageName()
    if platform.startswith("win"):
        text = QCoreApplication.translate(
            "Voice", "No voice for %1: add one in Windows Settings › Time & language › Speech.")
    elif platform == "darwin":
        text = QCoreApplication.translate(
            "Voice", "No voice for %1: add one in System Settings › Accessibility › Spoken "
            "Content.")
    else:
        text = QCoreApplication.translate(
            "Voice", "No voice for %1: install speech-dispatcher and espeak-ng (Debian, Ubuntu: "
            "sudo apt install speech-dispatcher espeak-ng).")
    return fill(text, name)
