"""What the caller asked for (the protocol's `output` object) and the canvas / encoder it implies."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal, cast

from vidai_nb.engine.render.errors import RenderError
from vidai_nb.timeline.model import Meta

Format = Literal["mp4", "mov", "webm", "gif", "jpg"]
Quality = Literal["high", "medium", "low"]
SubtitleMode = Literal["burn", "srt", "vtt"]

FORMATS: tuple[str, ...] = ("mp4", "mov", "webm", "gif", "jpg")
QUALITIES: tuple[str, ...] = ("high", "medium", "low")

# x264 preset / CRF per quality: tuned for 2 shared cores (veryfast is ~2x faster than medium for
# ~5-10 % more bits at the same CRF).
X264: dict[str, tuple[str, int]] = {
    "high": ("veryfast", 20), "medium": ("faster", 23), "low": ("veryfast", 28),
}
# a GIF: at most this many frames a second, this wide (a landscape or square canvas, an upright one)
GIF_MAX_FPS = 15.0
GIF_WIDTHS = (480, 320)
VP9_CRF: dict[str, int] = {"high": 31, "medium": 35, "low": 40}
AAC_BITRATE: dict[str, str] = {"high": "192k", "medium": "160k", "low": "128k"}

_QUALITY_ALIASES = {"best": "high", "max": "high", "hq": "high", "standard": "medium", "normal": "medium",
                    "med": "medium", "draft": "low", "fast": "low", "preview": "low"}

_NAMED_HEIGHTS = {"360p": 360, "480p": 480, "540p": 540, "720p": 720, "1080p": 1080, "1440p": 1440,
                  "2k": 1440, "2160p": 2160, "4k": 2160, "uhd": 2160, "hd": 720, "fhd": 1080}


@dataclass(frozen=True)
class OutputSpec:
    format: Format = "mp4"
    quality: Quality = "high"
    resolution: str | None = None
    fps: float | None = None
    subtitles: SubtitleMode | None = None
    at_ms: int | None = None  # jpg only: which moment of the programme to grab
    # Only a part of the programme (e.g. a GIF of 0:02–0:05); None = from the start / to the end.
    start_ms: int | None = None
    end_ms: int | None = None

    def __post_init__(self) -> None:
        if self.format not in FORMATS:
            raise RenderError(f"unsupported output format '{self.format}' (use one of {', '.join(FORMATS)})")
        if self.quality not in QUALITIES:
            raise RenderError(f"unknown quality '{self.quality}' (use high, medium or low)")
        if self.subtitles not in (None, "burn", "srt", "vtt"):
            raise RenderError(f"unknown subtitles mode '{self.subtitles}' (use burn, srt or vtt)")
        if self.fps is not None and not 1 <= self.fps <= 120:
            raise RenderError(f"fps {self.fps} is out of range (1-120)")
        if self.resolution is not None:
            parse_resolution(self.resolution)  # fail early with a readable message
        if self.start_ms is not None and self.start_ms < 0:
            raise RenderError(f"start {self.start_ms} ms is before the programme starts")
        if self.start_ms is not None and self.end_ms is not None and self.end_ms <= self.start_ms:
            raise RenderError(f"the export range {self.start_ms}-{self.end_ms} ms is empty")

    def part(self, total_ms: int) -> tuple[int, int] | None:
        """The (start, end) ms of the programme to export, clamped to it; None for the whole programme."""
        if self.start_ms is None and self.end_ms is None:
            return None
        start = min(self.start_ms or 0, total_ms)
        end = min(self.end_ms if self.end_ms is not None else total_ms, total_ms)
        if end <= start:
            raise RenderError(f"the export range {start}-{end} ms lies outside the {total_ms} ms programme")
        return start, end

    @classmethod
    def from_request(cls, output: Mapping[str, Any] | None) -> OutputSpec:
        """Build from the protocol's `output` object, e.g. {"format": "mp4", "quality": "high"}."""
        if not output:
            return cls()
        fmt = str(output.get("format") or "mp4").lower().lstrip(".")
        fmt = {"jpeg": "jpg", "thumbnail": "jpg", "m4v": "mp4"}.get(fmt, fmt)
        quality = str(output.get("quality") or "high").lower()
        quality = _QUALITY_ALIASES.get(quality, quality)
        fps_raw = output.get("fps")
        res = output.get("resolution")
        subs = output.get("subtitles")
        at = output.get("at_ms")
        start, end = output.get("start_ms"), output.get("end_ms")
        try:
            fps = float(fps_raw) if fps_raw not in (None, "") else None
        except (TypeError, ValueError) as exc:
            raise RenderError(f"fps '{fps_raw}' is not a number") from exc
        fps = fps or None  # 0 = keep the draft's rate
        if isinstance(res, str) and res.strip().lower() in ("", "original", "source", "auto", "default"):
            res = None
        return cls(
            format=cast(Format, fmt),
            quality=cast(Quality, quality),
            resolution=str(res) if res not in (None, "") else None,
            fps=fps,
            subtitles=cast(SubtitleMode, str(subs).lower()) if subs else None,
            at_ms=int(at) if at is not None else None,
            start_ms=int(start) if start is not None else None,
            end_ms=int(end) if end is not None else None,
        )


def parse_resolution(text: str) -> tuple[int | None, int]:
    """'1920x1080' → (1920, 1080); '720p' / '4k' → (None, short side)."""
    t = text.strip().lower()
    m = re.fullmatch(r"(\d{2,5})\s*[x×*:]\s*(\d{2,5})", t)
    if m:
        return int(m.group(1)), int(m.group(2))
    if t in _NAMED_HEIGHTS:
        return None, _NAMED_HEIGHTS[t]
    m = re.fullmatch(r"(\d{3,4})p?", t)
    if m:
        return None, int(m.group(1))
    raise RenderError(f"resolution '{text}' not understood (use e.g. 720p, 1080p, 4k or 1920x1080)")


def _even(x: float) -> int:
    return max(2, round(x / 2) * 2)


@dataclass(frozen=True)
class Canvas:
    width: int
    height: int
    fps: float


def canvas_for(meta: Meta, spec: OutputSpec) -> Canvas:
    """The frame size and rate of the output: the draft's canvas (default 1920x1080 @ 30), then the
    requested resolution (a named one sets the SHORT side, so 1080p of a 9:16 canvas is 1080x1920),
    then the `fx.max_height` cap."""
    w = meta.width or 1920
    h = meta.height or 1080
    if w <= 0 or h <= 0:
        raise RenderError(f"canvas {w}x{h} is not a valid size")
    fps = float(spec.fps or meta.fps or 30)
    if spec.resolution:
        rw, rh = parse_resolution(spec.resolution)
        if rw is not None:
            w, h = rw, rh
        else:
            scale = rh / min(w, h)
            w, h = w * scale, h * scale  # type: ignore[assignment]
    cap = meta.effects.max_height
    if cap and h > cap:
        w, h = w * cap / h, cap  # type: ignore[assignment]
    return Canvas(_even(w), _even(h), fps)
