"""Preview benchmark: from the agent's reply to a playable preview, against the full export of the same
draft, both through a real local engine in the same process.

Per draft length (default 2 and 10 minutes): a 1080p30 clip is generated (moving test pattern with
mild noise, x264 ultrafast, AAC) and uploaded to a fresh engine (`python -m vidai_nb.engine` on a temp
data dir), which makes its 360p proxy in the background: the time until the proxy is there is printed
apart (it runs while the person types the first request). Then, per draft:

- an edit turn: a trim (5 s off each end) and a title on the first 5 s;
- a cut-only turn: pauses removed (a 1 s cut every 20 s), which takes the smart cut on the proxy;

the preview is what the Studio does after the reply (`client.export` with `output.preview`, polled
every 0.25 s, downloaded: a file the player can play), and the full export is the Export button
(`quality: high`, the default polling). Printed: seconds, the full / preview ratio and the load
average (machine load moves seconds; quote the ratios with the load). The aim for a 2-minute draft is
a preview within 2 s of the reply on a quiet machine. Not run in CI.

Run from the repository root: `python benchmarks/preview.py [--minutes 2 10] [--rounds 1] [--skip-full]`.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import av  # noqa: E402

from vidai_nb import local  # noqa: E402
from vidai_nb.client import NemoClient  # noqa: E402
from vidai_nb.engine.media import ffmpeg_exe  # noqa: E402

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


def with_src(draft: dict[str, Any], media_id: str) -> dict[str, Any]:
    for track in draft["t"]:
        for seg in track["sg"]:
            if seg.get("src") == "clip":
                seg["src"] = media_id
    return draft


def timed_export(client: NemoClient, session: str, draft: dict[str, Any], output: dict[str, Any],
                 folder: Path) -> tuple[float, Path]:
    t = time.perf_counter()
    result = client.export(session, draft=draft, output=output, download_to=folder)
    took = time.perf_counter() - t
    assert result.status == "completed" and result.path is not None, result
    return took, result.path


def one_length(minutes: float, rounds: int, skip_full: bool) -> None:
    seconds = int(minutes * 60)
    with tempfile.TemporaryDirectory(prefix="bench_preview_") as tmp:
        folder = Path(tmp)
        clip = folder / "clip.mp4"
        t = time.perf_counter()
        make_clip(clip, seconds)
        t_gen = time.perf_counter() - t
        data = folder / "engine"
        local.start_engine(data)
        client = NemoClient(api_url=local.find_engine(data).url)  # type: ignore[union-attr]
        try:
            session = client.create_session().session_id
            t = time.perf_counter()
            client.upload(session, [clip])
            t_up = time.perf_counter() - t
            media_id = (client.state(session).draft or {})["t"][0]["sg"][0]["src"]
            proxy = data / "proxies" / f"{media_id}.mp4"
            while not proxy.is_file() and time.perf_counter() - t < 600:
                time.sleep(0.1)
            t_proxy = time.perf_counter() - t
            print(f"{minutes:g} min 1080p30 clip (generated in {t_gen:.0f} s): upload {t_up:.1f} s, "
                  f"proxy ready {t_proxy:.1f} s after the upload started ({t_proxy / seconds:.3f}x real "
                  f"time, in the background); load average {os.getloadavg()[0]:.1f}", flush=True)
            drafts = (("edit (trim + title)", edit_draft(seconds)), ("cut-only", cut_draft(seconds)))
            for name, draft in drafts:
                draft = with_src(draft, media_id)
                for _ in range(rounds):
                    load = os.getloadavg()[0]
                    t_prev, path = timed_export(client, session, draft, {"format": "mp4", "preview": True},
                                                folder)
                    with av.open(str(path)) as c:
                        height = c.streams.video[0].codec_context.height
                        dur = (c.duration or 0) / 1e6
                    head = (f"  {name}: reply -> playable preview {t_prev:.2f} s ({height}p, {dur:.0f} s of "
                            f"programme: {t_prev / dur:.3f}x real time)")
                    if skip_full:
                        print(f"{head} (load average {load:.1f} -> {os.getloadavg()[0]:.1f})", flush=True)
                        continue
                    t_full, _ = timed_export(client, session, draft, {"format": "mp4", "quality": "high"},
                                             folder)
                    print(f"{head}, full export {t_full:.1f} s, full / preview = {t_full / t_prev:.1f}x "
                          f"(load average {load:.1f} -> {os.getloadavg()[0]:.1f})", flush=True)
        finally:
            client.close()
            local.stop_engine(data)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--minutes", type=float, nargs="+", default=[2, 10])
    ap.add_argument("--rounds", type=int, default=1, help="preview + export pairs per draft")
    ap.add_argument("--skip-full", action="store_true",
                    help="previews only (the full export of a long draft takes long on a busy machine)")
    args = ap.parse_args()
    for minutes in args.minutes:
        one_length(minutes, args.rounds, args.skip_full)


if __name__ == "__main__":
    main()
