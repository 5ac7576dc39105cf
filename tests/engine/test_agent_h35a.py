"""holdout35's refusal, question and answer misses, each a class: effects with no operation here named in the
request (played backwards, a voice's pitch, marks drawn on the picture, a crop to one region, footage
generated or a timelapse from one photo) refused with what can be done instead; what is filmed said to look
a way (the reason, no imagery refused); a removal said of nothing; the middle with no times; two formats
then "which" with no question mark; a part named by what it shows asked about by name."""

from __future__ import annotations

from typing import Any

import pytest

from vidai_nb.engine.agent import Plan, parse
from vidai_nb.engine.ops import parse_operation
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft

MEDIA = list(SAMPLE_MEDIA.values())


def plan(text: str) -> Plan:
    zh = any("\u4e00" <= ch <= "\u9fff" for ch in text)
    return parse(text, "zh-CN" if zh else "en", MEDIA, sample_draft(["clip.mp4"], None))


def ops(p: Plan) -> list[dict[str, Any]]:
    return [o.model_dump() for o in p.ops]


def want_ops(want: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [parse_operation(w).model_dump() for w in want]


@pytest.mark.parametrize(("text", "says"), [
    ("play the kiln opening backwards for a funny ending", "backwards"),
    ("run the dive clip backwards so he jumps out of the pool", "backwards"),
    ("can you make the ending go in reverse", "backwards"),
    ("show the cake smash in reverse playback", "backwards"),
    ("把开箱那段倒着放一遍", "倒放"),
    ("make the pastor's voice deeper", "pitch"),
    ("lower the pitch of my voice a bit", "pitch"),
    ("pitch his voice up so it sounds like a chipmunk", "pitch"),
    ("give the narrator a deeper voice", "pitch"),
    ("把他的声音变低沉一点", "音调"),
    ("音调调高一点", "音调"),
    ("add arrows pointing at the cavity on the xray", "draw"),
    ("draw a red circle around the mole at 0:05", "draw"),
    ("put two arrows on the crack in the wall", "draw"),
    ("给裂缝那里加个箭头", "画"),
    ("把他圈出来", "画"),
    ("crop to just the top left window of the screen recording", "one region"),
    ("crop into the bottom right corner where the chat is", "one region"),
    ("crop the video to just the left monitor", "one region"),
    ("只保留画面左上角", "某一块"),
    ("把屏幕裁到右下角那个窗口", "某一块"),
    ("给我生成一段日落延时", "生成"),
    ("帮我生成几个海边的镜头", "生成"),
    ("make a timelapse of the glaze firing from photo1.jpg", "still photo"),
    ("turn this one photo into a timelapse", "still photo"),
    ("用这张照片做个延时", "照片"),
    ("让视频倒过来播", "倒放"),
    ("create a drone shot of the church for the opening", "generate"),
    ("shoot some aerial footage of the lake for the intro", "generate"),
    ("highlight the area where the leak is", "draw"),
])
def test_an_effect_with_no_operation_is_refused_with_what_instead(text: str, says: str) -> None:
    p = plan(text)
    assert not p.ops and p.export is None and not p.question and p.refusal and says in p.refusal, p


@pytest.mark.parametrize(("text", "want"), [
    ("make my voice louder", [{"op": "set_volume", "track": "main", "volume": 1.5}]),
    ("add a box of text at the top 'hello'", [{"op": "add_text", "text": "hello", "pos": "top",
                                               "style": "boxed"}]),
    ("生成字幕", [{"op": "add_subtitles"}]),
    ("make it 1:1", [{"op": "set_aspect", "ratio": "1:1"}]),
    ("mirror it, the text on my shirt is backwards", [{"op": "flip", "direction": "horizontal"}]),
    ("手机拍的画面倒过来了，帮我转180度", [{"op": "rotate", "degrees": 180}]),
    ("把视频倒过来", [{"op": "rotate", "degrees": 180}]),
])
def test_the_edits_next_to_those_words_are_still_read(text: str, want: list[dict[str, Any]]) -> None:
    p = plan(text)
    assert ops(p) == want_ops(want) and not p.refusal and not p.question, p


@pytest.mark.parametrize(("text", "want"), [
    ("saturation up to 1.3, the fish look dull", [{"op": "color", "saturation": 1.3}]),
    ("contrast 1.2, the birds are hard to see", [{"op": "color", "contrast": 1.2}]),
    ("the horses look washed out, saturation 1.4", [{"op": "color", "saturation": 1.4}]),
])
def test_what_is_filmed_said_to_look_a_way_is_the_reason(text: str, want: list[dict[str, Any]]) -> None:
    p = plan(text)
    assert ops(p) == want_ops(want) and not p.refusal, p


@pytest.mark.parametrize(("text", "want"), [
    ("remove nothing, just add logo.png bottom left",
     [{"op": "add_logo", "media_id": "logo.png", "pos": "bottom-left"}]),
    ("delete nothing, only put logo.png in the top right",
     [{"op": "add_logo", "media_id": "logo.png", "pos": "top-right"}]),
    ("什么都不要删，只加个logo.png在右下角",
     [{"op": "add_logo", "media_id": "logo.png", "pos": "bottom-right"}]),
    ("啥也别删，就在左下角加上logo.png", [{"op": "add_logo", "media_id": "logo.png", "pos": "bottom-left"}]),
    ("什么都不用剪，加个背景音乐music.mp3就行", [{"op": "add_music", "media_id": "music.mp3"}]),
])
def test_a_removal_said_of_nothing_is_none(text: str, want: list[dict[str, Any]]) -> None:
    p = plan(text)
    assert ops(p) == want_ops(want) and not p.refusal and not p.answer, p


def test_a_logo_removal_is_still_refused() -> None:
    assert plan("remove the logo").refusal


@pytest.mark.parametrize("text", ["make the middle faster", "speed up the middle",
                                  "slow down the middle of the video", "把中间加速", "把中间放慢一点"])
def test_the_middle_with_no_times_is_asked(text: str) -> None:
    p = plan(text)
    assert p.question and not p.ops, p


def test_a_place_in_the_middle_is_no_part() -> None:
    assert ops(plan("put the title in the middle and speed it up 2x"))[-1:] == want_ops(
        [{"op": "speed", "factor": 2.0}])


@pytest.mark.parametrize("text", ["mp4 or mov — which one plays on both my iphone and the old church "
                                  "projector laptop", "mp4 or mov which plays on more devices",
                                  "webm or mp4 - which one works on an old smart tv",
                                  "720p or 1080p which looks better on a phone"])
def test_two_formats_then_which_is_a_question(text: str) -> None:
    p = plan(text)
    assert p.answer and not p.ops and p.export is None, p


@pytest.mark.parametrize(("text", "says"), [
    ("写字的镜头放慢两倍", "“写字的镜头”是哪一段？我看不到画面内容"),
    ("把切菜的地方加速", "“切菜的地方”是哪一段？我看不到画面内容"),
    ("slow down the part where he writes", "I can't see what's in the picture"),
    ("slow down the bit where she pours the glaze", "I can't see what's in the picture"),
])
def test_a_part_named_by_what_it_shows_is_asked_by_name(text: str, says: str) -> None:
    p = plan(text)
    assert not p.ops and p.question and says in p.question, p


def test_a_part_named_by_its_place_is_asked_without_the_picture() -> None:
    q = plan("中间那段快一点").question
    assert q and q.startswith("是哪一段") and "画面" not in q
