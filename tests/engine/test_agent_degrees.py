"""Degree words, shares said with or without "to", "when i talk, …" orders, and the editing glossary."""

from __future__ import annotations

import re
from typing import Any

import pytest

from vidai_nb.engine.agent import Plan, parse
from vidai_nb.engine.agent.glossary import define
from vidai_nb.engine.agent.rules.sound import MILD_FASTER, MILD_SLOWER
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft

MEDIA = list(SAMPLE_MEDIA.values())


def plan(text: str, language: str = "en") -> Plan:
    return parse(text, language, MEDIA, sample_draft())


def ops(p: Plan) -> list[dict[str, Any]]:
    return [o.model_dump(exclude_defaults=True) | {"op": o.op} for o in p.ops]  # type: ignore[attr-defined]


@pytest.mark.parametrize("text", ["a little faster", "speed it up a little", "make it a tad quicker",
                                  "稍微快一点", "快一点点", "speed it up slightly"])
def test_a_little_faster_is_one_mild_step_said_in_the_reply(text: str) -> None:
    p = plan(text, "zh" if "快" in text else "en")
    assert ops(p) == [{"op": "speed", "factor": MILD_FASTER}]
    assert any(f"{MILD_FASTER:g}" in n for n in p.notes)  # the step is said, with how to ask for more


@pytest.mark.parametrize("text", ["a bit slower", "slow it down a bit", "慢一点点", "稍微慢一点"])
def test_a_little_slower_is_one_mild_step(text: str) -> None:
    assert ops(plan(text, "zh" if "慢" in text else "en")) == [{"op": "speed", "factor": MILD_SLOWER}]


def test_without_a_degree_word_the_step_is_the_default_and_pace_alone_asks() -> None:
    assert ops(plan("speed it up")) == [{"op": "speed", "factor": 1.5}]
    p = plan("节奏再快一点", "zh")
    assert p.question and not p.ops


@pytest.mark.parametrize(("text", "volume"), [
    ("lower the volume 30%", 0.7), ("turn it down 30 percent", 0.7), ("turn it down by 30 percent", 0.7),
    ("把音量调低30%", 0.7), ("boost my voice 20%", 1.2),
    ("lower the volume to 30%", 0.3), ("音量调到30%", 0.3), ("set the volume to 30%", 0.3),
    ("音量降低到30%", 0.3), ("make it 30% quieter", 0.7), ("音量降30%", 0.7), ("声音小30%", 0.7),
    ("把音量降到30%", 0.3), ("音量调大20%", 1.2), ("音量调大到20%", 0.2)])
def test_a_share_after_a_change_verb_is_by_and_after_to_is_the_level(text: str, volume: float) -> None:
    assert ops(plan(text, "zh" if "音" in text else "en")) == [{"op": "set_volume", "volume": volume}]


@pytest.mark.parametrize("text", ["when i talk, bring the music down automatically",
                                  "whenever someone speaks, turn the music down", "说话的时候音乐自动变小"])
def test_when_i_talk_lower_the_music_is_ducking_not_a_question(text: str) -> None:
    p = plan(text, "zh" if "说" in text else "en")
    assert p.answer is None and ops(p) == [{"op": "duck_music"}]


@pytest.mark.parametrize(("text", "zh", "word"), [
    ("what's a j-cut?", False, "J-cut"), ("what is an l-cut", False, "L-cut"),
    ("what's b-roll", False, "B-roll"), ("what does ducking mean", False, "Ducking"),
    ("什么是转场", True, "转场"), ("叠化是什么意思", True, "叠化"),
    ("what's a jump cut", False, "jump cut")])
def test_what_an_editing_term_means_is_answered_on_topic_and_nothing_changes(text: str, zh: bool,
                                                                             word: str) -> None:
    p = plan(text, "zh" if zh else "en")
    assert p.answer and word in p.answer and not p.ops and p.export is None and not p.question


def test_a_term_used_in_an_edit_or_in_advice_is_no_definition() -> None:
    assert define("add a transition between the clips", False) is None
    assert define("what's the best frame rate for youtube?", False) is None
    assert define("what is a j-cut", True) is not None


