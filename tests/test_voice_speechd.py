"""A voice out of the box: with speech-dispatcher and espeak-ng installed (packaging/bootstrap.sh
installs both), Qt's speechd engine offers voices in English, German and Spanish and speaks a
cue. The test starts its own speech-dispatcher on a private socket, whose ALSA output is a file
(through ALSA's null device), so the spoken cue can be checked to be sound, not silence; it is
ended by its PID."""

from __future__ import annotations

import array
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

SPEECHD_CONF = """\
AudioOutputMethod "alsa"
AddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"
DefaultModule espeak-ng
LogLevel 2
"""


@pytest.fixture
def speechd(tmp_path: Path) -> Iterator[dict[str, str]]:
    """A private speech-dispatcher; returns the environment a client needs to reach it."""
    conf, home, run, logs = (tmp_path / d for d in ("conf", "home", "run", "log"))
    for d in (conf, home, run, logs):
        d.mkdir(mode=0o700)
    (conf / "speechd.conf").write_text(SPEECHD_CONF)
    (conf / "modules").symlink_to("/etc/speech-dispatcher/modules")
    sink = tmp_path / "speech.raw"
    (home / ".asoundrc").write_text(
        'pcm.!default {\n  type file\n  slave.pcm "null"\n'
        f'  file "{sink}"\n  format "raw"\n}}\n')
    socket = run / "speechd.sock"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "XDG_RUNTIME_DIR": str(run)}
    stderr = (logs / "stderr.log").open("wb")  # a pipe would fill up and stall the daemon
    daemon = subprocess.Popen(
        ["speech-dispatcher", "--run-single", "--timeout", "0", "--config-dir", str(conf),
         "--communication-method", "unix_socket", "--socket-path", str(socket),
         "--log-dir", str(logs)],
        env=env, stdout=subprocess.DEVNULL, stderr=stderr)
    try:
        deadline = time.monotonic() + 20
        while not socket.exists():
            assert daemon.poll() is None, (logs / "stderr.log").read_text(errors="replace")[-2000:]
            assert time.monotonic() < deadline, "speech-dispatcher did not open its socket"
            time.sleep(0.05)
        yield {"SPEECHD_ADDRESS": f"unix_socket:{socket}", "SINK": str(sink)}
    finally:
        daemon.terminate()
        try:
            daemon.wait(timeout=10)
        except subprocess.TimeoutExpired:
            daemon.kill()
            daemon.wait()
        stderr.close()


PROBE = r"""
import json, sys, time
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtTextToSpeech import QTextToSpeech

app = QCoreApplication(sys.argv)
result = {"engines": QTextToSpeech.availableEngines(), "voices": {}, "errors": []}
tts = QTextToSpeech("speechd")
result["state"] = tts.state().name
for lang in ("en", "de", "es"):
    tts.setLocale(QLocale(lang))
    result["voices"][lang] = sorted({v.locale().name() for v in tts.availableVoices()
                                     if v.locale().language() == QLocale(lang).language()})
tts.setLocale(QLocale("de"))
states = []
tts.stateChanged.connect(lambda s: states.append(s.name))
tts.errorOccurred.connect(lambda reason, text: result["errors"].append(text))
tts.say(sys.argv[1])
deadline = time.monotonic() + 20
while time.monotonic() < deadline and not (states and states[-1] in ("Ready", "Error")):
    app.processEvents()
    time.sleep(0.01)
result["states"] = states
print(json.dumps(result))
"""


