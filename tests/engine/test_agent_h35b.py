"""holdout35's edit misses, each a class (h35b): a fade of a part named by any word before a clip word is a
fade, never a cut; a corrected amount replaces the one said before a long description; a speed named as
what is removed leaves the normal speed; a speed verb with the share it ends at is that speed; a sound cut
"to half" is its volume at 0.5."""

from __future__ import annotations

import pytest

from tests.engine.test_agent_edits26 import ops, plan


@pytest.mark.parametrize(("text", "want"), [
    ("fade the choir clip out over the last 3 seconds", {"fade_out_ms": 3000}),
    ("fade the wedding footage out over the final 2 seconds", {"fade_out_ms": 2000}),
    ("fade the drone shot out in the last 2.5 sec", {"fade_out_ms": 2500}),
    ("fade the opening scene in over the first 2 seconds", {"fade_in_ms": 2000}),
    ("fade the choir clip out", {"fade_out_ms": 1000}),
    ("把合唱的视频在最后三秒慢慢淡出", {"fade_out_ms": 3000})])
def test_a_fade_of_a_named_part_over_the_last_seconds_is_a_fade(text: str, want: dict[str, int]) -> None:
    got = ops(plan(text, "zh-CN" if not text.isascii() else "en"))
    assert got == [{"op": "fade", **want}]


def test_a_fade_of_the_last_scene_is_not_read_as_the_whole_videos() -> None:
    # ("the last scene" is one clip of several, not the start of the video: not read as the video's fade-in)
    assert [o["op"] for o in ops(plan("fade the last scene in over the first 2 seconds"))] != ["fade"]


@pytest.mark.parametrize(("text", "want"), [
    ("trim 5 sec off the start of the mayor interview... actually no make it 2", {"head_ms": 2000}),
    ("cut 4 seconds off the beginning of the pastor's opening prayer... no wait, 1", {"head_ms": 1000}),
    ("trim 6 seconds from the end of the soccer highlights clip, actually make it 3", {"tail_ms": 3000}),
    ("take 10 sec off the front of the long boring intro part, sorry i meant 4", {"head_ms": 4000}),
    ("把采访视频最前面的五秒剪掉，那段没用 算了 还是三秒吧", {"head_ms": 3000})])
def test_a_corrected_amount_replaces_the_one_said_before(text: str, want: dict[str, int]) -> None:
    got = ops(plan(text, "zh-CN" if not text.isascii() else "en"))
    assert got == [{"op": "trim", **want}]


@pytest.mark.parametrize("text", [
    "remove the 2x speed, back to normal", "get rid of the slow motion", "take the 0.5x off, it drags",
    "cancel the speed up please", "把2倍速去掉", "慢动作效果取消掉"])
def test_a_speed_removed_leaves_the_normal_speed(text: str) -> None:
    got = ops(plan(text, "zh-CN" if not text.isascii() else "en"))
    assert [o["op"] for o in got] == ["speed"] and got[0]["factor"] == 1.0


@pytest.mark.parametrize("text", ["reset the speed to 2x", "remove the first 2 seconds and speed it up 2x"])
def test_a_speed_said_with_a_removal_of_something_else_stays(text: str) -> None:
    got = [o for o in ops(plan(text)) if o["op"] == "speed"]
    assert [o["factor"] for o in got] == [2.0]


@pytest.mark.parametrize(("text", "factor"), [
    ("slow it to 75%", 0.75), ("slow it to 60 percent", 0.6), ("speed the drone shot up to 125%", 1.25),
    ("slow it by 20%", 0.8), ("放慢到75%", 0.75), ("减速到50%", 0.5)])
def test_a_speed_verb_with_the_share_it_ends_at(text: str, factor: float) -> None:
    got = ops(plan(text, "zh-CN" if not text.isascii() else "en"))
    assert [o["op"] for o in got] == ["speed"] and got[0]["factor"] == factor


# half of the sound's level: the camera's at 1.0, the music's at 0.35 in the sample draft
@pytest.mark.parametrize(("text", "track", "music", "level"), [
    ("drop the camera audio to half", "main", False, 0.5),
    ("drop the phone audio to half", "main", False, 0.5),
    ("cut the mic sound by half", "main", False, 0.5),
    ("kill the clip audio to half, it's too loud", "main", False, 0.5),
    ("cut the song to half", "bgm", True, 0.175), ("drop the music to half", "bgm", True, 0.175)])
