"""Transcription of real human speech, scored against the transcripts its package ships."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from tests.realmedia import corpus as corpus_mod
from tests.realmedia.corpus import Utterance
from tests.realmedia.text import edits, needs_model, wer
from vidai_nb.engine.speech import make_cues, transcribe

pytestmark = needs_model


def test_the_corpus_is_complete_and_as_pinned(corpus: Path) -> None:
    assert corpus_mod.missing(corpus) == []
    found = corpus_mod.utterances(corpus)
    assert len(found) == 10 and all(u.path.is_file() and u.text for u in found)


def test_word_error_rate_of_read_speech(readings: list[Utterance]) -> None:
    total = [0, 0]
    for u in readings:
        hyp = " ".join(w.text for w in transcribe(u.path))
        e, n = edits(u.text, hyp)
        total[0] += e
        total[1] += n
        assert e / n <= 0.3, (u.text, hyp)
    assert total[0] / total[1] <= 0.10, total  # tiny.en measured 0.06 on these five readings


def test_word_error_rate_of_short_commands(corpus: Path) -> None:
    cards = [u for u in corpus_mod.utterances(corpus) if u.path.parent.name == "cards"]
    scores = [edits(u.text, " ".join(w.text for w in transcribe(u.path))) for u in cards]
    assert sum(e for e, _ in scores) / sum(n for _, n in scores) <= 0.25, scores  # measured 0.17


def test_words_are_timed_inside_the_recording_and_cues_read_well(readings: list[Utterance]) -> None:
    for u in readings[:2]:
        words = transcribe(u.path)
        length_ms = round(1000 * pytest.importorskip("av").open(str(u.path)).duration / 1_000_000)
        assert all(0 <= w.start_ms < w.end_ms <= length_ms for w in words)
        assert all(a.start_ms <= b.start_ms for a, b in itertools.pairwise(words))
        cues = make_cues(words)
        assert all(c.end_ms - c.start_ms >= 300 for c in cues)
        assert wer(u.text, " ".join(c.text.replace("\n", " ") for c in cues)) <= 0.3
