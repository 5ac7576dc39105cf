"""fzc (issue 9): a clip named by its bare letter on a three-clip timeline (a speed said of it only, played
twice, put first / last beside an edit of the music), a speed to an exact length (total / target, within
0.25-4x; the way said that cannot reach the length is asked), and a resolution said with 出片 or with the
file's format is the export's."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import CLIPS3
from tests.engine.agent_plans import plan as _plan
from vidai_nb.engine.agent import Plan, parse
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft


def _with_music(text: str) -> Plan:
    """clip.mp4, b.mp4 and c.mp4 with music.mp3 under them (the music uploaded too)."""
    lang = "zh" if any("\u4e00" <= c <= "\u9fff" for c in text) else "en"
    return parse(text, lang, [*CLIPS3, SAMPLE_MEDIA["music.mp3"]],
                 sample_draft(["clip.mp4", "b.mp4", "c.mp4"], "music.mp3"))


def _ops(plan: Plan) -> list[dict[str, Any]]:
    return [o.model_dump(exclude_none=True) for o in plan.ops]


CLIP_SPEED: list[tuple[str, float, int]] = [
    ("slow motion on c only", 0.5, 3),
    ("slo-mo on b only", 0.5, 2),
    ("put c in slow motion", 0.5, 3),
    ("half speed on c only, the rest stays normal", 0.5, 3),
    ("make b slow motion, its the best angle", 0.5, 2),
    ("2x on c only", 2.0, 3),
    ("c单独慢放", 0.5, 3),
    ("只有b慢动作 其他正常", 0.5, 2),
    ("c做成慢动作", 0.5, 3),
    ("只把c慢动作", 0.5, 3),
    ("只把b加速2倍", 2.0, 2),
]


@pytest.mark.parametrize(("text", "factor", "index"), CLIP_SPEED)
def test_speed_of_a_clip_by_its_letter(text: str, factor: float, index: int) -> None:
    plan = _plan(text, clips3=True)
    assert not plan.question and not plan.refusal
    assert _ops(plan) == [{"op": "speed", "factor": factor, "index": index}]


@pytest.mark.parametrize(("text", "index", "copies"), [
    ("make b play twice in a row, chat loved that clutch", 2, 1),
    ("make c play twice in a row", 3, 1),
    ("have b play twice, that save was insane", 2, 1),
    ("get c to play twice", 3, 1),
    ("make b play 3 times", 2, 2),
    ("c要播两次", 3, 1),
    ("b再播一遍", 2, 1),
])
def test_clip_played_again_by_its_letter(text: str, index: int, copies: int) -> None:
    plan = _plan(text, clips3=True)
    assert not plan.question and not plan.refusal
    assert _ops(plan) == [{"op": "duplicate_segment", "index": index}] * copies


@pytest.mark.parametrize(("text", "ops"), [
    ("put c first, crossfade everything, music at 25%",
     [("move_segment", {"index": 3, "to_index": 1}), ("crossfade", {}), ("set_volume", {"volume": 0.25})]),
    ("move b to the end, music at 40%",
     [("move_segment", {"index": 2, "to_index": 3}), ("set_volume", {"volume": 0.4})]),
    ("put b last, crossfades between clips, music at 20%",
     [("move_segment", {"index": 2, "to_index": 3}), ("crossfade", {}), ("set_volume", {"volume": 0.2})]),
    ("put c first, music at 10% please",
     [("move_segment", {"index": 3, "to_index": 1}), ("set_volume", {"volume": 0.1})]),
])
def test_clip_moved_beside_the_music(text: str, ops: list[tuple[str, dict[str, Any]]]) -> None:
    plan = _with_music(text)
    assert not plan.question and not plan.refusal
    got = _ops(plan)
    assert [o["op"] for o in got] == [op for op, _ in ops]
    for o, (_, fields) in zip(got, ops, strict=True):
        assert {k: o[k] for k in fields} == fields


@pytest.mark.parametrize(("text", "factor"), [
    ("内容别剪 加速到刚好20秒", 3.0),
    ("加速到刚好30秒", 2.0),
    ("不剪内容 加速到正好15秒", 4.0),
    ("加速到恰好20秒 别删东西", 3.0),
    ("speed it up so its exactly 20 seconds", 3.0),
    ("speed it up to exactly 30 seconds", 2.0),
    ("make it exactly 40 seconds by speeding it up", 1.5),
    ("speed up to 15s, dont cut anything", 4.0),
    ("slow it down so it lasts 2 minutes", 0.5),
    ("放慢到刚好80秒", 0.75),
])
def test_speed_to_an_exact_length(text: str, factor: float) -> None:
    plan = _plan(text)
    assert not plan.question and not plan.refusal
    assert _ops(plan) == [{"op": "speed", "factor": factor}]


@pytest.mark.parametrize("text", [
    "speed it up to 10 seconds",  # 6x: beyond 4x
    "slow it down to 30 seconds",  # slowing makes 60 s longer, never 30
    "放慢到20秒",
    "speed it up to 90 seconds",  # speeding makes it shorter
])
def test_length_speed_cannot_reach_is_asked(text: str) -> None:
    plan = _plan(text)
    assert plan.question and not plan.ops


@pytest.mark.parametrize(("text", "export"), [
    ("最后出片要4k 格式mp4", {"format": "mp4", "resolution": "4k"}),
    ("最后出片1080p", {"format": "mp4", "resolution": "1080p"}),
    ("出片要720p，mp4格式", {"format": "mp4", "resolution": "720p"}),
    ("直接出片 要4k的", {"format": "mp4", "resolution": "4k"}),
    ("格式用mov 1080p", {"format": "mov", "resolution": "1080p"}),
    ("格式mp4 分辨率4k", {"format": "mp4", "resolution": "4k"}),
    ("1080p mov for the client", {"format": "mov", "resolution": "1080p"}),
    ("give it to me as a 720p webm", {"format": "webm", "resolution": "720p"}),
    ("i want a 4k mp4", {"format": "mp4", "resolution": "4k"}),
    ("export in 720p", {"format": "mp4", "resolution": "720p"}),
])
def test_resolution_with_the_export(text: str, export: dict[str, str]) -> None:
    plan = _plan(text)
    assert not plan.question and not plan.refusal
    assert plan.export == export
    assert not any(o.op == "resolution" for o in plan.ops)


def test_near_phrasings_keep_their_reading() -> None:
    # a bare letter that is no clip of the speed: the whole programme
    assert _ops(_plan("slow motion on b-roll", clips3=True)) == [{"op": "speed", "factor": 0.5}]
    assert _ops(_plan("put a in slow motion", clips3=True)) == [{"op": "speed", "factor": 0.5}]
    # "it" played twice is the whole programme looped
    assert _ops(_plan("make it play twice", clips3=True)) == [{"op": "loop", "times": 2}]
    # a resolution alone is the picture's size, not an export
    plain = _plan("make it 720p")
    assert plain.export is None and _ops(plain) == [{"op": "resolution", "max_height": 720}]
    # how the finished file came out is a trouble told, not an export; a format the footage has is no export
    assert _plan("加logo.png右下角 再调高一点饱和度 出片颜色淡了").export is None
    assert _plan("素材是mov格式的 帮我加字幕").export is None
    # a speed factor said with a clip by its file stays that clip's; a speed with no length stays a step
    assert _ops(_plan("speed it up")) == [{"op": "speed", "factor": 1.5}]
