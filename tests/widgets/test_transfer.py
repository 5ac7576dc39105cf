"""The kernel side of the chunked upload and of the player's byte channel (no front end needed:
the messages are the ones upload.js / player.js send)."""

from __future__ import annotations

import hashlib
import os
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from vidai_nb.widgets.filedrop import FileDrop
from vidai_nb.widgets.player import Player


class Sent:
    """Collects what a widget sends to the browser."""

    def __init__(self) -> None:
        self.messages: list[tuple[dict[str, Any], list[Any]]] = []

    def __call__(self, content: dict[str, Any], buffers: list[Any] | None = None) -> None:
        self.messages.append((content, list(buffers or [])))


def browser_upload(drop: FileDrop, path: Path, chunk: int, fid: str = "f1") -> Sent:
    """Send `path` the way upload.js does: begin, one chunk per slice (ack each), end."""
    sent = Sent()
    drop.send = sent  # type: ignore[method-assign]
    size = path.stat().st_size
    drop._handle(drop, {"type": "begin", "id": fid, "name": path.name, "size": size}, [])
    with path.open("rb") as fh:
        offset = 0
        while True:
            data = fh.read(chunk)
            if not data:
                break
            drop._handle(drop, {"type": "chunk", "id": fid, "offset": offset}, [memoryview(data)])
            offset += len(data)
            assert sent.messages[-1][0] == {"type": "ack", "id": fid, "offset": offset}
    drop._handle(drop, {"type": "end", "id": fid, "size": size}, [])
    return sent


def test_chunks_arrive_as_the_same_file(tmp_path: Path) -> None:
    src = tmp_path / "clip.mp4"
    src.write_bytes(os.urandom(3 * 1024 * 1024 + 17))
    drop = FileDrop(tmp_dir=tmp_path)
    browser_upload(drop, src, chunk=1024 * 1024)
    drop.wait(10)
    assert len(drop.received) == 1
    assert hashlib.sha256(drop.received[0].read_bytes()).digest() == hashlib.sha256(src.read_bytes()).digest()
    assert drop.files[0]["state"] == "done"


def test_kernel_memory_stays_bounded_for_a_large_file(tmp_path: Path) -> None:
    # 64 MB in 2 MB chunks: peak Python allocations must stay near one chunk, not the file size.
    src = tmp_path / "big.mov"
    with src.open("wb") as fh:
        for _ in range(32):
            fh.write(os.urandom(2 * 1024 * 1024))
    drop = FileDrop(tmp_dir=tmp_path)
    tracemalloc.start()
    try:
        browser_upload(drop, src, chunk=2 * 1024 * 1024)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    drop.wait(10)
    assert drop.received[0].stat().st_size == src.stat().st_size
    assert peak < 12 * 1024 * 1024, f"peak {peak / 2**20:.1f} MB"


@pytest.mark.parametrize(("name", "size", "words"), [
    ("notes.txt", 10, "not accepted"),
    ("huge.mp4", 600 * 1024 * 1024, "limit"),
])
def test_kernel_rechecks_type_and_size(tmp_path: Path, name: str, size: int, words: str) -> None:
    drop = FileDrop(tmp_dir=tmp_path)
    sent = Sent()
    drop.send = sent  # type: ignore[method-assign]
    drop._handle(drop, {"type": "begin", "id": "x", "name": name, "size": size}, [])
    content = sent.messages[-1][0]
    assert content["type"] == "error" and words in content["message"]
    assert drop.files[0]["state"] == "error"


def test_out_of_order_chunk_is_an_error_and_the_temp_file_goes(tmp_path: Path) -> None:
    drop = FileDrop(tmp_dir=tmp_path)
    sent = Sent()
    drop.send = sent  # type: ignore[method-assign]
    drop._handle(drop, {"type": "begin", "id": "x", "name": "a.mp4", "size": 100}, [])
    path = drop._incoming["x"].path
    drop._handle(drop, {"type": "chunk", "id": "x", "offset": 50}, [b"z" * 50])
    assert sent.messages[-1][0]["type"] == "error"
    assert not path.exists()


