"""The resolver: readings compete for the words they explain; the guard; negation and direction."""

from __future__ import annotations

from typing import Any

import pytest

from vidai_nb.engine.agent import Plan, parse, semantics
from vidai_nb.engine.agent.context import ParseContext
from vidai_nb.engine.agent.normalize import normalize
from vidai_nb.engine.agent.resolver import resolve
from vidai_nb.engine.agent.rules import DETECTORS, get, register
from vidai_nb.engine.ops import parse_operation
from vidai_nb.engine.ops import schemas as s
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft

MEDIA = list(SAMPLE_MEDIA.values())


def plan(text: str, clips: tuple[str, ...] = ("clip.mp4",), language: str = "en") -> Plan:
    return parse(text, language, MEDIA, sample_draft(list(clips)))


def ops(p: Plan) -> list[dict[str, Any]]:
    return [o.model_dump(exclude_defaults=True) | {"op": o.op} for o in p.ops]  # type: ignore[attr-defined]


def same(expected: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Expected operations written out, compared as the parser's are (defaults left out)."""
    return ops(Plan(ops=[parse_operation(e) for e in expected]))


def test_the_registry_rejects_unknown_and_duplicate_names() -> None:
    assert "cut" in DETECTORS and get("cut").fn is DETECTORS["cut"].fn
    with pytest.raises(KeyError, match="no detector named 'cutt'"):
        get("cutt")
    with pytest.raises(ValueError, match="registered twice"):
        register("cut", DETECTORS["cut"].fn)
    with pytest.raises(ValueError, match="unknown role"):
        register("new_one", DETECTORS["cut"].fn, role="sometimes")


def test_a_word_means_one_thing_the_reading_that_explains_more_wins() -> None:
    # "off" could be a cut, and 2s-6s a range to remove; read as the text's words and timing instead
    p = plan("put 'SALE 50% OFF' in big letters from 2s to 6s")
    assert ops(p) == [
        {"op": "add_text", "text": "SALE 50% OFF", "start_ms": 2000, "end_ms": 6000, "size": 96}]


def test_one_reading_across_clauses_beats_two() -> None:
    # the fades belong to the music said before them, not to the picture
    assert ops(plan("add bgm, fade in 3s and fade out 3s")) == [
        {"op": "add_music", "media_id": "music.mp3", "fade_in_ms": 3000, "fade_out_ms": 3000}]


def test_a_reading_across_clauses_happens_where_its_own_words_are() -> None:
    # the length is said after "then": it is reached after the cuts, not kept before them
    assert [o["op"] for o in ops(plan("remove fillers + silences then trim to 30 sec"))] == [
        "remove_fillers", "remove_silences", "keep_range"]
    assert [o["op"] for o in ops(plan("cut the fillers, then make it 15 sec"))] == [
        "remove_fillers", "keep_range"]


def test_an_end_said_to_be_fine_is_not_trimmed() -> None:
    assert ops(plan("only trim the silence at the START, the ending is fine")) == [
        {"op": "trim_dead_air", "ends": "start"}]
    assert ops(plan("remove the silence at the end, the start is ok")) == [
        {"op": "trim_dead_air", "ends": "end"}]
    assert ops(plan("去掉开头的静音，结尾没问题", language="zh-CN")) == [
        {"op": "trim_dead_air", "ends": "start"}]


def test_chosen_readings_and_unexplained_words_are_reported() -> None:
    norm = normalize("cut the first 5 seconds and frobnicate the zorp")
    ctx = ParseContext(media=MEDIA, draft=sample_draft(), quotes=norm.quotes, chinese=False)
    res = resolve(norm.text, norm.clauses, ctx)
    assert [c.detector for c in res.chosen] == ["cut"]
    left = {res.tokens[i].text for i in res.unexplained()}
    assert {"frobnicate", "zorp"} <= left and "first" not in left


def test_a_reply_names_the_part_it_did_not_understand() -> None:
    p = plan("add subtitles and export it as an srt and an ogg file with chapters")
    assert [o.op for o in p.ops] == ["add_subtitles"]  # type: ignore[attr-defined]
    assert any("didn't understand" in n for n in p.notes)


@pytest.mark.parametrize(
    ("text", "clips", "reading"),
    [
        # both ends, not "end at 0.5 s"
        ("trim the beginning by 1.5s and the end by 500ms", ("c.mp4",), None),
        ("shave 0.5 s off the start and the end", ("c.mp4",), None),
    ],
)
def test_destructive_readings_are_asked_not_applied(text: str, clips: tuple[str, ...],
                                                   reading: str | None) -> None:
    p = plan(text, clips)
    if p.question:
        assert p.ops == [] and "keep" in p.question.lower()
    else:  # understood: then it must not remove more than half
        from vidai_nb.engine.ops import apply, programme_ms

        draft = sample_draft(list(clips))
        for op in p.ops:
            draft = apply(draft, op, SAMPLE_MEDIA)
        assert programme_ms(draft) >= 10_000


def test_the_guard_shows_the_reading_and_asks() -> None:
    p = plan("end by 500ms", ("c.mp4",))  # the old misreading: keep 0:00-0:00.5 of 20 s
    assert p.ops == [] and p.question is not None
    assert "0:00–0:00.5" in p.question
    draft = sample_draft(["c.mp4"])
    zh = Plan(ops=[s.KeepRange(start_ms=0, end_ms=500)])
    ctx = ParseContext(media=MEDIA, draft=draft, quotes=[], chinese=True)
    semantics.guard(zh, ctx, normalize("弄短一点").text, zh=True)
    assert zh.ops == [] and zh.question is not None and "保留 0:00–0:00.5" in zh.question


@pytest.mark.parametrize(
    "text",
    ["keep only the first 3 seconds", "trim the video to 1 second", "delete everything after 0:05",
     "cut everything except 0:01-0:01.5",
     "cut the last 50 seconds", "keep 0:05-0:10 and 0:20-0:30"],
)
def test_the_guard_lets_lengths_said_in_so_many_words_through(text: str) -> None:
    p = plan(text)
    assert p.question is None and p.ops


@pytest.mark.parametrize(
    ("text", "language"),
    [("don't speed it up", "en"), ("不要加速", "zh-CN"), ("please do not mute the audio", "en")],
)
def test_a_negated_request_changes_nothing_and_says_so(text: str, language: str) -> None:
    p = plan(text, language=language)
    assert p.ops == [] and p.question is None and p.answer


def test_negation_read_by_a_detector_is_its_meaning() -> None:
    with_music = parse("no music", "en", MEDIA, sample_draft(["clip.mp4"], "music.mp3"))
    assert ops(with_music) == [{"op": "remove_music"}]
    # none playing: nothing to remove - said so when that is all, left out when something else is asked
    alone = plan("no music")
    assert alone.ops == [] and alone.refusal and "no background music" in alone.refusal
    assert ops(plan("no music pls, just normalize my voice")) == [{"op": "loudnorm"}]
    assert ops(plan("不要前3秒", language="zh-CN")) == [{"op": "trim", "head_ms": 3000}]


def test_undo_inside_a_request_takes_back_the_edit_said_before_it() -> None:
    p = plan("trim the first 5 sec... actually no, undo that, trim the first 2 instead")
    assert ops(p) == [{"op": "trim", "head_ms": 2000}]
    assert ops(plan("undo")) == [{"op": "undo"}]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("slow down the video by 2x", [{"op": "speed", "factor": 0.5}]),
        ("slow it down 3x", [{"op": "speed", "factor": 0.333}]),
        ("speed it up 2x", [{"op": "speed", "factor": 2.0}]),
        ("change the video from 16:9 to 9:16", [{"op": "set_aspect", "ratio": "9:16"}]),
        ("music volume from 50% to 80%", [{"op": "set_volume", "track": "bgm", "volume": 0.8}]),
    ],
)
def test_direction_and_from_a_to_b_are_read_once_for_every_reading(text: str, expected: list[Any]) -> None:
    p = parse(text, "en", MEDIA, sample_draft(music="music.mp3"))
    assert ops(p) == same(expected)


