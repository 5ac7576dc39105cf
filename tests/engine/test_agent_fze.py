"""fze (issue 9): an edit said of one clip on a three-clip timeline (clip.mp4 0-60 s, b.mp4 60-90 s, c.mp4
90-110 s), the clip named by its bare letter, its file or its place: a part of it is that clip's part (in
programme time), parts of two clips are each their own clip's, the one clip wanted stays, clips not needed
go, a clip goes before / after another, a transition goes into the clip cut to, and an edit of the whole
video said of one clip is asked - never done to the programme's ends, the wrong clip or everything."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import plan as _plan

_B_AND_C_GO = [{"op": "delete_segment", "index": 3}, {"op": "delete_segment", "index": 2}]

CASES: list[tuple[str, list[dict[str, Any]]]] = [
    # a head / tail amount said of one clip
    ("b那段开头5秒不要 前面对焦没对上", [{"op": "remove_range", "start_ms": 60000, "end_ms": 65000}]),
    ("c那段结尾3秒删掉 有人挡镜头了", [{"op": "remove_range", "start_ms": 107000, "end_ms": 110000}]),
    ("c.mp4 has 5 seconds of me fiddling with the mic at the start, cut those",
     [{"op": "remove_range", "start_ms": 90000, "end_ms": 95000}]),
    ("c.mp4 starts with 4 seconds of me adjusting the light, trim that off",
     [{"op": "remove_range", "start_ms": 90000, "end_ms": 94000}]),
    ("the last 2 seconds of b are blurry, cut them",
     [{"op": "remove_range", "start_ms": 88000, "end_ms": 90000}]),
    # parts of two clips, each in its own clip
    ("第一段的0:10到0:14 还有c.mp4的前2秒 都剪掉",
     [{"op": "remove_ranges",
       "ranges": [{"start_ms": 10000, "end_ms": 14000}, {"start_ms": 90000, "end_ms": 92000}]}]),
    ("remove the last 2 seconds of b.mp4 and 0:20 to 0:25 of clip.mp4",
     [{"op": "remove_ranges",
       "ranges": [{"start_ms": 20000, "end_ms": 25000}, {"start_ms": 88000, "end_ms": 90000}]}]),
    ("第二段的0:05到0:08 还有c.mp4的最后3秒 都删了",
     [{"op": "remove_ranges",
       "ranges": [{"start_ms": 65000, "end_ms": 68000}, {"start_ms": 107000, "end_ms": 110000}]}]),
    # the one clip wanted stays
    ("三段里我就要b.mp4那段 另外俩删了吧", [{"op": "keep_range", "start_ms": 60000, "end_ms": 90000}]),
    ("三个视频我就要第一个 另外俩删了吧", [{"op": "keep_range", "start_ms": 0, "end_ms": 60000}]),
    ("就留第二段 另外两段都删了", [{"op": "keep_range", "start_ms": 60000, "end_ms": 90000}]),
    # clips said not needed
    ("i dont need b or c anymore", _B_AND_C_GO),
    ("i no longer need b and c", _B_AND_C_GO),
    ("b跟c我都用不上了 删了吧", _B_AND_C_GO),
    ("第二段和c.mp4都用不着了", _B_AND_C_GO),
    # a clip before / after another
    ("c should come before b", [{"op": "move_segment", "index": 3, "to_index": 2}]),
    ("b should come after c", [{"op": "move_segment", "index": 2, "to_index": 3}]),
    ("把c挪到b前面", [{"op": "move_segment", "index": 3, "to_index": 2}]),
    ("c应该在b前面", [{"op": "move_segment", "index": 3, "to_index": 2}]),
    ("b should play before clip.mp4", [{"op": "move_segment", "index": 2, "to_index": 1}]),
    # a transition into the clip cut to
    ("切到第二段的时候别硬切 加个0.5秒叠化", [{"op": "crossfade", "index": 2, "duration_ms": 500}]),
    ("when it cuts to c, do a dissolve instead of a hard cut", [{"op": "crossfade", "index": 3}]),
    ("the cut into b is too harsh, crossfade it", [{"op": "crossfade", "index": 2}]),
    ("c那段进来的时候加个1秒叠化", [{"op": "crossfade", "index": 3, "duration_ms": 1000}]),
    # near phrasings that keep their own reading
    ("crossfade only between b and c, the cut from clip to b is supposed to be hard",
     [{"op": "crossfade", "index": 3}]),
    ("put c first, then b, then clip", [{"op": "reorder", "order": [3, 2, 1]}]),
    ("remove b and c", _B_AND_C_GO),
    ("delete b, keep the others", [{"op": "delete_segment", "index": 2}]),
    ("add crossfades between the clips", [{"op": "crossfade"}]),
]


@pytest.mark.parametrize(("text", "ops"), CASES)
def test_one_clip_of_three(text: str, ops: list[dict[str, Any]]) -> None:
    plan = _plan(text, clips3=True)
    assert not plan.question and not plan.refusal, plan.question
    got = [o.model_dump() for o in plan.ops]
    assert [o["op"] for o in got] == [o["op"] for o in ops], got
    for want, have in zip(ops, got, strict=True):
        for k, v in want.items():
            assert have[k] == v, (k, got)


# an edit the whole video only can have, said of one clip (or a choice of clips): asked, nothing done
@pytest.mark.parametrize("text", [
    "kill the sound on b only",
    "mute the sound on c only",
    "turn off the audio for b only",
    "只把c静音 其他两段的声音留着",
    "b那段的声音不要了",
    "make c black and white but leave the others in colour",
    "delete b or c",
])
def test_one_clip_asked(text: str) -> None:
    plan = _plan(text, clips3=True)
    assert plan.question and not plan.ops


@pytest.mark.parametrize(("text", "op"), [
    # the whole video named, not a clip: done
    ("kill the sound", "mute"),
    ("make it black and white", "color"),
    # a letter that names no clip ("b站", "plan b", "b-roll") is not read as one
    ("mute it, plan b is to add music later", "mute"),
    ("add some b-roll feel, make it 9:16", "set_aspect"),
])
def test_not_one_clip(text: str, op: str) -> None:
    plan = _plan(text, clips3=True)
    assert not plan.question
    assert plan.ops and plan.ops[0].op == op


def test_empty_stretch_is_not_a_cut_amount() -> None:
    # "a few seconds of nothing" at each end is dead air, found per clip - never a 3 s trim of the programme
    plan = _plan("each clip starts and ends with a few seconds of nothing before we talk, tighten those ends",
                 clips3=True)
    assert not any(o.op in ("trim", "remove_range", "remove_ranges") for o in plan.ops)


def test_single_clip_amount_at_an_end() -> None:
    # the same words on one clip: the programme's start
    plan = _plan("there are 5 seconds of me fiddling with the mic at the start, cut those")
    assert [o.model_dump() for o in plan.ops] == [{"op": "trim", "head_ms": 5000, "tail_ms": 0}]
