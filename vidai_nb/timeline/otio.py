"""Draft → OpenTimelineIO Timeline (optional: needs the `opentimelineio` package).

Times stay exact by using a rate of 1000 (milliseconds). Each draft track becomes one OTIO track
(more when its segments overlap, since OTIO tracks are strictly sequential); gaps fill the space
between segments. The original track and segment dicts travel along in `metadata["vidai_nb"]`.
"""

from __future__ import annotations

import math
from typing import Any

from vidai_nb.timeline.decode import to_number
from vidai_nb.timeline.labels import clean, segment_label, track_label
from vidai_nb.timeline.model import Segment, Track, decode_tracks, meta

RATE = 1000.0  # milliseconds


def _plain(value: Any, _depth: int = 0) -> Any:
    """OTIO metadata holds plain JSON types with 64-bit ints: anything else becomes text."""
    if value is None or isinstance(value, bool | str):
        return value
    if isinstance(value, int):
        return value if -(2**63) <= value < 2**63 else str(value)
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if _depth < 16 and isinstance(value, dict):
        return {str(k): _plain(v, _depth + 1) for k, v in value.items()}
    if _depth < 16 and isinstance(value, list | tuple):
        return [_plain(v, _depth + 1) for v in value]
    return str(value)


def _lanes(segments: tuple[Segment, ...]) -> list[list[Segment]]:
    """Split overlapping segments into sequential lanes (first lane that is free at the start)."""
    lanes: list[list[Segment]] = []
    for seg in sorted(segments, key=lambda s: (s.start_ms, s.index)):
        for lane in lanes:
            if lane[-1].end_ms <= seg.start_ms:
                lane.append(seg)
                break
        else:
            lanes.append([seg])
    return lanes or [[]]


def _clip(otio: Any, track: Track, seg: Segment) -> Any:
    rt, tr = otio.opentime.RationalTime, otio.opentime.TimeRange
    source_in = to_number(seg.get("in")) or 0.0
    if track.kind == "text":
        text = seg.shown("text") or ""
        ref = otio.schema.GeneratorReference(generator_kind="text", parameters={"text": text})
    elif seg.source:
        ref = otio.schema.ExternalReference(target_url=seg.source)
    else:
        ref = otio.schema.MissingReference()
    clip = otio.schema.Clip(
        name=clean(segment_label(track, seg).strip('"'), 80),
        media_reference=ref,
        source_range=tr(rt(source_in, RATE), rt(seg.duration_ms, RATE)),
    )
    clip.metadata["vidai_nb"] = _plain(seg.to_json())
    speed = to_number(seg.get("speed"))
    if speed is not None and speed > 0 and speed != 1.0:
        clip.effects.append(otio.schema.LinearTimeWarp(time_scalar=speed))
    return clip


def _transition(otio: Any, seg: Segment) -> Any | None:
    spec = seg.get("transition")
    if not isinstance(spec, dict):
        return None
    d = to_number(spec.get("d")) or 0.0
    if d <= 0:
        return None
    half = otio.opentime.RationalTime(d / 2, RATE)
    return otio.schema.Transition(
        name=str(spec.get("type", "fade")),
        transition_type=otio.schema.TransitionTypes.SMPTE_Dissolve,
        in_offset=half, out_offset=half,
    )


def to_otio(draft: Any) -> Any:
    """An `opentimelineio.schema.Timeline` for any draft (raises ImportError without opentimelineio)."""
    import opentimelineio as otio

    m = meta(draft)
    title = m.get("title") if isinstance(m.get("title"), str) else "vidai_nb"
    timeline = otio.schema.Timeline(name=title)
    timeline.metadata["vidai_nb"] = {"m": _plain(m)}
    for track in decode_tracks(draft):
        for n, lane in enumerate(_lanes(track.segments)):
            timeline.tracks.append(_lane_track(otio, track, lane, n))
    return timeline


def _lane_track(otio: Any, track: Track, lane: list[Segment], n: int) -> Any:
    """One sequential OTIO track: gaps, clips and (between touching clips) transitions."""
    kind = otio.schema.TrackKind.Audio if track.kind == "audio" else otio.schema.TrackKind.Video
    out = otio.schema.Track(name=track_label(track) + (f" ({n + 1})" if n else ""), kind=kind)
    track_meta = {k: v for k, v in track.to_json().items() if k != "sg"}
    out.metadata["vidai_nb"] = {"index": track.index, "kind": track.kind, **_plain(track_meta)}
    cursor = 0
    for seg in lane:
        if seg.start_ms > cursor:
            out.append(otio.schema.Gap(duration=otio.opentime.RationalTime(seg.start_ms - cursor, RATE)))
        transition = _transition(otio, seg)
        touching = seg.start_ms == cursor and len(out) > 0 and isinstance(out[-1], otio.schema.Clip)
        if transition is not None and touching:
            out.append(transition)
        out.append(_clip(otio, track, seg))
        cursor = seg.end_ms
    return out
