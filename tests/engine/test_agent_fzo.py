"""fzo (issue 9): a change of mind inside one message - the value said later replaces the earlier one, and
the earlier one is never done as a second edit (a count said in words, a length after a reason, words on
screen after a bare "no", a place / frame shape / format / resolution said bare, a doubled 不对不对, the
music's removal taken back before its level); and the thing added before, said to go, is removed - never
added again."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import plan as _plan

CASES: list[tuple[str, dict[str, bool], list[dict[str, Any]]]] = [
    # a count said in words, corrected
    ("loop it twice.. actually 4 times", {}, [{"op": "loop", "times": 4}]),
    ("loop it three times, no wait, twice", {}, [{"op": "loop", "times": 2}]),
    ("play it twice, no, three times then add music", {},
     [{"op": "loop", "times": 3}, {"op": "add_music"}]),
    # a length corrected after a reason, or after a bare "oh wait" / "sorry"
    ("make a 40 second version, oh wait reels count extra so make it 39", {},
     [{"op": "keep_range", "start_ms": 0, "end_ms": 39000}]),
    ("make it 45 seconds, sorry, 40", {}, [{"op": "keep_range", "start_ms": 0, "end_ms": 40000}]),
    # words on screen, corrected with a bare "no" or a doubled 不对
    ("add title 'Part One'... no make it 'Part 1: Arrival'", {},
     [{"op": "add_title", "text": "Part 1: Arrival"}]),
    ("加标题「第一集」 不对不对 「第1集：开始」", {}, [{"op": "add_title", "text": "第1集：开始"}]),
    ("标题写「你好」 算了 还是「大家好」吧", {}, [{"op": "add_title", "text": "大家好"}]),
    # a place, a frame shape, a format, a resolution said bare after the take-back
    ("put logo.png top left, no, bottom left", {}, [{"op": "add_logo", "pos": "bottom-left"}]),
    ("add logo.png top right no bottom left", {}, [{"op": "add_logo", "pos": "bottom-left"}]),
    ("logo.png放右上角 不对 左下角", {}, [{"op": "add_logo", "pos": "bottom-left"}]),
    ("make it 9:16 for tiktok, no, square", {}, [{"op": "set_aspect", "ratio": "1:1"}]),
    ("导出成竖屏 哦不 横屏的", {}, [{"op": "set_aspect", "ratio": "16:9"}]),
    # a clip edit taken back with the marker said twice: the move only
    ("删掉b前面的…不对不对 不是删 是把c挪到最前面", {"clips3": True},
     [{"op": "move_segment", "index": 3, "to_index": 1}]),
    ("第二段删了…不对不对 不是删 是挪到最后", {"clips3": True},
     [{"op": "move_segment", "index": 2, "to_index": 3}]),
    # the music's removal taken back, then its level
    ("音乐不要了…不对 还是留着吧 调到25% 再把嗯啊去掉", {"music": True},
     [{"op": "set_volume", "track": "bgm", "volume": 0.25}, {"op": "remove_fillers"}]),
    ("remove the music... actually no, keep it at 30%", {"music": True},
     [{"op": "set_volume", "track": "bgm", "volume": 0.3}]),
    ("music at 10%... actually just mute it", {"music": True}, [{"op": "mute", "track": "bgm"}]),
    # the thing added before, said to go
    ("我之前加的那个logo去了吧 客户说不好看", {}, [{"op": "remove_logo"}]),
    ("之前加的那个音乐去了吧", {"music": True}, [{"op": "remove_music"}]),
    ("我之前加的那段文字去了吧", {}, [{"op": "remove_text", "track": "text"}]),
    ("the music i added, remove it", {"music": True}, [{"op": "remove_music"}]),
    ("that watermark i added, take it off", {}, [{"op": "remove_logo"}]),
]


@pytest.mark.parametrize(("text", "kw", "ops"), CASES)
def test_change_of_mind(text: str, kw: dict[str, bool], ops: list[dict[str, Any]]) -> None:
    plan = _plan(text, **kw)
    assert not plan.question and not plan.refusal, (plan.question, plan.refusal)
    got = [o.model_dump(exclude_none=True) for o in plan.ops]
    assert len(got) == len(ops), got
    for g, want in zip(got, ops, strict=True):
        for k, v in want.items():
            assert g[k] == v, (k, g)


@pytest.mark.parametrize("text", ["get rid of the transition i put in earlier", "刚才加的转场删掉"])
def test_added_transition_said_to_go_is_never_added(text: str) -> None:
    plan = _plan(text, clips3=True)
    assert not any(o.op == "crossfade" and getattr(o, "duration_ms", None) != 0 for o in plan.ops), plan.ops


@pytest.mark.parametrize("text", ["logo.png放右上角 不是左上角", "标题写「你好」 不是「您好」"])
def test_not_this_one_is_no_correction(text: str) -> None:
    # "不是X" said after a value says which one is not meant: the first value stands
    plan = _plan(text)
    got = [o.model_dump(exclude_none=True) for o in plan.ops]
    assert got and all(g.get("pos") != "top-left" and g.get("text") != "您好" for g in got), got
