"""The resolver: readings compete for the words they explain; the guard; negation and direction."""

from __future__ import annotations

from typing import Any

import pytest

from vidai_nb.engine.agent import Plan, parse, semantics
from vidai_nb.engine.agent.context import ParseContext
from vidai_nb.engine.agent.normalize import normalize
from vidai_nb.engine.agent.resolver import resolve
from vidai_nb.engine.agent.rules import DETECTORS, get, register
from vidai_nb.engine.ops import schemas as s
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft

MEDIA = list(SAMPLE_MEDIA.values())


def plan(text: str, clips: tuple[str, ...] = ("clip.mp4",), language: str = "en") -> Plan:
    return parse(text, language, MEDIA, sample_draft(list(clips)))


def ops(p: Plan) -> list[dict[str, Any]]:
    return [o.model_dump(exclude_defaults=True) | {"op": o.op} for o in p.ops]  # type: ignore[attr-defined]


def test_the_registry_rejects_unknown_and_duplicate_names() -> None:
    assert "cut" in DETECTORS and get("cut").fn is DETECTORS["cut"].fn
    with pytest.raises(KeyError, match="no detector named 'cutt'"):
        get("cutt")
    with pytest.raises(ValueError, match="registered twice"):
        register("cut", DETECTORS["cut"].fn)
    with pytest.raises(ValueError, match="unknown role"):
        register("new_one", DETECTORS["cut"].fn, role="sometimes")


def test_a_word_means_one_thing_the_reading_that_explains_more_wins() -> None:
    # "off" could be a cut, and 2s-6s a range to remove; read as the text's words and timing instead
    p = plan("put 'SALE 50% OFF' in big letters from 2s to 6s")
    assert ops(p) == [
        {"op": "add_text", "text": "SALE 50% OFF", "start_ms": 2000, "end_ms": 6000, "size": 96}]


def test_one_reading_across_clauses_beats_two() -> None:
    # the fades belong to the music said before them, not to the picture
    assert ops(plan("add bgm, fade in 3s and fade out 3s")) == [
        {"op": "add_music", "media_id": "music.mp3", "fade_in_ms": 3000, "fade_out_ms": 3000}]


def test_chosen_readings_and_unexplained_words_are_reported() -> None:
    norm = normalize("cut the first 5 seconds and frobnicate the zorp")
    ctx = ParseContext(media=MEDIA, draft=sample_draft(), quotes=norm.quotes, chinese=False)
    res = resolve(norm.text, norm.clauses, ctx)
    assert [c.detector for c in res.chosen] == ["cut"]
    left = {res.tokens[i].text for i in res.unexplained()}
    assert {"frobnicate", "zorp"} <= left and "first" not in left


def test_a_reply_names_the_part_it_did_not_understand() -> None:
    p = plan("add subtitles and export it as an srt and an ogg file with chapters")
    assert [o.op for o in p.ops] == ["add_subtitles"]  # type: ignore[attr-defined]
    assert any("didn't understand" in n for n in p.notes)


@pytest.mark.parametrize(
    ("text", "clips", "reading"),
    [
        # both ends, not "end at 0.5 s"
        ("trim the beginning by 1.5s and the end by 500ms", ("c.mp4",), None),
        ("cut everything except 0:01-0:01.5", ("c.mp4",), None),
    ],
)
def test_destructive_readings_are_asked_not_applied(text: str, clips: tuple[str, ...],
                                                   reading: str | None) -> None:
    p = plan(text, clips)
    if p.question:
        assert p.ops == [] and "keep" in p.question.lower()
    else:  # understood: then it must not remove more than half
        from vidai_nb.engine.ops import apply, programme_ms

        draft = sample_draft(list(clips))
        for op in p.ops:
            draft = apply(draft, op, SAMPLE_MEDIA)
        assert programme_ms(draft) >= 10_000


def test_the_guard_shows_the_reading_and_asks() -> None:
    p = plan("end by 500ms", ("c.mp4",))  # the old misreading: keep 0:00-0:00.5 of 20 s
    assert p.ops == [] and p.question is not None
    assert "0:00–0:00.5" in p.question
    draft = sample_draft(["c.mp4"])
    zh = Plan(ops=[s.KeepRange(start_ms=0, end_ms=500)])
    ctx = ParseContext(media=MEDIA, draft=draft, quotes=[], chinese=True)
    semantics.guard(zh, ctx, normalize("弄短一点").text, zh=True)
    assert zh.ops == [] and zh.question is not None and "保留 0:00–0:00.5" in zh.question


@pytest.mark.parametrize(
    "text",
    ["keep only the first 3 seconds", "trim the video to 1 second", "delete everything after 0:05",
     "cut the last 50 seconds", "keep 0:05-0:10 and 0:20-0:30"],
)
def test_the_guard_lets_lengths_said_in_so_many_words_through(text: str) -> None:
    p = plan(text)
    assert p.question is None and p.ops


@pytest.mark.parametrize(
    ("text", "language"),
    [("don't speed it up", "en"), ("不要加速", "zh-CN"), ("please do not mute the audio", "en")],
)
def test_a_negated_request_changes_nothing_and_says_so(text: str, language: str) -> None:
    p = plan(text, language=language)
    assert p.ops == [] and p.question is None and p.answer


def test_negation_read_by_a_detector_is_its_meaning() -> None:
    assert ops(plan("no music")) == [{"op": "remove_music"}]
    assert ops(plan("不要前3秒", language="zh-CN")) == [{"op": "trim", "head_ms": 3000}]


def test_undo_inside_a_request_takes_back_the_edit_said_before_it() -> None:
    p = plan("trim the first 5 sec... actually no, undo that, trim the first 2 instead")
    assert ops(p) == [{"op": "trim", "head_ms": 2000}]
    assert ops(plan("undo")) == [{"op": "undo"}]
