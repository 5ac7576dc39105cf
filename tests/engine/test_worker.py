"""Renders and transcriptions on `vidai-worker` processes through PostgreSQL (procrastinate): real engine,
real workers, real PostgreSQL, over loopback. A worker kill -9ed mid-render → another worker completes
the render (never a partial file served, never stuck "processing"); a cancel stops the remote ffmpeg
within 2 s; a turn's transcription runs on a worker while the turn streams heartbeats."""

from __future__ import annotations

import copy
import os
import signal
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
import pytest

from tests import media
from tests.conftest import EngineProcess, start_engine, stop_engine
from tests.engine.conftest import User, new_user
from tests.engine.workers import alive, parent_of, render_ffmpeg, start_worker, stop_worker
from tests.services.postgres import PostgresServer
from vidai_nb.engine.jobs.pg import conninfo
from vidai_nb.engine.render.preview import proxy_path
from vidai_nb.engine.speech import models as speech_models

RENDER = "/api/render/proxy/lambda"
# A PostgreSQL, an engine and two workers start in the first test; on a loaded machine that and one
# render pass the suite's 300 s default.
pytestmark = pytest.mark.timeout(600)


@dataclass
class Cluster:
    engine: EngineProcess
    database_url: str
    workers: list[subprocess.Popen[bytes]]

    def add_worker(self, name: str) -> subprocess.Popen[bytes]:
        # one job per render here (its 2-minute export would be split): parts are tested in test_chunks.py
        w = start_worker(self.engine.data_dir, self.database_url, name, {"VIDAI_CHUNK_MIN_S": "0"})
        self.workers.append(w)
        return w


