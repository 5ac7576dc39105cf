"""Classes fixed from holdout37 (session 28, helper h37b): an end's quiet part said to stay in Chinese, each
colour property's own direction, a flip with an angle, and the others below."""

from __future__ import annotations

import pytest

from tests.engine.test_agent_h34f import _ops, _plan


@pytest.mark.parametrize(("text", "ends"), [
    ("去掉停顿，但结尾那段安静的留着", "end"),
    ("去掉停顿，结尾安静的那段保留", "end"),
    ("把停顿都剪了，开头静音的部分留着", "start"),
    ("删停顿，片尾没声音的那段留着", "end"),
    ("停顿全删掉，首尾安静的地方保留", "both"),
    ("去掉停顿，但开头那段安静的别删", "start"),
    ("去掉停顿，但结尾那段别删", "end"),
    ("cut the silences, but leave the quiet outro at the end", "end"),
    ("remove the pauses but keep the silent bit at the start, its my intro", "start")])
def test_an_end_said_to_stay_with_what_it_holds_keeps_its_silence(text: str, ends: str) -> None:
    assert _ops(text) == [{"op": "remove_silences", "keep_ends": ends}]


@pytest.mark.parametrize(("text", "want"), [
    ("对比度高一点，饱和度低一点", {"contrast": 1.2, "saturation": 0.7}),
    ("饱和度低一点，对比度高一点", {"contrast": 1.2, "saturation": 0.7}),
    ("亮度高一点，对比度低一点", {"brightness": 0.15, "contrast": 0.8}),
    ("more contrast, less saturation", {"contrast": 1.2, "saturation": 0.7})])
def test_each_colour_property_keeps_its_own_direction(text: str, want: dict[str, float]) -> None:
    assert _ops(text) == [{"op": "color", **want}]


@pytest.mark.parametrize(("text", "want"), [
    ("cut the saturation, the pink yarn looks radioactive", {"saturation": 0.7}),
    ("drop the saturation, the grass looks neon", {"saturation": 0.7}),
    ("dial back the saturation a little", {"saturation": 0.7}),
    ("cut the contrast a bit, it looks harsh", {"contrast": 0.8}),
    ("cut the saturation to half", {"saturation": 0.5})])
def test_a_property_cut_is_lowered(text: str, want: dict[str, float]) -> None:
    assert _ops(text) == [{"op": "color", **want}]


def test_a_cut_of_time_beside_more_saturation_still_raises_it() -> None:
    assert _ops("cut the first 5 seconds and more saturation")[1] == {"op": "color", "saturation": 1.3}


@pytest.mark.parametrize(("text", "deg"), [
    ("flip it upside down, 180", 180), ("flip it, 90 degrees", 90), ("flip the video upside down 180°", 180),
    ("上下翻转，180度", 180), ("the phone footage is upside down, flip it 180", 180)])
def test_a_flip_said_with_an_angle_is_that_rotation(text: str, deg: int) -> None:
    assert _ops(text) == [{"op": "rotate", "degrees": deg}]


@pytest.mark.parametrize(("text", "ops"), [
    ("flip it horizontally and rotate it 180", ["flip", "rotate"]),
    ("mirror it, then rotate 90 degrees", ["flip", "rotate"]),
    ("flip it upside down", ["flip"]),
    ("flip it horizontally and speed up 2x", ["flip", "speed"])])
def test_a_flip_with_a_rotation_of_its_own_or_no_angle_stays_a_flip(text: str, ops: list[str]) -> None:
    assert [o["op"] for o in _ops(text)] == ops


@pytest.mark.parametrize(("text", "volume"), [
    ("bump the volume a bit", 1.5), ("crank the volume", 1.5),
    ("bump the audio a little, its hard to hear", 1.5),
    ("bump the volume down a bit", 0.5)])
def test_a_bump_of_the_volume_raises_it(text: str, volume: float) -> None:
    assert _ops(text) == [{"op": "set_volume", "track": "main", "volume": volume}]


def test_a_bump_beside_other_edits_is_done_with_them() -> None:
    assert _ops("denoise it, bump the volume a bit and add subs as an srt file only, dont burn them in") == [
        {"op": "denoise", "on": True}, {"op": "set_volume", "track": "main", "volume": 1.5},
        {"op": "add_subtitles", "burn": False, "sidecar": "srt"}]


def test_a_bump_of_music_that_is_not_there_adds_none() -> None:
    plan = _plan("bump the music a bit")
    assert not plan.ops and "no background music" in (plan.answer or "")


@pytest.mark.parametrize(("text", "height", "fmt"), [
    ("cap it at 720p and export mov", 720, "mov"), ("limit it to 720p and export as webm", 720, "webm"),
    ("max 1080p and render a mov", 1080, "mov"), ("最高720p，导出mov", 720, "mov")])
def test_a_ceiling_said_before_the_export_is_the_resolution_op(text: str, height: int, fmt: str) -> None:
    plan = _plan(text)
    assert _ops(text) == [{"op": "resolution", "max_height": height}]
    assert plan.export == {"format": fmt}


@pytest.mark.parametrize("text", ["make it 720p and export mov", "export mov at 720p"])
def test_a_resolution_said_with_the_export_is_the_exports(text: str) -> None:
    plan = _plan(text)
    assert not plan.ops and plan.export == {"format": "mov", "resolution": "720p"}


def test_text_in_big_letters_has_the_texts_big_size() -> None:
    from vidai_nb.engine.agent.defaults import TEXT_SIZES
    ops = _ops("put SWARM SEASON SALE 30% OFF in big letters from 2s to 6s")
    assert ops[0]["size"] == TEXT_SIZES["big"] == 96