def test_speechd_engine_has_en_de_es_voices_and_speaks_a_cue(speechd: dict[str, str]) -> None:
    env = {"PATH": "/usr/bin:/bin", "HOME": os.environ.get("HOME", "/root"),
           "QT_QPA_PLATFORM": "offscreen", "SPEECHD_ADDRESS": speechd["SPEECHD_ADDRESS"]}
    run = subprocess.run([sys.executable, "-c", PROBE, "Einatmen, und das Becken heben"],
                         env=env, capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    assert "speechd" in result["engines"]
    assert result["state"] == "Ready"
    for lang in ("en", "de", "es"):
        assert result["voices"][lang], f"no {lang} voice"
    assert result["states"] == ["Speaking", "Ready"] and result["errors"] == []
    samples = array.array("h", Path(speechd["SINK"]).read_bytes())
    assert len(samples) > 8000, "at least a fraction of a second was spoken"
    assert max(abs(s) for s in samples) > 1000, "the cue is sound, not silence"


CHOICE = r"""
import json, sys
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtTextToSpeech import QTextToSpeech
from pilates_desktop.services.cues.voice import choose_voice, engine_name

app = QCoreApplication(sys.argv)
engine = engine_name(QTextToSpeech.availableEngines())
tts = QTextToSpeech(engine)
out = {"engine": engine}
for language, system in (("en", "en_US"), ("en", "en_GB"), ("en", "de_DE"), ("de", "de_AT"),
                         ("es", "es_ES"), ("es", "es_MX")):
    voice = choose_voice(tts, language, QLocale(system))
    out[f"{language}/{system}"] = voice and [voice.name(), tts.locale().name()]
print(json.dumps(out))
"""


def test_the_app_picks_speechd_and_a_plain_voice_in_its_language(
        speechd: dict[str, str]) -> None:
    env = {"PATH": "/usr/bin:/bin", "HOME": os.environ.get("HOME", "/root"),
           "QT_QPA_PLATFORM": "offscreen", "SPEECHD_ADDRESS": speechd["SPEECHD_ADDRESS"]}
    run = subprocess.run([sys.executable, "-c", CHOICE], env=env, capture_output=True,
                         text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    chosen = json.loads(run.stdout)
    assert chosen == {
        "engine": "speechd",
        "en/en_US": ["English (America)", "en_US"],  # not the list's first, the Caribbean one
        "en/en_GB": ["English (Great Britain)", "en_GB"],
        "en/de_DE": ["English (America)", "en_US"],
        "de/de_AT": ["German", "de_DE"],
        "es/es_ES": ["Spanish (Spain)", "es_ES"],
        "es/es_MX": ["Spanish (Spain)", "es_ES"],
    }


CUES = r"""
import json, sys, time
from PySide6.QtCore import QCoreApplication
from PySide6.QtTextToSpeech import QTextToSpeech
from pilates_desktop import i18n
from pilates_desktop.services.cues.service import QtSpeechBackend

app = QCoreApplication(sys.argv)
i18n.install_translators(app, "es")
backend = QtSpeechBackend()  # what the app does: no engine named
tts = backend.engine
done = []
tts.stateChanged.connect(lambda s: done.append(s.name))
backend.say("Inspira y levanta la pelvis", 0.8)
deadline = time.monotonic() + 20
while time.monotonic() < deadline and not (done and done[-1] in ("Ready", "Error")):
    app.processEvents()
    time.sleep(0.01)
print(json.dumps({"error": backend.error, "engine": tts.engine(), "voice": tts.voice().name(),
                  "states": done}))
"""


def test_the_apps_cues_speak_spanish_through_speechd(speechd: dict[str, str]) -> None:
    env = {"PATH": "/usr/bin:/bin", "HOME": os.environ.get("HOME", "/root"),
           "QT_QPA_PLATFORM": "offscreen", "SPEECHD_ADDRESS": speechd["SPEECHD_ADDRESS"]}
    run = subprocess.run([sys.executable, "-c", CUES], env=env, capture_output=True,
                         text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout) == {"error": None, "engine": "speechd",
                                      "voice": "Spanish (Spain)",
                                      "states": ["Speaking", "Ready"]}
    samples = array.array("h", Path(speechd["SINK"]).read_bytes())
    assert max(abs(s) for s in samples) > 1000
