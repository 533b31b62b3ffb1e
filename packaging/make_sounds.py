"""Writes the cue sounds in assets/sounds/ with the standard library only.

The tones are soft bell-like notes (a sine with two quiet overtones and an exponential
decay), so they mark a change without startling someone lying on a mat. Run it again after
changing a tone: ``python packaging/make_sounds.py``. The output is deterministic.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 44100
OUT = Path(__file__).resolve().parent.parent / "assets" / "sounds"

# Equal-tempered note frequencies used below.
C4, E4, G4, A4 = 261.63, 329.63, 392.00, 440.00
C5, D5, E5, G5, A5, C6 = 523.25, 587.33, 659.26, 783.99, 880.00, 1046.50


def _bell(freq: float, length_s: float, decay: float, gain: float) -> list[float]:
    n = int(RATE * length_s)
    attack = int(RATE * 0.008)  # a short attack avoids a click
    out = []
    for i in range(n):
        t = i / RATE
        env = math.exp(-decay * t) * (i / attack if i < attack else 1.0)
        tail = max(0.0, min(1.0, (n - i) / (RATE * 0.02)))  # fade the last 20 ms to zero
        s = (math.sin(2 * math.pi * freq * t)
             + 0.25 * math.sin(2 * math.pi * 2 * freq * t)
             + 0.08 * math.sin(2 * math.pi * 3 * freq * t))
        out.append(gain * env * tail * s / 1.33)
    return out


def _sequence(notes: list[tuple[float, float, float]], decay: float = 6.0,
              gain: float = 0.55) -> list[float]:
    """Notes as (start_s, freq, length_s), mixed into one buffer."""
    end = max(start + length for start, _, length in notes)
    buf = [0.0] * int(RATE * end + 1)
    for start, freq, length in notes:
        offset = int(RATE * start)
        for i, v in enumerate(_bell(freq, length, decay, gain)):
            buf[offset + i] += v
    peak = max(1e-9, max(abs(v) for v in buf))
    if peak > 0.9:
        buf = [v * 0.9 / peak for v in buf]
    return buf


SOUNDS: dict[str, list[float]] = {
    # two rising notes: "get ready"
    "get_ready": _sequence([(0.0, C5, 0.35), (0.22, E5, 0.5)]),
    # a bright open fifth: "go"
    "go": _sequence([(0.0, G5, 0.6), (0.0, C5, 0.6)], decay=5.0, gain=0.45),
    # a short soft tick for each of the last three seconds
    "tick": _sequence([(0.0, A5, 0.09)], decay=30.0, gain=0.35),
    # down and back up: "change sides"
    "switch_side": _sequence([(0.0, E5, 0.25), (0.16, C5, 0.25), (0.32, E5, 0.45)]),
    # two low falling notes: "rest now"
    "rest": _sequence([(0.0, G4, 0.5), (0.3, E4, 0.8)], decay=3.5, gain=0.5),
    # a rising arpeggio that rings out: "well done"
    "finish": _sequence([(0.0, C5, 0.5), (0.15, E5, 0.5), (0.3, G5, 0.6), (0.45, C6, 1.2)],
                        decay=3.0, gain=0.4),
}


def write_all(folder: Path = OUT) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, samples in SOUNDS.items():
        path = folder / f"{name}.wav"
        with wave.open(str(path), "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(RATE)
            w.writeframes(b"".join(struct.pack("<h", int(max(-1.0, min(1.0, v)) * 32767))
                                   for v in samples))
        written.append(path)
    return written


if __name__ == "__main__":
    for p in write_all():
        print(p)