def test_a_sound_cut_to_half_is_its_volume(text: str, track: str, music: bool, level: float) -> None:
    got = ops(plan(text, music=music))
    assert [o["op"] for o in got] == ["set_volume"]
    assert got[0].get("track", "main") == track and got[0]["volume"] == level


def test_the_video_cut_to_half_is_still_its_length() -> None:
    assert [o["op"] for o in ops(plan("cut the video to half"))] == ["keep_range"]


@pytest.mark.parametrize(("text", "want"), [
    ("在00:00:12,500这里分割", [{"op": "split", "at_ms": 12500}]),
    ("在00:00:12，500这里切一刀", [{"op": "split", "at_ms": 12500}]),
    ("split it at 00:00:20,750", [{"op": "split", "at_ms": 20750}]),
    ("00:00:04,000到00:00:06,500这段删掉", [{"op": "remove_range", "start_ms": 4000, "end_ms": 6500}])])
def test_an_srt_time_keeps_its_milliseconds(text: str, want: list[dict[str, int]]) -> None:
    assert ops(plan(text, "zh-CN" if not text.isascii() else "en")) == want


@pytest.mark.parametrize(("text", "query"), [
    ("把讲学车价格的那几句剪掉", "学车价格"), ("把说到考试费用的那几句删了", "考试费用"),
    ("把装修视频里讲价格的那几句剪掉", "价格")])
def test_a_chinese_topic_is_searched_for_whole(text: str, query: str) -> None:
    got = ops(plan(text, "zh-CN"))
    assert [o["op"] for o in got] == ["cut_sentences"] and got[0]["query"] == query


@pytest.mark.parametrize("text", ["don't remove the silences, just the ums",
                                  "don't cut the pauses, only the uhs"])
def test_just_the_ums_against_the_silences_is_the_fillers_only(text: str) -> None:
    assert ops(plan(text)) == [{"op": "remove_fillers", "repeats": False}]


@pytest.mark.parametrize(("text", "want"), [
    ("fade the last 3 seconds out", {"fade_out_ms": 3000}),
    ("fade the first 2 sec in please", {"fade_in_ms": 2000})])
def test_the_stretch_a_fade_covers_said_between_its_words(text: str, want: dict[str, int]) -> None:
    assert ops(plan(text)) == [{"op": "fade", **want}]


@pytest.mark.parametrize(("text", "want"), [
    ("turn the speed down to 80%", {"op": "speed", "factor": 0.8}),
    ("慢放到原来的75%", {"op": "speed", "factor": 0.75}),
    ("halve the camera audio", {"op": "set_volume", "volume": 0.5}),
    ("把原声减半", {"op": "set_volume", "volume": 0.5})])
def test_speed_and_sound_halved_or_set_in_more_words(text: str, want: dict[str, object]) -> None:
    got = ops(plan(text, "zh-CN" if not text.isascii() else "en"))
    assert [o["op"] for o in got] == [want["op"]] and all(got[0][k] == v for k, v in want.items())


@pytest.mark.parametrize(("text", "want"), [
    ("cut 5 secs off the start... no, 2", [{"op": "trim", "head_ms": 2000}]),
    ("remove the first 5 seconds where the speaker introduces himself and the sponsor, i mean 3",
     [{"op": "trim", "head_ms": 3000}]),
    ("cut 5 seconds off the start, no music", [{"op": "trim", "head_ms": 5000}])])
def test_a_bare_no_or_i_mean_before_a_new_amount_corrects_it(text: str, want: list[dict[str, int]]) -> None:
    assert ops(plan(text))[:1] == want


@pytest.mark.parametrize("text", [
    "trim 5 seconds off the start and make the intro a bit faster, make it 2x",
    "cut 5 seconds off the start, the voice needs to be louder, make it 150%"])
def test_er_inside_a_word_or_a_factor_is_no_correction_of_the_seconds(text: str) -> None:
    assert [o for o in ops(plan(text)) if o["op"] == "trim"] == [{"op": "trim", "head_ms": 5000}]
