"""Operations on the main track's time: keep/remove ranges, trims, silences, segments, speed."""

from __future__ import annotations

from collections.abc import Mapping

from . import schemas as s
from .base import (
    Draft,
    IdMaker,
    MediaRef,
    OpError,
    Segment,
    clip_segment,
    finish,
    main_track,
    media_ref,
    programme_ms,
    require_main,
    restack,
    tracks,
)
from .timemap import (
    Interval,
    complement,
    fit_other_tracks,
    keep_timeline,
    normalize,
    source_offset,
    warp_other_tracks,
)

Media = Mapping[str, MediaRef]


def _range_check(draft: Draft, start: int, end: int | None) -> tuple[int, int | None]:
    total = programme_ms(draft)
    if start >= total:
        raise OpError(f"the video is only {total / 1000:g} s long")
    return start, end


def keep_range(draft: Draft, op: s.KeepRange, media: Media) -> Draft:
    require_main(draft)
    _range_check(draft, op.start_ms, op.end_ms)
    return keep_timeline(draft, normalize([(op.start_ms, op.end_ms)], programme_ms(draft)))


def remove_range(draft: Draft, op: s.RemoveRange, media: Media) -> Draft:
    require_main(draft)
    _range_check(draft, op.start_ms, op.end_ms)
    total = programme_ms(draft)
    return keep_timeline(draft, complement(normalize([(op.start_ms, op.end_ms)], total), total))


def keep_ranges(draft: Draft, op: s.KeepRanges, media: Media) -> Draft:
    require_main(draft)
    return keep_timeline(draft, normalize([(r.start_ms, r.end_ms) for r in op.ranges], programme_ms(draft)))


def remove_ranges(draft: Draft, op: s.RemoveRanges, media: Media) -> Draft:
    require_main(draft)
    total = programme_ms(draft)
    return keep_timeline(draft, complement(normalize([(r.start_ms, r.end_ms) for r in op.ranges], total),
                                           total))


def trim(draft: Draft, op: s.Trim, media: Media) -> Draft:
    require_main(draft)
    total = programme_ms(draft)
    if op.head_ms + op.tail_ms >= total:
        raise OpError(f"the video is only {total / 1000:g} s long — that would cut all of it")
    return keep_timeline(draft, [(op.head_ms, total - op.tail_ms)])


def _timeline_of_source(seg: Segment, src_ms: int) -> int:
    """Timeline time at which this segment shows source time `src_ms` (clamped to the segment)."""
    a = int(seg["start"])
    speed = float(seg.get("speed", 1.0))
    t = a + round((src_ms - int(seg.get("in", 0))) / speed)
    return min(max(t, a), a + int(seg["d"]))


def trim_dead_air(draft: Draft, op: s.TrimDeadAir, media: Media) -> Draft:
    main = require_main(draft)
    if not op.bounds:
        raise OpError("no dead-air analysis was available")
    keep: list[Interval] = []
    for seg in main["sg"]:
        a, b = int(seg["start"]), int(seg["start"]) + int(seg["d"])
        bound = op.bounds.get(str(seg.get("src")))
        if bound is None or seg.get("kind") == "image" or seg.get("freeze"):
            keep.append((a, b))
            continue
        lo, hi = _timeline_of_source(seg, bound[0]), _timeline_of_source(seg, bound[1])
        if hi > lo:
            keep.append((lo, hi))
    return keep_timeline(draft, normalize(keep, programme_ms(draft)))


def remove_silences(draft: Draft, op: s.RemoveSilences, media: Media) -> Draft:
    main = require_main(draft)
    cut: list[tuple[int, int | None]] = []
    for seg in main["sg"]:
        if seg.get("kind") == "image" or seg.get("freeze"):
            continue
        for s0, s1 in op.silences.get(str(seg.get("src")), []):
            if s1 - s0 < op.min_ms:
                continue
            # margins stay with the speech on both sides, so no word is clipped
            lo = _timeline_of_source(seg, s0 + op.margin_ms)
            hi = _timeline_of_source(seg, s1 - op.margin_ms)
            if hi > lo:
                cut.append((lo, hi))
    total = programme_ms(draft)
    if not cut:
        return finish(draft)
    return keep_timeline(draft, complement(normalize(cut, total), total))


def _segment(draft: Draft, index: int) -> tuple[list[Segment], int]:
    sg = require_main(draft)["sg"]
    if index > len(sg):
        raise OpError(f"there {'is' if len(sg) == 1 else 'are'} only {len(sg)} clip"
                      f"{'' if len(sg) == 1 else 's'} on the timeline")
    return sg, index - 1


def split(draft: Draft, op: s.Split, media: Media) -> Draft:
    main = require_main(draft)
    new_id = IdMaker(draft)
    out: list[Segment] = []
    done = False
    for seg in main["sg"]:
        a, b = int(seg["start"]), int(seg["start"]) + int(seg["d"])
        if not done and a < op.at_ms < b:
            first, second = dict(seg), dict(seg)
            first["d"] = op.at_ms - a
            second.update(id=new_id(), start=op.at_ms, d=b - op.at_ms)
            if "in" in seg:
                second["in"] = int(seg["in"]) + source_offset(seg, op.at_ms - a)
            second.pop("transition", None)
            out += [first, second]
            done = True
        else:
            out.append(seg)
    if not done:
        raise OpError(f"there is no clip boundary to make at {op.at_ms / 1000:g} s")
    main["sg"] = out
    return finish(draft)


