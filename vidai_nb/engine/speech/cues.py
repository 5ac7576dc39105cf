"""Grouping timed words into subtitle cues.

Words are first cut into blocks at sentence ends and pauses; a block too long for one cue is then
split where the split reads best (after punctuation, before a conjunction, at a short pause) into
cues of similar length, by dynamic programming over the split points.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from .fillers import is_filler
from .layout import CLAUSE_END, SENTENCE_END, join, layout, width
from .records import Cue, Word

PAUSE_MS = 500  # a gap this long between words is a natural place for a new cue
_SHORT_PAUSE_MS = 200
# Words a new subtitle line or cue reads well starting with (English; other languages rely on
# punctuation and pauses).
_CONNECTIVES = frozenset({
    "and", "but", "or", "so", "because", "although", "though", "while", "when", "whereas", "which",
    "who", "whom", "whose", "that", "if", "unless", "until", "after", "before", "since", "then", "where",
})


def _fits(words: Sequence[Word], max_chars: int, max_lines: int, max_ms: int) -> bool:
    if len(words) > 1 and words[-1].end_ms - words[0].start_ms > max_ms:
        return False
    return layout([w.text for w in words], max_chars, max_lines) is not None


def _blocks(words: Sequence[Word], min_ms: int) -> list[list[Word]]:
    """Runs of words between sentence ends and pauses.

    A break is only taken once the block can last `min_ms` before the next word starts, so a short
    "Yes." followed at once by more speech stays with what follows.
    """
    blocks: list[list[Word]] = []
    current: list[Word] = []
    for word in words:
        if current:
            prev = current[-1]
            natural = prev.text.endswith(SENTENCE_END) or word.start_ms - prev.end_ms >= PAUSE_MS
            if natural and word.start_ms - current[0].start_ms >= min_ms:
                blocks.append(current)
                current = []
        current.append(word)
    if current:
        blocks.append(current)
    return blocks


def _break_cost(words: Sequence[Word], i: int) -> float:
    """How badly a cue break before words[i] reads (0 = at a sentence end or a pause)."""
    prev, nxt = words[i - 1], words[i]
    gap = nxt.start_ms - prev.end_ms
    if prev.text.endswith(SENTENCE_END) or gap >= PAUSE_MS:
        return 0.0
    if prev.text.endswith(CLAUSE_END):
        return 2.0
    if gap >= _SHORT_PAUSE_MS:
        return 4.0
    if nxt.text.lower().strip(",.;:!?\"'") in _CONNECTIVES:
        return 5.0
    return 12.0


def _split_block(
    block: Sequence[Word], max_chars: int, max_lines: int, min_ms: int, max_ms: int
) -> list[list[Word]]:
    """The best partition of a block into cues that each fit (fewest cues, even, good breaks)."""
    n = len(block)
    if _fits(block, max_chars, max_lines, max_ms):
        return [list(block)]
    capacity = max_chars * max_lines
    target = min(width(join([w.text for w in block])) / 2, capacity * 0.75)
    inf = float("inf")
    best: list[float] = [0.0] + [inf] * n  # best[j]: cost of cueing block[:j]
    back = [0] * (n + 1)
    for j in range(1, n + 1):
        for i in range(j - 1, -1, -1):
            part = block[i:j]
            if j - i > 1 and not _fits(part, max_chars, max_lines, max_ms):
                break  # longer parts (smaller i) will not fit either
            if best[i] == inf:
                continue
            w = width(join([x.text for x in part]))
            cost = 100.0 + ((w - target) / 8) ** 2  # every cue costs; even lengths read best
            if j < n:
                cost += _break_cost(block, j)
            if part[-1].end_ms - part[0].start_ms < min_ms:
                cost += 30.0  # too short to read
            if best[i] + cost < best[j]:
                best[j] = best[i] + cost
                back[j] = i
    cuts = [n]
    while cuts[-1] > 0:
        cuts.append(back[cuts[-1]])
    cuts.reverse()
    return [list(block[a:b]) for a, b in itertools.pairwise(cuts)]


def _clean(words: Sequence[Word]) -> list[Word]:
    """Drop empty words and filler words ("um", "uh", 嗯: the transcript is verbatim, subtitles are
    not), and make times monotonic (Whisper's word times can overlap slightly). A sentence end written
    on a dropped filler ("fine, um.") moves to the word before it."""
    out: list[Word] = []
    last_end = 0
    for w in sorted(words, key=lambda w: w.start_ms):
        text = w.text.strip()
        if text and is_filler(text):
            mark = text[-1]
            if out and mark in SENTENCE_END and not out[-1].text.endswith(SENTENCE_END):
                prev = out[-1]
                out[-1] = Word(prev.text.rstrip("".join(CLAUSE_END)) + mark, prev.start_ms, prev.end_ms,
                               prev.probability)
            continue
        if not text:
            continue
        start = max(w.start_ms, last_end)
        end = max(w.end_ms, start)
        out.append(Word(text, start, end, w.probability))
        last_end = end
    return out


def make_cues(
    words: Sequence[Word], max_chars: int = 42, max_lines: int = 2, min_ms: int = 1000, max_ms: int = 7000
) -> list[Cue]:
    """Subtitle cues from timed words (filler words are left out of the text).

    Each cue holds at most `max_lines` balanced lines of `max_chars` (CJK characters count double),
    lasts `min_ms`–`max_ms` where the timing allows (a cue is lengthened to `min_ms` only up to the
    next cue's start, so cues never overlap), and breaks at sentence ends, pauses and clause
    punctuation. Words are never split across cues.
    """
    groups = [
        group
        for block in _blocks(_clean(words), min_ms)
        for group in _split_block(block, max_chars, max_lines, min_ms, max_ms)
    ]
    cues: list[Cue] = []
    for n, group in enumerate(groups):
        start = group[0].start_ms
        next_start = groups[n + 1][0].start_ms if n + 1 < len(groups) else None
        end = max(group[-1].end_ms, start + min_ms)
        if next_start is not None:
            end = min(end, next_start)
        end = min(end, start + max_ms)
        end = max(end, start + 1)
        lines = layout([w.text for w in group], max_chars, max_lines) or [join([w.text for w in group])]
        cues.append(Cue(start, end, "\n".join(lines)))
    return cues
