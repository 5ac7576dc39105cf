"""Session 32 (fx1): a term asked about with no comma before the question, a feature asked about then why,
whether a filming fault can still be fixed in the edit, how to film (咋拍) and whether people shown must agree
are answered with no edit; one thing's colour pushed towards a hue is refused; music declined beside "the
choir is the music" adds none; what is named after an undo with how it looks is why; the blurred fill turned
down pads plainly; ending on black is a fade out."""

from __future__ import annotations

import pytest

from vidai_nb.engine.agent import parse
from vidai_nb.engine.ops import schemas as s
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft

UPLOADS = [SAMPLE_MEDIA[m] for m in ("clip.mp4", "b.mp4", "c.mp4", "music.mp3", "logo.png")]


def _plan(text: str, clips: tuple[str, ...] = ("clip.mp4",), music: str | None = None):  # type: ignore[no-untyped-def]
    zh = any("\u4e00" <= c <= "\u9fff" for c in text)
    return parse(text, "zh" if zh else "en", UPLOADS, sample_draft(list(clips), music))


@pytest.mark.parametrize("text", [
    "my friend keeps saying 'punch in' what does that even mean",
    "the vocal coach says 'sing through the cut' whats that supposed to mean",
    "can you export gifs? want one for the landing page",
    "这里可以导出gif吗？想放在商品详情页上",
    "阳台拍得有点暗 后期还能调亮吗",
    "the kitchen shots came out dark, can they still be brightened in post?",
    "开箱视频咋拍才显得专业",
    "拍同事的脸要先经过他们同意吗",
    "do we need consent from the parents to show students faces online?",
])
def test_answered_no_edit(text: str) -> None:
    plan = _plan(text)
    assert plan.answer and not plan.ops and plan.export is None and not plan.question and not plan.refusal


def test_quoted_term_not_text() -> None:
    plan = _plan("my friend keeps saying 'duck the music' what does that even mean")
    assert not plan.ops and plan.answer and "music" in plan.answer.lower()


def test_later_fix_says_how() -> None:
    assert "调亮" in (_plan("阳台拍得有点暗 后期还能调亮吗").answer or "")


def test_capability_then_order_still_done() -> None:
    plan = _plan("can you export gifs? if so make one of the first 3 seconds")
    assert plan.export is not None and plan.export["format"] == "gif" and not plan.answer


@pytest.mark.parametrize("text", ["把柠檬的颜色调得更黄一点", "只把西瓜调得更红",
                                  "make just the lemons a bit yellower"])
def test_one_thing_hue_refused(text: str) -> None:
    plan = _plan(text)
    assert plan.refusal and not plan.ops


@pytest.mark.parametrize("text", ["把第二段调成黑白", "make just the text redder"])
def test_whole_or_own_thing_not_refused_as_object(text: str) -> None:
    assert not _plan(text).refusal


@pytest.mark.parametrize("text", ["no music please, the crowd is the soundtrack",
                                  "别配乐了，鸟叫声本身就是音乐"])
def test_music_declined_with_reason(text: str) -> None:
    plan = _plan(text)
    assert not plan.ops and not plan.question and not plan.refusal


@pytest.mark.parametrize("text", ["undo that, the crossfade looks tacky", "撤回，那个转场看着好土"])
def test_undo_reason_not_new_edit(text: str) -> None:
    plan = _plan(text, ("clip.mp4", "b.mp4", "c.mp4"))
    assert [type(op) for op in plan.ops] == [s.Undo]


def test_undo_then_new_edit_kept() -> None:
    plan = _plan("undo that and add a crossfade", ("clip.mp4", "b.mp4", "c.mp4"))
    assert [type(op) for op in plan.ops] == [s.Undo, s.Crossfade]


@pytest.mark.parametrize("text", ["make it 9:16 but no blur", "make it 9:16, i hate the blurry bars",
                                  "改成竖屏9:16 不要模糊的背景"])
def test_blur_turned_down_is_solid(text: str) -> None:
    ops = [op for op in _plan(text).ops if isinstance(op, s.SetAspect | s.Platform)]
    assert ops and all(op.fit == "solid" for op in ops)


def test_blur_asked_stays_blur() -> None:
    ops = [op for op in _plan("make it 9:16 with a blurred background").ops if isinstance(op, s.SetAspect)]
    assert ops and ops[0].fit == "blur"


@pytest.mark.parametrize("text", ["end it on black", "let's close on a black screen", "结尾落在黑屏上"])
def test_end_on_black_is_fade_out(text: str) -> None:
    plan = _plan(text, music="music.mp3")
    assert [op.fade_out_ms for op in plan.ops if isinstance(op, s.Fade)] == [1000]
