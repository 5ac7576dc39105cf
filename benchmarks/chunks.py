"""Chunked export benchmark (render/chunks.py, jobs/chunk_job.py): work per part, and throughput.

The export: --seconds of programme (default 66, over the 60 s VIDAI_CHUNK_MIN_S default) at
--resolution, 25 fps, cut in 11 s pieces from a generated 12 s clip: a dimmed moving test pattern
(real work for the decoder and x264) with a white frame and a 1 kHz beep at every whole second.
Every output is checked: frame count and length equal to the programme's, every frame decodes,
every flash within one frame of its beep.

(a) Efficiency: CPU seconds (user + system, of the ffmpeg processes, from the kernel's rusage) of
    all the parts of a chunked export (n video parts + the sound + the join) against ONE unchunked
    render of the same draft, run one after another in this process, each ffmpeg with one thread
    (as workers run them). 1.00x = splitting costs nothing extra. (Before parts were cut to their
    own range, each part ran the graph from the programme's start: n parts cost about (n+1)/2 times
    the decoding, and the whole export took 0.96x the 1-worker time with 2 workers.)

(b) Throughput, as a stand-in for one machine per worker on this 2-core machine: every worker
    process is pinned to a core of its own with os.sched_setaffinity (worker i to core i mod cores;
    the ffmpeg it starts inherits the pinning), one ffmpeg thread each. Everything real over
    loopback: a throw-away PostgreSQL, one engine (API process, not pinned) and the workers. With 1
    worker the export is one job (splitting needs two live workers): one unchunked render on one
    core, the baseline; with 2 workers it is 2 video parts + the sound + the join. Timed from the
    submit to "completed"; ratio = time(1 worker) / time(2 workers), in this process.

The machine is shared: other processes run on the same cores, so the pinned figures are only as good
as the load (printed with every figure, from /proc/loadavg) allows.

Figures (2026-11-29, 66 s at 480p, this 2-core machine shared with other work, `nice -n 10`):
(a) unchunked 16.6 CPU s (loadavg 18.4); 2 parts 16.9 CPU s = 1.02x (loadavg 19.2); 4 parts 14.8 CPU s
    = 0.89x (loadavg 18.2; below 1 is noise of a loaded machine: the same renders took 13.1 CPU s at
    loadavg 9). An earlier run with a 1.5 s lead per part: 1.14x (2 parts) and 1.25x (4), loadavg 10-13.
    The sound part is ~1.5 CPU s of it (its share of the unchunked render: decoding the sound, AAC).
(b) 1 pinned worker 98.2 s (loadavg 19.7); 2 pinned workers 87.4 s = 1.12x (loadavg 13.8-19): with
    ~9 other runnable processes per core, pinning does not give a worker its core; this figure says
    little about one machine per worker. Every output: 1650 frames, 66.00 s, 66 flash/beep pairs
    within 20 ms.

Run from the repository root:

    nice -n 10 python benchmarks/chunks.py [--seconds 66] [--resolution 480p] [--parts 2,4]
"""

from __future__ import annotations

import argparse
import copy
import os
import resource
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import av  # noqa: E402

from tests import media  # noqa: E402
from tests.conftest import start_engine, stop_engine  # noqa: E402
from tests.engine.conftest import User, new_user  # noqa: E402
from tests.engine.test_render_sync import marks  # noqa: E402
from tests.engine.workers import start_worker, stop_worker  # noqa: E402
from tests.services.postgres import start_postgres  # noqa: E402
from vidai_nb.engine.render import OutputSpec, build_render, run_render  # noqa: E402
from vidai_nb.engine.render.chunks import build_join, build_sound, build_video_part, frame_ranges  # noqa: E402

RENDER = "/api/render/proxy/lambda"
FPS = 25


def load() -> str:
    return "loadavg " + " ".join(Path("/proc/loadavg").read_text().split()[:3])


