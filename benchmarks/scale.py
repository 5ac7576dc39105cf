"""Scale benchmark: renders on `vidai-worker` processes through PostgreSQL (procrastinate).

Everything real, on loopback: a throw-away PostgreSQL (Debian's binaries), one engine (API process)
with VIDAI_DATABASE_URL, and workers each running one job at a time with one ffmpeg thread.

1. Throughput: the same 8 renders (720p, --copies cuts of a generated clip, submitted at once) with 1
   worker, then with 2 workers; wall time from the first submit to the last completed render.
   Ratio = time(1 worker) / time(2 workers) (aim >= 1.7 where two cores are free for it).
2. Queue overhead: --probes renders one at a time to idle workers (stream copies, instant), each
   timed from "submit" to "started": both the queue's own part (procrastinate's `deferred` → `started`
   events, database clock) and the client's view (before the HTTP POST → the `started` event).
   Aim: p95 < 100 ms.

The machine's cores and load averages are printed: on a shared machine the ratio says more about
the neighbours than about the queue.

Run from the repository root: `python benchmarks/scale.py [--copies 2] [--renders 8] [--probes 20]`.
"""

from __future__ import annotations

import argparse
import copy
import os
import statistics
import sys
import tempfile
import time
import uuid
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import psycopg  # noqa: E402

from tests import media  # noqa: E402
from tests.conftest import start_engine, stop_engine  # noqa: E402
from tests.engine.conftest import User, new_user  # noqa: E402
from tests.engine.workers import start_worker, stop_worker  # noqa: E402
from tests.services.postgres import start_postgres  # noqa: E402
from vidai_nb.engine.jobs.pg import conninfo  # noqa: E402

RENDER = "/api/render/proxy/lambda"


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load {one:.1f} (1 min) / {five:.1f} (5 min) on {os.cpu_count()} cores"


def session(user: User, clip: Path, copies: int) -> tuple[str, dict[str, Any]]:
    sid = user.new_session()
    assert user.upload(sid, ("clip.mp4", clip)).status_code == 200
    draft = copy.deepcopy(user.state(sid)["draft"])
    seg = draft["t"][0]["sg"][0]
    draft["t"][0]["sg"] = [{**seg, "id": f"s{i}", "start": i * seg["d"]} for i in range(copies)]
    draft["d"] = copies * seg["d"]
    return sid, draft


def submit(user: User, sid: str, draft: dict[str, Any], output: dict[str, Any]) -> str:
    render_id = f"render_{uuid.uuid4().hex}"
    r = user.post(RENDER, json={"id": render_id, "sessionId": sid, "draft": draft, "output": output})
    assert r.status_code == 200, r.text
    return render_id


def wait_all(user: User, ids: list[str], timeout: float = 1800) -> None:
    left = set(ids)
    deadline = time.monotonic() + timeout
    while left and time.monotonic() < deadline:
        for rid in list(left):
            data = user.get(f"{RENDER}/{rid}").json()["data"]
            if data["status"] == "failed":
                raise RuntimeError(f"render {rid} failed: {data['error']}")
            if data["status"] == "completed":
                left.discard(rid)
        time.sleep(0.1)
    if left:
        raise RuntimeError(f"{len(left)} render(s) did not finish")


def batch(user: User, sid: str, draft: dict[str, Any], n: int) -> float:
    t0 = time.monotonic()
    ids = [submit(user, sid, draft, {"format": "mp4", "resolution": "720p"}) for _ in range(n)]
    wait_all(user, ids)
    return time.monotonic() - t0


def events(dsn: str, render_id: str) -> dict[str, datetime]:
    with psycopg.connect(dsn) as conn:
        rows = conn.execute(
            "SELECT e.type::text, min(e.at) FROM procrastinate_events e JOIN procrastinate_jobs j "
            "ON j.id = e.job_id WHERE j.lock = %s GROUP BY e.type",
            (render_id,),
        ).fetchall()
    return {str(t): at for t, at in rows}


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, round(0.95 * len(ordered)) - 1)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--renders", type=int, default=8)
    ap.add_argument("--copies", type=int, default=2, help="6 s cuts per render (2 → a 12 s programme)")
    ap.add_argument("--probes", type=int, default=20)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="vidai-scale-") as tmp:
        root = Path(tmp)
        os.chmod(root, 0o755)  # the postgres user must reach its folder when run as root
        pg = start_postgres(root / "pg")
        url = pg.create_database("scale")
        dsn = conninfo(url)
        data = root / "engine"
        engine = start_engine(data, {"VIDAI_DATABASE_URL": url, "VIDAI_RENDERS_PER_USER": str(args.renders)})
        workers = []
        try:
            clip = media.make_video(root / "clip.mp4", seconds=6)
            user = new_user(engine.url)
            sid, draft = session(user, clip, args.copies)
            print(f"before: {load()}")
            times: dict[int, float] = {}
            for n in (1, 2):
                while len(workers) < n:
                    workers.append(start_worker(data, url, f"w{len(workers) + 1}"))
                time.sleep(3)  # workers registered and listening
                batch(user, sid, draft, 1)  # warm-up: the workers' first render pays their imports
                times[n] = batch(user, sid, draft, args.renders)
                print(f"{args.renders} renders, {n} worker(s): {times[n]:.1f} s "
                      f"({args.renders / times[n]:.2f} renders/s); {load()}")
            print(f"throughput ratio 2 workers / 1 worker: {times[1] / times[2]:.2f}x (aim >= 1.7)")

            queue_ms: list[float] = []
            client_ms: list[float] = []
            for _ in range(args.probes):
                before = time.time()
                rid = submit(user, sid, user.state(sid)["draft"], {"format": "mp4"})  # a stream copy
                wait_all(user, [rid])
                ev = events(dsn, rid)
                queue_ms.append((ev["started"] - ev["deferred"]).total_seconds() * 1000)
                client_ms.append((ev["started"].timestamp() - before) * 1000)
            print(f"queue overhead deferred→started ({args.probes} jobs, idle workers): "
                  f"median {statistics.median(queue_ms):.1f} ms, p95 {p95(queue_ms):.1f} ms (aim < 100 ms)")
            print(f"client submit→started (incl. the HTTP request): "
                  f"median {statistics.median(client_ms):.1f} ms, p95 {p95(client_ms):.1f} ms")
            print(f"after: {load()}")
        finally:
            for w in workers:
                stop_worker(w)
            stop_engine(engine)
            pg.stop()


if __name__ == "__main__":
    main()
