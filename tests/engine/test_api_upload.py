"""Upload: multipart and URL, type by content (4001), size (4002), filenames, ownership, Range on cdn_url."""

from __future__ import annotations

import hashlib
import http.server
import threading
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import httpx
import pytest

from tests import media
from tests.conftest import EngineProcess
from tests.engine.conftest import APP, User, media_files, new_user


def test_upload_video_fields_and_state(user: User, clip: Path) -> None:
    sid = user.new_session()
    r = user.upload(sid, ("clip.mp4", clip))
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["code"] == 0
    assert body["data"]["session_state_applied"] is True
    f = body["data"]["files"][0]
    assert f["file_type"] == "video"
    assert f["filename"] == "clip.mp4"
    assert abs(f["duration"] - 6.0) < 0.2
    assert (f["width"], f["height"]) == (320, 240)
    assert f["fps"] == 25.0
    assert f["hash"] == hashlib.sha256(clip.read_bytes()).hexdigest()
    assert f["cdn_url"].startswith(user.url)
    st = user.state(sid)
    assert [v["media_id"] for v in st["video_infos"]] == [f["media_id"]]
    assert st["video_infos"][0]["has_audio"] is True
    # the first video becomes the main video track, as a new version
    video = [t for t in st["draft"]["t"] if t["tt"] == 0]
    assert len(video) == 1
    seg = video[0]["sg"][0]
    assert seg["src"] == f["media_id"]
    assert seg["start"] == 0 and abs(seg["d"] - 6000) < 200 and seg["in"] == 0
    assert st["draft"]["d"] == seg["d"]
    assert st["draft_version"] == 2
    assert [v["version"] for v in st["versions"]] == [1, 2]
    assert st["canvas_config"]["width"] == 320 and st["canvas_config"]["aspect_ratio"] == "4:3"


def test_a_4k_first_clip_gives_a_1080p_canvas(user: User, tmp_path: Path) -> None:
    # a phone's 4K clip edits and exports as 1080p by default (short side capped; shape kept)
    big = media.make_video(tmp_path / "phone.mp4", seconds=1, size=(3840, 2160), fps=5, audio=False)
    sid = user.new_session()
    r = user.upload(sid, ("phone.mp4", big))
    assert r.status_code == 200, r.text
    assert (r.json()["data"]["files"][0]["width"], r.json()["data"]["files"][0]["height"]) == (3840, 2160)
    st = user.state(sid)
    assert (st["draft"]["m"]["width"], st["draft"]["m"]["height"]) == (1920, 1080)
    assert st["canvas_config"]["aspect_ratio"] == "16:9"


def test_second_video_does_not_replace_the_track(user: User, clip: Path, clip2: Path, music: Path) -> None:
    sid = user.new_session()
    assert user.upload(sid, ("a.mp4", clip)).status_code == 200
    r = user.upload(sid, ("b.mp4", clip2), ("music.mp3", music))
    assert r.status_code == 200, r.text
    kinds = [f["file_type"] for f in r.json()["data"]["files"]]
    assert kinds == ["video", "audio"]
    st = user.state(sid)
    assert len(st["video_infos"]) == 3
    assert st["draft_version"] == 2
    assert st["draft"]["t"][0]["sg"][0]["name"] == "a.mp4"


def test_image_and_audio_only_do_not_seed_the_draft(user: User, picture: Path, music: Path) -> None:
    sid = user.new_session()
    r = user.upload(sid, ("logo.png", picture), ("m.mp3", music))
    assert [f["file_type"] for f in r.json()["data"]["files"]] == ["image", "audio"]
    st = user.state(sid)
    assert st["draft"]["t"] == [] and st["draft_version"] == 1


def test_an_uploaded_sound_file_gets_its_48khz_copy_for_previews(engine: EngineProcess, user: User,
                                                                  music: Path) -> None:
    import time

    sid = user.new_session()
    r = user.upload(sid, ("song.mp3", music))
    assert r.status_code == 200, r.text
    mid = r.json()["data"]["files"][0]["media_id"]
    made = engine.data_dir / "proxies" / f"{mid}.music.wav"  # render/preview.py: music_proxy_path
    deadline = time.monotonic() + 60  # made in the background
    while not made.is_file() and time.monotonic() < deadline:
        time.sleep(0.1)
    p = media.probe(made)
    assert p.audio is not None and p.audio["sample_rate"] == 48000
    assert abs(p.duration - media.probe(music).duration) <= 0.05


def test_wrong_type_is_4001(engine: EngineProcess, user: User) -> None:
    sid = user.new_session()
    before = media_files(engine)
    r = user.upload(sid, ("notes.txt", b"hello, not a video"))
    assert (r.status_code, r.json()["code"]) == (415, 4001)
    assert "mp4" in r.json()["message"]  # lists the accepted formats
    assert media_files(engine) == before
    assert user.state(sid)["video_infos"] == []


