"""Session 33 (fxc): the speed halved with a cutting verb ("chop the speed in half for 0:12-0:16") is half
speed, nothing cut; a quarter of a minute is 15 s; a part of one clip named by its bare letter ("the first
5 s of b") is that clip's part; a mute button pressed by accident is why the music is unmuted, nothing else
muted; "show me the text of what i say" hands over the transcript; the edits listed with a reason after
them; a vague pace wish with the platform it goes on is asked; one wrong word in the subtitles is asked;
a flip of "those" seconds named before is part-only (asked); people in the picture said in the plural are
refused; one voice separated from a band is refused; quoted words taken off are the text removed; "it all
needs to fit in N s, speed everything up" is the speed reaching N s; a flip done in the footage (the pancake
flip) is no mirror; "undo that, X came in way too loud" is only the undo; a file left out of a join is not
joined; a reason after a topic cut is not searched."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import plan as _plan


def _ops(plan: Any) -> list[dict[str, Any]]:
    return [{"op": op.op, **op.model_dump(exclude_defaults=True)} for op in plan.ops]


def _span_at_half(a: int, b: int) -> list[dict[str, Any]]:
    return [{"op": "split", "at_ms": a}, {"op": "split", "at_ms": b},
            {"op": "speed", "factor": 0.5, "index": 2}]


@pytest.mark.parametrize(("text", "a", "b"), [
    ("chop the speed in half for the pour shot 0:12-0:16", 12000, 16000),
    ("slash the speed in half on the jump shot from 0:20 to 0:25", 20000, 25000),
    ("chop the playback speed in half between 0:03 and 0:07 for the splash", 3000, 7000),
    ("knock the speed down by half for the 0:40-0:44 bit", 40000, 44000),
])
def test_speed_chopped_in_half_for_a_span_is_half_speed_not_a_cut(text: str, a: int, b: int) -> None:
    assert _ops(_plan(text)) == _span_at_half(a, b)


@pytest.mark.parametrize(("text", "clips3", "op"), [
    ("cut the last quarter minute, it's just the drone landing", True, {"op": "trim", "tail_ms": 15000}),
    ("drop the first quarter of a minute, its just me setting up", False, {"op": "trim", "head_ms": 15000}),
    ("trim off the final quarter-minute", True, {"op": "trim", "tail_ms": 15000}),
    ("cut the last three quarters of a minute", False, {"op": "trim", "tail_ms": 45000}),
])
def test_a_quarter_of_a_minute_is_fifteen_seconds(text: str, clips3: bool, op: dict[str, Any]) -> None:
    assert _ops(_plan(text, clips3=clips3)) == [op]


def test_a_quarter_of_the_video_is_still_a_share_of_it() -> None:
    assert _ops(_plan("remove the last quarter", clips3=True)) == [{"op": "trim", "tail_ms": 27500}]


@pytest.mark.parametrize(("text", "start", "end"), [
    ("remove the first 5 s of b, the camera was pointing at the floor", 60000, 65000),
    ("remove the first 5 s of b", 60000, 65000),
    ("cut the last 3 sec of c, its just me reaching for the camera", 107000, 110000),
    ("chop the first 2 seconds off b pls", 60000, 62000),
    ("delete the last 2 secs from b, the dog walks in", 88000, 90000),
])
def test_part_of_a_clip_named_by_its_letter_is_that_clips_part(text: str, start: int, end: int) -> None:
    assert _ops(_plan(text, clips3=True)) == [{"op": "remove_range", "start_ms": start, "end_ms": end}]


@pytest.mark.parametrize("text", [
    "turn the music back on, i hit mute on it by accident earlier",
    "i pressed mute on the music by mistake, turn it back on",
    "turn the song back on, i accidentally clicked the mute button on it",
    "unmute the bgm, i tapped mute on it earlier",
])
def test_mute_button_pressed_by_accident_only_unmutes_the_music(text: str) -> None:
    assert _ops(_plan(text, music=True)) == [{"op": "mute", "track": "bgm", "muted": False}]


@pytest.mark.parametrize("text", [
    "can you show me the text of what i say in this clip, i need it for a listening worksheet",
    "give me the words of what she says in the video, i want to print them for my class",
    "send me the written text of what we said, its for the meeting notes",
    "could you let me see the script of what i'm saying here, need it for a handout",
])
def test_text_of_what_is_said_is_the_transcript_handed(text: str) -> None:
    plan = _plan(text)
    assert plan.answer and not plan.ops and not plan.question and not plan.refusal


@pytest.mark.parametrize("text", [
    "list the changes i've made so far please, my grandson wants to know what i did to it",
    "show me all the edits i did to it, my boss wants to see",
    "can you tell me the changes i made to the video so far, i want to write them down",
    "show me the changes i've made, i need to write them in my report",
])
def test_edits_listed_with_a_reason_after_them(text: str) -> None:
    plan = _plan(text)
    assert plan.answer and not plan.ops and not plan.question


def test_which_changes_to_make_is_not_the_history() -> None:
    assert "saved versions" not in (_plan("tell me what changes to make").answer or "")


@pytest.mark.parametrize("text", [
    "make it punchier, it's going on reels",
    "make it more engaging, its for tiktok",
    "make it snappier, its going up on youtube shorts",
    "make it a bit more exciting for reels pls",
])
def test_vague_pace_wish_for_a_platform_is_asked(text: str) -> None:
    plan = _plan(text, clips3=True)
    assert plan.question and not plan.ops


@pytest.mark.parametrize("text", [
    "one word in the subtitles is wrong, fix it",
    "one of the words in the captions is wrong, can you fix that",
    "a couple words on the subs are incorrect, fix them pls",
    "the name in the subtitles is wrong, correct it",
])
def test_a_wrong_word_in_the_subtitles_is_asked(text: str) -> None:
    plan = _plan(text)
    assert plan.question and "word" in plan.question and not plan.ops


@pytest.mark.parametrize("text", [
    "the last 5 sec of the drone clip are upside down, can you flip just those",
    "the first 3 seconds are mirrored, flip them back",
    "0:10 to 0:14 came out upside down, rotate just that part",
    "the last 2 secs are sideways, can you rotate only those 90 degrees",
])
def test_flip_of_those_seconds_named_before_is_asked(text: str) -> None:
    plan = _plan(text)
    assert plan.question and "whole video" in plan.question and not plan.ops


def test_flip_after_a_cut_is_still_the_whole_video() -> None:
    ops = _ops(_plan("trim the first 2 seconds and flip it horizontally"))
    assert [op["op"] for op in ops] == ["trim", "flip"]


@pytest.mark.parametrize("text", [
    "can you remove the two guys walking behind me in the kitchen shot",
    "erase the tourists in the back of the beach clip",
    "get rid of those two kids running behind us at the park",
    "remove the men standing by the door in the first shot",
])
def test_people_in_the_picture_in_the_plural_are_refused(text: str) -> None:
    plan = _plan(text)
    assert plan.refusal and not plan.ops


@pytest.mark.parametrize("text", [
    "separate the pastor's mic from the band so i can turn the band down",
    "split the singer's voice from the guitar so i can lower the guitar",
    "isolate the teacher's mic from the choir, i want the choir quieter",
    "can you separate the band and the singer so the vocals are louder",
])
def test_one_voice_separated_from_a_band_is_refused(text: str) -> None:
    plan = _plan(text)
    assert plan.refusal and "separate" in plan.refusal and not plan.ops


@pytest.mark.parametrize(("text", "added"), [
    ("take 'DRAFT' off and put 'FINAL CUT' in its place", "FINAL CUT"),
    ("take 'DRAFT' off", None),
    ("get \"SAMPLE\" off the screen and put \"SOLD OUT\" there instead", "SOLD OUT"),
    ("take 'Coming Soon' text off, then add 'Out Now'", "Out Now"),
])
def test_quoted_words_taken_off_are_removed(text: str, added: str | None) -> None:
    want: list[dict[str, Any]] = [{"op": "remove_text", "track": "text"}]
    if added:
        want.append({"op": "add_text", "text": added})
    assert _ops(_plan(text)) == want


@pytest.mark.parametrize(("text", "factor"), [
    ("all three clips need to fit in 55 seconds, speed everything up evenly, dont drop any", 2.0),
    ("it needs to fit in 55 seconds, speed everything up evenly", 2.0),
    ("the clips have to fit into 55s, speed them all up, don't cut anything", 2.0),
    ("everything needs to fit in 44 seconds so speed it all up evenly", 2.5),
    ("speed everything up", 1.5),
    ("speed all three clips up", 1.5),
])
def test_fit_in_a_length_by_speeding_everything_up(text: str, factor: float) -> None:
    assert _ops(_plan(text, clips3=True)) == [{"op": "speed", "factor": factor}]


@pytest.mark.parametrize(("text", "a", "b"), [
    ("slow down 0:05 to 0:08 to half speed so you can see the pancake flip", 5000, 8000),
    ("slow mo 0:10-0:12 so everyone can see the bottle flip", 10000, 12000),
    ("half speed from 0:30 to 0:33 so you can see the coin flip in the air", 30000, 33000),
    ("slow 0:03-0:06 to half speed, thats where i flip the burger", 3000, 6000),
])
def test_a_flip_done_in_the_footage_is_no_mirror(text: str, a: int, b: int) -> None:
    assert _ops(_plan(text)) == _span_at_half(a, b)


def test_flip_the_video_after_a_slow_down_still_flips() -> None:
    assert _ops(_plan("slow down 0:05 to 0:08 then flip the video"))[-1] == {"op": "flip"}


@pytest.mark.parametrize("text", [
    "undo that pls, the music came in way too loud",
    "undo the last change, the music ended up way too loud",
    "undo pls the text came out way too big",
    "undo that, it's way too dark now",
])
def test_undo_with_how_it_came_out_is_only_the_undo(text: str) -> None:
    assert _ops(_plan(text, music=True)) == [{"op": "undo"}]


def test_undo_and_a_fix_asked_keeps_the_fix() -> None:
    ops = _ops(_plan("undo that and make the music quieter, it came in too loud", music=True))
    assert [op["op"] for op in ops] == ["undo", "set_volume"]


@pytest.mark.parametrize(("text", "ids"), [
    ("join c.mp4 then b.mp4 and leave clip.mp4 out of it", ["c.mp4", "b.mp4"]),
    ("merge c.mp4 and b.mp4 but leave out clip.mp4", ["c.mp4", "b.mp4"]),
    ("stitch b.mp4 then c.mp4 together, keep clip.mp4 out of it", ["b.mp4", "c.mp4"]),
    ("combine b.mp4 and c.mp4, exclude clip.mp4", ["b.mp4", "c.mp4"]),
])
def test_a_file_left_out_of_a_join_is_not_joined(text: str, ids: list[str]) -> None:
    assert _ops(_plan(text, clips3=True)) == [{"op": "concat", "media_ids": ids}]


@pytest.mark.parametrize(("text", "query"), [
    ("cut the bit where i talk about shipping, the rates changed since", "shipping"),
    ("cut the section where i talk about pricing, prices went up since", "pricing"),
    ("remove the part where i mention the summer menu, the menu changed last week", "summer menu"),
    ("delete where i talk about shipping times, the policy is outdated now", "shipping times"),
])
def test_reason_after_a_topic_cut_is_not_searched(text: str, query: str) -> None:
    assert _ops(_plan(text)) == [{"op": "cut_sentences", "query": query}]