THREE = sample_draft(["clip.mp4", "b.mp4", "c.mp4"])


def _order(text: str) -> list[str]:
    from vidai_nb.engine.ops import apply

    draft = THREE
    for op in parse(text, "zh" if "放" in text else "en", MEDIA, THREE).ops:
        draft = apply(draft, op, SAMPLE_MEDIA)
    main = next(t for t in draft["t"] if t["role"] == "main")
    return [str(g["src"]).split(".")[0] for g in main["sg"]]


@pytest.mark.parametrize(("text", "order"), [
    ("move c to the front and b to the end", "c clip b"),
    ("move b to the end and c to the start", "c clip b"),
    ("put the third clip first and the first clip last", "c b clip"),
    ("把c放到最前面，b放到最后", "c clip b"),
    ("move clip 3 to the start and clip 1 to the end", "c b clip")])
def test_several_moves_in_one_sentence_all_happen(text: str, order: str) -> None:
    assert " ".join(_order(text)) == order


def test_clips_listed_before_one_place_are_not_moves_each() -> None:
    assert len(parse("move c and b to the front", "en", MEDIA, THREE).ops) <= 1


@pytest.mark.parametrize(("text", "ms"), [("截个10秒的片段发朋友圈", 10000), ("截一段15秒的", 15000),
                                          ("give me a 10 second clip for instagram", 10000)])
def test_a_part_of_n_seconds_taken_out_keeps_the_first_n_and_says_so(text: str, ms: int) -> None:
    p = plan(text, "zh" if "截" in text else "en")
    assert ops(p) == [{"op": "keep_range", "end_ms": ms}]  # from 0 (the default)
    assert p.notes  # which part was kept, and how to ask for another


@pytest.mark.parametrize(("text", "query"), [("把聊到前任的那一段剪掉", "前任"),
                                             ("说到价格的那一句删掉", "价格"),
                                             ("cut the part where i talk about pricing", "pricing")])
def test_a_part_said_by_its_topic_is_a_search_of_the_speech(text: str, query: str) -> None:
    p = plan(text, "zh" if query != "pricing" else "en")
    assert ops(p) == [{"op": "cut_sentences", "query": query}]


def _unread(p: Plan) -> list[str]:
    return [n for n in p.notes if n.startswith(("I didn't understand", "这部分我没看懂"))]


@pytest.mark.parametrize("text", [
    "mute the music but keep my voice", "原声关掉，背景音乐留着", "剪掉开头结尾的黑屏和没声音的部分",
    "删掉3秒到5秒 还有40秒到45秒那两段", "mute it, its just wind noise",
    "cut 0:04-0:06 and 0:15-0:18, both are just silence",
    "speed up the second clip 2x its just me walking to the car",
    "delete the captions, i'll redo them myself later",
    "move the third clip (the sunset one) to the very beginning"])
def test_words_that_ask_for_nothing_are_no_unexplained_note(text: str) -> None:
    draft = sample_draft(["clip.mp4", "b.mp4", "c.mp4"], music="music.mp3")
    p = parse(text, "zh" if re.search(r"[\u4e00-\u9fff]", text) else "en", MEDIA, draft)
    assert p.ops and not _unread(p)


@pytest.mark.parametrize(("text", "word"), [("trim the first 5 seconds and add a sparkle effect", "effect"),
                                            ("cut the first 3 seconds and add a vhs filter", "filter")])
def test_real_content_words_not_understood_are_still_named(text: str, word: str) -> None:
    p = plan(text)
    assert any(word in n for n in _unread(p))


@pytest.mark.parametrize("text", ["put b.mp4 at the start and c.mp4 at the end",
                                  "b.mp4放到最前面 c.mp4接在最后"])
def test_files_added_each_with_its_own_end_each_go_there(text: str) -> None:
    p = plan(text, "zh" if "放" in text else "en")
    assert ops(p) == [{"op": "add_clips", "media_ids": ["b.mp4"], "at": "start"},
                      {"op": "add_clips", "media_ids": ["c.mp4"]}]  # "end" is the default
