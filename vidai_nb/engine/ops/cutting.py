"""Operations on the main track's time: keep/remove ranges, trims, silences, segments, speed."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .base import (
    CONTINUES,
    Draft,
    IdMaker,
    OpError,
    Segment,
    clip_groups,
    clip_segment,
    continues_previous,
    finish,
    main_track,
    media_ref,
    programme_ms,
    require_main,
    restack,
    tracks,
)
from .fields import Ms
from .registry import Media, Names, OpBase, operation
from .timemap import (
    Interval,
    complement,
    fit_other_tracks,
    keep_timeline,
    normalize,
    source_offset,
    warp_other_tracks,
)
from .words import clock, joined, secs, span


class Range(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    start_ms: Ms
    end_ms: Ms | None = None  # None = to the end of the programme

    @model_validator(mode="after")
    def _ordered(self) -> Range:
        if self.end_ms is not None and self.end_ms <= self.start_ms:
            raise ValueError("end_ms must be after start_ms")
        return self


class _RangeOp(OpBase):
    start_ms: Ms = 0
    end_ms: Ms | None = None

    @model_validator(mode="after")
    def _ordered(self) -> _RangeOp:
        if self.end_ms is not None and self.end_ms <= self.start_ms:
            raise ValueError("end_ms must be after start_ms")
        return self


def _range_check(draft: Draft, start: int, end: int | None) -> tuple[int, int | None]:
    total = programme_ms(draft)
    if start >= total:
        raise OpError(f"the video is only {total / 1000:g} s long")
    return start, end


class KeepRange(_RangeOp):
    op: Literal["keep_range"] = "keep_range"
    description = "Keep only this part of the timeline (end_ms null = to the end)."
    example = "keep only 0:30 to 1:45"


@operation(KeepRange, ask="keep that part", said=lambda o, _: f"kept {span(o.start_ms, o.end_ms)}",
           ask_zh="保留这一段", said_zh=lambda o, _: f"保留了 {span(o.start_ms, o.end_ms)}")
def keep_range(draft: Draft, op: KeepRange, media: Media) -> Draft:
    require_main(draft)
    _range_check(draft, op.start_ms, op.end_ms)
    return keep_timeline(draft, normalize([(op.start_ms, op.end_ms)], programme_ms(draft)))


class RemoveRange(_RangeOp):
    op: Literal["remove_range"] = "remove_range"
    description = "Cut this part out of the timeline and close the gap."
    example = "remove 0:02 to 0:04"


@operation(RemoveRange, ask="cut that part out", said=lambda o, _: f"removed {span(o.start_ms, o.end_ms)}",
           ask_zh="删除这一段", said_zh=lambda o, _: f"删除了 {span(o.start_ms, o.end_ms)}")
def remove_range(draft: Draft, op: RemoveRange, media: Media) -> Draft:
    require_main(draft)
    _range_check(draft, op.start_ms, op.end_ms)
    total = programme_ms(draft)
    return keep_timeline(draft, complement(normalize([(op.start_ms, op.end_ms)], total), total))


class KeepRanges(OpBase):
    op: Literal["keep_ranges"] = "keep_ranges"
    ranges: list[Range] = Field(min_length=1)
    description = "Keep several parts of the timeline (joined in order), cutting the rest."
    example = "keep 0:05-0:10 and 0:20-0:30"


@operation(KeepRanges, ask="keep those parts",
           said=lambda o, _: "kept " + ", ".join(span(r.start_ms, r.end_ms) for r in o.ranges),
           ask_zh="保留这几段", said_zh="保留了多个片段")
def keep_ranges(draft: Draft, op: KeepRanges, media: Media) -> Draft:
    require_main(draft)
    return keep_timeline(draft, normalize([(r.start_ms, r.end_ms) for r in op.ranges], programme_ms(draft)))


class RemoveRanges(OpBase):
    op: Literal["remove_ranges"] = "remove_ranges"
    ranges: list[Range] = Field(min_length=1)
    description = "Cut several parts of the timeline at once (times as on the current timeline)."
    example = "cut 0:05-0:10 and 0:20-0:25"


@operation(RemoveRanges, ask="cut those parts out",
           said=lambda o, _: "removed " + ", ".join(span(r.start_ms, r.end_ms) for r in o.ranges),
           ask_zh="删除这几段", said_zh="删除了多个片段")
def remove_ranges(draft: Draft, op: RemoveRanges, media: Media) -> Draft:
    require_main(draft)
    total = programme_ms(draft)
    return keep_timeline(draft, complement(normalize([(r.start_ms, r.end_ms) for r in op.ranges], total),
                                           total))


class Trim(OpBase):
    op: Literal["trim"] = "trim"
    head_ms: Ms = 0
    tail_ms: Ms = 0
    description = "Cut head_ms from the start and tail_ms from the end of the programme."
    example = "trim the first 10 seconds"


def _trimmed(o: Trim, _: Names) -> str:
    parts = ([f"the first {secs(o.head_ms)}"] if o.head_ms else []) + (
        [f"the last {secs(o.tail_ms)}"] if o.tail_ms else [])
    return "trimmed " + " and ".join(parts or ["nothing"])


@operation(Trim, ask="trim the video", said=_trimmed, ask_zh="剪掉开头/结尾", said_zh="剪掉了开头/结尾")
def trim(draft: Draft, op: Trim, media: Media) -> Draft:
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


class TrimDeadAir(OpBase):
    op: Literal["trim_dead_air"] = "trim_dead_air"
    # which ends lose their dead air: "start and end" is the usual request; "the silence at the start
    # but not at the end" keeps the end as it is
    ends: Literal["both", "start", "end"] = "both"
    # media id -> (content_start_ms, content_end_ms) in SOURCE time; filled from speech.detect_content
    bounds: dict[str, tuple[int, int]] = Field(default_factory=dict)
    description = ("Trim each clip to its speech (first word to last, with a pad) or, without speech, "
                   "cut silence with black or frozen frames at the start and end; ends: both, or only "
                   "the start or only the end.")
    example = "trim the footage"
    runner_fields = ("bounds",)


_ENDS = {"both": "at the start and end", "start": "at the start", "end": "at the end"}
_ENDS_ZH = {"both": "开头和结尾", "start": "开头", "end": "结尾"}


@operation(TrimDeadAir, ask="trim the dead air",
           said=lambda o, _: f"trimmed the dead air {_ENDS[o.ends]}",
           ask_zh="剪掉开头和结尾的空白", said_zh=lambda o, _: f"剪掉了{_ENDS_ZH[o.ends]}的空白")
def trim_dead_air(draft: Draft, op: TrimDeadAir, media: Media) -> Draft:
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
        lo = a if op.ends == "end" else lo
        hi = b if op.ends == "start" else hi
        if hi > lo:
            keep.append((lo, hi))
    return keep_timeline(draft, normalize(keep, programme_ms(draft)))


class RemoveSilences(OpBase):
    op: Literal["remove_silences"] = "remove_silences"
    threshold_db: float = Field(default=-35.0, le=0, ge=-90)
    min_ms: Ms = 500
    margin_ms: Ms = 150  # kept around speech so that no word is clipped
    # a silence at the very start / end of the video that stays ("cut the pauses but not the silence
    # at the end"): none, start, end or both
    keep_ends: Literal["none", "start", "end", "both"] = "none"
    # media id -> silent ranges in SOURCE time; filled from speech.detect_silences
    silences: dict[str, list[tuple[int, int]]] = Field(default_factory=dict)
    description = ("Cut pauses longer than min_ms, keeping margin_ms around speech so no word is cut; "
                   "keep_ends keeps the silence at the start and/or end of the video.")
    example = "remove the silences"
    runner_fields = ("silences",)


_KEPT_END = {"none": "", "start": " (the silence at the start kept)", "end": " (the silence at the end kept)",
             "both": " (the silence at the start and end kept)"}
_EDGE_MS = 100  # a pause this close to the video's first or last frame is "the silence at the start/end"


@operation(RemoveSilences, ask="remove the silences",
           said=lambda o, _: f"removed the pauses longer than {secs(o.min_ms)}{_KEPT_END[o.keep_ends]}",
           ask_zh="删除静音段", said_zh=lambda o, _: "删除了静音段" + (
               "" if o.keep_ends == "none" else f"（保留了{_ENDS_ZH[o.keep_ends]}的静音）"))
def remove_silences(draft: Draft, op: RemoveSilences, media: Media) -> Draft:
    main = require_main(draft)
    total = programme_ms(draft)
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
            at_start = _timeline_of_source(seg, s0) <= _EDGE_MS
            at_end = _timeline_of_source(seg, s1) >= total - _EDGE_MS
            if (at_start and op.keep_ends in ("start", "both")) or (
                    at_end and op.keep_ends in ("end", "both")):
                continue
            if hi > lo:
                cut.append((lo, hi))
    if not cut:
        return finish(draft)
    return keep_timeline(draft, complement(normalize(cut, total), total))


def _clip(draft: Draft, index: int) -> tuple[list[list[Segment]], int]:
    """The main track's clips (each with its invisible pieces, base.CONTINUES) and the 0-based position
    of clip `index` (1-based, as people count): an index names a clip, never a piece of one."""
    groups = clip_groups(require_main(draft)["sg"])
    if index > len(groups):
        n = len(groups)  # worded for runner.py's Chinese reasons (a literal, as its test reads)
        raise OpError(f"there {'is' if n == 1 else 'are'} only {n} clip{'' if n == 1 else 's'} "
                      f"on the timeline")
    return groups, index - 1


def _flat(groups: list[list[Segment]]) -> list[Segment]:
    return [seg for group in groups for seg in group]


class Split(OpBase):
    op: Literal["split"] = "split"
    at_ms: Ms
    description = "Split the clip under this time into two segments."
    example = "split at 0:05"


@operation(Split, ask="split the clip", said=lambda o, _: f"split the clip at {clock(o.at_ms)}",
           ask_zh="分割片段", said_zh="分割了片段")
def split(draft: Draft, op: Split, media: Media) -> Draft:
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
            second.pop(CONTINUES, None)  # an explicit split makes a real clip, not a piece
            out += [first, second]
            done = True
        elif not done and a == op.at_ms and out and continues_previous(out[-1], seg):
            seg.pop(CONTINUES)  # at an invisible cut: the user's split makes it a real one
            out.append(seg)
            done = True
        else:
            out.append(seg)
    if not done:
        raise OpError(f"there is no clip boundary to make at {op.at_ms / 1000:g} s")
    main["sg"] = out
    return finish(draft)


class DeleteSegment(OpBase):
    op: Literal["delete_segment"] = "delete_segment"
    index: int = Field(ge=1)  # 1-based, as people count
    description = "Delete the Nth segment of the main track (1 = first)."
    example = "delete the second clip"


@operation(DeleteSegment, ask="delete the clip", said=lambda o, _: f"deleted clip {o.index}",
           ask_zh="删除片段", said_zh="删除了一个片段")
def delete_segment(draft: Draft, op: DeleteSegment, media: Media) -> Draft:
    groups, i = _clip(draft, op.index)
    if len(groups) == 1:
        raise OpError("that is the only clip — deleting it would leave nothing")
    a = int(groups[i][0]["start"])
    b = int(groups[i][-1]["start"]) + int(groups[i][-1]["d"])  # the whole clip, all its pieces
    total = programme_ms(draft)
    return keep_timeline(draft, complement([(a, b)], total))


def _rearranged(draft: Draft, new_sg: list[Segment]) -> Draft:
    old_total = programme_ms(draft)
    main = require_main(draft)
    main["sg"] = new_sg
    restack(main)
    return fit_other_tracks(draft, old_total)


class MoveSegment(OpBase):
    op: Literal["move_segment"] = "move_segment"
    index: int = Field(ge=1)
    to_index: int = Field(ge=1)
    description = "Move the Nth segment to position to_index (1-based)."
    example = "move the third clip to the start"


@operation(MoveSegment, ask="move the clip",
           said=lambda o, _: f"moved clip {o.index} to position {o.to_index}",
           ask_zh="移动片段", said_zh="移动了片段")
def move_segment(draft: Draft, op: MoveSegment, media: Media) -> Draft:
    groups, i = _clip(draft, op.index)
    items = list(groups)
    group = items.pop(i)
    items.insert(min(op.to_index, len(groups)) - 1, group)
    return _rearranged(draft, _flat(items))


class DuplicateSegment(OpBase):
    op: Literal["duplicate_segment"] = "duplicate_segment"
    index: int = Field(ge=1)
    description = "Repeat the Nth segment right after itself."
    example = "duplicate the first clip"


@operation(DuplicateSegment, ask="duplicate the clip", said=lambda o, _: f"duplicated clip {o.index}",
           ask_zh="复制片段", said_zh="复制了片段")
def duplicate_segment(draft: Draft, op: DuplicateSegment, media: Media) -> Draft:
    groups, i = _clip(draft, op.index)
    new_id = IdMaker(draft)
    copy_ = [dict(seg, id=new_id()) for seg in groups[i]]
    return _rearranged(draft, _flat([*groups[: i + 1], copy_, *groups[i + 1:]]))


class Loop(OpBase):
    op: Literal["loop"] = "loop"
    times: int = Field(default=2, ge=2, le=20)  # how many times the whole video plays, in a row
    description = ("Play the whole main track `times` times in a row (music set to loop runs on; text "
                   "and overlays stay on the first pass).")
    example = "loop the video 3 times"


@operation(Loop, ask="loop the video",
           said=lambda o, _: f"looped the video: it now plays {o.times} times in a row",
           ask_zh="循环播放视频", said_zh=lambda o, _: f"把视频循环了 {o.times} 遍，连着播放")
def loop(draft: Draft, op: Loop, media: Media) -> Draft:
    sg = require_main(draft)["sg"]
    new_id = IdMaker(draft)
    copies = [dict(seg, id=new_id()) for _ in range(op.times - 1) for seg in sg]
    return _rearranged(draft, [*sg, *copies])


class Reorder(OpBase):
    op: Literal["reorder"] = "reorder"
    order: list[int] = Field(min_length=1)  # 1-based segment numbers in their new order
    description = "Put the main-track segments in this order (1-based numbers)."
    example = "reorder the clips 3, 1, 2"


@operation(Reorder, ask="reorder the clips",
           said=lambda o, _: "reordered the clips to " + ", ".join(map(str, o.order)),
           ask_zh="调整片段顺序", said_zh="调整了片段顺序")
def reorder(draft: Draft, op: Reorder, media: Media) -> Draft:
    groups = clip_groups(require_main(draft)["sg"])
    if sorted(op.order) != list(range(1, len(groups) + 1)):
        raise OpError(f"give each of the {len(groups)} clips exactly once (1 to {len(groups)})")
    return _rearranged(draft, _flat([groups[n - 1] for n in op.order]))


def _main_or_new(draft: Draft) -> list[Segment]:
    main = main_track(draft)
    if main is None:
        main = {"tt": 0, "id": "video", "name": "Video", "role": "main", "muted": False, "volume": 1.0,
                "sg": []}
        tracks(draft).insert(0, main)
    return list(main.get("sg", []))


class Concat(OpBase):
    op: Literal["concat"] = "concat"
    media_ids: list[str] = Field(min_length=1)
    description = "Rebuild the main track from these uploaded clips, whole, in this order."
    example = "join b.mp4 then a.mp4"


@operation(Concat, ask="join the clips",
           said=lambda o, n: "joined " + joined(n.get(m, m) for m in o.media_ids),
           ask_zh="拼接片段", said_zh="拼接了片段")
def concat(draft: Draft, op: Concat, media: Media) -> Draft:
    _main_or_new(draft)
    new_id = IdMaker(draft)
    refs = [media_ref(media, m, {"video", "image"}) for m in op.media_ids]
    return _rearranged(draft, [clip_segment(r, new_id()) for r in refs])


class AddClips(OpBase):
    op: Literal["add_clips"] = "add_clips"
    media_ids: list[str] = Field(min_length=1)
    at: Literal["end", "start"] = "end"
    description = "Add uploaded clips or images to the main track (images last image_ms each)."
    example = "add b.mp4 at the end"
    image_ms: Ms = 3000


@operation(AddClips, ask="add the clips",
           said=lambda o, n: f"added {joined(n.get(m, m) for m in o.media_ids)} at the {o.at}",
           ask_zh="添加片段", said_zh="添加了片段")
def add_clips(draft: Draft, op: AddClips, media: Media) -> Draft:
    current = _main_or_new(draft)
    new_id = IdMaker(draft)
    added = [clip_segment(media_ref(media, m, {"video", "image"}), new_id(), op.image_ms)
             for m in op.media_ids]
    return _rearranged(draft, current + added if op.at == "end" else added + current)


class Slideshow(OpBase):
    op: Literal["slideshow"] = "slideshow"
    media_ids: list[str] = Field(min_length=1)
    image_ms: int = Field(default=3000, ge=100)
    description = "Make the main track a slideshow of these images, image_ms each."
    example = "make a slideshow of the photos, 2 seconds each"


@operation(Slideshow, ask="make a slideshow",
           said=lambda o, _: f"made a slideshow of {len(o.media_ids)} images, {secs(o.image_ms)} each",
           ask_zh="做成幻灯片", said_zh="做成了幻灯片")
def slideshow(draft: Draft, op: Slideshow, media: Media) -> Draft:
    _main_or_new(draft)
    new_id = IdMaker(draft)
    refs = [media_ref(media, m, {"image"}) for m in op.media_ids]
    return _rearranged(draft, [clip_segment(r, new_id(), op.image_ms) for r in refs])


class Speed(OpBase):
    op: Literal["speed"] = "speed"
    factor: float = Field(ge=0.25, le=4.0)
    index: int | None = Field(default=None, ge=1)  # None = the whole programme
    description = "Play at this speed (0.25–4×, pitch kept); index = one segment only."
    example = "speed it up 2x"


@operation(Speed, ask="change the speed",
           said=lambda o, _: f"set the speed to {o.factor:g}×" + (f" on clip {o.index}" if o.index else ""),
           ask_zh="改变速度", said_zh=lambda o, _: f"把速度改为 {o.factor:g}×")
def speed(draft: Draft, op: Speed, media: Media) -> Draft:
    main = require_main(draft)
    sg = main["sg"]
    if op.index is None:
        chosen = list(sg)
    else:
        groups, i = _clip(draft, op.index)
        chosen = groups[i]  # every piece of the clip (a muted part stays muted, at the new speed)
    old = [(int(x["start"]), int(x["start"]) + int(x["d"])) for x in sg]
    for seg in chosen:
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


class FreezeFrame(OpBase):
    op: Literal["freeze_frame"] = "freeze_frame"
    at_ms: Ms
    duration_ms: int = Field(default=2000, ge=100)
    description = "Hold the frame at at_ms still for duration_ms (inserted, the rest moves later)."
    example = "freeze the frame at 0:03 for 2 seconds"


@operation(FreezeFrame, ask="freeze the frame",
           said=lambda o, _: f"froze the frame at {clock(o.at_ms)} for {secs(o.duration_ms)}",
           ask_zh="添加定格画面", said_zh="添加了定格画面")
def freeze_frame(draft: Draft, op: FreezeFrame, media: Media) -> Draft:
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
    still = {k: v for k, v in seg.items() if k not in ("transition", CONTINUES)}
    still.update({"id": new_id(), "d": op.duration_ms, "in": src_at, "freeze": True, "speed": 1.0,
                  "volume": 0.0})
    if op.at_ms > a:
        head, tail = dict(seg), {k: v for k, v in seg.items() if k not in ("transition", CONTINUES)}
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
