"""Session 33 (fxd), holdout44's Chinese misses as classes: the letters said big or small with 字
first (字要大) size the text; an end cut by an amount before a title, a space between, is the trim (not
the title's time or place); a downloaded watermark named as a creator's (up主 / 博主) or bilibili's is
refused; a highlight reel or the best parts kept (高光集锦, 精彩的地方都留下) asks which; two ranges kept
then "joined" join those parts, not the uploads; two levels said apart by a space after the percent set
each; 循坏 / 循还 are 循环; the undone step named and wanted again is one redo; bare words after a place
and 来个 / 打个 are text; the music taken off, then why it is better (还是安静点好), is the removal, not
a question."""

from __future__ import annotations

import pytest

from vidai_nb.engine.agent import parse
from vidai_nb.engine.ops import schemas as s
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft

UPLOADS = [SAMPLE_MEDIA[m] for m in ("clip.mp4", "music.mp3", "logo.png")]
CLIPS3 = [SAMPLE_MEDIA[m] for m in ("clip.mp4", "b.mp4", "c.mp4")]


def _plan(text: str, music: bool = False, clips3: bool = False):  # type: ignore[no-untyped-def]
    zh = any("\u4e00" <= c <= "\u9fff" for c in text)
    if clips3:
        return parse(text, "zh" if zh else "en", [*CLIPS3, SAMPLE_MEDIA["music.mp3"]],
                     sample_draft(["clip.mp4", "b.mp4", "c.mp4"], "music.mp3" if music else None))
    draft = sample_draft(["clip.mp4"], music="music.mp3") if music else sample_draft(["clip.mp4"], None)
    return parse(text, "zh" if zh else "en", UPLOADS, draft)


@pytest.mark.parametrize(("text", "model", "size"), [
    ("2秒到6秒打上「新款到店 立减50%」 字要大", s.AddText, 96),
    ("3秒到7秒打上「周末特惠 全场8折」 字要大一些", s.AddText, 96),
    ("加文字「新品上市」 字大点", s.AddText, 96),
    ("底部加文字「关注我」 字体要小", s.AddText, 40),
    ("加个标题「开业大吉」 字搞大点", s.AddTitle, 144),
])
def test_letters_said_big_or_small_with_zi_first_size_the_text(text: str, model: type, size: int) -> None:
    plan = _plan(text)
    assert [type(op) for op in plan.ops] == [model]
    assert plan.ops[0].size == size
    assert not plan.notes


def test_size_word_zi_daxiao_is_not_big() -> None:
    plan = _plan("加文字「新品上市」 字大小调到120")
    assert all(getattr(op, "size", None) != 96 for op in plan.ops)


@pytest.mark.parametrize(("text", "cut", "model"), [
    ("开头剪掉5秒 加个标题「2024款问界M7 真实油耗」", {"head_ms": 5000}, s.AddTitle),
    ("开头剪掉3秒 加个标题「真实测评」", {"head_ms": 3000}, s.AddTitle),
    ("开头去掉4秒 加个文字「探店第一站」", {"head_ms": 4000}, s.AddText),
    ("结尾砍掉2秒 打个标题「谢谢观看」", {"tail_ms": 2000}, s.AddTitle),
])
def test_end_cut_by_an_amount_before_a_title_is_the_trim(text: str, cut: dict[str, int], model: type) -> None:
    plan = _plan(text, clips3=True)
    assert [type(op) for op in plan.ops] == [s.Trim, model]
    assert plan.ops[0].model_dump(exclude_defaults=True, exclude={"op"}) == cut
    assert plan.ops[1].start_ms in (None, 0)


def test_title_at_the_start_or_end_still_goes_there() -> None:
    plan = _plan("结尾加个标题「谢谢观看」", clips3=True)
    assert [type(op) for op in plan.ops] == [s.AddTitle]
    assert plan.ops[0].start_ms and plan.ops[0].start_ms > 0


@pytest.mark.parametrize("text", [
    "右上角有个b站up主名字的水印 视频是下载的 帮我去掉",
    "左上角有个up主的水印 去掉它",
    "右上角有个b站水印 帮我弄掉",
    "视频是网上下载的 右下角有个博主的水印 帮我去一下",
])
def test_downloaded_creators_watermark_is_refused(text: str) -> None:
    plan = _plan(text)
    assert plan.refusal and not plan.ops


def test_own_watermark_still_added() -> None:
    plan = _plan("左上角加个水印 用logo.png")
    assert plan.ops and all(isinstance(op, s.AddLogo) for op in plan.ops)
    assert plan.refusal is None


@pytest.mark.parametrize("text", [
    "做个高光集锦 精彩的地方都留下",
    "帮我剪个高光合集",
    "只留精彩片段",
    "把比赛里的高光时刻剪出来",
])
def test_highlights_in_chinese_ask_which_parts(text: str) -> None:
    plan = _plan(text)
    assert plan.question and not plan.ops and plan.refusal is None


