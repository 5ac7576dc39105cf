"""The typed draft model: decoded once, frozen, unknown keys written back unchanged, and the one
definition of the programme's length."""

from __future__ import annotations

import copy
import dataclasses
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from tests.timeline.drafts import docs_example, example
from tests.timeline.strategies import drafts
from vidai_nb.timeline.model import Draft, Point, Segment, programme_ms
from vidai_nb.timeline.schema import empty_draft


def _title_and_music_past_the_video() -> dict[str, Any]:
    """Main clip 10 s, a title to 15 s, music to 60 s (the case the three old definitions split on)."""
    return {"v": 1, "d": 0, "m": {"width": 320, "height": 240, "fps": 25}, "t": [
        {"tt": 0, "id": "video", "role": "main", "sg": [{"id": "s1", "start": 0, "d": 10000, "src": "a"}]},
        {"tt": 7, "id": "title", "role": "title",
         "sg": [{"id": "s2", "start": 12000, "d": 3000, "text": "End"}]},
        {"tt": 1, "id": "bgm", "role": "bgm", "sg": [{"id": "s3", "start": 0, "d": 60000, "src": "m"}]},
    ]}


def test_documented_drafts_round_trip_exactly() -> None:
    for raw in (docs_example(), example(), empty_draft()):
        assert Draft.decode(raw).to_json() == raw


def test_unknown_and_unreadable_keys_are_written_back_unchanged() -> None:
    raw = {"t": [{"tt": 9, "x-mine": [1, {"a": 2}], "sg": [
        {"start": "soon", "d": 500, "future": {"k": True}, "pos": {"x": 0.2, "y": 0.8}}, "not a segment"]},
        "junk"], "m": {"fx": {"glow": 3}}, "who": "other writer"}
    draft = Draft.decode(raw)
    seg = draft.tracks[0].segments[0]
    assert seg.unreadable == ("start",) and seg.extra["start"] == "soon"
    assert seg.pos == Point(0.2, 0.8) and seg.get("future") == {"k": True}
    assert draft.tracks[0].kind == "unknown(9)"
    assert draft.to_json() == raw


def test_the_model_is_frozen() -> None:
    seg = Draft.decode(example()).tracks[0].segments[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        seg.start = 5  # type: ignore[misc]
    assert isinstance(seg, Segment) and (seg.start_ms, seg.end_ms, seg.rate, seg.gain) == (0, 10000, 1.0, 1.0)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(drafts)
def test_any_draft_decodes_and_re_decodes_the_same(raw: dict[str, Any]) -> None:
    once = Draft.decode(copy.deepcopy(raw))
    assert Draft.decode(once.to_json()) == once
    out = once.to_json()
    for track in once.tracks:
        for seg in track.segments:
            written = out["t"][track.index]["sg"][seg.index]
            assert all(written[k] == v for k, v in seg.extra.items())


def test_programme_length_is_the_last_picture_music_never_lengthens() -> None:
    raw = _title_and_music_past_the_video()
    assert programme_ms(raw) == Draft.decode(raw).programme_ms == 15000
    raw["t"][1]["sg"][0].update(start=2000, d=1000)  # the title ends inside the video: the video's end
    assert programme_ms(raw) == 10000
    sound_only = {"t": [raw["t"][2]]}
    assert programme_ms(sound_only) == 60000
    overlay = copy.deepcopy(raw)
    overlay["t"].append({"tt": 0, "role": "overlay", "sg": [{"start": 9000, "d": 8000, "src": "logo"}]})
    assert programme_ms(overlay) == 17000
    assert programme_ms(empty_draft()) == 0
    assert programme_ms({"t": [{"tt": 7, "sg": [{"start": 400, "d": 2100}]}, "x"]}) == 2500


def test_engine_and_renderer_use_the_same_length() -> None:
    from vidai_nb.engine.ops.base import finish
    from vidai_nb.engine.ops.base import programme_ms as ops_programme_ms

    raw = _title_and_music_past_the_video()
    assert ops_programme_ms(raw) == 15000
    assert finish(copy.deepcopy(raw))["d"] == 15000  # the draft's `d` is the programme length too
