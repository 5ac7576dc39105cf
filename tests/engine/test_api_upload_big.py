"""A real > 500 MB streamed upload: refused with 4002 once past the limit, with bounded server memory."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

from tests.conftest import EngineProcess
from tests.engine.conftest import APP, User, media_files

MB = 1024 * 1024
LIMIT = 500 * MB
CHUNK = b"\x00" * MB


def rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError("no VmRSS")


def settled_rss_kb(pid: int) -> int:
    """RSS once the engine's background warm-up imports are done (stable for half a second)."""
    last = rss_kb(pid)
    for _ in range(40):
        time.sleep(0.5)
        now = rss_kb(pid)
        if abs(now - last) < 1024:
            return now
        last = now
    return last


@contextlib.contextmanager
def peak_rss_kb(pid: int, start: int) -> Iterator[list[int]]:
    """Samples the process's RSS every 50 ms while the block runs; [0] of the yielded list is the peak."""
    peak = [start]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], rss_kb(pid))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        yield peak
    finally:
        done.set()
        sampler.join()


def test_600mb_upload_stops_at_the_limit_with_bounded_memory(engine: EngineProcess, user: User) -> None:
    sid = user.new_session()
    before_files = media_files(engine)
    pid = engine.process.pid
    base_rss = settled_rss_kb(pid)
    sent = [0]
    boundary = "bigboundary"

    def body() -> Iterator[bytes]:
        yield (
            f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="huge.mp4"\r\n'
            "Content-Type: video/mp4\r\n\r\n"
        ).encode()
        for _ in range(1200):  # up to 1.2 GB; the server must stop reading long before
            sent[0] += len(CHUNK)
            yield CHUNK
        yield f"\r\n--{boundary}--\r\n".encode()

    t0 = time.monotonic()
    with peak_rss_kb(pid, base_rss) as peak:
        try:
            r = user.http.post(
                f"{engine.url}/api/upload-video/{APP}/me/{sid}",
                content=body(),
                headers={**user.headers, "Content-Type": f"multipart/form-data; boundary={boundary}"},
                timeout=120,
            )
            answered: httpx.Response | None = r
        except httpx.TransportError:
            answered = None  # the server may hang up before the client reads the answer
    elapsed = time.monotonic() - t0
    grew = (peak[0] - base_rss) // 1024
    print(f"sent {sent[0] / MB:.0f} MB in {elapsed:.1f} s; RSS {base_rss // 1024} MB, grew {grew} MB")
    assert answered is not None, "the client should get the 4002 answer"
    assert answered.json()["code"] == 4002
    # stopped early: at the limit plus what sits in socket buffers, never the whole 1.2 GB
    assert LIMIT <= sent[0] < LIMIT + 100 * MB
    assert (peak[0] - base_rss) < 50 * 1024, f"RSS grew by {(peak[0] - base_rss) // 1024} MB"
    assert media_files(engine) == before_files  # the partial file is gone
    assert user.state(sid)["video_infos"] == []


def test_upload_to_a_foreign_session_is_refused_before_reading_the_body(user: User, other: User) -> None:
    sid = user.new_session()
    sent = [0]

    def body() -> Iterator[bytes]:
        yield b'--b\r\nContent-Disposition: form-data; name="files"; filename="x.mp4"\r\n\r\n'
        for _ in range(600):
            sent[0] += len(CHUNK)
            yield CHUNK
        yield b"\r\n--b--\r\n"

    try:
        r: httpx.Response | None = other.http.post(
            f"{other.url}/api/upload-video/{APP}/me/{sid}",
            content=body(),
            timeout=60,
            headers={**other.headers, "Content-Type": "multipart/form-data; boundary=b"},
        )
    except httpx.TransportError:
        r = None
    assert r is not None and r.json()["code"] == 1002
    assert sent[0] < 100 * MB, f"the server read {sent[0] // MB} MB of a refused upload"
    assert user.state(sid)["video_infos"] == []


class _Abort(Exception):
    pass


def test_client_that_hangs_up_mid_upload_leaves_no_file(engine: EngineProcess, user: User) -> None:
    sid = user.new_session()
    before = media_files(engine)
    seen_partial = [False]

    def body() -> Iterator[bytes]:
        yield b'--b\r\nContent-Disposition: form-data; name="files"; filename="x.mp4"\r\n\r\n'
        for _ in range(30):
            yield CHUNK
        seen_partial[0] = any(p.suffix == ".part" for p in media_files(engine))
        raise _Abort("the client gives up")

    with contextlib.suppress(_Abort, httpx.TransportError):
        user.http.post(
            f"{engine.url}/api/upload-video/{APP}/me/{sid}",
            content=body(),
            timeout=60,
            headers={**user.headers, "Content-Type": "multipart/form-data; boundary=b"},
        )
    assert seen_partial[0], "the upload was being written to disk"
    deadline = time.monotonic() + 10
    while media_files(engine) != before and time.monotonic() < deadline:
        time.sleep(0.1)
    assert media_files(engine) == before
    assert user.state(sid)["video_infos"] == []
