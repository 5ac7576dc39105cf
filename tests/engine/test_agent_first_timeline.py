"""Times said after an earlier cut in the same request are read on the video as it was before the request."""

from __future__ import annotations

from typing import Any

import pytest

from vidai_nb.engine.agent import parse
from vidai_nb.engine.ops import apply
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft


def kept(text: str, language: str = "en") -> list[tuple[int, int]] | None:
    """The source ranges left after the plan's ops (None when it asked)."""
    draft: dict[str, Any] = sample_draft()
    plan = parse(text, language, [SAMPLE_MEDIA["clip.mp4"]], draft)
    if plan.question:
        assert not plan.ops
        return None
    for op in plan.ops:
        draft = apply(draft, op, SAMPLE_MEDIA)
    return [(g["in"], g["in"] + g["d"]) for g in draft["t"][0]["sg"]]


@pytest.mark.parametrize(("text", "language", "want"), [
    ("trim 5s off the start and remove 0:30-0:35", "en", [(5000, 30000), (35000, 60000)]),
    ("cut the first 5 seconds, then delete everything after 0:50", "en", [(5000, 50000)]),
    ("cut the first 3 seconds, then remove 0:12 to 0:18 and 0:40 to 0:44", "en",
     [(3000, 12000), (18000, 40000), (44000, 60000)]),
    ("前5秒不要，50秒以后的也删掉", "zh-CN", [(5000, 50000)]),
    ("剪掉前5秒，再把30秒到35秒删掉", "zh-CN", [(5000, 30000), (35000, 60000)]),
    ("去掉开头3秒，然后删掉第20秒到第25秒", "zh-CN", [(3000, 20000), (25000, 60000)]),
    # a cut by times before the trim, and a tail trim (which moves nothing earlier), stay as said
    ("remove 0:30-0:35 and trim the first 5 seconds", "en", [(5000, 30000), (35000, 60000)]),
    ("trim the last 10 seconds and remove 0:20-0:25", "en", [(0, 20000), (25000, 50000)]),
    # lengths and places counted from the end are of what is left
    ("trim the first 5 seconds and remove the last 5 seconds", "en", [(5000, 55000)]),
    # several parts said one after another are on one timeline
    ("remove 0:10-0:20 then remove 0:30-0:40", "en", [(0, 10000), (20000, 30000), (40000, 60000)]),
])
def test_times_on_the_video_as_it_was(text: str, language: str, want: list[tuple[int, int]]) -> None:
    assert kept(text, language) == want


@pytest.mark.parametrize(("text", "language"), [
    ("cut the first 5 seconds and remove 0:03-0:08", "en"),
    ("开头10秒剪掉，再删掉5秒到15秒", "zh-CN"),
])
def test_time_inside_the_part_cut_first_is_asked(text: str, language: str) -> None:
    assert kept(text, language) is None


@pytest.mark.parametrize(("text", "language", "want"), [
    ("first cut the first 10 seconds, then in what's left remove 0:20 to 0:25", "en",
     [(10000, 30000), (35000, 60000)]),
    ("cut the first 5 sec and from what remains delete 0:10-0:12", "en", [(5000, 15000), (17000, 60000)]),
    ("remove 0:00-0:20 and then in the edited video remove 0:30 to 0:35", "en",
     [(20000, 50000), (55000, 60000)]),
    ("先剪掉前10秒，然后在剩下的里面再删掉第20秒到第25秒", "zh-CN", [(10000, 30000), (35000, 60000)]),
])
def test_times_said_in_what_is_left_are_on_the_video_the_cut_leaves(
    text: str, language: str, want: list[tuple[int, int]]
) -> None:
    """ "then in what's left remove 0:20-0:25": those times are on the video after the first cut (a blind
    row found this removing source 0:20-0:25, which the person wanted kept)."""
    assert kept(text, language) == want
