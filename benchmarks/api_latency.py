"""API latency while renders run: p95 of state reads, idle and with two exports encoding.

A real engine (`python -m vidai_nb.engine`) is started per configuration on a fresh data dir; a client
reads one session's state at a steady --rate (default 200/s) for --seconds, first idle, then while two
users each export a heavy draft (a 1080p programme of the clip repeated, with a title). Reported per
configuration: p50/p95 of the reads idle and busy, their ratio, and how long the two exports took.

Configurations, in the same run so the ratios compare like with like:
- before:  ffmpeg not niced, no thread cap   (VIDAI_RENDER_NICE=0, VIDAI_RENDER_THREADS=-1)
- nice:    niced (and SCHED_IDLE), no cap    (VIDAI_RENDER_NICE=10, VIDAI_RENDER_THREADS=-1; --only nice)
- default: the engine's defaults (ffmpeg niced and SCHED_IDLE, threads capped to half the cores;
           the server on httptools + uvloop)
- h11:     the defaults, but the server on uvicorn's pure-Python h11 and asyncio (uvloop and
           httptools hidden from the engine; --only h11)

--baseline REF adds a configuration "baseline": the engine's defaults, but the engine code of the git
revision REF (exported to a temporary folder), so a change to the engine is compared with the code
before it in the same run (e.g. `--baseline main --only baseline,default`). uvicorn uses uvloop and
httptools whenever they are installed: those of them REF's pyproject.toml does not require are hidden
from the baseline engine, so it runs as it did at REF.

The engine's CPU time per state read (its own, not ffmpeg's) is printed too: unlike latency, it
hardly depends on what else the machine runs; so is the reading client's (this process's).

The reads are made by a lean HTTP/1.1 client (raw asyncio streams, keep-alive, up to 32
connections): on a small machine the client shares the cores with the engine and the renders, and
httpx's AsyncClient spent ~5-8 ms of CPU per read, more than the engine (`--client httpx` for it).

--solo times one export alone (no reads) per configuration: the render's own speed, which a lower
scheduling priority must not change on an otherwise idle machine.

On a machine shared with other work, that work competes with the engine too and hides the effect:
the configurations alternate over --rounds (medians are printed), and --priority (e.g. -5, as root)
runs the benchmark and its engines ahead of the rest of the machine. The rate must stay below what
the machine serves idle, or every read measures the queue (--rate; the issue measured 200/s on a
quiet machine).

Measured 2026-11-29 on a quiet machine (load 1.5-2.6; 20-s 1080p programmes; raw client):
`python benchmarks/api_latency.py --only baseline,default --baseline 488ca54 --rate 200 --seconds 8
--programme 20 --rounds 2 --cancel` gave p95 at 200 reads/s with two renders running: baseline
(488ca54) 111.5 ms, default 6.1 ms (0.05x; idle 3.3 ms). With `--rounds 1 --solo` instead of
`--cancel`: default 3.8 ms vs baseline 176.2 ms; the two exports took 0.81x as long as the
baseline's, and one export alone 1.05x (20.6 vs 21.7 s).

Run from the repository root:
`python benchmarks/api_latency.py [--seconds 8] [--rate 50] [--rounds 2] [--priority -5] [--baseline REF]
[--solo] [--client raw|httpx]`.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from vidai_nb.engine.media import ffmpeg_exe  # noqa: E402

APP = "nemo_agent"
CONFIGS: list[tuple[str, dict[str, str]]] = [
    ("before", {"VIDAI_RENDER_NICE": "0", "VIDAI_RENDER_THREADS": "-1"}),
    ("nice", {"VIDAI_RENDER_NICE": "10", "VIDAI_RENDER_THREADS": "-1"}),
    ("default", {}),
    ("h11", {"_HIDE": "uvloop,httptools"}),
]
DEFAULT_CONFIGS = "before,default"


def make_clip(path: Path) -> Path:
    subprocess.run(
        [ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-y",
         "-f", "lavfi", "-i", "testsrc2=size=1280x720:rate=30:duration=10",
         "-f", "lavfi", "-i", "sine=frequency=440:duration=10",
         "-c:v", "libx264", "-preset", "ultrafast", "-c:a", "aac", "-shortest", str(path)],
        check=True,
    )
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def export_tree(ref: str, into: Path) -> Path:
    """The engine package as of git revision `ref`, exported under `into` (for a baseline engine)."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", ref, "vidai_nb"], check=True,
                             capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into


def server_modules_missing(ref: str) -> list[str]:
    """uvloop / httptools when REF's pyproject.toml does not require them (uvicorn picks them up
    whenever they are installed)."""
    deps = subprocess.run(["git", "-C", str(ROOT), "show", f"{ref}:pyproject.toml"], check=True,
                          capture_output=True, text=True).stdout
    return [m for m in ("uvloop", "httptools") if f'"{m}' not in deps]


