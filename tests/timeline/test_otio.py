"""to_otio: drafts as OpenTimelineIO timelines (skipped without opentimelineio)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from tests.timeline.drafts import docs_example, example
from tests.timeline.strategies import drafts
from vidai_nb.timeline import to_otio

otio = pytest.importorskip("opentimelineio")


def _items(track: Any) -> list[tuple[str, str, float | None, float | None]]:
    out: list[tuple[str, str, float | None, float | None]] = []
    for item in track:
        if isinstance(item, otio.schema.Transition):
            out.append(("Transition", item.name, None, item.in_offset.value + item.out_offset.value))
        else:
            r = item.range_in_parent()
            out.append((type(item).__name__, item.name, r.start_time.value, r.duration.value))
    return out


def test_protocol_example() -> None:
    tl = to_otio(example())
    assert tl.name == "project"
    assert [t.name for t in tl.tracks] == ["Video", "BGM", "Title"]
    assert [t.kind for t in tl.tracks] == ["Video", "Audio", "Video"]
    assert tl.duration() == otio.opentime.RationalTime(10000, 1000)
    video = tl.tracks[0][0]
    assert video.media_reference.target_url == "m_1"
    assert video.metadata["vidai_nb"]["id"] == "s1"
    title = tl.tracks[2][0]
    assert title.media_reference.generator_kind == "text"
    assert title.media_reference.parameters["text"] == "Urban Dreams"


def test_gaps_transitions_speed_and_in_points() -> None:
    d = docs_example()
    d["t"][0]["sg"].append({"id": "s9", "start": 6000, "d": 4000, "src": "m_2", "name": "b.mp4",
                            "transition": {"type": "fade", "d": 500}, "speed": 2.0})
    tl = to_otio(d)
    assert _items(tl.tracks[0]) == [("Clip", "city.mp4", 0, 6000), ("Transition", "fade", None, 500),
                                    ("Clip", "b.mp4", 6000, 4000)]
    assert tl.tracks[0][0].source_range.start_time.value == 2000  # the segment's `in`
    assert [type(e).__name__ for e in tl.tracks[0][2].effects] == ["LinearTimeWarp"]
    assert _items(tl.tracks[4]) == [("Gap", "", 0, 400), ("Clip", "Hello there", 400, 2100)]


def test_overlapping_segments_split_into_lanes() -> None:
    cues = [{"start": 0, "d": 3000, "text": "a"}, {"start": 1000, "d": 1000, "text": "b"}]
    d = {"t": [{"tt": 7, "sg": cues}]}
    tl = to_otio(d)
    assert [t.name for t in tl.tracks] == ["Text", "Text (2)"]
    assert _items(tl.tracks[1]) == [("Gap", "", 0, 1000), ("Clip", "b", 1000, 1000)]


@pytest.mark.parametrize("draft", [None, {}, {"t": [{"tt": 9, "sg": [{"d": 10**30, "x": 10**30}]}]}])
def test_odd_drafts_serialise(draft: Any) -> None:
    text = otio.adapters.write_to_string(to_otio(draft), "otio_json")
    back = otio.adapters.read_from_string(text, "otio_json")
    assert isinstance(back, otio.schema.Timeline)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(drafts)
def test_any_draft_converts(draft: dict[str, Any]) -> None:
    tl = to_otio(draft)
    assert isinstance(tl, otio.schema.Timeline)
    otio.adapters.write_to_string(tl, "otio_json")
