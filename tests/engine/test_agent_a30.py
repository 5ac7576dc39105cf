"""Session 30 (a30): a search of the speech never removes far more than was meant - a retake is asked about,
a topic's generic head is not searched, the picture is not searchable, words that name nothing are asked
about; a quoted word said in the speech marks a moment, not text to show; "start with my voice" trims."""

from __future__ import annotations

import pytest

from vidai_nb.engine.agent import parse
from vidai_nb.engine.ops import schemas as s
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft

UPLOADS = [SAMPLE_MEDIA[m] for m in ("clip.mp4", "music.mp3", "logo.png")]


def _plan(text: str):  # type: ignore[no-untyped-def]
    zh = any("\u4e00" <= c <= "\u9fff" for c in text)
    return parse(text, "zh" if zh else "en", UPLOADS, sample_draft(["clip.mp4"], None))


@pytest.mark.parametrize("text", [
    "cut the part where i mess up my lines about the spawn mechanic",
    "cut the part where i flub my lines",
    "remove the part where i stumble over the intro",
    "delete the bit where i repeat myself about the warranty",
    "cut the part where i screw up the price",
    "cut the part where i say it wrong about the refund policy",
    "cut the flubbed take",
    "把我说错的那段删掉", "把我念错价格的那句删掉", "剪掉我讲价格时说错的那段", "重说的那段删掉",
    "把讲错的那句删了", "cut the part where i mix up my words",
])
def test_a_retake_is_asked_about_never_searched(text: str) -> None:
    plan = _plan(text)
    assert not plan.ops and plan.question
    assert ("take" in plan.question) or ("哪一遍" in plan.question)


def test_a_retake_with_its_times_is_cut() -> None:
    plan = _plan("cut 0:10-0:14 out, thats where i stumble")
    assert [o.op for o in plan.ops] == ["remove_range"]


@pytest.mark.parametrize(("text", "query"), [
    ("cut the part where i talk about the parking situation", "parking"),
    ("remove the bit where i mention the visa stuff", "visa"),
    ("cut the part where i talk about the whole covid thing", "covid"),
    ("delete the part about the rent issue", "rent"),
    ("把我讲停车的事那段删掉", "停车"),
    ("删掉聊房租那块的内容", "房租"),
    # a head that is part of the name stays
    ("cut the part where i talk about the parking lot", "parking lot"),
    ("cut the part where i talk about the end of the season", "end of the season"),
    ("cut the bit where i mention my ex", "ex"),
    ("把我讲故事的那段删掉", "故事"), ("cut the part where i talk about the best part", "best part"),
])
def test_a_generic_head_is_not_searched(text: str, query: str) -> None:
    plan = _plan(text)
    assert len(plan.ops) == 1 and isinstance(plan.ops[0], s.CutSentences)
    assert plan.ops[0].query == query


@pytest.mark.parametrize("text", [
    "cut the part where i talk about it", "cut the sentences where i say the", "删掉我说我的那段",
    "cut the part where i talk about how we got lost on the way and then it started raining",
    "keep only the part where i talk about stuff",
])
def test_a_search_that_would_cut_far_more_asks(text: str) -> None:
    plan = _plan(text)
    assert not plan.ops and plan.question
    assert "look for" in plan.question or "要找哪几个词" in plan.question


@pytest.mark.parametrize("text", [
    "delete the section where the sign says 'open'", "cut the part where the banner reads 'sale'",
    "cut the part where the mailman walks in", "把有招牌的那段删掉", "把招牌上写着“营业”的那段删掉",
    "删掉出现快递员的那段",
])
def test_the_picture_is_not_searched(text: str) -> None:
    plan = _plan(text)
    assert not plan.ops and plan.question
    assert "picture" in plan.question or "画面" in plan.question


@pytest.mark.parametrize(("text", "words"), [
    ("at the part where i say 'welcome', add the text 'hi'", "hi"),
    ("at the part where i say 'welcome' add the text 'hi'", "hi"),
    ("when i say 'welcome', put 'hi' on screen", "hi"),
    ("add the text 'hi' when i say 'welcome'", "hi"),
    ("在我说“欢迎”的地方加上文字“你好”", "你好"),
    ("我说“欢迎”的时候，加个文字“你好”", "你好"),
])
def test_words_said_mark_a_moment_not_a_text(text: str, words: str) -> None:
    plan = _plan(text)
    assert [(o.op, getattr(o, "text", None)) for o in plan.ops] == [("add_text", words)]
    assert plan.notes and ("whole video" in plan.notes[0] or "整个视频" in plan.notes[0])


def test_a_text_timed_by_its_own_times_has_no_note() -> None:
    plan = _plan("add the text 'hi' from 0:05 to 0:08 when i say 'welcome'")
    assert [(o.op, getattr(o, "start_ms", None)) for o in plan.ops] == [("add_text", 5000)]
    assert not plan.notes


def test_a_cut_of_words_said_is_still_a_search() -> None:
    plan = _plan("cut the part where i say 'welcome'")
    assert len(plan.ops) == 1 and isinstance(plan.ops[0], s.CutSentences) and plan.ops[0].query == "welcome"


@pytest.mark.parametrize(("text", "ends"), [
    ("make it start and end with my voice", "both"), ("make it begin and end on my voice", "both"),
    ("make it start with my voice", "start"), ("开头结尾直接从说话开始", "both"),
    ("首尾都从说话开始", "both"),
    ("开头直接从说话开始", "start"), ("让视频从我开口说话开始", "start"), ("从我开始说话的地方开始", "start"),
])
def test_ends_at_the_voice_trim_the_dead_air(text: str, ends: str) -> None:
    plan = _plan(text)
    assert len(plan.ops) == 1 and isinstance(plan.ops[0], s.TrimDeadAir) and plan.ops[0].ends == ends


def test_subtitles_from_where_i_talk_are_no_trim() -> None:
    plan = _plan("从我说话的地方开始加字幕")
    assert [o.op for o in plan.ops] == ["add_subtitles"]


@pytest.mark.parametrize("text", ["add a caption when i say 'welcome'", "在我说“欢迎”的时候加个文字"])
def test_a_text_with_only_the_words_said_asks_what_it_says(text: str) -> None:
    plan = _plan(text)
    assert not plan.ops and plan.question
    assert "What should the text say" in plan.question or "文字要写什么" in plan.question


@pytest.mark.parametrize("text", [
    "cut the part where the music comes in", "remove the bit where the song plays",
    "keep only the part where the chorus kicks in", "删掉有人唱歌的那段", "把唱歌那段剪掉",
])
def test_a_part_named_by_its_music_is_asked_about_never_music_added(text: str) -> None:
    plan = _plan(text)
    assert not plan.ops and plan.question
    assert "music" in plan.question or "音乐" in plan.question


@pytest.mark.parametrize(("text", "op"), [
    ("add music.mp3", "add_music"), ("remove the music", "remove_music"), ("删掉音乐", "remove_music"),
])
def test_the_music_itself_is_still_edited(text: str, op: str) -> None:
    assert [o.op for o in _plan(text).ops] == [op]
