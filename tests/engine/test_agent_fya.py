"""Issue 9 (fya) classes, from holdout47 (and holdout46's 47132):
- slides a talk shows ("i pause a LOT between slides") are no slideshow made of the uploaded photos;
- one clip said to be used or kept ("just use b", "use c only") with the others said to go ("the other two",
  "the first two" when they are exactly the others) keeps that clip - never a trim of 2 s;
- "plus" before a new edit ("black and white plus a title 'X'") lists it like a comma;
- the title shortened / reworded / trimmed down to new words replaces the old one;
- "crop it to 9:16 but dont cut off the sides, use the blurry background": the crop names the shape, the
  fill said is the fit;
- "stop / pause / hold on the <thing> at T for D" is a freeze frame;
- a logo described as on the wall / sign behind someone is no text put behind a person (not refused);
- text put behind a person named by role (pastor, bride, coach) or with someone walking in front of it is
  refused;
- "add a drone / aerial / establishing shot of X" with no file named is refused (footage not there);
- a flip of part of the time with the picture said mirrored "there" is asked, never the whole flipped;
- whether a platform's videos may run longer than N is answered.
"""

from __future__ import annotations

import pytest

from tests.engine.agent_plans import plan
from vidai_nb.engine.agent import Plan
from vidai_nb.engine.ops import schemas as s
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA

UPLOADS = [SAMPLE_MEDIA[m] for m in ("clip.mp4", "music.mp3", "logo.png", "photo1.jpg", "photo2.jpg")]


def _plan(text: str, music: bool = False, clips3: bool = False) -> Plan:
    return plan(text, music, clips3, UPLOADS)


def _ops(p: Plan) -> list[str]:
    return [op.op for op in p.ops]


@pytest.mark.parametrize("text", [
    "remove the long pauses in my conference talk, i pause a LOT between slides",
    "remove the silences, there are long gaps between my slides",
    "cut the pauses, i stop a lot on the slides",
    "remove the pauses, i go quiet when changing slides",
])
def test_slides_of_a_talk_are_no_slideshow(text: str) -> None:
    p = _plan(text)
    assert _ops(p) == ["remove_silences"] and not p.question and not p.refusal


@pytest.mark.parametrize("text", ["make a slideshow of the photos, 3s each",
                                  "make slides of the photos, 3s each"])
def test_slideshow_still_made(text: str) -> None:
    assert _ops(_plan(text)) == ["slideshow"]


@pytest.mark.parametrize(("text", "span"), [
    ("honestly just use b, get rid of the other two", (60000, 90000)),
    ("actually just use c.mp4, get rid of the first two", (90000, 110000)),
    ("just use b, delete the others", (60000, 90000)),
    ("keep only c, remove the other two", (90000, 110000)),
    ("use c only, drop the first two", (90000, 110000)),
    ("just use clip.mp4, delete the last 2 clips", (0, 60000)),
])
def test_one_clip_kept_the_others_go(text: str, span: tuple[int, int]) -> None:
    p = _plan(text, clips3=True)
    assert len(p.ops) == 1 and isinstance(p.ops[0], s.KeepRange) and not p.question
    assert (p.ops[0].start_ms, p.ops[0].end_ms) == span


@pytest.mark.parametrize("text", ["just use b, delete the first two", "keep c, drop the last two"])
def test_ends_that_are_not_the_others_cut_nothing(text: str) -> None:
    p = _plan(text, clips3=True)
    assert not any(isinstance(op, s.KeepRange | s.Trim | s.DeleteSegment) for op in p.ops)


@pytest.mark.parametrize(("text", "title", "end"), [
    ("black and white plus a title 'Early Photography' for the first 4 seconds", "Early Photography", 4000),
    ("make it black and white plus add a title 'Hi'", "Hi", None),
])
def test_plus_lists_a_new_edit(text: str, title: str, end: int | None) -> None:
    p = _plan(text)
    assert _ops(p) == ["color", "add_title"]
    color, added = p.ops
    assert isinstance(color, s.Color) and color.gray
    assert isinstance(added, s.AddTitle) and added.text == title and added.end_ms == end
    assert "color" not in added.model_dump(exclude_unset=True)