def clip(path: Path, size: tuple[int, int]) -> Path:
    """12 s: a moving test pattern at 40 % brightness; a white frame and a beep at every whole second."""
    w, h = size
    media.run_ffmpeg(
        "-f", "lavfi", "-i",
        f"testsrc2=s={w}x{h}:r={FPS}:d=12,lutyuv=y=val*0.4,drawbox=c=white:t=fill:enable='lt(mod(t,1),0.04)'",
        "-f", "lavfi", "-i", "sine=f=1000:r=48000:d=12,volume='if(lt(mod(t,1),0.04),1,0)':eval=frame",
        "-c:v", "libx264", "-preset", "veryfast", "-g", str(FPS), "-pix_fmt", "yuv420p", "-c:a", "aac",
        "-shortest", str(path),
    )  # fmt: skip
    return path


def pieces(seconds: int, seg: dict[str, Any]) -> list[dict[str, Any]]:
    """Cuts of 11 s (from 0.5 s into the clip) back to back until `seconds`, at 90 % volume (a full
    re-encode, not a smart cut)."""
    segs, start, i = [], 0, 0
    while start < seconds * 1000:
        d = min(11_000, seconds * 1000 - start)
        segs.append({**seg, "id": f"s{i}", "start": start, "in": 500, "d": d, "volume": 0.9})
        start, i = start + d, i + 1
    return segs


def check(path: Path, seconds: int) -> str:
    """Length, frames and sync of one output; raises when any is off."""
    probe = media.probe(path)
    want = seconds * FPS
    frames = [s["frames"] for s in probe.streams if s["type"] == "video"]
    with av.open(str(path)) as c:
        decoded = sum(1 for _ in c.decode(video=0))
    if frames != [want] or decoded != want or abs(probe.duration - seconds) > 1 / FPS + 1e-6:
        got = f"{frames} frames, {decoded} decoded, {probe.duration:.3f} s"
        raise RuntimeError(f"{path.name}: {got}; want {want} frames")
    flash, beeps = marks(path)
    if len(flash) != len(beeps) or len(flash) < seconds - 1:
        raise RuntimeError(f"{path.name}: {len(flash)} flashes, {len(beeps)} beeps")
    worst = max(abs(f - b) for f, b in zip(flash, beeps, strict=True))
    if worst > 1 / FPS + 1e-6:
        raise RuntimeError(f"{path.name}: a beep {worst * 1000:.0f} ms from its flash")
    pairs = f"{len(flash)} flash/beep pairs within {worst * 1000:.0f} ms"
    return f"{want} frames, {probe.duration:.2f} s, {pairs}"


def child_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def timed(plan: Any) -> tuple[Path, float]:
    """Run one plan (ffmpeg, one thread); its CPU seconds."""
    before = child_cpu()
    out = run_render(plan, threads=1)
    return out, child_cpu() - before


def efficiency(root: Path, source: Path, seconds: int, resolution: str, counts: list[int]) -> None:
    draft = {"m": {"fps": FPS}, "t": [{"tt": 0, "role": "main", "sg": pieces(seconds, {"src": "v"})}]}
    paths = {"v": source}
    spec = OutputSpec(format="mp4", resolution=resolution)
    whole, base = timed(build_render(draft, paths, spec, root / "whole.mp4"))
    print(f"(a) unchunked: {base:.1f} CPU s; {load()}; {check(whole, seconds)}")
    for n in counts:
        cpu: list[float] = []
        videos = []
        for i, (first, end) in enumerate(frame_ranges(draft, spec, n)):
            out, c = timed(build_video_part(draft, paths, spec, first, end, root / f"p{n}-{i}.mp4"))
            videos.append(out)
            cpu.append(c)
        sound, c_sound = timed(build_sound(draft, paths, spec, root / f"sound{n}.m4a"))
        joined, c_join = timed(build_join(videos, sound, spec, seconds * 1000, root / f"joined{n}.mp4"))
        total = sum(cpu) + c_sound + c_join
        each = ", ".join(f"{c:.1f}" for c in cpu)
        ok = check(joined, seconds)
        print(f"(a) {n} parts: {total:.1f} CPU s = {total / base:.2f}x the unchunked render "
              f"(video parts {each}; sound {c_sound:.1f}; join {c_join:.1f}); {load()}; {ok}")


