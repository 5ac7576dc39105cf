"""gaz (issue 9): Chinese requests of holdout60 - a join between clips (接口 / 衔接处 / X和Y之间)
said with 不要 is the transition there, never the clips; a cut taken back after 等下 / 等等 / 还是别;
"除了X 其余的全都要留着" removes X; the whole slowed with the moment it is for (要看清…) is the
whole; the end to black with a clause after it; 加字幕 then a file put somewhere; subtitles made
with 出个 after another removal; a trailer from the end said with 给我 弄个; 短 with a share;
咋整都行 is no question; a mark that goes wherever a thing goes is tracking; the music faded
from a time pointed at with 那里."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import assert_edits
from tests.engine.agent_plans import plan as _plan

Ops = list[tuple[str, dict[str, Any]]]

CASES: list[tuple[str, Ops, bool, bool]] = [
    # a join named: the transition there, never a clip
    ("只在b和c之间加转场 第一个接口不要", [("crossfade", {"index": 3})], True, False),
    ("只在clip和b之间加个转场 第二个接口不要", [("crossfade", {"index": 2})], True, False),
    ("只在b和c中间加转场 第一个衔接处不要", [("crossfade", {"index": 3})], True, False),
    # "除了X 其余的全都要留着"
    ("托尼老师说了 除了最前面3秒在调三脚架 其余的全都要留着", [("trim", {"head_ms": 3000})], False, False),
    ("除了最后4秒 其他的都要留着", [("trim", {"tail_ms": 4000, "head_ms": 0})], False, False),
    # the whole slowed, the moment it is for
    ("整个慢放2倍 要看清鱼咬钩那一下", [("speed", {"factor": 0.5, "index": None})], False, False),
    ("整体放慢2倍 为了看清他起跳那一下", [("speed", {"factor": 0.5, "index": None})], False, False),
    # the end to black, a clause after it
    ("最后黑屏结束 别咔一下就没了", [("fade", {"fade_out_ms": 1000})], True, False),
    ("结尾来个黑屏 别硬切", [("fade", {"fade_out_ms": 1000})], False, False),
    # 加字幕, then a file put somewhere
    ("改成9:16竖屏 加字幕 右上角放logo.png",
     [("set_aspect", {"ratio": "9:16"}), ("add_subtitles", {}), ("add_logo", {"media_id": "logo.png"})],
     False, False),
    ("加字幕 左下角放logo.png",
     [("add_subtitles", {}), ("add_logo", {"media_id": "logo.png", "pos": "bottom-left"})], False, False),
    # subtitles made with 出个 after another removal, not burned
    ("把停顿和嗯啊这些语气词都去掉 再出个srt字幕 不要烧进画面",
     [("remove_silences", {}), ("remove_fillers", {}), ("add_subtitles", {"burn": False, "sidecar": "srt"})],
     False, False),
    ("去掉停顿 再出个字幕", [("remove_silences", {}), ("add_subtitles", {})], False, False),
    # a trailer from the end
    ("剧本杀宣传片 拿结尾那部分给我弄个10秒预告", [("keep_range", {"start_ms": 50000})], False, False),
    ("新品发布会 拿最后那部分弄个20秒的精华", [("keep_range", {"start_ms": 40000})], False, False),
    # 短 with a share: shorter by it
    ("整体短个三分之一", [("keep_range", {"start_ms": 0, "end_ms": 40000})], False, False),
    ("剪短三分之一", [("keep_range", {"start_ms": 0, "end_ms": 40000})], False, False),
    # the music faded from a time pointed at
    ("bgm从45秒那里开始慢慢淡出 一直到结束", [("fade_music", {"fade_out_ms": 15000})], False, True),
    ("音乐从50秒的地方开始淡出", [("fade_music", {"fade_out_ms": 10000})], False, True),
]


@pytest.mark.parametrize(("text", "ops", "clips3", "music"), CASES)
def test_read(text: str, ops: Ops, clips3: bool, music: bool) -> None:
    assert_edits(_plan(text, music=music, clips3=clips3), ops)


@pytest.mark.parametrize("text", ["剪掉前10秒 等下 还是别剪了", "删掉最后5秒 等一下 还是不删了",
                                  "剪掉前5秒 还是不剪了"])
def test_taken_back(text: str) -> None:
    plan = _plan(text)
    assert not plan.ops and not plan.question and not plan.refusal
    assert plan.answer and "不改" in plan.answer


@pytest.mark.parametrize("text", ["第一个转场不要", "第一段和第二段之间不要转场"])
def test_join_never_deletes_a_clip(text: str) -> None:
    plan = _plan(text, clips3=True)
    assert not any(o.op == "delete_segment" for o in plan.ops)


@pytest.mark.parametrize("text", ["民宿那个房间视频 给我整得高级点 要ins风有质感的那种 咋整都行",
                                  "给我整得高级点 咋整都行"])
def test_free_hand_asks(text: str) -> None:
    plan = _plan(text)
    assert plan.question and not plan.ops and not plan.answer


@pytest.mark.parametrize("text", ["给鱼加个圈 鱼游到哪圈跟到哪", "球滚到哪 框就跟到哪"])
def test_tracked_mark_refused(text: str) -> None:
    plan = _plan(text)
    assert plan.refusal and not plan.ops