@pytest.mark.parametrize(
    ("text", "clips", "expected"),
    [
        ("trim my video to 12 seconds", ("c.mp4",), [{"op": "keep_range", "start_ms": 0, "end_ms": 12000}]),
        ("make it 10 seconds", ("c.mp4",), [{"op": "keep_range", "start_ms": 0, "end_ms": 10000}]),
        ("shorten it to half the length", ("c.mp4",), [{"op": "keep_range", "start_ms": 0, "end_ms": 10000}]),
        ("把视频剪到前3秒", ("c.mp4",), [{"op": "keep_range", "start_ms": 0, "end_ms": 3000}]),
        ("trim my video from 0:03 to 0:15", ("c.mp4",),
         [{"op": "keep_range", "start_ms": 3000, "end_ms": 15000}]),
        ("cut 0:03-0:15", ("c.mp4",), [{"op": "remove_range", "start_ms": 3000, "end_ms": 15000}]),
        ("extract 5 seconds starting at 0:08", ("c.mp4",),
         [{"op": "keep_range", "start_ms": 8000, "end_ms": 13000}]),
        ("截取 00:00:04 到 00:00:16", ("c.mp4",), [{"op": "keep_range", "start_ms": 4000, "end_ms": 16000}]),
        ("把第5秒到第10秒删掉", ("c.mp4",), [{"op": "remove_range", "start_ms": 5000, "end_ms": 10000}]),
        ("cut the beginning by 2 seconds and another 4 at the end", ("c.mp4",),
         [{"op": "trim", "head_ms": 2000, "tail_ms": 4000}]),
        ("remove the first 90 frames", ("c.mp4",), [{"op": "trim", "head_ms": 3000}]),  # 30 fps
        ("keep everything except the first 3 seconds", ("c.mp4",), [{"op": "trim", "head_ms": 3000}]),
        ("make it 1080x1080", ("c.mp4",), [{"op": "set_aspect", "ratio": "1:1"}]),
        ("speed 150%", ("c.mp4",), [{"op": "speed", "factor": 1.5}]),
    ],
)
def test_lengths_ranges_and_units(text: str, clips: tuple[str, ...], expected: list[Any]) -> None:
    p = plan(text, clips, "zh-CN" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en")
    assert p.question is None and ops(p) == same(expected)


def test_a_target_length_says_which_part_and_offers_the_other_reading() -> None:
    p = plan("trim my video to 12 seconds", ("c.mp4",))
    assert any("first 12 s" in n and "keep 0:08–0:20" in n for n in p.notes)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("put SALE 50% OFF on screen from 2s to 6s",
         [{"op": "add_text", "text": "SALE 50% OFF", "start_ms": 2000, "end_ms": 6000}]),
        ("加一行字：记得点赞关注", [{"op": "add_text", "text": "记得点赞关注"}]),
        ("add 'Subscribe' in the last 5 seconds", [{"op": "add_text", "text": "Subscribe", "start_ms": 55000,
                                                    "end_ms": 60000}]),
        # that text, not a transcription
        ("添加字幕「今天天气很好」", [{"op": "add_text", "text": "今天天气很好"}]),
        ("change the title to Summer Trip", [{"op": "remove_text", "track": "title"},
                                             {"op": "add_title", "text": "Summer Trip"}]),
    ],
)
def test_text_with_its_content_and_timing(text: str, expected: list[Any]) -> None:
    p = plan(text, language="zh-CN" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en")
    assert ops(p) == same(expected)


def test_make_the_title_bigger_edits_the_title_there_is() -> None:
    from vidai_nb.engine.ops import apply

    draft = apply(sample_draft(), s.AddTitle(text="Trip", end_ms=3000, size=96), SAMPLE_MEDIA)
    p = parse("make the title bigger", "en", MEDIA, draft)
    assert [o.op for o in p.ops] == ["remove_text", "add_title"]  # type: ignore[attr-defined]
    again = p.ops[1]
    assert isinstance(again, s.AddTitle) and again.text == "Trip" and again.size > 96 and again.end_ms == 3000
    assert plan("make the title bigger").question is not None  # no title yet: asked, not invented


@pytest.mark.parametrize(
    "text", ["speed up the middle part", "这一段播放快一点", "slow down the best moment",
             "make the music quieter in some places"])
def test_a_part_without_times_is_asked_about(text: str) -> None:
    # (music on the timeline: with none, a change of its level is answered - there is none to change)
    p = parse(text, "zh-CN" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en", MEDIA,
              sample_draft(["clip.mp4"], music="music.mp3"))
    assert p.ops == [] and p.question


def test_a_part_with_times_is_split_off_and_changed_alone() -> None:
    assert ops(plan("speed up the last 10 seconds 2x")) == same([
        {"op": "split", "at_ms": 50000}, {"op": "speed", "factor": 2.0, "index": 2}])


@pytest.mark.parametrize(
    ("text", "language"),
    [("What's the best format for Instagram Reels?", "en"), ("添加配乐一定需要付费吗？", "zh-CN"),
     ("how long is my video right now?", "en"), ("how do i add music?", "en")],
)
def test_questions_are_answered_not_applied(text: str, language: str) -> None:
    p = plan(text, language=language)
    assert p.answer and p.ops == [] and p.question is None and p.export is None


@pytest.mark.parametrize("text", ["can you add music?", "could you cut the first 5 seconds?",
                                  "可以帮我加字幕吗"])
def test_requests_phrased_as_questions_are_still_edits(text: str) -> None:
    p = plan(text, language="zh-CN" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en")
    assert p.answer is None and p.ops


@pytest.mark.parametrize(
    "text", ["erase the power lines from this photo", "make a sunset timelapse from nothing",
             "add a voiceover saying welcome", "后面那个路人太碍眼了 帮我p掉"])
def test_impossible_requests_are_refused_with_what_can_be_done(text: str) -> None:
    p = plan(text, language="zh-CN" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en")
    assert p.refusal and p.ops == []


def test_merging_with_one_clip_says_there_is_one() -> None:
    p = parse("merge these three clips", "en", [SAMPLE_MEDIA["clip.mp4"]], sample_draft())
    assert p.ops == [] and p.refusal and "only one clip" in p.refusal


def test_a_number_corrected_in_the_same_breath_replaces_the_first() -> None:
    taken = plan("trim 5 sec off the start… actually no, make it 2")
    assert ops(taken) == same([{"op": "trim", "head_ms": 2000}])
    assert ops(plan("开头剪掉5秒…算了改成2秒吧", language="zh-CN")) == same([{"op": "trim", "head_ms": 2000}])


def test_frames_are_read_at_the_clips_frame_rate() -> None:
    from vidai_nb.engine.ops import MediaRef

    fast = MediaRef("clip.mp4", "clip.mp4", "video", 60_000, 1920, 1080, True, 60.0)
    p = parse("remove the first 90 frames", "en", [fast], sample_draft())
    assert ops(p) == same([{"op": "trim", "head_ms": 1500}])
    # the sample clips are 30 fps
    assert ops(plan("remove the first 90 frames")) == same([{"op": "trim", "head_ms": 3000}])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("remove everything except 0:10-0:20", [{"op": "keep_range", "start_ms": 10000, "end_ms": 20000}]),
        ("把除了0:10到0:20的部分都删掉", [{"op": "keep_range", "start_ms": 10000, "end_ms": 20000}]),
        ("cut it off at 0:40", [{"op": "keep_range", "start_ms": 0, "end_ms": 40000}]),
        # no clips added on the way; only the end named loses its dead air
        ("remove the silence at the beginning", [{"op": "trim_dead_air", "ends": "start"}]),
    ],
)
def test_what_is_named_after_except_stays(text: str, expected: list[Any]) -> None:
    language = "zh-CN" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en"
    p = parse(text, language, MEDIA, sample_draft())
    assert ops(p) == same(expected)


def test_an_amount_without_a_place_is_asked_about() -> None:
    p = plan("shorten the video by 10 seconds")
    assert p.ops == [] and p.question and "from where" in p.question


def test_the_rest_of_a_named_part_is_the_other_side() -> None:
    assert ops(plan("leave the first 5 seconds alone and speed up the rest")) == same(
        [{"op": "split", "at_ms": 5000}, {"op": "speed", "factor": 1.5, "index": 2}])
    p = plan("不用加音乐", language="zh-CN")
    assert p.ops == [] and p.answer


# --- holdout8's destructive misreadings, as classes -------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("keep everything but the last 4 sec", [{"op": "trim", "tail_ms": 4000}]),
    ("keep all but the first 3 seconds", [{"op": "trim", "head_ms": 3000}]),
    ("remove everything but 0:10-0:20", [{"op": "keep_range", "start_ms": 10000, "end_ms": 20000}]),
])
def test_everything_but_inverts_what_is_named(text: str, expected: list[Any]) -> None:
    assert ops(plan(text)) == same(expected)


