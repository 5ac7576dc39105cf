"""Where the face is: the point a "fill, following the face" crop centres on.

The detector is OpenCV's frontal-face Haar cascade, which ships inside the `opencv-python-headless`
wheel (no download). A few frames of the segment are sampled, the largest face of each is taken, and
the median centre is returned, so one odd frame does not swing the crop.
"""

from __future__ import annotations

import statistics
import threading
from functools import lru_cache
from pathlib import Path
from typing import Any

import av
import numpy as np

DETECT_WIDTH = 480  # frames are scaled down to this width before detection (speed; faces stay findable)
_lock = threading.Lock()  # a CascadeClassifier is not safe to share between threads


@lru_cache(maxsize=1)
def _cascade() -> Any:
    import cv2  # imported on first use: only face-following crops need OpenCV

    path = Path(cv2.data.haarcascades) / "haarcascade_frontalface_default.xml"  # type: ignore[attr-defined]
    cascade = cv2.CascadeClassifier(str(path))
    if cascade.empty():
        raise RuntimeError(f"the face detector could not be loaded from {path}")
    return cascade


def face_in_frame(rgb: np.ndarray) -> tuple[float, float, float] | None:
    """The largest face in an RGB frame as (centre x, centre y) fractions of the frame and its area
    fraction; None when there is no face."""
    import cv2

    h, w = rgb.shape[:2]
    scale = min(1.0, DETECT_WIDTH / w)
    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    if scale < 1.0:
        gray = cv2.resize(gray, (round(w * scale), round(h * scale)), interpolation=cv2.INTER_AREA)
    min_side = max(24, round(min(gray.shape) * 0.08))
    with _lock:
        found = _cascade().detectMultiScale(
            gray, scaleFactor=1.1, minNeighbors=4, minSize=(min_side, min_side)
        )
    if len(found) == 0:
        return None
    x, y, fw, fh = max(found, key=lambda f: int(f[2]) * int(f[3]))
    gh, gw = gray.shape[:2]
    return (x + fw / 2) / gw, (y + fh / 2) / gh, (fw * fh) / (gw * gh)


def _frames(path: Path, start_ms: int, span_ms: int, samples: int) -> list[np.ndarray]:
    """Up to `samples` RGB frames spread over [start, start + span) of the file."""
    out: list[np.ndarray] = []
    with av.open(str(path)) as container:
        if not container.streams.video:
            return out
        stream = container.streams.video[0]
        times = [start_ms + span_ms * (i + 0.5) / samples for i in range(samples)] if span_ms else [start_ms]
        for t in times:
            container.seek(int(t * 1000), backward=True, any_frame=False)  # microseconds (AV_TIME_BASE)
            for frame in container.decode(stream):
                if frame.time is None or frame.time * 1000 >= t - 1:
                    out.append(frame.to_ndarray(format="rgb24"))
                    break
    return out


@lru_cache(maxsize=64)
def face_focus(
    path: Path, start_ms: int = 0, span_ms: int = 0, samples: int = 5
) -> tuple[float, float] | None:
    """Where the face is in this part of the source, as (x, y) fractions; None when no face is found
    (the caller then centres the crop). Cached: a render asks once per segment."""
    try:
        frames = _frames(Path(path), start_ms, span_ms, samples)
    except (av.FFmpegError, OSError):
        return None
    hits = [f for f in (face_in_frame(rgb) for rgb in frames) if f is not None]
    if not hits:
        return None
    return statistics.median(h[0] for h in hits), statistics.median(h[1] for h in hits)
