"""Shared pieces of the pure operations: media references, errors, draft helpers."""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from vidai_nb.timeline.model import CONTINUES as CONTINUES  # re-exported for the ops
from vidai_nb.timeline.model import Draft as TypedDraft
from vidai_nb.timeline.model import continues_previous
from vidai_nb.timeline.schema import TT_AUDIO, TT_TEXT, TT_VIDEO, empty_draft

Draft = dict[str, Any]
Track = dict[str, Any]
Segment = dict[str, Any]


class OpError(Exception):
    """An operation that cannot be applied to this draft; the message is shown to the user."""


@dataclass(frozen=True)
class MediaRef:
    """What an operation may know about an uploaded file (no path: operations do no I/O)."""

    media_id: str
    name: str
    kind: str  # "video" | "image" | "audio"
    duration_ms: int
    width: int = 0
    height: int = 0
    has_audio: bool = False
    fps: float = 0.0  # frames per second of a video (0: unknown), for times said in frames


def clone(draft: Draft) -> Draft:
    """Deep copy, so that operations never mutate their input."""
    return copy.deepcopy(draft)


def tracks(draft: Draft) -> list[Track]:
    t = draft.setdefault("t", [])
    if not isinstance(t, list):
        raise OpError("the draft's track list is malformed")
    return t


def find_track(draft: Draft, role: str) -> Track | None:
    """The first track with this role (falls back to the engine's track ids)."""
    for tr in tracks(draft):
        if tr.get("role") == role:
            return tr
    for tr in tracks(draft):
        if tr.get("id") == role:
            return tr
    return None


def main_track(draft: Draft) -> Track | None:
    """The main video track: role "main", else the first tt 0 track."""
    tr = find_track(draft, "main")
    if tr is not None:
        return tr
    return next((t for t in tracks(draft) if t.get("tt") == TT_VIDEO), None)


def require_main(draft: Draft) -> Track:
    tr = main_track(draft)
    if tr is None or not tr.get("sg"):
        raise OpError("there is no video on the timeline yet — upload a clip first")
    return tr


def programme_ms(draft: Draft) -> int:
    """Length of the programme, as exported (the one definition: timeline.model.Draft.programme_ms)."""
    return TypedDraft.decode(draft).programme_ms


def restack(track: Track) -> None:
    """Main-track rule: segments are contiguous from 0 in list order."""
    pos = 0
    for seg in track.get("sg", []):
        seg["start"] = pos
        pos += int(seg["d"])


def clip_groups(sg: Sequence[Segment]) -> list[list[Segment]]:
    """The main track's segments as the clips a user counts: each clip with its invisible pieces
    (a segment marked CONTINUES joins the clip before it: vidai_nb/timeline/model.py says why)."""
    groups: list[list[Segment]] = []
    for k, seg in enumerate(sg):
        if groups and continues_previous(sg[k - 1], seg):
            groups[-1].append(seg)
        else:
            groups.append([seg])
    return groups


def main_clips(draft: Draft) -> list[Segment]:
    """The main track as the user sees it: one segment per clip (its first piece's keys, stretched over
    all its pieces). A read-only view for counting and naming clips; the draft itself is not changed."""
    tr = main_track(draft)
    out: list[Segment] = []
    for group in clip_groups(tr.get("sg", []) if tr else []):
        a, last = int(group[0].get("start", 0)), group[-1]
        out.append(dict(group[0], d=int(last.get("start", 0)) + int(last.get("d", 0)) - a)
                   if len(group) > 1 else group[0])
    return out


def clip_count(draft: Draft) -> int:
    """How many clips the main track has, as the user counts them (pieces of one clip count once)."""
    return len(main_clips(draft))


def finish(draft: Draft) -> Draft:
    """Recompute `d`, drop empty non-main tracks, sort segments (the draft's invariants)."""
    main = main_track(draft)
    kept: list[Track] = []
    for tr in tracks(draft):
        if tr is not main:
            tr["sg"] = sorted((s for s in tr.get("sg", []) if int(s.get("d", 0)) > 0),
                              key=lambda s: int(s.get("start", 0)))
            if not tr["sg"] and tr.get("role") in {"bgm", "title", "text", "subtitle", "overlay", "pip"}:
                continue
        kept.append(tr)
    draft["t"] = kept
    draft["d"] = programme_ms(draft)
    return draft