@pytest.mark.parametrize(("text", "words"), [
    ("shorten the title to 'Open House'", "Open House"),
    ("trim the title down to 'Open House'", "Open House"),
    ("reword the title to 'Welcome'", "Welcome"),
    ("abbreviate the heading to 'OH'", "OH"),
])
def test_title_shortened_replaces_the_old(text: str, words: str) -> None:
    p = _plan(text)
    assert _ops(p) == ["remove_text", "add_title"]
    gone, added = p.ops
    assert isinstance(gone, s.RemoveText) and gone.track == "title"
    assert isinstance(added, s.AddTitle) and added.text == words


@pytest.mark.parametrize(("text", "ratio", "fit"), [
    ("crop it to 9:16 but dont actually cut off the sides, use the blurry background", "9:16", "blur"),
    ("crop it to 1:1 but don't lose the edges, blurred background", "1:1", "blur"),
    ("crop to 9:16 without cutting anything off, use black bars", "9:16", "solid"),
    ("crop it to 9:16 but dont cut off the sides", "9:16", None),
    ("crop it to 9:16", "9:16", "crop"),
])
def test_crop_said_with_the_edges_kept(text: str, ratio: str, fit: str | None) -> None:
    p = _plan(text)
    assert len(p.ops) == 1 and isinstance(p.ops[0], s.SetAspect)
    assert p.ops[0].ratio == ratio and p.ops[0].model_dump(exclude_unset=True).get("fit") == fit


@pytest.mark.parametrize(("text", "at", "dur"), [
    ("stop on the floor plan at 0:12 for 2 seconds so people can read it", 12000, 2000),
    ("pause on the menu for 3s at 0:05", 5000, 3000),
    ("hold on the recipe card at 0:20 for 4 seconds", 20000, 4000),
    ("linger on the price list at 0:30 for 3 seconds so viewers can read it", 30000, 3000),
])
def test_stop_on_a_thing_for_a_while_is_a_freeze(text: str, at: int, dur: int) -> None:
    p = _plan(text)
    assert len(p.ops) == 1 and isinstance(p.ops[0], s.FreezeFrame)
    assert (p.ops[0].at_ms, p.ops[0].duration_ms) == (at, dur)


@pytest.mark.parametrize("text", [
    "remove the logo i added, NOT the church logo on the wall behind him",
    "remove my watermark, not the text on the sign behind her",
    "delete the logo i put on, keep the school logo on the banner behind the coach",
])
def test_logo_in_the_scene_behind_someone_is_not_refused(text: str) -> None:
    p = _plan(text)
    assert _ops(p) == ["remove_logo"] and not p.refusal


@pytest.mark.parametrize("text", [
    "put the title behind the pastor so it looks like he's walking in front of it",
    "put the title behind the pastor",
    "put the words behind the bride so she walks in front of them",
    "add the title 'Grace' and have the preacher standing in front of it",
])
def test_text_behind_a_person_refused(text: str) -> None:
    p = _plan(text)
    assert p.refusal and "behind" in p.refusal and not p.ops


@pytest.mark.parametrize("text", [
    "add a drone shot of the house from above at the start",
    "add an aerial shot of the city at the start",
    "insert some aerial footage of the lake after the intro",
    "put an establishing shot of the church first",
])
def test_shot_of_something_not_uploaded_refused(text: str) -> None:
    p = _plan(text)
    assert p.refusal and not p.ops


def test_shot_named_by_its_file_is_added() -> None:
    p = _plan("add a drone shot of the quad, b.mp4, at the start", clips3=True)
    assert not p.refusal


@pytest.mark.parametrize("text", [
    "flip the last 10 seconds, the webcam was mirrored there",
    "mirror the first 20 seconds, the camera was flipped there",
    "flip 0:30-0:45, it's mirrored in that part",
])
def test_part_flipped_there_is_asked(text: str) -> None:
    p = _plan(text)
    assert p.question and "whole video" in p.question and not p.ops


def test_mirrored_said_of_the_whole_still_flips() -> None:
    assert _ops(_plan("flip it, the webcam was mirrored")) == ["flip"]


@pytest.mark.parametrize("text", [
    "can twitch clips be longer than 60 sec or is that only on tiktok",
    "can youtube shorts be longer than 60 seconds",
    "do tiktoks go over 3 minutes",
])
def test_platform_length_asked_is_answered(text: str) -> None:
    p = _plan(text)
    assert p.answer and not p.ops and not p.question
