"""Where the ffmpeg binary is: `$VIDAI_FFMPEG`, else the one imageio-ffmpeg ships in its wheel."""

from __future__ import annotations

import os
import subprocess
from functools import lru_cache


@lru_cache(maxsize=4)
def _bundled() -> str:
    import imageio_ffmpeg  # imported lazily: it resolves the binary path on import

    return str(imageio_ffmpeg.get_ffmpeg_exe())


def ffmpeg_exe() -> str:
    """The ffmpeg executable to run. There is no ffprobe: probing is done with PyAV (see probe.py)."""
    env = os.environ.get("VIDAI_FFMPEG")
    if env:
        return env
    return _bundled()


def run_ffmpeg(args: list[str], timeout: float | None = None) -> subprocess.CompletedProcess[bytes]:
    """Run ffmpeg quietly with `args` (no leading 'ffmpeg'); raises CalledProcessError on failure."""
    cmd = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-loglevel", "error", "-y", *args]
    return subprocess.run(cmd, check=True, capture_output=True, timeout=timeout)
