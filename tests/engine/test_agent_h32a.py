"""holdout32's footage-repair, advice and vague misses, each a class: repair the engine cannot do (flicker,
hot pixels, stacking, light pollution, scratches), one voice pulled out, people found in the picture, a
creature added and only the silences kept are refused with what can be done, never turned into an edit;
advice about the person's own business or rights is answered; vague colour wishes, parts named only by
what happens in them and a picture that turned by itself are asked about."""

from __future__ import annotations

from typing import Any

import pytest

from vidai_nb.engine.agent import Plan, parse
from vidai_nb.engine.ops import parse_operation
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft

MEDIA = list(SAMPLE_MEDIA.values())


def plan(text: str, lang: str = "en") -> Plan:
    return parse(text, lang, MEDIA, sample_draft(["clip.mp4"], None))


def ops(p: Plan) -> list[dict[str, Any]]:
    return [o.model_dump() for o in p.ops]


def want_ops(want: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [parse_operation(w).model_dump() for w in want]


@pytest.mark.parametrize(("text", "lang", "says"), [
    ("my milky way timelapse flickers and blinks. can u deflicker it", "en", "flicker"),
    ("get rid of the dead pixels in the night shots", "en", "hot or dead pixels"),
    ("can you stack the frames to reduce noise like deepskystacker", "en", "stacking frames"),
    ("remove the light pollution glow from the horizon", "en", "light pollution"),
    ("make the scratches on the dresser disappear", "en", "scratches"),
    ("the video flickers, can you fix that", "en", "flicker"),
    ("延时视频一直闪烁，帮我去掉闪烁", "zh-CN", "闪烁"),
    ("把天空的光污染去掉", "zh-CN", "光污染"),
])
def test_footage_repair_is_refused_with_what_can_be_done(text: str, lang: str, says: str) -> None:
    p = plan(text, lang)
    assert p.refusal and says in p.refusal and not p.ops and not p.question
    assert ("对比度" if lang == "zh-CN" else "contrast") in p.refusal  # what can be done instead


@pytest.mark.parametrize(("text", "lang"), [
    ("isolate just the sopranos", "en"),
    ("can you isolate the tenors", "en"),
    ("pull out just the violin so i can hear it alone", "en"),
    ("把女高音单独提出来", "zh-CN"),
    ("把钢琴单独提取出来", "zh-CN"),
])
def test_one_voice_or_instrument_pulled_out_is_refused(text: str, lang: str) -> None:
    p = plan(text, lang)
    assert p.refusal and not p.ops
    assert ("降噪" if lang == "zh-CN" else "denoise") in p.refusal


@pytest.mark.parametrize(("text", "lang"), [
    ("find every runner with bib 2041 and make a clip of them", "en"),
    ("find all the kids wearing yellow and cut a clip of each", "en"),
    ("帮我找出所有穿红衣服的跑者", "zh-CN"),
    ("找出每个戴帽子的人", "zh-CN"),
    ("find all the times my dog appears", "en"),
])
def test_people_found_in_the_picture_are_refused(text: str, lang: str) -> None:
    p = plan(text, lang)
    assert p.refusal and not p.ops
    assert ("画面" if lang == "zh-CN" else "can't see what's in the picture") in p.refusal


@pytest.mark.parametrize(("text", "lang"), [
    ("add a shark swimming under my board for a prank", "en"),
    ("put a whale jumping behind the boat", "en"),
    ("make a meteor shower timelapse, i didnt catch any meteors tonight", "en"),
    ("加一只鲨鱼在冲浪板下面", "zh-CN"),
])
def test_a_creature_never_filmed_is_refused_with_no_partial_edit(text: str, lang: str) -> None:
    p = plan(text, lang)
    assert p.refusal and not p.ops


@pytest.mark.parametrize(("text", "lang"), [
    ("do the opposite of silence removal, only the silent parts get preserved", "en"),
    ("keep only the silent parts", "en"),
    ("只保留没说话的部分", "zh-CN"),
])
def test_only_the_silences_kept_is_refused(text: str, lang: str) -> None:
    p = plan(text, lang)
    assert p.refusal and not p.ops and not p.answer


@pytest.mark.parametrize("text", [
    "put the bears clip first",  # a creature named as a clip is no imagery
    "find the part where i talk about pricing and cut it",  # the speech searched
    "the lights flicker at 0:10, cut 0:09 to 0:12",  # flicker said as the reason
    "the lights flicker at 0:10, remove 0:09 to 0:12",
])
def test_words_of_those_classes_said_otherwise_are_not_refused(text: str) -> None:
    assert plan(text).refusal is None


@pytest.mark.parametrize("text", [
    "filmed my choir outside and the wind gusted the whole time. i just want to tone down those gusts",
    "tone down the wind a bit",
    "reduce the wind gusts on the audio",
])
def test_wind_gusts_toned_down_are_denoised(text: str) -> None:
    assert ops(plan(text)) == want_ops([{"op": "denoise"}])


@pytest.mark.parametrize(("text", "lang", "says"), [
    ("should our veterinary practice be on tiktok? looks like all the cool kids are doing it", "en",
     "your call"),
    ("should my bakery be on instagram?", "en", "your call"),
    ("我们花店有必要做小红书吗？", "zh-CN", "由你决定"),
    ("can i legally post a video of me reading a picture book on youtube?", "en", "read-aloud"),
    ("can i add my own font?", "en", "font"),
    ("can we use our own fonts for the titles?", "en", "font"),
])
def test_advice_about_ones_own_business_or_rights_is_answered(text: str, lang: str, says: str) -> None:
    p = plan(text, lang)
    assert p.answer and says in p.answer and not p.ops and not p.refusal


@pytest.mark.parametrize(("text", "lang"), [
    ("星空延时调一下颜色", "zh-CN"),
    ("颜色调一下", "zh-CN"),
    ("tweak the colours a bit", "en"),
    ("make the intro punchier, the salon owner says people scroll past", "en"),
    ("speed up the paddle out part, the wave part stays normal", "en"),
    ("slow down the jump part, the rest is fine", "en"),
    ("when i uploaded it it turned 90 degrees like portrait, fix it", "en"),
    ("视频横过来了，帮我弄回来", "zh-CN"),
])
def test_vague_wishes_ask_one_question(text: str, lang: str) -> None:
    p = plan(text, lang)
    assert p.question and not p.ops and not p.refusal


def test_a_timelapse_named_as_the_footage_is_no_speed() -> None:
    assert ops(plan("这是银河延时，加速2倍", "zh-CN")) == want_ops([{"op": "speed", "factor": 2.0}])
    assert ops(plan("做成延时", "zh-CN")) == want_ops([{"op": "speed", "factor": 4.0}])


def test_a_turn_with_its_direction_is_done() -> None:
    assert ops(plan("its sideways, rotate it 90 clockwise")) == want_ops([{"op": "rotate", "degrees": 90}])
