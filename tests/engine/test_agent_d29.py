"""Session 29 (helper d29), misses of the blind set holdout40:

- a mute scoped to some words or one sound in the mix ("mute just the ums", "只把脏话静音", "mute only the
  kids") is refused with what can be done - the whole track is never muted on a guess;
- a quoted word inside a description of a part to cut ("the bit where i mess up the sign for 'family'")
  names the part: no text is added;
- which of two values is better, asked after what it is for, and a meaning checked with a tag question
  ("royalty free means …, right?") are answered;
- a bare colour wish (帮我调调色) asks how; 自动调色 stays the automatic correction;
- 恢复成 / 还原成 / 回退到 an earlier version by number is restore_version;
- every clip listed by file name in the order to play is that order;
- the sentences where something is said, by the verb for how it is said (报价格的那几句), are a search.
"""

from __future__ import annotations

from typing import Any

import pytest

from vidai_nb.engine.agent import parse
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft

UPLOADS = [SAMPLE_MEDIA[m] for m in ("clip.mp4", "b.mp4", "c.mp4", "music.mp3", "logo.png")]


def _plan(text: str, three: bool = False) -> Any:
    lang = "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en"
    draft = sample_draft(["clip.mp4", "b.mp4", "c.mp4"], "music.mp3") if three else sample_draft(["clip.mp4"],
                                                                                               None)
    return parse(text, lang, UPLOADS, draft)


@pytest.mark.parametrize("text", [
    "mute just the ums instead of cutting them out", "mute only the uhs, i dont want them cut out",
    "silence just the filler words", "把嗯嗯啊啊静音就行，别剪", "只把语气词静音"])
def test_fillers_muted_are_refused_with_the_filler_cut_offered(text: str) -> None:
    plan = _plan(text)
    assert plan.ops == [] and plan.refusal
    assert "filler" in plan.refusal or "语气词" in plan.refusal


@pytest.mark.parametrize("text", [
    "mute every time i say 'like'", "just mute the word damn", "mute his name", "只把我说地址的那句静音",
    "mute only the swear words", "mute only the kids", "mute just my cousin's voice",
    "mute just the tv in the background"])
def test_a_mute_of_words_or_one_sound_is_refused(text: str) -> None:
    plan = _plan(text)
    assert plan.ops == [] and plan.refusal, (plan.ops, plan.question)


@pytest.mark.parametrize(("text", "track"), [
    ("mute only the music", "bgm"), ("mute just the bgm, my voice stays", "bgm"),
    ("mute just my voice, keep the music", "main"), ("mute the original audio i want just the music", "main"),
    ("mute just the audio", "main")])
def test_a_mute_of_a_track_is_still_done(text: str, track: str) -> None:
    plan = _plan(text, three=True)
    assert [(o.op, o.track) for o in plan.ops] == [("mute", track)]


@pytest.mark.parametrize("text", [
    "cut the bit where i mess up the sign for 'family'", "cut the part where i mispronounce \"quinoa\"",
    "trim out where he stumbles on the word \"entrepreneur\"", "剪掉我念错“重庆”那一段",
    "remove the part where i say 'hello' wrong"])
def test_a_quoted_word_naming_the_part_to_cut_adds_no_text(text: str) -> None:
    plan = _plan(text)
    assert plan.ops == [] and plan.question


def test_quoted_text_asked_for_beside_a_cut_is_still_added() -> None:
    plan = _plan("cut the first 5 seconds and add the text 'family'")
    assert [o.op for o in plan.ops] == ["trim", "add_text"]


@pytest.mark.parametrize("text", [
    "for the museum's instagram feed is 4:5 or 1:1 better for a gallery walkthrough",
    "would 4:5 or 1:1 work better on the feed", "for my bakery's reels would 9:16 or 4:5 look better",
    "is 720p or 1080p better for a projector", "royalty free means i dont pay anything ever right?",
    "royalty-free music is free to use forever, right?"])
def test_which_is_better_and_a_meaning_checked_are_answered(text: str) -> None:
    plan = _plan(text)
    assert plan.ops == [] and plan.answer and not plan.question


def test_a_complaint_with_a_tag_question_is_not_answered_as_a_meaning() -> None:
    assert not _plan("the intro is too long right?").answer


@pytest.mark.parametrize("text", ["帮我调调色", "调个色呗", "给视频调下色", "帮我弄一下调色"])
def test_a_bare_colour_wish_asks_how(text: str) -> None:
    plan = _plan(text)
    assert plan.ops == [] and plan.question and "自动校色" in plan.question


@pytest.mark.parametrize("text", ["自动调色一下吧", "一键调色", "自动校色，画面太暗了"])
def test_automatic_colour_said_is_done(text: str) -> None:
    assert [(o.op, o.auto) for o in _plan(text).ops] == [("color", True)]


@pytest.mark.parametrize(("text", "version"), [
    ("恢复成第2个版本", 2), ("还原成第3版", 3), ("回退到版本2", 2), ("变回第一个版本", 1), ("回滚到第2版", 2),
    ("go back to version 3", 3)])
def test_an_earlier_version_by_number(text: str, version: int) -> None:
    assert [(o.op, o.version) for o in _plan(text).ops] == [("restore_version", version)]


def test_a_part_by_number_is_no_version() -> None:
    assert all(o.op != "restore_version" for o in _plan("改成第2段").ops)


@pytest.mark.parametrize(("text", "order"), [
    ("put c.mp4 first then b.mp4 then clip.mp4", ["c.mp4", "b.mp4", "clip.mp4"]),
    ("play b.mp4 first, followed by c.mp4, then clip.mp4", ["b.mp4", "c.mp4", "clip.mp4"]),
    ("先放c.mp4，再放b.mp4，最后clip.mp4", ["c.mp4", "b.mp4", "clip.mp4"])])
def test_every_clip_listed_in_order_is_that_order(text: str, order: list[str]) -> None:
    plan = _plan(text, three=True)
    assert [(o.op, o.media_ids) for o in plan.ops] == [("concat", order)]


def test_one_clip_put_first_is_still_moved() -> None:
    plan = _plan("put c.mp4 first", three=True)
    assert [(o.op, o.index, o.to_index) for o in plan.ops] == [("move_segment", 3, 1)]


@pytest.mark.parametrize(("text", "query"), [
    ("直播回放里我报价格的那几句话都剪掉，平台不让说", "价格"), ("剪掉我念到优惠码的那几句", "优惠码"),
    ("把我吐槽老板的那段删了", "老板"), ("cut the bit where he brings up the merger", "merger"),
    ("remove the parts where i complain about the weather", "weather")])
def test_the_sentences_where_something_is_said_are_searched(text: str, query: str) -> None:
    assert [(o.op, o.query) for o in _plan(text).ops] == [("cut_sentences", query)]


def test_a_sign_up_is_no_search_verb() -> None:
    assert all(o.op != "cut_sentences" for o in _plan("把报名方式的那段剪掉").ops)


@pytest.mark.parametrize(("text", "thing"), [
    ("flip only the logo", "the logo"), ("rotate just the text", "the text"),
    ("mirror only the title", "the title")])
def test_a_flip_or_rotation_of_one_thing_asks(text: str, thing: str) -> None:
    plan = _plan(text)
    assert plan.ops == [] and plan.question and thing in plan.question


@pytest.mark.parametrize(("text", "op"), [
    ("flip just the video", "flip"), ("rotate only the video 90 degrees", "rotate")])
def test_a_flip_or_rotation_of_the_video_is_done(text: str, op: str) -> None:
    assert [o.op for o in _plan(text).ops] == [op]
