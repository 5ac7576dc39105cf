"""Misreadings of session last, each a class: a music fade-in taken away (never the music removed), …"""

from __future__ import annotations

from typing import Any

import pytest

from vidai_nb.engine.agent import Plan, parse
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft

MEDIA = list(SAMPLE_MEDIA.values())


def plan(text: str, music: bool = False) -> Plan:
    lang = "zh-CN" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en"
    return parse(text, lang, MEDIA, sample_draft(["clip.mp4"], "music.mp3" if music else None))


def ops(p: Plan) -> list[dict[str, Any]]:
    return [{**o.model_dump(exclude_defaults=True, exclude={"bounds", "silences"}),
             "op": getattr(o, "op", "")} for o in p.ops]


@pytest.mark.parametrize("text", [
    "get rid of the music fade-in but leave the fade-out as it is", "remove the music fade-in",
    "remove the song's fade in but leave the fade out", "lose the bgm fade-in, the fade-out can stay",
    "音乐不要淡入，淡出保留", "背景音乐别淡入，淡出不变", "音乐不要淡入 淡出保留"])
def test_a_music_fade_in_taken_away_is_none_and_the_music_stays(text: str) -> None:
    assert ops(plan(text, music=True)) == [{"fade_in_ms": 0, "op": "fade_music"}]


def test_the_music_itself_taken_away_is_still_removed() -> None:
    assert ops(plan("get rid of the music", music=True)) == [{"op": "remove_music"}]