def test_half_a_second_after_and_is_half_a_second() -> None:
    p = plan("shave 1.5 sec off the start and half a second off the end")
    assert ops(p) == same([{"op": "trim", "head_ms": 1500, "tail_ms": 500}])


def test_without_cutting_the_silences_leaves_them() -> None:
    p = plan("trim the silent sections at the beginning and end, "
             "without cutting the silent parts in the middle")
    assert ops(p) == same([{"op": "trim_dead_air"}])
    assert ops(plan("remove the silences")) == same([{"op": "remove_silences"}])


def test_a_file_corrected_in_the_same_breath_is_the_one_added() -> None:
    p = plan("put splash.png.. i mean photo1.jpg at the beginning and do a 1s fade in from black")
    assert ops(p) == same([{"op": "add_clips", "media_ids": ["photo1.jpg"], "at": "start"},
                           {"op": "fade", "fade_in_ms": 1000}])


def test_photos_counted_not_named_are_the_uploaded_ones() -> None:
    p = plan("两张照片放到视频最前面", language="zh")
    assert ops(p) == same([{"op": "add_clips", "media_ids": ["photo1.jpg", "photo2.jpg"], "at": "start"}])


def test_joining_with_one_file_named_keeps_the_timeline_first() -> None:
    p = plan("把clip和b.mp4拼成一个视频", language="zh")
    assert ops(p) == same([{"op": "concat", "media_ids": ["clip.mp4", "b.mp4"]}])


