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
from vidai_nb.timeline.model import Segment


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

