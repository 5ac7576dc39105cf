"""Chinese misses of holdout28, holdout29 and holdout31, each a class: a version named with whose it is, the
idiom 掐头去尾, a bare 留 before a part, a track's mute taken back with 取消, the half of a length as a point,
再加速 after a cut as its own clause."""

from __future__ import annotations

from typing import Any

import pytest

from vidai_nb.engine.agent import Plan, parse
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft

MEDIA = list(SAMPLE_MEDIA.values())


def plan(text: str, music: bool = False) -> Plan:
    return parse(text, "zh-CN", MEDIA, sample_draft(["clip.mp4"], "music.mp3" if music else None))


def ops(p: Plan) -> list[dict[str, Any]]:
    return [{**o.model_dump(exclude_defaults=True, exclude={"bounds", "silences"}),
             "op": getattr(o, "op", "")} for o in p.ops]


@pytest.mark.parametrize(("text", "version"), [
    ("回到我第3个版本，后面改坏了", 3), ("恢复到我的第2个版本吧", 2), ("回到之前的第4版", 4)])
def test_a_version_named_with_whose_it_is_is_restored(text: str, version: int) -> None:
    assert ops(plan(text)) == [{"op": "restore_version", "version": version}]


@pytest.mark.parametrize(("text", "ms"), [("掐头去尾各1秒", 1000), ("帮我去头去尾各剪0.5秒", 500)])
def test_the_idiom_for_both_ends_with_each_trims_both(text: str, ms: int) -> None:
    assert ops(plan(text)) == [{"op": "trim", "head_ms": ms, "tail_ms": ms}]


def test_the_idiom_without_an_amount_asks() -> None:
    p = plan("掐头去尾")
    assert not p.ops and p.question


@pytest.mark.parametrize(("text", "want"), [
    ("留前面20秒就行", {"op": "keep_range", "end_ms": 20000}),
    ("只需要留最后10秒", {"op": "keep_range", "start_ms": 50000}),
    ("就留后面20秒吧", {"op": "keep_range", "start_ms": 40000})])
def test_a_bare_leave_before_a_part_keeps_it(text: str, want: dict[str, Any]) -> None:
    assert ops(plan(text)) == [want]


def test_not_leaving_a_part_is_never_a_keep_of_it() -> None:
    assert not [o for o in ops(plan("不要留最后10秒")) if o["op"] == "keep_range"]


@pytest.mark.parametrize(("text", "music", "track"), [
    ("取消原声静音，刚才点错了", False, None), ("把原声静音取消掉", False, None),
    ("取消音乐的静音", True, "bgm")])
def test_a_mute_taken_back_with_cancel_is_an_unmute(text: str, music: bool, track: str | None) -> None:
    want: dict[str, Any] = {"muted": False, "op": "mute"}
    if track:
        want = {"track": track, **want}
    assert ops(plan(text, music)) == [want]


@pytest.mark.parametrize(("text", "op", "at"), [
    ("在1分钟的一半处分割", "split", 30000), ("在40秒的一半处切开", "split", 20000),
    ("在20秒的中点处分割", "split", 10000)])
def test_the_half_of_a_length_as_a_point_is_halfway(text: str, op: str, at: int) -> None:
    assert ops(plan(text)) == [{"at_ms": at, "op": op}]


@pytest.mark.parametrize(("text", "first"), [
    ("截取3秒到15秒，再加速1.5倍", {"start_ms": 3000, "end_ms": 15000, "op": "keep_range"}),
    ("剪掉前5秒，再加速1.5倍", {"head_ms": 5000, "op": "trim"})])
def test_speeding_up_after_a_cut_is_the_whole_speed(text: str, first: dict[str, Any]) -> None:
    assert ops(plan(text)) == [first, {"factor": 1.5, "op": "speed"}]


@pytest.mark.parametrize("text", ["老师讲的话自动加字幕 家长要看", "自动识别字幕 方便听障的朋友看"])
def test_subtitles_of_the_speech_with_a_reason_after_are_subtitles(text: str) -> None:
    assert ops(plan(text)) == [{"op": "add_subtitles"}]


def test_subtitles_named_with_their_words_are_still_text() -> None:
    assert [o["op"] for o in ops(plan("打上字幕 谢谢观看"))] == ["add_text"]


@pytest.mark.parametrize("text", ["加标题「暑期班火热招生中」 再配上字幕",
                                  "加标题「暑期班火热招生中」还要加字幕"])
def test_subtitles_added_after_a_title_with_then_are_their_own_edit(text: str) -> None:
    assert ops(plan(text)) == [{"text": "暑期班火热招生中", "op": "add_title"}, {"op": "add_subtitles"}]


def test_a_change_in_its_own_clause_after_subtitles_is_not_their_words() -> None:
    assert ops(plan("去掉口头禅，加字幕，改成竖屏")) == [
        {"op": "remove_fillers"}, {"op": "add_subtitles"}, {"ratio": "9:16", "op": "set_aspect"}]


@pytest.mark.parametrize(("text", "volume"), [("不要加音乐 就把人声调大点 1.3倍", 1.3),
                                              ("原声音量调到1.5倍", 1.5),
                                              ("声音放大2倍", 2.0)])
def test_times_said_of_the_volume_are_never_a_speed(text: str, volume: float) -> None:
    assert ops(plan(text)) == [{"volume": volume, "op": "set_volume"}]


def test_times_with_a_speed_word_are_still_the_speed() -> None:
    assert ops(plan("加速2倍 声音大一点"))[0] == {"factor": 2.0, "op": "speed"}


