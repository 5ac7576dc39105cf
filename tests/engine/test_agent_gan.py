"""gan (issue 9): a part said to stay beside a cut of the other side of its time ("everything after 0:06
stays, just lose the fumbling before it") and a cut before / after "it" are the cut of that side only -
never the whole clip from that time; a platform named as the reason for a length cap is no preset; a part
named by the kind of words read in it ("the sponsor read", "赞助商口播") is a transcript search; a line or
sentence added with its words after a colon ("加一句话：…", "add a line: …"); a ceiling said of the output
resolution ("输出分辨率限制在720p") is the resolution op; an export after 再 in a Chinese run-on is a step
of its own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import assert_edits
from tests.engine.agent_plans import plan as _plan
from vidai_nb.engine.agent import parse
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft

Ops = list[tuple[str, dict[str, Any]]]

CASES: list[tuple[str, Ops, bool]] = [
    # what stays, beside a cut of the other side of the same time
    ("everything after 0:06 stays, just lose the fumbling before it",
     [("trim", {"head_ms": 6000})], False),
    ("everything after 0:04 stays, just cut the mumbling before it",
     [("trim", {"head_ms": 4000})], False),
    ("everything before 0:50 stays, drop what comes after it",
     [("remove_range", {"start_ms": 50000, "end_ms": None})], False),
    ("the rest after 0:07 is fine, but get rid of the stuff before 0:07",
     [("trim", {"head_ms": 7000})], False),
    ("he finally starts at 0:09, lose everything before that point", [("trim", {"head_ms": 9000})], False),
    ("0:05之后的都留着，前面那段磕磕巴巴的去掉", [("keep_range", {"start_ms": 5000, "end_ms": None})], False),
    # a platform as the reason for a length
    ("30 sec tops, its for reels", [("keep_range", {"start_ms": 0, "end_ms": 30000})], False),
    ("20s max cuz its for my tiktok", [("keep_range", {"start_ms": 0, "end_ms": 20000})], False),
    ("keep it under 40 seconds, this is for instagram", [("keep_range", {"start_ms": 0, "end_ms": 40000})],
     False),
    ("最多20秒 要发快手", [("keep_range", {"start_ms": 0, "end_ms": 20000})], False),
    # a part named by the kind of words read in it
    ("cut the sponsor read, remove fillers, and music at 20%",
     [("cut_sentences", {"query": "sponsor", "keep": False}), ("remove_fillers", {}),
      ("set_volume", {"track": "bgm", "volume": 0.2})], True),
    ("drop the patreon plug", [("cut_sentences", {"query": "patreon", "keep": False})], False),
    ("把赞助商口播删掉", [("cut_sentences", {"query": "赞助商", "keep": False})], False),
    ("剪掉品牌的口播，再去掉语气词", [("cut_sentences", {"query": "品牌"}), ("remove_fillers", {})], False),
    # a line or sentence added, its words after the colon
    ("加一句话：清仓甩卖 全场五折 卖完为止",
     [("add_text", {"text": "清仓甩卖 全场五折 卖完为止"})], False),
    ("顶部加一行：一根竹子变成一个篮子",
     [("add_text", {"text": "一根竹子变成一个篮子", "pos": "top"})], False),
    ("底部写一句：关注我不迷路", [("add_text", {"text": "关注我不迷路", "pos": "bottom"})], False),
    ("add a line: huge sale today", [("add_text", {"text": "huge sale today"})], False),
    ("put a line at the bottom: link in bio",
     [("add_text", {"text": "link in bio", "pos": "bottom"})], False),
    # a ceiling said of the output resolution
    ("输出分辨率限制在720p", [("resolution", {"max_height": 720})], False),
    ("输出分辨率控制在1080p", [("resolution", {"max_height": 1080})], False),
    ("output resolution capped at 720p", [("resolution", {"max_height": 720})], False),
    # an export after 再 in a run-on
    ("二手车那个视频帮我加上logo.png放左下角然后最后接上c.mp4再导出一个mp4谢谢",
     [("add_logo", {"media_id": "logo.png", "pos": "bottom-left"}), ("add_clips", {"media_ids": ["c.mp4"]})],
     False),
    ("剪掉前3秒再导出", [("trim", {"head_ms": 3000})], False),
]

UPLOADS3 = [SAMPLE_MEDIA[m] for m in ("clip.mp4", "b.mp4", "c.mp4", "music.mp3", "logo.png")]


@pytest.mark.parametrize(("text", "ops", "music"), CASES)
def test_read(text: str, ops: Ops, music: bool) -> None:
    plan = _plan(text, music=music, uploads=UPLOADS3)
    assert_edits(plan, ops)


@pytest.mark.parametrize(("text", "fmt"), [
    ("二手车那个视频帮我加上logo.png放左下角然后最后接上c.mp4再导出一个mp4谢谢", "mp4"),
    ("剪掉前3秒再导出", "mp4"),
    ("加上logo.png放右上角再导出一个mov谢谢", "mov"),
])
def test_export_after_zai(text: str, fmt: str) -> None:
    plan = _plan(text, uploads=UPLOADS3)
    assert plan.export is not None and plan.export.get("format") == fmt


@pytest.mark.parametrize(("text", "platform"), [
    ("make it vertical, 30 sec tops, its for reels", True),   # a frame said: the preset stays
    ("make it for reels", True),
    ("30 sec tops, its for reels", False),
])
def test_platform_as_reason(text: str, platform: bool) -> None:
    plan = _plan(text)
    assert any(o.op == "platform" for o in plan.ops) is platform


@pytest.mark.parametrize("text", ["只要c和b拼起来 c放前面", "just join c and b, c first"])
def test_two_stems_joined(text: str) -> None:
    lang = "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en"
    plan = parse(text, lang, UPLOADS3, sample_draft(["clip.mp4"], None))
    assert [o.op for o in plan.ops] == ["concat"]
    assert plan.ops[0].model_dump()["media_ids"] == ["c.mp4", "b.mp4"]


def test_remove_range_not_from_time() -> None:
    # never the whole clip from 0:06 on: that is what stays
    plan = _plan("everything after 0:06 stays, just lose the fumbling before it")
    assert not any(o.op in ("remove_range", "keep_range") for o in plan.ops)


@pytest.mark.parametrize("text", ["加个音乐 晚点再导出", "剪掉前4秒 等回家连上wifi再导出"])
def test_export_put_off_stays_off(text: str) -> None:
    # 再 after words that put the export off: none now
    assert _plan(text).export is None


def test_kind_of_video_is_no_search() -> None:
    # "情感口播" names the kind of video, cut to a length - no words searched
    plan = _plan("情感口播剪到15秒")
    assert [o.op for o in plan.ops] == ["keep_range"]