def delete_segment(draft: Draft, op: s.DeleteSegment, media: Media) -> Draft:
    sg, i = _segment(draft, op.index)
    if len(sg) == 1:
        raise OpError("that is the only clip — deleting it would leave nothing")
    a, b = int(sg[i]["start"]), int(sg[i]["start"]) + int(sg[i]["d"])
    total = programme_ms(draft)
    return keep_timeline(draft, complement([(a, b)], total))


def _rearranged(draft: Draft, new_sg: list[Segment]) -> Draft:
    old_total = programme_ms(draft)
    main = require_main(draft)
    main["sg"] = new_sg
    restack(main)
    return fit_other_tracks(draft, old_total)


def move_segment(draft: Draft, op: s.MoveSegment, media: Media) -> Draft:
    sg, i = _segment(draft, op.index)
    items = list(sg)
    seg = items.pop(i)
    items.insert(min(op.to_index, len(sg)) - 1, seg)
    return _rearranged(draft, items)


def duplicate_segment(draft: Draft, op: s.DuplicateSegment, media: Media) -> Draft:
    sg, i = _segment(draft, op.index)
    copy_ = dict(sg[i], id=IdMaker(draft)())
    return _rearranged(draft, [*sg[: i + 1], copy_, *sg[i + 1:]])


def reorder(draft: Draft, op: s.Reorder, media: Media) -> Draft:
    sg = require_main(draft)["sg"]
    if sorted(op.order) != list(range(1, len(sg) + 1)):
        raise OpError(f"give each of the {len(sg)} clips exactly once (1 to {len(sg)})")
    return _rearranged(draft, [sg[n - 1] for n in op.order])


def _main_or_new(draft: Draft) -> list[Segment]:
    main = main_track(draft)
    if main is None:
        main = {"tt": 0, "id": "video", "name": "Video", "role": "main", "muted": False, "volume": 1.0,
                "sg": []}
        tracks(draft).insert(0, main)
    return list(main.get("sg", []))


def concat(draft: Draft, op: s.Concat, media: Media) -> Draft:
    _main_or_new(draft)
    new_id = IdMaker(draft)
    refs = [media_ref(media, m, {"video", "image"}) for m in op.media_ids]
    return _rearranged(draft, [clip_segment(r, new_id()) for r in refs])


def add_clips(draft: Draft, op: s.AddClips, media: Media) -> Draft:
    current = _main_or_new(draft)
    new_id = IdMaker(draft)
    added = [clip_segment(media_ref(media, m, {"video", "image"}), new_id(), op.image_ms)
             for m in op.media_ids]
    return _rearranged(draft, current + added if op.at == "end" else added + current)


def slideshow(draft: Draft, op: s.Slideshow, media: Media) -> Draft:
    _main_or_new(draft)
    new_id = IdMaker(draft)
    refs = [media_ref(media, m, {"image"}) for m in op.media_ids]
    return _rearranged(draft, [clip_segment(r, new_id(), op.image_ms) for r in refs])


def speed(draft: Draft, op: s.Speed, media: Media) -> Draft:
    main = require_main(draft)
    sg = main["sg"]
    chosen = range(len(sg)) if op.index is None else [_segment(draft, op.index)[1]]
    old = [(int(x["start"]), int(x["start"]) + int(x["d"])) for x in sg]
    for i in chosen:
        seg = sg[i]
        if seg.get("kind") == "image" or seg.get("freeze"):
            continue  # stills have no speed; their length is set directly
        span = int(seg["d"]) * float(seg.get("speed", 1.0))
        seg["speed"] = op.factor
        seg["d"] = max(1, round(span / op.factor))
    restack(main)
    new = [(int(x["start"]), int(x["start"]) + int(x["d"])) for x in sg]

    def warp(t: int) -> int:
        for (a, b), (na, nb) in zip(old, new, strict=True):
            if a <= t <= b:
                return na + round((t - a) * (nb - na) / max(1, b - a))
        return new[-1][1] if t > old[-1][1] else t

    warp_other_tracks(draft, warp)
    return fit_other_tracks(draft, new[-1][1])


def freeze_frame(draft: Draft, op: s.FreezeFrame, media: Media) -> Draft:
    main = require_main(draft)
    total = programme_ms(draft)
    if op.at_ms >= total:
        raise OpError(f"the video is only {total / 1000:g} s long")
    new_id = IdMaker(draft)
    sg = main["sg"]
    i = next(k for k, x in enumerate(sg) if int(x["start"]) <= op.at_ms < int(x["start"]) + int(x["d"]))
    seg = sg[i]
    a, b = int(seg["start"]), int(seg["start"]) + int(seg["d"])
    src_at = int(seg.get("in", 0)) + source_offset(seg, op.at_ms - a)
    still = {k: v for k, v in seg.items() if k != "transition"}
    still.update({"id": new_id(), "d": op.duration_ms, "in": src_at, "freeze": True, "speed": 1.0,
                  "volume": 0.0})
    if op.at_ms > a:
        head, tail = dict(seg), {k: v for k, v in seg.items() if k != "transition"}
        head["d"] = op.at_ms - a
        tail.update({"id": new_id(), "d": b - op.at_ms, "in": src_at})
        middle = [head, still, tail]
    else:
        middle = [still, seg]
    main["sg"] = [*sg[:i], *middle, *sg[i + 1:]]
    restack(main)
    # later material on the other tracks moves by the still's length
    warp_other_tracks(draft, lambda t: t if t <= op.at_ms else t + op.duration_ms)
    return fit_other_tracks(draft, total + op.duration_ms)
