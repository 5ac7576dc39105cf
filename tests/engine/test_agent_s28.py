"""Classes fixed from holdout36 (session 28, helper s28): clear wishes that were asked about or left undone -
the music cut out, pauses removed with an end kept, the ends' dead air, a teaser's length, the noise reduction
switched off, "put it back how it was", words in capitals styled and placed, a length by speed with cutting
ruled out, a freeze's length said after "frame", a part of the music, a filter's side effect as the reason."""

from __future__ import annotations

from typing import Any

import pytest

from vidai_nb.engine.agent import parse
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft

UPLOADS = [SAMPLE_MEDIA[m] for m in ("clip.mp4", "music.mp3", "logo.png")]


def _plan(text: str, music: bool = False) -> Any:
    lang = "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en"
    return parse(text, lang, UPLOADS, sample_draft(["clip.mp4"], "music.mp3" if music else None))


def _ops(text: str, music: bool = False) -> list[dict[str, Any]]:
    plan = _plan(text, music)
    assert not plan.question and not plan.refusal, (plan.question, plan.refusal)
    return [op.model_dump(exclude_unset=True) | {"op": op.op} for op in plan.ops]


@pytest.mark.parametrize("text", ["cut the music out, keep my narration", "cut the song out please",
                                  "cut the bgm out and keep the talking",
                                  "cut the background music out entirely"])
def test_the_music_cut_out_is_taken_out(text: str) -> None:
    assert _ops(text, music=True) == [{"op": "remove_music"}]


def test_the_music_cut_out_at_a_time_is_no_removal_of_the_music() -> None:
    plan = _plan("cut the music out at 0:30", music=True)
    assert not any(op.op == "remove_music" for op in plan.ops)


@pytest.mark.parametrize(("text", "ends"), [
    ("remove silences but keep the quiet intro at the start", "start"),
    ("cut the pauses but leave the silent outro at the end", "end"),
    ("remove the silences, keep the quiet opening at the very beginning", "start"),
    ("remove silences but keep the quiet intro at the start and the end", "both")])
def test_an_end_named_twice_and_kept_keeps_its_silence(text: str, ends: str) -> None:
    assert _ops(text) == [{"op": "remove_silences", "keep_ends": ends}]


@pytest.mark.parametrize(("text", "ends"), [
    ("trim the footage to where i start talking", "start"),
    ("trim the video to when i begin speaking", "start"),
    ("cut it down to the point where he starts talking", "start"),
    ("trim the clip from where she starts speaking", "start"),
    ("trim start and end silence", "both"), ("cut the beginning and end silence", "both"),
    ("trim end silence", "end"), ("remove the start silence", "start")])
def test_the_ends_dead_air_said_by_speech_or_as_the_silence_there(text: str, ends: str) -> None:
    assert _ops(text) == [{"op": "trim_dead_air", "ends": ends}]


@pytest.mark.parametrize(("text", "ms"), [
    ("make the whole gig teaser 30 sec", 30000), ("make my promo 15 sec", 15000),
    ("trim the whole promo to 20 seconds", 20000), ("make the highlights 45 seconds", 45000)])
def test_a_length_for_a_teaser_keeps_the_first_part(text: str, ms: int) -> None:
    plan = _plan(text)
    assert _ops(text) == [{"op": "keep_range", "start_ms": 0, "end_ms": ms}] and plan.target_ms == ms


@pytest.mark.parametrize("text", ["actually dont denoise, turn that off",
                                  "actually don't denoise it, switch it off",
                                  "dont do noise reduction, turn that off please", "别降噪了，关掉吧",
                                  "stop the noise reduction, turn it off"])
def test_denoise_said_not_wanted_then_switched_off_is_off(text: str) -> None:
    assert _ops(text) == [{"op": "denoise", "on": False}]


def test_denoise_said_not_wanted_alone_is_only_declined() -> None:
    plan = _plan("dont denoise")
    assert not plan.ops and plan.answer