def cpu_s(pid: int) -> float:
    """CPU seconds the process has used (user + system; Linux /proc, else 0)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def start(data: Path, env: dict[str, str]) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    env = dict(env)
    code = env.pop("_CODE", str(ROOT))
    path = code
    hidden = [m for m in env.pop("_HIDE", "").split(",") if m]
    if hidden:  # modules that fail to import in the engine (uvicorn then falls back to h11 / asyncio)
        stubs = data / "hidden-modules"
        stubs.mkdir(parents=True, exist_ok=True)
        for m in hidden:
            (stubs / f"{m}.py").write_text(f"raise ImportError('{m} hidden by the benchmark')\n")
        path = f"{stubs}{os.pathsep}{code}"
    full = {**os.environ, "PYTHONPATH": path, "VIDAI_DATA_DIR": str(data), **env}
    proc = subprocess.Popen(
        [sys.executable, "-m", "vidai_nb.engine", "--host", "127.0.0.1", "--port", str(port),
         "--data-dir", str(data), "--log-level", "warning"],
        env=full, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        cwd=code,  # `python -m` puts the working directory first on the path: it must be the code's
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 180  # a loaded machine starts an engine slowly
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"engine exited at start with status {proc.returncode}")
        try:
            if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                return proc, url
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError("engine did not start")


def user(url: str, clip: Path) -> tuple[dict[str, str], str, dict[str, Any]]:
    token = httpx.post(f"{url}/api/auth/anonymous-token", headers={"X-Client-Id": str(uuid.uuid4())},
                       timeout=60).json()
    h = {"Authorization": f"Bearer {token['data']['token']}"}
    made = httpx.post(f"{url}/api/tasks/me/with-session/{APP}", json={}, headers=h, timeout=60).json()
    sid = made["data"]["session_id"]
    r = httpx.post(f"{url}/api/upload-video/{APP}/me/{sid}", headers=h, timeout=120,
                   files=[("files", ("clip.mp4", clip.read_bytes(), "video/mp4"))])
    r.raise_for_status()
    state = httpx.get(f"{url}/api/state/{APP}/me/{sid}/latest", headers=h, timeout=60).json()
    draft = state["data"]["state"]["draft"]
    return h, sid, draft


def heavy(draft: dict[str, Any], seconds: int) -> dict[str, Any]:
    seg = draft["t"][0]["sg"][0]
    n = seconds * 1000 // seg["d"]
    draft["t"][0]["sg"] = [{**seg, "id": f"s{i}", "start": i * seg["d"]} for i in range(n)]
    draft["t"].append({"tt": 7, "role": "title", "sg": [{"start": 0, "d": n * seg["d"], "text": "Load"}]})
    draft["m"].update(width=1920, height=1080)
    return draft


Conn = tuple[asyncio.StreamReader, asyncio.StreamWriter]


async def _exchange(conn: Conn, request: bytes) -> tuple[int, bool]:
    """One request on a keep-alive connection: (status, whether the connection stays open)."""
    reader, writer = conn
    writer.write(request)
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    fields = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:] if line)}
    if "content-length" not in fields:
        raise RuntimeError(f"no content-length in the answer ({lines[0]})")
    await reader.readexactly(int(fields["content-length"]))
    return status, fields.get("connection", "").lower() != "close"


async def at_rate(one: Callable[[], Awaitable[None]], rate: float, seconds: float) -> None:
    """Starts one() `rate` times a second for `seconds`, each on its own schedule (a slow answer does not
    slow the rate), and waits for them all."""
    tasks = []
    start = time.perf_counter()
    for i in range(int(rate * seconds)):
        delay = start + i / rate - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.create_task(one()))
    await asyncio.gather(*tasks)


async def raw_reads(url: str, h: dict[str, str], sid: str, rate: float, seconds: float) -> list[float]:
    """State reads at a steady rate over up to 32 keep-alive connections, with a client that costs
    little CPU (it shares the machine with the engine). Waiting for a free connection counts."""
    host, port = url.removeprefix("http://").rsplit(":", 1)
    request = (f"GET /api/state/{APP}/me/{sid}/latest HTTP/1.1\r\nHost: {host}:{port}\r\n"
               f"Authorization: {h['Authorization']}\r\nAccept: application/json\r\n\r\n").encode()
    lat: list[float] = []
    free: list[Conn] = []
    slots = asyncio.Semaphore(32)

    async def one() -> None:
        t = time.perf_counter()
        async with slots:
            for attempt in range(3):  # a keep-alive connection the server just closed: ask again
                # (on a new connection: the others in the pool may have idled past the server's timeout too)
                conn = free.pop() if free and attempt == 0 else await asyncio.open_connection(host, int(port))
                try:
                    status, keep = await _exchange(conn, request)
                    break
                except (ConnectionError, asyncio.IncompleteReadError):
                    conn[1].close()
                    if attempt == 2:
                        raise
            if keep:
                free.append(conn)
            else:
                conn[1].close()
        if status != 200:
            raise RuntimeError(f"state read answered {status}")
        lat.append(time.perf_counter() - t)

    await at_rate(one, rate, seconds)
    for _, writer in free:
        writer.close()
    return lat


async def httpx_reads(url: str, h: dict[str, str], sid: str, rate: float, seconds: float) -> list[float]:
    """The same reads through httpx's AsyncClient (each on its own schedule, so a slow answer does not
    slow the rate)."""
    lat: list[float] = []
    # No pool timeout: when the engine falls behind, the wait for a connection is part of the latency.
    async with httpx.AsyncClient(headers=h, timeout=httpx.Timeout(60.0, pool=None),
                                 limits=httpx.Limits(max_connections=32)) as client:
        async def one() -> None:
            t = time.perf_counter()
            for attempt in range(3):  # a keep-alive connection the server just closed: ask again
                try:
                    r = await client.get(f"{url}/api/state/{APP}/me/{sid}/latest")
                    break
                except (httpx.ReadError, httpx.RemoteProtocolError):
                    if attempt == 2:
                        raise
            r.raise_for_status()
            lat.append(time.perf_counter() - t)

        await at_rate(one, rate, seconds)
    return lat


def reads(url: str, h: dict[str, str], sid: str, rate: float, seconds: float, client: str) -> list[float]:
    """Run the reads (on uvloop where installed: the client's own CPU is part of the machine's load)."""
    fn = raw_reads if client == "raw" else httpx_reads
    try:
        import uvloop
    except ImportError:
        return asyncio.run(fn(url, h, sid, rate, seconds))
    with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
        return runner.run(fn(url, h, sid, rate, seconds))


def export(url: str, clip: Path, programme: int) -> tuple[dict[str, str], str]:
    """A new user exports a heavy draft: (their headers, the render id)."""
    uh, usid, udraft = user(url, clip)
    rid = f"render_{uuid.uuid4().hex}"
    r = httpx.post(f"{url}/api/render/proxy/lambda", headers=uh, timeout=60,
                   json={"id": rid, "sessionId": usid, "draft": heavy(udraft, programme)})
    r.raise_for_status()
    return uh, rid


def wait_done(url: str, renders: list[tuple[dict[str, str], str]]) -> None:
    for uh, rid in renders:
        while True:
            d = httpx.get(f"{url}/api/render/proxy/lambda/{rid}", headers=uh, timeout=60).json()["data"]
            if d["status"] in ("completed", "failed"):
                if d["status"] == "failed":
                    raise RuntimeError(d["error"])
                break
            time.sleep(0.25)


def p(values: list[float], q: int) -> float:
    return statistics.quantiles(values, n=100)[q - 1] * 1000 if len(values) > 2 else float("nan")


def run_config(name: str, env: dict[str, str], clip: Path, args: argparse.Namespace) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="vidai-bench-") as tmp:
        proc, url = start(Path(tmp), env)
        try:
            h, sid, _draft = user(url, clip)
            solo = float("nan")
            if args.solo:  # one export alone: the render's own speed
                settle(url, proc.pid)
                t0 = time.monotonic()
                wait_done(url, [export(url, clip, args.programme)])
                solo = time.monotonic() - t0
            reads(url, h, sid, args.rate, 1, args.client)  # warm up
            settle(url, proc.pid)
            c0, k0 = cpu_s(proc.pid), time.process_time()
            idle = reads(url, h, sid, args.rate, args.seconds, args.client)
            idle_cpu = (cpu_s(proc.pid) - c0) / max(1, len(idle))
            idle_client = (time.process_time() - k0) / max(1, len(idle))
            started = time.monotonic()
            renders = [export(url, clip, args.programme) for _ in range(2)]  # two users, one export each
            time.sleep(1.0)  # both encoding
            c0, k0 = cpu_s(proc.pid), time.process_time()
            busy = reads(url, h, sid, args.rate, args.seconds, args.client)
            busy_cpu = (cpu_s(proc.pid) - c0) / max(1, len(busy))
            busy_client = (time.process_time() - k0) / max(1, len(busy))
            if args.cancel:  # a loaded machine: the exports could take many minutes more
                for uh, rid in renders:
                    httpx.post(f"{url}/api/render/proxy/lambda/{rid}/cancel", headers=uh, timeout=120)
                renders = []
            wait_done(url, renders)
            took = time.monotonic() - started if not args.cancel else float("nan")
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    return {"idle50": p(idle, 50), "idle95": p(idle, 95), "busy50": p(busy, 50), "busy95": p(busy, 95),
            "renders_s": took, "solo_s": solo, "idle_cpu": idle_cpu * 1000, "busy_cpu": busy_cpu * 1000,
            "client_cpu": (idle_client + busy_client) / 2 * 1000, "load": os.getloadavg()[0]}


def settle(url: str, pid: int, limit_s: float = 120.0) -> None:
    """Wait until the engine is idle: its start-up warm-up done (/healthz says warm), then quiet."""
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline and not httpx.get(f"{url}/healthz", timeout=30).json()["data"]["warm"]:
        time.sleep(0.5)
    while time.monotonic() < deadline:
        before = cpu_s(pid)
        time.sleep(0.5)
        if cpu_s(pid) - before < 0.02:
            return


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seconds", type=float, default=8.0, help="seconds of reads, idle and busy")
    ap.add_argument("--rate", type=float, default=50.0,
                    help="state reads per second (keep it below what the machine serves idle)")
    ap.add_argument("--programme", type=int, default=30, help="seconds of each exported programme")
    ap.add_argument("--only", default=DEFAULT_CONFIGS, help="comma-separated configurations to run")
    ap.add_argument("--rounds", type=int, default=2, help="times each configuration runs (alternating)")
    ap.add_argument("--priority", type=int, default=0, help="niceness of the benchmark and its engines")
    ap.add_argument("--cancel", action="store_true",
                    help="cancel the exports after the reads instead of waiting (export times are nan)")
    ap.add_argument("--solo", action="store_true",
                    help="first time one export alone per configuration (the render's own speed)")
    ap.add_argument("--client", choices=("raw", "httpx"), default="raw",
                    help="the reading client: a lean raw-socket one (default) or httpx's AsyncClient")
    ap.add_argument("--baseline", metavar="REF", default=None,
                    help="add configuration 'baseline': the engine code of git revision REF, defaults")
    args = ap.parse_args()
    if args.priority:
        os.setpriority(os.PRIO_PROCESS, 0, args.priority)
    configs = list(CONFIGS)
    code_dir = tempfile.TemporaryDirectory(prefix="vidai-baseline-")
    if args.baseline:
        configs.insert(0, ("baseline", {"_CODE": str(export_tree(args.baseline, Path(code_dir.name))),
                                        "_HIDE": ",".join(server_modules_missing(args.baseline))}))
    chosen = [(n, e) for n, e in configs if n in args.only.split(",")]
    runs: dict[str, list[dict[str, float]]] = {n: [] for n, _ in chosen}
    with tempfile.TemporaryDirectory() as tmp:
        clip = make_clip(Path(tmp) / "clip.mp4")
        for i in range(args.rounds):
            for name, env in chosen if i % 2 == 0 else list(reversed(chosen)):
                r = run_config(name, env, clip, args)
                runs[name].append(r)
                print(f"round {i + 1} {name:8s} idle p50 {r['idle50']:6.1f} ms p95 {r['idle95']:6.1f} ms | "
                      f"two renders: p50 {r['busy50']:6.1f} ms p95 {r['busy95']:6.1f} ms | "
                      f"exports {r['renders_s']:5.1f} s, one alone {r['solo_s']:5.1f} s | engine CPU/read "
                      f"idle {r['idle_cpu']:.2f} ms, busy {r['busy_cpu']:.2f} ms, "
                      f"client {r['client_cpu']:.2f} ms | load {r['load']:.1f}", flush=True)
    med = {n: {k: statistics.median(r[k] for r in rs) for k in rs[0]} for n, rs in runs.items() if rs}
    print(f"\nmedians over {args.rounds} round(s), {args.rate:g} state reads/s ({args.client} client), "
          f"load average now {' '.join(f'{x:.1f}' for x in os.getloadavg())}:")
    for name, r in med.items():
        print(f"{name:8s} p95 idle {r['idle95']:6.1f} ms, with two renders {r['busy95']:6.1f} ms "
              f"({r['busy95'] / r['idle95']:.2f}x idle); both exports took {r['renders_s']:.1f} s, one alone "
              f"{r['solo_s']:.1f} s; engine CPU per read {r['idle_cpu']:.2f} ms idle, {r['busy_cpu']:.2f} ms "
              f"busy; client CPU per read {r['client_cpu']:.2f} ms")
    for ref in ("baseline", "before"):
        if ref in med:
            base = med[ref]
            for name, r in med.items():
                if name not in ("baseline", "before"):
                    print(f"{name} vs {ref}: p95 with two renders {r['busy95'] / base['busy95']:.2f}x, "
                          f"idle {r['idle95'] / base['idle95']:.2f}x; engine CPU per read "
                          f"{r['busy_cpu'] / base['busy_cpu']:.2f}x; exports took "
                          f"{r['renders_s'] / base['renders_s']:.2f}x as long, one alone "
                          f"{r['solo_s'] / base['solo_s']:.2f}x")
    code_dir.cleanup()


if __name__ == "__main__":
    main()