@pytest.mark.parametrize(("text", "end"), [
    ("cut the scrim highlights down to 45s pls", 45000), ("cut the match highlights down to 30s", 30000),
    ("get the teaser down to 20 sec", 20000), ("trim my promo to 15 seconds pls", 15000)])
def test_a_length_to_reach_said_of_a_cut_called_by_what_it_is(text: str, end: int) -> None:
    assert _ops(text) == [{"op": "keep_range", "start_ms": 0, "end_ms": end}]


@pytest.mark.parametrize(("text", "start", "end"), [
    ("start 00:00:05 end 00:00:22, export only that part", 5000, 22000),
    ("0:10 to 0:40, export just that bit", 10000, 40000),
    ("start 0:03 end 0:18 then render only that part", 3000, 18000),
    ("开始0:12 结束0:30，只导出这段", 12000, 30000),
    ("从0:05到0:25，只导出这一段就行", 5000, 25000)])
def test_a_part_said_then_exported_alone_is_kept_and_exported(text: str, start: int, end: int) -> None:
    plan = _plan(text)
    assert _ops(text) == [{"op": "keep_range", "start_ms": start, "end_ms": end}]
    assert plan.export == {"format": "mp4"}


def test_an_export_of_a_part_said_in_its_own_words_is_still_asked() -> None:
    plan = _plan("export only 0:05-0:22")
    assert not plan.ops and plan.question


@pytest.mark.parametrize(("text", "ops"), [
    ("开头5秒结尾3秒剪掉", [{"op": "trim", "head_ms": 5000, "tail_ms": 3000}])])
def test_the_ends_with_amounts_are_no_start_and_end_labels(text: str, ops: list[dict[str, object]]) -> None:
    assert _ops(text) == ops


@pytest.mark.parametrize(("text", "op", "start", "end"), [
    ("从1分钟处往前留10秒，其他不要", "keep_range", 50000, 60000),
    ("从30秒处往后留10秒，其他不要", "keep_range", 30000, 40000),
    ("从第20秒往后保留5秒", "keep_range", 20000, 25000),
    ("只留0:50之前的10秒", "keep_range", 40000, 50000),
    ("删掉0:50之前的10秒", "remove_range", 40000, 50000),
    ("keep the 10 seconds before the 1 minute mark", "keep_range", 50000, 60000),
    ("keep the last 10 seconds before 1:00", "keep_range", 50000, 60000),
    ("keep the 10 seconds after 0:20", "keep_range", 20000, 30000),
    ("cut the 5 seconds after the 20 second mark", "remove_range", 20000, 25000),
    ("留0:40到0:55，其他不要", "keep_range", 40000, 55000)])
def test_a_length_counted_from_a_point_is_that_range(text: str, op: str, start: int, end: int) -> None:
    assert _ops(text) == [{"op": op, "start_ms": start, "end_ms": end}]


@pytest.mark.parametrize("text", ["不要留0:50到1:00", "cut the first 5 seconds but not the rest of it"])
def test_a_question_never_says_an_edit_was_done(text: str) -> None:
    plan = _plan(text)
    assert plan.question and not plan.ops
    assert "删除了" not in plan.question and "trimmed the first" not in plan.question


@pytest.mark.parametrize(("text", "ops", "said"), [
    ("delete the watermark text i added and keep the music", [{"op": "remove_text", "track": "text"}],
     "no background music"),
    ("cut the first 5 seconds and keep the music", [{"op": "trim", "head_ms": 5000, "tail_ms": 0}],
     "no background music"),
    ("删掉前5秒，音乐保留", [{"op": "trim", "head_ms": 5000, "tail_ms": 0}], "没有背景音乐"),
    ("cut the first 5 seconds but keep the subtitles", [{"op": "trim", "head_ms": 5000, "tail_ms": 0}],
     "no subtitles"),
    ("删掉标题，字幕保留", [{"op": "remove_text", "track": "title"}], "没有字幕")])
def test_a_thing_kept_that_is_not_there_is_never_added(text: str, ops: list[dict[str, object]],
                                                       said: str) -> None:
    plan = _plan(text)
    assert _ops(text) == ops
    assert any(said in n for n in plan.notes), plan.notes


@pytest.mark.parametrize(("text", "track"), [
    ("delete the captions but keep the title", "subtitle"),
    ("remove the subtitles but keep the text", "subtitle"),
    ("删掉字幕，标题保留", "subtitle"), ("remove the text and keep the title", "text"),
    ("删掉文字，标题保留", "text"), ("remove the title and keep the text", "title")])
def test_a_text_track_said_kept_is_not_the_one_removed(text: str, track: str) -> None:
    assert _ops(text) == [{"op": "remove_text", "track": track}]


def test_the_subtitles_said_kept_beside_a_music_removal_stay() -> None:
    assert _ops("remove the music but keep the captions", clips=3) == [{"op": "remove_music"}]


def test_music_kept_while_it_plays_changes_nothing_of_it() -> None:
    assert _ops("cut the first 5 seconds and keep the music", clips=3) == [
        {"op": "trim", "head_ms": 5000, "tail_ms": 0}]


@pytest.mark.parametrize("text", ["亮度和对比度都调低一点", "亮度、对比度都降低一点",
                                  "亮度，对比度都调低一点", "brightness and contrast down a bit"])
def test_properties_named_together_share_the_words_after_them(text: str) -> None:
    assert _ops(text) == [{"op": "color", "brightness": -0.15, "contrast": 0.8}]
