"""holdout26's edit misses, each a class: reasons and complaints beside an edit are not edits, every edit
in a list is read, a direction corrected without its verb replaces the first, a version chosen with why."""

from __future__ import annotations

from typing import Any

import pytest

from vidai_nb.engine.agent import Plan, parse
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft

MEDIA = list(SAMPLE_MEDIA.values())


def plan(text: str, language: str = "en", music: bool = False) -> Plan:
    return parse(text, language, MEDIA, sample_draft(["clip.mp4"], "music.mp3" if music else None))


def ops(p: Plan) -> list[dict[str, Any]]:
    return [{**o.model_dump(exclude_defaults=True, exclude={"bounds", "silences"}),
             "op": getattr(o, "op", "")} for o in p.ops]


@pytest.mark.parametrize("text", ["redo the one i just undid", "redo the change i just undid",
                                  "can you redo what you undid a sec ago"])
def test_redo_of_the_step_undone_is_a_redo(text: str) -> None:
    assert [o["op"] for o in ops(plan(text))] == ["redo"]


def test_the_persons_own_redo_is_still_not_a_redo() -> None:
    got = ops(plan("remove the subtitles, i want to redo them in another style"))
    assert "redo" not in [o["op"] for o in got]


@pytest.mark.parametrize(("text", "version"), [
    ("还是回到第3个版本吧 那个最好", 3), ("还是换回第2个版本吧 那版最好", 2), ("帮我回到第2版 那个最好", 2)])
def test_a_version_chosen_with_that_it_is_best_is_restored(text: str, version: int) -> None:
    p = plan(text, "zh-CN")
    assert ops(p) == [{"op": "restore_version", "version": version}] and not p.answer


@pytest.mark.parametrize(("text", "language", "want"), [
    ("add logo.png bottom left corner, cafe branding", "en", [{"op": "add_logo", "media_id": "logo.png",
                                                               "pos": "bottom-left"}]),
    ("加个logo.png放左下角 店铺品牌", "zh-CN",
     [{"op": "add_logo", "media_id": "logo.png", "pos": "bottom-left"}]),
    ("normalize the loudness, the sermon is way quieter than our other vids", "en", [{"op": "loudnorm"}]),
    ("音量标准化一下 这段比别的视频声音小很多", "zh-CN", [{"op": "loudnorm"}]),
    ("刚才那步撤回 字幕加错了", "zh-CN", [{"op": "undo"}]),
    ("undo that, the subtitles came out wrong", "en", [{"op": "undo"}]),
])
def test_a_reason_or_complaint_beside_an_edit_is_not_another_edit(
        text: str, language: str, want: list[dict[str, Any]]) -> None:
    assert ops(plan(text, language)) == want


def test_a_second_clause_with_its_own_verb_is_still_read() -> None:
    got = ops(plan("add logo.png bottom left, add subtitles"))
    assert [o["op"] for o in got] == ["add_logo", "add_subtitles"]


@pytest.mark.parametrize(("text", "language", "want"), [
    ("flip it vertically, wait no, horizontally", "en", [{"op": "flip"}]),
    ("mirror it horizontally... sorry, vertically", "en", [{"op": "flip", "direction": "vertical"}]),
    ("rotate 90 clockwise, no wait, counterclockwise", "en", [{"op": "rotate", "degrees": 270}]),
    ("左右翻转一下，哦不，上下", "zh-CN", [{"op": "flip", "direction": "vertical"}]),
])
def test_a_direction_corrected_without_its_verb_replaces_the_first(
        text: str, language: str, want: list[dict[str, Any]]) -> None:
    assert ops(plan(text, language)) == want


def test_both_directions_asked_are_both_read() -> None:
    assert len(ops(plan("flip it vertically and horizontally"))) in (1, 2)
    assert ops(plan("flip it vertically and horizontally")) != [{"op": "flip"}]


@pytest.mark.parametrize(("text", "language", "want"), [
    ("denoise + loudnorm + subtitles as srt only, dont burn them", "en",
     ["denoise", "loudnorm", "add_subtitles"]),
    ("loudnorm it and add captions", "en", ["loudnorm", "add_subtitles"]),
    ("duck the music, bump it to 40% and fade it out at the end over 2s", "en",
     ["duck_music", "fade_music", "set_volume"]),
    ("背景音乐自动闪避，再把它调到30%，结尾淡出2秒", "zh-CN", ["duck_music", "fade_music", "set_volume"]),
])
def test_every_edit_in_a_list_is_read(text: str, language: str, want: list[str]) -> None:
    assert sorted(o["op"] for o in ops(plan(text, language, music=True))) == sorted(want)


def test_a_lowering_beside_the_level_said_for_it_is_one_change() -> None:
    got = ops(plan("lower the music, set it to 30% and fade it in over 1s", music=True))
    want = [{"op": "set_volume", "track": "bgm", "volume": 0.3}]
    assert [o for o in got if o["op"] == "set_volume"] == want


@pytest.mark.parametrize(("text", "want"), [
    ("not black and white, just a bit more contrast, 1.3", [{"op": "color", "contrast": 1.3}]),
    ("not grayscale, just more saturation, 1.4", [{"op": "color", "saturation": 1.4}]),
    ("speed the latte pour up 150%", [{"op": "speed", "factor": 1.5}]),
    ("slow the wave crash down to 50%", [{"op": "speed", "factor": 0.5}]),
    ("lose the first 10 sec and anything past 0:55", [{"op": "trim", "head_ms": 10000, "tail_ms": 5000}]),
    ("drop the first 3s and anything beyond 0:45", [{"op": "trim", "head_ms": 3000, "tail_ms": 15000}]),
])
def test_refused_alternatives_split_verbs_and_both_ends(text: str, want: list[dict[str, Any]]) -> None:
    assert [{k: v for k, v in o.items() if k != "index"} for o in ops(plan(text))] == want


def test_a_part_sped_up_by_its_place_is_not_the_whole_video() -> None:
    assert ops(plan("speed the intro up 50%")) != [{"op": "speed", "factor": 1.5}]


@pytest.mark.parametrize(("text", "clips"), [
    ("start over with just b.mp4 then c.mp4, drop my original clip", ["b.mp4", "c.mp4"]),
    ("start over with c.mp4 then b.mp4", ["c.mp4", "b.mp4"]),
])
def test_start_over_with_clips_is_a_new_timeline_of_them(text: str, clips: list[str]) -> None:
    assert ops(plan(text)) == [{"op": "concat", "media_ids": clips}]


def test_a_bare_start_over_still_restores_the_upload() -> None:
    assert ops(plan("start over")) == [{"op": "restore_version", "version": 1}]


@pytest.mark.parametrize(("text", "a", "b"), [
    ("from 12s to 20s is the only usable bit of the sermon, keep that", 12000, 20000),
    ("from 0:05 to 0:15 is the only good part, keep that", 5000, 15000),
])
def test_keep_that_after_the_only_part_wanted_keeps_it(text: str, a: int, b: int) -> None:
    assert ops(plan(text)) == [{"op": "keep_range", "start_ms": a, "end_ms": b}]


def test_keep_that_after_a_cut_still_takes_it_back() -> None:
    assert not plan("cut from 0:10 to 0:20, actually keep that").ops