@pytest.mark.parametrize(("text", "language", "says"), [
    ("make my voice sound like a woman", "en", "can't"),
    ("blur the faces of the people in the crowd", "en", "can't"),
    ("export it in 8k", "en", "4K"),
    ("后面有个路人一直入镜 帮我把他消除掉", "zh", "没法"),
    ("生成一段穿宇航服的猫在月球上跳霹雳舞的视频", "zh", "没法生成"),
    ("把视频右下角的抖音水印去掉 要看不出痕迹", "zh", "裁掉"),
])
def test_more_impossible_requests_are_refused_with_alternatives(text: str, language: str,
                                                                says: str) -> None:
    p = plan(text, language=language)
    assert p.refusal and says in p.refusal
    assert not p.ops and p.export is None and not p.question


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("cut it down to 30 seconds so it fits a reel", "en",
     [{"op": "keep_range", "start_ms": 0, "end_ms": 30000}]),
    ("karaoke style captions like the tiktok ones", "en", [{"op": "add_subtitles", "style": "karaoke"}]),
    ("控制在三十秒以内吧 抖音发不了太长的", "zh", [{"op": "keep_range", "start_ms": 0, "end_ms": 30000}]),
    ("make it vertical for tiktok", "en", [{"op": "platform", "name": "tiktok"}]),
])
def test_a_platform_named_as_the_purpose_is_no_preset(text: str, language: str, expected: list[Any]) -> None:
    assert ops(plan(text, language=language)) == same(expected)


