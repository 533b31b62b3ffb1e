"""The cues' engine and voice follow the platform and the app's language; with no voice in
that language the user is told, in one line, how to get one. Qt's mock engine stands in for a
real one here (it has English voices only); tests/test_voice_speechd.py uses speech-dispatcher."""

from __future__ import annotations

import i18n_tools
import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtTextToSpeech import QTextToSpeech

from pilates_desktop.services.cues.voice import choose_voice, engine_name, how_to_get_a_voice


def test_speech_dispatcher_is_asked_for_by_name_on_linux() -> None:
    assert engine_name(["mock", "speechd"], "linux") == "speechd"
    assert engine_name(["mock", "sapi", "winrt"], "win32") == "sapi"
    assert engine_name(["darwin"], "darwin") == "darwin"


def test_only_a_test_engine_means_no_voice() -> None:
    assert engine_name(["mock"], "linux") is None
    assert engine_name([], "linux") is None


@pytest.fixture
def mock_tts(qapp: object) -> QTextToSpeech:
    return QTextToSpeech("mock")


def test_voice_in_the_users_region_first(mock_tts: QTextToSpeech) -> None:
    voice = choose_voice(mock_tts, "en", QLocale("en_GB"))
    assert voice is not None and voice.locale().name() == "en_GB"
    assert mock_tts.voice().name() == voice.name() and mock_tts.locale().name() == "en_GB"


def test_else_the_languages_main_region(mock_tts: QTextToSpeech) -> None:
    voice = choose_voice(mock_tts, "en", QLocale("de_DE"))  # a German desktop, English app
    assert voice is not None and voice.locale().name() == "en_US"


def test_the_users_own_voice_wins(mock_tts: QTextToSpeech) -> None:
    voice = choose_voice(mock_tts, "en", QLocale("en_US"), wanted_name="Mary")
    assert voice is not None and voice.name() == "Mary"
    other = choose_voice(mock_tts, "en", QLocale("en_US"), wanted_name="Nobody")
    assert other is not None and other.locale().name() == "en_US"


def test_no_voice_in_the_apps_language(mock_tts: QTextToSpeech) -> None:
    assert choose_voice(mock_tts, "de", QLocale("de_DE")) is None
    assert choose_voice(mock_tts, "es", QLocale("es_ES")) is None


@pytest.mark.parametrize("platform, where", [
    ("linux", "sudo apt install speech-dispatcher espeak-ng"),
    ("win32", "Windows Settings"), ("darwin", "System Settings")])
def test_how_to_get_a_voice_is_one_line(qapp: object, platform: str, where: str) -> None:
    line = how_to_get_a_voice("de", platform)
    assert "\n" not in line and where in line and "Deutsch" in line


def test_the_hint_reads_in_the_users_language(qapp: QCoreApplication) -> None:
    from pilates_desktop import i18n

    i18n_tools.ensure_built()
    try:
        i18n.install_translators(qapp, "de")
        assert how_to_get_a_voice("de", "linux").startswith("Keine Stimme für Deutsch: ")
        i18n.install_translators(qapp, "es")
        assert how_to_get_a_voice("es", "linux").startswith("No hay voz para Español: ")
    finally:
        i18n.install_translators(qapp, "en")


def test_cues_speak_only_with_a_voice_in_the_apps_language(qapp: QCoreApplication) -> None:
    from pilates_desktop import i18n
    from pilates_desktop.services.cues.service import QtSpeechBackend

    try:
        i18n.install_translators(qapp, "de")
        german = QtSpeechBackend("mock")
        assert german.error == "keine Stimme für Deutsch" and german.engine is None
        i18n.install_translators(qapp, "en")
        english = QtSpeechBackend("mock", "Mary")
        assert english.error is None and english.engine.voice().name() == "Mary"
    finally:
        i18n.install_translators(qapp, "en")