@pytest.mark.parametrize("text", ["nvm put it back how it was before that", "put it back the way it was",
                                  "change it back to how it was", "go back to how it was before",
                                  "can you put it back like it was"])
def test_put_back_how_it_was_is_an_undo(text: str) -> None:
    assert [o["op"] for o in _ops(text)] == ["undo"]


def test_the_music_put_back_is_still_the_music() -> None:
    assert [o["op"] for o in _ops("put the music back")] == ["add_music"]


@pytest.mark.parametrize(("text", "expected"), [
    ("big red CONFIDENTIAL across the middle",
     {"text": "CONFIDENTIAL", "pos": "center", "size": 96, "color": "#FF0000"}),
    ("put big red CONFIDENTIAL across the middle",
     {"text": "CONFIDENTIAL", "pos": "center", "size": 96, "color": "#FF0000"}),
    ("bold yellow SOLD OUT at the top",
     {"text": "SOLD OUT", "pos": "top", "color": "#FFFF00", "style": "bold"}),
    ("small white DRAFT in the top right",
     {"text": "DRAFT", "pos": "top-right", "size": 40, "color": "#FFFFFF"}),
    ("huge SALE across the center from 2s to 6s",
     {"text": "SALE", "pos": "center", "size": 128, "start_ms": 2000, "end_ms": 6000})])
def test_capitals_after_a_look_and_before_a_place_are_the_text(text: str, expected: dict[str, Any]) -> None:
    assert _ops(text) == [{"op": "add_text", **expected}]


@pytest.mark.parametrize("text", ["speed it up so its 10 seconds, without cutting anything",
                                  "make it 10 seconds long by speeding it up, dont cut anything",
                                  "加速到10秒，别剪内容"])
def test_a_length_beyond_4x_with_cutting_ruled_out_is_refused_with_the_4x_option(text: str) -> None:
    plan = _plan(text)
    assert plan.refusal and "4" in plan.refusal and not plan.ops and not plan.question


@pytest.mark.parametrize(("text", "factor"), [("speed it up so it's 20 seconds", 3.0),
                                              ("speed the video up until its 30 seconds", 2.0)])
def test_a_length_reached_by_speed(text: str, factor: float) -> None:
    assert _ops(text) == [{"op": "speed", "factor": factor}]


def test_a_cut_so_its_a_length_is_a_purpose_not_a_second_cut() -> None:
    assert [o["op"] for o in _ops("cut 0:40 to 0:44 so it's 30 seconds")] == ["remove_range"]


@pytest.mark.parametrize(("text", "at", "ms"), [
    ("hold the frame 3 sec at 0:12", 12000, 3000), ("hold the frame 2s at 0:05", 5000, 2000),
    ("freeze frame 3 seconds at 0:12", 12000, 3000), ("freeze the frame 1.5 sec at 0:20", 20000, 1500)])
def test_a_length_after_frame_is_how_long_it_holds(text: str, at: int, ms: int) -> None:
    assert _ops(text) == [{"op": "freeze_frame", "at_ms": at, "duration_ms": ms}]


@pytest.mark.parametrize(("text", "at"), [("split at frame 90", 3000), ("cut at frame 150", 5000)])
def test_a_frame_number_is_still_a_time(text: str, at: int) -> None:
    assert _ops(text) == [{"op": "split", "at_ms": at}]


@pytest.mark.parametrize("text", ["only keep the second minute of the song",
                                  "only keep the first 30 seconds of the song",
                                  "just use the chorus of the song", "cut the first 10 seconds of the music"])
def test_a_part_of_the_music_is_refused_never_added_or_cut(text: str) -> None:
    plan = _plan(text, music=True)
    assert plan.refusal and not plan.ops and not plan.question


def test_a_part_of_the_video_is_still_kept() -> None:
    assert _ops("keep the first 30 seconds", music=True) == [
        {"op": "keep_range", "start_ms": 0, "end_ms": 30000}]


