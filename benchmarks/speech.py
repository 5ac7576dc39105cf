"""Speech benchmark: word error rate, subtitle cue-boundary error and real-time factor.

Test audio is espeak-ng speech in several voices and speeds. Each sentence is synthesised on its
own, trimmed of espeak's padding and joined to the others with known silences, so every sentence's
true start and end are known to the sample. For each bundled Whisper model installed:

- WER: word-level edit distance between the transcript and the script (lower-cased, no punctuation);
- boundary error: for every sentence, |nearest cue start - sentence start| and
  |nearest cue end - sentence end|, averaged (ms);
- RTF: transcription wall time / audio duration (includes decoding the file; model load excluded).

Run from the repository root: `python benchmarks/speech.py [--models tiny.en base] [--quick]`.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import time
import wave
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.media import make_speech  # noqa: E402
from tests.wer import word_distance  # noqa: E402
from vidai_nb.engine.speech import make_cues, models, transcribe  # noqa: E402

# "plain": everyday words espeak-ng pronounces well; "hard": names, rare words and long words,
# where espeak-ng's pronunciation (not only the model) limits the score.
PLAIN = [
    "The weather was cold and windy when the train finally left the station.",
    "Please send me the report before the meeting on Friday afternoon.",
    "She opened the window and looked at the quiet street below.",
    "Our team will present the new design to the customers next week.",
    "He forgot his umbrella, so he waited under the bridge until the rain stopped.",
    "Fresh bread and warm soup were waiting for us in the kitchen.",
    "The museum is closed on Mondays, but the garden is open every day.",
    "Turn left at the second corner and walk straight to the old library.",
]
HARD = [
    "Doctor Patel moved the appointment to Thursday because the clinic was overbooked.",
    "The quarterly revenue grew faster than analysts had expected in their forecasts.",
    "Anthropologists studied the ancient pottery found near the riverbank in Peru.",
    "My grandmother knitted a scarf with yellow, crimson and turquoise stripes.",
    "The software engineer refactored the legacy database migration scripts.",
    "Jasmine tea and almond biscuits were served on the veranda at sunset.",
]
SETS = {"plain": PLAIN, "hard": HARD}
GAPS_MS = [700, 1200, 500, 900, 1500, 600, 1000]
VOICES = ["en-us", "en-gb", "en-us+f3"]
SPEEDS = [130, 175]


@dataclass
class TestAudio:
    sentences: list[str]
    path: Path
    spans: list[tuple[int, int]]  # each sentence's (start_ms, end_ms)
    duration_ms: int


def build_audio(workdir: Path, voice: str, wpm: int, sentences: list[str]) -> TestAudio:
    arrays: list[np.ndarray] = []
    spans: list[tuple[int, int]] = []
    rate = 22050
    pos = 0
    tag = f"{voice}-{wpm}-{abs(hash(tuple(sentences)))}"
    for i, sentence in enumerate(sentences):
        part = make_speech(workdir / f"{tag}-{i}.wav", sentence, voice=voice, words_per_minute=wpm)
        with wave.open(str(part)) as w:
            rate = w.getframerate()
            data = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2")
        loud = np.flatnonzero(np.abs(data.astype(np.int32)) > 64)
        data = data[loud[0]: loud[-1] + 1]
        spans.append((pos * 1000 // rate, (pos + len(data)) * 1000 // rate))
        arrays.append(data)
        pos += len(data)
        gap = np.zeros(rate * (GAPS_MS[i] if i < len(GAPS_MS) else 500) // 1000, dtype="<i2")
        arrays.append(gap)  # the last one is trailing silence
        pos += len(gap)
    out = workdir / f"{tag}.wav"
    with wave.open(str(out), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(np.concatenate(arrays).tobytes())
    return TestAudio(sentences, out, spans, pos * 1000 // rate)


_SPOKEN = {"dr": "doctor", "mr": "mister", "mrs": "missus", "vs": "versus"}


def normalise(text: str) -> list[str]:
    """Lower case, no punctuation, abbreviations spelled out ("Dr." and "Doctor" are the same word)."""
    words = re.sub(r"[^a-z0-9' ]", " ", text.lower().replace("-", " ")).split()
    return [_SPOKEN.get(w, w) for w in words]


def wer(reference: str, hypothesis: str) -> tuple[int, int]:
    """(edit distance in words, reference length)."""
    ref, hyp = normalise(reference), normalise(hypothesis)
    return word_distance(ref, hyp), len(ref)


def boundary_errors(spans: list[tuple[int, int]], cue_spans: list[tuple[int, int]]) -> list[int]:
    starts = [s for s, _ in cue_spans]
    ends = [e for _, e in cue_spans]
    errors: list[int] = []
    for start, end in spans:
        errors.append(min(abs(c - start) for c in starts))
        errors.append(min(abs(c - end) for c in ends))
    return errors


@dataclass
class Row:
    text: str
    model: str
    voice: str
    wpm: int
    errors: int
    words: int
    boundary: list[int]
    seconds: float
    audio_s: float

    @property
    def wer(self) -> float:
        return self.errors / max(self.words, 1)

    @property
    def rtf(self) -> float:
        return self.seconds / self.audio_s


def run(text: str, model_name: str, audio: TestAudio, voice: str, wpm: int) -> Row:
    os.environ[models.ENV_MODEL] = model_name
    t0 = time.perf_counter()
    words = transcribe(audio.path, language="en")
    seconds = time.perf_counter() - t0
    cues = make_cues(words)
    errs, n = wer(" ".join(audio.sentences), " ".join(w.text for w in words))
    bounds = boundary_errors(audio.spans, [(c.start_ms, c.end_ms) for c in cues])
    return Row(text, model_name, voice, wpm, errs, n, bounds, seconds, audio.duration_ms / 1000)


def print_rows(rows: list[Row]) -> None:
    head = (f"{'text':5} {'model':8} {'voice':9} {'wpm':>4} {'WER %':>6} {'bound ms':>8} {'max ms':>6} "
            f"{'RTF':>5}")
    print(head)
    print("-" * len(head))
    for r in rows:
        print(f"{r.text:5} {r.model:8} {r.voice:9} {r.wpm:>4} {100 * r.wer:6.1f} {np.mean(r.boundary):8.0f} "
              f"{max(r.boundary):6d} {r.rtf:5.2f}")
    for text, name in dict.fromkeys((r.text, r.model) for r in rows):
        mine = [r for r in rows if r.model == name and r.text == text]
        errs = sum(r.errors for r in mine) / sum(r.words for r in mine)
        bounds = [b for r in mine for b in r.boundary]
        rtf = sum(r.seconds for r in mine) / sum(r.audio_s for r in mine)
        print(f"{text:5} {name:8} {'ALL':9} {'':>4} {100 * errs:6.1f} {np.mean(bounds):8.0f} "
              f"{max(bounds):6d} {rtf:5.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    installed = [name for name, m in models.BUNDLED.items() if models.is_installed(m)]
    parser.add_argument("--models", nargs="+", default=installed, help="bundled model names or directories")
    parser.add_argument("--quick", action="store_true", help="one voice and one speed")
    parser.add_argument("--texts", nargs="+", default=list(SETS), choices=list(SETS))
    args = parser.parse_args()
    voices, speeds = (VOICES[:1], SPEEDS[1:]) if args.quick else (VOICES, SPEEDS)
    print(f"cpu threads per transcription: {models.cpu_threads()}; models: {', '.join(args.models)}")
    with tempfile.TemporaryDirectory() as tmp:
        audios = {(t, v, s): build_audio(Path(tmp), v, s, SETS[t])
                  for t in args.texts for v in voices for s in speeds}
        rows: list[Row] = []
        for name in args.models:
            os.environ[models.ENV_MODEL] = name
            t0 = time.perf_counter()
            models.get_model("en")  # load outside the timed runs
            print(f"{name}: loaded (hash check + load) in {time.perf_counter() - t0:.1f} s")
            rows += [run(t, name, audio, v, s) for (t, v, s), audio in audios.items()]
    print_rows(rows)


if __name__ == "__main__":
    main()
