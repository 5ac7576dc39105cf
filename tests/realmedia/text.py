"""Word error rate against a human transcript, with the spelling differences that are not errors."""

from __future__ import annotations

import re

import pytest

from tests.wer import word_distance
from vidai_nb.engine.speech import models as speech_models

needs_model = pytest.mark.skipif(
    not any(speech_models.is_installed(m) for m in speech_models.BUNDLED.values()),
    reason="no bundled Whisper model installed",
)

_NUMBERS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
_SAME = {"mr": "mister", "mrs": "missus", "dr": "doctor"}


def words(text: str) -> list[str]:
    """Lower case, hyphens as spaces, digits 0–10 and common abbreviations spelt out."""
    out: list[str] = []
    for w in re.sub(r"[^a-z0-9' ]", " ", text.lower().replace("-", " ")).split():
        if w.isdigit() and int(w) <= 10:
            w = _NUMBERS[int(w)]
        out.append(_SAME.get(w, w))
    return out


def edits(reference: str, hypothesis: str) -> tuple[int, int]:
    """(word-level edit distance, reference length)."""
    ref, hyp = words(reference), words(hypothesis)
    return word_distance(ref, hyp), len(ref)


def wer(reference: str, hypothesis: str) -> float:
    e, n = edits(reference, hypothesis)
    return e / max(n, 1)
