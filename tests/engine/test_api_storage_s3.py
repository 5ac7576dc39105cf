"""An engine whose storage is a real S3 server (SeaweedFS on loopback): the protocol flow end to end,
uploads streamed into S3 (no local copy, bounded memory), outputs published only whole, downloads as
redirects to presigned links (or proxied with Range), and object names that cannot escape."""

from __future__ import annotations

import contextlib
import re
import secrets
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from tests import media
from tests.conftest import EngineProcess, start_engine, stop_engine
from tests.engine.conftest import APP, User, new_user
from tests.engine.test_api_upload_big import peak_rss_kb, settled_rss_kb
from tests.services.seaweed import Seaweed
from vidai_nb.client import NemoClient
from vidai_nb.client.config import ClientConfig
from vidai_nb.engine.storage.s3 import S3Storage

MB = 1024 * 1024
LIMIT = 100 * MB


@pytest.fixture(scope="module")
def prefix() -> str:
    return f"eng-{secrets.token_hex(4)}"


@pytest.fixture(scope="module")
def bucket(seaweed: Seaweed, prefix: str) -> S3Storage:
    s = seaweed.storage(prefix)
    assert isinstance(s, S3Storage)
    return s


@pytest.fixture(scope="module")
def s3_engine(
    seaweed: Seaweed, prefix: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[EngineProcess]:
    eng = start_engine(tmp_path_factory.mktemp("s3-engine"),
                       {**seaweed.env(prefix), "VIDAI_MAX_UPLOAD_BYTES": str(LIMIT)})
    yield eng
    stop_engine(eng)


@pytest.fixture
def s3_user(s3_engine: EngineProcess) -> Iterator[User]:
    u = new_user(s3_engine.url)
    yield u
    u.http.close()


def local_files(engine: EngineProcess, folder: str) -> list[Path]:
    root = engine.data_dir / folder
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.is_dir() else []


def in_flight_uploads(store: S3Storage) -> list[str]:
    out = store.client.list_multipart_uploads(Bucket=store.bucket, Prefix=store.prefix + "/")
    return [u["Key"] for u in out.get("Uploads", [])]


def test_protocol_flow_upload_edit_export_download(
    s3_engine: EngineProcess, bucket: S3Storage, clip: Path, tmp_path: Path
) -> None:
    client = NemoClient(ClientConfig.from_env(api_url=s3_engine.url, config_dir=tmp_path / "cfg"))
    try:
        sid = client.create_session("s3 flow").session_id
        [up] = client.upload(sid, [clip])
        keys = list(bucket.keys("media/"))
        assert len(keys) == 1 and keys[0].startswith("media/") and keys[0].endswith(".mp4")
        assert bucket.size(keys[0]) == clip.stat().st_size
        assert local_files(s3_engine, "media") == [], "the API node kept a local copy of the upload"
        reply = client.handle(sid, "cut the first 2 seconds")
        assert "2" in reply.text
        result = client.export(sid, download_to=tmp_path / "out.mp4")
        assert result.path is not None
        out = media.probe(Path(result.path))
        assert abs(out.duration - 4.0) < 0.3, out
        assert out.video["codec"] == "h264" and out.first("audio") is not None
        renders = list(bucket.keys("renders/"))
        assert len(renders) == 1 and bucket.size(renders[0]) == Path(result.path).stat().st_size
        assert local_files(s3_engine, "renders") == [], "the render stayed on the worker's disk"
        state = client.state(sid)
        cdn = state.video_infos[0]["cdn_url"]
        assert cdn and up.raw["media_id"] == state.video_infos[0]["media_id"]
    finally:
        client.close()
    # The links are the engine's (signed, revocable); the engine redirects to a presigned store URL.
    r = httpx.get(cdn, follow_redirects=False)
    assert r.status_code == 307
    target = r.headers["location"]
    assert urlsplit(target).netloc == urlsplit(bucket.client.meta.endpoint_url).netloc
    assert "Bearer" not in target and "sig=" not in target
    part = httpx.get(target, headers={"Range": "bytes=0-99"})
    assert part.status_code == 206 and part.content == clip.read_bytes()[:100]
    head = httpx.head(cdn)  # a presigned GET link does not answer HEAD: the engine does
    assert head.status_code == 200 and int(head.headers["content-length"]) == clip.stat().st_size


def big_video(path: Path) -> Path:
    """~13 MB in 4 s (noise at top quality): more than one 8 MB part."""
    media.run_ffmpeg("-f", "lavfi", "-i", "testsrc2=d=4:s=320x240:r=25", "-f", "lavfi", "-i", "sine=d=4",
                     "-vf", "noise=alls=100:allf=t", "-c:v", "mpeg4", "-q:v", "1", "-c:a", "aac",
                     "-shortest", str(path))
    return path


def test_multipart_upload_and_direct_upload_land_whole(
    s3_engine: EngineProcess, s3_user: User, bucket: S3Storage, tmp_path: Path
) -> None:
    big = big_video(tmp_path / "noisy clip.mp4")
    assert big.stat().st_size > 9 * MB
    sid = s3_user.new_session()
    r = s3_user.upload(sid, ("noisy clip.mp4", big))
    assert r.status_code == 200, r.text
    [info] = r.json()["data"]["files"]
    assert info["file_type"] == "video" and abs(info["duration"] - 4.0) < 0.2
    # the browser's direct upload: raw bytes to a signed link, into S3 the same way
    link = s3_user.post(f"/api/upload-url/{APP}/me/{sid}", json={"filename": "again.mp4",
                                                                  "size": big.stat().st_size})
    assert link.status_code == 200, link.text
    r2 = httpx.post(link.json()["data"]["url"], content=big.read_bytes(), timeout=120)
    assert r2.status_code == 200, r2.text
    sizes = {bucket.size(k) for k in bucket.keys(f"media/{s3_user.user_id}/")}
    assert sizes == {big.stat().st_size}
    stored = b"".join(bucket.open(next(iter(bucket.keys(f"media/{s3_user.user_id}/")))))
    assert stored == big.read_bytes()
    assert in_flight_uploads(bucket) == []
    assert local_files(s3_engine, "media") == []


def test_streamed_upload_past_the_limit_has_bounded_memory_and_leaves_nothing(
    s3_engine: EngineProcess, s3_user: User, bucket: S3Storage
) -> None:
    sid = s3_user.new_session()
    before = list(bucket.keys("media/"))
    pid = s3_engine.process.pid
    base = settled_rss_kb(pid)
    sent = [0]
    chunk = secrets.token_bytes(MB)  # not compressible, not all zeros

    def body() -> Iterator[bytes]:
        yield (b'--b\r\nContent-Disposition: form-data; name="files"; filename="huge.mp4"\r\n'
               b"Content-Type: video/mp4\r\n\r\n")
        for _ in range(160):  # 160 MB; the engine must stop after LIMIT (100 MB)
            sent[0] += MB
            yield chunk
        yield b"\r\n--b--\r\n"

    with peak_rss_kb(pid, base) as peak:
        try:
            r: httpx.Response | None = s3_user.http.post(
                f"{s3_engine.url}/api/upload-video/{APP}/me/{sid}", content=body(), timeout=300,
                headers={**s3_user.headers, "Content-Type": "multipart/form-data; boundary=b"})
        except httpx.TransportError:
            r = None
    grew_mb = (peak[0] - base) / 1024
    print(f"sent {sent[0] // MB} MB; engine RSS {base // 1024} MB, grew {grew_mb:.1f} MB")
    assert r is not None and r.json()["code"] == 4002
    assert LIMIT <= sent[0] < LIMIT + 40 * MB
    assert grew_mb < 50, f"RSS grew by {grew_mb:.0f} MB"
    assert list(bucket.keys("media/")) == before  # nothing published
    assert in_flight_uploads(bucket) == []  # and the parts sent so far were freed
    assert local_files(s3_engine, "media") == []


def test_refused_content_and_odd_names_leave_no_object(
    s3_engine: EngineProcess, s3_user: User, bucket: S3Storage, clip: Path
) -> None:
    sid = s3_user.new_session()
    r = s3_user.upload(sid, ("notes.mp4", b"this is text, not a video" * 100))
    assert r.json()["code"] == 4001
    assert "notes.mp4" in r.json()["message"]
    assert list(bucket.keys(f"media/{s3_user.user_id}/")) == []
    for name in ("../../../etc/passwd.mp4", "..\\..\\x.mp4", "%2e%2e%2fescape.mp4", "/abs/clip.mp4"):
        r = s3_user.upload(sid, (name, clip))
        assert r.status_code == 200, r.text
    keys = list(bucket.keys(""))  # everything in this engine's prefix
    mine = [k for k in keys if s3_user.user_id in k]
    assert len(mine) == 4
    assert all(re.fullmatch(rf"media/{s3_user.user_id}/up_[0-9a-f]+\.mp4", k) for k in mine), mine
    names = [v["filename"] for v in s3_user.state(sid)["video_infos"]]
    assert all("/" not in n and "\\" not in n for n in names), names


def _submit(user: User, sid: str, rid: str, output: dict[str, Any] | None = None) -> None:
    r = user.post("/api/render/proxy/lambda", json={"id": rid, "sessionId": sid,
                                                    "output": output or {"format": "mp4"}})
    assert r.status_code == 200, r.text


def test_no_partial_output_is_ever_visible(
    s3_engine: EngineProcess, s3_user: User, bucket: S3Storage, clip: Path
) -> None:
    sid = s3_user.new_session()
    assert s3_user.upload(sid, ("clip.mp4", clip)).status_code == 200
    rid = f"r-{secrets.token_hex(6)}"
    key = f"renders/{s3_user.user_id}/{rid}.mp4"
    _submit(s3_user, sid, rid)
    seen: list[tuple[str, int | None, int]] = []  # (status, object size or None, download status)
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        # the download first, the status after: a download served while the status read after it is
        # not yet "completed" would be a partial file (the other order races with the completion)
        dl = s3_user.get(f"/api/render/proxy/{rid}/download", follow_redirects=False).status_code
        size = bucket.size(key) if bucket.exists(key) else None
        status = s3_user.get(f"/api/render/proxy/lambda/{rid}").json()["data"]["status"]
        seen.append((status, size, dl))
        if status in ("completed", "failed"):
            break
        time.sleep(0.05)
    assert seen[-1][0] == "completed", seen[-1]
    final = bucket.size(key)
    assert any(s[0] in ("pending", "processing") for s in seen)
    assert all(size in (None, final) for _, size, _ in seen), "a partial object was visible"
    assert all(dl == 409 for st, _, dl in seen if st != "completed"), "served before completion"
    assert s3_user.get(f"/api/render/proxy/{rid}/download", follow_redirects=False).status_code == 307
    assert in_flight_uploads(bucket) == []


def test_cancelled_render_leaves_no_object(
    s3_engine: EngineProcess, s3_user: User, bucket: S3Storage, tmp_path: Path
) -> None:
    long_clip = media.make_video(tmp_path / "long.mp4", seconds=30)
    sid = s3_user.new_session()
    assert s3_user.upload(sid, ("long.mp4", long_clip)).status_code == 200
    rid = f"r-{secrets.token_hex(6)}"
    _submit(s3_user, sid, rid, {"format": "mp4", "resolution": "1080p"})
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if s3_user.get(f"/api/render/proxy/lambda/{rid}").json()["data"]["status"] == "processing":
            break
        time.sleep(0.05)
    r = s3_user.post(f"/api/render/proxy/lambda/{rid}/cancel")
    assert r.json()["data"]["status"] == "failed" and r.json()["data"]["cancelled"]
    assert list(bucket.keys(f"renders/{s3_user.user_id}/")) == []
    assert in_flight_uploads(bucket) == []
    assert local_files(s3_engine, f"renders/{s3_user.user_id}") == []


def test_proxied_downloads_keep_range(
    seaweed: Seaweed, prefix: str, clip: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """VIDAI_STORAGE_DOWNLOADS=proxy: where clients cannot reach the store, the engine streams it."""
    eng = start_engine(tmp_path_factory.mktemp("s3-proxy-engine"),
                       {**seaweed.env(prefix + "-proxy"), "VIDAI_STORAGE_DOWNLOADS": "proxy"})
    try:
        u = new_user(eng.url)
        sid = u.new_session()
        assert u.upload(sid, ("clip.mp4", clip)).status_code == 200
        cdn = u.state(sid)["video_infos"][0]["cdn_url"]
        whole = httpx.get(cdn, follow_redirects=False)
        assert whole.status_code == 200 and whole.content == clip.read_bytes()
        assert whole.headers["content-type"] == "video/mp4"
        part = httpx.get(cdn, headers={"Range": "bytes=1000-1999"}, follow_redirects=False)
        assert part.status_code == 206 and part.content == clip.read_bytes()[1000:2000]
        assert part.headers["content-range"] == f"bytes 1000-1999/{clip.stat().st_size}"
        tail = httpx.get(cdn, headers={"Range": "bytes=-10"})
        assert tail.status_code == 206 and tail.content == clip.read_bytes()[-10:]
        past = httpx.get(cdn, headers={"Range": f"bytes={clip.stat().st_size + 5}-"})
        assert past.status_code == 416
        with contextlib.suppress(Exception):
            u.http.close()
    finally:
        stop_engine(eng)


def test_speech_analysis_reads_the_clip_from_the_store(
    s3_engine: EngineProcess, s3_user: User, bucket: S3Storage, tmp_path: Path
) -> None:
    """'add subtitles' transcribes a clip that exists only in S3: the process running the analysis
    fetches its own copy into its cache (here the engine's; a worker's in a shared deployment)."""
    speech = media.make_speech(tmp_path / "talk.wav", "Hello there, this is a storage test.")
    talk = tmp_path / "talk.mp4"
    media.run_ffmpeg("-f", "lavfi", "-i", "color=size=64x48:rate=5", "-i", str(speech), "-c:v", "libx264",
                     "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest", str(talk))
    sid = s3_user.new_session()
    assert s3_user.upload(sid, ("talk.mp4", talk)).status_code == 200
    assert local_files(s3_engine, "media") == []
    events = s3_user.turn(sid, "add subtitles")
    assert events[-1]["data"]["turnComplete"] is True
    draft = s3_user.state(sid)["draft"]
    texts = " ".join(s.get("text", "") for t in draft["t"] if t.get("tt") == 7 for s in t.get("sg", []))
    assert "storage" in texts.lower() or "test" in texts.lower(), texts
    cached = [p.relative_to(s3_engine.data_dir / "cache").as_posix() for p in local_files(s3_engine, "cache")]
    assert any(c.startswith(f"media/{s3_user.user_id}/") for c in cached), cached
