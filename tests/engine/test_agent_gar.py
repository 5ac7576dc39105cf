"""gar (issue 9): corrections of what is already on the timeline - a title said to be misspelt, with the words
it should be, replaces the title there is (added when there is none); music said to have gone quiet and asked
back on is unmuted (never a second song; with no music: said, nothing changed); text asked without its words,
with a look not wanted ("加一行字 不要太大"), asks for the words (never a removal); all the words on the
picture cleared (字都清掉, "标题字幕啥的" a list, no question); a level taken back with why and a new bare
one ("50%... no thats too loud, 25"); a rule cited as the reason of a refused ask ("club rules say no faces
online") is no text."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import assert_edits
from tests.engine.agent_plans import plan as _plan
from vidai_nb.engine.ops import apply, parse_operation
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft

Ops = list[tuple[str, dict[str, Any]]]


def _titled(text: str, title: str = "Bbo") -> Any:
    """The plan for `text` said on clip.mp4 with the title `title` already on it."""
    draft = apply(sample_draft(["clip.mp4"], None), parse_operation({"op": "add_title", "text": title}),
                  SAMPLE_MEDIA)
    return _plan(text, draft=draft)


TITLE_FIXED = [
    ("i typed the title wrong, make it 'Bob'", "Bob"),
    ("the title has a typo, should be 'Bob'", "Bob"),
    ("标题打错了 应该是「小明」", "小明"),
    ("标题有错别字，应该是「小明的生日」", "小明的生日"),
    ("oops typo in the title, it should say 'Grand Opening'", "Grand Opening"),
    ("I misspelled the title. it's supposed to be 'Bob'", "Bob"),
]


@pytest.mark.parametrize(("text", "words"), TITLE_FIXED)
def test_misspelt_title_is_replaced(text: str, words: str) -> None:
    assert_edits(_titled(text), [("remove_text", {"track": "title"}), ("add_title", {"text": words})])


@pytest.mark.parametrize(("text", "words"), TITLE_FIXED)
def test_misspelt_title_with_none_there_is_added(text: str, words: str) -> None:
    assert_edits(_plan(text), [("add_title", {"text": words})])


MUSIC_BACK = ["the song went silent, switch it back on", "music stopped, turn it back on",
              "音乐没声了 打开", "背景音乐没声音了 帮我打开", "the music cut out, can you turn it back on",
              "the music is muted, turn it on again", "music is off, put it back on"]


@pytest.mark.parametrize("text", MUSIC_BACK)
def test_music_back_on_is_unmuted(text: str) -> None:
    assert_edits(_plan(text, music=True), [("mute", {"track": "bgm", "muted": False})])


@pytest.mark.parametrize("text", MUSIC_BACK[:4])
def test_music_back_on_without_music_is_said(text: str) -> None:
    p = _plan(text)
    assert not p.ops and not p.question and not p.refusal
    assert p.answer and ("no background music" in p.answer or "没有背景音乐" in p.answer)


@pytest.mark.parametrize("text", ["加一行字 不要太大", "加点文字 不要太花哨", "加一行字 别太大",
                                  "加几个字 别太花",
                                  "add a line of text, not too big", "add some text, nothing too big",
                                  "add some text but not too flashy"])
def test_text_without_words_and_a_look_not_wanted_asks(text: str) -> None:
    p = _plan(text)
    assert not p.ops and p.question and ("写什么字" in p.question or "What should the text say" in p.question)


@pytest.mark.parametrize("text", ["画面上所有的字都清掉 标题字幕啥的全部 我重新弄", "字都删了",
                                  "所有文字去掉", "把画面上的字全清掉", "视频上的字都去掉 我要重新加",
                                  "标题字幕什么的全删了"])
def test_all_words_cleared(text: str) -> None:
    assert_edits(_plan(text, clips3=True), [("remove_text", {"track": "all"})])


@pytest.mark.parametrize(("text", "level"), [
    ("music at 50%... no thats too loud, 25", 0.25), ("music at 50%, no thats too loud, 25", 0.25),
    ("music at 50%, no wait that's too loud, 25", 0.25), ("music 40% no too quiet 60", 0.6),
    ("音乐调到50%...不对 太吵了 25", 0.25), ("bgm 30% 不对 还是太小 50", 0.5)])
def test_level_taken_back_bare(text: str, level: float) -> None:
    assert_edits(_plan(text, music=True), [("set_volume", {"track": "bgm", "volume": level})])


def test_level_then_a_time_is_two_edits() -> None:
    assert_edits(_plan("music at 50%, then cut the first 25 seconds", music=True),
                 [("set_volume", {"track": "bgm", "volume": 0.5}), ("trim", {"head_ms": 25000})])


@pytest.mark.parametrize("text", ["blur the kids' faces, club rules say no faces online",
                                  "blur the faces since our policy says no faces online",
                                  "blur their faces, the school says no faces on the internet"])
def test_rule_cited_after_refusal_is_no_text(text: str) -> None:
    p = _plan(text)
    assert p.refusal and not p.ops


def test_text_that_says_is_still_text() -> None:
    assert_edits(_plan("add text that says no faces online"), [("add_text", {"text": "no faces online"})])
