"""Titles, text overlays and subtitles (tt 7 tracks)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from .base import TT_TEXT, Draft, IdMaker, OpError, ensure_track, finish, programme_ms, tracks
from .fields import HexColor, Ms, Pos, TextStyle
from .registry import Media, Names, OpBase, operation

TEXT_WORDS = {"title": "the title", "text": "the text", "subtitle": "the subtitles", "all": "all text"}
TEXT_WORDS_ZH = {"title": "标题", "text": "文字", "subtitle": "字幕", "all": "所有文字"}


class _TextOp(OpBase):
    text: str = Field(min_length=1, max_length=500)
    start_ms: Ms = 0
    end_ms: Ms | None = None  # None = a default length (title 3 s, text to the end)
    pos: Pos = "center"
    size: int = Field(default=96, ge=8, le=400)
    color: HexColor = "#FFFFFF"
    style: TextStyle = "bold"


TITLE_MS = 3000
DESIGN_HEIGHT = 1080  # the canvas height the default text sizes are meant for


def _add(draft: Draft, op: AddTitle | AddText, role: str, name: str, default_ms: int | None) -> Draft:
    total = programme_ms(draft)
    if total <= 0:
        raise OpError("there is no video on the timeline yet — upload a clip first")
    if op.start_ms >= total:
        raise OpError(f"the video is only {total / 1000:g} s long")
    end = op.end_ms if op.end_ms is not None else (
        op.start_ms + default_ms if default_ms is not None else total)
    end = min(end, total)  # text never outlives the programme
    # The default sizes are for a 1080-high canvas: on another canvas the same share of its height
    # (a 320×240 clip must not be filled by its title); a size that was asked for is kept.
    size = op.size
    if "size" not in op.model_fields_set:
        height = (draft.get("m") or {}).get("height")
        if isinstance(height, int | float) and height > 0:
            size = max(8, round(op.size * height / DESIGN_HEIGHT))
    tr = ensure_track(draft, role, TT_TEXT, name)
    tr["sg"].append({"id": IdMaker(draft)(), "start": op.start_ms, "d": end - op.start_ms, "text": op.text,
                     "pos": op.pos, "size": size, "color": op.color.upper(), "style": op.style})
    return finish(draft)


class AddTitle(_TextOp):
    op: Literal["add_title"] = "add_title"
    description = "Add a title (3 s by default) — text, time range, position, size, colour, style."
    example = "add a title 'Urban Dreams'"


@operation(AddTitle, ask="add the title", said=lambda o, _: f"added the title \u201c{o.text}\u201d",
           ask_zh="添加标题", said_zh=lambda o, _: f"添加了标题\u201c{o.text}\u201d")
def add_title(draft: Draft, op: AddTitle, media: Media) -> Draft:
    return _add(draft, op, "title", "Title", TITLE_MS)


class AddText(_TextOp):
    op: Literal["add_text"] = "add_text"
    pos: Pos = "bottom"
    size: int = Field(default=64, ge=8, le=400)
    style: TextStyle = "plain"
    description = "Add a text overlay (whole programme unless a range is given)."
    example = "put the text 'Subscribe!' at the bottom from 0:05 to 0:08"


@operation(AddText, ask="add the text", said=lambda o, _: f"added the text \u201c{o.text}\u201d",
           ask_zh="添加文字", said_zh=lambda o, _: f"添加了文字\u201c{o.text}\u201d")
def add_text(draft: Draft, op: AddText, media: Media) -> Draft:
    return _add(draft, op, "text", "Text", None)


class RemoveText(OpBase):
    op: Literal["remove_text"] = "remove_text"
    track: Literal["title", "text", "subtitle", "all"] = "all"
    description = "Remove titles, text overlays, subtitles, or all of them."
    example = "remove the title"


@operation(RemoveText, ask="remove the text", said=lambda o, _: f"removed {TEXT_WORDS[o.track]}",
           ask_zh="删除文字", said_zh=lambda o, _: f"删除了{TEXT_WORDS_ZH[o.track]}")
def remove_text(draft: Draft, op: RemoveText, media: Media) -> Draft:
    roles = {"title", "text", "subtitle"} if op.track == "all" else {op.track}
    before = len(tracks(draft))
    draft["t"] = [t for t in tracks(draft) if not (t.get("tt") == TT_TEXT and t.get("role") in roles)]
    if len(draft["t"]) == before:
        raise OpError("there is no such text on the timeline")
    return finish(draft)


class Cue(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    start_ms: Ms
    end_ms: Ms
    text: str


class AddSubtitles(OpBase):
    op: Literal["add_subtitles"] = "add_subtitles"
    style: TextStyle = "boxed"
    burn: bool = True
    sidecar: Literal["srt", "vtt"] | None = None
    language: str | None = None
    cues: list[Cue] = Field(default_factory=list)  # timeline time; filled from speech by the runner
    description = "Subtitles from the speech: style preset, burned in and/or an SRT / VTT sidecar file."
    example = "add subtitles"
    runner_fields = ("cues",)


def _subtitled(o: AddSubtitles, _: Names) -> str:
    how = "burned into the picture" if o.burn else "as a separate file"
    article = "an" if o.sidecar == "srt" else "a"
    extra = f" (+ {article} {o.sidecar.upper()} file)" if o.sidecar and o.burn else ""
    return f"added subtitles ({len(o.cues)} captions, {how}){extra}"


@operation(AddSubtitles, ask="add subtitles", said=_subtitled, ask_zh="添加字幕", said_zh="添加了字幕")
def add_subtitles(draft: Draft, op: AddSubtitles, media: Media) -> Draft:
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
