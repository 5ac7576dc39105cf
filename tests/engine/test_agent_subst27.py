"""A start said of subtitles, a title or the music is where that starts: the video is never cut for it."""

from __future__ import annotations

import pytest

from vidai_nb.engine.agent import parse
from vidai_nb.engine.ops.examples import sample_draft


def _ops(text: str, lang: str = "en") -> list[str]:
    return [op.op for op in parse(text, lang, {}, sample_draft(["clip.mp4"], None)).ops]


@pytest.mark.parametrize(("text", "lang"), [
    ("subtitles should start at 0:03", "en"),
    ("add subtitles, they should start at 0:03", "en"),
    ("add captions and make them start at 0:05", "en"),
    ("字幕从00:00:03,000开始", "zh-CN"),
    ("字幕从第3秒开始出现", "zh-CN"),
])
def test_subtitles_said_to_start_later_cut_nothing(text: str, lang: str) -> None:
    assert _ops(text, lang) == ["add_subtitles"]


@pytest.mark.parametrize(("text", "lang"), [
    ("start it at 0:15", "en"),
    ("start the video at 0:05 and add subtitles", "en"),
    ("从第5秒开始", "zh-CN"),
])
def test_the_video_said_to_start_later_is_still_trimmed(text: str, lang: str) -> None:
    assert "trim" in _ops(text, lang)
