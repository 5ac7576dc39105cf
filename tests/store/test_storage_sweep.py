"""The orphan sweep on the shared deployment's S3 store: what processes that died mid-upload or
mid-publish left (an unfinished multipart upload, an output no row names) goes once older than the
grace; every object a row names, and everything younger than the grace, stays."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import create_engine

from tests import media
from tests.services.cluster import Cluster
from tests.store.conftest import add_students, all_logs, student
from tests.store.test_shared_uploads import media_of
from vidai_nb.engine.jobs.media_job import proxy_keys
from vidai_nb.engine.storage.s3 import S3Storage
from vidai_nb.engine.storage.sweep import sweep


def crash_while_storing(cluster: Cluster, key: str, publish: bool) -> None:
    """A process that dies (os._exit, no clean-up) while storing `key`: mid multipart upload (one 8 MB
    part sent), or just after publishing it, before any database row could name it."""
    assert cluster.seaweed is not None
    code = textwrap.dedent(f"""
        import os
        from vidai_nb.engine.storage import open_storage
        from pathlib import Path
        store = open_storage(os.environ["VIDAI_STORAGE_URL"], Path("."))
        w = store.writer({key!r})
        w.write(os.urandom(9 * 1024 * 1024))  # past one part: the multipart upload has begun
        if {publish!r}:
            w.publish()
        os._exit(9)
    """)
    env = {**cluster.env, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, timeout=120)
    assert done.returncode == 9, done.stderr


def test_sweep_removes_what_crashes_left_and_nothing_live(cluster: Cluster, tmp_path: Path) -> None:
    assert cluster.seaweed is not None
    store = cluster.seaweed.storage()
    assert isinstance(store, S3Storage)
    db = create_engine(cluster.dsn)
    deadline = time.monotonic() + 120  # the workers sweep at start-up, and say so
    while "storage sweep" not in all_logs(cluster) and time.monotonic() < deadline:
        time.sleep(0.5)
    assert "storage sweep" in all_logs(cluster)

    # live things: an upload recorded as media (and its proxy, made by a worker)
    token = add_students(cluster.dsn, [f"sw-{uuid.uuid4().hex[:6]}"], credits=5).popitem()[1]
    user = student(cluster.url, token)
    sid = user.new_session("sweep")
    clip = media.make_video(tmp_path / "clip.mp4", seconds=2, size=(160, 120), fps=10)
    assert user.upload(sid, ("clip.mp4", clip)).status_code == 200
    [(mid, _kind, live_key)] = media_of(cluster, sid)
    picture, _sound = proxy_keys(mid)
    deadline = time.monotonic() + 120
    while not store.exists(picture) and time.monotonic() < deadline:
        time.sleep(0.3)
    assert store.exists(picture)

    # what crashes leave: an upload cut off mid-way, a render output published but never recorded
    cut = f"media/u_crash/up_{uuid.uuid4().hex[:8]}.mp4"
    orphan = f"renders/u_crash/render_{uuid.uuid4().hex[:8]}.mp4"
    crash_while_storing(cluster, cut, publish=False)
    crash_while_storing(cluster, orphan, publish=True)
    assert cut in [k for k, _u, _t in store.uploads_in_flight()]
    assert store.exists(orphan) and not store.exists(cut)

    # younger than the grace: nothing is touched (it could be an upload still arriving)
    young = sweep(store, db, grace_s=3600)
    assert cut not in young.uploads and orphan not in young.objects
    assert store.exists(orphan) and cut in [k for k, _u, _t in store.uploads_in_flight()]

    # later (the clock moved past the grace): the leftovers go, every object a row names stays
    later = datetime.now(UTC) + timedelta(hours=2)
    swept = sweep(store, db, grace_s=3600, now=later)
    assert cut in swept.uploads and orphan in swept.objects
    assert cut not in [k for k, _u, _t in store.uploads_in_flight()] and not store.exists(orphan)
    assert store.exists(live_key) and store.exists(picture)
    assert live_key not in swept.objects and not any(mid in key for key in swept.objects)
    r = user.get(f"/api/state/nemo_agent/me/{sid}/latest")
    assert r.status_code == 200  # the session still reads whole
    user.http.close()
