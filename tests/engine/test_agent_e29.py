"""Holdout40's misreadings fixed in session e29: a keep-clause naming a quiet thing at an end keeps that
end's silence (40124); a range with its verb between the ends (从A开始保留到B, 40258); "cut X down to N s"
with X a video called by what it is (40229) and "trim it so it starts and ends with me talking" (40171);
the letters' size said after the words or as the noun (，字小一点, 大标题; 40272, 40273); a song added,
faded with "it" and ducked in one breath (40204); a resolution made with its own verb, then the export
(40208)."""

from __future__ import annotations

import pytest

from vidai_nb.engine.agent import parse
from vidai_nb.engine.ops import schemas as s
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft

UPLOADS = [SAMPLE_MEDIA[m] for m in ("clip.mp4", "music.mp3", "logo.png")]


def _plan(text: str) -> s.Plan:
    lang = "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en"
    return parse(text, lang, UPLOADS, sample_draft(["clip.mp4"], None))


@pytest.mark.parametrize(("text", "ends"), [
    ("remove the silent bits but leave the quiet moment at the very end", "end"),
    ("cut all the pauses except the quiet moment at the end", "end"),
    ("cut the pauses, but not the closing silence", "end"),
    ("remove pauses but don't cut the still moment at the very start", "start"),
    ("删掉所有停顿，保留最后那段安静", "end"),
    ("除了最后那段安静，其他停顿都剪掉", "end"),
    ("去掉停顿，结尾处的安静保留", "end"),
    ("删掉静音 但开头几秒的安静不要删", "start"),
    ("remove the pauses and the quiet moment at the end", "none"),
])
def test_a_quiet_thing_kept_at_an_end_keeps_that_ends_silence(text: str, ends: str) -> None:
    plan = _plan(text)
    assert not plan.question and not plan.refusal
    [op] = plan.ops
    assert isinstance(op, s.RemoveSilences) and op.keep_ends == ends


def test_an_amount_at_an_end_said_to_go_is_still_cut() -> None:
    plan = _plan("结尾3秒不要 其他停顿也删掉")
    assert [type(op) for op in plan.ops] == [s.Trim, s.RemoveSilences]
    assert plan.ops[0].tail_ms == 3000


@pytest.mark.parametrize(("text", "kind", "a", "b"), [
    ("从0:10开始保留到0:40", s.KeepRange, 10000, 40000),
    ("从0:10保留到0:40", s.KeepRange, 10000, 40000),
    ("从第10秒开始一直保留到第40秒", s.KeepRange, 10000, 40000),
    ("从10秒开始留到40秒", s.KeepRange, 10000, 40000),
    ("从0:10开始删到0:20", s.RemoveRange, 10000, 20000),
    ("从第10秒起剪掉到第20秒", s.RemoveRange, 10000, 20000),
    ("keep from 0:10 up to 0:40", s.KeepRange, 10000, 40000),
])
def test_a_verb_between_the_ends_of_a_range_keeps_both_ends(text: str, kind: type, a: int, b: int) -> None:
    plan = _plan(text)
    [op] = plan.ops
    assert isinstance(op, kind) and (op.start_ms, op.end_ms) == (a, b)


@pytest.mark.parametrize(("text", "n"), [
    ("cut the docent intro down to 45s", 45000), ("trim the museum outro down to 20 seconds", 20000),
    ("cut my channel intro down to 30s", 30000),
])
def test_a_video_called_an_intro_cut_down_to_a_length(text: str, n: int) -> None:
    [op] = _plan(text).ops
    assert isinstance(op, s.KeepRange) and (op.start_ms, op.end_ms) == (0, n)


@pytest.mark.parametrize("text", ["cut the intro down to 45s", "cut the long intro down to 5s",
                                  "cut the vlog intro down to 5s"])
def test_the_intro_of_this_video_cut_down_is_asked(text: str) -> None:
    plan = _plan(text)
    assert plan.question and not plan.ops


@pytest.mark.parametrize(("text", "ends"), [
    ("trim the footage so it starts and ends with me talking", "both"),
    ("cut the clip so it begins and ends with speech", "both"),
    ("trim the video so it starts with her speaking", "start"),
    ("trim the recording so it ends on the pastor talking", "end"),
])
def test_starting_and_ending_with_speech_trims_the_dead_air(text: str, ends: str) -> None:
    [op] = _plan(text).ops
    assert isinstance(op, s.TrimDeadAir) and op.ends == ends


@pytest.mark.parametrize(("text", "kind", "words", "size"), [
    ("底部加文字：社区义剪 免费理发，字小一点", s.AddText, "社区义剪 免费理发", 40),
    ("加文字：新品上市，字大一点", s.AddText, "新品上市", 96),
    ("add text at the top: Free shipping, smaller", s.AddText, "Free shipping", 40),
    ("加标题：周末快乐，字大一点", s.AddTitle, "周末快乐", 144),
    ("加个大标题“赣南脐橙 9.9包邮”", s.AddTitle, "赣南脐橙 9.9包邮", 144),
    ("加个小标题“第一集”", s.AddTitle, "第一集", 48),
    ("加一个超大标题「新年快乐」", s.AddTitle, "新年快乐", 192),
])
def test_the_letters_size_is_not_the_text(text: str, kind: type, words: str, size: int) -> None:
    [op] = _plan(text).ops
    assert isinstance(op, kind) and op.text == words and op.size == size


def test_words_that_only_look_like_a_size_stay_text() -> None:
    [op] = _plan("加文字：大一点的优惠，限时").ops
    assert isinstance(op, s.AddText) and op.text == "大一点的优惠，限时"


@pytest.mark.parametrize(("text", "vol", "fin", "fout"), [
    ("add music.mp3 at 25%, fade it out over 3 seconds and duck it under my voice", 0.25, None, 3000),
    ("add music.mp3 at 20%, duck it under my voice and fade it out over 3 seconds", 0.2, None, 3000),
    ("add music.mp3 at 25%, fade it in and duck it under my voice", 0.25, 2000, None),
    ("加上music.mp3，音量20%，结尾淡出3秒，说话的时候自动压低", 0.2, None, 3000),
])
def test_a_song_added_faded_and_ducked_fades_itself(text: str, vol: float, fin: int | None,
                                                    fout: int | None) -> None:
    plan = _plan(text)
    assert [type(op) for op in plan.ops] == [s.AddMusic, s.DuckMusic]
    add = plan.ops[0]
    assert isinstance(add, s.AddMusic)
    assert (add.volume, add.fade_in_ms or None, add.fade_out_ms or None) == (vol, fin, fout)


@pytest.mark.parametrize(("text", "ops", "export"), [
    ("rotate 180 and make it 720p then export as mov", [s.Rotate, s.Resolution], {"format": "mov"}),
    ("flip it, make it 1080p, export mp4", [s.Flip, s.Resolution], {"format": "mp4"}),
    ("先改成720p，然后导出mov", [s.Resolution], {"format": "mov"}),
    ("rotate 90 cw, make it 720p and export webm", [s.Rotate], {"format": "webm", "resolution": "720p"}),
])
def test_a_resolution_made_then_exported(text: str, ops: list[type], export: dict[str, str]) -> None:
    plan = _plan(text)
    assert [type(op) for op in plan.ops] == ops
    assert plan.export is not None and {k: plan.export.get(k) for k in export} == export
