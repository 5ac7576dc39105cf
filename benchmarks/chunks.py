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
    the ffmpeg it starts inherits the pinning), one ffmpeg thread each, and runs in a session of its
    own (Linux's autogroup weighs each session as one: workers sharing the benchmark's session would
    share one fair share of a busy machine; `--same-session` for that). Everything real over
    loopback: a throw-away PostgreSQL, one engine (API process, not pinned) and the workers. With 1
    worker the export is one job (splitting needs two live workers): one unchunked render on one
    core, the baseline; with 2 workers it is --parts video parts + the sound + the join, for each
    count. Each export starts once the wanted workers are connected and the queue is empty, and is
    timed from the submit to "completed"; ratio = time(1 worker) / time(2 workers), in this process.
    Printed with each: the CPU seconds of the engine, PostgreSQL and each worker (with its ffmpeg)
    over the export, how busy each core was, and the export's timeline (queue hand-offs from
    procrastinate's events, each job's steps from the workers' `timeline` log lines).

The machine is shared: other processes run on the same cores, so the pinned figures are only as good
as the load (printed with every figure, from /proc/loadavg) allows.

Figures (2026-11-30, 300 s at 480p, `--skip a --parts 2,4`, this 2-core machine at load 14-21 from
other work, `nice -n 10`; walls are mostly the load, the CPU figures are not):
(b) 1 pinned worker 502.1 s, 74.5 ffmpeg CPU s (loadavg 18.3); 2 workers, 2 parts + the sound
    237.6 s = 2.11x (loadavg 19.6), busiest worker 37.1 ffmpeg CPU s = 2.01x less than the one job;
    4 parts 307.0 s = 1.64x (loadavg 19.0-21.6: the workers got 0.28 of a core each against 0.35 in
    the 2-part run), busiest worker 37.6 CPU s = 1.98x less (the two workers' CPU 37.6 and 37.6).
    Before the part after the sound was shortened (same run otherwise, loadavg 14-18): 262.1 s vs
    216.2 s = 1.21x; busiest worker 41.2 CPU s = 1.80x less (the sound's worker ended 41 s after the
    other). Every output: 7500 frames, 300.00 s, 300 flash/beep pairs within 20 ms.
    66 s, 2 parts (`--seconds 66 --skip a --parts 2`, loadavg 8.5-9.5): 53.8 s vs 27.3 s = 1.97x;
    busiest worker 8.6 CPU s = 1.79x less than the one job's 15.3 (short parts: the parts' CPU is
    1.09x the one job's, each part's lead and seek; the two workers ended 0.4 s apart).
(a) earlier (2026-11-29, 66 s): unchunked 16.6 CPU s; 2 parts 1.02x, 4 parts 0.89x (loadavg ~19).

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
from vidai_nb.engine.jobs.timeline import parse as parse_timeline  # noqa: E402
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
        for i, (first, end) in enumerate(frame_ranges(draft, spec, n, after_sound=True)):
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


def export(
    user: User, sid: str, draft: dict[str, Any], resolution: str, out: Path
) -> tuple[float, str, float]:
    """(seconds from submit to "completed", the render's id, the submit's epoch time)."""
    render_id = f"render_{uuid.uuid4().hex}"
    output = {"format": "mp4", "resolution": resolution}
    body = {"id": render_id, "sessionId": sid, "draft": draft, "output": output}
    t0, wall0 = time.monotonic(), time.time()
    r = user.post(RENDER, json=body)
    assert r.status_code == 200, r.text
    while True:
        data = user.get(f"{RENDER}/{render_id}").json()["data"]
        if data["status"] == "failed":
            raise RuntimeError(f"render failed: {data['error']}")
        if data["status"] == "completed":
            break
        time.sleep(0.25)  # each poll is an API request and a database read, on the workers' cores
    took = time.monotonic() - t0
    r = user.get(f"/api/render/proxy/{render_id}/download")
    assert r.status_code == 200, r.status_code
    out.write_bytes(r.content)
    return took, render_id, wall0


# ---- where the time goes -------------------------------------------------------------------------------

_TICK = os.sysconf("SC_CLK_TCK")


def _stat(pid: int) -> list[str]:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return []