def test_browser_rejection_shows_as_a_row(tmp_path: Path) -> None:
    drop = FileDrop(tmp_dir=tmp_path)
    drop._handle(drop, {"type": "rejected", "id": "r", "name": "x.exe", "size": 5,
                        "message": "✖ .exe is not accepted"}, [])
    assert drop.files == [{"id": "r", "name": "x.exe", "size": 5, "state": "error",
                           "message": "✖ .exe is not accepted"}]


def test_on_file_result_and_cleanup(tmp_path: Path) -> None:
    seen: list[bytes] = []

    def on_file(path: Path, name: str, report: Any) -> str:
        seen.append(path.read_bytes())
        report(50.0, "half")
        return f"✔ {name}"

    src = tmp_path / "a.wav"
    src.write_bytes(b"RIFF" + b"\0" * 1000)
    drop = FileDrop(on_file=on_file, tmp_dir=tmp_path / "tmp")
    (tmp_path / "tmp").mkdir()
    browser_upload(drop, src, chunk=300)
    drop.wait(10)
    assert seen == [src.read_bytes()]
    assert drop.files[0]["message"] == "✔ a.wav" and drop.files[0]["progress"] == 100.0
    assert list((tmp_path / "tmp").iterdir()) == []  # the kernel keeps nothing after the handoff


def test_player_serves_the_file_in_chunks(tmp_path: Path) -> None:
    video = tmp_path / "out.mp4"
    video.write_bytes(os.urandom(5 * 1024 * 1024 + 3))
    player = Player(video)
    assert player.size == video.stat().st_size and player.name == "out.mp4" and player.token
    sent = Sent()
    player.send = sent  # type: ignore[method-assign]
    got = bytearray()
    for offset in range(0, player.size, player.chunk_bytes):
        player._handle(player, {"type": "get", "token": player.token, "offset": offset,
                                "length": player.chunk_bytes}, [])
        content, buffers = sent.messages[-1]
        assert content == {"type": "chunk", "token": player.token, "offset": offset}
        got += bytes(buffers[0])
    assert bytes(got) == video.read_bytes()
    # A request for an old load is ignored (the view reloads on the new token).
    old = player.token
    player.load(video)
    player._handle(player, {"type": "get", "token": old, "offset": 0}, [])
    assert len(sent.messages) == len(range(0, video.stat().st_size, player.chunk_bytes))
    player._handle(player, {"type": "loaded", "token": player.token, "ms": 12, "bytes": 5}, [])
    assert player.last_load == {"bytes": 5, "ms": 12}


def test_player_url_transport_under_the_jupyter_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VIDAI_JUPYTER_ROOT", str(tmp_path))
    (tmp_path / "exports").mkdir()
    video = tmp_path / "exports" / "a b.mp4"
    video.write_bytes(b"x")
    player = Player(video, transport="url")
    assert player.transport == "url" and player.url == "files/exports/a b.mp4"
    elsewhere = tmp_path.parent / f"{tmp_path.name}-other.mp4"
    elsewhere.write_bytes(b"x")
    player.load(elsewhere, transport="url")
    assert player.transport == "widget"  # not reachable through /files: falls back to the channel
    elsewhere.unlink()


def browser_batch(drop: FileDrop, paths: list[Path], chunk: int, bid: str = "b1") -> Sent:
    """Send several files the way upload.js sends a multi-file selection: batch-begin, each file's
    chunks (index, offset; ack each), batch-end."""
    sent = Sent()
    drop.send = sent  # type: ignore[method-assign]
    files = [{"name": p.name, "size": p.stat().st_size} for p in paths]
    drop._handle(drop, {"type": "batch-begin", "id": bid, "files": files}, [])
    assert sent.messages[-1][0]["type"] == "ack", sent.messages[-1]
    for index, path in enumerate(paths):
        with path.open("rb") as fh:
            offset = 0
            while data := fh.read(chunk):
                drop._handle(drop, {"type": "chunk", "id": bid, "index": index, "offset": offset},
                             [memoryview(data)])
                offset += len(data)
                assert sent.messages[-1][0]["type"] == "ack", sent.messages[-1]
    drop._handle(drop, {"type": "batch-end", "id": bid}, [])
    return sent


