"""Laying words out as subtitle lines: joining, measuring and balanced line breaks."""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Sequence
from functools import cache

CLAUSE_END = (",", ";", ":", "，", "；", "：", "、", "—")
SENTENCE_END = (".", "?", "!", "…", "。", "？", "！")


def _is_wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F")


def width(text: str) -> int:
    """Display width in Latin characters: a CJK character counts as two, as in subtitle guidelines."""
    return sum(2 if _is_wide(ch) else 1 for ch in text)


def join(tokens: Sequence[str]) -> str:
    """Words joined with spaces, except between two CJK characters (those scripts use none)."""
    out = ""
    for tok in tokens:
        if out and not (_is_wide(out[-1]) and _is_wide(tok[0])):
            out += " "
        out += tok
    return out


# A line should not end on a word that leans on the next one ("the | appointment").
_LEANING = frozenset(
    {"a", "an", "the", "to", "of", "in", "on", "at", "for", "with", "and", "or", "my", "your"}
)


def _break_bonus(token: str) -> int:
    # Line breaks read best after punctuation; worth a few characters of imbalance.
    if token.endswith(SENTENCE_END):
        return 6
    if token.endswith(CLAUSE_END):
        return 4
    return -10 if token.lower() in _LEANING else 0


def layout(tokens: Sequence[str], max_chars: int, max_lines: int) -> list[str] | None:
    """The most balanced split of `tokens` into at most `max_lines` lines of `max_chars`, or None.

    One line when it fits; otherwise the split whose longest line is shortest (lines balanced),
    preferring breaks after punctuation. A single word longer than a line still gets its own line,
    because words are never split.
    """
    toks = tuple(tokens)
    if not toks:
        return []
    if width(join(toks)) <= max_chars:
        return [join(toks)]

    @cache
    def best(start: int, lines_left: int) -> tuple[int, int, tuple[int, ...]] | None:
        """(longest line width, punctuation bonus, cut positions) for toks[start:], or None."""
        rest_w = width(join(toks[start:]))
        if lines_left == 1:
            return (rest_w, 0, ()) if rest_w <= max_chars or start == len(toks) - 1 else None
        result: tuple[int, int, tuple[int, ...]] | None = None
        for cut in range(start + 1, len(toks)):
            line_w = width(join(toks[start:cut]))
            if line_w > max_chars and cut > start + 1:
                break
            sub = best(cut, lines_left - 1)
            if sub is None:
                continue
            cand = (max(line_w, sub[0]), sub[1] + _break_bonus(toks[cut - 1]), (cut, *sub[2]))
            # Balance first (the longest line), with punctuation worth half a character per point.
            if result is None or cand[0] - cand[1] / 2 < result[0] - result[1] / 2:
                result = cand
        return result

    found = None
    for n_lines in range(2, max_lines + 1):
        found = best(0, n_lines)
        if found is not None:
            break
    if found is None:
        return None
    cuts = (0, *found[2], len(toks))
    return [join(toks[a:b]) for a, b in itertools.pairwise(cuts) if b > a]