def session(user: User, source: Path, seconds: int) -> tuple[str, dict[str, Any]]:
    sid = user.new_session()
    assert user.upload(sid, ("flashes.mp4", source)).status_code == 200
    draft = copy.deepcopy(user.state(sid)["draft"])
    draft["t"][0]["sg"] = pieces(seconds, draft["t"][0]["sg"][0])
    draft["d"] = seconds * 1000
    draft["m"] = {**draft.get("m", {}), "fps": FPS}
    return sid, draft


def export(user: User, sid: str, draft: dict[str, Any], resolution: str, out: Path) -> float:
    render_id = f"render_{uuid.uuid4().hex}"
    output = {"format": "mp4", "resolution": resolution}
    body = {"id": render_id, "sessionId": sid, "draft": draft, "output": output}
    t0 = time.monotonic()
    r = user.post(RENDER, json=body)
    assert r.status_code == 200, r.text
    while True:
        data = user.get(f"{RENDER}/{render_id}").json()["data"]
        if data["status"] == "failed":
            raise RuntimeError(f"render failed: {data['error']}")
        if data["status"] == "completed":
            break
        time.sleep(0.1)
    took = time.monotonic() - t0
    r = user.get(f"/api/render/proxy/{render_id}/download")
    assert r.status_code == 200, r.status_code
    out.write_bytes(r.content)
    return took


def throughput(root: Path, source: Path, seconds: int, resolution: str) -> None:
    cores = sorted(os.sched_getaffinity(0))
    pg = start_postgres(root / "pg")
    url = pg.create_database("chunks")
    data = root / "engine"
    engine = start_engine(data, {"VIDAI_DATABASE_URL": url, "VIDAI_RENDERS_PER_USER": "4"})
    workers = []
    try:
        def add_worker() -> None:
            w = start_worker(data, url, f"w{len(workers) + 1}", {"VIDAI_CHUNK_PARTS": "2"})
            os.sched_setaffinity(w.pid, {cores[len(workers) % len(cores)]})  # its ffmpegs inherit it
            workers.append(w)

        add_worker()  # the upload's probe runs on a worker too
        time.sleep(4)
        user = new_user(engine.url)
        sid, draft = session(user, source, seconds)
        times: dict[int, float] = {}
        for n in (1, 2):
            while len(workers) < n:
                add_worker()
            time.sleep(4)  # workers registered (heartbeat) and listening
            out = root / f"out-{n}.mp4"
            times[n] = export(user, sid, draft, resolution, out)
            ok = check(out, seconds)
            ratio = f"; {times[1] / times[n]:.2f}x the 1-worker throughput" if n > 1 else " (one job)"
            print(f"(b) {n} pinned worker(s): {times[n]:.1f} s ({seconds / times[n]:.2f}x real time){ratio}; "
                  f"{load()}; {ok}")
    finally:
        for w in workers:
            stop_worker(w)
        stop_engine(engine)
        pg.stop()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seconds", type=int, default=66, help="programme length (>= VIDAI_CHUNK_MIN_S, 60)")
    ap.add_argument("--resolution", default="480p")
    ap.add_argument("--parts", default="2,4", help="part counts for (a)")
    ap.add_argument("--skip", choices=["a", "b"], help="leave out one of the two measurements")
    args = ap.parse_args()
    counts = [int(n) for n in args.parts.split(",")]
    with tempfile.TemporaryDirectory(prefix="vidai-chunks-") as tmp:
        root = Path(tmp)
        os.chmod(root, 0o755)  # the postgres user must reach its folder when run as root
        source = clip(root / "flashes.mp4", (854, 480))
        print(f"{args.seconds} s programme at {args.resolution}, {FPS} fps; {os.cpu_count()} cores; {load()}")
        if args.skip != "a":
            efficiency(root, source, args.seconds, args.resolution, counts)
        if args.skip != "b":
            throughput(root, source, args.seconds, args.resolution)


if __name__ == "__main__":
    main()
