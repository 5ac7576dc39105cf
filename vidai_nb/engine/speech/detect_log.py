"""Parsing the intervals that ffmpeg's detect filters write to the log."""

from __future__ import annotations

import re

_NUM = r"(-?\d+(?:\.\d+)?(?:e-?\d+)?)"
_SILENCE_START = re.compile(r"silence_start:\s*" + _NUM)
_SILENCE_END = re.compile(r"silence_end:\s*" + _NUM)
_BLACK = re.compile(r"black_start:\s*" + _NUM + r"\s+black_end:\s*" + _NUM)
_FREEZE_START = re.compile(r"freeze_start:\s*" + _NUM)
_FREEZE_END = re.compile(r"freeze_end:\s*" + _NUM)

Ranges = list[tuple[int, int]]


def _ms(seconds: str) -> int:
    return max(0, round(float(seconds) * 1000))


def _open_close(log: str, start: re.Pattern[str], end: re.Pattern[str], total_ms: int) -> Ranges:
    """Pair start/end lines; a range still open at the end of the stream ends at `total_ms`."""
    ranges: Ranges = []
    opened: int | None = None
    for line in log.splitlines():
        if (m := start.search(line)) is not None:
            opened = _ms(m.group(1))
        elif (m := end.search(line)) is not None and opened is not None:
            ranges.append((opened, min(_ms(m.group(1)), total_ms) if total_ms else _ms(m.group(1))))
            opened = None
    if opened is not None and total_ms > opened:
        ranges.append((opened, total_ms))
    return [(a, b) for a, b in ranges if b > a]


def silences(log: str, total_ms: int) -> Ranges:
    return _open_close(log, _SILENCE_START, _SILENCE_END, total_ms)


def freezes(log: str, total_ms: int) -> Ranges:
    return _open_close(log, _FREEZE_START, _FREEZE_END, total_ms)


def blacks(log: str, total_ms: int) -> Ranges:
    out: Ranges = []
    for m in _BLACK.finditer(log):
        end = _ms(m.group(2))
        out.append((_ms(m.group(1)), min(end, total_ms) if total_ms else end))
    return [(a, b) for a, b in out if b > a]


def union(ranges: Ranges, gap_ms: int = 0) -> Ranges:
    """Merge ranges that overlap or lie within `gap_ms` of each other (sorted result)."""
    merged: Ranges = []
    for a, b in sorted(ranges):
        if merged and a <= merged[-1][1] + gap_ms:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged
