"""summary: the protocol's one-line track summary."""

from __future__ import annotations

from typing import Any

import pytest

from tests.timeline.drafts import PROTOCOL_SUMMARY, docs_example, example
from vidai_nb.timeline import empty_draft, summary


def test_protocol_example_exactly() -> None:
    assert summary(example()) == PROTOCOL_SUMMARY


def test_wrapped_and_json_forms() -> None:
    assert summary({"draft": example()}) == PROTOCOL_SUMMARY


@pytest.mark.parametrize("draft", [None, {}, empty_draft(), "", {"t": "x"}, {"t": [None]}])
def test_empty(draft: Any) -> None:
    assert summary(draft) == "Timeline (0 tracks): empty"


def _one(track: dict[str, Any]) -> str:
    return summary({"t": [track]})


@pytest.mark.parametrize(
    ("track", "expected"),
    [
        ({"tt": 0, "sg": [{"start": 0, "d": 10000, "name": "a.mp4"}]}, "1. Video: a.mp4 (0-10s)"),
        ({"tt": 0, "sg": [{"start": 0, "d": 10000, "src": "m_9"}]}, "1. Video: m_9 (0-10s)"),
        ({"tt": 0, "name": "Camera A", "sg": [{"d": 1500, "name": "a"}]}, "1. Camera A: a (0-1.5s)"),
        ({"tt": 0, "role": "overlay", "sg": [{"d": 1000, "name": "logo.png"}]},
         "1. Overlay: logo.png (0-1s)"),
        ({"tt": 1, "sg": [{"start": 1500, "d": 1500, "name": "voice"}]}, "1. Audio: voice (1.5-3s)"),
        ({"tt": 1, "role": "bgm", "sg": [{"d": 10000, "name": "Lo-fi", "volume": 1.0}]},
         "1. BGM: Lo-fi (0-10s)"),
        ({"tt": 1, "role": "bgm", "volume": 0.5, "sg": [{"d": 10000, "name": "Lo-fi"}]},
         "1. BGM: Lo-fi (0-10s, 50%)"),
        ({"tt": 1, "sg": [{"d": 1000, "name": "x", "volume": 0.125}]}, "1. Audio: x (0-1s, 12.5%)"),
        ({"tt": 0, "sg": [{"d": 1000, "name": "x", "volume": 0.5}]}, "1. Video: x (0-1s)"),
        ({"tt": 7, "sg": [{"d": 2000, "text": "Hi\nthere"}]}, '1. Text: "Hi there" (0-2s)'),
        ({"tt": 7, "role": "subtitle", "sg": [{"start": 400, "d": 2100, "text": "Hello"}]},
         '1. Subtitles: "Hello" (0.4-2.5s)'),
        ({"tt": 0, "sg": [{"d": 6000, "name": "a"}, {"d": 4000, "name": "b"}]},
         "1. Video: a (0-6s), b (6-10s)"),
        ({"tt": 0, "sg": []}, "1. Video: empty"),
        ({"tt": 0, "sg": [{"d": 1234, "name": "a"}]}, "1. Video: a (0-1.23s)"),
        ({"tt": 5, "sg": [{"d": 1000}]}, "1. unknown(5): clip (0-1s)"),
    ],
)
def test_track_phrases(track: dict[str, Any], expected: str) -> None:
    assert _one(track) == f"Timeline (1 track): {expected}"


def test_many_subtitle_cues_are_counted() -> None:
    cues = [{"start": i * 3500, "d": 3500, "text": f"line {i}"} for i in range(12)]
    expected = "Timeline (1 track): 1. Subtitles: 12 cues (0-42s)"
    assert _one({"tt": 7, "role": "subtitle", "sg": cues}) == expected


def test_many_clips_are_counted() -> None:
    clips = [{"d": 1000, "name": f"c{i}"} for i in range(20)]
    assert _one({"tt": 0, "sg": clips}) == "Timeline (1 track): 1. Video: 20 clips (0-20s)"


def test_long_text_is_shortened() -> None:
    out = _one({"tt": 7, "sg": [{"d": 1000, "text": "word " * 40}]})
    assert "…" in out
    assert len(out) < 100


def test_docs_example() -> None:
    assert summary(docs_example()) == (
        'Timeline (5 tracks): 1. Video: city.mp4 (0-6s) 2. Logo: logo.png (0-10s) '
        '3. BGM: Lo-fi (0-10s, 35%) 4. Title: "Urban Dreams" (0-3s) 5. Subtitles: "Hello there" (0.4-2.5s)'
    )
