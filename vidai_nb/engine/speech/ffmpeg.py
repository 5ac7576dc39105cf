"""Where ffmpeg lives and how speech runs its analysis filters."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path


def ffmpeg_exe() -> str:
    """engine/media's ffmpeg when present, else the same rule it follows ($VIDAI_FFMPEG, imageio-ffmpeg)."""
    try:
        from vidai_nb.engine.media.ffmpeg import ffmpeg_exe as media_ffmpeg_exe
    except ImportError:  # media is written in parallel; keep speech usable on its own
        env = os.environ.get("VIDAI_FFMPEG")
        if env:
            return env
        import imageio_ffmpeg

        return str(imageio_ffmpeg.get_ffmpeg_exe())
    return media_ffmpeg_exe()


def run_analysis(path: Path, filter_args: list[str], timeout: float | None = None) -> str:
    """Run ffmpeg with analysis filters into the null muxer and return its log (stderr).

    The detect filters report at log level info, so the log is read line by line rather than held
    for stdout; stdout is discarded.
    """
    args = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-nostats", "-i", str(path), *filter_args,
            "-f", "null", "-"]
    proc = subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=timeout,
                          check=False)
    log = proc.stderr.decode("utf-8", errors="replace")
    if proc.returncode != 0:
        tail = "\n".join(log.strip().splitlines()[-3:])
        raise RuntimeError(f"ffmpeg could not analyse {path.name}: {tail}")
    return log
