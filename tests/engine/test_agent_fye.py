"""Session fye (holdout48): a clause after a searched topic saying the deal fell through is why it goes,
not words searched; "trim my b-roll / rushes / gameplay from A to B" keeps A-B; pauses cut "but not at the
start / end" keep that end's silence; pauses cut with the fillers said to stay ("but NOT the ums") cut
only the pauses; a length there is room for then "trim it to fit" is the length asked for; "has to come in
at N s" without losing anything is reached by speed; "play c twice" repeats clip c; "make b 2x faster"
changes clip b's speed only."""

from __future__ import annotations

import pytest

from tests.engine.agent_plans import plan as _plan
from vidai_nb.engine.ops import schemas as s


@pytest.mark.parametrize(("text", "query"), [
    ("cut the part where i talk about the sponsor, the deal fell through", "sponsor"),
    ("remove the bit where i mention the giveaway, the brand pulled out", "giveaway"),
    ("cut the sentences about the collab, the whole thing got cancelled", "collab"),
    ("cut where i talk about the tour dates, the tour was called off", "tour dates"),
    ("delete the part where i talk about the meetup, the venue fell through", "meetup"),
])
def test_reason_after_topic_is_not_searched(text: str, query: str) -> None:
    plan = _plan(text)
    assert [(type(op), op.query, op.keep) for op in plan.ops] == [(s.CutSentences, query, False)]
    assert plan.question is None


@pytest.mark.parametrize(("text", "start", "end"), [
    ("trim my b-roll from 0:07 to 0:29", 7000, 29000),
    ("trim the broll from 0:03 to 0:15", 3000, 15000),
    ("trim my a-roll from 0:10 to 0:40", 10000, 40000),
    ("trim the rushes from 0:05 to 0:20", 5000, 20000),
    ("trim my gameplay from 0:05 to 0:20", 5000, 20000),
])
def test_trim_footage_from_to_keeps_that_part(text: str, start: int, end: int) -> None:
    plan = _plan(text)
    assert [(type(op), op.start_ms, op.end_ms) for op in plan.ops] == [(s.KeepRange, start, end)]


def test_cut_footage_from_to_still_removes() -> None:
    plan = _plan("cut my b-roll from 0:07 to 0:29")
    assert [type(op) for op in plan.ops] == [s.RemoveRange]


@pytest.mark.parametrize(("text", "end"), [
    ("remove the silences but not at the very start, that's where the singing bowl rings", "start"),
    ("remove the silences but not at the start", "start"),
    ("remove the pauses except at the very start", "start"),
    ("cut the pauses but not the ones at the end", "end"),
    ("remove the gaps but not at the end, that's where the credits roll", "end"),
])
def test_pauses_cut_but_not_at_an_end(text: str, end: str) -> None:
    plan = _plan(text)
    assert [(type(op), op.keep_ends) for op in plan.ops] == [(s.RemoveSilences, end)]
    assert plan.question is None


@pytest.mark.parametrize("text", [
    "remove the pauses but NOT the ums, i like them, they sound human",
    "remove the pauses but keep the ums",
    "remove the pauses, leave the uhs in, they sound human",
    "cut the silences but not the filler words",
    "remove the pauses but leave the ums, i like them",
])
def test_pauses_cut_fillers_said_to_stay(text: str) -> None:
    plan = _plan(text)
    assert [type(op) for op in plan.ops] == [s.RemoveSilences]
    assert plan.question is None


def test_fillers_and_pauses_both_cut() -> None:
    plan = _plan("remove the ums and the pauses")
    assert {type(op) for op in plan.ops} == {s.RemoveFillers, s.RemoveSilences}


@pytest.mark.parametrize(("text", "end"), [
    ("we've got exactly 20 seconds in the assembly for this bit, trim it to fit", 20000),
    ("we have 20 seconds for this, trim it to fit", 20000),
    ("the slot is 15 seconds, cut it to fit", 15000),
    ("trim it to fit 20 seconds", 20000),
    ("there's only 15 seconds in the ad break, cut it to fit", 15000),
])
def test_room_for_a_length_then_trim_to_fit(text: str, end: int) -> None:
    plan = _plan(text)
    assert [(type(op), op.end_ms) for op in plan.ops] == [(s.KeepRange, end)]
    assert plan.question is None


@pytest.mark.parametrize("text", [
    "whole thing needs to come in at 55 s without losing any footage",
    "it has to come in at 55 seconds, don't cut anything",
    "make it fit in 55 s without losing any footage",
    "the edit has to come in under 55s, don't cut anything",
])
def test_come_in_at_length_without_loss_is_speed(text: str) -> None:
    plan = _plan(text, clips3=True)
    assert [(type(op), op.factor) for op in plan.ops] == [(s.Speed, 2.0)]


@pytest.mark.parametrize(("text", "index", "copies"), [
    ("play c twice in a row", 3, 1),
    ("play b twice", 2, 1),
    ("play b 3 times", 2, 2),
    ("play c twice, it's the best jump", 3, 1),
])
def test_play_clip_twice_duplicates_it(text: str, index: int, copies: int) -> None:
    plan = _plan(text, clips3=True)
    assert [(type(op), op.index) for op in plan.ops] == [(s.DuplicateSegment, index)] * copies


@pytest.mark.parametrize(("text", "index", "factor"), [
    ("make b 2x faster, it's just me walking to the car", 2, 2.0),
    ("make c 2x slower", 3, 0.5),
    ("play b at 2x", 2, 2.0),
    ("make c 1.5x faster its just the drive", 3, 1.5),
])
def test_make_clip_faster_is_that_clip(text: str, index: int, factor: float) -> None:
    plan = _plan(text, clips3=True)
    assert [(type(op), op.index, op.factor) for op in plan.ops] == [(s.Speed, index, factor)]
