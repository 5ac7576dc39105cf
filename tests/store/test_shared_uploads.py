"""Uploads on the shared deployment (`./dev cluster`, S3 storage): the API processes only stream bytes into
the store; checking the files, encoding an image sequence and fetching a URL run as worker jobs, and a
worker makes each video's preview proxy from the store and uploads it back, where previews find it."""

from __future__ import annotations

import time
import uuid
from pathlib import Path

import psycopg
import pytest

from tests import media
from tests.engine.test_api_render import RENDER, poll_until_done
from tests.services.cluster import Cluster
from tests.store.conftest import add_students, student
from vidai_nb.engine.jobs.media_job import proxy_keys
from vidai_nb.engine.jobs.pg import conninfo
from vidai_nb.engine.storage.s3 import S3Storage


def jobs_of(cluster: Cluster, fn: str) -> list[tuple[str, str]]:
    """(status, lock) of every queue job that ran `fn` ("module:function")."""
    with psycopg.connect(conninfo(cluster.dsn)) as conn:
        rows = conn.execute(
            "SELECT status::text, lock FROM procrastinate_jobs WHERE args->>'fn' = %s ORDER BY id", (fn,)
        ).fetchall()
    return [(str(a), str(b)) for a, b in rows]


def media_of(cluster: Cluster, sid: str) -> list[tuple[str, str, str]]:
    """(id, file type, key) of a session's media, oldest first."""
    with psycopg.connect(conninfo(cluster.dsn)) as conn:
        rows = conn.execute(
            "SELECT id, file_type, rel_path FROM media WHERE session_id = %s ORDER BY created_at, id", (sid,)
        ).fetchall()
    return [(str(a), str(b), str(c)) for a, b, c in rows]


@pytest.fixture(scope="module")
def store(cluster: Cluster) -> S3Storage:
    assert cluster.seaweed is not None
    s = cluster.seaweed.storage()
    assert isinstance(s, S3Storage)
    return s


def test_upload_steps_run_on_workers_and_previews_use_a_stored_proxy(
    cluster: Cluster, store: S3Storage, tmp_path: Path
) -> None:
    token = add_students(cluster.dsn, [f"up-{uuid.uuid4().hex[:6]}"], credits=5).popitem()[1]
    user = student(cluster.url, token)
    clip = media.make_video(tmp_path / "clip.mp4", seconds=3, size=(640, 480), fps=15)
    checks_before = len(jobs_of(cluster, "vidai_nb.engine.jobs.upload_job:check_job"))
    sid = user.new_session("uploads on workers")
    r = user.upload(sid, ("clip.mp4", clip))
    assert r.status_code == 200, r.text
    [f] = r.json()["data"]["files"]  # the protocol's answer, as from a local engine
    assert (f["file_type"], f["width"], f["height"]) == ("video", 640, 480) and 2.5 < f["duration"] < 3.5
    checks = jobs_of(cluster, "vidai_nb.engine.jobs.upload_job:check_job")
    assert len(checks) == checks_before + 1 and checks[-1][0] == "succeeded"  # probed by a worker
    [(mid, _kind, _key)] = media_of(cluster, sid)
    picture, _sound = proxy_keys(mid)

    # the proxy: made by a worker from the S3 source, uploaded back whole
    deadline = time.monotonic() + 120
    while not store.exists(picture) and time.monotonic() < deadline:
        time.sleep(0.3)
    made = jobs_of(cluster, "vidai_nb.engine.jobs.media_job:stored_proxy_job")
    assert store.exists(picture), made
    proxy = store.fetch(picture, tmp_path / "proxy.mp4")
    facts = media.probe(proxy)
    assert facts.video["height"] == 360 and 2.5 < facts.duration < 3.5

    # a preview export (the Studio's) renders from it: the worker fetched the proxy into its cache
    rid = f"render_{uuid.uuid4().hex}"
    r = user.post(RENDER, json={"id": rid, "sessionId": sid, "output": {"format": "mp4", "preview": True}})
    assert r.status_code == 200, r.text
    assert poll_until_done(user, rid)["data"]["status"] == "completed"
    assert (cluster.folder / "data" / "cache" / picture).is_file()
    got = user.get(f"/api/render/proxy/{rid}/download")
    assert got.status_code == 200
    (tmp_path / "preview.mp4").write_bytes(got.content)
    assert media.probe(tmp_path / "preview.mp4").video["height"] == 360

    # numbered stills become a clip, encoded on a worker and stored
    stills = [media.make_image(tmp_path / f"img_{i:04d}.png", size=(64, 48), color=c)
              for i, c in enumerate(["red", "green", "blue"] * 4, start=1)]  # MIN_FRAMES is 10
    r = user.upload(sid, *[(p.name, p) for p in stills])
    assert r.status_code == 200, r.text
    kinds = [f["file_type"] for f in r.json()["data"]["files"]]
    assert kinds == ["image"] * 12 + ["video"]
    assert jobs_of(cluster, "vidai_nb.engine.jobs.upload_job:sequence_job")[-1][0] == "succeeded"
    clip_key = media_of(cluster, sid)[-1][2]
    store.fetch(clip_key, tmp_path / "seq.mp4")
    assert media.probe(tmp_path / "seq.mp4").video["width"] == 64

    # a URL is fetched by a worker: a refused one comes back with its code, and nothing is kept
    before = set(store.keys("media/"))
    r = user.post(f"/api/upload-video/nemo_agent/me/{sid}", json={"urls": ["http://10.255.255.1/x.mp4"]})
    assert r.status_code == 415 and r.json()["code"] == 4001, r.text
    assert "local or private" in r.json()["message"]
    assert jobs_of(cluster, "vidai_nb.engine.jobs.upload_job:fetch_job")[-1][0] == "succeeded"
    assert set(store.keys("media/")) == before
    user.http.close()
