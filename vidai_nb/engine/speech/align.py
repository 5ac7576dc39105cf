"""Tightening Whisper's word times with voice activity.

Whisper's cross-attention timing often starts the first word after a pause at the end of the
previous word, or ends the last word of a sentence deep in the following silence. Voice activity
regions are exact to a few tens of ms, so a word edge that falls in a gap is moved to the nearest
speech edge inside the word.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence

import numpy as np

from .layout import CLAUSE_END, SENTENCE_END

Region = tuple[float, float]  # seconds

# Fine-grained activity for timing (the transcription VAD merges across pauses of up to 1 s).
_TIMING_VAD = {"threshold": 0.5, "min_silence_duration_ms": 150, "speech_pad_ms": 30}


def speech_regions(audio: np.ndarray, sample_rate: int = 16_000) -> list[Region]:
    """Sorted, disjoint (start_s, end_s) stretches of speech found by Silero VAD."""
    from faster_whisper.vad import VadOptions, get_speech_timestamps  # only with the speech extra

    stamps = get_speech_timestamps(audio, VadOptions(**_TIMING_VAD), sampling_rate=sample_rate)
    return [(s["start"] / sample_rate, s["end"] / sample_rate) for s in stamps]


_MIN_OVERLAP_S = 0.12  # a word touching a region by less than this did not start/end there
_MAX_EXTEND_S = 0.5  # never stretch a word to a speech edge further away than this
_PAUSE_S = 0.25  # silence inside a word's span longer than this is a pause between words


def _overlaps(start: float, end: float, regions: Sequence[Region], starts: Sequence[float]) -> list[int]:
    first = max(bisect.bisect_right(starts, start) - 1, 0)
    return [k for k in range(first, bisect.bisect_left(starts, end))
            if regions[k][1] > start and regions[k][0] < end]


def _trim(start: float, end: float, regions: Sequence[Region], starts: Sequence[float]) -> Region:
    """Cut a word's edges back to the speech it covers (dropping slivers of neighbouring speech)."""
    hits = _overlaps(start, end, regions, starts)
    if not hits:
        return start, end

    def covered(k: int) -> float:
        return min(end, regions[k][1]) - max(start, regions[k][0])

    while len(hits) > 1 and covered(hits[0]) < _MIN_OVERLAP_S:
        hits.pop(0)
    while len(hits) > 1 and covered(hits[-1]) < _MIN_OVERLAP_S:
        hits.pop()
    return max(start, regions[hits[0]][0]), min(end, regions[hits[-1]][1])


def _split_at_pause(
    span: Region, regions: Sequence[Region], starts: Sequence[float], after_punct: bool, ends_punct: bool
) -> Region:
    """A word stretched across a pause, next to punctuation, belongs to the speech on the far side."""
    start, end = span
    hits = _overlaps(start, end, regions, starts)
    gaps = [k for a, k in itertools.pairwise(hits) if regions[k][0] - regions[a][1] >= _PAUSE_S]
    if not gaps:
        return span
    if after_punct:  # "...stopped. | Fresh": the pause is before this word
        return regions[gaps[0]][0], end
    if ends_punct:  # "stopped. | Fresh": the pause is after this word
        return start, regions[gaps[-1] - 1][1]
    return span


def _pull_stranded(
    spans: list[Region], sentence_end: Sequence[bool], regions: Sequence[Region], starts: Sequence[float]
) -> list[Region]:
    """Move a sentence's first word that Whisper left before the pause to after it.

    "...rain stopped. Fresh | (pause) | bread and..." is almost never right: after a sentence end
    the pause belongs before "Fresh", so "Fresh" goes to where the speech after the pause begins.
    """
    out = list(spans)
    for i in range(1, len(out) - 1):
        if not sentence_end[i - 1] or sentence_end[i]:
            continue
        end, next_start = out[i][1], out[i + 1][0]
        k = bisect.bisect_right(starts, next_start) - 1  # the region the next word starts in
        if k < 0 or regions[k][0] - end < _PAUSE_S or regions[k][0] > next_start:
            continue
        begin = regions[k][0]
        out[i] = (begin, max(next_start, begin + 0.05))
        out[i + 1] = (max(out[i + 1][0], out[i][1]), max(out[i + 1][1], out[i][1]))
    return out


def align_words(
    spans: Sequence[Region], regions: Sequence[Region], texts: Sequence[str] | None = None
) -> list[Region]:
    """Word (start, end) spans adjusted to voice activity.

    1. An edge lying in silence, or touching speech only by a sliver, moves to the speech it covers.
    2. With the `texts`, a word stretched across a pause next to punctuation is moved to its side
       of the pause (Whisper often starts the first word of a sentence in the previous one).
    3. The first word after a pause starts where its speech starts, and the last word before a
       pause ends where its speech ends (Whisper tends to start such words early and end them early),
       by at most half a second.
    """
    if not regions:
        return list(spans)
    starts = [r[0] for r in regions]
    trimmed = [_trim(s, e, regions, starts) for s, e in spans]
    if texts is not None:
        punct = [t.strip().endswith(SENTENCE_END + CLAUSE_END) for t in texts]
        trimmed = [
            _split_at_pause(span, regions, starts, i > 0 and punct[i - 1], punct[i])
            for i, span in enumerate(trimmed)
        ]
        sentence_end = [t.strip().endswith(SENTENCE_END) for t in texts]
        trimmed = _pull_stranded(trimmed, sentence_end, regions, starts)
    out: list[Region] = []
    for i, (s, e) in enumerate(trimmed):
        hits = _overlaps(s, e, regions, starts)
        if hits:
            first, last = regions[hits[0]], regions[hits[-1]]
            prev_end = trimmed[i - 1][1] if i > 0 else float("-inf")
            next_start = trimmed[i + 1][0] if i + 1 < len(trimmed) else float("inf")
            if prev_end <= first[0] and s - first[0] <= _MAX_EXTEND_S:
                s = first[0]
            if next_start >= last[1] and last[1] - e <= _MAX_EXTEND_S:
                e = last[1]
        out.append((s, max(e, s)))
    return out