@pytest.fixture(scope="module")
def cluster(postgres_server: PostgresServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    url = postgres_server.create_database()
    data = tmp_path_factory.mktemp("shared-engine")
    engine = start_engine(
        data, {"VIDAI_DATABASE_URL": url, "VIDAI_RENDERS_PER_USER": "4", "VIDAI_HEARTBEAT_S": "0.5"}
    )
    c = Cluster(engine, url, [])
    for name in ("a", "b"):
        c.add_worker(name)
    yield c
    for w in c.workers:
        stop_worker(w)
    stop_engine(engine)


@pytest.fixture
def shared_user(cluster: Cluster) -> Iterator[User]:
    u = new_user(cluster.engine.url)
    yield u
    u.http.close()


def long_draft(user: User, clip: Path, copies: int) -> tuple[str, dict[str, Any]]:
    """`copies` back-to-back cuts of the clip: a render that takes seconds on one thread."""
    sid = user.new_session()
    assert user.upload(sid, ("clip.mp4", clip)).status_code == 200
    draft = copy.deepcopy(user.state(sid)["draft"])
    seg = draft["t"][0]["sg"][0]
    draft["t"][0]["sg"] = [{**seg, "id": f"s{i}", "start": i * seg["d"]} for i in range(copies)]
    draft["d"] = copies * seg["d"]
    return sid, draft


def submit(user: User, sid: str, draft: dict[str, Any], render_id: str, resolution: str = "720p") -> None:
    output = {"format": "mp4", "resolution": resolution}
    body = {"id": render_id, "sessionId": sid, "draft": draft, "output": output}
    r = user.post(RENDER, json=body)
    assert r.status_code == 200, r.text


def test_worker_killed_mid_render_another_completes_it(
    cluster: Cluster, shared_user: User, clip: Path, tmp_path: Path
) -> None:
    sid, draft = long_draft(shared_user, clip, 3)  # 18 s of programme, at 480p: light for a loaded CI
    render_id = f"render_crash_{os.getpid()}"
    submit(shared_user, sid, draft, render_id, "480p")
    first = render_ffmpeg(cluster.engine.data_dir, render_id)
    victim = parent_of(first)
    assert victim in {w.pid for w in cluster.workers}, "the render runs on a worker, not in the API process"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # mid-render: it has written part of its output
        mid = shared_user.get(f"{RENDER}/{render_id}").json()["data"]
        if mid["progress"] > 5 or mid["status"] != "processing":
            break
        time.sleep(0.1)
    assert mid["status"] == "processing" and mid["progress"] > 5, mid  # progress reached the API via the db
    os.kill(victim, signal.SIGKILL)
    killed_at = time.monotonic()
    dead = next(w for w in cluster.workers if w.pid == victim)
    dead.wait(timeout=10)
    cluster.workers.remove(dead)
    deadline = time.monotonic() + 5
    while alive(first) and time.monotonic() < deadline:  # its ffmpeg dies with it (PR_SET_PDEATHSIG)
        time.sleep(0.05)
    assert not alive(first)
    cluster.add_worker("c")  # the survivor takes the job; a fresh worker keeps the pool at two

    seen: list[str] = []
    second: int | None = None
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        # never a partial file: the download is refused until the render is complete (asked first, so a
        # render completing between the two requests cannot look like a file served early)
        served = shared_user.get(f"/api/render/proxy/{render_id}/download").status_code
        data = shared_user.get(f"{RENDER}/{render_id}").json()["data"]
        seen.append(data["status"])
        assert served == 409 or (served == 200 and data["status"] == "completed"), (served, data)
        if second is None:
            pid_file = cluster.engine.data_dir / "run" / f"{render_id}.pid"
            if pid_file.exists():
                pid = int(pid_file.read_text().split()[0] or 0)
                second = pid if pid != first else None
                if second is not None:
                    restarted_after = time.monotonic() - killed_at
        if data["status"] in ("completed", "failed"):
            break
        time.sleep(0.2)
    assert seen[-1] == "completed", (seen[-5:], data)
    assert second is not None and parent_of(second) != victim
    print(f"restarted after {restarted_after:.2f} s")
    assert restarted_after < 30, f"the lost render was picked up again only after {restarted_after:.1f} s"
    out = tmp_path / "out.mp4"
    r = shared_user.get(f"/api/render/proxy/{render_id}/download")
    assert r.status_code == 200
    out.write_bytes(r.content)
    probe = media.probe(out)
    # the whole programme, not what the first run had written
    assert abs(probe.duration - 18.0) < 0.3, probe.duration
    assert [s["height"] for s in probe.streams if s["type"] == "video"] == [480]
    leftovers = [p.name for p in (cluster.engine.data_dir / "renders").rglob("*") if "partial" in p.name]
    assert leftovers == []
    # the dead worker's scratch folder was removed by the worker started after it
    assert not list((cluster.engine.data_dir / "tmp").glob(f"worker-*-{victim}"))


def test_cancel_stops_remote_ffmpeg_within_two_seconds(
    cluster: Cluster, shared_user: User, clip: Path
) -> None:
    sid, draft = long_draft(shared_user, clip, 20)  # 2 minutes of programme: still running when cancelled
    render_id = f"render_cancel_{os.getpid()}"
    submit(shared_user, sid, draft, render_id)
    ffmpeg = render_ffmpeg(cluster.engine.data_dir, render_id)
    assert parent_of(ffmpeg) in {w.pid for w in cluster.workers}
    time.sleep(0.5)
    asked = time.monotonic()
    r = shared_user.post(f"{RENDER}/{render_id}/cancel")
    assert r.status_code == 200
    while alive(ffmpeg) and time.monotonic() - asked < 10:
        time.sleep(0.01)
    stopped_after = time.monotonic() - asked
    assert not alive(ffmpeg)
    print(f"ffmpeg stopped {stopped_after:.2f} s after cancel")
    assert stopped_after < 2.0, f"ffmpeg on the worker stopped {stopped_after:.2f} s after the cancel"
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        data = shared_user.get(f"{RENDER}/{render_id}").json()["data"]
        if data["status"] != "processing":
            break
        time.sleep(0.1)
    assert data["status"] == "failed" and data["cancelled"] is True and "cancel" in data["error"], data
    assert shared_user.get(f"/api/render/proxy/{render_id}/download").status_code == 409
    assert not [p for p in (cluster.engine.data_dir / "renders").rglob("*") if render_id in p.name]


@pytest.mark.skipif(
    not any(speech_models.is_installed(m) for m in speech_models.BUNDLED.values()),
    reason="no bundled Whisper model installed",
)
def test_turn_speech_analysis_runs_on_workers_with_heartbeats(
    cluster: Cluster, shared_user: User, tmp_path: Path
) -> None:
    sentence = "Please open the door and turn on the lights in the kitchen."
    speech = media.make_speech(tmp_path / "speech.wav", sentence)
    clip = tmp_path / "talk.mp4"
    media.run_ffmpeg(
        "-f", "lavfi", "-i", "testsrc2=size=320x240:rate=25", "-i", str(speech),
        "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest",
        str(clip),
    )  # fmt: skip
    sid = shared_user.new_session()
    assert shared_user.upload(sid, ("talk.mp4", clip)).status_code == 200
    events = shared_user.turn(sid, "trim the footage and add subtitles", timeout=300)
    data = [e["data"] for e in events]
    beats = [d for d in data if d.get("type") == "heartbeat"]
    # the worker loads its model and transcribes while the turn keeps the stream alive
    assert len(beats) >= 2, data
    subs = next(t for t in shared_user.state(sid)["draft"]["t"] if t.get("role") == "subtitle")
    words = " ".join(c["text"] for c in subs["sg"]).lower()
    assert "kitchen" in words
    with psycopg.connect(conninfo(cluster.database_url)) as conn:
        rows = conn.execute(
            "SELECT status::text, args->>'fn', args->'args'->>0 FROM procrastinate_jobs "
            "WHERE task_name = 'vidai.call'"
        ).fetchall()
    # the dead-air detection and the transcription both ran on workers
    assert rows and all(status == "succeeded" for status, _, _ in rows), rows
    # (and the upload was checked by content there too: jobs/upload_job.py)
    assert {fn.rsplit(":", 1)[1] for _, fn, _ in rows} == {"check_job", "content_job", "transcribe_job"}, rows
    # told the clip's storage key (the worker reads the store itself), not a path of the API's machine
    speech = [r for r in rows if not r[1].endswith(":check_job")]
    assert all(source.startswith("key:media/") for _, _, source in speech), rows
    # the upload's preview proxy was made by a worker too, whole
    media_id = shared_user.state(sid)["draft"]["t"][0]["sg"][0]["src"]
    proxy = proxy_path(cluster.engine.data_dir, media_id)
    deadline = time.monotonic() + 60
    with psycopg.connect(conninfo(cluster.database_url), autocommit=True) as conn:
        while time.monotonic() < deadline:
            job = conn.execute(
                "SELECT status::text FROM procrastinate_jobs WHERE lock = %s", (f"proxy_{media_id}",)
            ).fetchall()
            if job != [("todo",)] and job != [("doing",)]:
                break
            time.sleep(0.2)
    assert job == [("succeeded",)]
    assert media.probe(proxy).duration > 3
