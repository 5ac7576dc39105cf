"""Speech with known timings: each phrase spoken alone by espeak-ng, trimmed to its sound, and laid end
to end with set silences, so where every phrase (and so the silence between words) starts and ends is
known to the sample. Words inside a phrase run together as in real speech: no cut may fall there."""

from __future__ import annotations

import wave
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from tests import media

RATE = 22050  # espeak-ng's own rate
_QUIET = 0.02  # a sample quieter than this (of full scale) at a word's edges is silence


@dataclass(frozen=True)
class Phrase:
    text: str
    start_ms: int
    end_ms: int


def _word_audio(text: str, tmp: Path, voice: str = "en-us") -> np.ndarray:
    wav = media.make_speech(tmp / "w.wav", text, voice=voice)
    with wave.open(str(wav)) as w:
        assert w.getframerate() == RATE and w.getsampwidth() == 2
        data = np.frombuffer(w.readframes(w.getnframes()), dtype=np.int16).astype(np.float32) / 32768
    loud = np.flatnonzero(np.abs(data) > _QUIET)
    return data[loud[0]: loud[-1] + 1] if len(loud) else data[:0]


def speak(path: Path, sentences: list[str], gap_ms: int = 300, sentence_gap_ms: int = 700,
          lead_ms: int = 500, tail_ms: int = 600, voice: str = "en-us") -> list[Phrase]:
    """Write the sentences as a WAV and return each phrase's true span. A sentence is phrases split
    by "|" ("So, | um, | the park is nice."), spoken one by one with `gap_ms` between them, in
    espeak-ng's `voice` ("cmn" for Mandarin)."""
    tmp = path.parent / (path.stem + "-words")
    tmp.mkdir(exist_ok=True)
    cache: dict[str, np.ndarray] = {}
    parts: list[np.ndarray] = [np.zeros(RATE * lead_ms // 1000, dtype=np.float32)]
    pos = len(parts[0])
    truth: list[Phrase] = []
    for si, sentence in enumerate(sentences):
        words = [p.strip() for p in sentence.split("|") if p.strip()]
        for wi, word in enumerate(words):
            key = word.strip(",.?!").lower()
            if key not in cache:
                cache[key] = _word_audio(word, tmp, voice)
            audio = cache[key]
            truth.append(Phrase(word, pos * 1000 // RATE, (pos + len(audio)) * 1000 // RATE))
            parts.append(audio)
            pos += len(audio)
            last = wi == len(words) - 1 and si == len(sentences) - 1
            gap = tail_ms if last else (sentence_gap_ms if wi == len(words) - 1 else gap_ms)
            parts.append(np.zeros(RATE * gap // 1000, dtype=np.float32))
            pos += len(parts[-1])
    pcm = (np.concatenate(parts) * 32767).astype(np.int16)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(pcm.tobytes())
    return truth


def speak_video(path: Path, sentences: list[str], **kw: Any) -> list[Phrase]:
    """The same speech as the sound of a small test-pattern MP4 (AAC), for the main track."""
    wav = path.with_suffix(".wav")
    truth = speak(wav, sentences, **kw)
    with wave.open(str(wav)) as w:
        seconds = w.getnframes() / w.getframerate()
    media.run_ffmpeg("-f", "lavfi", "-i", f"testsrc2=size=160x120:rate=25:duration={seconds:.3f}",
                     "-i", str(wav), "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p",
                     "-c:a", "aac", "-b:a", "96k", "-shortest", str(path))
    return truth
