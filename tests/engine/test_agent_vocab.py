"""A word that only restates what a reading does is not reported as undone; other words still are."""

from __future__ import annotations

import pytest

from vidai_nb.engine.agent import parse


def _notes(text: str) -> str:
    return " ".join(parse(text).notes)


@pytest.mark.parametrize("text", [
    "strip the color out, b&w pls",             # "color": the colour reading took it away
    "for reels: crop to fill not blur",         # "blur": the fit turned down, a crop taken
    "bump the saturation, colors look washed out. like 1.3",  # 1.3: the saturation set
    "make it 9:16 but dont crop anything, use blurred bars",   # the blurred fit taken
    "bgm不要了 删掉",                            # 删掉: the music removed
    "识别字幕 加上去",                           # 加上去: the subtitles added
    "cap it at 720p so the upload doesnt take forever",  # the upload: why the size is lowered
])
def test_restated_words_are_not_reported_undone(text: str) -> None:
    plan = parse(text)
    assert plan.ops or plan.export
    assert "didn't understand" not in _notes(text) and "没看懂" not in _notes(text), plan.notes


@pytest.mark.parametrize(("text", "word"), [
    ("make it 9:16 and mute the music, also the sky purple", "purple"),  # no reading recolours the sky
    ("mute the music, plus 2.5 extra", "2.5"),  # a number no reading holds
])
def test_words_no_reading_stands_for_are_still_reported(text: str, word: str) -> None:
    assert word in _notes(text)