def test_a_batch_arrives_whole_and_is_handed_over_at_once(tmp_path: Path) -> None:
    srcs = []
    for i, size in enumerate([5000, 0, 300_000, 17]):
        p = tmp_path / "src" / str(i) / ("same.png" if i < 2 else f"f{i}.png")
        p.parent.mkdir(parents=True)
        p.write_bytes(os.urandom(size))
        srcs.append(p)
    calls: list[tuple[list[str], list[bytes]]] = []
    progress: list[float] = []

    def on_batch(paths: list[Path], names: list[str], report: Any) -> str:
        calls.append((names, [hashlib.sha256(p.read_bytes()).digest() for p in paths]))
        report(50.0, "half")
        progress.append(drop.row("b1")["progress"])
        return "✔ 4 files"

    (tmp_path / "tmp").mkdir()
    drop = FileDrop(on_batch=on_batch, tmp_dir=tmp_path / "tmp")
    assert drop.batch
    browser_batch(drop, srcs, chunk=64 * 1024)
    drop.wait(10)
    assert len(calls) == 1  # one hand-over for the whole batch: one upload call
    names, digests = calls[0]
    assert names == ["same.png", "same.png", "f2.png", "f3.png"]  # two files of one name both kept
    assert digests == [hashlib.sha256(p.read_bytes()).digest() for p in srcs]
    assert progress == [75.0]  # the engine's half of the one bar
    row = drop.row("b1")
    assert row["state"] == "done" and row["message"] == "✔ 4 files" and row["size"] == 305_017
    assert row["name"] == "4 files: same.png … f3.png"
    assert list((tmp_path / "tmp").iterdir()) == []  # the kernel keeps nothing


def test_a_batch_out_of_order_or_short_is_refused_and_cleaned(tmp_path: Path) -> None:
    a, b = tmp_path / "a.png", tmp_path / "b.png"
    a.write_bytes(b"x" * 100)
    b.write_bytes(b"y" * 100)
    drop = FileDrop(on_batch=lambda *_: "never", tmp_dir=tmp_path / "tmp")
    (tmp_path / "tmp").mkdir()
    sent = Sent()
    drop.send = sent  # type: ignore[method-assign]
    files = [{"name": "a.png", "size": 100}, {"name": "b.png", "size": 100}]
    drop._handle(drop, {"type": "batch-begin", "id": "b1", "files": files}, [])
    drop._handle(drop, {"type": "chunk", "id": "b1", "index": 1, "offset": 0}, [memoryview(b"y" * 100)])
    assert sent.messages[-1][0]["type"] == "error" and "out of order" in sent.messages[-1][0]["message"]
    assert drop.row("b1")["state"] == "error"
    drop._handle(drop, {"type": "batch-begin", "id": "b2", "files": files}, [])
    drop._handle(drop, {"type": "chunk", "id": "b2", "index": 0, "offset": 0}, [memoryview(b"x" * 60)])
    drop._handle(drop, {"type": "batch-end", "id": "b2"}, [])
    assert "got 60 of 100 bytes" in drop.row("b2")["message"]
    # a file the kernel would not take refuses the batch before a byte is sent
    drop._handle(drop, {"type": "batch-begin", "id": "b3",
                        "files": [*files, {"name": "notes.txt", "size": 5}]}, [])
    assert drop.row("b3")["state"] == "error" and "not accepted" in drop.row("b3")["message"]
    drop.wait(5)
    assert list((tmp_path / "tmp").iterdir()) == []


def test_without_on_batch_the_view_is_told_to_send_files_one_by_one(tmp_path: Path) -> None:
    drop = FileDrop(tmp_dir=tmp_path)
    assert not drop.batch
    sent = Sent()
    drop.send = sent  # type: ignore[method-assign]
    drop._handle(drop, {"type": "batch-begin", "id": "b1", "files": [{"name": "a.png", "size": 1}]}, [])
    assert sent.messages[-1][0]["type"] == "error"
