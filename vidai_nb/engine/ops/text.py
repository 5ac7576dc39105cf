"""Titles, text overlays and subtitles (tt 7 tracks)."""

from __future__ import annotations

from collections.abc import Mapping

from . import schemas as s
from .base import TT_TEXT, Draft, IdMaker, MediaRef, OpError, ensure_track, finish, programme_ms, tracks

Media = Mapping[str, MediaRef]
TITLE_MS = 3000


def _add(draft: Draft, op: s.AddTitle | s.AddText, role: str, name: str, default_ms: int | None) -> Draft:
    total = programme_ms(draft)
    if total <= 0:
        raise OpError("there is no video on the timeline yet — upload a clip first")
    if op.start_ms >= total:
        raise OpError(f"the video is only {total / 1000:g} s long")
    end = op.end_ms if op.end_ms is not None else (
        op.start_ms + default_ms if default_ms is not None else total)
    end = min(end, total)  # text never outlives the programme
    tr = ensure_track(draft, role, TT_TEXT, name)
    tr["sg"].append({"id": IdMaker(draft)(), "start": op.start_ms, "d": end - op.start_ms, "text": op.text,
                     "pos": op.pos, "size": op.size, "color": op.color.upper(), "style": op.style})
    return finish(draft)


def add_title(draft: Draft, op: s.AddTitle, media: Media) -> Draft:
    return _add(draft, op, "title", "Title", TITLE_MS)


def add_text(draft: Draft, op: s.AddText, media: Media) -> Draft:
    return _add(draft, op, "text", "Text", None)


def remove_text(draft: Draft, op: s.RemoveText, media: Media) -> Draft:
    roles = {"title", "text", "subtitle"} if op.track == "all" else {op.track}
    before = len(tracks(draft))
    draft["t"] = [t for t in tracks(draft) if not (t.get("tt") == TT_TEXT and t.get("role") in roles)]
    if len(draft["t"]) == before:
        raise OpError("there is no such text on the timeline")
    return finish(draft)


def add_subtitles(draft: Draft, op: s.AddSubtitles, media: Media) -> Draft:
    total = programme_ms(draft)
    if not op.cues:
        raise OpError("no speech was found to make subtitles from")
    new_id = IdMaker(draft)
    sg = []
    for cue in op.cues:
        a, b = cue.start_ms, min(cue.end_ms, total)
        if b > a and cue.text.strip():
            sg.append({"id": new_id("c"), "start": a, "d": b - a, "text": cue.text, "style": op.style})
    draft["t"] = [t for t in tracks(draft) if t.get("role") != "subtitle"]  # replace earlier subtitles
    tr = ensure_track(draft, "subtitle", TT_TEXT, "Subtitles", burn=op.burn)
    tr["id"] = "subtitles"
    tr["burn"] = op.burn
    if op.sidecar:
        tr["sidecar"] = op.sidecar
    if op.language:
        tr["language"] = op.language
    tr["sg"] = sg
    return finish(draft)
