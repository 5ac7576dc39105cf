"""Requests outside the draft's edits (rules/meta.py, the reorder question in rules/cutting.py): speed ramps
and hedged topics asked about, recolouring one thing and stem separation refused with what can be done
instead."""

from __future__ import annotations

import pytest

from vidai_nb.engine.agent import Plan, parse
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft

MEDIA = list(SAMPLE_MEDIA.values())


def plan(text: str, clips: list[str] | None = None) -> Plan:
    zh = any("\u4e00" <= ch <= "\u9fff" for ch in text)
    return parse(text, "zh-CN" if zh else "en", MEDIA, sample_draft(clips or ["clip.mp4"]))


def asked(p: Plan) -> bool:
    return bool(p.question) and not p.ops and p.export is None and not p.refusal


def refused(p: Plan) -> bool:
    return bool(p.refusal) and not p.ops and p.export is None and not p.question


@pytest.mark.parametrize("text", ["do the velocity thing on my kickflip", "speed ramp the jump",
                                  "give my skate clip that velocity effect", "给这段滑板做个曲线变速"])
def test_a_speed_ramp_with_no_part_asks_which_part(text: str) -> None:
    p = plan(text)
    assert asked(p), p
    assert "0:03-0:05" in (p.question or "") or "第3秒到第5秒" in (p.question or "")


@pytest.mark.parametrize("text", ["do a velocity edit, slow on the beat drops and fast in between",
                                  "speed ramp it so it slows on the drop"])
def test_a_speed_ramp_timed_to_the_beat_is_still_refused(text: str) -> None:
    assert refused(plan(text))


def test_the_ramp_question_suggests_words_that_slow_one_part() -> None:
    # the example the ramp question and the glossary's velocity answer both give must itself be read as the
    # edit it describes
    p = plan("slow down 0:03-0:05 to half speed")
    assert [o.op for o in p.ops] == ["split", "split", "speed"]
    speeds = [o for o in p.ops if o.op == "speed"]
    assert len(speeds) == 1 and speeds[0].factor == 0.5  # type: ignore[attr-defined]


@pytest.mark.parametrize(("text", "topic"), [
    ("something w transitions maybe? idk", "crossfade"),
    ("something with music maybe? idk", "music"),
    ("um something with subtitles, not sure", "subtitles"),
    ("加点转场什么的？不知道", "转场"),
    ("字幕之类的吧 我也不确定", "字幕"),
])
def test_a_hedged_topic_asks_what_to_do_with_it(text: str, topic: str) -> None:
    p = plan(text)
    assert asked(p) and topic in (p.question or ""), p


@pytest.mark.parametrize("text", ["add transitions between the clips", "加转场"])
def test_a_topic_asked_for_plainly_is_done(text: str) -> None:
    p = plan(text, ["clip.mp4", "b.mp4"])
    assert [o.op for o in p.ops] == ["crossfade"] and not p.question


@pytest.mark.parametrize("text", ["change my lipstick to red in the video", "make my nails pink",
                                  "change her dress color to red", "把我的口红换成红色",
                                  "把她的头发染成金色"])
def test_one_thing_recoloured_is_refused_with_what_colour_can_do(text: str) -> None:
    p = plan(text)
    assert refused(p), p
    assert "saturation" in (p.refusal or "") or "饱和度" in (p.refusal or "")


@pytest.mark.parametrize(("text", "op"), [
    ("make my video black and white", "color"),
    ("make my kickflip clip black and white", "color"),
    ("make my b-roll black and white", "color"),
])
def test_the_video_itself_coloured_is_an_edit(text: str, op: str) -> None:
    p = plan(text)
    assert [o.op for o in p.ops] == [op] and not p.refusal, p


@pytest.mark.parametrize("text", ["split my voice and the guitar onto separate tracks and turn the guitar up",
                                  "separate the vocals and the guitar",
                                  "put the guitar on its own track so i can turn it up",
                                  "把人声和吉他分开 吉他大声一点", "帮我分轨 人声单独一轨"])
def test_stem_separation_is_refused_and_nothing_else_is_done(text: str) -> None:
    p = plan(text)
    assert refused(p), p
    assert "separate" in (p.refusal or "") or "分离" in (p.refusal or "")


@pytest.mark.parametrize("text", ["几段素材换个顺序吧", "change the order of the clips",
                                  "mix up the order a bit", "调整一下片段顺序", "rearrange the clips pls"])
def test_a_reorder_with_no_order_asks_which_order(text: str) -> None:
    p = plan(text, ["clip.mp4", "b.mp4", "c.mp4"])
    assert asked(p) and "3" in (p.question or ""), p


def test_a_reorder_with_one_clip_says_there_is_one() -> None:
    p = plan("change the order of the clips")
    assert asked(p) and "only one clip" in (p.question or "")


def test_a_reorder_with_the_order_said_is_done() -> None:
    p = plan("rearrange so the 2nd clip plays first, then the 3rd, and the 1st goes last",
             ["clip.mp4", "b.mp4", "c.mp4"])
    assert [o.op for o in p.ops] == ["reorder"]
