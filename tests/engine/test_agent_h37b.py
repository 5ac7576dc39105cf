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
    ("去掉停顿，但结尾那段别删", "end")])
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
    ("bump the volume a bit", 1.5), ("crank the volume", 1.5), ("bump the audio a little, its hard to hear", 1.5),
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