@pytest.mark.parametrize(("text", "language", "says"), [
    ("will exporting at 720p make the file a lot smaller?", "en", "half the size"),
    ("if i speed it up does the voice get chipmunky?", "en", "pitch"),
    ("roughly what % should background music be under someone talking?", "en", "10–20"),
    ("is webm ok to upload to youtube or should i stick w mp4", "en", "WebM"),
    ("导出用H.264还是H.265好 我电脑配置一般", "zh", "H.264"),
    ("这个能导出4K吗？素材只有1080的话导4k有用吗", "zh", "放大"),
    ("抖音字幕字号多大比较合适 太小了老年人看不清吧", "zh", "字"),
])
def test_questions_about_effects_are_answered_not_edited(text: str, language: str, says: str) -> None:
    p = plan(text, language=language)
    assert p.answer and says in p.answer
    assert not p.ops and p.export is None and not p.refusal


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("just give me the part from 0:40 to 0:55", "en",
     [{"op": "keep_range", "start_ms": 40000, "end_ms": 55000}]),
    ("remove seconds 2 to 4 and 10 to 12", "en",
     [{"op": "remove_ranges",
       "ranges": [{"start_ms": 2000, "end_ms": 4000}, {"start_ms": 10000, "end_ms": 12000}]}]),
    ("everything after 0:50 can go", "en", [{"op": "remove_range", "start_ms": 50000}]),
    ("need this to be exactly 12 sec", "en", [{"op": "keep_range", "start_ms": 0, "end_ms": 12000}]),
    ("做成十秒的", "zh", [{"op": "keep_range", "start_ms": 0, "end_ms": 10000}]),
    ("把最后6秒单独拿出来", "zh", [{"op": "keep_range", "start_ms": 54000}]),
    ("pick two segments, 0-10sec and 20-31sec, and join them", "en",
     [{"op": "keep_ranges",
       "ranges": [{"start_ms": 0, "end_ms": 10000}, {"start_ms": 20000, "end_ms": 31000}]}]),
])
def test_ranges_and_target_lengths_in_more_phrasings(text: str, language: str, expected: list[Any]) -> None:
    assert ops(plan(text, language=language)) == same(expected)


