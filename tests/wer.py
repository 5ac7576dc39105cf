"""Word-level edit distance, shared by the speech tests and benchmarks/speech.py (each normalises
words its own way before calling it)."""

from __future__ import annotations

from collections.abc import Sequence


def word_distance(ref: Sequence[str], hyp: Sequence[str]) -> int:
    """Fewest insertions, deletions and substitutions that turn `ref` into `hyp` (Levenshtein on words)."""
    row = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        prev, row[0] = row[0], i
        for j, h in enumerate(hyp, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (r != h))
    return row[-1]
