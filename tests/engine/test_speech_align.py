"""Word times tightened to voice activity (pure functions, plus Silero VAD on generated speech)."""

from __future__ import annotations

import pytest

from tests import media
from vidai_nb.engine.speech.align import align_words, speech_regions
from vidai_nb.engine.speech.audio import read_audio

REGIONS = [(0.0, 2.0), (3.0, 5.0)]


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        # The first word after the pause starts at the previous word's end: move it into its speech.
        ([(1.5, 1.9), (1.9, 3.6), (3.6, 4.0)], [(1.5, 2.0), (3.0, 3.6), (3.6, 4.0)]),
        # The word touches the earlier speech by a 60 ms sliver only: that is not where it starts.
        ([(1.0, 1.94), (1.94, 3.5)], [(1.0, 2.0), (3.0, 3.5)]),
        # The last word before a pause ends early: stretch it to the end of its speech (≤ 0.5 s).
        ([(0.2, 1.0), (1.0, 1.7), (3.2, 4.9)], [(0.0, 1.0), (1.0, 2.0), (3.0, 5.0)]),
        # An end lying in silence is pulled back to where the speech stopped.
        ([(0.1, 1.0), (1.0, 2.6)], [(0.0, 1.0), (1.0, 2.0)]),
        # Words inside continuous speech keep their times.
        ([(0.0, 0.5), (0.5, 1.2), (1.2, 2.0)], [(0.0, 0.5), (0.5, 1.2), (1.2, 2.0)]),
    ],
)
def test_align_words(spans: list[tuple[float, float]], expected: list[tuple[float, float]]) -> None:
    aligned = align_words(spans, REGIONS)
    # pytest.approx takes no nested tuples (pytest 9.2): compare the flattened edges
    assert [t for span in aligned for t in span] == pytest.approx([t for span in expected for t in span])
    assert len(aligned) == len(expected)


def test_sentence_start_stranded_before_a_pause_moves_after_it() -> None:
    # Whisper put "Fresh" right after "stopped." although it is spoken after the pause, with "bread".
    spans = [(1.2, 1.6), (1.6, 1.95), (1.95, 2.4), (3.2, 3.6)]
    regions = [(0.0, 2.0), (3.0, 5.0)]
    aligned = align_words(spans, regions, [" rain", " stopped.", " Fresh", " bread"])
    assert aligned[2][0] == pytest.approx(3.0)  # "Fresh" starts where the speech after the pause does
    assert aligned[1][1] == pytest.approx(2.0)  # "stopped." ends where its speech ends
    assert aligned[3][0] >= aligned[2][1]
    # Without a sentence end before it, a word next to a pause is left on its side.
    assert align_words(spans, regions, [" rain", " stopped", " Fresh", " bread"])[2][0] < 2.0


def test_far_edges_are_not_stretched() -> None:
    # Speech began 1.5 s before the first recognised word (an unrecognised word?): keep Whisper's time.
    assert align_words([(1.5, 2.0)], [(0.0, 2.0)]) == [(1.5, 2.0)]


def test_no_regions_changes_nothing() -> None:
    assert align_words([(0.3, 0.9)], []) == [(0.3, 0.9)]


def test_speech_regions_on_espeak_speech(tmp_path_factory: pytest.TempPathFactory) -> None:
    d = tmp_path_factory.mktemp("vad")
    wav = media.make_speech(d / "s.wav", "One sentence here.")
    padded = d / "padded.wav"
    media.run_ffmpeg("-i", str(wav), "-af", "adelay=1500:all=1,apad=pad_dur=1", str(padded))
    regions = speech_regions(read_audio(padded))
    assert regions, "no speech found"
    assert regions[0][0] == pytest.approx(1.5, abs=0.15)
    assert all(b > a for a, b in regions)
    assert regions[-1][1] < media.probe(padded).duration - 0.5
