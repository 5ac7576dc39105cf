"""Session 41 (f2): "everything stays except the first N s" cuts that end; a start and an end said apart are
one part (cut when "cut that" follows; "trim: start A, end B" keeps A-B; 从开头保留到T keeps 0-T); the end
silence said not kept goes; a silence kept "for the outro music" adds no music; Instagram with an export
is made, not held on a question; files given places from the start are reordered; a loop past the most is
refused; "to where he starts and stops talking" trims both ends; "normalize to that" is one loudness."""

from __future__ import annotations

import pytest

from vidai_nb.engine.agent import parse
from vidai_nb.engine.agent.timeparse import mark_times
from vidai_nb.engine.ops import schemas as s
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft

UPLOADS = [SAMPLE_MEDIA[m] for m in ("clip.mp4", "music.mp3", "logo.png")]
CLIPS3 = [SAMPLE_MEDIA[m] for m in ("clip.mp4", "b.mp4", "c.mp4")]


def _plan(text: str, clips3: bool = False):  # type: ignore[no-untyped-def]
    zh = any("\u4e00" <= c <= "\u9fff" for c in text)
    if clips3:
        return parse(text, "zh" if zh else "en", CLIPS3, sample_draft(["clip.mp4", "b.mp4", "c.mp4"], None))
    return parse(text, "zh" if zh else "en", UPLOADS, sample_draft(["clip.mp4"], None))


@pytest.mark.parametrize(("text", "head", "tail"), [
    ("everything stays except the first 4 sec, thats me fiddling with the scope focus", 4000, 0),
    ("everything stays except the last 5 seconds", 0, 5000),
    ("都保留，就是前3秒不要", 3000, 0),
    ("全都留着，只是最后2秒不要", 0, 2000),
])
def test_everything_stays_except_an_end_cuts_that_end(text: str, head: int, tail: int) -> None:
    plan = _plan(text)
    assert len(plan.ops) == 1 and isinstance(plan.ops[0], s.Trim)
    assert (plan.ops[0].head_ms, plan.ops[0].tail_ms) == (head, tail)


@pytest.mark.parametrize(("text", "op", "a", "b"), [
    ("从0:05开始 0:20结束 剪掉", s.RemoveRange, 5000, 20000),
    ("start at 0:05, end at 0:20, cut that", s.RemoveRange, 5000, 20000),
    ("trim: start 0:10, end 0:50", s.KeepRange, 10000, 50000),
    ("从开头保留到0:30", s.KeepRange, 0, 30000),
])
def test_a_start_and_an_end_said_apart_are_one_part(text: str, op: type, a: int, b: int) -> None:
    plan = _plan(text)
    assert len(plan.ops) == 1 and isinstance(plan.ops[0], op)
    assert (plan.ops[0].start_ms, plan.ops[0].end_ms) == (a, b)  # type: ignore[attr-defined]


def test_trim_a_to_b_without_labels_still_removes() -> None:
    plan = _plan("trim 0:10 to 0:50")
    assert [o.op for o in plan.ops] == ["remove_range"]


@pytest.mark.parametrize("text", ["remove the pauses, don't keep the end silence",
                                  "去掉停顿，结尾的静音也不要留"])
def test_the_end_silence_said_not_kept_goes(text: str) -> None:
    plan = _plan(text)
    silences = [o for o in plan.ops if isinstance(o, s.RemoveSilences)]
    assert silences and silences[0].keep_ends == "none" and not plan.question


def test_a_silence_kept_for_the_outro_music_adds_no_music() -> None:
    plan = _plan("remove the pauses but keep the silence at the end for the outro music")
    assert [o.op for o in plan.ops] == ["remove_silences"]
    assert plan.ops[0].keep_ends == "end"  # type: ignore[attr-defined]


def test_instagram_with_an_export_is_made_and_alone_is_asked() -> None:
    plan = _plan("make it for instagram and export")
    assert [o.op for o in plan.ops] == ["platform"] and plan.export is not None
    assert _plan("make it for insta").question


def test_files_given_places_from_the_start() -> None:
    plan = _plan("c.mp4 first, b.mp4 second", clips3=True)
    assert len(plan.ops) == 1 and isinstance(plan.ops[0], s.Reorder) and plan.ops[0].order == [3, 2, 1]
    assert "§" not in mark_times("b.mp4 second")


def test_a_loop_past_the_most_is_refused() -> None:
    plan = _plan("loop it 60 times so it becomes a 1 hour ambient savasana video")
    assert not plan.ops and plan.refusal and "20" in plan.refusal and not plan.question
    assert [o.op for o in _plan("loop it 20 times").ops] == ["loop"]


@pytest.mark.parametrize("text", ["trim the footage to where the pastor starts and stops talking",
                                  "剪到牧师开始说话和说完的地方"])
def test_to_where_someone_starts_and_stops_talking_trims_both_ends(text: str) -> None:
    plan = _plan(text)
    assert len(plan.ops) == 1 and isinstance(plan.ops[0], s.TrimDeadAir) and plan.ops[0].ends == "both"


def test_normalize_to_that_is_one_loudness() -> None:
    plan = _plan("our podcast is supposed to be -16 lufs, can u normalize to that")
    assert len(plan.ops) == 1 and isinstance(plan.ops[0], s.Loudnorm) and plan.ops[0].target_lufs == -16