def test_best_part_edited_asks_which_part_not_what_to_keep() -> None:
    plan = _plan("慢放精彩的地方")
    assert plan.question and "保留" not in plan.question


@pytest.mark.parametrize(("text", "ranges"), [
    ("只留0:05-0:12和1:10-1:20 拼一起", [(5000, 12000), (70000, 80000)]),
    ("只留0:05-0:12和0:40-0:50 拼起来", [(5000, 12000), (40000, 50000)]),
    ("保留3到8秒和30到36秒 然后拼在一起", [(3000, 8000), (30000, 36000)]),
    ("留下1:05到1:15和1:30到1:40 接在一起", [(65000, 75000), (90000, 100000)]),
])
def test_two_ranges_kept_then_joined_join_the_parts(text: str, ranges: list[tuple[int, int]]) -> None:
    plan = _plan(text, clips3=True)
    assert [type(op) for op in plan.ops] == [s.KeepRanges]
    assert [(r.start_ms, r.end_ms) for r in plan.ops[0].ranges] == ranges


def test_clips_joined_by_name_still_concat() -> None:
    # (fzp: the three clips already on the timeline, in that order, are joined already - no concat that
    # would rebuild them from the whole files; the reply says so. Clips named in another order still are.)
    plan = _plan("把三个视频拼起来", clips3=True)
    assert not plan.ops and "已经按这个顺序连在一起" in " ".join([plan.answer or "", *plan.notes])
    plan = _plan("把c、b、clip拼起来", clips3=True)
    assert [type(op) for op in plan.ops] == [s.Concat]


@pytest.mark.parametrize(("text", "levels"), [
    ("bgm调到15% 原声调大到120%", [("bgm", 0.15), ("main", 1.2)]),
    ("背景音乐调到20% 人声调大到150%", [("bgm", 0.2), ("main", 1.5)]),
    ("原声调到80% 音乐调小到10%", [("main", 0.8), ("bgm", 0.1)]),
    ("bgm 30% 原声 100%", [("bgm", 0.3), ("main", 1.0)]),
])
def test_two_levels_said_apart_by_a_space_set_each(text: str, levels: list[tuple[str, float]]) -> None:
    plan = _plan(text, music=True)
    assert [(type(op), op.track, op.volume) for op in plan.ops] == [(s.SetVolume, t, v) for t, v in levels]


@pytest.mark.parametrize(("text", "times"), [
    ("循坏3遍 放店里电视上播", 3),
    ("循坏两遍 放门店屏幕上", 2),
    ("循还4次", 4),
    ("整个视频循坏播放3遍", 3),
])
def test_loop_typed_as_its_pinyin_near_miss(text: str, times: int) -> None:
    plan = _plan(text)
    assert [(type(op), op.times) for op in plan.ops] == [(s.Loop, times)]


@pytest.mark.parametrize("text", [
    "刚撤销的那个又想要了 重做一下",
    "刚才撤销的又想要了",
    "撤回的那步我还是要的",
    "刚撤回的那个改动 帮我重做",
])
def test_undone_step_wanted_again_is_one_redo(text: str) -> None:
    plan = _plan(text)
    assert [type(op) for op in plan.ops] == [s.Redo]


@pytest.mark.parametrize("text", ["撤销", "撤回上一步"])
def test_undo_still_undoes(text: str) -> None:
    assert [type(op) for op in _plan(text).ops] == [s.Undo]


@pytest.mark.parametrize(("text", "words", "pos", "span"), [
    ("0:12-0:15 左上角来个 GG EZ", "GG EZ", "top-left", (12000, 15000)),
    ("0:20-0:24 右上角来个 NICE SHOT", "NICE SHOT", "top-right", (20000, 24000)),
    ("3到6秒 左上角打个 LET'S GO", "LET'S GO", "top-left", (3000, 6000)),
])
def test_bare_words_after_a_place_and_laige_are_text(text: str, words: str, pos: str,
                                                     span: tuple[int, int]) -> None:
    plan = _plan(text, clips3=True)
    assert [type(op) for op in plan.ops] == [s.AddText]
    op = plan.ops[0]
    assert (op.text, op.pos, op.start_ms, op.end_ms) == (words, pos, *span)


def test_logo_after_a_place_and_laige_is_still_the_logo() -> None:
    plan = _plan("左上角来个 logo")
    assert [type(op) for op in plan.ops] == [s.AddLogo]


@pytest.mark.parametrize("text", [
    "bgm不要了 茶艺视频还是安静点好",
    "背景音乐不要了 还是安静点好",
    "音乐删了 读书视频还是清净点好",
    "bgm去掉吧 这种视频还是干净点好",
])
def test_music_removed_then_why_is_no_question(text: str) -> None:
    plan = _plan(text, music=True)
    assert [type(op) for op in plan.ops] == [s.RemoveMusic]
    assert plan.answer is None and plan.question is None


def test_keep_or_remove_the_music_is_still_asked() -> None:
    plan = _plan("音乐保留还是去掉好", music=True)
    assert not plan.ops and plan.answer
