"""Demo footage for the notebooks that looks like what a class films: a talking head.

A face is drawn (Pillow) off-centre on a room-like background, its mouth moving while the shipped
speech plays (15 s of espeak-ng English, `vidai_nb/data/lecture-speech.m4a`). Subtitles then have
real words to find, and a 9:16 reframe has a face to follow. Made locally with the bundled ffmpeg;
nothing is downloaded.
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

SPEECH = Path(__file__).parent / "data" / "lecture-speech.m4a"
SKIN = (224, 182, 150)


def _frame(size: tuple[int, int], centre: tuple[int, int], half: int, mouth: float) -> object:
    from PIL import Image, ImageDraw

    w, h = size
    img = Image.new("RGB", size, (92, 110, 128))
    d = ImageDraw.Draw(img)
    d.rectangle([0, int(h * 0.72), w, h], fill=(120, 92, 70))  # a desk
    d.rectangle([int(w * 0.06), int(h * 0.1), int(w * 0.3), int(h * 0.5)], fill=(200, 214, 226))  # a window
    cx, cy, s = centre[0], centre[1], half
    d.rectangle([cx - int(s * 1.6), cy + int(s * 1.2), cx + int(s * 1.6), h], fill=(40, 70, 120))  # shoulders
    d.ellipse([cx - s, cy - int(s * 1.3), cx + s, cy + int(s * 1.3)], fill=SKIN)
    d.chord([cx - s, cy - int(s * 1.45), cx + s, cy - int(s * 0.3)], 180, 360, fill=(70, 45, 30))  # hair
    for ex in (cx - s * 0.4, cx + s * 0.4):
        d.rectangle([ex - s * 0.28, cy - s * 0.55, ex + s * 0.28, cy - s * 0.45], fill=(60, 40, 30))
        d.ellipse([ex - s * 0.2, cy - s * 0.35, ex + s * 0.2, cy - s * 0.15], fill=(30, 30, 30))
    d.polygon([(cx, cy - s * 0.1), (cx - s * 0.15, cy + s * 0.35), (cx + s * 0.15, cy + s * 0.35)],
              fill=(190, 150, 120))
    d.ellipse([cx - s * 0.4, cy + s * (0.62 - 0.12 * mouth), cx + s * 0.4, cy + s * (0.68 + 0.12 * mouth)],
              fill=(150, 60, 60))
    return img


def talking_clip(path: str | Path, size: tuple[int, int] = (640, 360), fps: int = 10) -> Path:
    """A talking-head MP4 at `path` (made once; an existing file is kept)."""
    import imageio_ffmpeg

    out = Path(path)
    if out.exists():
        return out
    out.parent.mkdir(parents=True, exist_ok=True)
    centre = (int(size[0] * 0.68), int(size[1] * 0.45))  # off-centre: a 9:16 crop must find it
    half = int(size[1] * 0.17)
    with tempfile.TemporaryDirectory(prefix="vidai-demo-") as tmp:
        frames = [_frame(size, centre, half, m) for m in (0.0, 1.0, 0.5)]
        for i, img in enumerate(frames):
            img.save(Path(tmp) / f"m{i}.png")  # type: ignore[attr-defined]
        pattern = Path(tmp) / "list.txt"
        # The mouth moves in a simple loop while the speech plays.
        steps = [0, 1, 2, 1, 0, 2, 1, 0]
        pattern.write_text("".join(f"file 'm{s}.png'\nduration {1 / fps * 1.5:.3f}\n" for s in steps) * 120)
        subprocess.run([
            imageio_ffmpeg.get_ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-y",
            "-f", "concat", "-safe", "0", "-i", str(pattern), "-i", str(SPEECH),
            "-r", str(fps), "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p",
            "-c:a", "aac", "-b:a", "64k", "-shortest", str(out)], check=True, timeout=120)
    return out


__all__ = ["talking_clip"]