_ID_RE = re.compile(r"^[a-z]+(\d+)$")


class IdMaker:
    """Deterministic fresh segment ids (s<N>) that never collide with ids already in the draft."""

    def __init__(self, draft: Draft) -> None:
        nums = [0]
        for tr in tracks(draft):
            for s in tr.get("sg", []):
                m = _ID_RE.match(str(s.get("id", "")))
                if m:
                    nums.append(int(m.group(1)))
        self._next = max(nums) + 1

    def __call__(self, prefix: str = "s") -> str:
        n = self._next
        self._next += 1
        return f"{prefix}{n}"


def ensure_track(draft: Draft, role: str, tt: int, name: str, **extra: Any) -> Track:
    tr = find_track(draft, role)
    if tr is None:
        tr = {"tt": tt, "id": role, "name": name, "role": role, **extra, "sg": []}
        tracks(draft).append(tr)
    return tr


def media_ref(media: dict[str, MediaRef] | Any, media_id: str, kinds: Iterable[str]) -> MediaRef:
    ref = media.get(media_id) if hasattr(media, "get") else None
    if ref is None:
        raise OpError(f"I can't find the uploaded file {media_id!r}")
    allowed = set(kinds)
    if ref.kind not in allowed:
        raise OpError(f"{ref.name} is {ref.kind}, but this needs {' or '.join(sorted(allowed))}")
    return ref


def clip_segment(ref: MediaRef, seg_id: str, image_ms: int = 3000) -> Segment:
    """A main-track segment showing a whole uploaded file."""
    if ref.kind == "image":
        return {"id": seg_id, "start": 0, "d": image_ms, "src": ref.media_id, "name": ref.name,
                "kind": "image", "in": 0, "speed": 1.0, "volume": 1.0}
    return {"id": seg_id, "start": 0, "d": int(ref.duration_ms), "src": ref.media_id, "name": ref.name,
            "kind": "video", "in": 0, "speed": 1.0, "volume": 1.0}


DEFAULT_SHORT_SIDE_CAP = 1080


def source_canvas(width: int, height: int) -> tuple[int, int]:
    """The canvas a first clip gives the project: its own size and shape, with the short side capped at
    1080 (a 4K phone clip edits and exports as 1080p, as people expect of a notebook tool; "export in
    4K" asks for more). Smaller sources are never upscaled. Sizes stay even, as H.264 yuv420p needs."""
    short = min(width, height)
    scale = min(1.0, DEFAULT_SHORT_SIDE_CAP / short) if short > 0 else 1.0

    def even(x: float) -> int:
        return max(2, round(x * scale / 2) * 2)

    return even(width), even(height)


def build_draft(media: Sequence[MediaRef], title: str = "project") -> Draft:
    """The draft the engine makes from uploads: the videos/images in order on the main track,
    the canvas from the first video, and the first audio file as background music."""
    draft = empty_draft(title)
    visual = [m for m in media if m.kind in {"video", "image"}]
    first = next((m for m in visual if m.width and m.height), None)
    if first is not None:
        draft["m"]["width"], draft["m"]["height"] = source_canvas(first.width, first.height)
    new_id = IdMaker(draft)
    if visual:
        main: Track = {"tt": TT_VIDEO, "id": "video", "name": "Video", "role": "main", "muted": False,
                       "volume": 1.0, "sg": [clip_segment(m, new_id()) for m in visual]}
        restack(main)
        tracks(draft).append(main)
    audio = next((m for m in media if m.kind == "audio"), None)
    if audio is not None:
        length = programme_ms(draft) or audio.duration_ms
        tracks(draft).append({"tt": TT_AUDIO, "id": "bgm", "name": "BGM", "role": "bgm", "sg": [
            {"id": new_id(), "start": 0, "d": length, "src": audio.media_id, "name": audio.name, "in": 0,
             "volume": 0.35, "fade_in": 0, "fade_out": 0, "loop": True, "duck": False}]})
    return finish(draft)


TEXT_ROLES = {"title", "text", "subtitle"}
__all__ = ["TT_AUDIO", "TT_TEXT", "TT_VIDEO"]