def test_corrupt_content_with_video_extension_is_4001(engine: EngineProcess, user: User, clip: Path) -> None:
    sid = user.new_session()
    before = media_files(engine)
    r = user.upload(sid, ("fake.mp4", b"this is text pretending to be a video" * 100))
    assert r.json()["code"] == 4001
    truncated = clip.read_bytes()[: clip.stat().st_size // 3]
    r = user.upload(sid, ("cut.mp4", truncated))
    assert r.json()["code"] == 4001, r.text
    # one bad file refuses the whole request, and nothing stays on disk
    r = user.upload(sid, ("good.mp4", clip), ("bad.mov", b"\x00" * 5000))
    assert r.json()["code"] == 4001
    assert "bad.mov" in r.json()["message"]
    assert media_files(engine) == before
    assert user.state(sid)["video_infos"] == []


def test_size_limit_is_4002_and_deletes_partial(limited_engine: EngineProcess, clip: Path) -> None:
    u = new_user(limited_engine.url)
    sid = u.new_session()
    before = media_files(limited_engine)
    big = clip.read_bytes() + b"\x00" * (300 * 1024)
    r = u.upload(sid, ("big.mp4", big))
    assert (r.status_code, r.json()["code"]) == (413, 4002)
    assert "limit" in r.json()["message"]
    assert media_files(limited_engine) == before
    small = media.make_video(limited_engine.data_dir.parent / "small.mp4", seconds=1)
    assert u.upload(sid, ("small.mp4", small)).status_code == 200


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("../../../etc/passwd.mp4", "passwd.mp4"),
        ("..\\..\\windows\\evil.mp4", "evil.mp4"),
        ("nul\x00byte.mp4", "nulbyte.mp4"),
        ("视频 片段 🎬.mp4", "视频 片段 🎬.mp4"),
    ],
)
def test_hostile_and_unicode_filenames(
    engine: EngineProcess, user: User, clip: Path, raw: str, expected: str
) -> None:
    sid = user.new_session()
    r = user.upload(sid, (raw, clip))
    assert r.status_code == 200, r.text
    f = r.json()["data"]["files"][0]
    assert f["filename"] == expected
    # stored under a generated id inside the media folder, never under the client's name
    stored = [p for p in media_files(engine) if p.name.startswith("up_")]
    assert stored and all(p.resolve().is_relative_to((engine.data_dir / "media").resolve()) for p in stored)
    assert not any("passwd" in p.name or "evil" in p.name for p in stored)
    assert user.state(sid)["video_infos"][0]["filename"] == expected


def test_raw_nul_and_quotes_in_multipart_header(user: User, clip: Path) -> None:
    """A hand-made body with a raw NUL byte and a path in the file name (no client-side escaping)."""
    sid = user.new_session()
    boundary = "vidaiboundary123"
    body = (
        f"--{boundary}\r\n".encode()
        + b'Content-Disposition: form-data; name="files"; filename="../a\x00b\x07c.mp4"\r\n'
        + b"Content-Type: video/mp4\r\n\r\n"
        + clip.read_bytes()
        + f"\r\n--{boundary}--\r\n".encode()
    )
    r = user.post(
        f"/api/upload-video/{APP}/me/{sid}",
        content=body,
        headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
    )
    assert r.status_code == 200, r.text
    assert r.json()["data"]["files"][0]["filename"] == "abc.mp4"


def test_malformed_multipart_is_refused(engine: EngineProcess, user: User) -> None:
    sid = user.new_session()
    before = media_files(engine)
    body = b'--b\r\nContent-Disposition: form-data; name="files"; filename="x.mp4"\r\n\r\nunterminated'
    r = user.post(
        f"/api/upload-video/{APP}/me/{sid}",
        content=body,
        headers={"Content-Type": "multipart/form-data; boundary=b"},
    )
    assert r.json()["code"] == 4001
    assert media_files(engine) == before
    r = user.post(f"/api/upload-video/{APP}/me/{sid}", content=b"x", headers={"Content-Type": "text/plain"})
    assert r.json()["code"] == 4001


def test_very_long_filename(user: User, clip: Path) -> None:
    sid = user.new_session()
    r = user.upload(sid, ("x" * 5000 + ".mp4", clip))
    assert r.status_code == 200
    name = r.json()["data"]["files"][0]["filename"]
    assert len(name) <= 120 and name.endswith(".mp4")