def test_a_gif_from_a_start_with_a_length_after_it() -> None:
    p = plan("从第25秒开始截10秒转成gif", language="zh")
    assert p.export == {"format": "gif", "start_ms": 25000, "end_ms": 35000}


def test_merging_with_one_video_and_photos_says_there_is_one() -> None:
    media = [SAMPLE_MEDIA["clip.mp4"], SAMPLE_MEDIA["photo1.jpg"]]
    p = parse("merge these clips", "en", media, sample_draft(["clip.mp4"]))
    assert p.refusal and "only one" in p.refusal and not p.ops


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("加个bgm 但是别把原声关了 我要说话的声音", "zh", [{"op": "add_music", "media_id": "music.mp3"}]),
    ("drop the original audio to 50%", "en", [{"op": "set_volume", "track": "main", "volume": 0.5}]),
    ("take the subtitles off", "en", [{"op": "remove_text", "track": "subtitle"}]),
    ("its upside down, flip it right side up", "en", [{"op": "rotate", "degrees": 180}]),
    ("flip it vertically", "en", [{"op": "flip", "direction": "vertical"}]),
])
def test_sound_subtitles_and_orientation_phrasings(text: str, language: str, expected: list[Any]) -> None:
    assert ops(plan(text, language=language)) == same(expected)


def test_muting_the_original_sound_keeps_the_music_on_the_timeline() -> None:
    p = parse("把原声关掉 只留背景音乐", "zh", MEDIA, sample_draft(["clip.mp4"], "music.mp3"))
    assert ops(p) == same([{"op": "mute", "track": "main"}])


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("text at the top: Episode 3", "en", [{"op": "add_text", "text": "Episode 3", "pos": "top"}]),
    ("加个标题：我的大学vlog", "zh", [{"op": "add_title", "text": "我的大学vlog"}]),
    ("速度拉到200%", "zh", [{"op": "speed", "factor": 2.0}]),
])
def test_text_after_a_colon_and_more_speed_words(text: str, language: str, expected: list[Any]) -> None:
    assert ops(plan(text, language=language)) == same(expected)


def test_the_homophone_typo_of_export_exports() -> None:
    assert plan("倒出webm格式", language="zh").export == {"format": "webm"}
    assert plan("把水倒出来", language="zh").export is None


@pytest.mark.parametrize(("text", "at_ms", "duration_ms"), [
    ("定格0:03 停一秒 突出一下那个表情", 3000, 1000),
    ("定格第90帧 停两秒", 3000, 2000),
    ("在3秒那里定格3秒", 3000, 3000),
    ("freeze at 0:04 for 3s", 4000, 3000),
])
def test_how_long_a_freeze_holds_is_the_time_after_stop(text: str, at_ms: int, duration_ms: int) -> None:
    p = plan(text, language="zh" if not text.isascii() else "en")
    assert ops(p) == same([{"op": "freeze_frame", "at_ms": at_ms, "duration_ms": duration_ms}])


def test_chinese_removals_with_le() -> None:
    assert ops(plan("bgm不要了 删掉", language="zh")) == same([{"op": "remove_music"}])
    p = plan("把第二段删了", ("clip.mp4", "b.mp4", "c.mp4"), language="zh")
    assert ops(p) == same([{"op": "delete_segment", "index": 2}])
