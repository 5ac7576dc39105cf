"""Classes fixed from holdout33/holdout34 (session 26, helper h34f): holding off, an edit named only by an
earlier talk, a vague music tweak, and the others below."""

from __future__ import annotations

from typing import Any

import pytest

from vidai_nb.engine.agent import parse
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft

UPLOADS = [SAMPLE_MEDIA[m] for m in ("clip.mp4", "b.mp4", "c.mp4", "music.mp3", "logo.png")]


def _plan(text: str, clips: int = 1) -> Any:
    names = ["clip.mp4", "b.mp4", "c.mp4"][:clips]
    lang = "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en"
    return parse(text, lang, UPLOADS, sample_draft(names, "music.mp3" if clips > 1 else None))


def _ops(text: str, clips: int = 1) -> list[dict[str, Any]]:
    plan = _plan(text, clips)
    assert not plan.question and not plan.refusal, (plan.question, plan.refusal)
    return [op.model_dump(exclude_unset=True) | {"op": op.op} for op in plan.ops]


@pytest.mark.parametrize("text", [
    "dont change anything yet, i'm just looking", "先别动，我再想想", "别剪，我先想想",
    "先不要改，我考虑一下",
    "hold off for now, i'm only looking"])
def test_holding_off_changes_nothing_and_asks_nothing(text: str) -> None:
    plan = _plan(text)
    assert not plan.ops and plan.export is None and not plan.question and not plan.refusal
    assert plan.answer


@pytest.mark.parametrize("text", ["just looking, add subtitles", "我再想想，加个字幕吧"])
def test_holding_off_next_to_an_edit_does_the_edit(text: str) -> None:
    assert [o["op"] for o in _ops(text)] == ["add_subtitles"]


@pytest.mark.parametrize("text", ["do the thing we talked about", "do what we discussed yesterday",
                                  "按上次说的那样弄", "就按我们商量好的那个来"])
def test_an_earlier_talk_is_asked_about(text: str) -> None:
    plan = _plan(text)
    assert plan.question and not plan.ops and plan.export is None


@pytest.mark.parametrize("text", ["tweak the music", "宠物店视频的音乐调一下", "调整一下背景音乐"])
@pytest.mark.parametrize("clips", [1, 3])
def test_a_music_tweak_with_no_direction_is_asked(text: str, clips: int) -> None:
    plan = _plan(text, clips)
    assert plan.question and not plan.ops


def test_a_music_change_with_a_direction_is_done() -> None:
    assert [o["op"] for o in _ops("背景音乐调到20%", 3)] == ["set_volume"]


@pytest.mark.parametrize("text", [
    "theres a timestamp burned into the corner from the cam app, erase it", "remove the date stamp",
    "把右下角的拍摄日期去掉", "去掉视频里的时间戳",
    "cut only the motionless parts, theres no audio in it, its just my tomato plant", "把画面不动的部分剪掉",
    "cut the parts where nothing moves", "generate drone footage of the house from above",
    "generate aerial shots of the beach", "make it 60fps smooth slowmo from my 30fps footage",
    "turn my 30fps clip into 60fps", "加个抖音热门的转场特效 那种甩一下的"])
def test_what_cannot_be_done_is_refused_with_no_edit(text: str) -> None:
    plan = _plan(text)
    assert plan.refusal and not plan.ops and plan.export is None


def test_no_audio_described_is_no_mute() -> None:
    assert [o["op"] for o in _ops("there's no sound in it, add music")] == ["add_music"]
    assert [o["op"] for o in _ops("make it with no audio")] == ["mute"]


@pytest.mark.parametrize("text", ["给我做个速度曲线 先快后慢再快", "add a speed curve to the jump"])
def test_a_speed_curve_is_a_ramp_asked_about(text: str) -> None:
    plan = _plan(text)
    assert plan.question and not plan.ops


def test_a_platform_for_its_frame_is_still_its_preset() -> None:
    assert _ops("改成竖屏发抖音") == [{"op": "platform", "name": "tiktok"}]


def _uploaded(text: str, clips: int = 1) -> Any:
    names = ["clip.mp4", "b.mp4", "c.mp4"][:clips]
    lang = "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en"
    return parse(text, lang, UPLOADS, sample_draft(names))


@pytest.mark.parametrize(("text", "order"), [
    ("join clip then c then b and add crossfades of 1 sec", ["clip.mp4", "c.mp4", "b.mp4"]),
    ("把clip、c、b按这个顺序拼起来 中间加转场", ["clip.mp4", "c.mp4", "b.mp4"]),
    ("join clip, c and b in that order", ["clip.mp4", "c.mp4", "b.mp4"]),
    ("用b.mp4和c.mp4重新拼一个，先c后b", ["c.mp4", "b.mp4"])])