@pytest.mark.parametrize(("text", "volume"), [("加音乐但别太大声，10%就行", 0.1),
                                              ("加音乐但不要太大声", 0.15)])
def test_music_said_not_to_be_too_loud_is_quiet(text: str, volume: float) -> None:
    assert ops(plan(text)) == [{"media_id": "music.mp3", "volume": volume, "op": "add_music"}]


@pytest.mark.parametrize(("text", "want"), [
    ("改竖屏 但是别裁掉画面 上下用黑色填充", {"ratio": "9:16", "fit": "solid", "op": "set_aspect"}),
    ("改成方形 两边用白色填充", {"ratio": "1:1", "fit": "solid", "bg": "#FFFFFF", "op": "set_aspect"})])
def test_the_space_filled_with_a_colour_is_a_solid_pad(text: str, want: dict[str, Any]) -> None:
    assert ops(plan(text)) == [want]


@pytest.mark.parametrize(("text", "want"), [
    ("标题用描边样式：我的第一次长途骑行",
     {"text": "我的第一次长途骑行", "style": "outline", "op": "add_title"}),
    ("文字用底框样式：今日特价", {"text": "今日特价", "style": "boxed", "op": "add_text"})])
def test_a_look_said_before_the_colon_is_the_style(text: str, want: dict[str, Any]) -> None:
    assert ops(plan(text)) == [want]


@pytest.mark.parametrize("text", ["民宿的视频帮我弄得高级一点 有那种ins风", "做成抖音爆款那种风格",
                                  "做成小红书那种风格"])
def test_a_platforms_look_with_no_shape_is_asked(text: str) -> None:
    p = plan(text)
    assert not p.ops and p.question


def test_a_platforms_shape_is_still_its_preset() -> None:
    assert ops(plan("改成抖音那种竖屏")) == [{"name": "tiktok", "op": "platform"}]


@pytest.mark.parametrize("text", ["男声变成女声", "用AI生成几个民宿的航拍镜头放开头",
                                  "生成一段古镇航拍放在开头，我们没拍到", "给我的汉服换个颜色，红色改成蓝色",
                                  "汉服转圈那段能不能把视频倒放，抖音上很火那种"])
def test_what_cannot_be_done_is_refused_with_nothing_else(text: str) -> None:
    p = plan(text)
    assert not p.ops and p.refusal and not p.question


@pytest.mark.parametrize(("text", "want"), [
    ("刚才那步撤回 字幕挡住宝宝的脸了", [{"op": "undo"}]),
    ("把第5秒到第10秒删掉，那里有路人乱入", [{"start_ms": 5000, "end_ms": 10000, "op": "remove_range"}]),
    ("去掉背景噪音，骑车风声太大了", [{"op": "denoise"}])])
def test_a_reason_beside_an_edit_is_no_thing_to_take_out(text: str, want: list[dict[str, Any]]) -> None:
    p = plan(text)
    assert ops(p) == want and not p.refusal


def test_a_face_to_hide_is_still_refused() -> None:
    assert plan("给路人的脸打码").refusal


@pytest.mark.parametrize("text", ["我讲书的时候音乐自动压低一点", "老师讲课时配乐小一点"])
def test_music_lowered_while_someone_speaks_is_ducking(text: str) -> None:
    assert ops(plan(text, music=True)) == [{"op": "duck_music"}]


@pytest.mark.parametrize(("text", "at", "dur"), [("在第20秒卡住画面停3秒 别剪掉任何东西", 20000, 3000),
                                                 ("第5秒画面停住3秒", 5000, 3000)])
def test_the_picture_held_at_a_time_is_a_freeze(text: str, at: int, dur: int) -> None:
    assert ops(plan(text)) == [{"at_ms": at, "duration_ms": dur, "op": "freeze_frame"}]


def test_a_question_then_why_it_is_asked_is_answered() -> None:
    p = plan("自动识别字幕准吗 我说话有点口音")
    assert not p.ops and p.answer


def test_an_edit_asked_with_a_question_mark_word_is_still_done() -> None:
    assert ops(plan("能加字幕吗 我说话有点口音")) == [{"op": "add_subtitles"}]


@pytest.mark.parametrize(("text", "want"), [("整体亮度调高一点点（0.1）", {"brightness": 0.1}),
                                            ("饱和度稍微降低一点（0.9）", {"saturation": 0.9})])
def test_an_amount_after_how_little_in_words_is_the_amount(text: str, want: dict[str, Any]) -> None:
    assert ops(plan(text)) == [{**want, "op": "color"}]


def test_times_said_on_the_video_the_cut_leaves_are_on_it() -> None:
    assert ops(plan("剪掉前10秒，然后在剪完的视频里再把第5秒到第8秒删掉")) == [
        {"head_ms": 10000, "op": "trim"}, {"start_ms": 5000, "end_ms": 8000, "op": "remove_range"}]


def test_times_inside_the_part_cut_first_are_still_asked_about() -> None:
    p = plan("剪掉前10秒，再把第5秒到第8秒删掉")
    assert not p.ops and p.question


@pytest.mark.parametrize(("text", "size"), [("加文字「你好」 字号100", 100),
                                            ("加文字「你好」 字大一点 100", 100),
                                            ("加文字「你好」 字号调到80", 80)])
def test_a_size_said_in_chinese_words_then_the_number_is_that_size(text: str, size: int) -> None:
    assert ops(plan(text)) == [{"text": "你好", "size": size, "op": "add_text"}]


def test_big_letters_alone_are_still_the_big_size() -> None:
    assert ops(plan("加个大字「你好」")) == [{"text": "你好", "size": 96, "op": "add_text"}]
