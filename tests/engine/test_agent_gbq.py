"""gbq (issue 9): clip structure said in new ways - a slideshow that is the video's subject ("grandpa's
party slideshow needs to be longer") is no slideshow to build from the photos; a loop said after another
edit of a named clip ("swap the first two clips and loop the whole thing twice") is the whole video's; a
move said after a copy finds the clip named by its file where the copy left it, "the first clip then" is
no list of files; "c's crossfade" is the one into c; "clip那段" is clip.mp4; "把c接在b后面" puts c after b;
"哪段都不删" asks nothing; "the crossfade thing broke it" after an undo is why; "upside down there" after a
stretch of time is that part only (asked)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import assert_edits
from tests.engine.agent_plans import plan as _plan
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft

Ops = list[tuple[str, dict[str, Any]]]
PHOTOS = [SAMPLE_MEDIA[m] for m in ("clip.mp4", "music.mp3", "photo1.jpg", "photo2.jpg")]

CASES: list[tuple[str, Ops, bool]] = [
    # a loop after an edit of named clips, joined by "and" / "then"
    ("swap the first two clips and loop the whole thing twice",
     [("reorder", {"order": [2, 1, 3]}), ("loop", {"times": 2})], True),
    ("swap the last two clips and loop the whole thing 3 times",
     [("reorder", {"order": [1, 3, 2]}), ("loop", {"times": 3})], True),
    ("delete the last clip and loop it 3 times", [("delete_segment", {"index": 3}), ("loop", {"times": 3})],
     True),
    # a move after a copy: the clip named by its file, where the copy left it
    ("duplicate the first clip then move c to the start",
     [("duplicate_segment", {"index": 1}), ("move_segment", {"index": 4, "to_index": 1})], True),
    ("duplicate the first clip and move c to the start",
     [("duplicate_segment", {"index": 1}), ("move_segment", {"index": 4, "to_index": 1})], True),
    ("duplicate the first clip then move b to the end",
     [("duplicate_segment", {"index": 1}), ("move_segment", {"index": 3, "to_index": 4})], True),
    ("把第一段复制一份，然后把c挪到最前面",
     [("duplicate_segment", {"index": 1}), ("move_segment", {"index": 4, "to_index": 1})], True),
    # a place counted after a copy is the person's own count
    ("duplicate the first clip, then delete the third clip",
     [("duplicate_segment", {"index": 1}), ("delete_segment", {"index": 3})], True),
    # a list of files is still an order
    ("put c first, then b, then clip", [("reorder", {"order": [3, 2, 1]})], True),
    # a transition said as one clip's
    ("drop c's crossfade to 0.3s", [("crossfade", {"duration_ms": 300, "index": 3})], True),
    ("make b.mp4's crossfade 2 seconds", [("crossfade", {"duration_ms": 2000, "index": 2})], True),
    ("shorten the crossfade on c to 0.3s", [("crossfade", {"duration_ms": 300, "index": 3})], True),
    # clip.mp4 by its stem in Chinese, and a place after another clip
    ("clip那段复制一份接在它后面", [("duplicate_segment", {"index": 1})], True),
    ("clip那段删掉", [("delete_segment", {"index": 1})], True),
    ("clip.mp4不用了 把c接在b后面就行", [("concat", {"media_ids": ["b.mp4", "c.mp4"]})], True),
    ("clip不要了 c接在b后面", [("concat", {"media_ids": ["b.mp4", "c.mp4"]})], True),
    # "whichever … all": no question
    ("切成三段 哪段都不删", [("split", {"at_ms": 20000}), ("split", {"at_ms": 40000})], False),
    ("切成三段 哪一段都不要删", [("split", {"at_ms": 20000}), ("split", {"at_ms": 40000})], False),
    # why an undo, said after it
    ("go back 2 steps, the crossfade thing broke it", [("undo", {"steps": 2})], True),
    ("undo that, the text broke the layout", [("undo", {"steps": 1})], True),
]


@pytest.mark.parametrize(("text", "ops", "clips3"), CASES)
def test_read(text: str, ops: Ops, clips3: bool) -> None:
    assert_edits(_plan(text, clips3=clips3), ops)


@pytest.mark.parametrize("text", [
    "make it 2 minutes long, grandpa's party slideshow needs to be longer",
    "the wedding slideshow is too short, make it 90 seconds",
    "奶奶的相册太短了，做成两分钟",
])
def test_slideshow_as_subject_asks(text: str) -> None:
    plan = _plan(text, uploads=PHOTOS, draft=sample_draft(["clip.mp4"]))
    assert plan.question and not plan.ops


def test_slideshow_still_built() -> None:
    plan = _plan("make a slideshow of the photos", uploads=PHOTOS, draft=sample_draft(["clip.mp4"]))
    assert [o.op for o in plan.ops] == ["slideshow"]


@pytest.mark.parametrize("text", [
    "flip the last 10 seconds, the drone camera was upside down there",
    "rotate the first 5 seconds, the phone was upside down in that part",
    "from 0:20 to 0:30 the footage is upside down there, fix it",
])
def test_part_turned_asks(text: str) -> None:
    plan = _plan(text)
    assert plan.question and not plan.ops


def test_upside_down_whole_rotates() -> None:
    assert_edits(_plan("the drone camera was upside down"), [("rotate", {"degrees": 180})])
