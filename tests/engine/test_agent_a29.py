"""Session 29 (a29): a question never changes the draft, a part-only wish is never applied to the whole
video silently, a reply never both refuses and applies (holdout38's misses)."""

from __future__ import annotations

import pytest

from vidai_nb.engine.agent import parse
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft

UPLOADS = [SAMPLE_MEDIA[m] for m in ("clip.mp4", "music.mp3", "logo.png")]


def _plan(text: str, music: bool = False):  # type: ignore[no-untyped-def]
    zh = any("\u4e00" <= c <= "\u9fff" for c in text)
    draft = sample_draft(["clip.mp4"], "music.mp3" if music else None)
    return parse(text, "zh" if zh else "en", UPLOADS, draft)


@pytest.mark.parametrize("text", [
    "instagram reels is 16:9 right? or is it the other way round", "youtube shorts are 9:16 right?",
    "tiktok is vertical, correct?", "the instagram feed is 4:5 isn't it", "youtube is 16:9?",
    "抖音是竖屏吧？", "b站用的是横屏对吧", "小红书应该是3:4的吧",
])
def test_what_a_platform_uses_guessed_is_answered(text: str) -> None:
    plan = _plan(text)
    assert plan.answer and not plan.ops and plan.export is None and not plan.question and not plan.refusal


@pytest.mark.parametrize("text", ["make it 9:16 right?", "tiktok is 9:16 so make it that", "改成竖屏吧"])
def test_an_order_with_a_tag_is_still_done(text: str) -> None:
    plan = _plan(text)
    assert plan.ops and not plan.answer


@pytest.mark.parametrize(("text", "shown"), [
    ("make the engine start part slow motion", "can't see"),
    ("make the kids singing part louder", "can't see"),
    ("louder at the end part", "0:50–1:00"), ("make the start bit quieter", "0:00–0:10"),
    ("turn up the volume at the end part", "0:55–1:00"), ("结尾那部分声音大一点", "0:50–1:00"),
])
def test_a_part_named_with_no_times_is_asked_about(text: str, shown: str) -> None:
    plan = _plan(text)
    assert not plan.ops and plan.question and shown in plan.question


@pytest.mark.parametrize("text", ["make it louder", "make the whole thing louder", "slow it down",
                                  "bump the volume a bit", "bump the volume down a bit"])
def test_the_whole_video_is_still_changed(text: str) -> None:
    plan = _plan(text)
    assert plan.ops and not plan.question


def test_louder_music_in_a_part_says_turn_up() -> None:
    plan = _plan("make the music louder in the chorus part", music=True)
    assert not plan.ops and plan.question and "turn up" in plan.question


@pytest.mark.parametrize(("text", "start", "end"), [
    ("make a gif of 0:04 to 0:07, the dog shake", 4000, 7000),
    ("export 0:10 to 0:20 as a gif, the cat sneeze", 10000, 20000),
    ("make a gif of 0:20 to 0:24 - the dragon float at the parade", 20000, 24000),
])
def test_a_part_described_after_an_export_is_not_refused(text: str, start: int, end: int) -> None:
    plan = _plan(text)
    assert plan.export == {"format": "gif", "start_ms": start, "end_ms": end} and not plan.refusal


@pytest.mark.parametrize("text", ["make a gif of 0:04 to 0:07 and add a dragon",
                                  "cut the first 5 seconds and add fireworks"])
def test_imagery_asked_in_its_own_clause_is_still_refused(text: str) -> None:
    assert _plan(text).refusal


@pytest.mark.parametrize("text", ["can you edit this nicely for tiktok", "edit it for reels",
                                  "clean this up for youtube shorts", "polish it up for tiktok pls"])
def test_an_edit_of_no_kind_for_a_platform_is_asked(text: str) -> None:
    plan = _plan(text)
    assert not plan.ops and plan.question and "9:16" in plan.question


@pytest.mark.parametrize("text", ["make it for tiktok", "make the food truck promo for tiktok"])
def test_made_for_a_platform_is_still_the_preset(text: str) -> None:
    assert [op.op for op in _plan(text).ops] == ["platform"]


@pytest.mark.parametrize("text", ["我改了好几次了，还能回到最开始的版本吗", "能回到原来的版本吗",
                                  "can i still go back to the original version?"])
def test_whether_a_version_can_be_gone_back_to_is_answered(text: str) -> None:
    plan = _plan(text)
    assert plan.answer and not plan.ops and not plan.question
    assert "1" in plan.answer


def test_back_to_the_very_first_version_said_is_done() -> None:
    [op] = _plan("回到最开始的版本").ops
    assert op.op == "restore_version" and op.version == 1  # type: ignore[attr-defined]


@pytest.mark.parametrize("text", ["don't cut anything yet, still thinking",
                                  "dont change anything yet, i'm still deciding",
                                  "hold off on the edits, still thinking",
                                  "wait don't trim it yet, let me think",
                                  "先别动，我还在犹豫"])
def test_declined_while_still_thinking_does_nothing(text: str) -> None:
    plan = _plan(text)
    assert not plan.ops and not plan.question and not plan.refusal and plan.export is None


@pytest.mark.parametrize("text", ["cut the music out from 0:10 to 0:20", "no music from 0:05 to 0:15",
                                  "把0:10到0:20的音乐去掉", "cut the music after 0:30",
                                  "mute the music for the first 10 seconds"])
def test_music_taken_out_of_a_stretch_never_cuts_the_video(text: str) -> None:
    # (since gat: that stretch of the music is muted - never the video cut, never all the music removed)
    plan = _plan(text, music=True)
    assert [(o.op, o.track) for o in plan.ops] == [("mute", "bgm")]  # type: ignore[attr-defined]
    assert plan.ops[0].start_ms is not None and not plan.refusal  # type: ignore[attr-defined]


@pytest.mark.parametrize(("text", "fin", "fout"), [
    ("fade out the last 5 seconds of the song", None, 5000),
    ("fade in the first 3 seconds of the music", 3000, None),
    ("fade the music out over 4 seconds", None, 4000),
])
def test_a_fade_of_the_songs_end_is_the_musics(text: str, fin: int | None, fout: int | None) -> None:
    [op] = _plan(text, music=True).ops
    assert op.op == "fade_music" and op.fade_in_ms == fin and op.fade_out_ms == fout  # type: ignore[attr-defined]


@pytest.mark.parametrize(("text", "op"), [
    ("cut the first 5 seconds, still thinking about the music", "trim"),
    ("add subtitles, not sure about the song yet", "add_subtitles"), ("去掉前5秒，音乐我还在想", "trim"),
])
def test_music_not_decided_yet_is_not_added(text: str, op: str) -> None:
    assert [o.op for o in _plan(text).ops] == [op]
