"""Timeline-time bookkeeping: keep parts of the programme and carry every track along.

All the cutting operations reduce to `keep_timeline(draft, intervals)`: the main track's segments
are cut to the kept intervals (in-points moved by the offset times the segment's speed), and the
other tracks are mapped through the same collapse so titles, music and overlays stay in sync.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from vidai_nb.timeline.intervals import Interval, clip
from vidai_nb.timeline.intervals import complement as complement  # re-exported for the cutting ops

from .base import Draft, IdMaker, OpError, Segment, Track, finish, main_track, programme_ms, require_main
from .base import restack as restack_track
from .base import tracks as all_tracks


def normalize(ranges: Iterable[tuple[int, int | None]], total: int) -> list[Interval]:
    """Clip to [0, total], sort and merge; `None` as an end means the end of the programme."""
    return clip(ranges, total)


def source_offset(seg: Segment, timeline_offset: int) -> int:
    """Source ms advanced by `timeline_offset` ms of this segment (speed-aware; stills do not advance)."""
    if seg.get("kind") == "image" or seg.get("freeze"):
        return 0
    return round(timeline_offset * float(seg.get("speed", 1.0)))


def _is_text(seg: Segment) -> bool:
    return "text" in seg and "src" not in seg


FLASH_MS = 300


def is_flash(seg: Segment, new_d: int) -> bool:
    """A text (subtitle cue, title) that an edit cut to under FLASH_MS would only flash: it is dropped.
    A text that was that short before the edit is left alone."""
    return _is_text(seg) and new_d < FLASH_MS and new_d < int(seg.get("d", 0))


def keep_timeline(draft: Draft, keep: list[Interval]) -> Draft:
    """Keep these (normalized) timeline intervals of the programme, in order; mutates `draft`."""
    main = require_main(draft)
    if not keep:
        raise OpError("that would cut the whole video")
    new_id = IdMaker(draft)

    def pieces(seg: Segment, whole_ids: bool) -> list[Segment]:
        a = int(seg.get("start", 0))
        b = a + int(seg.get("d", 0))
        out: list[Segment] = []
        for lo_k, hi_k in keep:
            lo, hi = max(a, lo_k), min(b, hi_k)
            if hi <= lo:
                continue
            piece = dict(seg)
            piece["start"] = lo
            piece["d"] = hi - lo
            if "in" in seg:
                piece["in"] = int(seg["in"]) + source_offset(seg, lo - a)
            if lo != a:
                piece.pop("transition", None)  # a cut inside a clip is a hard cut
            if out and whole_ids:
                piece["id"] = new_id()
            out.append(piece)
        return out

    def remap(t: int) -> int:
        """New timeline time of an old one (kept time before it)."""
        return sum(max(0, min(t, hi) - lo) for lo, hi in keep)

    main["sg"] = [p for seg in main.get("sg", []) for p in pieces(seg, True)]
    restack_track(main)
    for tr in all_tracks(draft):
        if tr is main:
            continue
        new_sg: list[Segment] = []
        for seg in tr.get("sg", []):
            ps = pieces(seg, True)
            if not ps:
                continue
            if _is_text(seg):
                # a text spanning a cut stays one piece: the cut closes up under it
                merged = dict(ps[0])
                merged["start"] = remap(ps[0]["start"])
                merged["d"] = sum(p["d"] for p in ps)
                if not is_flash(seg, merged["d"]):
                    new_sg.append(merged)
            else:
                for p in ps:
                    p["start"] = remap(p["start"])
                    new_sg.append(p)
        tr["sg"] = new_sg
    return finish(draft)


def warp_other_tracks(draft: Draft, fn: Callable[[int], int]) -> None:
    """Move every non-main segment through a monotone old->new time map (speed, freeze frames)."""
    main = main_track(draft)
    for tr in all_tracks(draft):
        if tr is main:
            continue
        for seg in tr.get("sg", []):
            a = int(seg.get("start", 0))
            b = a + int(seg.get("d", 0))
            seg["start"] = fn(a)
            seg["d"] = max(0, fn(b) - fn(a))


def fit_other_tracks(draft: Draft, old_total: int) -> Draft:
    """After the programme changed length: looping music that ran to the old end runs to the new
    end; everything else is clamped to the programme (text overlays never outlive the video)."""
    main = main_track(draft)
    # the main track's end, not programme_ms: a text that ran past the new end would count itself in
    main_end = max((int(g["start"]) + int(g["d"]) for g in (main or {}).get("sg", [])), default=0)
    total = main_end or programme_ms(draft)
    for tr in all_tracks(draft):
        if tr is main:
            continue
        new_sg: list[Segment] = []
        for seg in tr.get("sg", []):
            a = int(seg.get("start", 0))
            end = a + int(seg.get("d", 0))
            if seg.get("loop") and end == old_total:
                end = total
            end = min(end, total)
            if end <= a or is_flash(seg, end - a):
                continue
            seg["d"] = end - a
            new_sg.append(seg)
        tr["sg"] = new_sg
    return finish(draft)


def restack(track: Track) -> None:
    restack_track(track)
