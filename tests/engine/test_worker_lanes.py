"""A worker busy rendering still takes an upload at once: every `vidai-worker` keeps an interactive lane
(jobs/pg.CALL_QUEUE) beside its render slots. Real engine, one real worker with one render slot, real
PostgreSQL, over loopback."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from tests import media
from tests.conftest import EngineProcess, start_engine, stop_engine
from tests.engine.conftest import User, new_user, poll_until_done
from tests.engine.test_worker import RENDER, long_draft, submit
from tests.engine.workers import parent_of, render_ffmpeg, start_worker, stop_worker
from tests.services.postgres import PostgresServer
from vidai_nb.engine.jobs.pg import conninfo, render_workers

pytestmark = pytest.mark.timeout(600)


@pytest.fixture(scope="module")
def one_worker(
    postgres_server: PostgresServer, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[EngineProcess, str, int]]:
    url = postgres_server.create_database()
    data = tmp_path_factory.mktemp("lanes")
    engine = start_engine(data, {"VIDAI_DATABASE_URL": url, "VIDAI_HEARTBEAT_S": "0.5"})
    worker = start_worker(data, url, "only", {"VIDAI_CHUNK_MIN_S": "0"})  # --concurrency 1 (the default)
    yield engine, url, worker.pid
    stop_worker(worker)
    stop_engine(engine)
    # SIGTERM stops both lanes: the worker ends by itself (stop_worker kills it after 20 s otherwise)
    assert worker.returncode == 0, (data / "worker-only.log").read_text(errors="replace")[-3000:]


def upload_jobs(url: str) -> list[tuple[str, str, str]]:
    """(function, queue, status) of every upload step that ran as a queue job, oldest first."""
    with psycopg.connect(conninfo(url)) as conn:
        rows = conn.execute(
            "SELECT args->>'fn', queue_name, status::text FROM procrastinate_jobs "
            "WHERE args->>'fn' LIKE 'vidai_nb.engine.jobs.upload_job:%' ORDER BY id"
        ).fetchall()
    return [(str(a).rsplit(":", 1)[1], str(b), str(c)) for a, b, c in rows]


def test_upload_does_not_wait_behind_a_running_render(
    one_worker: tuple[EngineProcess, str, int], clip: Path, tmp_path: Path
) -> None:
    engine, url, worker_pid = one_worker
    user: User = new_user(engine.url)
    sid, draft = long_draft(user, clip, 12)  # 72 s of programme at 720p on one thread: a long render
    render_id = f"render_lanes_{os.getpid()}"
    submit(user, sid, draft, render_id)
    ffmpeg = render_ffmpeg(engine.data_dir, render_id)
    assert parent_of(ffmpeg) == worker_pid  # the worker's one render slot is busy
    # two lanes, one worker: exports are split by worker processes (jobs/chunk_job.py), not by lanes
    with psycopg.connect(conninfo(url)) as conn:
        lanes = conn.execute("SELECT count(*) FROM procrastinate_workers").fetchone()
    assert lanes == (2,) and render_workers(conninfo(url)) == 1

    # a probe (every upload is checked by content on a worker) and a numbered image sequence (encoded
    # into a clip on a worker), each waited for by the upload's answer
    other = media.make_video(tmp_path / "other.mp4", seconds=2, size=(320, 240))
    started = time.monotonic()
    r = user.upload(sid, ("other.mp4", other))
    probe_s = time.monotonic() - started
    assert r.status_code == 200, r.text
    [f] = r.json()["data"]["files"]
    assert f["file_type"] == "video" and 1.5 < f["duration"] < 2.5
    stills = [media.make_image(tmp_path / f"img_{i:04d}.png", size=(64, 48), color=c)
              for i, c in enumerate(["red", "green", "blue"] * 4, start=1)]  # MIN_FRAMES is 10
    started = time.monotonic()
    r = user.upload(sid, *[(p.name, p) for p in stills])
    sequence_s = time.monotonic() - started
    assert r.status_code == 200, r.text
    assert [f["file_type"] for f in r.json()["data"]["files"]] == ["image"] * 12 + ["video"]
    during = user.get(f"{RENDER}/{render_id}").json()["data"]
    print(f"probe {probe_s:.2f} s, sequence {sequence_s:.2f} s while rendering; load {os.getloadavg()}")
    # the render was running all along: the uploads did not wait for it
    assert during["status"] == "processing", during
    assert probe_s < 10 and sequence_s < 15, (probe_s, sequence_s)
    ran = upload_jobs(url)
    assert ("check_job", "vidai-call", "succeeded") in ran
    assert ("sequence_job", "vidai-call", "succeeded") in ran

    data = poll_until_done(user, render_id, timeout=400)["data"]
    assert data["status"] == "completed", data
    r = user.get(f"/api/render/proxy/{render_id}/download")
    assert r.status_code == 200
    out = tmp_path / "out.mp4"
    out.write_bytes(r.content)
    facts = media.probe(out)
    assert abs(facts.duration - 72.0) < 0.3, facts.duration
    assert [s["height"] for s in facts.streams if s["type"] == "video"] == [720]
    user.http.close()
