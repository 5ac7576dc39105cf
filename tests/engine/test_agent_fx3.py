"""Session 32 (fx3): Chinese misreadings of holdout43, each as a class - a subtitle accuracy question naming
another editor is answered; a downloaded platform's watermark asked off in phrases of their own, a turn by
an odd angle (转个30度) and voice and accompaniment split into tracks are refused; black bars said to go are
the crop fit; a subtitle cue's quoted words are the text; 剪到一起 joins; 放一张photo.jpg adds the still;
砍了 cuts; 把标题「A」换成「B」 replaces the title; a bare stem before 那段 names the clip; one thing kept
and the rest put off changes nothing; 第一帧 is 0 ms; 把c放第一个 moves c; 中间/最后那段 after a split is that
piece."""

from __future__ import annotations

import pytest

from vidai_nb.engine.agent import parse
from vidai_nb.engine.ops import schemas as s
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft

MEDIA = list(SAMPLE_MEDIA.values())


def _plan(text: str, clips3: bool = False):  # type: ignore[no-untyped-def]
    zh = any("\u4e00" <= c <= "\u9fff" for c in text)
    names = ["clip.mp4", "b.mp4", "c.mp4"] if clips3 else ["clip.mp4"]
    return parse(text, "zh" if zh else "en", MEDIA, sample_draft(names, None))


@pytest.mark.parametrize("text", ["自动字幕准不准啊 会比剪映的好吗", "这里识别字幕比剪映准吗"])
def test_subtitle_accuracy_against_another_editor_is_answered(text: str) -> None:
    plan = _plan(text)
    assert plan.answer and not plan.ops and not plan.question


@pytest.mark.parametrize("text", ["快手下载的 上面有个水印 能去掉吗", "抖音保存的视频 有水印 麻烦去下",
                                  "有点斜 帮我转个15度", "人声与背景音乐拆成两轨", "帮我把歌声跟伴奏分离开"])
def test_refused(text: str) -> None:
    plan = _plan(text)
    assert plan.refusal and not plan.ops


@pytest.mark.parametrize("text", ["改成横屏 把两边的黑边去掉", "9:16 去掉左右黑边"])
def test_black_bars_said_to_go_crop(text: str) -> None:
    plan = _plan(text)
    assert len(plan.ops) == 1 and isinstance(plan.ops[0], s.SetAspect) and plan.ops[0].fit == "crop"


@pytest.mark.parametrize(("text", "words"), [
    ("00:00:02,000 --> 00:00:04,000 显示「点赞关注」", "点赞关注"),
    ('00:00:10,000 --> 00:00:12,500 show "thanks for watching"', "thanks for watching"),
])
def test_cue_quote_is_the_text(text: str, words: str) -> None:
    plan = _plan(text)
    assert len(plan.ops) == 1 and isinstance(plan.ops[0], s.AddText) and plan.ops[0].text == words


@pytest.mark.parametrize(("text", "clips3", "want"), [
    ("c和b剪到一块", True, [s.Concat(media_ids=["c.mp4", "b.mp4"])]),
    ("最后加一张photo2.jpg 停留5秒", False, [s.AddClips(media_ids=["photo2.jpg"], image_ms=5000)]),
    ("40秒之后的全砍了", False, [s.RemoveRange(start_ms=40000)]),
    ("将标题「春天」改成「夏天」", False, [s.RemoveText(track="title"), s.AddTitle(text="夏天")]),
    ("c那段加速到2倍", True, [s.Speed(factor=2.0, index=3)]),
    ("在第一帧定格2秒", False, [s.FreezeFrame(at_ms=0, duration_ms=2000)]),
    ("把b放第一个", True, [s.MoveSegment(index=2, to_index=1)]),
    ("分成4段 把最后那段删掉", False, [s.Split(at_ms=15000), s.Split(at_ms=30000), s.Split(at_ms=45000),
                                 s.DeleteSegment(index=4)]),
])
def test_ops(text: str, clips3: bool, want: list[object]) -> None:
    plan = _plan(text, clips3)
    assert [o.model_dump() for o in plan.ops] == [o.model_dump() for o in want]  # type: ignore[attr-defined]


def test_first_frame_thumbnail_is_zero() -> None:
    assert _plan("截第一帧当封面").export == {"format": "jpg", "at_ms": 0}


@pytest.mark.parametrize("text", ["字幕千万别加 别的我再想想",
                                  "don't touch the aspect ratio, I'll look at the rest later"])
def test_one_thing_kept_rest_put_off_changes_nothing(text: str) -> None:
    plan = _plan(text)
    assert not plan.ops and not plan.question and not plan.refusal and plan.export is None