def proc_cpu(pid: int, children: bool = True) -> float:
    """CPU seconds of a process (its threads), plus its reaped children's when `children`."""
    f = _stat(pid)
    if not f:
        return 0.0
    own = int(f[11]) + int(f[12])
    return (own + (int(f[13]) + int(f[14]) if children else 0)) / _TICK


def tree_cpu(pid: int) -> float:
    """CPU seconds of a process, its live children and its reaped ones (PostgreSQL's backends come
    and go with connections)."""
    total = proc_cpu(pid)
    for d in Path("/proc").iterdir():
        if d.name.isdigit() and (f := _stat(int(d.name))) and int(f[1]) == pid:
            total += proc_cpu(int(d.name), children=False)
    return total


def core_busy() -> list[float]:
    """CPU seconds each core spent busy (anyone's work), from /proc/stat."""
    out = []
    for line in Path("/proc/stat").read_text().splitlines():
        name, *v = line.split()
        if name.startswith("cpu") and name != "cpu":
            n = [int(x) for x in v]
            out.append((sum(n[:8]) - n[3] - n[4]) / _TICK)  # all but idle and iowait
    return out


class Budget:
    """CPU seconds of the run's processes, and how busy each core was, over one export."""

    def __init__(self, who: dict[str, int]) -> None:
        self.who = who
        self.t0 = time.monotonic()
        self.cpu = {k: tree_cpu(p) for k, p in who.items()}
        self.cores = core_busy()

    def report(self) -> str:
        wall = time.monotonic() - self.t0
        used = {k: tree_cpu(p) - self.cpu[k] for k, p in self.who.items()}
        cores = [b - a for a, b in zip(self.cores, core_busy(), strict=True)]
        ours = sum(used.values())
        mine = ", ".join(f"{k} {v:.1f}" for k, v in used.items())
        busy = ", ".join(f"core {i} {c / wall:.0%}" for i, c in enumerate(cores))
        others = max(0.0, sum(cores) - ours)
        return (f"    CPU s over the {wall:.1f} s: {mine} (workers incl. their ffmpeg); "
                f"busy: {busy}; other processes on the machine: {others:.1f} CPU s")


def queue_events(url: str, render_id: str) -> list[tuple[str, str, float]]:
    """(job id, event, epoch) of the render's queue jobs: deferred, started, succeeded..."""
    import psycopg

    from vidai_nb.engine.jobs.pg import conninfo

    with psycopg.connect(conninfo(url)) as conn:
        rows = conn.execute(
            "SELECT j.args->>'job_id', e.type::text, extract(epoch FROM e.at)::float8 "
            "FROM procrastinate_jobs j JOIN procrastinate_events e ON e.job_id = j.id "
            "WHERE j.args->>'job_id' LIKE %s ORDER BY e.at",
            (render_id + "%",),
        ).fetchall()
    return [(str(a), str(b), float(c)) for a, b, c in rows]


def timeline(
    data: Path, url: str, render_id: str, wall0: float, took: float
) -> tuple[str, dict[str, float]]:
    """The export step by step, seconds from the submit: queue hand-offs (procrastinate's events)
    and each job's steps (the workers' `timeline` log lines, engine/jobs/timeline.py); and the ffmpeg
    CPU seconds each worker spent on it."""
    rows: list[tuple[float, str]] = [(0.0, "submitted (POST /render)")]
    per_worker: dict[str, float] = {}
    started: dict[str, float] = {}
    for job, kind, at in queue_events(url, render_id):
        name = job[len(render_id):].lstrip(".") or "render"
        if kind == "deferred":
            rows.append((at - wall0, f"queued   {name}"))
        elif kind == "started":
            started[name] = at
            rows.append((at - wall0, f"taken    {name}"))
    for log in sorted(data.glob("worker-*.log")):
        for line in parse_timeline(log.read_text(errors="replace"), render_id):
            per_worker[line["worker"]] = per_worker.get(line["worker"], 0.0) + line["ffmpeg_cpu"]
            cpu = f"cpu {line['cpu']:.1f}"
            if line["ffmpeg_cpu"]:
                cpu += f" + ffmpeg {line['ffmpeg_cpu']:.1f}"
            extra = "".join(f", {k} {v}" for k, v in line.items()
                            if k not in {"render", "step", "worker", "start", "end", "cpu", "ffmpeg_cpu"})
            rows.append((line["start"] - wall0, f"[{line['worker']}] {line['step']}: "
                         f"{line['end'] - line['start']:.2f} s wall, {cpu}{extra} "
                         f"(ends {line['end'] - wall0:.2f})"))
    rows.append((took, "completed (seen by polling, every 0.25 s)"))
    return "\n".join(f"    {t:7.2f}  {what}" for t, what in sorted(rows, key=lambda r: r[0])), per_worker


