"""The deterministic parser: table tests for every documented phrasing, times, numbers, typos, languages."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vidai_nb.engine.agent import Plan, parse
from vidai_nb.engine.agent.numbers import chinese_numbers, english_numbers
from vidai_nb.engine.agent.rules.common import lone_length
from vidai_nb.engine.agent.timeparse import parse_time
from vidai_nb.engine.ops import CATALOGUE, EXPORT_OPS, apply, parse_operation
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft

MEDIA = list(SAMPLE_MEDIA.values())
THREE = sample_draft(["clip.mp4", "b.mp4", "c.mp4"], music="music.mp3")


def plan(text: str, draft: dict[str, Any] | None = None, language: str = "en") -> Plan:
    return parse(text, language, MEDIA, draft if draft is not None else sample_draft())


def ops(p: Plan) -> list[dict[str, Any]]:
    return [o.model_dump(exclude_defaults=True) | {"op": o.op} for o in p.ops]  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", list(CATALOGUE))
def test_every_documented_example_is_understood(name: str) -> None:
    p = plan(CATALOGUE[name].example, THREE)
    assert p.question is None and p.refusal is None
    if name in EXPORT_OPS:
        assert p.export is not None
        assert p.export["format"] == {"export": "mp4", "export_gif": "gif", "export_thumbnail": "jpg"}[name]
    else:
        assert [o.op for o in p.ops] == [name]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "ms"),
    [
        ("10 seconds", 10_000),
        ("10s", 10_000),
        ("10 sec", 10_000),
        ("ten seconds", 10_000),
        ("1.5 sec", 1_500),
        ("0:30", 30_000),
        ("1:45", 105_000),
        ("1:02:03", 3_723_000),
        ("00:05.5", 5_500),
        ("1m05s", 65_000),
        ("1 min 5 sec", 65_000),
        ("2 minutes and 5 seconds", 125_000),
        ("2 minutes", 120_000),
        ("half a minute", 30_000),
        ("a minute and a half", 90_000),
        ("twenty five seconds", 25_000),
        ("one and a half minutes", 90_000),
        ("forty-two seconds", 42_000),
        ("1h", 3_600_000),
        ("500ms", 500),
        ("十秒", 10_000),
        ("三十秒", 30_000),
        ("1分30秒", 90_000),
        ("一分半", 90_000),
        ("两分钟", 120_000),
        ("半分钟", 30_000),
        ("一百二十秒", 120_000),
        ("5秒钟", 5_000),
    ],
)
def test_time_expressions(text: str, ms: int) -> None:
    assert parse_time(chinese_numbers(english_numbers(text.lower()))) == ms


def test_numbers_in_words_and_chinese_numerals_in_context_only() -> None:
    assert english_numbers("cut the first twenty five seconds") == "cut the first 25 seconds"
    assert chinese_numbers("百分之三十") == "30%"
    assert chinese_numbers("第二段") == "第2段"
    assert chinese_numbers("调亮一点") == "调亮一点"  # "a bit", not the number one


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the first 10 seconds off please", [{"op": "trim", "head_ms": 10_000}]),
        ("cut the first 10 seconds", [{"op": "trim", "head_ms": 10_000}]),
        ("remove the last 20s", [{"op": "trim", "tail_ms": 20_000}]),
        ("keep 0:30 to 0:45", [{"op": "keep_range", "start_ms": 30_000, "end_ms": 45_000}]),
        ("delete from 0:10 until 0:12", [{"op": "remove_range", "start_ms": 10_000, "end_ms": 12_000}]),
        ("remove between 3 and 7 seconds", [{"op": "remove_range", "start_ms": 3_000, "end_ms": 7_000}]),
        ("cut 5-10 seconds", [{"op": "remove_range", "start_ms": 5_000, "end_ms": 10_000}]),
        ("remove from 5 to 10", [{"op": "remove_range", "start_ms": 5_000, "end_ms": 10_000}]),
        ("cut the first 1m05s", [{"op": "trim", "head_ms": 65_000}]),
        ("trim it to 30 seconds", [{"op": "keep_range", "end_ms": 30_000}]),
        (
            "cut the first ten seconds and the last five",
            [{"op": "trim", "head_ms": 10_000, "tail_ms": 5_000}],
        ),
        ("前三十秒剪掉", [{"op": "trim", "head_ms": 30_000}]),
        ("去掉最后十秒", [{"op": "trim", "tail_ms": 10_000}]),
        ("从0:30到0:45保留", [{"op": "keep_range", "start_ms": 30_000, "end_ms": 45_000}]),
        ("从0:30到0:45删掉", [{"op": "remove_range", "start_ms": 30_000, "end_ms": 45_000}]),
        ("剪到30秒", [{"op": "keep_range", "end_ms": 30_000}]),
    ],
)
def test_time_ranges_in_requests(text: str, expected: list[dict[str, Any]]) -> None:
    assert ops(plan(text, THREE)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("subtitels", [{"op": "add_subtitles"}]),
        ("add subs pls", [{"op": "add_subtitles"}]),
        ("9:16 pls", [{"op": "set_aspect", "ratio": "9:16"}]),
        ("make it tiktok", [{"op": "platform", "name": "tiktok"}]),
        ("make it vertcal", [{"op": "set_aspect", "ratio": "9:16"}]),
        ("add musci", [{"op": "add_music", "media_id": "music.mp3"}]),
        ("mute the adio", [{"op": "mute"}]),
        ("speeed it up 2x", [{"op": "speed", "factor": 2.0}]),
        ("blak and white", [{"op": "color", "gray": True}]),
        ("move the third clip to the start", [{"op": "move_segment", "index": 3, "to_index": 1}]),
    ],
)
def test_typos_and_sloppy_phrasing(text: str, expected: list[dict[str, Any]]) -> None:
    assert ops(plan(text, THREE if "clip" in text else sample_draft())) == expected


def test_percentages_quotes_and_platforms() -> None:
    p = plan('add music.mp3 at 25 percent and a title "Hello, World" in yellow at the top')
    assert ops(p) == [
        {"op": "add_music", "media_id": "music.mp3", "volume": 0.25},
        {"op": "add_title", "text": "Hello, World", "color": "#FFFF00", "pos": "top"},
    ]
    assert ops(plan("format it for instagram 4:5")) == [{"op": "set_aspect", "ratio": "4:5"}]
    assert ops(plan("youtube shorts")) == [{"op": "platform", "name": "shorts"}]
    assert ops(plan("title: Hello World")) == [{"op": "add_title", "text": "Hello World"}]


def test_the_seed_request_works_as_a_person_means_it() -> None:
    one = [SAMPLE_MEDIA["clip.mp4"]]
    p = parse("trim the footage, add subtitles, and export as MP4", "en", one, sample_draft())
    assert ops(p) == [{"op": "trim_dead_air"}, {"op": "add_subtitles"}]
    assert p.export == {"format": "mp4"}
    assert p.question is None and p.refusal is None


def test_seed_request_with_several_clips_puts_them_all_on_and_trims_each() -> None:
    # the engine seeds only the first uploaded video; the person means all the footage
    p = parse("trim the footage, add subtitles, and export as MP4", "en", MEDIA, sample_draft())
    assert ops(p) == [
        {"op": "concat", "media_ids": ["clip.mp4", "b.mp4", "c.mp4"]},
        {"op": "trim_dead_air"},
        {"op": "add_subtitles"},
    ]
    # once the timeline was edited, the parser leaves the clips as they are
    edited = sample_draft(["clip.mp4", "b.mp4"])
    assert ops(parse("trim the footage", "en", MEDIA, edited)) == [{"op": "trim_dead_air"}]


def test_several_operations_in_one_sentence_keep_their_order() -> None:
    p = plan("cut the first 10 seconds, add subtitles, make it 9:16 and export as mp4")
    assert [o.op for o in p.ops] == ["trim", "add_subtitles", "set_aspect"]  # type: ignore[attr-defined]
    assert p.export == {"format": "mp4"}
    p = plan("add a title 'Hi' and some music, then speed it up 2x")
    assert [o.op for o in p.ops] == ["add_title", "add_music", "speed"]  # type: ignore[attr-defined]


def test_several_clips_concat_in_the_order_said() -> None:
    assert ops(plan("put c.mp4 first then b.mp4")) == [{"op": "concat", "media_ids": ["c.mp4", "b.mp4"]}]
    assert ops(plan("join b.mp4 and c.mp4")) == [{"op": "concat", "media_ids": ["b.mp4", "c.mp4"]}]


def test_music_clause_continuations_tune_the_music() -> None:
    assert ops(plan("add bgm, fade in 3s and fade out 3s")) == [
        {"op": "add_music", "media_id": "music.mp3", "fade_in_ms": 3000, "fade_out_ms": 3000}
    ]
    assert ops(plan("加背景音乐，音量百分之二十", language="zh-CN")) == [
        {"op": "add_music", "media_id": "music.mp3", "volume": 0.2}
    ]


@pytest.mark.parametrize(
    "text", ["make it better", "cut it", "edit", "make it pop", "优化一下", "add a title"]
)
def test_ambiguous_requests_ask_one_question_and_change_nothing(text: str) -> None:
    p = plan(text)
    assert p.question and not p.ops and p.export is None
    assert ("?" in p.question) or ("？" in p.question) or ("。" in p.question)


@pytest.mark.parametrize(
    "text",
    [
        "add a dragon flying over",
        "upload to youtube for me",
        "remove the guy in the background",
        "translate it to french",
        "加一条龙飞过去",
    ],
)
def test_impossible_requests_are_refused_plainly(text: str) -> None:
    p = plan(text)
    assert p.refusal and not p.ops and p.question is None


def test_refusal_next_to_a_doable_edit_keeps_the_edit() -> None:
    p = plan("add subtitles and upload it to youtube")
    assert [o.op for o in p.ops] == ["add_subtitles"]  # type: ignore[attr-defined]
    assert p.refusal and "upload" in p.refusal


def test_missing_upload_is_said_plainly() -> None:
    p = parse("add background music", "en", [SAMPLE_MEDIA["clip.mp4"]], sample_draft())
    assert not p.ops and p.refusal and "upload" in p.refusal


def test_chinese_session_questions_are_in_chinese() -> None:
    p = plan("弄好看一点", language="zh-CN")
    assert p.question and any("\u4e00" <= ch <= "\u9fff" for ch in p.question)


def test_parse_is_deterministic_and_does_not_touch_the_draft() -> None:
    draft = sample_draft()
    snapshot = repr(draft)
    a = plan("cut the first 10 seconds and add a title 'X'", draft)
    b = plan("cut the first 10 seconds and add a title 'X'", draft)
    assert ops(a) == ops(b) and repr(draft) == snapshot


def test_a_fade_after_a_music_change_fades_the_music() -> None:
    p = plan("music volume 20%, then fade in 2s", sample_draft(music="music.mp3"))
    assert ops(p) == [
        {"op": "set_volume", "track": "bgm", "volume": 0.2},
        {"op": "fade_music", "fade_in_ms": 2000},
    ]
    p = plan("add a title 'My Vlog' and fade in")
    assert ops(p)[-1] == {"op": "fade", "fade_in_ms": 1000}


WORDS = [
    "cut",
    "trim",
    "keep",
    "remove",
    "first",
    "last",
    "10",
    "seconds",
    "0:30",
    "to",
    "1:45",
    "add",
    "title",
    "'hi'",
    "music",
    "30%",
    "make",
    "it",
    "9:16",
    "tiktok",
    "subtitles",
    "export",
    "mp4",
    "and",
    "then",
    ",",
    ".",
    "前",
    "十",
    "秒",
    "剪掉",
    "从",
    "到",
    "保留",
    "字幕",
    "导出",
    "speed",
    "2x",
    "slow",
    "clip",
    "second",
    "third",
    "move",
    "start",
    "undo",
    "version",
    "3",
    "fade",
    "in",
    "out",
    "logo.png",
    "b.mp4",
    "rotate",
    "flip",
    "black",
    "white",
    "louder",
    "gif",
    "at",
    "for",
    "each",
    "-40",
    "db",
    "%",
    "x",
    "‹",
    "§",
    "⟦0⟧",
    '"',
    "'",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=14).map(" ".join) | st.text(max_size=60))
def test_any_text_gets_a_plan_a_question_a_refusal_or_an_answer(text: str) -> None:
    p = plan(text, THREE)
    assert p.ops or p.export is not None or p.question or p.refusal or p.answer
    assert not (p.question and p.ops)
    assert not (p.answer and (p.ops or p.export is not None or p.question))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # start / end at a time, said of the video
        ("end the clip at 0:42", [{"op": "keep_range", "end_ms": 42_000}]),
        ("finish the video by 1:00", [{"op": "keep_range", "end_ms": 60_000}]),
        ("begin this at 0:07", [{"op": "trim", "head_ms": 7_000}]),
        ("start the whole thing from 12 seconds", [{"op": "trim", "head_ms": 12_000}]),
        ("start at 0:10 and end at 0:50", [{"op": "keep_range", "start_ms": 10_000, "end_ms": 50_000}]),
        ("end it at 0:50, start it at 0:10", [{"op": "keep_range", "start_ms": 10_000, "end_ms": 50_000}]),
        ("从10秒开始，到50秒结束", [{"op": "keep_range", "start_ms": 10_000, "end_ms": 50_000}]),
        ("把前面6秒删掉", [{"op": "trim", "head_ms": 6_000}]),
        ("后面5秒不要", [{"op": "trim", "tail_ms": 5_000}]),
        ("cut 0:03 untill 0:09", [{"op": "remove_range", "start_ms": 3_000, "end_ms": 9_000}]),
        # several values in one operation
        ("split at 0:05 and 0:40", [{"op": "split", "at_ms": 5_000}, {"op": "split", "at_ms": 40_000}]),
        (
            "split it at 10s, 20s and 30s",
            [{"op": "split", "at_ms": 10_000}, {"op": "split", "at_ms": 20_000},
             {"op": "split", "at_ms": 30_000}],
        ),
        ("在第5秒和第40秒切开", [{"op": "split", "at_ms": 5_000}, {"op": "split", "at_ms": 40_000}]),
        # clips by number or by name
        ("remove clip number 3", [{"op": "delete_segment", "index": 3}]),
        ("duplicate clip num 1", [{"op": "duplicate_segment", "index": 1}]),
        ("move clip number 2 to the start", [{"op": "move_segment", "index": 2, "to_index": 1}]),
        ("swap b.mp4 and c.mp4", [{"op": "reorder", "order": [1, 3, 2]}]),
        ("删掉第三个片段", [{"op": "delete_segment", "index": 3}]),
        # colour said as how it looks now, and spelling variants
        ("make it gray-scale", [{"op": "color", "gray": True}]),
        ("black n white please", [{"op": "color", "gray": True}]),
        ("the picture is a bit dark", [{"op": "color", "brightness": 0.15}]),
        ("its overexposed", [{"op": "color", "brightness": -0.15}]),
        ("画面有点暗", [{"op": "color", "brightness": 0.15}]),
        ("画面太亮了", [{"op": "color", "brightness": -0.15}]),
        # loudness said as how it sounds now
        ("the music is way too loud", [{"op": "set_volume", "track": "bgm", "volume": 0.175}]),
        ("the voice is too quiet", [{"op": "set_volume", "volume": 1.5}]),
        ("背景音乐太吵了", [{"op": "set_volume", "track": "bgm", "volume": 0.175}]),
        # fades with the object in the middle or the length said apart
        ("fade it out over 4 seconds", [{"op": "fade", "fade_out_ms": 4_000}]),
        ("fade to black at the very end over 2s", [{"op": "fade", "fade_out_ms": 2_000}]),
        ("add music.mp3 and fade it in", [{"op": "add_music", "media_id": "music.mp3", "fade_in_ms": 2_000}]),
        (
            "put music.mp3 under it, keep it quiet",
            [{"op": "add_music", "media_id": "music.mp3", "volume": 0.15}],
        ),
        # speech words are not on-screen text
        ("cut the pauses but keep 0.3s around words", [{"op": "remove_silences", "margin_ms": 300}]),
    ],
)
def test_general_patterns_from_blind_sets(text: str, expected: list[dict[str, Any]]) -> None:
    assert ops(plan(text, THREE)) == expected


@pytest.mark.parametrize(
    "text",
    ["make the grass greener", "email it to my professor", "share it with my class on whatsapp",
     "把背景换成雪山", "帮我把人抠出来"],
)
def test_more_impossible_requests_are_refused(text: str) -> None:
    p = plan(text)
    assert p.refusal and not p.ops and p.question is None


def test_deleting_every_clip_while_naming_others_is_asked_not_applied() -> None:
    """An empty timeline is never the result of a request that names clips to keep."""
    from vidai_nb.engine.agent import semantics
    from vidai_nb.engine.agent.context import ParseContext
    from vidai_nb.engine.ops import schemas as s

    ctx = ParseContext(media=MEDIA, draft=sample_draft(), quotes=[], chinese=False)
    misread = Plan(ops=[s.DeleteSegment(index=1)])
    semantics.empty_guard(misread, ctx, "delete clip.mp4, i just want b.mp4 then c.mp4", False)
    assert misread.ops == [] and misread.question and "b.mp4" in misread.question
    alone = Plan(ops=[s.DeleteSegment(index=1)])  # nothing else named: the deletion said stands
    semantics.empty_guard(alone, ctx, "delete clip.mp4", False)
    assert ops(alone) == [{"op": "delete_segment", "index": 1}]
    # read as the person means it: the clip said to go is not joined, the ones named are, in that order
    assert ops(plan("delete clip.mp4, i just want c.mp4 then b.mp4 stitched together")) == [
        {"op": "concat", "media_ids": ["c.mp4", "b.mp4"]}]


@pytest.mark.parametrize(("text", "expected"), [
    # b.mp4 plays from 1:00 to 1:30 and c.mp4 from 1:30 to 1:50 on THREE's timeline
    ("remove the first 10 s of b.mp4", (60000, 70000)),
    ("cut the last 3 seconds of the second clip", (87000, 90000)),
    ("把b.mp4的前5秒剪掉", (60000, 65000)),
    ("delete 0:02-0:04 of c.mp4", (92000, 94000)),
    ("remove from 1:05 to 1:20 (thats inside b.mp4 i think)", (65000, 80000)),  # programme times kept
])
def test_a_range_said_of_one_clip_is_cut_where_that_clip_plays(text: str, expected: tuple[int, int]) -> None:
    p = plan(text, THREE)
    assert p.question is None
    assert ops(p) == [{"op": "remove_range", "start_ms": expected[0], "end_ms": expected[1]}]


def test_a_range_longer_than_the_clip_it_is_said_of_is_asked_not_cut_elsewhere() -> None:
    p = plan("cut the first 40 seconds of c.mp4", THREE)
    assert not p.ops and p.question and "c.mp4" in p.question


def test_an_end_said_to_stay_and_then_named_is_not_cut() -> None:
    p = plan("remove the silences but dont touch the silence at the very beginning, thats my intro")
    assert ops(p) == [{"op": "remove_silences", "keep_ends": "start"}]
    p = plan("去掉所有停顿，但开头的静音别动，那是我的片头", language="zh")
    assert ops(p) == [{"op": "remove_silences", "keep_ends": "start"}]


def test_this_one_with_several_clips_is_asked_about_not_applied_to_the_whole() -> None:
    three = sample_draft(["clip.mp4", "b.mp4", "c.mp4"])
    for text in ("slow down this one", "make that clip black and white", "speed this one up"):
        p = plan(text, three)
        assert p.ops == [] and p.question and "b.mp4" in p.question, text
    # one clip on the timeline: "this one" is it, and "one" is no number left unread
    alone = plan("slow down this one")
    assert ops(alone) == [{"op": "speed", "factor": 0.75}] and not alone.notes
    # a clip named by its bare letter after the speed verb: only that clip
    assert ops(plan("slow down b", three)) == [{"op": "speed", "factor": 0.75, "index": 2}]


@pytest.mark.parametrize("text", ["add subtitles and give me a separate srt",
                                  "加字幕，再单独导出一个srt文件"])
def test_subtitles_burned_in_and_a_file_too_are_one_set(text: str) -> None:
    assert ops(plan(text, language="zh" if "字幕" in text else "en")) == [
        {"op": "add_subtitles", "sidecar": "srt"}]


@pytest.mark.parametrize("text", [
    "please:\n- add the text 'Link in bio' for the last 5 seconds\n- fade out 1s at the end",
    "1. add the text 'Link in bio' for the last 5 seconds\n2. fade out 1s at the end"])
def test_a_list_one_edit_a_line_reads_every_line(text: str) -> None:
    assert ops(plan(text)) == [{"op": "add_text", "text": "Link in bio", "start_ms": 55000, "end_ms": 60000},
                               {"op": "fade", "fade_out_ms": 1000}]


def test_a_take_back_ending_the_turn_undoes_and_one_said_after_an_edit_cancels_it() -> None:
    assert ops(plan("ugh that looks bad, scratch that")) == [{"op": "undo"}]
    p = plan("trim the first 5 seconds, scratch that")
    assert p.ops == [] and p.answer


@pytest.mark.parametrize("text", ["will a watermark hurt our reach on reels? asking for the church page",
                                  "can i undo more than one step at a time or just the last thing",
                                  "before i do anything — how would u make a vertical clip from a stream?",
                                  "请问抖音对视频时长有限制吗", "微课平台限制50MB，导出用720p够不够清楚？",
                                  "可以撤销几步？"])
def test_questions_about_effects_limits_and_undo_are_answered_and_edit_nothing(text: str) -> None:
    p = plan(text, language="zh" if re.search(r"[\u4e00-\u9fff]", text) else "en")
    assert p.answer and p.ops == [] and p.export is None and not p.question and not p.refusal


def test_answers_are_on_the_topic_asked() -> None:
    assert "30 fps" in (plan("quick q before i export — is clip.mp4 shot at 30fps or 60?").answer or "")
    assert "16:9" in (plan("for a conference demo of our prototype is 16:9 still the norm or do ppl do "
                           "square now").answer or "")
    assert "undo 3 times" in (plan("can i undo several steps or only the last one").answer or "")
    assert "50MB" in (plan("微课平台限制50MB，导出用720p够不够清楚？", language="zh").answer or "")
    # the speech handed over as text is the transcript, not text on the picture
    for text in ("can u paste what i actually say in the vid as text? i need the words for my notes",
                 "把字幕文本给我看看（转写的那个）"):
        assert plan(text).show == "transcript", text


@pytest.mark.parametrize("text", ["erase the for sale sign in the yard shots",
                                  "change the color of the car in the driveway to white",
                                  "take the vocals out of the song but keep the drums",
                                  "schedule this to post on tiktok 6pm tomorrow", "autotune my vocals pls",
                                  "blur the background behind the pastor like portrait mode on iphone"])
def test_impossible_asks_are_refused_not_asked_or_edited(text: str) -> None:
    p = plan(text)
    assert p.refusal and p.ops == [] and not p.question, text


def test_vague_or_partless_requests_ask_and_change_nothing() -> None:
    for text in ("trim it", "slow down where the guitar solo starts", "do your magic on this one",
                 "client says it looks amateur, can u make the whole thing look more pro",
                 "this is dragging on way too long for insta, cut it down some"):
        p = plan(text)
        assert p.question and p.ops == [], text
    assert "slow down 0:10" in (plan("slow down where the guitar solo starts").question or "")
    assert "normalize" in (plan("do your magic on this one").question or "")
    # the raw footage's ends are still tidied when the footage is what is trimmed
    assert ops(plan("trim the footage"))[-1] == {"op": "trim_dead_air"}
    # someone's words reported are not text to show
    assert ops(plan("my teacher says the audio is too quiet, turn it up")) == [
        {"op": "set_volume", "volume": 1.5}]


def test_a_want_of_a_cut_is_no_keep_and_half_speed_is_no_half_length() -> None:
    # "only want" before a cut verb says what goes, not what stays
    assert ops(plan("i only want to lose the opening 4 sec, the rest stays exactly as is")) == [
        {"op": "trim", "head_ms": 4000}]
    assert ops(plan("i only want the first 10 seconds")) == [
        {"op": "keep_range", "end_ms": 10000}]
    # "down to half speed": the half is the speed's; nothing is cut
    assert ops(plan("make it black and white and slow it down to half speed")) == [
        {"op": "color", "gray": True}, {"op": "speed", "factor": 0.5}]


def test_keep_them_after_a_take_back_cancels_the_cut_and_names_no_part() -> None:
    p = plan("remove the last 5 seconds? no wait keep them, just fade out over the last 5")
    assert ops(p) == [{"op": "fade", "fade_out_ms": 5000}] and not p.notes
    assert ops(plan("keep it under 30 seconds")) == [{"op": "keep_range", "end_ms": 30000}]


def test_a_chinese_count_after_a_bare_name_stays_apart_and_a_bare_jia_adds_the_file() -> None:
    assert chinese_numbers("拼接clip、b、c三个") == "拼接clip、b、c 3个"
    three = sample_draft(["clip.mp4"])
    p = parse("片头加 photo1.jpg 停2秒", "zh", list(SAMPLE_MEDIA.values()), three)
    assert ops(p) == [{"op": "add_clips", "media_ids": ["photo1.jpg"], "at": "start", "image_ms": 2000}]
    p = parse("拼接clip、b、c三个，中间加1秒转场", "zh", list(SAMPLE_MEDIA.values()), three)
    assert ops(p)[0] == {"op": "concat", "media_ids": ["clip.mp4", "b.mp4", "c.mp4"]}


@pytest.mark.parametrize(("text", "end"), [
    ("make it a 20 second teaser", 20000), ("make it 10 sec… actually 12", 12000),
    ("reel limit for my club is 15 sec so get the vid down to that", 15000),
    ("can u chop it so it's only 50% as long as now", 30000)])
def test_target_lengths_said_as_a_version_a_correction_a_limit_or_a_share(text: str, end: int) -> None:
    p = plan(text)
    assert ops(p) == [{"op": "keep_range", "end_ms": end}] and p.question is None


def test_a_platform_that_takes_a_length_is_the_reason_and_a_length_from_a_start_is_kept() -> None:
    assert ops(plan("抖音只要15s，帮我把视频截成15秒", language="zh")) == [
        {"op": "keep_range", "end_ms": 15000}]
    assert ops(plan("从25秒开始截10秒", language="zh")) == [
        {"op": "keep_range", "start_ms": 25000, "end_ms": 35000}]
    # a start said of a time is no head cut: only the 5 s from 0:08 go
    assert ops(plan("从8秒开始的5秒删掉", language="zh")) == [
        {"op": "remove_range", "start_ms": 8000, "end_ms": 13000}]
    assert ops(plan("just the final 6 secs pls, thats the punchline part")) == [
        {"op": "keep_range", "start_ms": 54000}]


def test_text_words_end_at_a_placing_sentence_or_a_bare_colour_and_a_slogan_is_named() -> None:
    assert ops(plan("text: Lesson 4 – Past Tense. put it top left the whole time"))[0]["text"] == \
        "Lesson 4 – Past Tense"
    assert ops(plan("在顶部加文字：关注我看更多，红色的", language="zh")) == [
        {"op": "add_text", "text": "关注我看更多", "pos": "top", "color": "#FF0000"}]
    assert ops(plan("put the word PRE-RELEASE in red across the center the entire vid")) == [
        {"op": "add_text", "text": "PRE-RELEASE", "pos": "center", "color": "#FF0000"}]


def test_subtitles_in_a_named_language() -> None:
    assert ops(plan("add subtitles in spanish, outline style")) == [
        {"op": "add_subtitles", "style": "outline", "language": "es"}]


def test_edits_that_were_asked_about_instead_of_done() -> None:
    # what a story said was muted is what "turn it back on" unmutes
    assert ops(plan("i muted the bg music by accident, turn it back on")) == [
        {"op": "mute", "track": "bgm", "muted": False}]
    assert ops(plan("关掉原声", language="zh")) == [{"op": "mute"}]
    # a range said again to be unwanted is the removal
    assert ops(plan("从00:00:20剪到结束都不要", language="zh")) == [
        {"op": "remove_range", "start_ms": 20000}]
    # a surplus said at each end is cut there
    assert ops(plan("头上多了1.5秒，尾巴多了半秒，都帮我剪了", language="zh")) == [
        {"op": "trim", "head_ms": 1500, "tail_ms": 500}]
    assert ops(plan("make a cut right at 7.5 sec so i can drop stuff in between")) == [
        {"op": "split", "at_ms": 7500}]
    three = sample_draft(["clip.mp4", "b.mp4", "c.mp4"])
    assert ops(plan("only clip #2 is too slow, double its speed and leave the others alone", three)) == [
        {"op": "speed", "factor": 2.0, "index": 2}]
    # the ends named by when the speech starts and stops are the silent ends
    assert ops(plan("trim it so it starts when the pastor starts talking and ends when he stops"))[-1] == {
        "op": "trim_dead_air"}
    # what stays said first, then what not to do: answered, nothing changed
    p = plan("速度保持原样就行，别给我加快", language="zh")
    assert p.answer and p.ops == [] and not p.question


def test_sound_targets_the_clip_the_music_kept_a_reason_and_a_music_fade() -> None:
    assert ops(plan("mute the original audio i want just the music")) == [{"op": "mute"}]
    assert ops(plan("mute everything but the music")) == [{"op": "mute"}]
    assert ops(plan("关掉原声", language="zh")) == [{"op": "mute"}]
    # no music is playing: "no music" beside another edit removes nothing
    assert ops(plan("no music pls, just subtitles")) == [{"op": "add_subtitles"}]
    # the complaint is why the loudness is fixed, not a second level change
    assert ops(plan("降噪+音量标准化，微课声音太小了", language="zh")) == [
        {"op": "denoise"}, {"op": "loudnorm"}]
    assert ops(plan("mute the clip audio, add music.mp3, fade music in 2s and out 3s")) == [
        {"op": "mute"}, {"op": "add_music", "media_id": "music.mp3", "fade_in_ms": 2000, "fade_out_ms": 3000}]
    assert ops(plan("i muted the bg music by accident, turn it back on")) == [
        {"op": "mute", "track": "bgm", "muted": False}]


def test_advice_is_answered_on_its_topic_and_sound_effects_are_refused() -> None:
    assert "legal advice" in (plan("is it bad if i use a song from tiktok?").answer or "")
    assert "jump cuts" in (plan("do jump cuts look bad in a lecture video?").answer or "")
    assert "undo" in (plan("can i export just one section of it?").answer or "")
    assert "24 fps" in (plan("is 24fps or 30fps better for a short film").answer or "")
    for text in ("add a laugh track", "add a whoosh sound effect on every transition",
                 "remove my ex from the video", "isolate my voice from the background music"):
        p = plan(text)
        assert p.refusal and p.ops == [], text
    assert "brighten 0:10" in (plan("make it brighter when the sun goes down").question or "")


def test_more_edit_phrasings_from_holdout18() -> None:
    assert ops(plan("cut everything i say about salary and then normalize")) == [
        {"op": "cut_sentences", "query": "salary"}, {"op": "loudnorm"}]
    assert ops(plan("wipe every bit of text off the video, titles and captions included")) == [
        {"op": "remove_text"}]
    assert ops(plan("from my srt file: 00:00:06,000 --> 00:00:09,500 — keep only that line's section")) == [
        {"op": "keep_range", "start_ms": 6000, "end_ms": 9500}]
    assert ops(plan("make a cut right at 7.5 sec (0:07.5) so i can drop stuff in between")) == [
        {"op": "split", "at_ms": 7500}]
    assert ops(plan("only clip #2 is too slow, double its speed and leave the others alone", THREE)) == [
        {"op": "speed", "factor": 2.0, "index": 2}]


def test_chinese_ends_said_as_too_much_a_part_to_the_end_and_a_point_before_another() -> None:
    assert ops(plan("头上多了1.5秒，尾巴多了半秒，都帮我剪了", language="zh")) == [
        {"op": "trim", "head_ms": 1500, "tail_ms": 500}]
    p = plan("从00:00:20剪到结束都不要", language="zh")
    assert ops(p) == [{"op": "remove_range", "start_ms": 20000}] and p.question is None
    assert ops(plan("在1分整的前10秒那里定格，停1秒半", language="zh")) == [
        {"op": "freeze_frame", "at_ms": 50000, "duration_ms": 1500}]
    # the first 10 s of the video stay a head cut
    assert ops(plan("视频的前10秒删掉", language="zh")) == [{"op": "trim", "head_ms": 10000}]


def test_a_chinese_platform_without_a_preset_takes_the_shape_said_and_sound_off_is_a_reason() -> None:
    assert ops(plan("快手发的：做成竖版，导出个封面第2秒", language="zh")) == [
        {"op": "set_aspect", "ratio": "9:16"}]
    assert ops(plan("小红书用，做成正方形", language="zh")) == [{"op": "set_aspect", "ratio": "1:1"}]
    assert ops(plan("做成抖音竖屏", language="zh")) == [{"op": "platform", "name": "tiktok"}]
    p = plan("my students watch with sound off so pls put captions on what im saying")
    assert ops(p) == [{"op": "add_subtitles"}] and not p.notes


def test_keep_it_after_an_edit_takes_it_back_and_a_look_kept_is_no_part_kept() -> None:
    p = plan("cut the first 5 seconds, no wait, keep them")
    assert p.ops == [] and p.answer and p.question is None
    assert ops(plan("mute the music? no, keep it and lower it to 20%", THREE)) == [
        {"op": "set_volume", "track": "bgm", "volume": 0.2}]
    # "keep it" with something of its own to keep is no take-back
    assert ops(plan("add music.mp3 but DON'T duck it under the voice, keep it constant")) == [
        {"op": "add_music", "media_id": "music.mp3"}]
    assert ops(plan("trim the first 2 seconds and keep it 9:16")) == [
        {"op": "trim", "head_ms": 2000}, {"op": "set_aspect", "ratio": "9:16"}]


def test_chinese_parts_named_by_content_ask_and_what_is_said_is_shown() -> None:
    p = plan("中间那个跳舞的地方慢放", language="zh")
    assert p.question and p.ops == []
    # "when i talk" is the ducking's, not a part to ask about
    assert ops(plan("背景音乐调到15%，我说话的时候再自动压低一点", language="zh"))[-1] == {"op": "duck_music"}
    assert plan("能告诉我视频里说了什么吗", language="zh").show == "transcript"
    assert plan("给我的声音加个混响", language="zh").refusal


def test_holdout19_edit_classes() -> None:
    # black at an end is dead air; "slice … at T" is a split; a thumb over the lens is no thumbnail
    assert ops(plan("lose the black at the start and end (the lens cap bits)")) == [{"op": "trim_dead_air"}]
    assert ops(plan("slice it at 0:40")) == [{"op": "split", "at_ms": 40000}]
    p = plan("delete 00:00:12 - 00:00:18 thats my thumb over the lens")
    assert p.export is None and ops(p) == [{"op": "remove_range", "start_ms": 12000, "end_ms": 18000}]
    assert plan("make a thumb from 0:05").export == {"format": "jpg", "at_ms": 5000}
    # a freeze's length said after a comma; text put "there" after "skip to T" starts at T
    assert ops(plan("cut in a freeze at 0:09, 1 sec")) == [
        {"op": "freeze_frame", "at_ms": 9000, "duration_ms": 1000}]
    assert ops(plan("skip to 0:18 and put 'GOAL!!!' there for 3 sec")) == [
        {"op": "add_text", "text": "GOAL!!!", "start_ms": 18000, "end_ms": 21000}]


def test_a_keep_pointing_back_at_the_range_and_a_purpose_or_part_name_are_no_other_request() -> None:
    # "keep just that part" restates the range just named; it is no unread "keep"
    assert ops(plan("i only want from 0:20 to 0:45 can you keep just that part")) == [
        {"op": "keep_range", "start_ms": 20000, "end_ms": 45000}]
    assert ops(plan("只要第5秒到第12秒 保留那一段就行", language="zh")) == [
        {"op": "keep_range", "start_ms": 5000, "end_ms": 12000}]
    # a keep of something else still asks
    assert plan("cut 0:05 to 0:15 but keep the laugh").question
    # the live-stream room is what the loop is for; posting to a live stream is still refused
    p = plan("循环播放5遍 直播间背景用", language="zh")
    assert ops(p) == [{"op": "loop", "times": 5}] and not p.refusal
    assert plan("帮我直播这个视频", language="zh").refusal
    # "卡点那段" names the part; "跟着鼓点自动卡点" still asks for a beat sync that is not here
    p = plan("第二段放慢一半 舞蹈卡点那段", THREE, language="zh")
    assert ops(p) == [{"op": "speed", "factor": 0.5, "index": 2}] and not p.refusal
    assert plan("跟着音乐鼓点自动卡点", language="zh").refusal


def test_a_range_past_the_end_is_asked_about_and_music_sound_is_its_volume() -> None:
    p = plan("remove 1m05s to 1m10s")  # the sample video is 1:00 long
    assert p.question and "past its end" in p.question and p.ops == []
    assert ops(plan("remove 0:50 to 0:55")) == [{"op": "remove_range", "start_ms": 50000, "end_ms": 55000}]
    # (with music on the timeline: without any, a change of its level is said to have nothing to change)
    # (halved from the music's level, 0.35)
    assert ops(plan("把背景音乐声音减半", sample_draft(music="music.mp3"), language="zh")) == [
        {"op": "set_volume", "track": "bgm", "volume": 0.175}]


def test_voices_made_things_swapped_platform_marks_and_generated_footage_are_refused() -> None:
    for text, zh in (("make my cat say 'hello' in a human voice", False),
                     ("能不能把我说话的声音改成萝莉音", True),
                     ("把猫换成老虎", True), ("把背景里路过的人去掉", True),
                     ("how do i get the tiktok watermark off b.mp4, can you remove it", False),
                     ("generate b-roll of a sunset for the ending", False)):
        p = plan(text, language="zh" if zh else "en")
        assert p.refusal and p.ops == [] and p.question is None, text
    # the voice refusal says what can be done instead, in the request's language
    assert "文字" in (plan("把我的声音改成大叔音", language="zh").refusal or "")
    # the volume of a voice is an edit; an animal naming the footage is no imagery to invent
    assert ops(plan("把人声调成50%", THREE, language="zh")) != []
    p = plan("edit my dog video nicely")
    assert p.question and not p.refusal


def test_a_part_named_by_what_happens_in_it_is_asked_about() -> None:
    for text, zh in (("slow down the trick", False), ("狗狗摔倒那里慢放", True),
                     ("there's a dull stretch somewhere in the middle, make that go faster", False)):
        p = plan(text, language="zh" if zh else "en")
        assert p.question and p.ops == [], text
    # a part with its times is done
    assert ops(plan("slow down the trick at 0:10 to 0:15")) != []


def test_whether_a_thing_helps_asked_of_the_thing_is_answered_and_a_request_to_me_is_not() -> None:
    p = plan("can captions help my museum videos be accessible?")
    assert p.answer and p.ops == []
    assert ops(plan("can you add captions to help my museum videos be accessible?")) == [
        {"op": "add_subtitles"}]


def test_a_bare_qu_before_pauses_or_fillers_takes_them_out() -> None:
    assert [o["op"] for o in ops(plan("降噪 去停顿 去口头禅 三个都要", language="zh"))] == [
        "denoise", "remove_silences", "remove_fillers"]


def test_a_few_words_to_add_is_asked_about_and_how_many_is_still_a_question() -> None:
    p = plan("视频上帮我加几个字", language="zh")
    assert p.question and p.ops == [] and not p.answer
    assert plan("一共要加几个字幕？", language="zh").answer


def test_a_chinese_decimal_before_a_unit_is_one_number_and_a_bit_is_not() -> None:
    assert chinese_numbers("一点五倍") == "1.5倍"
    assert chinese_numbers("零点七五倍速") == "0.75倍速"
    assert chinese_numbers("1点5倍") == "1.5倍"
    assert chinese_numbers("快一点") == "快一点"  # "a bit faster": no digit after 点
    assert ops(plan("整体调快到一点五倍", language="zh")) == [{"op": "speed", "factor": 1.5}]
    assert ops(plan("两倍速吧 算了还是一点五倍", language="zh")) == [{"op": "speed", "factor": 1.5}]


def test_each_end_cut_by_the_same_time_with_ge() -> None:
    for text in ("头尾各剪三秒", "前后各去掉3秒", "片头片尾各剪3秒"):
        assert ops(plan(text, language="zh")) == [{"op": "trim", "head_ms": 3000, "tail_ms": 3000}], text


def test_an_end_named_first_then_its_length_then_that_it_goes() -> None:
    assert ops(plan("会议录屏开头大家在调麦 大概二十秒 帮我剪掉", language="zh")) == [
        {"op": "trim", "head_ms": 20_000}]
    assert ops(plan("结尾是致谢名单 差不多八秒 剪掉", language="zh")) == [{"op": "trim", "tail_ms": 8000}]
    # an end said to stay is not the one cut
    assert ops(plan("不要剪掉开头，只把结尾3秒删掉", language="zh")) == [{"op": "trim", "tail_ms": 3000}]


def test_a_part_said_to_stay_is_kept_and_jie_takes_a_part() -> None:
    assert ops(plan("15秒到32秒那段留着 其他的都不要了", language="zh")) == [
        {"op": "keep_range", "start_ms": 15_000, "end_ms": 32_000}]
    assert ops(plan("帮我截前九秒", language="zh")) == [{"op": "keep_range", "end_ms": 9000}]
    assert ops(plan("截掉前9秒", language="zh")) == [{"op": "trim", "head_ms": 9000}]


def test_a_most_said_of_the_length_keeps_that_much_and_a_video_within_it_is_left_alone() -> None:
    p = plan("老师要求作业视频不能超过半分钟 帮我弄短点", language="zh")
    assert ops(p) == [{"op": "keep_range", "end_ms": 30_000}] and p.notes  # which part, said
    p = plan("比赛要求不能超过2分钟", language="zh")  # the sample is 60 s
    assert p.ops == [] and not p.question and p.answer and "不用剪" in p.answer


def test_parts_cut_one_after_another_are_read_off_one_timeline() -> None:
    want = [{"op": "remove_ranges", "ranges": [{"start_ms": 10_000, "end_ms": 15_000},
                                               {"start_ms": 40_000, "end_ms": 45_000}]}]
    assert ops(plan("删掉10到15秒 还有40到45秒 这两段都不要", language="zh")) == want
    assert ops(plan("cut 0:10-0:15, then cut 0:40-0:45")) == want


def test_words_after_a_text_noun_and_a_space_are_the_text() -> None:
    assert ops(plan("开头加个标题 夕阳红舞蹈队新年汇演", language="zh")) == [
        {"op": "add_title", "text": "夕阳红舞蹈队新年汇演"}]
    [op] = ops(plan("第3秒到第8秒上面显示红色的 全场五折", language="zh"))
    assert (op["op"], op["text"], op["start_ms"], op["end_ms"], op["pos"], op["color"]) == (
        "add_text", "全场五折", 3000, 8000, "top", "#FF0000")
    # a title named with nothing after it is still asked about
    p = plan("加个标题 然后导出", language="zh")
    assert p.ops == [] and p.export is not None and any("标题要写什么" in n for n in p.notes)


def test_uneven_loudness_loops_counted_in_chinese_and_silent_places() -> None:
    assert ops(plan("几个人说话音量大小不一 统一下音量", language="zh")) == [{"op": "loudnorm"}]
    assert ops(plan("整个视频循环三遍", language="zh")) == [{"op": "loop", "times": 3}]
    assert ops(plan("第一段再来一遍", THREE, language="zh")) == [{"op": "duplicate_segment", "index": 1}]
    assert [o["op"] for o in ops(plan("嗯啊这些口水词去掉 没声音的地方也删了", language="zh"))] == [
        "remove_fillers", "remove_silences"]
    # the silent places of the ends named before them are those ends' dead air
    assert [o["op"] for o in ops(plan("把开头结尾黑屏还有没声音的地方去掉", language="zh"))] == [
        "trim_dead_air"]


def test_film_looks_are_refused_in_chinese_with_a_chinese_reason() -> None:
    for text in ("加个复古胶片颗粒感的滤镜", "给视频加个暗角", "画面做旧一点 泛黄那种"):
        p = plan(text, language="zh")
        assert p.refusal and p.ops == [] and re.search(r"[\u4e00-\u9fff]", p.refusal), text
    assert ops(plan("太快了看不清 放慢到零点五倍", language="zh")) == [{"op": "speed", "factor": 0.5}]


def test_a_place_word_typed_in_capitals_inside_capitals_is_part_of_the_words() -> None:
    assert ops(plan("put SOLD OUT — 0% LEFT in huge letters from 2s to 5s")) == [
        {"op": "add_text", "text": "SOLD OUT — 0% LEFT", "start_ms": 2000, "end_ms": 5000, "size": 128}]
    # a place said in lower case is where the words go
    assert ops(plan("put GAME OVER in big letters top left")) == [
        {"op": "add_text", "text": "GAME OVER", "pos": "top-left", "size": 96}]


def test_a_count_of_plays_is_the_loops_and_an_nx_with_a_speed_word_the_speeds() -> None:
    assert ops(plan("speed up 2x and loop it twice")) == [
        {"op": "speed", "factor": 2.0}, {"op": "loop"}]  # (twice is the default)
    assert ops(plan("slow it down 0.5x and loop it 4 times")) == [
        {"op": "speed", "factor": 0.5}, {"op": "loop", "times": 4}]
    assert ops(plan("loop it 3x")) == [{"op": "loop", "times": 3}]


def test_the_undo_said_to_be_the_mistake_is_a_redo() -> None:
    for text, lang in (("刚才那步撤销错了 恢复回来", "zh"), ("i shouldn't have undone that", "en")):
        assert ops(plan(text, language=lang)) == [{"op": "redo"}], text
    assert ops(plan("撤销", language="zh")) == [{"op": "undo"}]


def test_clips_by_their_place_each_said_with_where_it_goes_are_reordered() -> None:
    three = sample_draft(["clip.mp4", "b.mp4", "c.mp4"])
    assert ops(plan("rearrange so the 2nd clip plays first, then the 3rd, and the 1st goes last", three)) == [
        {"op": "reorder", "order": [2, 3, 1]}]
    assert ops(plan("重新排一下：第2段放最前面，然后第3段，第1段放最后", three, language="zh")) == [
        {"op": "reorder", "order": [2, 3, 1]}]
    # one clip moved is still a move
    assert [o["op"] for o in ops(plan("put the 3rd clip first", three))] == ["move_segment"]


def test_text_shown_during_the_freeze_takes_the_freezes_time() -> None:
    assert ops(plan("freeze at 0:04 for 3s and put 'WAIT' on screen during the freeze")) == [
        {"op": "freeze_frame", "at_ms": 4000, "duration_ms": 3000},
        {"op": "add_text", "text": "WAIT", "start_ms": 4000, "end_ms": 7000}]
    p = plan("freeze at 0:04 for 3s and put 'WAIT' on screen")
    assert ops(p)[1] == {"op": "add_text", "text": "WAIT"}


def test_a_resolution_changed_in_its_own_clause_before_the_export_is_the_pictures() -> None:
    p = plan("顺时针转90度，分辨率改成720p，然后导出", language="zh")
    assert ops(p) == [{"op": "rotate", "degrees": 90}, {"op": "resolution", "max_height": 720}]
    assert p.export == {"format": "mp4"}
    p = plan("导出720p的", language="zh")
    assert ops(p) == [] and p.export == {"format": "mp4", "resolution": "720p"}


def test_a_removal_verb_in_another_clause_is_not_the_titles() -> None:
    p = plan("去掉开头5秒，加背景音乐music.mp3，再加标题「猫主子的一天」，导出", language="zh")
    assert ops(p) == [{"op": "trim", "head_ms": 5000}, {"op": "add_music", "media_id": "music.mp3"},
                      {"op": "add_title", "text": "猫主子的一天"}]


def test_words_quoted_as_what_someone_says_are_the_reason_for_a_cut() -> None:
    assert ops(plan("chop like 4 secs off the start its just me saying 'is it recording??'")) == [
        {"op": "trim", "head_ms": 4000}]
    assert ops(plan("put me saying 'hello' on screen")) == [{"op": "add_text", "text": "hello"}]


def test_a_noise_too_loud_said_with_denoise_is_why_it_is_cleaned() -> None:
    assert ops(plan("厨房抽油烟机声音太吵了 能不能降个噪", language="zh")) == [{"op": "denoise"}]
    # the music too loud is still the music's
    assert [o["op"] for o in ops(plan("背景音乐太吵了 顺便降个噪", THREE, language="zh"))] == [
        "set_volume", "denoise"]


def test_a_gap_between_two_clips_closed_with_a_transition_removes_nothing() -> None:
    for text in ("kill the gap between b and c with a crossfade",
                 "remove the gap between clip 2 and 3 with a dissolve"):
        assert ops(plan(text, THREE)) == [{"op": "crossfade", "index": 3}], text
    # the pauses between sentences are still pauses
    assert [o["op"] for o in ops(plan("remove the pauses between sentences"))] == ["remove_silences"]


def test_a_clip_said_to_open_the_video_is_moved_to_the_front() -> None:
    assert ops(plan("the third clip should open the video", THREE)) == [
        {"op": "move_segment", "index": 3, "to_index": 1}]
    assert ops(plan("the first clip should close the video", THREE)) == [
        {"op": "move_segment", "index": 1, "to_index": 3}]


def test_the_half_after_a_split_said_in_the_request_is_the_second_piece() -> None:
    assert ops(plan("在0:30分割，把后半段删掉", language="zh")) == [
        {"op": "split", "at_ms": 30000}, {"op": "delete_segment", "index": 2}]
    assert ops(plan("split at 0:20 and delete the part before it")) == [
        {"op": "split", "at_ms": 20000}, {"op": "delete_segment", "index": 1}]


def test_a_bare_factor_after_a_speed_verb_is_the_speed() -> None:
    assert ops(plan("slow the last clip to 0.75", THREE)) == [{"op": "speed", "factor": 0.75, "index": 3}]
    # a number that is no speed (a time, a count) is not read as one
    assert ops(plan("slow it down at 1 point")) == [{"op": "speed", "factor": 0.75}]


def test_the_rest_said_to_stay_untouched_is_no_unknown_part_of_a_cut() -> None:
    p = plan("开头剪1.5秒 结尾剪0.5秒 别的不动哈", language="zh")
    assert ops(p) == [{"op": "trim", "head_ms": 1500, "tail_ms": 500}] and not p.question


def test_a_question_after_what_happened_is_answered_and_an_edit_before_it_is_not() -> None:
    for text in ("i bought song.mp3 off a stock site, am i ok to use it in an ad?",
                 "my clips look blocky after export, is that a bitrate thing",
                 "do reels and tiktoks use the same aspect ratio?",
                 "honest q: should i cut every um or does that sound robotic"):
        p = plan(text)
        assert p.answer and p.ops == [] and p.question is None, text
    # an edit said first stays an edit, whatever is asked after it; a complaint, then help asked of me,
    # is the edit the complaint names
    assert ops(plan("cut the first 5 seconds, is that ok?")) != []
    # (the logo over the video: with none there, its size is asked about - c29)
    logoed = apply(sample_draft(), parse_operation({"op": "add_logo", "media_id": "logo.png"}), SAMPLE_MEDIA)
    assert ops(plan("the logo is too big, is that fixable?", logoed)) != []
    # "i just want X" after a declined edit is X, not "nothing"
    assert ops(plan("dont add music, i just want captions")) == [{"op": "add_subtitles"}]
    assert plan("抖音和快手的视频比例一样吗", language="zh").answer


def test_people_clothes_skies_faces_and_songs_in_the_scene_are_refused_with_what_can_be_done() -> None:
    for text, zh in (("there's a man walking behind me at 0:12, can you remove him", False),
                     ("change my tank top to blue", False), ("turn the grey sky into a sunset", False),
                     ("take out the radio song playing in the gym", False),
                     ("后面那个路人能P掉吗", True), ("给小朋友的脸打码", True)):
        p = plan(text, language="zh" if zh else "en")
        assert p.refusal and p.ops == [] and p.question is None, text
    # faces: says what can be done instead
    assert "crop" in (plan("blur the kids faces").refusal or "")
    # text, titles and the added music are edits, not things in the picture; a reframe that follows the
    # face over a blurred background blurs no face
    assert plan("make the top text red").refusal is None
    for text, zh in (("make it vertical following the face with a blurred background", False),
                     ("竖屏跟着人脸模糊背景", True)):
        p = plan(text, language="zh" if zh else "en")
        assert p.refusal is None and ops(p) != [], text
    assert ops(plan("remove the music from the video", THREE)) == [{"op": "remove_music"}]


def test_a_hum_or_wind_in_the_background_is_noise_not_a_thing_in_the_picture() -> None:
    for text, zh in (("delete the background hum", False), ("删掉背景的风声", True)):
        p = plan(text, language="zh" if zh else "en")
        assert p.refusal is None and [o["op"] for o in ops(p)] == ["denoise"], text


def test_a_reason_or_what_a_part_shows_said_after_an_edit_refuses_nothing() -> None:
    p = plan("cap it at 720p so the upload doesnt take forever")
    assert p.refusal is None and ops(p) == [{"op": "resolution", "max_height": 720}]
    # how fast the upload goes is no speed change of the video
    assert ops(plan("make it 720p so the upload is quicker")) == [{"op": "resolution", "max_height": 720}]
    p = plan("delete 0:12-0:18, thats where the dog runs in")
    assert p.refusal is None and ops(p) == [{"op": "remove_range", "start_ms": 12000, "end_ms": 18000}]
    # asked to post it is still refused, also with a reason after it
    assert plan("post it to my youtube").refusal
    assert plan("upload it to youtube so people can share it").refusal


def test_vague_music_parts_by_feeling_and_quoted_looks_are_asked_about() -> None:
    for text in ("make the music better idk", "slow down the cool bit",
                 "make it feel more cinematic, they want that 'film' look"):
        p = plan(text)
        assert p.question and p.ops == [], text
    # a quoted text with a style word is still the text
    assert ops(plan("write 'Now live' boxed style bottom"))[0]["op"] == "add_text"


def test_a_declined_edit_then_only_asking_changes_nothing() -> None:
    for text, zh in (("dont speed anything up, i just wanted to know if i could", False),
                     ("别加字幕，我就问问", True)):
        p = plan(text, language="zh" if zh else "en")
        assert p.ops == [] and p.question is None and p.refusal is None and p.answer, text


def test_whether_to_make_an_edit_is_answered_with_how_to_ask_for_it_and_nothing_is_changed() -> None:
    p = plan("the start feels slow, should I add the title 'Day One'?")
    assert p.ops == [] and p.question is None and "“add the title 'Day One'”" in (p.answer or "")
    # 要不要 asks whether to; it is never 不要 ("don't"), so no title is taken off
    for text in ("要不要加个标题", "该不该把结尾剪掉2秒"):
        p = plan(text, THREE, language="zh")
        assert p.ops == [] and p.answer, text
    assert "把结尾剪掉2秒" in (plan("该不该把结尾剪掉2秒", language="zh").answer or "")


def test_half_of_a_colour_property_taken_away_is_that_property_halved() -> None:
    assert ops(plan("remove about half the saturation, its way too neon")) == [
        {"op": "color", "saturation": 0.5}]
    # the 和 of 饱和度 joins nothing: the lowering said after it is the saturation's
    assert ops(plan("饱和度降一半", language="zh")) == [{"op": "color", "saturation": 0.5}]
    assert ops(plan("饱和度和对比度都调高", language="zh")) == [
        {"op": "color", "contrast": 1.2, "saturation": 1.3}]


def test_a_plus_between_two_edits_joins_them_and_a_voice_named_for_ducking_is_the_ducks() -> None:
    assert [o["op"] for o in ops(plan("denoise + duck the music under my voice pls"))] == [
        "denoise", "duck_music"]
    assert ops(plan("brightness +0.1 and saturation 1.3")) == [
        {"op": "color", "brightness": 0.1, "saturation": 1.3}]


def test_a_transition_said_of_them_after_a_swap_goes_between_the_two_clips_swapped() -> None:
    assert ops(plan("swap clip 1 and 2, then crossfade them 1 sec", THREE)) == [
        {"op": "reorder", "order": [2, 1, 3]}, {"op": "crossfade", "duration_ms": 1000, "index": 2}]
    # clips named for the swap are not where the transition goes
    assert ops(plan("swap clips 2 and 3 and add a dissolve between them", THREE)) == [
        {"op": "reorder", "order": [1, 3, 2]}, {"op": "crossfade", "index": 3}]


def test_a_title_changed_after_a_colon_keeps_its_words_and_a_bare_length_after_them_is_how_long() -> None:
    assert ops(plan("change the title to: Grand Opening Weekend")) == [
        {"op": "remove_text", "track": "title"}, {"op": "add_title", "text": "Grand Opening Weekend"}]
    assert ops(plan("title should say Thank You Volunteers! in a box, 5 seconds")) == [
        {"op": "add_title", "text": "Thank You Volunteers!", "end_ms": 5000, "style": "boxed"}]
    assert ops(plan("标题「三年二班 运动会」放5秒", language="zh")) == [
        {"op": "add_title", "text": "三年二班 运动会", "end_ms": 5000}]


def test_a_clause_said_instead_takes_back_the_one_before_it() -> None:
    assert ops(plan("remove the music at the very start, fade it in over 4 sec instead", THREE)) == [
        {"op": "fade_music", "fade_in_ms": 4000}]
    # an edit said earlier, not in the clause before, stays
    p = plan("add subtitles. mute the music, turn it down to 10% instead", THREE)
    assert [o["op"] for o in ops(p)] == ["add_subtitles", "set_volume"]


def test_a_bare_keep_after_a_take_back_keeps_everything_as_it_was() -> None:
    # never the part from 0:10 kept (the times said before the marker joined to the keep after it)
    p = plan("mute from 0:10... actually no, keep the sound")
    assert p.ops == [] and p.answer and not p.question
    assert ops(plan("delete the music - scratch that, keep it and lower it to 25%", THREE)) == [
        {"op": "set_volume", "track": "bgm", "volume": 0.25}]


def test_the_saved_versions_asked_for_are_shown_and_going_back_is_still_a_restore() -> None:
    for text, lang in (("can you list the versions i've got saved so far", "en"), ("有哪些版本", "zh")):
        p = plan(text, language=lang)
        assert p.answer and p.show == "versions" and p.ops == [], text
    assert ops(plan("go back to version 2")) == [{"op": "restore_version", "version": 2}]


def test_which_looks_better_then_a_remark_is_answered() -> None:
    p = plan("crossfade vs hard cut - which looks better for a travel montage? never know what to pick")
    assert p.answer and p.ops == [] and p.refusal is None


def test_a_bare_fade_placed_at_an_end_fades_that_end() -> None:
    assert ops(plan("add a fade at the end")) == [{"op": "fade", "fade_out_ms": 1000}]
    assert ops(plan("put a 2 second fade at the very beginning")) == [{"op": "fade", "fade_in_ms": 2000}]
    assert not any(o["op"] == "fade" for o in ops(plan("add a fade to the music at the end")))
    assert ops(plan("no fade at the end, just fade in 2s")) == [{"op": "fade", "fade_in_ms": 2000}]


def test_a_resolution_not_offered_is_asked_about_naming_those_that_are() -> None:
    for text, lang in (("drop it to 480p", "en"), ("分辨率改成360p", "zh")):
        p = plan(text, language=lang)
        assert p.ops == [] and p.question is not None and "720p" in p.question and "1080p" in p.question
    p = plan("export it at 480p")
    assert p.export is None and p.question is not None and "720p" in p.question


def test_how_the_footage_was_filmed_is_no_second_reframe() -> None:
    assert ops(plan("i filmed it vertically, can it be 16:9?")) == [{"op": "set_aspect", "ratio": "16:9"}]
    assert ops(plan("我是竖着拍的，能改成横屏16:9吗", language="zh")) == [
        {"op": "set_aspect", "ratio": "16:9"}]
    assert ops(plan("make it vertical")) == [{"op": "set_aspect", "ratio": "9:16"}]


def test_just_asking_before_the_question_is_answered_with_the_thing_asked_about() -> None:
    p = plan("别加音乐，我就问问字幕能不能加", language="zh")
    assert p.ops == [] and p.answer is not None and "字幕" in p.answer and "音乐" not in p.answer
    p = plan("don't add music, i'm just asking whether subtitles can be added")
    assert p.ops == [] and p.answer is not None and "subtitles" in p.answer


def test_put_it_back_after_an_undo_said_to_be_a_mistake_is_the_redo() -> None:
    p = plan("accidentally undid that, put it back")
    assert ops(p) == [{"op": "redo"}] and p.notes == []


def test_music_too_loud_with_none_playing_adds_none_and_says_so() -> None:
    p = plan("the music is too loud, also denoise my voice")
    assert ops(p) == [{"op": "denoise"}]
    assert any("no background music" in n for n in p.notes)
    assert not any(o["op"] in ("add_music", "set_volume")
                   for o in ops(plan("the bgm is too loud, add subtitles")))


def test_an_order_after_a_question_is_done() -> None:
    assert ops(plan("which looks better? cut the first 3 seconds")) == [{"op": "trim", "head_ms": 3000}]
    assert plan("which looks better, a fade or a cut?").answer is not None


def test_text_attributes_each_in_a_comma_clause_reach_the_text() -> None:
    got = ops(plan("title 'SALE' size 150, red, plain style, 0:00–0:02"))
    assert got == [{"op": "add_title", "text": "SALE", "end_ms": 2000, "size": 150,
                    "color": "#FF0000", "style": "plain"}]


def test_an_animal_sound_taken_out_is_refused_as_one_sound_not_as_imagery() -> None:
    p = plan("remove the dog barking")
    assert p.ops == [] and p.refusal is not None and "denoise" in p.refusal and "imagery" not in p.refusal
    assert "imagery" in (plan("put a dog sticker on it").refusal or "")


def test_a_version_named_by_its_ordinal_word_is_restored() -> None:
    assert ops(plan("revert to the first version")) == [{"op": "restore_version", "version": 1}]
    assert ops(plan("go back to the 2nd version")) == [{"op": "restore_version", "version": 2}]


def test_throw_away_verbs_and_up_to_ranges_cut() -> None:
    # (everything after 0:48 goes: kept as the part before it, or removed from there to the end)
    assert ops(plan("bin everything after 0:48")) in (
        [{"op": "keep_range", "end_ms": 48000}], [{"op": "remove_range", "start_ms": 48000}])
    assert ops(plan("cut from 12s up to 19s")) == [{"op": "remove_range", "start_ms": 12000, "end_ms": 19000}]


def test_a_value_right_after_brighten_or_saturate_is_that_value() -> None:
    got = ops(plan("brighten +0.1 and saturate 1.2"))
    assert got == [{"op": "color", "brightness": 0.1, "saturation": 1.2}]


def test_text_placement_words_and_dash_before_the_time() -> None:
    got = ops(plan("put 'Wall Slides' centred"))
    assert got == [{"op": "add_text", "text": "Wall Slides", "pos": "center"}]
    assert ops(plan("text: Subscribe for more — from 50s to the end")) == [
        {"op": "add_text", "text": "Subscribe for more", "start_ms": 50000}]


def test_subtitles_in_their_own_part_beside_a_quoted_title_are_added_too() -> None:
    assert ops(plan("title 'Knee Rehab' top, then subtitles")) == [
        {"op": "add_title", "text": "Knee Rehab", "pos": "top"}, {"op": "add_subtitles"}]
    # the quote in the subtitles' own part is still their text, not a transcription
    assert ops(plan("caption 'Hello' at the top")) == [{"op": "add_text", "text": "Hello", "pos": "top"}]


def test_say_before_a_bare_amount_is_for_example_not_text() -> None:
    got = ops(plan("music at -6db-ish, say 50%", sample_draft(music="music.mp3")))
    assert got == [{"op": "set_volume", "track": "bgm", "volume": 0.5}]
    assert ops(plan("add text that says 50%")) == [{"op": "add_text", "text": "50%"}]


def test_a_plus_between_edits_keeps_each_edits_position_its_own() -> None:
    got = ops(plan("logo top right + title 'Annual Safety Briefing'"))
    assert got == [{"op": "add_logo", "media_id": "logo.png"},
                   {"op": "add_title", "text": "Annual Safety Briefing"}]


def test_a_shorter_version_named_bare_keeps_the_start_unless_another_part_is_named() -> None:
    got = ops(plan("10 second teaser for the conference, from the start is fine"))
    assert got == [{"op": "keep_range", "end_ms": 10000}]
    # another part named: never the start - the end named is what is kept (the last 10 s of the 60 s sample)
    assert ops(plan("10 second teaser of the end")) == [{"op": "keep_range", "start_ms": 50000}]


def test_a_bare_effect_or_words_asked_for_are_asked_about_not_refused() -> None:
    assert plan("add some effects").question and "fades" in (plan("add some effects").question or "")
    assert plan("加个爆炸特效", language="zh").refusal is not None  # a named effect made up is refused
    p = plan("画面上整几个字上去", language="zh")
    assert p.ops == [] and p.question and "写什么字" in p.question


def test_a_logo_put_somewhere_asks_where_unless_the_place_is_left_to_me() -> None:
    p = plan("put the logo somewhere")
    assert p.ops == [] and p.question and "top right" in p.question
    assert [o["op"] for o in ops(plan("put the logo somewhere, you pick"))] == ["add_logo"]
    assert [o["op"] for o in ops(plan("put the logo in the corner"))] == ["add_logo"]


def test_colour_for_one_thing_in_the_picture_is_asked_about() -> None:
    p = plan("can you make the colours pop on the bike but not the sky")
    assert p.ops == [] and p.question and "whole picture" in p.question
    assert [o["op"] for o in ops(plan("make the colours pop"))] == ["color"]


def test_whether_it_can_be_done_at_all_and_where_things_are_are_answered() -> None:
    for text, lang in [("my recording has a hum, can that even be fixed or is it ruined", "en"),
                       ("asmr folks: does normalising the audio ruin the quiet sounds? asking before i do it",
                        "en"),
                       ("视频导出后在哪找", "zh"), ("gif能带声音不", "zh"),
                       ("添加配乐是不是都得花钱买版权？用流行歌会被下架吗", "zh")]:
        p = plan(text, language=lang)
        assert p.answer and not p.ops and p.export is None and p.question is None, text
    assert "GIF" in (plan("gif能带声音不", language="zh").answer or "")
    assert "版权" not in (plan("这个工具收费吗", language="zh").answer or "")
    assert [o["op"] for o in ops(plan("editors: cut the first 3 seconds"))] == ["trim"]


def test_what_was_said_listed_is_the_transcript_and_picture_edits_of_people_are_refused() -> None:
    for text, lang in [("can you show me what was said in the clip? i need a quote", "en"),
                       ("能把视频里老师讲的话给我列出来吗", "zh")]:
        p = plan(text, language=lang)
        assert p.show == "transcript" and not p.ops, text
    assert plan("show what was said as subtitles").show != "transcript"
    for text, lang, word in [("make the speaker look at the camera instead of his notes", "en", "picture"),
                             ("zoom in and enhance the whiteboard so we can read it", "en", "detail"),
                             ("把车牌号去掉", "zh", "画面")]:
        p = plan(text, language=lang)
        assert p.refusal and word in p.refusal and not p.ops and p.question is None, text


def test_a_noun_made_from_a_known_verb_is_searched_as_said() -> None:
    # "merger" is no typo of "merge": the search looks for what was said, not a shorter word
    assert ops(plan("cut the part where he talks about the merger"))[0]["query"] == "merger"
    assert ops(plan("remove the part about the mixers"))[0]["query"] == "mixers"
    assert ops(plan("add subtitels"))[0]["op"] == "add_subtitles"  # a real typo is still fixed


def test_a_length_said_on_its_own_after_the_reading_is_its_length() -> None:
    got = ops(plan("put photo1.jpg before the video as an opening card, 4 sec"))
    assert got == [{"op": "add_clips", "media_ids": ["photo1.jpg"], "at": "start", "image_ms": 4000}]
    assert ops(plan("cut to black at the end, slowly, like 2 sec")) == [{"op": "fade", "fade_out_ms": 2000}]
    # only a time said alone, at the end, after a comma: not one of several, not a time said inside
    assert lone_length("add it at the end, §4000§") == 4000
    assert lone_length("cut §1000§ to §3000§, §4000§") is None
    assert lone_length("fade out at §2000§ slowly") is None


def test_ordinary_words_are_no_typos_of_keywords() -> None:
    # "round" is not "sound", "reader" is not "render": a turn by an angle, a freeze with no export
    assert ops(plan("its upside down, flip it round 180")) == [{"op": "rotate", "degrees": 180}]
    p = plan("hold the frame at 0:09 for 3 secs so the reader can see the diagram")
    assert p.export is None and [o["op"] for o in ops(p)] == ["freeze_frame"]


def test_zhihou_after_a_time_is_the_point_not_then() -> None:
    # "之后" right after a time is "after 0:12", not "and then": the clause is not split there
    assert ops(plan("只要第12秒之后的", language="zh-CN")) == [{"op": "keep_range", "start_ms": 12000}]
    assert [o["op"] for o in ops(plan("剪掉前3秒之后加字幕", language="zh-CN"))] == ["trim", "add_subtitles"]


def test_a_time_range_after_a_comma_is_when_the_text_shows_not_its_words() -> None:
    got = ops(plan("底部加一行字：关注我 每天分享，10秒到20秒", language="zh-CN"))
    assert got == [{"op": "add_text", "text": "关注我 每天分享", "start_ms": 10000, "end_ms": 20000}]


def test_a_clips_start_is_the_cut_into_it_and_jiduan_zhijian_asks_nothing() -> None:
    assert ops(plan("只在第二段开头加转场", THREE, "zh-CN")) == [{"op": "crossfade", "index": 2}]
    p = plan("几段之间加转场，叠化那种", THREE, "zh-CN")
    assert p.answer is None and [o["op"] for o in ops(p)] == ["crossfade"]
    assert plan("视频有几段？", THREE, "zh-CN").answer is not None


def test_colloquial_chinese_words_for_sound_slips_and_crop() -> None:
    # (track "main" is the default)
    assert ops(plan("原视频的声儿关了，背景音乐留着", THREE, "zh-CN")) == [{"op": "mute"}]
    assert [o["op"] for o in ops(plan("去掉口误", language="zh-CN"))] == ["remove_fillers"]
    assert ops(plan("改成9:16，裁切", language="zh-CN")) == [
        {"op": "set_aspect", "ratio": "9:16", "fit": "crop"}]


def test_a_platforms_audience_given_as_the_reason_applies_no_preset() -> None:
    assert ops(plan("控制在20秒以内，快手老铁没耐心", language="zh-CN")) == [
        {"op": "keep_range", "end_ms": 20000}]
    assert [o["op"] for o in ops(plan("改成抖音竖屏", language="zh-CN"))] == ["platform"]


def test_a_time_past_the_end_corrected_after_the_verb_keeps_the_verb() -> None:
    got = ops(plan("1分05秒到1分10秒删掉……哦视频才一分钟，那就50秒到55秒", language="zh-CN"))
    assert got == [{"op": "remove_range", "start_ms": 50000, "end_ms": 55000}]


def test_letters_with_two_looks_are_text_not_a_question() -> None:
    # "in big red letters": a size and a colour before "letters" still mark the words before them as text
    p = plan("put BREAKING in big red letters from 0:02 till 0:06")
    assert p.question is None
    (op,) = p.ops
    assert (op.op, op.text, op.start_ms, op.end_ms, op.color, op.size) == (
        "add_text", "BREAKING", 2000, 6000, "#FF0000", 96)


@pytest.mark.parametrize("text", ["加个特效", "给视频加个特效", "来点特效吧"])
def test_a_bare_effect_is_asked_which_not_refused(text: str) -> None:
    # fades, transitions, speed, freeze and colour are effects made here; only made-up imagery is refused
    p = plan(text, language="zh-CN")
    assert p.refusal is None and not p.ops
    assert p.question and "淡入淡出" in p.question


@pytest.mark.parametrize("text", ["做个爆炸特效", "加个动画特效", "生成特效"])
def test_generated_effects_are_still_refused(text: str) -> None:
    assert plan(text, language="zh-CN").refusal


def test_bie_shan_after_an_edit_with_its_amount_keeps_the_edit() -> None:
    # "别删" after an edit that removes nothing says only that nothing is to go; after a removal it still
    # takes the removal back
    with_music = sample_draft(music="music.mp3")
    assert ops(plan("音乐调小到40% 别删", with_music, "zh-CN")) == [
        {"op": "set_volume", "track": "bgm", "volume": 0.4}]
    p = plan("有段静音的别删哈", language="zh-CN")
    assert p.ops == [] and p.answer is not None


def test_a_slip_named_after_a_timed_cut_is_its_reason_not_a_cleanup() -> None:
    assert ops(plan("把7秒到9秒删了 口误", language="zh-CN")) == [
        {"op": "remove_range", "start_ms": 7000, "end_ms": 9000}]
    got = [o["op"] for o in ops(plan("把7秒到9秒删了 口误也去掉", language="zh-CN"))]
    assert got == ["remove_range", "remove_fillers"]


def test_the_part_after_a_time_said_to_stay_is_kept() -> None:
    assert ops(plan("第12秒以后的留着 前面全删", language="zh-CN")) == [
        {"op": "keep_range", "start_ms": 12000}]
    assert ops(plan("前4秒不要 其余全留着", language="zh-CN")) == [{"op": "trim", "head_ms": 4000}]


def test_pian_tou_pian_wei_are_the_ends_and_an_end_bu_guan_stays() -> None:
    assert ops(plan("去掉片头片尾的静音", language="zh-CN")) == [{"op": "trim_dead_air"}]
    assert ops(plan("只去掉开头的空白，结尾不管", language="zh-CN")) == [
        {"op": "trim_dead_air", "ends": "start"}]


def test_question_words_inside_the_words_to_show_ask_nothing() -> None:
    assert ops(plan("标题改成「明天吃什么」", language="zh-CN")) == [
        {"op": "remove_text", "track": "title"}, {"op": "add_title", "text": "明天吃什么"}]
    assert ops(plan("底部加上：怎么选一本好书", language="zh-CN")) == [
        {"op": "add_text", "text": "怎么选一本好书"}]  # at the bottom: the default
    assert plan("「转场」是什么意思", language="zh-CN").answer is not None
    # "加上：字幕和音乐" lists edits, it is no text
    assert not any(o["op"] == "add_text" for o in ops(plan("加上：字幕和背景音乐", language="zh-CN")))


def test_a_colour_said_with_the_letters_colours_the_text() -> None:
    assert ops(plan("右下角绿字'新品上市'", language="zh-CN")) == [
        {"op": "add_text", "text": "新品上市", "pos": "bottom-right", "color": "#00C000"}]
    assert ops(plan("加个黑字幕", language="zh-CN")) == [{"op": "add_subtitles"}]


def test_pauses_removed_with_an_end_said_to_stay_keep_that_end() -> None:
    assert ops(plan("删停顿 开头结尾的别删", language="zh-CN")) == [
        {"op": "remove_silences", "keep_ends": "both"}]
    assert ops(plan("去掉停顿 结尾的别动", language="zh-CN")) == [
        {"op": "remove_silences", "keep_ends": "end"}]


def test_a_fit_said_not_wanted_is_read_with_the_fit_wanted() -> None:
    assert ops(plan("转成竖屏 别裁掉两边 用白边", language="zh-CN")) == [
        {"op": "set_aspect", "ratio": "9:16", "fit": "solid", "bg": "#FFFFFF"}]


def test_a_cut_beside_music_added_keeps_both_edits() -> None:
    got = ops(plan("去掉前2秒 加背景音乐music.mp3", language="zh-CN"))
    assert got == [{"op": "trim", "head_ms": 2000}, {"op": "add_music", "media_id": "music.mp3"}]


def test_an_amount_cut_then_the_end_it_comes_off() -> None:
    assert ops(plan("剪掉4秒 开头的", language="zh-CN")) == [{"op": "trim", "head_ms": 4000}]
    assert ops(plan("删掉3秒 结尾的", language="zh-CN")) == [{"op": "trim", "tail_ms": 3000}]


def test_a_still_with_its_length_and_a_quarter_turn_without_du() -> None:
    got = ops(plan("把photo1.jpg加在开头4秒 再逆时针转90", language="zh-CN"))
    assert got == [{"op": "add_clips", "media_ids": ["photo1.jpg"], "at": "start", "image_ms": 4000},
                   {"op": "rotate", "degrees": 270}]


def test_lun_bo_is_a_slideshow_and_wang_hui_che_undoes_steps() -> None:
    assert ops(plan("photo1.jpg和photo2.jpg做个轮播 每张5秒", language="zh-CN")) == [
        {"op": "slideshow", "media_ids": ["photo1.jpg", "photo2.jpg"], "image_ms": 5000}]
    assert ops(plan("往回撤三步", language="zh-CN")) == [{"op": "undo", "steps": 3}]


def test_subtitles_not_burned_in_with_the_file_named() -> None:
    assert ops(plan("加字幕 但别烧进视频里 给我srt", language="zh-CN")) == [
        {"op": "add_subtitles", "burn": False, "sidecar": "srt"}]
def test_a_position_word_binds_to_the_nearest_thing_named() -> None:
    # "logo.png top right and title 'X'": the corner is the logo's; the title keeps its own place
    assert ops(plan("logo.png top right and title 'Riverside Library Presents'")) == [
        {"op": "add_logo", "media_id": "logo.png"},  # top-right is the logo's default
        {"op": "add_title", "text": "Riverside Library Presents"}]
    got = ops(plan("logo.png bottom left and text 'Open late' at the top"))
    assert [(o["op"], o.get("pos")) for o in got] == [("add_logo", "bottom-left"), ("add_text", "top")]


def test_others_placed_blanks_only_the_other_things_position() -> None:
    from vidai_nb.engine.agent.rules.common import others_placed

    assert others_placed("logo.png top right and title ⟦0⟧", "text").split() == ["logo.png", "and", "title",
                                                                                  "⟦0⟧"]
    assert others_placed("logo.png top right and title ⟦0⟧", "image") == "logo.png top right and title ⟦0⟧"
    assert others_placed("title ⟦0⟧ at the top", "text") == "title ⟦0⟧ at the top"  # nothing else named


def test_how_the_camera_was_held_adds_no_second_turn() -> None:
    assert ops(plan("flip it top to bottom, the gopro was mounted upside down on the board")) == [
        {"op": "flip", "direction": "vertical"}]
    p = plan("rotate it 180, the camera was mounted upside down")
    assert ops(p) == [{"op": "rotate", "degrees": 180}] and not p.notes
    # said alone, the state is the problem to fix; beside a bare "rotate it" it says how far
    assert ops(plan("the camera was mounted upside down")) == [{"op": "rotate", "degrees": 180}]
    assert ops(plan("the camera was upside down, rotate it")) == [{"op": "rotate", "degrees": 180}]
    # a flip that says which way is read alone, not across the state ("upside down" is no vertical flip here)
    assert ops(plan("it was filmed upside down, flip it horizontally")) == [{"op": "flip"}]  # horizontal


@pytest.mark.parametrize(("text", "want"), [
    ("brighten it a bit, like +0.2", {"brightness": 0.2}),
    ("darken it a touch, like -0.1", {"brightness": -0.1}),
    ("bump the contrast a little, say 1.3", {"contrast": 1.3}),
    ("brighten it a bit", {"brightness": 0.15}),  # no number: the default step
])
def test_a_number_said_as_an_example_beats_the_default_step(text: str, want: dict[str, float]) -> None:
    assert ops(plan(text)) == [{"op": "color", **want}]


def test_a_fades_time_is_never_a_part_cut_and_a_bare_amount_is_asked() -> None:
    p = plan("trim 5 sec... actually no make it 2, then fade out over 1 sec at the end")
    # the fade is done; which end loses 2 s is asked, never guessed (it used to cut 1 s off the end)
    assert ops(p) == [{"op": "fade", "fade_out_ms": 1000}]
    assert any("Cut 2 s from where" in n for n in p.notes)
    assert ops(plan("cut the first 3 sec and fade out over 2 sec at the end")) == [
        {"op": "trim", "head_ms": 3000}, {"op": "fade", "fade_out_ms": 2000}]
    q = plan("trim 5 sec")
    assert not q.ops and q.question and "from where" in q.question


@pytest.mark.parametrize(("text", "want"), [
    ("everything but the first 4 seconds stays", {"op": "trim", "head_ms": 4000}),
    ("everything after 0:48 goes", {"op": "remove_range", "start_ms": 48000}),
    ("from 0:40 to the end is the only good part", {"op": "keep_range", "start_ms": 40000}),
    ("trim my cover to 20 sec, thats the chorus", {"op": "keep_range", "end_ms": 20000}),
])
def test_what_stays_and_what_goes_said_after_the_part(text: str, want: dict[str, Any]) -> None:
    assert ops(plan(text)) == [want]


@pytest.mark.parametrize("text", ["the first 5 seconds go slow", "make the text clear",
                                  "i want clear subtitles", "put a clear title 'Day 1' at the start"])
def test_words_near_the_new_phrasings_cut_nothing(text: str) -> None:
    p = plan(text)
    assert not any(o["op"] in ("trim", "remove_range", "keep_range", "remove_text") for o in ops(p))


# --- left24: classes of known misreadings (each test a class, not one row) ---

MUSIC_ON = sample_draft(music="music.mp3")


@pytest.mark.parametrize(("text", "length"), [
    ("make a 10 second teaser of the end", 10000), ("cut a 15 sec clip from the ending", 15000),
    ("use the last part for a 20 second promo", 20000), ("10 second highlight of the last part", 10000),
    ("结尾做个10秒预告", 10000), ("用片尾剪一个15秒的片段", 15000),
    ("给我做个10秒的预告片，用最后的部分", 10000)])
def test_a_short_version_made_from_the_end_keeps_the_end(text: str, length: int) -> None:
    # the 60 s sample: the last `length` ms are kept, never the first (that was a destructive misreading)
    p = plan(text, language="zh-CN" if re.search(r"[\u4e00-\u9fff]", text) else "en")
    assert ops(p) == [{"op": "keep_range", "start_ms": 60000 - length}]


def test_a_short_version_without_an_end_and_a_cut_from_the_end_read_as_before() -> None:
    p = plan("make a 10 second teaser")
    assert ops(p) == [{"op": "keep_range", "end_ms": 10000}] and "first 10 s" in p.notes[0]
    assert ops(plan("cut 2 s from the end")) == [{"op": "trim", "tail_ms": 2000}]
    # "结尾剪10秒吧" names no shorter version: the end is cut, as before
    assert ops(plan("结尾剪10秒吧", language="zh-CN")) == [{"op": "trim", "tail_ms": 10000}]


@pytest.mark.parametrize("text", [
    "put photo1.jpg first", "i want photo1.jpg to go first", "photo1.jpg first please",
    "add photo1.jpg as the first slide", "open the video with photo1.jpg", "把photo1.jpg放第一个",
    "photo1.jpg作为第一张", "开头放photo1.jpg"])
def test_a_file_said_to_go_first_is_added_at_the_start(text: str) -> None:
    got = ops(plan(text, language="zh-CN" if re.search(r"[\u4e00-\u9fff]", text) else "en"))
    assert got == [{"op": "add_clips", "media_ids": ["photo1.jpg"], "at": "start"}]


def test_first_that_orders_the_edits_is_no_place() -> None:
    assert ops(plan("add b.mp4 first, then add subtitles")) == [
        {"op": "add_clips", "media_ids": ["b.mp4"]}, {"op": "add_subtitles"}]


def test_fade_out_at_a_time_is_where_it_starts() -> None:
    # The decision (the fade op fades the programme's end): "fade out at T" starts the fade at T and runs
    # it to the end when the end is near (at most 10 s after T); at or past the end it is the 1 s default;
    # further from the end the two readings are asked about (a 55 s fade, or ending the video at T + 1 s)
    # - never a long fade or a cut on a guess. "over / for N s" is the length; said with T it must agree.
    assert ops(plan("fade out at 0:55")) == [{"op": "fade", "fade_out_ms": 5000}]
    assert ops(plan("start fading out at 0:57 over 3 seconds")) == [{"op": "fade", "fade_out_ms": 3000}]
    assert ops(plan("在0:54开始淡出", language="zh-CN")) == [{"op": "fade", "fade_out_ms": 6000}]
    assert ops(plan("fade out at 1:00")) == [{"op": "fade", "fade_out_ms": 1000}]
    assert ops(plan("fade out over 2 s")) == [{"op": "fade", "fade_out_ms": 2000}]
    assert ops(plan("fade out for 2 seconds")) == [{"op": "fade", "fade_out_ms": 2000}]
    far = plan("fade out at 0:05")
    assert not far.ops and far.question
    assert "0:05 to the end (55 s)" in far.question and "0:06" in far.question
    zh = plan("视频第10秒开始淡出", language="zh-CN")
    assert not zh.ops and zh.question and "0:10" in zh.question
    # the music's fade is the music's: where it starts is read there, to the end
    assert ops(plan("背景音乐从50秒开始慢慢淡出", MUSIC_ON, "zh-CN")) == [
        {"op": "fade_music", "fade_out_ms": 10000}]


@pytest.mark.parametrize(("text", "language", "asked"), [
    ("剪掉开头之后加字幕", "zh-CN", "开头剪掉多少"), ("把开头剪掉以后再加个字幕", "zh-CN", "开头剪掉多少"),
    ("trim the start and add subtitles", "en", "How much off the start"),
    ("after trimming the intro, add captions", "en", "How long is the intro")])
def test_a_bare_end_cut_is_asked_and_the_edit_after_it_is_done(text: str, language: str, asked: str) -> None:
    p = plan(text, language=language)
    assert ops(p) == [{"op": "add_subtitles"}] and p.question is None
    assert any(asked in n for n in p.notes), p.notes


def test_a_bare_end_cut_alone_asks_how_much_in_both_languages() -> None:
    # English "trim the start" asked this before; Chinese now asks the same (it asked a generic "how much")
    assert plan("trim the start").question == (
        "How much off the start — for example “cut the first 5 seconds”?")
    assert plan("剪掉开头", language="zh-CN").question == "开头剪掉多少？比如“剪掉前5秒”。"
    assert plan("剪掉结尾", language="zh-CN").question == "结尾剪掉多少？比如“剪掉最后5秒”。"
    assert ops(plan("剪掉开头5秒之后加字幕", language="zh-CN")) == [
        {"op": "trim", "head_ms": 5000}, {"op": "add_subtitles"}]


@pytest.mark.parametrize("text", [
    "the music is louder than my voice, turn it down", "the music drowns my voice",
    "the music drowns out my voice, fix it", "my voice is quieter than the music",
    "i can't hear my voice over the music", "音乐盖过人声了", "背景音乐比人声还大，调小点"])
def test_a_sound_said_to_cover_another_is_turned_down(text: str) -> None:
    (op,) = plan(text, MUSIC_ON, "zh-CN" if re.search(r"[\u4e00-\u9fff]", text) else "en").ops
    assert op.op == "set_volume" and op.track == "bgm" and op.volume < 0.35  # type: ignore[attr-defined]


def test_a_cover_complaint_with_its_own_change_does_that_change() -> None:
    assert ops(plan("the music is louder than my voice, turn my voice up", MUSIC_ON)) == [
        {"op": "set_volume", "volume": 1.5}]
    assert ops(plan("the music is louder than my voice, turn it down to 20%", MUSIC_ON)) == [
        {"op": "set_volume", "track": "bgm", "volume": 0.2}]
    # a wish that it not cover the voice is still ducking
    assert ops(plan("音乐别盖过人声", MUSIC_ON, "zh-CN")) == [{"op": "duck_music"}]


@pytest.mark.parametrize(("text", "language", "said"), [
    ("turn the music down and add subtitles", "en", "There is no background music"),
    ("lower the music to 20% and add subtitles", "en", "There is no background music"),
    ("把音乐调小一点，加字幕", "zh-CN", "没有背景音乐")])
def test_a_music_level_change_without_music_adds_none(text: str, language: str, said: str) -> None:
    p = plan(text, language=language)
    assert ops(p) == [{"op": "add_subtitles"}]
    assert any(said in n for n in p.notes), p.notes
    assert p.question is None and p.refusal is None


def test_music_added_in_the_same_request_is_still_turned_down() -> None:
    assert [o["op"] for o in ops(plan("add music.mp3 and turn it down"))] == ["add_music", "set_volume"]
    assert ops(plan("加背景音乐，调小一点", language="zh-CN")) == [
        {"op": "add_music", "media_id": "music.mp3", "volume": 0.15}]


@pytest.mark.parametrize("text", [
    "add music, no need to loop it", "add music but no need to loop", "add music.mp3 and don't repeat it",
    "add music.mp3, it doesn't have to loop", "add music.mp3 with looping off", "加背景音乐，不用循环",
    "配上music.mp3，无需循环"])
def test_a_loop_said_not_to_be_wanted_turns_looping_off(text: str) -> None:
    (op,) = plan(text, language="zh-CN" if re.search(r"[\u4e00-\u9fff]", text) else "en").ops
    assert op.op == "add_music" and op.loop is False  # type: ignore[attr-defined]


@pytest.mark.parametrize("text", ["i recorded it horizontally", "i recorded it in landscape",
                                  "we shot it in landscape", "我是横着拍的"])
def test_how_the_footage_was_filmed_is_no_edit(text: str) -> None:
    p = plan(text, language="zh-CN" if re.search(r"[\u4e00-\u9fff]", text) else "en")
    assert not p.ops and p.question and not any("reorder" in n for n in p.notes)


def test_recorded_is_no_typo_of_reorder() -> None:
    from vidai_nb.engine.agent.normalize import fix_typos

    assert fix_typos("i recorded it, then filmed more") == "i recorded it, then filmed more"
    assert ops(plan("recorded it horizontally, add subtitles")) == [{"op": "add_subtitles"}]


def test_a_resolution_not_offered_is_asked_with_one_text() -> None:
    from vidai_nb.engine.agent.rules.common import unoffered_resolution

    assert plan("drop it to 480p").question == unoffered_resolution("480p", False)
    assert plan("export it at 480p").question == unoffered_resolution("480p", False, export=True)
    assert plan("分辨率改成480p", language="zh-CN").question == unoffered_resolution("480p", True)
    exported = plan("导出480p的就行", language="zh-CN").question
    assert exported == unoffered_resolution("480p", True, export=True)


@pytest.mark.parametrize("text", ["remove the watermark thats burned into b.mp4",
                                  "get rid of the hardcoded subtitles in c.mp4"])
def test_a_refusals_removal_verb_deletes_no_clip_it_names(text: str) -> None:
    p = plan(text, THREE)
    assert p.refusal and not any(o.op in ("delete_segment", "remove_range", "trim") for o in p.ops)  # type: ignore[attr-defined]


def test_a_clip_numbered_as_new_counts_positions_after_the_reorder() -> None:
    assert ops(plan("reorder 3,1,2 and then delete the new second one", THREE))[-1] == {
        "op": "delete_segment", "index": 2}
    # without "new" the number is the clip as first numbered (clip 2 now stands third)
    assert ops(plan("reorder 3,1,2 and then delete the second one", THREE))[-1] == {
        "op": "delete_segment", "index": 3}


def test_a_clause_opening_on_its_own_edit_verb_keeps_its_words() -> None:
    got = ops(plan("cut where i talk about the sponsor, fade out the end 2s"))
    assert got[0]["op"] == "cut_sentences" and got[0]["query"] == "sponsor"
    assert got[1:] == [{"op": "fade", "fade_out_ms": 2000}]  # never a 2 s cut off the end


def test_the_slideshow_given_a_feel_is_not_built_again() -> None:
    p = plan("can u make the slideshow feel more emotional")
    assert not p.ops and p.question


def test_worth_it_which_of_two_and_what_a_platform_does_are_answered_not_done() -> None:
    for text in ["is there any point exporting 4k if my footage is 1080p",
                 "mov or mp4 for sending to my editor, does it matter",
                 "will tiktok cover my text if i put it right at the bottom?",
                 "can the subtitles come out in french or is it english only",
                 "should the subtitles be burned in or uploaded as a separate srt",
                 "do twitch clips get muted for the background music"]:
        p = plan(text)
        assert p.answer and not p.ops and p.export is None and p.question is None, text
    assert "bottom" in (plan("will tiktok cover my text if i put it right at the bottom?").answer or "")
    assert "SRT" in (plan("should the subtitles be burned in or uploaded as a separate srt").answer or "")
    assert "transcribed" in (plan("can the subtitles come out in french or is it english only").answer or "")
    assert plan("can u list what edits are on the timeline rn").show == "versions"
    # the order is still an order
    assert plan("export as mp4 for youtube").answer is None


def test_an_export_waits_for_an_edit_asked_about_before_it() -> None:
    # exporting now would give a file without the cut that was asked about
    p = plan("把结尾删掉以后导出", language="zh-CN")
    assert p.export is None and not p.ops and p.question
    assert "结尾剪掉多少" in p.question and "导出" in p.question
    p = plan("trim the beginning and export an mp4")
    assert p.export is None and p.question and "How much off the start" in p.question
    p = plan("剪掉开头之后加字幕然后导出", language="zh-CN")
    assert ops(p) == [{"op": "add_subtitles"}] and p.export is None and any("再导出" in n for n in p.notes)
    # an export said first is done (what comes after it is asked in a note)
    assert plan("export an mp4 and trim the start").export == {"format": "mp4"}


def test_a_fade_out_start_said_with_a_fade_in_length() -> None:
    assert ops(plan("fade out at 0:55 and fade in 2s")) == [
        {"op": "fade", "fade_in_ms": 2000, "fade_out_ms": 5000}]
    assert ops(plan("fade in 1 s and fade out 3 s")) == [
        {"op": "fade", "fade_in_ms": 1000, "fade_out_ms": 3000}]


def test_a_short_version_made_of_an_end_said_with_its_length() -> None:
    assert ops(plan("make a teaser from the last 15 seconds")) == [{"op": "keep_range", "start_ms": 45000}]
    assert ops(plan("a clip of the first 10 seconds for instagram")) == [
        {"op": "keep_range", "end_ms": 10000}]
    # a removal said with it is a removal; a gif of a part is a file of that part, nothing cut
    assert ops(plan("remove the clip from the first 10 seconds")) == [{"op": "trim", "head_ms": 10000}]
    p = plan("speed it up 1.5x and export a gif of the first 4 seconds")
    assert [o["op"] for o in ops(p)] == ["speed"]
    assert p.export == {"format": "gif", "start_ms": 0, "end_ms": 4000}


def test_ranges_of_one_clip_joined_are_no_merge_refusal() -> None:
    one = [SAMPLE_MEDIA["clip.mp4"]]
    p = parse("保留3到8秒和30到36秒，拼在一起", "zh-CN", one, sample_draft())
    assert not p.refusal and [o.op for o in p.ops] == ["keep_ranges"]  # type: ignore[attr-defined]
    assert parse("合并视频", "zh-CN", one, sample_draft()).refusal  # nothing else to join: still said


@pytest.mark.parametrize("text", ["brighten it a little, the shop lights were dim",
                                  "make it brighter, the bar was dimly lit"])
def test_footage_said_to_be_dim_is_the_reason_to_brighten(text: str) -> None:
    assert ops(plan(text)) == [{"op": "color", "brightness": 0.15}]


def test_a_number_after_up_to_is_the_amount() -> None:
    got = ops(plan("black and white + contrast up to 1.3"))
    assert got == [{"op": "color", "gray": True, "contrast": 1.3}]


def test_a_clip_of_a_part_is_no_cut() -> None:
    # "export a clip of the last 10 seconds" had trimmed the last 10 s away before exporting
    draft = sample_draft(["clip.mp4"])
    plan = parse("export a clip of the last 10 seconds", draft=draft)
    assert not any(op.op in ("trim", "remove_range", "keep_range") for op in plan.ops)
    # the verb still cuts
    assert [op.op for op in parse("clip the last 10 seconds", draft=draft).ops] == ["trim"]


def test_a_time_said_before_going_to_black_is_where_the_fade_starts() -> None:
    # "0:30 goes to black": the clock time said first is where the fade-out starts (a length is said with
    # "over" / "for", or as "5 sec fade out") - to the end when near, else asked
    assert ops(plan("0:52 fades to black")) == [{"op": "fade", "fade_out_ms": 8000}]
    assert ops(plan("at 0:55 it should fade to black")) == [{"op": "fade", "fade_out_ms": 5000}]
    assert ops(plan("0:50开始变黑", language="zh-CN")) == [{"op": "fade", "fade_out_ms": 10000}]
    assert ops(plan("5 sec fade out")) == [{"op": "fade", "fade_out_ms": 5000}]
    far = plan("0:30 goes to black")
    assert not far.ops and far.question and "0:30 to the end (30 s)" in far.question


def test_fade_in_at_a_time_is_asked_never_its_length() -> None:
    for text, language in (("fade in at 0:05", "en"), ("start the fade in at 0:03", "en"),
                           ("从0:04开始淡入", "zh-CN"), ("淡入从0:05开始", "zh-CN")):
        p = plan(text, language=language)
        assert not p.ops and p.question, (text, p)
    assert "cut 0:00–0:05" in (plan("fade in at 0:05").question or "")
    assert ops(plan("fade in until 0:05")) == [{"op": "fade", "fade_in_ms": 5000}]
    assert ops(plan("fade in over the first 5 seconds")) == [{"op": "fade", "fade_in_ms": 5000}]


def test_the_music_fade_out_at_a_time_starts_there() -> None:
    assert ops(plan("fade the music out at 0:50", MUSIC_ON)) == [{"op": "fade_music", "fade_out_ms": 10000}]
    assert ops(plan("music fades out at 0:55", MUSIC_ON)) == [{"op": "fade_music", "fade_out_ms": 5000}]
    assert ops(plan("音乐在0:52开始淡出", MUSIC_ON, "zh-CN")) == [{"op": "fade_music", "fade_out_ms": 8000}]
    assert ops(plan("music should fade out from the 45 second mark to the end", MUSIC_ON)) == [
        {"op": "fade_music", "fade_out_ms": 15000}]
    for text, language in (("fade out the music at 0:30", "en"), ("音乐在0:20开始淡出", "zh-CN")):
        p = plan(text, MUSIC_ON, language)
        assert not p.ops and p.question, (text, p)


@pytest.mark.parametrize(("text", "language"), [
    ("mute the last 3 seconds", "en"), ("silence the audio for the first 5 sec", "en"),
    ("mute everything after 0:50", "en"), ("把最后3秒静音", "zh-CN"), ("开头5秒的声音关掉", "zh-CN")])
def test_a_mute_of_an_end_part_is_refused_never_the_whole_track(text: str, language: str) -> None:
    p = plan(text, language=language)
    assert not p.refusal and p.export is None
    assert (p.question and not p.ops) or (
        p.ops and all(o.op in ("mute", "set_volume") and o.start_ms is not None for o in p.ops)), p  # type: ignore[attr-defined]


@pytest.mark.parametrize(("text", "language", "part"), [
    ("export a clip of the last 10 seconds", "en", "0:50–1:00"),
    ("export the last 10 seconds", "en", "0:50–1:00"),
    ("export just the first 15 seconds as mp4", "en", "0:00–0:15"),
    ("export only 0:10-0:20", "en", "0:10–0:20"),
    ("导出最后10秒", "zh-CN", "0:50–1:00"), ("把最后10秒导出来", "zh-CN", "0:50–1:00")])
def test_a_video_export_of_a_part_is_asked_never_the_whole(text: str, language: str, part: str) -> None:
    p = plan(text, language=language)
    assert not p.ops and p.export is None and p.question and part in p.question, (text, p)


def test_an_edit_before_the_export_is_done_and_a_gif_of_a_part_exports_it() -> None:
    p = plan("trim the first 5 seconds and then export it as mp4")
    assert ops(p) == [{"op": "trim", "head_ms": 5000}] and p.export == {"format": "mp4"}
    g = plan("export a gif of the last 10 seconds")
    assert g.export == {"format": "gif", "start_ms": 50000, "end_ms": None} and g.question is None


@pytest.mark.parametrize(("text", "language", "draft", "expected"), [
    ("everything except the music stays as it is, just add captions", "en", None, [{"op": "add_subtitles"}]),
    ("trim the first 5 seconds, everything but the music stays", "en", None,
     [{"op": "trim", "head_ms": 5000}]),
    ("除了音乐其他都不动，加字幕", "zh-CN", None, [{"op": "add_subtitles"}]),
    ("everything but the music stays the same, turn the music down to 20%", "en", MUSIC_ON,
     [{"op": "set_volume", "track": "bgm", "volume": 0.2}])])
def test_everything_but_the_music_staying_is_a_scope_never_music_added(
        text: str, language: str, draft: dict[str, Any] | None, expected: list[dict[str, Any]]) -> None:
    assert ops(plan(text, draft, language)) == expected
    alone = plan("everything but the music stays")
    assert not alone.ops and alone.question


@pytest.mark.parametrize(("text", "language"), [
    ("make my cat black and white", "en"), ("turn my grandma black and white", "en"),
    ("make my dog b&w", "en"), ("把我的猫变成黑白", "zh-CN")])
def test_the_subject_made_black_and_white_is_the_whole_picture(text: str, language: str) -> None:
    assert ops(plan(text, language=language)) == [{"op": "color", "gray": True}]
    for thing in ("make the car red", "make my shirt black and white", "make the sky black and white"):
        p = plan(thing)
        assert not p.ops and p.refusal, (thing, p)


@pytest.mark.parametrize(("text", "language", "points"), [
    ("save the last 10 seconds as a separate clip", "en", [50000]),
    ("make the last 10 seconds a separate clip", "en", [50000]),
    ("cut out the last 10 seconds as a separate clip", "en", [50000]),
    ("split off the last 10 sec into its own clip", "en", [50000]),
    ("make 0:20-0:30 its own clip", "en", [20000, 30000]),
    ("把最后10秒单独分成一段", "zh-CN", [50000]), ("把前5秒单独切成一段", "zh-CN", [5000])])
def test_a_part_made_a_clip_of_its_own_is_split_never_cut(
        text: str, language: str, points: list[int]) -> None:
    # "save the last 10 seconds as a separate clip" had cut the last 10 s away - the part wanted
    assert ops(plan(text, language=language)) == [{"op": "split", "at_ms": x} for x in points]
    for as_file, lang in (("save the last 10 seconds as a separate video", "en"),
                          ("把最后10秒单独存成一个视频", "zh-CN")):
        p = plan(as_file, language=lang)
        assert not p.ops and p.export is None and p.question and "0:50" in p.question, (as_file, p)
    assert ops(plan("clip the last 10 seconds")) == [{"op": "trim", "tail_ms": 10000}]  # the verb still cuts


@pytest.mark.parametrize(("text", "language", "part"), [
    ("mute from 0:10", "en", "0:10–1:00"), ("silence the audio from 0:45 onwards", "en", "0:45–1:00"),
    ("静音10秒以后的部分", "zh-CN", "0:10–1:00"), ("从50秒开始静音", "zh-CN", "0:50–1:00")])
def test_a_mute_from_a_point_on_is_refused_as_a_part_never_the_whole_track(
        text: str, language: str, part: str) -> None:
    p = plan(text, language=language)  # it had muted the whole track; since gat: that part only
    a, b = (int(x[:-3]) * 60000 + int(x[-2:]) * 1000 for x in part.split("–"))
    assert [(o.op, o.start_ms, o.end_ms) for o in p.ops] == [("mute", a, b)] and not p.refusal, p  # type: ignore[attr-defined]
    taken = plan("mute from 0:10... actually no, keep the sound")
    assert not taken.ops and not taken.refusal and not taken.question, taken


@pytest.mark.parametrize(("text", "factor"), [
    ("speed it up 30%", 1.3), ("speed the whole thing up 25% pls", 1.25), ("slow it down 20%", 0.8),
    ("speed the latte pour up 150%", 1.5), ("play it at 150%", 1.5), ("speed it up by 30%", 1.3)])
def test_a_percentage_after_speed_up_is_a_change_not_the_factor(text: str, factor: float) -> None:
    assert ops(plan(text)) == [{"op": "speed", "factor": factor}]  # "speed it up 30%" had slowed it to 0.3x


@pytest.mark.parametrize(("text", "fade"), [
    ("音乐去掉淡入 结尾淡出3秒", {"fade_in_ms": 0, "fade_out_ms": 3000}),
    ("背景音乐去掉淡入", {"fade_in_ms": 0}), ("把音乐的淡入删掉", {"fade_in_ms": 0})])
def test_the_music_fade_in_taken_away_never_removes_the_music(text: str, fade: dict[str, int]) -> None:
    p = plan(text, MUSIC_ON, "zh-CN")  # "音乐去掉淡入 …" had removed the music
    assert ops(p) == [{"op": "fade_music", **fade}]
    assert ops(plan("背景音乐删掉", MUSIC_ON, "zh-CN")) == [{"op": "remove_music"}]
