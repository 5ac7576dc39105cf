"""The ffmpeg inputs of one render: each segment reads its own slice of a file (`-ss`/`-t` before
`-i`: ffmpeg seeks to the nearest keyframe and decodes only what the segment needs)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from vidai_nb.engine.media.probe import MediaError, MediaInfo, probe
from vidai_nb.engine.render.errors import RenderError
from vidai_nb.timeline.model import Draft, Segment


@lru_cache(maxsize=256)
def _probe_cached(path: str, mtime_ns: int, size: int) -> MediaInfo:
    return probe(path)


def media_info(path: Path) -> MediaInfo:
    """Probe once per file version: a draft often uses the same clip many times."""
    try:
        st = path.stat()
    except OSError as exc:
        raise RenderError(f"media file is missing: {path} ({exc.strerror})") from exc
    try:
        return _probe_cached(str(path), st.st_mtime_ns, st.st_size)
    except MediaError as exc:
        raise RenderError(f"cannot use {path.name}: {exc}") from exc


def resolve(media: Mapping[str, Path], seg: Segment, where: str) -> tuple[Path, MediaInfo]:
    """The file and facts for a segment's `src` media id; RenderError names the segment otherwise."""
    src = seg.src
    if not src:
        raise RenderError(f"{where}: the segment has no media (`src`)")
    path = media.get(src)
    if path is None:
        label = seg.name or src
        raise RenderError(f"{where}: media '{label}' ({src}) is not in this project")
    return Path(path), media_info(Path(path))


def seconds(ms: float) -> str:
    """Milliseconds → an ffmpeg time in seconds, exact to the millisecond."""
    return f"{ms / 1000:.3f}"


@dataclass
class Inputs:
    """Collects `-i` arguments and hands out input indices."""

    args: list[str] = field(default_factory=list)
    count: int = 0

    def add(self, path: Path, before: list[str]) -> int:
        self.args += [*before, "-i", os.fspath(path)]
        self.count += 1
        return self.count - 1

    def clip(self, path: Path, start_ms: float, span_ms: float, loop: bool = False) -> int:
        """A slice [start, start+span) of a video or audio file."""
        before: list[str] = []
        if loop:
            before += ["-stream_loop", "-1"]
        if start_ms > 0:
            before += ["-ss", seconds(start_ms)]
        before += ["-t", seconds(span_ms)]
        return self.add(path, before)

    def still(self, path: Path, span_ms: float, fps: float) -> int:
        """An image shown for `span_ms` (an animated gif loops)."""
        if path.suffix.lower() == ".gif":
            return self.add(path, ["-stream_loop", "-1", "-t", seconds(span_ms)])
        return self.add(path, ["-loop", "1", "-framerate", f"{fps:g}", "-t", seconds(span_ms)])


# Standard rates a source's average is rounded up to (a screen recorder's VFR average of 37.4 fps is
# a 50 fps recording with dropped frames, not a 37.4 fps one).
_RATES = (23.976, 24.0, 25.0, 29.97, 30.0, 50.0, 59.94, 60.0)
MAX_AUTO_FPS = 60.0


def source_fps(draft: Draft, media: Mapping[str, Path]) -> float | None:
    """The canvas rate the main track's videos ask for: the highest among them, at most 60 (a 10 fps
    clip then a 60 fps one export at 60); None when there is no moving video to ask."""
    rates: list[float] = []
    for seg in draft.main.segments if draft.main is not None else []:
        path = media.get(str(seg.src)) if seg.src else None
        if path is None or seg.freeze or (seg.kind or "video") != "video":
            continue
        try:
            info = media_info(Path(path))
        except RenderError:
            continue  # reported where the segment is rendered
        if info.kind == "video" and info.fps > 0:
            rates.append(info.fps)
    if not rates:
        return None
    top = min(max(rates), MAX_AUTO_FPS)
    if top < _RATES[0] - 0.5:
        return round(top, 3)  # a slow source (timelapse, 10 fps screen capture) keeps its rate
    return next(r for r in _RATES if r >= top - 0.05)
