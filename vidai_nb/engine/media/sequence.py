"""Numbered image sequences: frames uploaded together (img_0001.png … img_0240.png) become one clip.

Animation renders, timelapses and frame exports arrive as numbered stills. Editors (Premiere, Resolve)
take such a run as one clip at a frame rate, not as hundreds of 3-second photos; so does the engine:
at least `MIN_FRAMES` stills of one upload with the same name pattern, the same size and consecutive
numbers are encoded into one H.264 clip at `SEQUENCE_FPS` (the rate animation and timelapses are
usually made for; "speed it up 1.25x" gives 30). The stills stay uploaded as themselves too.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from vidai_nb.engine.media.ffmpeg import run_ffmpeg

SEQUENCE_FPS = 24
MIN_FRAMES = 10
_STILL_EXTS = (".png", ".jpg", ".jpeg", ".webp")  # not gif: a gif is already a moving picture
_NUMBERED = re.compile(r"^(?P<prefix>.*?)(?P<num>\d+)(?P<suffix>\.[A-Za-z0-9]+)$")


@dataclass(frozen=True)
class Frame:
    """One uploaded still: its display name, its stored file, its size."""

    name: str
    path: Path
    width: int
    height: int


@dataclass(frozen=True)
class Sequence:
    name: str  # "img_0001-0240.mp4": the frames' pattern, the first and last number
    frames: list[Frame]  # in number order


def find_sequences(frames: list[Frame]) -> list[Sequence]:
    """Runs of at least MIN_FRAMES consecutive numbers sharing a prefix, an extension and a size."""
    groups: dict[tuple[str, str, int, int], list[tuple[int, str, Frame]]] = defaultdict(list)
    for f in frames:
        m = _NUMBERED.match(f.name)
        if m and m["suffix"].lower() in _STILL_EXTS and f.width and f.height:
            groups[(m["prefix"], m["suffix"].lower(), f.width, f.height)].append((int(m["num"]), m["num"], f))
    found: list[Sequence] = []
    for (prefix, _ext, _w, _h), items in groups.items():
        items.sort(key=lambda x: x[0])
        run = [items[0]]
        for item in [*items[1:], None]:
            if item is not None and item[0] == run[-1][0] + 1:
                run.append(item)
                continue
            if len(run) >= MIN_FRAMES:
                found.append(Sequence(f"{prefix}{run[0][1]}-{run[-1][1]}.mp4", [f for *_, f in run]))
            if item is not None:
                run = [item]
    return found


def _link(src: Path, dst: Path) -> None:
    try:
        os.link(src, dst)  # same disk: no copy of hundreds of frames
    except OSError:
        shutil.copyfile(src, dst)


def encode_sequence(seq: Sequence, out: Path, fps: int = SEQUENCE_FPS) -> Path:
    """One H.264 clip of the frames at `fps`, visually lossless (the export re-encodes it anyway)."""
    ext = seq.frames[0].path.suffix.lower()
    with tempfile.TemporaryDirectory(dir=out.parent, prefix=".seq-") as tmp:
        for i, f in enumerate(seq.frames):  # stored names are generated: number them for ffmpeg
            _link(f.path, Path(tmp) / f"{i:06d}{ext}")
        run_ffmpeg(["-framerate", str(fps), "-start_number", "0", "-i", str(Path(tmp) / f"%06d{ext}"),
                    # 4:2:0 needs even sides: pad one black line rather than stretch
                    "-vf", "pad=ceil(iw/2)*2:ceil(ih/2)*2,format=yuv420p", "-c:v", "libx264",
                    "-preset", "veryfast", "-crf", "12", "-movflags", "+faststart", "-an", str(out)])
    return out