def test_clips_listed_by_stem_are_joined_in_that_order(text: str, order: list[str]) -> None:
    plan = _uploaded(text)
    assert not plan.question
    assert plan.ops[0].model_dump()["media_ids"] == order


@pytest.mark.parametrize(("text", "move"), [
    ("move the kitchen clip (third) to the start", (3, 1)), ("move the beach shot (#2) to the end", (2, 3)),
    ("第三段放最前面", (3, 1)), ("第一段挪最后", (1, 3))])
def test_a_clip_moved_by_its_place(text: str, move: tuple[int, int]) -> None:
    ops = _ops(text, 3)
    assert [(o["op"], o["index"], o["to_index"]) for o in ops] == [("move_segment", *move)]


def test_a_move_after_a_deletion_is_on_what_the_deletion_left() -> None:
    ops = _ops("第二段删掉 然后第三段放最前面", 3)
    assert [(o["op"], o["index"]) for o in ops] == [("delete_segment", 2), ("move_segment", 2)]


@pytest.mark.parametrize("text", ["把b.mp4拼在后面", "c.mp4连到最后"])
def test_a_file_joined_on_after_is_appended(text: str) -> None:
    ops = _ops(text)
    assert [o["op"] for o in ops] == ["add_clips"] and ops[0]["at"] == "end"


@pytest.mark.parametrize("text", ["recorded on my phone and its displayed upside down on the laptop, flip it "
                                  "right way up", "flip it right way up", "flip it right-side up please"])
def test_right_way_up_is_a_half_turn(text: str) -> None:
    assert _ops(text) == [{"op": "rotate", "degrees": 180}]


def test_a_size_said_with_a_shape_for_xiaohongshu_is_one_ratio() -> None:
    assert _ops("弄成小红书那种竖版 1080x1350") == [{"op": "set_aspect", "ratio": "4:5"}]


@pytest.mark.parametrize("text", ["fix the colors", "can you fix the colours please", "make it fit instagram",
                                  "make it for insta", "add a gif", "加个动图", "封面帮我挑最清晰的一帧",
                                  "pick the best frame for the thumbnail",
                                  "i want part of the clip to play in slow motion, not the whole thing",
                                  "其中一部分慢放"])
def test_vague_requests_ask_one_question(text: str) -> None:
    plan = _plan(text)
    assert plan.question and not plan.ops and plan.export is None


@pytest.mark.parametrize(("text", "ops"), [
    ("fix the colors automatically", [{"op": "color", "auto": True}]),
    ("make it square for instagram", [{"op": "platform", "name": "instagram"}]),
    ("make it slow motion", [{"op": "speed", "factor": 0.5, "index": None}])])
def test_the_same_said_fully_is_done(text: str, ops: list[dict[str, Any]]) -> None:
    assert _ops(text) == ops


def test_a_gif_of_a_part_is_still_an_export() -> None:
    plan = _plan("add a gif of the first 3 sec")
    assert plan.export == {"format": "gif", "start_ms": 0, "end_ms": 3000}


@pytest.mark.parametrize("text", ["弄成适合抖音的样子吧 你看着办 但是别裁画面也别加边",
                                  "make it 9:16 but dont crop and no bars"])
def test_a_shape_with_no_crop_and_no_fill_is_asked(text: str) -> None:
    plan = _plan(text)
    assert plan.question and not plan.ops


@pytest.mark.parametrize("text", ["改成竖屏 别裁也别加黑边", "make it 9:16, don't crop, no black bars"])
def test_no_crop_and_no_black_bars_leaves_the_blur(text: str) -> None:
    assert _ops(text) == [{"op": "set_aspect", "ratio": "9:16", "fit": "blur"}]


def test_no_blurry_bars_leaves_black_bars() -> None:
    assert _ops("make it 9:16 but no blurry bars")[0]["fit"] == "solid"


@pytest.mark.parametrize("text", ["make the bakery reel look more pro, like a real ad",
                                  "make the reel look better"])
def test_the_persons_reel_judged_is_no_preset(text: str) -> None:
    plan = _plan(text)
    assert plan.question and not plan.ops


@pytest.mark.parametrize(("text", "op"), [
    ("have b.mp4 sitting on top of part of the main video picture, like an overlay, small in the corner",
     {"op": "pip", "media_id": "b.mp4"}),
    ("把b.mp4做成画中画 从3秒的位置开始", {"op": "pip", "media_id": "b.mp4", "start_ms": 3000}),
    ("b.mp4画中画 5秒后出现", {"op": "pip", "media_id": "b.mp4", "start_ms": 5000})])
def test_picture_in_picture_place_and_start(text: str, op: dict[str, Any]) -> None:
    assert _ops(text) == [op]
    assert not _plan(text).notes
