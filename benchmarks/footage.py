"""Phone and camera footage: exporting 4K60 (H.264 8-bit and HEVC 10-bit) to the default 1080p60.

For each source, the engine's export (upload-style draft, default output: high quality, canvas from the
clip) is timed against one hand-written ffmpeg command doing the same work (decode, Lanczos scale to
1920x1080, the same x264 preset/CRF, AAC), alternating, in the same run. Printed: wall seconds of each,
the ratio engine / hand-written (aim: close to 1) and the export real-time factor (wall / clip length).

Run from the repository root: `python benchmarks/footage.py [--seconds 8] [--rounds 2]`.

Measured 2026-11-29 (`--seconds 4 --rounds 1`, 2 cores shared with other work, load average 16–24, so the
real-time factors are CPU-starved; the ratios are the figure): H.264 8-bit engine 80.6 s vs ffmpeg 78.6 s
(ratio 1.03), HEVC 10-bit 102.1 s vs 110.2 s (0.93); both 1920x1080 60 fps H.264 yuv420p.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.media import ffmpeg_exe, probe, run_ffmpeg  # noqa: E402
from vidai_nb.engine.media.probe import probe as engine_probe  # noqa: E402
from vidai_nb.engine.ops import MediaRef, build_draft  # noqa: E402
from vidai_nb.engine.ops.base import source_canvas  # noqa: E402
from vidai_nb.engine.render import build_render, run_render  # noqa: E402
from vidai_nb.engine.render.spec import AAC_BITRATE, X264  # noqa: E402


def make(path: Path, seconds: float, codec: list[str]) -> Path:
    run_ffmpeg("-f", "lavfi", "-i", f"testsrc2=s=3840x2160:r=60:d={seconds}",
               "-f", "lavfi", "-i", f"sine=f=440:r=48000:d={seconds}", *codec, "-c:a", "aac", str(path))
    return path


def engine_export(src: Path, out: Path) -> float:
    info = engine_probe(src)
    ref = MediaRef("m1", src.name, "video", info.duration_ms, info.width, info.height, info.has_audio)
    draft = build_draft([ref])
    w, h = source_canvas(info.width, info.height)  # what the upload sets: short side capped at 1080
    draft.setdefault("m", {}).update(width=w, height=h, fps=round(info.fps))
    t = time.perf_counter()
    run_render(build_render(draft, {"m1": src}, {"format": "mp4"}, out))
    return time.perf_counter() - t


def hand_export(src: Path, out: Path) -> float:
    preset, crf = X264["high"]
    t = time.perf_counter()
    subprocess.run([ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-y", "-i", str(src),
                    "-vf", "scale=1920:1080:flags=lanczos", "-c:v", "libx264", "-preset", preset,
                    "-crf", str(crf), "-pix_fmt", "yuv420p", "-c:a", "aac", "-b:a", AAC_BITRATE["high"],
                    str(out)], check=True)
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=8.0)
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="footage-") as t:
        d = Path(t)
        sources = {
            "4K60 H.264 8-bit": make(d / "h264.mp4", args.seconds,
                                     ["-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p"]),
            "4K60 HEVC 10-bit": make(d / "hevc.mp4", args.seconds,
                                     ["-c:v", "libx265", "-preset", "ultrafast", "-pix_fmt", "yuv420p10le",
                                      "-tag:v", "hvc1", "-x265-params", "log-level=error"]),
        }
        print(f"{'source':<18} {'engine s':>9} {'ffmpeg s':>9} {'ratio':>6} {'RTF':>6}  output")
        for name, src in sources.items():
            eng: list[float] = []
            hand: list[float] = []
            for _ in range(args.rounds):
                eng.append(engine_export(src, d / "e.mp4"))
                hand.append(hand_export(src, d / "h.mp4"))
            p = probe(d / "e.mp4")
            e, h = min(eng), min(hand)
            print(f"{name:<18} {e:9.1f} {h:9.1f} {e / h:6.2f} {e / args.seconds:6.2f}  "
                  f"{p.video['width']}x{p.video['height']} {p.video['fps']:g} fps {p.video['codec']} "
                  f"{p.video['pix_fmt']}")


if __name__ == "__main__":
    main()
