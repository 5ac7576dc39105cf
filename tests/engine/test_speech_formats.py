"""SRT and WebVTT output, checked byte for byte."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from vidai_nb.engine.speech import Cue
from vidai_nb.engine.speech.formats import to_srt, to_vtt


@dataclass
class OtherCue:
    """Not a speech Cue: the formats accept anything with start_ms / end_ms / text."""

    start_ms: int
    end_ms: int
    text: str


CASES = [
    pytest.param([], "", "WEBVTT\n\n", id="empty"),
    pytest.param(
        [Cue(400, 2500, "Hello there")],
        "1\n00:00:00,400 --> 00:00:02,500\nHello there\n",
        "WEBVTT\n\n00:00:00.400 --> 00:00:02.500\nHello there\n",
        id="one-cue",
    ),
    pytest.param(
        [Cue(0, 1000, "First line\nsecond line"), OtherCue(3_723_456, 3_725_000, "Later")],
        "1\n00:00:00,000 --> 00:00:01,000\nFirst line\nsecond line\n\n"
        "2\n01:02:03,456 --> 01:02:05,000\nLater\n",
        "WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nFirst line\nsecond line\n\n"
        "01:02:03.456 --> 01:02:05.000\nLater\n",
        id="two-lines-and-hours",
    ),
    pytest.param(
        [Cue(10, 20, "a < b & c > d")],
        "1\n00:00:00,010 --> 00:00:00,020\na < b & c > d\n",
        "WEBVTT\n\n00:00:00.010 --> 00:00:00.020\na &lt; b &amp; c &gt; d\n",
        id="vtt-escapes-markup",
    ),
    pytest.param(
        [Cue(-5, 900, "one\n\n  two  ")],
        "1\n00:00:00,000 --> 00:00:00,900\none\ntwo\n",
        "WEBVTT\n\n00:00:00.000 --> 00:00:00.900\none\ntwo\n",
        id="blank-lines-dropped-negative-clamped",
    ),
]


@pytest.mark.parametrize(("cues", "srt", "vtt"), CASES)
def test_exact_output(cues: list[Cue], srt: str, vtt: str) -> None:
    assert to_srt(cues) == srt
    assert to_vtt(cues) == vtt