@pytest.mark.parametrize("text", ["turn the denoise off, it makes the music sound muffled",
                                  "turn off noise reduction, my voice sounds robotic",
                                  "switch the denoise off, the audio sounds muffled now"])
def test_a_filters_side_effect_beside_switching_it_off_is_the_reason(text: str) -> None:
    plan = _plan(text, music=True)
    assert _ops(text, music=True) == [{"op": "denoise", "on": False}]
    assert not plan.notes


def test_a_sound_complaint_alone_is_still_asked() -> None:
    plan = _plan("the audio sounds muffled")
    assert plan.question and "noise" in plan.question


def _draft_with(*overlays: str) -> dict[str, Any]:
    from vidai_nb.engine.ops import apply

    draft = sample_draft(["clip.mp4"], None)
    if "logo" in overlays:
        draft = apply(draft, {"op": "add_logo", "media_id": "logo.png"}, SAMPLE_MEDIA)
    if "text" in overlays:
        draft = apply(draft, {"op": "add_text", "text": "@me"}, SAMPLE_MEDIA)
    return draft


def _on(text: str, *overlays: str) -> Any:
    lang = "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en"
    return parse(text, lang, UPLOADS, _draft_with(*overlays))


@pytest.mark.parametrize("text", ["remove the watermark i added", "take my logo off",
                                  "delete the logo we put on", "去掉我刚才加的台标",
                                  "remove my watermark from the corner"])
@pytest.mark.parametrize("overlays", [(), ("logo",)])
def test_the_persons_own_logo_is_removed(text: str, overlays: tuple[str, ...]) -> None:
    plan = _on(text, *overlays)
    assert [op.op for op in plan.ops] == ["remove_logo"] and not plan.question and not plan.refusal
    assert not plan.notes


def test_a_logo_over_the_video_is_what_remove_the_logo_means() -> None:
    assert [op.op for op in _on("remove the logo", "logo").ops] == ["remove_logo"]


def test_remove_the_logo_with_none_added_is_still_the_footage_refusal() -> None:
    plan = _on("remove the logo")
    assert plan.refusal and not plan.ops


@pytest.mark.parametrize("overlays", [(), ("logo",), ("logo", "text")])
def test_a_watermark_in_the_footage_is_refused_whatever_was_added(overlays: tuple[str, ...]) -> None:
    plan = _on("get rid of the tiktok watermark", *overlays)
    assert plan.refusal and not plan.ops


@pytest.mark.parametrize("text", ["remove the watermark i added", "把我加的水印去掉"])
def test_the_persons_watermark_as_text_is_their_text(text: str) -> None:
    plan = _on(text, "text")
    assert [op.model_dump() for op in plan.ops] == [{"op": "remove_text", "track": "text"}]


@pytest.mark.parametrize("text", ["remove the watermark i added", "把我加的水印去掉"])
def test_the_persons_watermark_with_both_a_logo_and_text_is_asked(text: str) -> None:
    plan = _on(text, "logo", "text")
    assert plan.question and not plan.ops


def test_remove_logo_takes_the_logo_off_and_says_so_when_there_is_none() -> None:
    from vidai_nb.engine.ops import OpError, apply, describe

    draft = apply(_draft_with("logo"), {"op": "remove_logo"}, SAMPLE_MEDIA)
    assert not any(t.get("role") == "overlay" for t in draft["t"])
    assert describe({"op": "remove_logo"}) == "removed the logo"
    with pytest.raises(OpError):
        apply(sample_draft(["clip.mp4"], None), {"op": "remove_logo"}, SAMPLE_MEDIA)


def test_the_persons_logo_taken_off_a_corner_is_removed() -> None:
    plan = _on("take my watermark off the top right corner", "logo")
    assert [op.op for op in plan.ops] == ["remove_logo"] and not plan.notes


def test_a_logo_dropped_in_a_corner_is_still_placed() -> None:
    assert [op.op for op in _on("drop the logo in the bottom left", "logo").ops] == ["add_logo"]
