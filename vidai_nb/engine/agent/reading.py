"""Reading text with a record of what was read: detectors use `rx` instead of `re`, and the resolver
learns from the record which words each candidate explains."""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from contextvars import ContextVar
from functools import lru_cache
from typing import Any

from . import cached_re as re


class Recorder:
    """The parts of a window of text that a detector read while it ran: what its candidate explains.

    Detectors read text through `rx`, which reports every match here. A match may be in a string derived
    from the window (a slice, or the window with a substitution): it is mapped back by alignment.
    """

    def __init__(self, window: str) -> None:
        self.window = window
        self.spans: list[tuple[int, int]] = []
        self.refs: list[tuple[int, int]] = []  # words referred back to, not explained ("fade it")

    def add(self, text: str, a: int, b: int) -> None:
        self.spans += self._map(text, a, b)

    def refer(self, text: str, a: int, b: int) -> None:
        """Text[a:b] names what another reading is about: a reference, never a claim of its own."""
        mapped = self._map(text, a, b)
        # (a wider match read with it - "the music" - is the same reference)
        self.spans = [sp for sp in self.spans if not any(sp[0] < y and x < sp[1] for x, y in mapped)]
        self.refs += mapped

    def _map(self, text: str, a: int, b: int) -> list[tuple[int, int]]:
        if a >= b:
            return []
        if text == self.window:
            return [(a, b)]
        off = self.window.find(text)
        if off >= 0:
            return [(a + off, b + off)]
        out: list[tuple[int, int]] = []
        for i1, i2, j1, j2, tag in _alignment(self.window, text):
            lo, hi = max(a, j1), min(b, j2)
            if lo >= hi:
                continue
            if tag == "equal":
                out.append((i1 + lo - j1, i1 + hi - j1))
            elif i2 > i1:  # a substitution: the whole source part it came from
                out.append((i1, i2))
        return out


@lru_cache(maxsize=256)
def _alignment(src: str, derived: str) -> tuple[tuple[int, int, int, int, str], ...]:
    ops = difflib.SequenceMatcher(None, src, derived, autojunk=False).get_opcodes()
    return tuple((i1, i2, j1, j2, tag) for tag, i1, i2, j1, j2 in ops)


RECORDER: ContextVar[Recorder | None] = ContextVar("RECORDER", default=None)


def note(text: str, start: int, end: int) -> None:
    """Record text[start:end] as read (for readers that find their words without `rx`)."""
    rec = RECORDER.get()
    if rec is not None:
        rec.add(text, start, end)


def refer(text: str, m: re.Match[str]) -> None:
    """Record a match as a reference to something another reading explains (see Recorder.refer)."""
    rec = RECORDER.get()
    if rec is not None:
        rec.refer(text, m.start(), m.end())


def _note(text: str, m: re.Match[str]) -> None:
    note(text, m.start(), m.end())


class rx:
    """`re` for detectors: the same functions, and each match is recorded as explained text."""

    @staticmethod
    def search(pattern: str | re.Pattern[str], text: str) -> re.Match[str] | None:
        m = re.search(pattern, text)
        if m:
            _note(text, m)
        return m

    @staticmethod
    def match(pattern: str | re.Pattern[str], text: str) -> re.Match[str] | None:
        m = re.match(pattern, text)
        if m:
            _note(text, m)
        return m

    @staticmethod
    def fullmatch(pattern: str | re.Pattern[str], text: str) -> re.Match[str] | None:
        m = re.fullmatch(pattern, text)
        if m:
            _note(text, m)
        return m

    @staticmethod
    def finditer(pattern: str | re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
        for m in re.finditer(pattern, text):
            _note(text, m)
            yield m

    @staticmethod
    def findall(pattern: str | re.Pattern[str], text: str) -> list[Any]:
        compiled = re.compile(pattern)
        out: list[Any] = []
        for m in compiled.finditer(text):
            _note(text, m)
            groups = m.groups()
            out.append(m.group(0) if not groups else groups[0] if len(groups) == 1 else groups)
        return out


__all__ = ["RECORDER", "Recorder", "note", "refer", "rx"]
