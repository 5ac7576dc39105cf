"""Preview benchmark: how long from "the draft changed" to a playable preview, against the full export
of the same draft, in the same process.

Per draft length (default 2 and 10 minutes): a 1080p30 clip is generated (moving test pattern with
mild noise, x264 ultrafast, AAC) and its proxy made as the engine does after an upload (timed
apart: it happens in the background before any edit). Two drafts are timed:

- an edit turn: a trim (5 s off each end) and a title on the first 5 s;
- a cut-only turn: pauses removed (a 1 s cut every 20 s), which takes the smart cut on the proxy.

Each is rendered as a preview (engine/render/preview.build_preview + run_render: that is the wait
between the agent's reply and a playable file) and as the full export (quality high). Printed:
seconds and ratios (machine load moves seconds; the ratios are the figure to quote). The aim for a
2-minute draft is a preview within 2 s of the reply on a quiet machine. Not run in CI.

Run from the repository root: `python benchmarks/preview.py [--minutes 2 10]`.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from vidai_nb.engine.media import ffmpeg_exe  # noqa: E402
from vidai_nb.engine.render import build_render, run_render  # noqa: E402
from vidai_nb.engine.render.preview import build_preview, make_proxy, proxy_path  # noqa: E402

W, H, FPS = 1920, 1080, 30


def make_clip(path: Path, seconds: int) -> None:
    subprocess.run([ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-y",
                    "-f", "lavfi", "-i", f"testsrc2=size={W}x{H}:rate={FPS}:duration={seconds}",
                    "-f", "lavfi", "-i", f"sine=frequency=440:sample_rate=48000:duration={seconds}",
                    "-vf", "noise=alls=3:allf=t", "-c:v", "libx264", "-preset", "ultrafast", "-crf", "23",
                    "-pix_fmt", "yuv420p", "-g", "60", "-c:a", "aac", "-b:a", "128k", "-shortest", str(path)],
                   check=True)


def edit_draft(seconds: int) -> dict[str, Any]:
    d = (seconds - 10) * 1000
    return {"m": {"width": W, "height": H, "fps": FPS}, "t": [
        {"tt": 0, "role": "main", "sg": [{"id": "s1", "start": 0, "d": d, "src": "clip", "in": 5000}]},
        {"tt": 7, "sg": [{"id": "t1", "start": 0, "d": 5000, "text": "Urban Dreams"}]},
    ]}


def cut_draft(seconds: int) -> dict[str, Any]:
    segs, t = [], 0
    for i, a in enumerate(range(0, seconds * 1000 - 20_000, 20_000)):
        segs.append({"id": f"s{i}", "start": t, "d": 19_000, "src": "clip", "in": a + 1_000})
        t += 19_000
    return {"m": {"width": W, "height": H, "fps": FPS}, "t": [{"tt": 0, "role": "main", "sg": segs}]}


def one_length(minutes: float) -> None:
    seconds = int(minutes * 60)
    with tempfile.TemporaryDirectory(prefix="bench_preview_") as tmp:
        folder = Path(tmp)
        clip = folder / "clip.mp4"
        t = time.perf_counter()
        make_clip(clip, seconds)
        t_gen = time.perf_counter() - t
        media = {"clip": clip}
        t = time.perf_counter()
        make_proxy(clip, proxy_path(folder, "clip"), nice=0)
        t_proxy = time.perf_counter() - t
        print(f"{minutes:g} min 1080p30 clip generated in {t_gen:.0f} s; proxy (at upload, in the "
              f"background) {t_proxy:.1f} s = {t_proxy / seconds:.3f}x real time", flush=True)
        for name, draft in (("edit (trim + title)", edit_draft(seconds)), ("cut-only", cut_draft(seconds))):
            t = time.perf_counter()
            plan = build_preview(draft, media, folder, folder / "preview.mp4")
            smart = plan.smart_cut
            run_render(plan)
            t_prev = time.perf_counter() - t
            t = time.perf_counter()
            run_render(build_render(draft, media, None, folder / "full.mp4"))
            t_full = time.perf_counter() - t
            how = " (smart cut of the proxy)" if smart else ""
            print(f"  {name}: preview {t_prev:.2f} s{how}, full export {t_full:.1f} s, "
                  f"full / preview = {t_full / t_prev:.1f}x", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--minutes", type=float, nargs="+", default=[2, 10])
    args = ap.parse_args()
    for minutes in args.minutes:
        one_length(minutes)


if __name__ == "__main__":
    main()