def ready(url: str, workers: int, timeout: float = 300) -> None:
    """Wait until `workers` workers are connected (else a slow start under load leaves the export
    unsplit) and the queue is empty (the upload's proxy job would hold the only worker's slot)."""
    import psycopg

    from vidai_nb.engine.jobs.pg import conninfo, render_workers

    dsn = conninfo(url)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with psycopg.connect(dsn) as conn:
            busy = "SELECT count(*) FROM procrastinate_jobs WHERE status IN ('todo', 'doing')"
            row = conn.execute(busy).fetchone()
        if render_workers(dsn) == workers and row is not None and row[0] == 0:
            time.sleep(1)  # its lanes listening
            return
        time.sleep(0.5)
    raise RuntimeError(f"{workers} idle worker(s) not ready within {timeout} s")


def throughput(
    root: Path, source: Path, seconds: int, resolution: str, parts: list[int], sessions: bool
) -> None:
    cores = sorted(os.sched_getaffinity(0))
    pg = start_postgres(root / "pg")
    url = pg.create_database("chunks")
    data = root / "engine"
    engine = start_engine(data, {"VIDAI_DATABASE_URL": url, "VIDAI_RENDERS_PER_USER": "4"})
    workers: list[Any] = []

    def add_worker(n_parts: int) -> None:
        name = f"w{len(workers) + 1}-{n_parts}p"
        w = start_worker(data, url, name, {"VIDAI_CHUNK_PARTS": str(n_parts)}, new_session=sessions)
        os.sched_setaffinity(w.pid, {cores[len(workers) % len(cores)]})  # its ffmpegs inherit it
        workers.append(w)

    def stop_workers() -> None:
        while workers:
            stop_worker(workers.pop())

    try:
        add_worker(0)  # the upload's probe runs on a worker too
        ready(url, 1)
        user = new_user(engine.url)
        sid, draft = session(user, source, seconds)
        base = base_cpu = 0.0
        for n, n_parts in [(1, 0), *[(2, p) for p in parts]]:
            if n == 2:
                stop_workers()
                for _ in range(2):
                    add_worker(n_parts)
            ready(url, n)
            out = root / f"out-{n}-{n_parts}.mp4"
            who = {"engine": engine.process.pid, "postgres": pg.process.pid}
            who.update({f"worker {i + 1}": w.pid for i, w in enumerate(workers)})
            budget = Budget(who)
            took, render_id, wall0 = export(user, sid, draft, resolution, out)
            spent = budget.report()
            ok = check(out, seconds)
            steps, cpu = timeline(data, url, render_id, wall0, took)
            busiest = max(cpu.values())
            if n == 1:
                base, base_cpu = took, busiest
                what, ratio = "1 pinned worker (one job)", ""
            else:
                what = f"2 pinned workers, {n_parts} parts + the sound"
                # load-independent: what 2 free cores would give, before hand-offs, plans and the join
                ratio = (f"; {base / took:.2f}x the 1-worker throughput; ffmpeg CPU on the busiest "
                         f"worker {busiest:.1f} s = {base_cpu / busiest:.2f}x less than the one job's "
                         f"{base_cpu:.1f}")
            print(f"(b) {what}: {took:.1f} s ({seconds / took:.2f}x real time){ratio}; {load()}; {ok}")
            print(spent)
            print(steps, flush=True)
    finally:
        stop_workers()
        stop_engine(engine)
        pg.stop()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seconds", type=int, default=66, help="programme length (>= VIDAI_CHUNK_MIN_S, 60)")
    ap.add_argument("--resolution", default="480p")
    ap.add_argument("--parts", default="2,4", help="video part counts, for (a) and for (b) with 2 workers")
    ap.add_argument("--same-session", action="store_true",
                    help="(b): workers in the benchmark's session (one scheduler group) instead of one each")
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
            throughput(root, source, args.seconds, args.resolution, counts, not args.same_session)


if __name__ == "__main__":
    main()
