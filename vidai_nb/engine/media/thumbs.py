"""Thumbnails: one scaled still of a video or image, or a waveform picture for audio."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from vidai_nb.engine.media.ffmpeg import run_ffmpeg
from vidai_nb.engine.media.probe import MediaError, probe


def _default_at_ms(duration_ms: int) -> int:
    # A second in avoids black lead-in frames; short clips get their first third.
    return min(1000, duration_ms // 3)


def thumbnail(
    path: str | os.PathLike[str],
    out_path: str | os.PathLike[str],
    at_ms: int | None = None,
    width: int = 320,
) -> Path:
    """Write a `width`-wide still (format from `out_path`'s extension: jpg / png / webp) and return it."""
    src, out = Path(path), Path(out_path)
    info = probe(src)
    out.parent.mkdir(parents=True, exist_ok=True)
    width = max(16, int(width)) // 2 * 2
    args: list[str]
    if info.kind == "audio":
        height = max(16, width // 4) // 2 * 2
        args = ["-i", str(src), "-filter_complex", f"showwavespic=s={width}x{height}:colors=0x3FA7D6",
                "-frames:v", "1"]
    else:
        args = []
        if info.kind == "video":
            at = _default_at_ms(info.duration_ms) if at_ms is None else at_ms
            at = max(0, min(at, info.duration_ms - 1))
            args += ["-ss", f"{at / 1000:.3f}"]  # input seeking: jumps to the nearest keyframe, fast
        vf = f"scale={width}:-2:flags=bicubic"
        if out.suffix.lower() in (".jpg", ".jpeg"):
            vf += ",format=yuvj420p"  # full-range 4:2:0, what the mjpeg encoder wants
        args += ["-i", str(src), "-vf", vf, "-frames:v", "1", "-an"]
    if out.suffix.lower() in (".jpg", ".jpeg"):
        args += ["-q:v", "3"]
    args += ["-update", "1", str(out)]
    try:
        run_ffmpeg(args, timeout=60)
    except subprocess.CalledProcessError as exc:
        reason = exc.stderr.decode(errors="replace").strip().splitlines()[-1:] if exc.stderr else []
        why = " ".join(reason) or "ffmpeg failed"
        raise MediaError(f"{src.name}: could not make a thumbnail ({why})") from exc
    if not out.is_file() or out.stat().st_size == 0:
        raise MediaError(f"{src.name}: could not make a thumbnail (no frame at {at_ms} ms)")
    return out
