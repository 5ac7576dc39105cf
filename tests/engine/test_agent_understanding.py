"""Readings that turned on a few words: which end of the video, how many plays, whose face; and the reply
never applies an edit while saying it did not understand the words it came from."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.analysis_fake import fill_runner_fields
from vidai_nb.engine.agent import Plan, parse
from vidai_nb.engine.ops import apply, describe, parse_operation, programme_ms
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft
from vidai_nb.engine.ops.schemas import SetAspect

MEDIA = list(SAMPLE_MEDIA.values())


def plan(text: str, draft: dict[str, Any] | None = None, language: str = "en") -> Plan:
    return parse(text, language, MEDIA, draft if draft is not None else sample_draft())


def ops(p: Plan) -> list[dict[str, Any]]:
    return [o.model_dump(exclude_defaults=True, exclude={"bounds", "silences"}) | {"op": o.op}  # type: ignore[attr-defined]
            for o in p.ops]


def applied(p: Plan, draft: dict[str, Any] | None = None) -> dict[str, Any]:
    d = draft if draft is not None else sample_draft()
    for op in p.ops:
        d = apply(d, fill_runner_fields(op, d), SAMPLE_MEDIA)
    return d


@pytest.mark.parametrize(("text", "ends"), [
    ("trim the silence at the start but not at the end", "start"),
    ("lose the dead air at the start", "start"),
    ("remove the dead air at the end", "end"),
    ("cut the silence at the beginning, leave the end alone", "start"),
    ("get rid of the dead air at the end but keep the start as it is", "end"),
    ("只剪掉开头的空白，结尾不要动", "start"),
    ("去掉结尾的静音", "end"),
    ("trim the dead air at the start and end", "both"),
    ("去掉开头和结尾的空白", "both"),
    ("trim the silent sections at the beginning and end, without cutting the silent parts in the middle",
     "both"),
])
def test_dead_air_is_trimmed_at_the_ends_named(text: str, ends: str) -> None:
    p = plan(text, language="zh" if "开" in text or "结" in text else "en")
    assert ops(p) == [{"op": "trim_dead_air"} | ({} if ends == "both" else {"ends": ends})]
    assert not p.notes and p.question is None
    # the end not named is left as it was: the fake analysis finds 1 s of dead air at each end
    main = next(t for t in applied(p)["t"] if t["role"] == "main")["sg"]
    assert main[0]["in"] == (0 if ends == "end" else 1000)
    assert main[-1]["in"] + main[-1]["d"] == (60000 if ends == "start" else 59000)


def test_a_kept_end_is_not_cut_with_the_pauses() -> None:
    p = plan("cut the pauses but don't cut the silence at the end")
    assert ops(p) == [{"op": "remove_silences", "keep_ends": "end"}] and not p.notes
    every = programme_ms(applied(plan("cut the pauses")))
    kept = programme_ms(applied(p))
    assert kept > every  # the silence running to the end stayed
    assert "silence at the end kept" in describe(p.ops[0])
    assert ops(plan("remove the pauses but keep the silence at the beginning")) == [
        {"op": "remove_silences", "keep_ends": "start"}]


def test_a_negated_end_alone_asks_for_nothing_to_be_cut() -> None:
    p = plan("don't cut the silence at the end")
    assert not p.ops


@pytest.mark.parametrize(("text", "times"), [
    ("loop the video 3 times", 3), ("loop it twice", 2), ("put it on repeat 4x", 4), ("循环播放3遍", 3),
    ("重复播放两遍", 2),
])
def test_looping_repeats_the_whole_video(text: str, times: int) -> None:
    p = plan(text, language="zh" if "循" in text or "重" in text else "en")
    assert ops(p) == [{"op": "loop"} | ({} if times == 2 else {"times": times})]
    assert not p.notes  # nothing said as "not understood"
    assert programme_ms(applied(p)) == times * 60000


def test_looping_with_no_count_or_forever_asks_and_changes_nothing() -> None:
    for text in ("make it loop", "loop it forever"):
        p = plan(text)
        assert p.question and not p.ops
    assert ops(plan("repeat the first clip", sample_draft(["clip.mp4", "b.mp4"]))) == [
        {"op": "duplicate_segment", "index": 1}]


def test_a_crop_on_the_face_follows_the_face() -> None:
    assert ops(plan("make it vertical, cropped on the speaker's face")) == [
        {"op": "set_aspect", "ratio": "9:16", "fit": "face"}]
    # no shape said, the canvas is the clip's own: which shape is asked, nothing changes
    p = plan("cropped on the speaker's face")
    assert p.question and not p.ops
    # on a vertical canvas already, the crop follows the face on it
    vertical = apply(sample_draft(), parse_operation({"op": "set_aspect", "ratio": "9:16"}), SAMPLE_MEDIA)
    assert ops(plan("cropped on the speaker's face", vertical)) == [
        {"op": "set_aspect", "ratio": "9:16", "fit": "face"}]


@pytest.mark.parametrize("text", [
    "loop the video 3 times", "cropped on the speaker's face",
    "make it vertical, cropped on the speaker's face",
    "trim the silence at the start but not at the end", "cut the pauses but don't cut the silence at the end",
])
def test_no_edit_is_applied_while_saying_its_words_were_not_understood(text: str) -> None:
    p = plan(text)
    assert not any("didn't understand" in n for n in p.notes)


THREE = sample_draft(["clip.mp4", "b.mp4", "c.mp4"])


@pytest.mark.parametrize(("text", "draft", "expected"), [
    # a fade said next to the music's ducking is the music's
    ("duck the music under my voice and fade it out over the last 4 seconds", None,
     [{"op": "duck_music"}, {"op": "fade_music", "fade_out_ms": 4000}]),
    ("duck the music, fade the video to black at the end", None,
     [{"op": "duck_music"}, {"op": "fade", "fade_out_ms": 1000}]),
    # a named clip laid in a corner is a picture-in-picture; an image there is a logo
    ("overlay c.mp4 small in the bottom right corner like a webcam", None,
     [{"op": "pip", "media_id": "c.mp4"}]),
    ("add logo.png in the corner", None, [{"op": "add_logo", "media_id": "logo.png"}]),
    # "into two at" is a split, not a cut of 25 s
    ("cut the clip into two at 0:25", None, [{"op": "split", "at_ms": 25000}]),
    ("split it into 2 parts at 0:10", None, [{"op": "split", "at_ms": 10000}]),
    # clips named by their file names, in the order they are to play
    ("swap the order: c first, then clip, then b", THREE, [{"op": "reorder", "order": [3, 1, 2]}]),
    ("swap the order of b.mp4 and c.mp4", THREE, [{"op": "reorder", "order": [1, 3, 2]}]),
    ("按c.mp4、b.mp4、clip这个顺序重新拼", None,
     [{"op": "concat", "media_ids": ["c.mp4", "b.mp4", "clip.mp4"]}]),
    # negated fades are not done
    ("add music.mp3 but don't fade it in or out", None, [{"op": "add_music", "media_id": "music.mp3"}]),
    ("加上music.mp3 不要淡入淡出", None, [{"op": "add_music", "media_id": "music.mp3"}]),
    # a second thing added after "and a …" is its own edit
    ("add logo.png top left and a title 'Acme Corp'", None,
     [{"op": "add_logo", "media_id": "logo.png", "pos": "top-left"},
      {"op": "add_title", "text": "Acme Corp"}]),
    # each colour change its own amount; values said in Chinese are the values
    ("brighten it 10% and bump the contrast 20%", None,
     [{"op": "color", "brightness": 0.1, "contrast": 1.2}]),
    ("对比度1.2 亮度-0.1", None, [{"op": "color", "brightness": -0.1, "contrast": 1.2}]),
    # the platform said as what an edit is for is no platform preset
    ("normalize to -14 for instagram", None, [{"op": "loudnorm"}]),
])
def test_generic_readings_from_holdout8(text: str, draft: dict[str, Any] | None,
                                        expected: list[dict[str, Any]]) -> None:
    p = plan(text, draft, language="zh" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en")
    assert ops(p) == ops(Plan(ops=[parse_operation(e) for e in expected]))
    assert not any("didn't understand" in n or "没看懂" in n for n in p.notes)


def test_an_order_that_would_drop_a_clip_or_rebuild_an_edited_timeline_asks() -> None:
    p = plan("change the order: c first, then b")  # clip.mp4 is on the timeline and was not named
    assert p.question and "clip.mp4" in p.question and not p.ops
    edited = apply(THREE, parse_operation({"op": "trim", "head_ms": 2000}), SAMPLE_MEDIA)
    edited = apply(edited, parse_operation({"op": "duplicate_segment", "index": 1}), SAMPLE_MEDIA)
    p = plan("change the order: c first, then clip, then b", edited)
    assert p.question and "edited" in p.question and not p.ops


@pytest.mark.parametrize(("text", "expected"), [
    # the platform's own frame said with it is one reading, not a second canvas change
    ("set it up for youtube 1920x1080", [{"op": "platform", "name": "youtube"}]),
    ("做成youtube横屏的", [{"op": "platform", "name": "youtube"}]),
    ("发ins竖版帖子用 4:5那种", [{"op": "set_aspect", "ratio": "4:5"}]),
    # the problem and its fix are one flip (two would cancel out); two directions are two flips
    ("画面上下颠倒了 垂直翻转一下", [{"op": "flip", "direction": "vertical"}]),
    ("mirror it and flip it vertically", [{"op": "flip", "direction": "vertical"}, {"op": "flip"}]),
    ("mirror it vertically", [{"op": "flip", "direction": "vertical"}]),
])
def test_one_thing_said_twice_is_done_once(text: str, expected: list[dict[str, Any]]) -> None:
    p = plan(text, language="zh" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en")
    assert ops(p) == ops(Plan(ops=[parse_operation(e) for e in expected]))


def test_an_export_to_send_is_exported_and_the_sending_left_to_the_person() -> None:
    p = plan("导出成1080p的mov 发给客户", language="zh")
    assert p.export == {"format": "mov", "resolution": "1080p"} and p.refusal is None
    assert any("上传" in n for n in p.notes)


@pytest.mark.parametrize("text", [
    "trim the first 5 seconds but not the intro",
    "cut the pauses except the one after my joke",
])
def test_a_removal_next_to_an_unread_negation_asks(text: str) -> None:
    p = plan(text)
    assert p.question and not p.ops
    assert "not sure" in p.question


def test_a_thing_said_first_and_then_kept_is_not_done() -> None:
    with_music = sample_draft(["clip.mp4"], music="music.mp3")
    p = plan("有段静音的别删哈，就把bgm调小到20%", with_music, language="zh")
    assert [o.op for o in p.ops] == ["set_volume"]  # type: ignore[attr-defined]
    assert any("没有做" in n for n in p.notes)


@pytest.mark.parametrize(("text", "expected"), [
    ("remove the silence before I start talking", [{"op": "trim_dead_air", "ends": "start"}]),
    ("trim the trailing silence", [{"op": "trim_dead_air", "ends": "end"}]),  # not "talking"
    ("remove the leading and trailing silence", [{"op": "trim_dead_air"}]),
    ("only strip the leading silence, leave the pauses in between alone",
     [{"op": "trim_dead_air", "ends": "start"}]),
    # ends said together share what is said about them
    ("去掉中间的停顿，开头结尾的静音保留", [{"op": "remove_silences", "keep_ends": "both"}]),
    ("remove the pauses in the middle but keep the silence at the start and end",
     [{"op": "remove_silences", "keep_ends": "both"}]),
    ("cut the long pauses but leave the quiet ending", [{"op": "remove_silences", "keep_ends": "end"}]),
    # silent parts with no end named are pauses, as before
    ("cut silent parts longer than 1 second", [{"op": "remove_silences", "min_ms": 1000}]),
])
def test_words_for_the_ends_of_a_recording(text: str, expected: list[dict[str, Any]]) -> None:
    p = plan(text, language="zh" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en")
    assert ops(p) == ops(Plan(ops=[parse_operation(e) for e in expected]))
    assert not p.notes


def test_a_cut_with_but_keep_something_unnamed_asks_instead_of_keeping_the_cut_part() -> None:
    p = plan("trim the first 5 seconds but keep the title card")
    assert p.question and not p.ops  # it once kept only the first 5 s


def test_a_negated_music_fade_is_not_done_and_the_music_stays() -> None:
    with_music = sample_draft(["clip.mp4"], music="music.mp3")
    p = plan("背景音乐不要淡入", with_music, language="zh")
    assert not p.ops and p.answer and "没有做" in p.answer
    p = plan("画面最后淡出到黑 音乐不要淡出", with_music, language="zh")
    assert [o.op for o in p.ops] == ["fade"]  # type: ignore[attr-defined]


@pytest.mark.parametrize(("text", "draft", "expected"), [
    # "the last one" is a clip (it once cut the last second); after the deletion it is the second of two
    ("delete the first clip and move the last one to the start", THREE,
     [{"op": "delete_segment", "index": 1}, {"op": "move_segment", "index": 2, "to_index": 1}]),
    # clips named after an earlier move or deletion are found where that left them (b.mp4 was deleted
    # as clip 2 of 3 after c.mp4 moved to the front: the clip deleted is b, not clip.mp4)
    ("把c.mp4挪到最前面，b.mp4不要了", THREE,
     [{"op": "move_segment", "index": 3, "to_index": 1}, {"op": "delete_segment", "index": 3}]),
    ("delete b.mp4 and put c.mp4 first", THREE,
     [{"op": "delete_segment", "index": 2}, {"op": "move_segment", "index": 2, "to_index": 1}]),
    # a number taken back with no verb before the new one; the last seconds of a fade are the fade's
    ("cut 6 sec off the beginning.. wait no, 3, and fade out the last 2s", None,
     [{"op": "trim", "head_ms": 3000}, {"op": "fade", "fade_out_ms": 2000}]),
    ("前十秒删掉……算了，删前5秒就行", None, [{"op": "trim", "head_ms": 5000}]),
    # the words after a colon are the text, even when they say "cut"
    ("text at the bottom from 0:30 to 0:40: cut here", None,
     [{"op": "add_text", "text": "cut here", "start_ms": 30000, "end_ms": 40000}]),
    # the number corrected in the same breath, with its verb said again
    ("剪掉前5秒…算了还是剪3秒吧", None, [{"op": "trim", "head_ms": 3000}]),
    ("add both photos at the end, 5 sec each", None,
     [{"op": "add_clips", "media_ids": ["photo1.jpg", "photo2.jpg"], "image_ms": 5000}]),
    ("开头结尾那些没说话的空白去掉", None, [{"op": "trim_dead_air"}]),
    ("scrap this and just use b.mp4 followed by c.mp4", None,
     [{"op": "concat", "media_ids": ["b.mp4", "c.mp4"]}]),
])
def test_readings_that_once_removed_what_was_not_asked(text: str, draft: dict[str, Any] | None,
                                                       expected: list[dict[str, Any]]) -> None:
    p = plan(text, draft, language="zh" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en")
    assert ops(p) == ops(Plan(ops=[parse_operation(e) for e in expected]))


def test_a_bare_edit_it_next_to_words_not_understood_asks() -> None:
    p = plan("帮我剪辑一下，裁剪拼凑那种", language="zh")
    assert p.question and not p.ops
    assert [o["op"] for o in ops(plan("trim the footage"))][-1] == "trim_dead_air"
    # 剪(辑)一下 alone is "edit it": asked, nothing cut; next to other edits it still tidies the ends
    p = plan("帮我剪一下这个视频呗", language="zh")
    assert p.question and not p.ops
    assert [o["op"] for o in ops(plan("剪一下视频，加字幕", language="zh"))][-2:] == ["trim_dead_air",
                                                                                  "add_subtitles"]


def test_what_is_removed_from_inside_a_clip_is_not_the_clip() -> None:
    p = plan("remove the tiktok watermark from c.mp4", THREE)
    assert p.refusal and not p.ops
    assert ops(plan("remove c.mp4", THREE)) == [{"op": "delete_segment", "index": 3}]


def test_those_few_seconds_is_no_question() -> None:
    p = plan("删掉开头没说话的那几秒", language="zh")
    assert p.answer is None and ops(p) == [{"op": "trim_dead_air", "ends": "start"}]
    assert plan("视频分成几段比较好？", language="zh").answer  # "how many" stays a question


@pytest.mark.parametrize("text", ["track the ball and keep it centered", "remove the echo from the room"])
def test_following_objects_and_removing_echo_are_refused_plainly(text: str) -> None:
    p = plan(text)
    assert p.refusal and not p.ops
    assert ops(plan("add a music track")) == [{"op": "add_music", "media_id": "music.mp3"}]


@pytest.mark.parametrize(("text", "expected"), [
    ("i need this to be 15 seconds for a presentation slide", [{"op": "keep_range", "end_ms": 15000}]),
    ("把视频弄成15秒的", [{"op": "keep_range", "end_ms": 15000}]),
    ("时长砍一半", [{"op": "keep_range", "end_ms": 30000}]),
    # reached by speed when speed is said (the 60 s sample clip)
    ("make it 30 seconds by speeding it up", [{"op": "speed", "factor": 2.0}]),
    ("时长缩短一半，用倍速的方式，别剪内容", [{"op": "speed", "factor": 2.0}]),
])
def test_a_length_asked_for(text: str, expected: list[dict[str, Any]]) -> None:
    p = plan(text, language="zh" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en")
    assert ops(p) == ops(Plan(ops=[parse_operation(e) for e in expected]))
    if expected[0]["op"] == "keep_range":  # which part was kept is said, with the other reading
        assert any("0:00" in n for n in p.notes)


def test_a_length_beyond_the_fastest_speed_asks() -> None:
    p = plan("make it 10 seconds long by speeding it up")
    assert p.question and "4×" in p.question and not p.ops


def test_a_length_beyond_the_fastest_speed_with_cutting_ruled_out_is_refused() -> None:
    # cutting is ruled out, so there is nothing to ask: the most speed does (4×) is said, nothing is done
    p = plan("make it 10 seconds long by speeding it up, dont cut anything")
    assert p.refusal and "4×" in p.refusal and not p.ops and not p.question


@pytest.mark.parametrize(("text", "expected"), [
    # a property "cut to half" is an amount, not the length
    ("cut the saturation to half", [{"op": "color", "saturation": 0.5}]),
    ("cut the contrast in half", [{"op": "color", "contrast": 0.5}]),
    # what is said not wanted goes; "the rest all stays" keeps the rest
    ("前三秒不要 后面的全都保留", [{"op": "trim", "head_ms": 3000}]),
    # the ends said to stay are kept out of the pause removal
    ("去掉没声音的停顿 但开头结尾那点留着别剪", [{"op": "remove_silences", "keep_ends": "both"}]),
    # the search ends where the next edit begins
    ("remove the part where i talk about the sponsor and add captions",
     [{"op": "cut_sentences", "query": "sponsor"}, {"op": "add_subtitles"}]),
    # the fillers said to stay stay; the quoted example is what is meant
    ("only remove the repeated words like 'i i think', keep the ums",
     [{"op": "remove_fillers", "fillers": False}]),
])
def test_destructive_readings_from_holdout10(text: str, expected: list[dict[str, Any]]) -> None:
    p = plan(text, language="zh" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en")
    assert ops(p) == ops(Plan(ops=[parse_operation(e) for e in expected]))
    assert not p.question and not p.notes


def test_a_length_cut_to_half_is_still_the_length() -> None:
    assert ops(plan("shorten the video to half")) == [{"op": "keep_range", "end_ms": 30000}]
    assert ops(plan("cut the part where i talk about cats and dogs")) == [
        {"op": "cut_sentences", "query": "cats and dogs"}]


@pytest.mark.parametrize(("text", "draft", "expected"), [
    # a stop that then plays on is a freeze frame, not the end of the video
    ("stop the video at 0:07 for 3 seconds then keep playing", None,
     [{"op": "freeze_frame", "at_ms": 7000, "duration_ms": 3000}]),
    # a place to go to makes "drop" a move
    ("drop the last clip to the front", THREE, [{"op": "move_segment", "index": 3, "to_index": 1}]),
    # the end named after "sorry no" replaces the one said first
    ("take 3 sec off the end—sorry no, the start", None, [{"op": "trim", "head_ms": 3000}]),
])
def test_more_destructive_readings_from_holdout10(text: str, draft: dict[str, Any] | None,
                                                  expected: list[dict[str, Any]]) -> None:
    p = plan(text, draft)
    assert ops(p) == ops(Plan(ops=[parse_operation(e) for e in expected]))
    assert not p.question and not p.notes


def test_a_plain_stop_and_a_plain_drop_keep_their_readings() -> None:
    assert ops(plan("drop the last clip", THREE)) == [{"op": "delete_segment", "index": 3}]
    assert ops(plan("trim 2s from the start, sorry, the end")) == [{"op": "trim", "tail_ms": 2000}]


@pytest.mark.parametrize(("text", "expected"), [
    # an order said by bare names is that order, not the upload order
    ("stitch clip, c and b together in that order",
     [{"op": "concat", "media_ids": ["clip.mp4", "c.mp4", "b.mp4"]}]),
    # the clip added at the end and the fade at the end: both
    ("在结尾接上c.mp4 最后淡出2秒",
     [{"op": "add_clips", "media_ids": ["c.mp4"]}, {"op": "fade", "fade_out_ms": 2000}]),
    # files with the end each goes to, no verb said
    ("b.mp4 at the start, c.mp4 at the end",
     [{"op": "add_clips", "media_ids": ["b.mp4"], "at": "start"},
      {"op": "add_clips", "media_ids": ["c.mp4"]}]),
])
def test_clips_named_with_their_order_or_place_from_holdout10(text: str,
                                                              expected: list[dict[str, Any]]) -> None:
    p = plan(text, language="zh" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en")
    assert ops(p) == ops(Plan(ops=[parse_operation(e) for e in expected]))
    assert not p.question and not p.notes
    assert ops(plan("join all the clips together")) == [
        {"op": "concat", "media_ids": ["clip.mp4", "b.mp4", "c.mp4"]}]


@pytest.mark.parametrize(("text", "expected"), [
    # 头 / 尾巴 are the ends; 减掉 is a cut
    ("头去掉0.8秒 尾巴去掉2秒", [{"op": "trim", "head_ms": 800, "tail_ms": 2000}]),
    ("结尾减掉750毫秒", [{"op": "trim", "tail_ms": 750}]),
    # "halve the length" is a length asked for (the first half kept, said in the reply)
    ("halve the length", [{"op": "keep_range", "end_ms": 30000}]),
])
def test_ends_and_lengths_in_more_words_from_holdout10(text: str, expected: list[dict[str, Any]]) -> None:
    p = plan(text, language="zh" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en")
    assert ops(p) == ops(Plan(ops=[parse_operation(e) for e in expected]))
    assert not p.question


@pytest.mark.parametrize(("text", "draft", "expected"), [
    # "take X out" removes that clip
    ("take b.mp4 out of the timeline", THREE, [{"op": "delete_segment", "index": 2}]),
    # a number without its leading zero
    ("slow to .75x", None, [{"op": "speed", "factor": 0.75}]),
    # "最后一个片段" is the last clip; "最后1秒" stays a time
    ("最后一个片段挪到最前面", THREE, [{"op": "move_segment", "index": 3, "to_index": 1}]),
    ("最后1秒删掉", THREE, [{"op": "trim", "tail_ms": 1000}]),
])
def test_clip_removal_and_numbers_in_more_words_from_holdout10(text: str, draft: dict[str, Any] | None,
                                                               expected: list[dict[str, Any]]) -> None:
    p = plan(text, draft)
    assert ops(p) == ops(Plan(ops=[parse_operation(e) for e in expected]))
    assert not p.question and not p.notes


@pytest.mark.parametrize(("text", "draft", "expected"), [
    # the speed named is the one taken away; what is asked for is the normal speed
    ("remove the 2x speedup, back to normal speed", None, [{"op": "speed", "factor": 1.0}]),
    ("把2倍速去掉，恢复正常速度", None, [{"op": "speed", "factor": 1.0}]),
    ("放慢一倍", None, [{"op": "speed", "factor": 0.5}]),
    # a clip named by its file is the clip sped; a part sped with the rest said to stay as it is
    ("slow down only c.mp4 to half speed", THREE, [{"op": "speed", "factor": 0.5, "index": 3}]),
    ("speed up 0:20 to 0:40 by 2x, leave the rest normal", None,
     [{"op": "split", "at_ms": 20000}, {"op": "split", "at_ms": 40000},
      {"op": "speed", "factor": 2.0, "index": 2}]),
    # a cut point is a split; a length as a version, or with a reason after it
    ("put a cut point at 32s so i can work on the two halves separately", None,
     [{"op": "split", "at_ms": 32000}]),
    ("I need an 8-second version for the bumper", None,
     [{"op": "keep_range", "start_ms": 0, "end_ms": 8000}]),
    ("make it 45 sec pls its for a class assignment", None,
     [{"op": "keep_range", "start_ms": 0, "end_ms": 45000}]),
])
def test_speeds_splits_and_lengths_in_more_words(text: str, draft: dict[str, Any] | None,
                                                 expected: list[dict[str, Any]]) -> None:
    p = plan(text, draft, language="zh" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en")
    assert not p.question and not p.refusal
    assert ops(p) == ops(Plan(ops=[parse_operation(e) for e in expected]))


def test_frame_interpolation_and_dubbing_are_refused_and_a_purpose_is_not() -> None:
    for text in ("interpolate frames so it plays at 60fps buttery smooth", "用AI给我配个音，读这段文案"):
        p = plan(text, language="zh" if "配" in text else "en")
        assert p.refusal and not p.ops
    p = plan("弄成30秒的，发朋友圈", language="zh")
    assert not p.refusal and ops(p) == [{"op": "keep_range", "end_ms": 30000}]
    assert plan("发朋友圈", language="zh").refusal  # asked on its own, posting is refused


@pytest.mark.parametrize(("text", "expected"), [
    ("开头掐掉1.2秒，结尾掐掉0.8秒", [{"op": "trim", "head_ms": 1200, "tail_ms": 800}]),
    ("除了前四秒，其他都留着", [{"op": "trim", "head_ms": 4000}]),
    ("所有声音都关掉，我要做无声的", [{"op": "mute", "track": "all"}]),
    ("字幕和文字全部清掉", [{"op": "remove_text", "track": "all"}]),
    ("delete what you just did", [{"op": "undo"}]),
    ("its upside down lol flip it 180", [{"op": "rotate", "degrees": 180}]),
    ("加上music.mp3，但别循环播放", [{"op": "add_music", "media_id": "music.mp3", "loop": False}]),
    ("第10秒加个标题「下半场」，显示5秒",
     [{"op": "add_title", "text": "下半场", "start_ms": 10000, "end_ms": 15000}]),
    ("fade in from black, 1.5s", [{"op": "fade", "fade_in_ms": 1500}]),
    ("its too dark, brighten it up a bit like +0.2 brigthness", [{"op": "color", "brightness": 0.2}]),
])
def test_more_ways_of_saying_an_edit(text: str, expected: list[dict[str, Any]]) -> None:
    p = plan(text, language="zh" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en")
    assert not p.question and not p.refusal
    assert ops(p) == ops(Plan(ops=[parse_operation(e) for e in expected]))


def test_a_thing_named_then_said_not_to_be_added_is_not_added() -> None:
    for text in ("字幕别加了", "音乐不要加", "速度别动，原速挺好的"):
        p = plan(text, language="zh")
        assert not p.ops and not p.question and p.answer, text
    assert ops(plan("前3秒不要", language="zh")) == [{"op": "trim", "head_ms": 3000}]


def test_an_edit_said_in_the_past_names_a_version_and_one_clip_has_no_transition() -> None:
    p = plan("restore v2 pls, the one before i added music")
    assert ops(p) == [{"op": "restore_version", "version": 2}] and not p.notes
    p = plan("add a transition")
    assert p.question and not p.ops
    assert ops(plan("remove the long pauses but leave the silence at the very start")) == [
        {"op": "remove_silences", "keep_ends": "start"}]


def test_the_clip_said_to_go_first_leads_and_a_new_platform_video_asks() -> None:
    assert ops(plan("join clip.mp4 and c.mp4 together, c first")) == [
        {"op": "concat", "media_ids": ["c.mp4", "clip.mp4"]}]
    p = plan("帮我做个卖水果的抖音短视频", language="zh")
    assert p.question and "抖音" in p.question and not p.ops
    assert ops(plan("make it for tiktok")) == [{"op": "platform", "name": "tiktok"}]


def test_a_lead_in_before_a_question_keeps_it_a_question() -> None:
    p = plan("quick q - does removing all the ums make it sound robotic?")
    assert p.answer and not p.ops and not p.question


@pytest.mark.parametrize(("text", "language", "said"), [
    ("mute just 0:20 to 0:25 where my brother swears, keep all the other sound", "en", "0:20–0:25"),
    ("bleep out 1:02-1:04", "en", "1:02–1:04"),
    ("把0:15到0:18那段声音去掉，画面留着", "zh-CN", "0:15–0:18"),
])
def test_a_part_mute_is_refused_with_the_alternatives_and_nothing_is_cut(text: str, language: str,
                                                                         said: str) -> None:
    p = plan(text, language=language)
    assert not p.refusal and p.export is None
    assert (p.question and not p.ops) or (
        p.ops and all(o.op in ("mute", "set_volume") and o.start_ms is not None for o in p.ops)), p  # type: ignore[attr-defined]
    assert said
    if p.ops:
        assert programme_ms(applied(p)) == programme_ms(sample_draft())


@pytest.mark.parametrize(("text", "kept_ms"), [
    ("make it a third shorter", 40000),
    ("shorten it by 25%", 45000),
    ("缩短三分之一", 40000),
    ("trim it to a third", 20000),
])
def test_a_share_said_as_what_goes_keeps_the_rest(text: str, kept_ms: int) -> None:
    p = plan(text, language="zh-CN" if "缩" in text else "en")
    assert programme_ms(applied(p)) == kept_ms


@pytest.mark.parametrize(("text", "topic"), [
    ("do filler word removers cut in the middle of words? worried it'll sound choppy",
     "pauses between words"),
    ("do auto caption tools get accents right? i have a strong one", "Whisper"),
    ("how long should a youtube intro be? just asking, don't change anything", "intro"),
    ("can chatgpt actually edit videos or do i need a real editor for this?", "other tools"),
])
def test_a_question_about_a_tool_or_practice_is_answered_on_its_topic(text: str, topic: str) -> None:
    p = plan(text)
    assert p.ops == [] and p.export is None and not p.question and p.answer and topic in p.answer


@pytest.mark.parametrize(("text", "expected"), [
    ("cut the music volume in half, its too loud over my tips",
     [{"op": "set_volume", "track": "bgm", "volume": 0.175}]),  # half of the music's 0.35
    ("mute the music, its way too loud", [{"op": "mute", "track": "bgm"}]),
    ("背景音乐不要了，太吵", [{"op": "remove_music"}]),
])
def test_a_complaint_beside_a_level_change_is_the_reason_not_a_second_change(
        text: str, expected: list[dict[str, Any]]) -> None:
    draft = sample_draft(["clip.mp4"], "music.mp3")
    assert ops(plan(text, draft, "zh-CN" if "音乐" in text else "en")) == expected


@pytest.mark.parametrize(("text", "key", "value"), [
    ("not black and white, just less saturated, like 0.6", "saturation", 0.6),
    ("lower the contrast, say 0.8", "contrast", 0.8),
    ("reduce saturation by 0.3", "saturation", 0.7),
    ("saturate it a bit, like 0.2", "saturation", 1.2),
])
def test_a_factor_said_after_less_is_the_level(text: str, key: str, value: float) -> None:
    assert ops(plan(text)) == [{"op": "color", key: value}]


def test_a_music_fade_in_and_out_keeps_each_length() -> None:
    draft = sample_draft(["clip.mp4"], "music.mp3")
    for text in ("music fade in over 3s and out over 5000 ms", "music fades in 2s and out 6s"):
        (op,) = plan(text, draft).ops
        assert op.op == "fade_music" and (op.fade_in_ms, op.fade_out_ms) in ((3000, 5000), (2000, 6000))


def test_words_someone_trips_over_are_speech_not_text() -> None:
    assert ops(plan("remove 0:32 to 0:35 where the reporter trips over her words")) == [
        {"op": "remove_range", "start_ms": 32000, "end_ms": 35000}]


@pytest.mark.parametrize(("text", "said"), [
    ("turn the event photos into a video where ppl actually move like those ai things", "slideshow"),
    ("让老照片动起来", "幻灯片"),
    ("给视频配个AI解说，自动写稿那种", "旁白"),
    ("add an ai narrator that explains the recipe", "narration"),
    ("erase the stencil lines on the tattoo so it looks healed", "inside the picture"),
])
def test_impossible_picture_and_voice_wishes_are_refused_with_what_can_be_done(text: str, said: str) -> None:
    p = plan(text, language="zh-CN" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en")
    assert p.ops == [] and not p.question and p.refusal and said in p.refusal


@pytest.mark.parametrize("text", ["把风声去掉，别把人声也删了", "把风噪去掉，人声别去掉",
                                  "把电流声去掉，别把我说话的声音也去掉"])
def test_a_noise_removed_with_the_voice_said_to_stay_is_denoise(text: str) -> None:
    assert [o["op"] for o in ops(plan(text, language="zh-CN"))] == ["denoise"]


def test_not_to_with_ba_keeps_what_is_named() -> None:
    p = plan("不要把开头的三秒剪掉，剪掉结尾2秒", language="zh-CN")
    assert programme_ms(applied(p)) == 58000
    p = plan("别把我说话的声音去掉", language="zh-CN")
    assert p.ops == [] and p.answer and "§" not in p.answer and "3秒" not in p.answer
    p = plan("别剪掉开头3秒", language="zh-CN")
    assert p.ops == [] and p.answer and "开头3秒" in p.answer


@pytest.mark.parametrize(("text", "kept_ms"), [
    ("剪掉3秒，不对，是剪掉前2秒", 58000),
    ("trim 5 sec... sorry i meant the last 2", 58000),
    ("缩短到原来的一半", 30000),
    ("长度减半", 30000),
])
def test_corrected_ends_and_halved_lengths(text: str, kept_ms: int) -> None:
    p = plan(text, language="zh-CN" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en")
    assert programme_ms(applied(p)) == kept_ms


@pytest.mark.parametrize("text", ["顺序倒过来，改成3、2、1", "片段顺序颠倒一下"])
def test_the_order_turned_round_reverses_the_clips(text: str) -> None:
    draft = sample_draft(["clip.mp4", "b.mp4", "c.mp4"])
    assert ops(plan(text, draft, "zh-CN")) == [{"op": "reorder", "order": [3, 2, 1]}]


@pytest.mark.parametrize(("text", "expected"), [
    ("标题写：剪掉烦恼 焕然一新", {"op": "add_title", "text": "剪掉烦恼 焕然一新"}),
    ("只删标题，视频别动", {"op": "remove_text", "track": "title"}),
    ("只删字幕", {"op": "remove_text", "track": "subtitle"}),
    ("只修结尾那段空白，开头不动", {"op": "trim_dead_air", "ends": "end"}),
])
def test_chinese_text_and_dead_air_said_in_few_words(text: str, expected: dict[str, Any]) -> None:
    (got,) = ops(plan(text, language="zh-CN"))
    assert {k: got.get(k) for k in expected} == expected


def test_a_fade_said_as_the_kind_of_transition_is_the_crossfade() -> None:
    draft = sample_draft(["clip.mp4", "b.mp4", "c.mp4"])
    p = plan("片段之间加转场，淡入淡出那种，0.8秒", draft, "zh-CN")
    assert ops(p) == [{"op": "crossfade", "duration_ms": 800}] and not p.notes


@pytest.mark.parametrize("text", ["刚才撤销的那步再做回来", "把撤掉的改动恢复回来", "恢复刚才撤销的",
                                  "restore the change i undid", "bring back the step you just undid"])
def test_the_undone_step_brought_back_is_a_redo(text: str) -> None:
    assert [o.op for o in plan(text, language="zh-CN" if text[0] > "~" else "en").ops] == ["redo"]


@pytest.mark.parametrize("text", ["音乐随人声自动降低", "配乐跟着人声自动压低", "背景音乐遇到人声就自动让开",
                                  "音乐在说话的地方自动变小", "人声出来的时候音乐自动降低",
                                  "music automatically dips for the voice",
                                  "auto lower the music around speech"])
def test_music_following_the_voice_is_ducking(text: str) -> None:
    p = plan(text, sample_draft(music="music.mp3"), "zh-CN" if text[0] > "~" else "en")
    assert [o.op for o in p.ops] == ["duck_music"]


@pytest.mark.parametrize(("text", "key", "value"), [("饱和度拉到1.5 秋天的稻田要黄一点", "saturation", 1.5),
                                                    ("对比度提到1.3", "contrast", 1.3),
                                                    ("饱和度降到0.7 别太艳", "saturation", 0.7)])
def test_a_colour_level_set_by_any_verb_is_that_level(text: str, key: str, value: float) -> None:
    assert ops(plan(text, language="zh-CN")) == [{"op": "color", key: value}]


@pytest.mark.parametrize(("text", "expected"), [
    ("保留10秒到40秒 加个标题「鲫鱼窝子找到了」",
     [{"op": "keep_range", "start_ms": 10000, "end_ms": 40000},
      {"op": "add_title", "text": "鲫鱼窝子找到了"}]),
    ("剪掉前5秒 加个标题「开箱啦」",
     [{"op": "trim", "head_ms": 5000}, {"op": "add_title", "text": "开箱啦"}]),
    ("黑白 加标题「爷爷的老房子」 结尾淡出2秒",
     [{"op": "color", "gray": True}, {"op": "add_title", "text": "爷爷的老房子"},
      {"op": "fade", "fade_out_ms": 2000}]),
])
def test_a_time_or_place_belongs_to_the_nearest_edit(text: str, expected: list[dict[str, Any]]) -> None:
    got = [{k: v for k, v in o.items() if k != "tail_ms" or v} for o in ops(plan(text, language="zh-CN"))]
    assert got == expected


def test_a_range_said_before_the_title_with_no_other_verb_is_the_titles() -> None:
    assert ops(plan("第10秒到20秒加个标题「你好」", language="zh-CN")) == [
        {"op": "add_title", "text": "你好", "start_ms": 10000, "end_ms": 20000}]


@pytest.mark.parametrize("text", ["把那些嗯啊去掉 停顿保留", "去掉口头禅 停顿都留着",
                                  "remove the ums but keep the pauses",
                                  "remove the ums, pauses stay"])
def test_pauses_said_to_stay_beside_a_filler_cut_are_kept(text: str) -> None:
    p = plan(text, language="zh-CN" if text[0] > "~" else "en")
    assert [o.op for o in p.ops] == ["remove_fillers"] and not p.question


@pytest.mark.parametrize(("text", "index", "to"), [
    ("第三段删了…不对 是挪到最前面", 3, 1), ("把第二个片段删掉 哦不 移到最后", 2, 3),
    ("delete the third clip... no wait, move it to the front", 3, 1)])
def test_a_correction_replacing_the_verb_keeps_the_object(text: str, index: int, to: int) -> None:
    p = plan(text, sample_draft(["clip.mp4", "b.mp4", "c.mp4"]), "zh-CN" if text[0] > "~" else "en")
    assert ops(p) == [{"op": "move_segment", "index": index, "to_index": to}]


@pytest.mark.parametrize("text", ["只拼b.mp4和c.mp4 别的不要", "就拼b.mp4和c.mp4 其他的不要"])
def test_a_bare_pin_before_the_files_joins_them(text: str) -> None:
    p = plan(text, sample_draft(["clip.mp4", "b.mp4", "c.mp4"]), "zh-CN")
    assert ops(p) == [{"op": "concat", "media_ids": ["b.mp4", "c.mp4"]}] and not p.question


@pytest.mark.parametrize(("text", "query"), [
    ("cut the sentences where i say sponsor.. wait no, keep ONLY those for the ad read", "sponsor"),
    ("remove the parts where i talk about pricing, actually no, keep only those", "pricing"),
    ("删掉提到赞助的句子 不对 只保留这些", "赞助"),
])
def test_a_transcript_cut_taken_back_to_keep_only_those_keeps_them(text: str, query: str) -> None:
    p = plan(text, language="zh-CN" if "赞" in text else "en")
    assert ops(p) == [{"op": "cut_sentences", "query": query, "keep": True}]


@pytest.mark.parametrize(("text", "index", "to"), [
    ("remove the last clip from the end and put it first instead", 3, 1),
    ("cut the second clip out and put it at the end", 2, 3),
    ("把最后一个片段删掉放到最前面", 3, 1),
])
def test_a_clip_taken_out_and_put_back_elsewhere_is_moved(text: str, index: int, to: int) -> None:
    draft = sample_draft(["clip.mp4", "b.mp4", "c.mp4"])
    p = plan(text, draft, "zh-CN" if "片段" in text else "en")
    assert ops(p) == [{"op": "move_segment", "index": index, "to_index": to}]


def test_a_clip_taken_out_with_no_place_to_go_is_asked() -> None:
    draft = sample_draft(["clip.mp4", "b.mp4", "c.mp4"])
    p = plan("delete the first clip and put it somewhere better", draft)
    assert p.question and not p.ops


@pytest.mark.parametrize("text", [
    "no crossfades, just stick b.mp4 and c.mp4 after my clip",
    "no transitions, just join b.mp4 and c.mp4 after my video",
    "把b.mp4和c.mp4拼在我的视频后面 不要转场",
])
def test_files_joined_after_my_clip_are_appended(text: str) -> None:
    p = plan(text, language="zh-CN" if "视频" in text else "en")
    assert [o["op"] for o in ops(p)] == ["add_clips"] and ops(p)[0]["media_ids"] == ["b.mp4", "c.mp4"]


@pytest.mark.parametrize(("text", "fade_out"), [
    ("kill the fade in on the music, just have it fade out over 4s", 4000),
    # the fade-out said to stay is left as it is (None), not set to the 2 s default
    ("remove the fade in on the music but keep the fade out", None),
])
def test_a_music_fade_in_said_to_go_is_none(text: str, fade_out: int | None) -> None:
    p = plan(text, sample_draft(music="music.mp3"))
    want = {"op": "fade_music", "fade_in_ms": 0, **({"fade_out_ms": fade_out} if fade_out else {})}
    assert ops(p) == [want]


@pytest.mark.parametrize("text", [
    "don't remove the ums, only the repeated words",
    "别删嗯啊 只删重复的词",
])
def test_fillers_said_not_to_go_stay_while_the_repeats_go(text: str) -> None:
    p = plan(text, language="zh-CN" if "删" in text else "en")
    assert [(o.op, o.fillers, o.repeats) for o in p.ops] == [("remove_fillers", False, True)]  # type: ignore[attr-defined]


@pytest.mark.parametrize("text", ["undo and make it 1:1 instead", "undo that and make it 1:1 instead"])
def test_an_undo_before_an_edit_said_instead_is_kept(text: str) -> None:
    assert [o["op"] for o in ops(plan(text))] == ["undo", "set_aspect"]


def test_a_version_named_by_an_edit_adds_nothing_and_crop_nothing_is_no_crop() -> None:
    assert ops(plan("restore v2 pls, the one before the captions")) == [
        {"op": "restore_version", "version": 2}]
    (aspect,) = plan("crop nothing, pad it to 9:16 with blur").ops
    assert isinstance(aspect, SetAspect) and aspect.ratio == "9:16" and aspect.fit == "blur"


@pytest.mark.parametrize("text", ["remove the background noise from the asmr track, NOT the whispers",
                                  "denoise the voice track"])
def test_the_voice_track_is_the_videos_own_sound_not_music(text: str) -> None:
    assert [o["op"] for o in ops(plan(text))] == ["denoise"]


@pytest.mark.parametrize(("text", "end"), [("make it 12.5s exactly", 12500),
                                           ("make the video 20 s flat", 20000)])
def test_a_length_said_exact_after_the_number_keeps_that_much(text: str, end: int) -> None:
    assert ops(plan(text)) == [{"op": "keep_range", "end_ms": end}]


@pytest.mark.parametrize(("text", "scale"), [("pip c.mp4 bottom right, half size", 0.5),
                                             ("picture in picture c.mp4 top left at quarter size", 0.25)])
def test_a_pip_size_said_as_a_part_is_its_scale(text: str, scale: float) -> None:
    (got,) = ops(plan(text))
    assert got["op"] == "pip" and got["scale"] == scale


@pytest.mark.parametrize(("text", "key", "value"), [
    ("more contrast on the paint correction shots, 1.3", "contrast", 1.3),
    ("less contrast on the interview bits, 0.8", "contrast", 0.8),
])
def test_a_factor_said_last_after_a_comma_is_the_level(text: str, key: str, value: float) -> None:
    assert ops(plan(text)) == [{"op": "color", key: value}]


@pytest.mark.parametrize("text", ["title currently says 'Devlog #7', change it to 'Devlog #8'",
                                  "标题现在是「第一天」 改成「第二天」"])
def test_the_title_there_now_named_then_changed_is_replaced(text: str) -> None:
    assert [o["op"] for o in ops(plan(text, language="zh-CN" if "标题" in text else "en"))] == [
        "remove_text", "add_title"]


def test_a_split_said_and_a_speed_change_at_the_same_point_split_once() -> None:
    assert ops(plan("split at 0:30 and speed up the second half 1.5x")) == [
        {"op": "split", "at_ms": 30000}, {"op": "speed", "factor": 1.5, "index": 2}]


def test_an_edit_with_its_place_after_bare_subtitles_is_no_text_shown() -> None:
    assert ops(plan("加字幕 结尾淡出2秒", language="zh-CN")) == [
        {"op": "add_subtitles"}, {"op": "fade", "fade_out_ms": 2000}]


def test_a_noise_volume_turned_down_to_a_level_is_the_volume_not_denoise() -> None:
    assert ops(plan("cut the engine noise volume down to 20%")) == [
        {"op": "set_volume", "volume": 0.2}]  # (the main track by default)


def test_a_length_said_as_a_percent_of_the_whole_keeps_that_share() -> None:
    assert ops(plan("cut it to 25% of its length for the preview")) == [{"op": "keep_range", "end_ms": 15000}]


@pytest.mark.parametrize(("text", "words"), [("title ADOPT MILO at the top, red, size 120", "ADOPT MILO"),
                                             ("add text SALE ENDS FRIDAY at the bottom", "SALE ENDS FRIDAY")])
def test_words_in_capitals_after_title_are_what_it_says(text: str, words: str) -> None:
    (got,) = ops(plan(text))
    assert got["text"] == words