def test_media_served_to_owner_with_range(user: User, other: User, clip: Path) -> None:
    sid = user.new_session()
    f = user.upload(sid, ("clip.mp4", clip)).json()["data"]["files"][0]
    data = clip.read_bytes()
    # the signed cdn_url works without a header (a <video> tag), with Range
    r = httpx.get(f["cdn_url"], headers={"Range": "bytes=100-199"})
    assert r.status_code == 206
    assert r.headers["content-range"] == f"bytes 100-199/{len(data)}"
    assert r.content == data[100:200]
    # bearer access for the owner; another user gets 404 and no bytes
    path = f"/api/media/{f['media_id']}/file"
    assert user.get(path).content == data
    r = other.get(path)
    assert r.status_code == 404 and r.content != data
    # a tampered signature is refused
    bad = f["cdn_url"].replace("sig=", "sig=0")
    assert httpx.get(bad).status_code == 401


def test_other_users_session_is_1002(user: User, other: User, clip: Path) -> None:
    sid = user.new_session()
    r = other.upload(sid, ("clip.mp4", clip))
    assert (r.status_code, r.json()["code"]) == (404, 1002)
    r = other.get(f"/api/state/{APP}/me/{sid}/latest")
    assert (r.status_code, r.json()["code"]) == (404, 1002)
    assert r.json()["data"] is None
    assert user.state(sid)["video_infos"] == []


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


class _QuietServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # the engine hangs up on purpose when a download passes the size limit


@pytest.fixture(scope="module")
def file_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    root = tmp_path_factory.mktemp("served")
    handler = partial(_QuietHandler, directory=str(root))
    server = _QuietServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", root
    server.shutdown()
    server.server_close()


def test_url_upload_from_http(user: User, clip: Path, file_server: tuple[str, Path]) -> None:
    base, root = file_server
    (root / "remote clip.mp4").write_bytes(clip.read_bytes())
    sid = user.new_session()
    r = user.post(
        f"/api/upload-video/{APP}/me/{sid}",
        json={"urls": [f"{base}/remote%20clip.mp4"], "source_type": "url"},
    )
    assert r.status_code == 200, r.text
    f = r.json()["data"]["files"][0]
    assert f["filename"] == "remote clip.mp4"
    assert f["hash"] == hashlib.sha256(clip.read_bytes()).hexdigest()
    assert user.state(sid)["draft"]["t"][0]["sg"][0]["src"] == f["media_id"]


def test_url_upload_refuses_other_schemes(
    engine: EngineProcess, user: User, clip: Path, file_server: tuple[str, Path]
) -> None:
    sid = user.new_session()
    for url in (f"file://{clip}", "ftp://example.com/a.mp4", "gopher://x/a.mp4", "/etc/passwd"):
        r = user.post(f"/api/upload-video/{APP}/me/{sid}", json={"urls": [url]})
        assert r.json()["code"] == 4001, url
        assert "http" in r.json()["message"]
    base, root = file_server
    (root / "notes.mp4").write_text("not a video")
    r = user.post(f"/api/upload-video/{APP}/me/{sid}", json={"urls": [f"{base}/notes.mp4"]})
    assert r.json()["code"] == 4001
    r = user.post(f"/api/upload-video/{APP}/me/{sid}", json={"urls": ["http://x/" + "a" * 400_000]})
    assert r.status_code == 422 and "too large" in r.json()["message"]
    r = user.post(f"/api/upload-video/{APP}/me/{sid}", json={"urls": []})
    assert r.status_code == 422
    r = user.post(f"/api/upload-video/{APP}/me/{sid}", json={"urls": [f"{base}/missing.mp4"]})
    assert r.json()["code"] == 4001 and "404" in r.json()["message"]
    assert user.state(sid)["video_infos"] == []


def test_url_upload_size_limit(limited_engine: EngineProcess, file_server: tuple[str, Path]) -> None:
    base, root = file_server
    (root / "big.mp4").write_bytes(b"\x00" * (400 * 1024))
    u = new_user(limited_engine.url)
    sid = u.new_session()
    before = media_files(limited_engine)
    r = u.post(f"/api/upload-video/{APP}/me/{sid}", json={"urls": [f"{base}/big.mp4"]})
    assert r.json()["code"] == 4002
    assert media_files(limited_engine) == before


def test_concurrent_uploads_seed_one_video_track(engine_url: str, user: User, clip: Path) -> None:
    sid = user.new_session()
    codes: list[int] = []

    def upload() -> None:
        # same user, separate connections (a recovered token each)
        u = new_user(engine_url, client_id=user.client_id)
        codes.append(u.upload(sid, ("c.mp4", clip)).status_code)
        u.http.close()

    threads = [threading.Thread(target=upload) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert codes == [200] * 4
    st = user.state(sid)
    assert len(st["video_infos"]) == 4
    assert [t["tt"] for t in st["draft"]["t"]] == [0] and len(st["draft"]["t"][0]["sg"]) == 1
    assert st["draft_version"] == 2
