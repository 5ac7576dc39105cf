"""fym (issue 9, holdout50 misreadings): a title or text named first, then its words (a verb among them),
then "on screen" shows those words - never a cut; a trim of a recording called by a stage name ("my set",
"my mix", "my toast") from A to B keeps A-B; a bare 0 opening a range to a clock time is 0:00, and
"<kind> reel!!" opening a request names the video (no reels frame); a mute of a sound named between the
verb and the part is a part mute, refused; a part named only by a pronoun and an aside ("you know the
one") is asked; dead air before the speech starts and after the last line trims both ends."""

from __future__ import annotations

import pytest

from tests.engine.agent_plans import plan as _plan
from vidai_nb.engine.ops import schemas as s


@pytest.mark.parametrize(("text", "kind", "words", "start", "end"), [
    ("title Cut Your Losses on screen 0:00-0:04", s.AddTitle, "Cut Your Losses", 0, 4000),
    ("title Trim The Fat on screen 0:02-0:06", s.AddTitle, "Trim The Fat", 2000, 6000),
    ("text Drop Everything on screen 0:10-0:15", s.AddText, "Drop Everything", 10000, 15000),
    ("add the title Cut The Cord on screen 0:00-0:05", s.AddTitle, "Cut The Cord", 0, 5000),
    ("title Delete Your Ex on screen from 0:01 to 0:04", s.AddTitle, "Delete Your Ex", 1000, 4000),
])
def test_title_words_with_a_verb_are_shown_not_cut(text: str, kind: type, words: str, start: int,
                                                   end: int) -> None:
    plan = _plan(text)
    assert [type(op) for op in plan.ops] == [kind]
    op = plan.ops[0]
    assert (op.text, op.start_ms, op.end_ms) == (words, start, end)  # type: ignore[attr-defined]


@pytest.mark.parametrize(("text", "start", "end"), [
    ("trim my set from 0:05 to 0:50, the rest is me walking on and off", 5000, 50000),
    ("trim my dj mix from 1:00 to 4:00, the rest is setup", 60000, 240000),
    ("trim my toast from 0:03 to 1:20 the rest is people chatting", 3000, 80000),
    ("trim my standup from 0:12 to 3:40", 12000, 220000),
])
def test_trim_of_a_stage_recording_keeps_the_range(text: str, start: int, end: int) -> None:
    plan = _plan(text)
    assert [(type(op), op.start_ms, op.end_ms) for op in plan.ops] == [  # type: ignore[attr-defined]
        (s.KeepRange, start, end)]


@pytest.mark.parametrize(("text", "ranges"), [
    ("transformation reel!! before is 0 to 0:08 and after is 0:50 to 1:00, keep just those two",
     [(0, 8000), (50000, 60000)]),
    ("recipe reel: keep 0:05-0:20 and 0:40-0:50", [(5000, 20000), (40000, 50000)]),
    ("glow up reel!! keep just 0 to 0:05 and 0:30 to 0:40", [(0, 5000), (30000, 40000)]),
    ("keep 0 to 0:08 and 0:50 to 1:00", [(0, 8000), (50000, 60000)]),
])
def test_bare_zero_range_and_reel_label(text: str, ranges: list[tuple[int, int]]) -> None:
    plan = _plan(text)
    assert [type(op) for op in plan.ops] == [s.KeepRanges]
    assert [(r.start_ms, r.end_ms) for r in plan.ops[0].ranges] == ranges  # type: ignore[attr-defined]


def test_reel_asked_for_is_still_the_format() -> None:
    plan = _plan("make it a reel, keep 0:00-0:05")
    assert s.Platform in [type(op) for op in plan.ops]


@pytest.mark.parametrize("text", [
    "mute the crowd noise from 0:20 to 0:25 its just a guy yelling",
    "mute the traffic sound between 1:10 and 1:15",
    "silence the wind noise from 0:30 to 0:40, its awful",
    "mute the crowd cheering from 0:12 to 0:18",
])
def test_mute_of_a_named_sound_in_a_part_is_refused(text: str) -> None:
    p = _plan(text, music=True)
    assert not p.refusal and p.export is None
    assert (p.question and not p.ops) or (
        p.ops and all(o.op in ("mute", "set_volume") and o.start_ms is not None for o in p.ops)), p  # type: ignore[attr-defined]


@pytest.mark.parametrize("text", [
    "lose the part where i go on about it, you know the one",
    "cut the bit where i talk about that, you know what i mean",
    "remove the part where i ramble about it ya know",
    "delete the section where i go on about that stuff, you know which one",
])
def test_part_named_by_a_pronoun_is_asked(text: str) -> None:
    plan = _plan(text)
    assert plan.ops == [] and plan.question


def test_aside_after_a_real_topic_is_dropped() -> None:
    plan = _plan("cut the part where i talk about pricing, you know the one")
    assert [(type(op), op.query, op.keep) for op in plan.ops] == [  # type: ignore[attr-defined]
        (s.CutSentences, "pricing", False)]


@pytest.mark.parametrize(("text", "ends"), [
    ("theres dead air before i start talking and after my last line, get rid of it", "both"),
    ("cut the silence before i start talking and after my last word", "both"),
    ("theres dead air before i start speaking and after the last sentence, remove it", "both"),
    ("trim the dead air after my final line", "end"),
])
def test_dead_air_around_the_speech(text: str, ends: str) -> None:
    plan = _plan(text)
    assert [(type(op), op.ends) for op in plan.ops] == [(s.TrimDeadAir, ends)]  # type: ignore[attr-defined]
