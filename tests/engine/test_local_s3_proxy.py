"""A local engine (no PostgreSQL, no workers) on S3 storage makes each uploaded video's preview proxy on
its own job threads: from the stored source, uploaded back whole to the store, and a preview export
renders from it. Real engine, real SeaweedFS, over loopback."""

from __future__ import annotations

import secrets
import time
from pathlib import Path

import pytest

from tests import media
from tests.conftest import start_engine, stop_engine
from tests.engine.conftest import new_user
from tests.engine.test_api_render import RENDER, poll_until_done
from tests.services.seaweed import Seaweed
from vidai_nb.engine.jobs.media_job import proxy_keys
from vidai_nb.engine.storage.s3 import S3Storage

pytestmark = pytest.mark.timeout(600)


def test_local_engine_on_s3_stores_the_proxy_and_previews_use_it(
    seaweed: Seaweed, tmp_path_factory: pytest.TempPathFactory, tmp_path: Path
) -> None:
    prefix = f"proxy-{secrets.token_hex(4)}"
    store = seaweed.storage(prefix)
    assert isinstance(store, S3Storage)
    engine = start_engine(tmp_path_factory.mktemp("s3-local-proxy"), seaweed.env(prefix))
    user = new_user(engine.url)
    try:
        clip = media.make_video(tmp_path / "clip.mp4", seconds=3, size=(640, 480), fps=15)
        sid = user.new_session()
        r = user.upload(sid, ("clip.mp4", clip))
        assert r.status_code == 200, r.text
        [f] = r.json()["data"]["files"]
        picture, sound = proxy_keys(f["media_id"])

        deadline = time.monotonic() + 120
        while not store.exists(picture) and time.monotonic() < deadline:
            time.sleep(0.3)
        log = engine.data_dir / "engine-test.log"
        assert store.exists(picture), log.read_text(errors="replace")[-3000:]
        facts = media.probe(store.fetch(picture, tmp_path / "proxy.mp4"))
        assert facts.video["height"] == 360 and 2.5 < facts.duration < 3.5
        assert store.exists(sound)  # the clip has a tone: its sound proxy is stored beside it
        # made in scratch and uploaded: nothing of it left in the engine's own proxies folder but links
        assert not [p for p in (engine.data_dir / "tmp").rglob("*") if p.is_file() and "proxy" in p.name]

        rid = f"render_{secrets.token_hex(8)}"
        preview = {"format": "mp4", "preview": True}
        r = user.post(RENDER, json={"id": rid, "sessionId": sid, "output": preview})
        assert r.status_code == 200, r.text
        assert poll_until_done(user, rid)["data"]["status"] == "completed"
        assert (engine.data_dir / "cache" / picture).is_file()  # the preview fetched the stored proxy
        got = user.get(f"/api/render/proxy/{rid}/download", follow_redirects=True)  # S3: a presigned link
        assert got.status_code == 200
        (tmp_path / "preview.mp4").write_bytes(got.content)
        assert media.probe(tmp_path / "preview.mp4").video["height"] == 360
    finally:
        user.http.close()
        stop_engine(engine)
