"""Chunked export benchmark: one long export with 1, 2 and 4 `vidai-worker`s (jobs/chunk_job.py).

Everything real, on loopback: a throw-away PostgreSQL, one engine (API process) with VIDAI_DATABASE_URL,
workers each running one job at a time with one ffmpeg thread (like benchmarks/scale.py), sharing the
engine's data dir. The export: --seconds of programme (default 66, over the 60 s VIDAI_CHUNK_MIN_S
default) cut from a generated clip with a white flash and a 1 kHz beep at every whole second, at
--resolution. With 1 worker it is one job (splitting needs two live workers); with n ≥ 2 it becomes n
video parts + the sound + the join. Each run is timed from the submit to "completed"; the ratio is
time(1 worker) / time(n workers), all measured in this process. Each output is checked: frame count
and length equal to the programme's, every frame decodes, every flash within one frame of its beep.

What the figures can show depends on free cores: with c cores free, n workers at one thread each
cannot beat min(n, c)×, and the parts also repeat work (each part decodes the programme up to its
end; the sound part decodes all of it). On a 2-core machine 4 workers share 2 cores: the 4-worker
figure shows the overhead of more parts, not a 4× speed-up.

Run from the repository root: `nice -n 10 python benchmarks/chunks.py [--seconds 66] [--resolution 480p]`.
"""

from __future__ import annotations

import argparse
import copy
import os
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

RENDER = "/api/render/proxy/lambda"
FPS = 25


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load {one:.1f} (1 min) / {five:.1f} (5 min) on {os.cpu_count()} cores"


def flashes(path: Path) -> Path:
    return media.make_flashes(path, 12, (640, 360))


def session(user: User, clip: Path, seconds: int) -> tuple[str, dict[str, Any]]:
    """Cuts of 11 s (from 0.5 s into the clip) back to back until `seconds`, at 90 % volume (a full
    re-encode, not a smart cut)."""
    sid = user.new_session()
    assert user.upload(sid, ("flashes.mp4", clip)).status_code == 200
    draft = copy.deepcopy(user.state(sid)["draft"])
    seg = draft["t"][0]["sg"][0]
    segs, start, i = [], 0, 0
    while start < seconds * 1000:
        d = min(11_000, seconds * 1000 - start)
        segs.append({**seg, "id": f"s{i}", "start": start, "in": 500, "d": d, "volume": 0.9})
        start, i = start + d, i + 1
    draft["t"][0]["sg"] = segs
    draft["d"] = start
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seconds", type=int, default=66, help="programme length (>= VIDAI_CHUNK_MIN_S, 60)")
    ap.add_argument("--resolution", default="480p")
    ap.add_argument("--workers", default="1,2,4")
    args = ap.parse_args()
    counts = [int(n) for n in args.workers.split(",")]
    with tempfile.TemporaryDirectory(prefix="vidai-chunks-") as tmp:
        root = Path(tmp)
        os.chmod(root, 0o755)  # the postgres user must reach its folder when run as root
        pg = start_postgres(root / "pg")
        url = pg.create_database("chunks")
        data = root / "engine"
        engine = start_engine(data, {"VIDAI_DATABASE_URL": url, "VIDAI_RENDERS_PER_USER": "4"})
        workers = []
        try:
            clip = flashes(root / "flashes.mp4")
            user = new_user(engine.url)
            sid, draft = session(user, clip, args.seconds)
            print(f"{args.seconds} s programme at {args.resolution}, {FPS} fps; before: {load()}")
            times: dict[int, float] = {}
            for n in counts:
                while len(workers) > n:
                    stop_worker(workers.pop())
                while len(workers) < n:
                    workers.append(start_worker(data, url, f"w{len(workers) + 1}"))
                time.sleep(4)  # workers registered (heartbeat) and listening
                out = root / f"out-{n}.mp4"
                times[n] = export(user, sid, draft, args.resolution, out)
                ok = check(out, args.seconds)
                first = counts[0]
                base = f"; {times[first] / times[n]:.2f}x the {first}-worker run" if n != first else ""
                print(f"{n} worker(s): {times[n]:.1f} s ({args.seconds / times[n]:.2f}x real time){base}; "
                      f"{load()}; {ok}")
        finally:
            for w in workers:
                stop_worker(w)
            stop_engine(engine)
            pg.stop()


if __name__ == "__main__":
    main()
