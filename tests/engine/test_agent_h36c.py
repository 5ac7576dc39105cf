"""Classes fixed from holdout36 (session 27, helper h36c): a clip moved to a place said as an ordinal, a
transition said as the cut from one clip into the next."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine import test_agent_h34f as h34f


def _plan(text: str, clips: int = 3) -> Any:
    return h34f._plan(text, clips)  # three clips on the timeline unless a test says otherwise


def _ops(text: str, clips: int = 3) -> list[dict[str, Any]]:
    return h34f._ops(text, clips)


@pytest.mark.parametrize(("text", "index", "to"), [
    ("move the last clip to be second", 3, 2), ("move the last clip to second", 3, 2),
    ("put clip 1 in third place", 1, 3), ("move the first clip so it's second", 1, 2),
    ("move the first clip to be the third one", 1, 3), ("move the first clip to be last", 1, 3)])
def test_a_place_said_as_an_ordinal_is_where_the_clip_goes(text: str, index: int, to: int) -> None:
    assert _ops(text) == [{"op": "move_segment", "index": index, "to_index": to}]


@pytest.mark.parametrize(("text", "index"), [
    ("只在第二段进第三段的地方加转场", 3), ("第一段进第二段的地方加个转场", 2),
    ("第二段切到第三段时加转场", 3),
    ("crossfade from clip 2 to clip 3", 3), ("只在第二段和第三段之间加转场", 3)])
def test_a_transition_from_one_clip_into_the_next_goes_into_the_later(text: str, index: int) -> None:
    assert _ops(text) == [{"op": "crossfade", "index": index}]


@pytest.mark.parametrize("text", ["加个转场", "加转场效果", "add a transition"])
def test_a_bare_transition_with_three_clips_crossfades_every_join(text: str) -> None:
    assert _ops(text) == [{"op": "crossfade"}]


@pytest.mark.parametrize("text", ["加个转场", "add a transition"])
def test_a_bare_transition_with_one_clip_is_asked(text: str) -> None:
    plan = _plan(text, 1)
    assert plan.question and not plan.ops


@pytest.mark.parametrize(("text", "height"), [
    ("输出最高720p就行", 720), ("export max 720p", 720), ("导出最高1080p", 1080),
    ("export at most 720p", 720),
    ("导出不超过720p", 720)])
def test_a_ceiling_said_after_the_export_word_is_the_resolution(text: str, height: int) -> None:
    plan = _plan(text, 1)
    assert _ops(text, 1) == [{"op": "resolution", "max_height": height}] and plan.export is None


@pytest.mark.parametrize("text", ["导出1080p", "export 720p"])
def test_an_export_at_a_resolution_stays_an_export(text: str) -> None:
    plan = _plan(text, 1)
    assert not plan.ops and plan.export and plan.export.get("resolution")


@pytest.mark.parametrize("text", ["auto captions for my german lesson pls", "给我的德语课加字幕",
                                  "subtitles for the spanish tutorial"])
def test_a_language_taught_is_not_the_speech_language(text: str) -> None:
    assert _ops(text, 1) == [{"op": "add_subtitles"}]


@pytest.mark.parametrize("text", ["add subtitles in german", "德语字幕",
                                  "the video is in german, add captions"])
def test_a_speech_language_said_is_set(text: str) -> None:
    assert _ops(text, 1) == [{"op": "add_subtitles", "language": "de"}]
