"""Quiet stretches between words, from the audio itself (10 ms frames, a level relative to the speech).

Whisper's word times are off by hundreds of ms around fillers and false starts; the sound is not. A word
left off its sound is moved onto it (`fit_words`), and a cut between two words is moved into the real
quiet stretch nearest to where the words say it is (transcript.plan_cuts).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from .audio import SAMPLE_RATE, pcm_chunks
from .fillers import is_filler
from .records import Word

FRAME_MS = 10
MIN_QUIET_MS = 60  # shorter dips are inside words and phrases (stop consonants)
BELOW_SPEECH_DB = 30  # quieter than the loud speech frames (95th percentile) by this much is quiet
FLOOR = 10 ** (-60 / 20)  # never call audio above -60 dBFS quiet when the speech itself is quiet

_kept: OrderedDict[tuple[str, int, int], list[tuple[int, int]]] = OrderedDict()
_lock = threading.Lock()


def _levels(path: Path) -> np.ndarray:
    frame = SAMPLE_RATE * FRAME_MS // 1000
    out: list[np.ndarray] = []
    rest = np.zeros(0, dtype=np.float32)
    for chunk in pcm_chunks(path, chunk_samples=SAMPLE_RATE * 30):
        data = np.concatenate([rest, chunk]) if len(rest) else chunk
        n = len(data) // frame
        if n:
            out.append(np.sqrt(np.mean(data[: n * frame].reshape(n, frame) ** 2, axis=1)))
        rest = data[n * frame:]
    return np.concatenate(out) if out else np.zeros(0, dtype=np.float32)


def quiet_spans(path: Path | str) -> list[tuple[int, int]]:
    """(start_ms, end_ms) of the file's quiet stretches of at least MIN_QUIET_MS; kept per file."""
    path = Path(path)
    st = path.stat()
    key = (str(path.resolve()), st.st_mtime_ns, st.st_size)
    with _lock:
        if key in _kept:
            return list(_kept[key])
    levels = _levels(path)
    spans: list[tuple[int, int]] = []
    if len(levels):
        loud = float(np.percentile(levels, 95))
        threshold = max(loud * 10 ** (-BELOW_SPEECH_DB / 20), min(FLOOR, loud / 2))
        quiet = np.concatenate([[False], levels < threshold, [False]])
        edges = np.flatnonzero(np.diff(quiet.astype(np.int8)))
        for a, b in zip(edges[::2], edges[1::2], strict=True):
            if (b - a) * FRAME_MS >= MIN_QUIET_MS:
                spans.append((int(a) * FRAME_MS, int(b) * FRAME_MS))
    with _lock:
        _kept[key] = spans
        while len(_kept) > 16:
            _kept.popitem(last=False)
    return list(spans)


MOVE_MS = 700  # how far a word may be moved to a sounding stretch that Whisper left without words


def fit_words(words: Sequence[Word], quiet: Sequence[tuple[int, int]]) -> list[Word]:
    """Words moved onto the sound they are: Whisper often stamps a filler or a false start onto the
    start of the next phrase ("um" at the "the" of "um | the park"), leaving the "um" sound without a
    word. A sounding stretch between two quiet ones that holds no word takes a neighbouring word that
    lies wholly in the quiet, else the nearest word of a neighbouring stretch that holds several (a
    filler first), within MOVE_MS."""
    out = list(words)
    if not out or not quiet:
        return out
    edges = [0, *[x for q in quiet for x in q], max(quiet[-1][1], out[-1].end_ms)]
    islands = [(a, b) for a, b in zip(edges[::2], edges[1::2], strict=False) if b - a >= MIN_QUIET_MS]

    def owner(w: Word) -> int | None:
        best, most = None, 0
        for k, (a, b) in enumerate(islands):
            got = min(b, w.end_ms) - max(a, w.start_ms)
            if got > most:
                best, most = k, got
        return best

    owners = [owner(w) for w in out]
    for k, (a, b) in enumerate(islands):
        if k in owners:
            continue
        nxt = next((i for i, w in enumerate(out) if w.start_ms >= b), None)
        prv = next((i for i in range(len(out) - 1, -1, -1) if out[i].end_ms <= a), None)
        floating: list[int] = []  # a word stamped wholly in a quiet stretch belongs to no sound yet
        choices: list[int] = []
        for i, first in ((nxt, True), (prv, False)):
            if i is None:
                continue
            near = (out[i].start_ms - b) if first else (a - out[i].end_ms)
            if near > MOVE_MS:
                continue
            if owners[i] is None:
                floating.append(i)
                continue
            mates = [j for j, o in enumerate(owners) if o == owners[i]]
            edge_word = mates[0] == i if first else mates[-1] == i
            if len(mates) >= 2 and edge_word:
                choices.append(i)
        choices = floating + choices
        if not choices:
            continue
        i = next((c for c in choices if is_filler(out[c].text)), choices[0])
        out[i] = Word(out[i].text, a, b, out[i].probability)
        owners[i] = k
    return out
