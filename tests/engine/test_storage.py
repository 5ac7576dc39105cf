"""The storage contract, on both stores: a folder and a real S3 server (SeaweedFS on loopback)."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.services.seaweed import Seaweed
from vidai_nb.engine.storage import BadKey, LocalStorage, NotFound, Storage, check_key, open_storage
from vidai_nb.engine.storage.s3 import S3Storage


@pytest.fixture(params=["local", "s3"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Storage]:
    if request.param == "local":
        yield LocalStorage(tmp_path / "root")
    else:
        sw: Seaweed = request.getfixturevalue("seaweed")
        s = sw.storage(f"t-{secrets.token_hex(4)}")
        assert isinstance(s, S3Storage)
        s.part_bytes = 5 * 1024 * 1024  # S3's smallest part: a 12 MB object takes three
        yield s


@pytest.mark.parametrize(
    "key",
    ["../etc/passwd", "media/../../x", "/abs/path", "media//x", "media/.hidden", "a\\b", "media/x\x00y",
     "", "media/./x", "media/x/", "..", "media/%2e%2e/x", "media/x y.mp4"],
)
def test_traversal_and_odd_names_are_refused(key: str, tmp_path: Path) -> None:
    with pytest.raises(BadKey):
        check_key(key)
    local = LocalStorage(tmp_path)
    for call in (lambda: local.writer(key), lambda: local.exists(key), lambda: local.delete(key),
                 lambda: local.read_range(key, 0, 1)):
        with pytest.raises(BadKey):
            call()
    assert list(tmp_path.iterdir()) == []


def test_s3_refuses_the_same_names(seaweed: Seaweed) -> None:
    s3 = seaweed.storage("x")
    assert isinstance(s3, S3Storage)
    for key in ("../x", "media/../y", "/z"):
        with pytest.raises(BadKey):
            s3.writer(key)
        with pytest.raises(BadKey):
            s3.presign(key, 60)


def test_stream_write_is_invisible_until_published(store: Storage) -> None:
    data = secrets.token_bytes(12 * 1024 * 1024 + 123)
    with store.writer("renders/u1/r1.mp4") as w:
        for i in range(0, len(data), 1_000_000):
            w.write(data[i : i + 1_000_000])
            assert not store.exists("renders/u1/r1.mp4"), "a partial object was visible"
        w.publish()
    assert store.size("renders/u1/r1.mp4") == len(data)
    assert store.read_range("renders/u1/r1.mp4", 5, 25) == data[5:25]
    assert store.read_range("renders/u1/r1.mp4", len(data) - 3, len(data) + 100) == data[-3:]
    assert b"".join(store.open("renders/u1/r1.mp4", 1000, 3_000_000)) == data[1000:3_000_000]
    assert b"".join(store.open("renders/u1/r1.mp4")) == data
    assert list(store.keys("renders/")) == ["renders/u1/r1.mp4"]


def test_abort_and_exceptions_leave_nothing(store: Storage) -> None:
    w = store.writer("media/u1/a.mp4")
    w.write(b"x" * (6 * 1024 * 1024))
    w.abort()
    with pytest.raises(RuntimeError), store.writer("media/u1/b.mp4") as w2:
        w2.write(b"y" * 100)
        raise RuntimeError("the client hung up")
    with store.writer("media/u1/c.mp4") as w3:  # leaving the block without publish drops it too
        w3.write(b"z")
    assert list(store.keys("media/")) == []
    assert not store.exists("media/u1/a.mp4")
    with pytest.raises(NotFound):
        store.size("media/u1/b.mp4")
    if isinstance(store, LocalStorage):
        assert [p for p in store.root.rglob("*") if p.is_file()] == []


def test_put_file_fetch_delete(store: Storage, tmp_path: Path) -> None:
    src = tmp_path / "out.mp4"
    src.write_bytes(secrets.token_bytes(9 * 1024 * 1024))
    store.put_file("renders/u2/r.mp4", src)
    assert store.size("renders/u2/r.mp4") == src.stat().st_size
    copy = store.fetch("renders/u2/r.mp4", tmp_path / "cache" / "r.mp4")
    assert copy.read_bytes() == src.read_bytes()
    store.delete("renders/u2/r.mp4")
    store.delete("renders/u2/r.mp4")  # twice is fine
    assert not store.exists("renders/u2/r.mp4")
    with pytest.raises(NotFound):
        store.fetch("renders/u2/r.mp4", tmp_path / "cache" / "gone.mp4")
    assert not (tmp_path / "cache" / "gone.mp4").exists()


def test_presigned_links_serve_ranges(seaweed: Seaweed) -> None:
    s3 = seaweed.storage(f"p-{secrets.token_hex(3)}")
    assert isinstance(s3, S3Storage)
    with s3.writer("renders/u/r.mp4") as w:
        w.write(bytes(range(256)) * 100)
        w.publish()
    url = s3.presign("renders/u/r.mp4", 60, filename="my film.mp4")
    r = httpx.get(url, headers={"Range": "bytes=10-19"})
    assert r.status_code == 206 and r.content == bytes(range(10, 20))
    assert r.headers["content-type"] == "video/mp4"
    assert "my film.mp4" in r.headers.get("content-disposition", "")
    assert httpx.get(url.replace("Signature=", "Signature=x")).status_code == 403
    assert seaweed.secret_key not in url


def test_open_storage_reads_the_url(
    tmp_path: Path, seaweed: Seaweed, monkeypatch: pytest.MonkeyPatch
) -> None:
    default = open_storage(None, tmp_path)
    assert isinstance(default, LocalStorage) and default.root == tmp_path
    folder = open_storage(f"file://{tmp_path}/objects", tmp_path)
    assert isinstance(folder, LocalStorage) and folder.root == tmp_path / "objects"
    for k, v in seaweed.env("class/2026").items():
        monkeypatch.setenv(k, v)
    s3 = open_storage("s3://vidai/class/2026", tmp_path)
    assert isinstance(s3, S3Storage) and s3.prefix == "class/2026"
    with s3.writer("media/u/x.mp3") as w:
        w.write(b"abc")
        w.publish()
    assert list(s3.keys("media")) == ["media/u/x.mp3"]
    raw = s3.client.list_objects_v2(Bucket="vidai", Prefix="class/2026/")
    assert [o["Key"] for o in raw["Contents"]] == ["class/2026/media/u/x.mp3"]


def test_sources_are_fetched_once_when_asked_and_the_cache_is_bounded(
    seaweed: Seaweed, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from vidai_nb.engine.storage.cache import LocalSources, cache_dir

    s3 = seaweed.storage(f"c-{secrets.token_hex(3)}")
    assert isinstance(s3, S3Storage)
    blobs = {f"media/u/{i}.mp4": secrets.token_bytes(600 * 1024) for i in range(3)}
    for key, data in blobs.items():
        with s3.writer(key) as w:
            w.write(data)
            w.publish()
    monkeypatch.setenv("VIDAI_STORAGE_CACHE_MB", "1")  # room for one 600 KB copy
    sources = LocalSources(tmp_path, [(f"m{i}", f"media/u/{i}.mp4") for i in range(3)], s3)
    assert sorted(sources) == ["m0", "m1", "m2"]
    assert not cache_dir(tmp_path).exists()  # nothing fetched until a step asks
    first = sources["m0"]
    assert first.read_bytes() == blobs["media/u/0.mp4"]
    assert sources["m0"] == first  # reused, not fetched again
    second = sources["m1"]
    assert second.read_bytes() == blobs["media/u/1.mp4"]
    assert not first.exists(), "the least recently used copy should have made room"
    local = LocalStorage(tmp_path / "objects")
    with local.writer("media/u/x.mp4") as w:
        w.write(b"abc")
        w.publish()
    assert LocalSources(tmp_path, [("x", "media/u/x.mp4")], local)["x"] == tmp_path / "objects/media/u/x.mp4"
