"""Session 33 (fxa): another tool named after "can" ("can chatgpt just edit my videos for me …") is a
question about tools, answered with or without a "?"; "turn this into a short (vid) for X" with no length,
part or format asks which part and how long (a format or a length said keeps the platform preset); the clips
"in a different order" with none said asks which order (never the imagery refusal); "start over" said of the
speaker ("where i mess up … and start over") is a retake, asked about - the edit started over still
restores; a clip named by its place after a move in the same request ("whichever one is first after that /
now") is the clip there then; the picture held ("hold / pause on the picture for 3s at 0:05") is a freeze of
that length; the music's fade-in by its longer name ("fade in the background music over 3s") is the music's,
of that length; the logo removed and an image used "instead" is the logo swapped (one logo); a length with
all of it said to stay ("make it 60 seconds but keep every second of it") is reached by speed."""

from __future__ import annotations

import pytest

from vidai_nb.engine.agent import parse
from vidai_nb.engine.ops import apply, parse_operation
from vidai_nb.engine.ops import schemas as s
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft

UPLOADS = [SAMPLE_MEDIA[m] for m in ("clip.mp4", "music.mp3", "logo.png", "photo1.jpg")]
CLIPS3 = [SAMPLE_MEDIA[m] for m in ("clip.mp4", "b.mp4", "c.mp4")]


def _plan(text: str, music: bool = False, clips3: bool = False,  # type: ignore[no-untyped-def]
          logo: str | None = None):
    zh = any("\u4e00" <= c <= "\u9fff" for c in text)
    if clips3:
        return parse(text, "zh" if zh else "en", CLIPS3, sample_draft(["clip.mp4", "b.mp4", "c.mp4"], None))
    draft = sample_draft(["clip.mp4"], music="music.mp3") if music else sample_draft(["clip.mp4"], None)
    if logo:
        draft = apply(draft, parse_operation({"op": "add_logo", "media_id": logo}), SAMPLE_MEDIA)
    return parse(text, "zh" if zh else "en", UPLOADS, draft)


@pytest.mark.parametrize("text", [
    "can chatgpt just edit my videos for me or do i still need capcut",
    "can chatgpt cut my videos for me",
    "could claude edit this video for me or do i need premiere",
])
def test_another_tool_named_after_can_is_answered(text: str) -> None:
    plan = _plan(text)
    assert plan.answer and not plan.ops and plan.question is None


@pytest.mark.parametrize("text", [
    "help me turn this into a short vid for tiktok",
    "turn this into a short video for tiktok",
    "can you make this into a short clip for youtube",
])
def test_a_short_with_nothing_said_asks(text: str) -> None:
    plan = _plan(text)
    assert not plan.ops and plan.question


@pytest.mark.parametrize("text", [
    "tiktok format", "turn this into a tiktok",
    "turn this into a short vertical video for tiktok",
])
def test_a_format_said_keeps_the_platform_preset(text: str) -> None:
    plan = _plan(text)
    assert [type(op) for op in plan.ops] == [s.Platform] and plan.question is None


@pytest.mark.parametrize("text", [
    "put them in a different order", "put the clips in another order",
    "can the clips go in a different order",
])
def test_a_different_order_with_none_said_asks(text: str) -> None:
    plan = _plan(text, clips3=True)
    assert not plan.ops and plan.question and plan.refusal is None


@pytest.mark.parametrize("text", [
    "cut the bit where i mess up my intro line and start over",
    "remove the part where i stumble and have to start over",
    "cut the part where i forget my lines and start again",
])
def test_the_speakers_start_over_is_a_retake_asked_about(text: str) -> None:
    plan = _plan(text)
    assert not plan.ops and plan.question


@pytest.mark.parametrize("text", ["start over", "undo everything and start over", "i want to start over"])
def test_the_edit_started_over_restores(text: str) -> None:
    plan = _plan(text)
    assert [(type(op), op.version) for op in plan.ops] == [(s.RestoreVersion, 1)]


@pytest.mark.parametrize(("text", "ops"), [
    ("swap clip 1 and 2, then delete whichever one is first after that",
     [{"op": "reorder", "order": [2, 1, 3]}, {"op": "delete_segment", "index": 1}]),
    ("swap clip 1 and 2, then delete whichever is first now",
     [{"op": "reorder", "order": [2, 1, 3]}, {"op": "delete_segment", "index": 1}]),
    ("move clip 3 to the front, then delete whatever is last now",
     [{"op": "move_segment", "index": 3, "to_index": 1}, {"op": "delete_segment", "index": 3}]),
    ("swap clips 1 and 2 and then delete whatever ends up third",
     [{"op": "reorder", "order": [2, 1, 3]}, {"op": "delete_segment", "index": 3}]),
])
def test_a_place_said_after_a_move_is_the_clip_there_then(text: str, ops: list[dict[str, object]]) -> None:
    plan = _plan(text, clips3=True)
    assert [op.model_dump(exclude_defaults=True) | {"op": op.op} for op in plan.ops] == ops


@pytest.mark.parametrize(("text", "dur"), [
    ("hold on the picture for 2s at 0:05", 2000),
    ("pause on the picture for 3s at 0:05", 3000),
    ("hold still on the picture for 3s at 0:05", 3000),
    ("hold the image for 3 seconds at the 5 second mark", 3000),
])
def test_the_picture_held_is_a_freeze_of_that_length(text: str, dur: int) -> None:
    plan = _plan(text)
    assert [(type(op), op.at_ms, op.duration_ms) for op in plan.ops] == [(s.FreezeFrame, 5000, dur)]


@pytest.mark.parametrize(("text", "ms"), [
    ("fade in the bgm over 3s", 3000),
    ("fade in the background music over 3s", 3000),
    ("fade in the bg music over 2.5s", 2500),
])
def test_the_music_faded_in_by_its_longer_name(text: str, ms: int) -> None:
    plan = _plan(text, music=True)
    assert [(type(op), op.fade_in_ms, op.fade_out_ms) for op in plan.ops] == [(s.FadeMusic, ms, None)]


def test_fade_in_and_out_of_the_background_music_keeps_both_times() -> None:
    plan = _plan("fade the background music in over 3s and out over 5s", music=True)
    assert [(type(op), op.fade_in_ms, op.fade_out_ms) for op in plan.ops] == [(s.FadeMusic, 3000, 5000)]


@pytest.mark.parametrize("text", [
    "delete the logo and use logo.png instead",
    "get rid of that logo, use logo.png instead",
    "remove the old logo and put logo.png on instead",
])
def test_the_logo_swapped_for_an_image_used_instead(text: str) -> None:
    plan = _plan(text, logo="photo1.jpg")
    assert [type(op) for op in plan.ops] == [s.RemoveLogo, s.AddLogo]
    assert plan.ops[1].media_id == "logo.png" and plan.refusal is None


@pytest.mark.parametrize(("text", "factor"), [
    ("make it 60 seconds but keep every second of it", 1.8333),
    ("make it 60 seconds but dont cut anything", 1.8333),
    ("make it 1 minute but keep everything", 1.8333),
])
def test_a_length_with_all_of_it_kept_is_reached_by_speed(text: str, factor: float) -> None:
    plan = _plan(text, clips3=True)
    assert [(type(op), op.factor) for op in plan.ops] == [(s.Speed, factor)]


def test_a_bare_length_still_keeps_the_start() -> None:
    plan = _plan("make it 60 seconds", clips3=True)
    assert [type(op) for op in plan.ops] == [s.KeepRange]
