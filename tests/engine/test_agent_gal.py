"""gal (issue 9): questions that are answered, never edits - how loud music sits under a voice ("ballpark
how loud …", "rough music level under …? what % to use"), whether the music lasts the video (answered from
the two lengths), "show me the words i said" (the transcript), whether gifs can be made of their clips
("能不能导成动图啊"); burnt-in stamps and hard subtitles refused; a vague "a place in the subtitles is wrong"
asked about; text declined "until i have decided" changes nothing."""

from __future__ import annotations

import pytest

from tests.engine.agent_plans import plan as _plan
from vidai_nb.engine.agent import parse
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft

ANSWERED = [
    ("ballpark how loud should drone music be compared to narration", "10–20"),
    ("rough music level under a sermon voice? i never know what % to use", "10–20"),
    ("roughly how quiet should background music sit under a podcast voice", "10–20"),
    ("背景音乐压在解说下面 一般调到百分之多少啊", "10%–20%"),
    ("can you show me the words i said in the nursing clip? like a transcript", "transcript"),
    ("把我在第二段里说的话给我看看 像文字稿那样", "文字稿"),
    ("can you make gifs out of my vod clips?", "gif"),
    ("能不能导成动图啊 想发家长群里", "动图"),
]


@pytest.mark.parametrize(("text", "said"), ANSWERED)
def test_answered_not_edited(text: str, said: str) -> None:
    plan = _plan(text, music=True)
    assert plan.answer and said in plan.answer
    assert not plan.ops and plan.export is None and not plan.question and not plan.refusal


def test_show_words_on_screen_is_still_subtitles() -> None:
    plan = _plan("show the words i said on screen")
    assert [op.op for op in plan.ops] == ["add_subtitles"]


def test_gif_of_a_part_is_exported() -> None:
    plan = _plan("能不能把前3秒导成动图啊")
    assert plan.export is not None and plan.export["format"] == "gif" and plan.export["end_ms"] == 3000


def _with_music(text: str) -> str | None:
    media = [SAMPLE_MEDIA[m] for m in ("clip.mp4", "b.mp4", "c.mp4", "music.mp3")]
    plan = parse(text, "zh" if any("\u4e00" <= c <= "\u9fff" for c in text) else "en", media,
                 sample_draft(["clip.mp4", "b.mp4", "c.mp4"], None))
    assert not plan.ops and plan.export is None
    return plan.answer


def test_music_long_enough_answered_from_lengths() -> None:
    said = _with_music("i have a question: the music.mp3 is it long enough for all the video or it stop "
                       "before?")
    assert said is not None and "2:00" in said and "1:50" in said
    said = _with_music("music.mp3够不够整个视频用 会不会中途断掉")
    assert said is not None and "2:00" in said


@pytest.mark.parametrize("text", [
    "remove the date and temperature stamp the trail cam burns into the bottom",
    "get rid of the temperature and date stamp on the trail camera footage",
    "这个视频是别人的 下面有硬字幕 能不能给我去干净",
    "下载的视频下面有硬字幕 帮我去干净",
])
def test_burnt_in_refused(text: str) -> None:
    plan = _plan(text)
    assert plan.refusal and not plan.ops and plan.export is None


@pytest.mark.parametrize("text", [
    "字幕里有个地方不对 帮我改改",
    "字幕有几处不对 帮我弄弄",
    "something in the subtitles is wrong, fix it pls",
])
def test_vague_subtitle_fix_asks(text: str) -> None:
    plan = _plan(text)
    assert plan.question and not plan.ops and not plan.refusal


@pytest.mark.parametrize("text", ["暂时不要加任何文字 等我想好", "暂时不要加任何文字 等我想好再说"])
def test_declined_until_decided_changes_nothing(text: str) -> None:
    plan = _plan(text)
    assert not plan.ops and plan.export is None and not plan.question and not plan.refusal
