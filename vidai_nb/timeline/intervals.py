"""Half-open integer intervals [a, b) in ms: merge overlapping ones, the gaps between them.

Pure and dependency-free so both the cutting operations (engine/ops) and the word table
(engine/speech) can use it: those two packages import each other's neighbours, a shared home
outside both keeps them out of an import cycle.
"""

from __future__ import annotations

from collections.abc import Iterable

Interval = tuple[int, int]


def merge(spans: Iterable[Interval]) -> list[Interval]:
    """Sorted, with empty spans dropped and overlapping or touching ones joined."""
    out: list[Interval] = []
    for a, b in sorted(spans):
        if b <= a:
            continue
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def clip(spans: Iterable[tuple[int, int | None]], total: int) -> list[Interval]:
    """Clip to [0, total] and merge; `None` as an end means `total`."""
    return merge((max(0, a), min(total, total if b is None else b)) for a, b in spans)


def complement(spans: Iterable[Interval], total: int) -> list[Interval]:
    """The parts of [0, total] outside the spans (which need not be merged nor inside [0, total])."""
    out: list[Interval] = []
    pos = 0
    for a, b in clip(spans, total):
        if a > pos:
            out.append((pos, a))
        pos = max(pos, b)
    if pos < total:
        out.append((pos, total))
    return out
