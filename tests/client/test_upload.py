"""Upload: client-side checks (4001/4002, nothing sent), streamed multipart with progress,
several files per call, URL upload, and bounded memory for a 256 MB file."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.client.conftest import make_config
from tests.client.protocol_server import ProtocolServer
from tests.conftest import free_port
from vidai_nb.client import (
    AsyncNemoClient,
    FileTooLargeError,
    NemoClient,
    UnsupportedFileError,
    accepted_formats_text,
)


def sparse(path: Path, size: int) -> Path:
    with path.open("wb") as f:
        f.truncate(size)  # no disk blocks, no memory: reads return zeros
    return path


async def test_unsupported_type_is_refused_before_sending(
    proto: ProtocolServer, aclient: AsyncNemoClient, tmp_path: Path
) -> None:
    doc = tmp_path / "notes.txt"
    doc.write_text("hi")
    with pytest.raises(UnsupportedFileError) as info:
        await aclient.upload("sess_x", [doc])
    assert info.value.code == 4001
    assert "notes.txt" in str(info.value) and accepted_formats_text() in str(info.value)
    for ext in ("mp4", "mov", "webm", "mkv", "jpg", "png", "webp", "mp3", "wav", "m4a", "aac"):
        assert ext in str(info.value)
    assert proto.calls("POST /api/upload-video") == []


async def test_file_over_500_mb_is_refused_before_sending(
    proto: ProtocolServer, aclient: AsyncNemoClient, tmp_path: Path
) -> None:
    big = sparse(tmp_path / "huge.mp4", 500 * 1024 * 1024 + 1)
    with pytest.raises(FileTooLargeError, match="500 MB") as info:
        await aclient.upload("sess_x", [big])
    assert info.value.code == 4002
    assert proto.calls("POST /api/upload-video") == []


async def test_missing_file_and_empty_list_are_clear_errors(aclient: AsyncNemoClient, tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match=r"gone\.mp4"):
        await aclient.upload("sess_x", [tmp_path / "gone.mp4"])
    with pytest.raises(ValueError):
        await aclient.upload("sess_x", [])


async def test_several_files_in_one_multipart_call_with_progress(
    proto: ProtocolServer, aclient: AsyncNemoClient, tmp_path: Path
) -> None:
    sid = (await aclient.create_session()).session_id
    a = tmp_path / "a.mp4"
    a.write_bytes(b"A" * 700_000)
    b = tmp_path / "b.png"
    b.write_bytes(b"B" * 300_000)
    progress: list[tuple[int, int, str]] = []
    files = await aclient.upload(sid, [a, str(b)], on_progress=lambda *p: progress.append(p))
    assert [f.filename for f in files] == ["a.mp4", "b.png"]
    assert [f.file_type for f in files] == ["video", "image"]
    assert progress[-1] == (1_000_000, 1_000_000, "b.png")
    sent = [p[0] for p in progress]
    assert sent == sorted(sent) and len(progress) >= 4  # several chunks, in order
    assert {p[2] for p in progress} == {"a.mp4", "b.png"}
    call = proto.calls("POST /api/upload-video")[0]
    assert call.path == f"/api/upload-video/nemo_agent/me/{sid}"
    assert call.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert int(call.headers["content-length"]) == proto.upload_bytes > 1_000_000
    assert "transfer-encoding" not in call.headers


async def test_multipart_body_is_parseable_by_a_standard_parser(
    aclient: AsyncNemoClient, tmp_path: Path
) -> None:
    # The same bytes a server receives, parsed by Starlette's form parser (python-multipart).
    from starlette.datastructures import Headers, UploadFile
    from starlette.formparsers import MultiPartParser

    from vidai_nb.client.upload import MultipartFiles

    a = tmp_path / 'we"ird name.mp4'
    a.write_bytes(b"\x00\x01" * 1000)
    b = tmp_path / "音乐.mp3"
    b.write_bytes(b"ID3" + b"x" * 10)
    body = MultipartFiles([a, b], chunk_size=512)
    raw = b"".join([c async for c in body.stream()])
    assert len(raw) == body.content_length

    async def stream() -> object:
        yield raw

    form = await MultiPartParser(Headers({"content-type": body.content_type}), stream()).parse()  # type: ignore[arg-type]
    parts = form.getlist("files")
    assert len(parts) == 2 and all(isinstance(p, UploadFile) for p in parts)
    assert [await p.read() for p in parts] == [a.read_bytes(), b.read_bytes()]  # type: ignore[union-attr]
    assert parts[1].filename == "音乐.mp3"  # type: ignore[union-attr]
    await form.close()


async def test_url_upload(proto: ProtocolServer, aclient: AsyncNemoClient) -> None:
    sid = (await aclient.create_session()).session_id
    files = await aclient.upload_urls(sid, ["https://cdn.example/clip.mp4"])
    assert files[0].filename == "clip.mp4" and files[0].cdn_url == "https://cdn.example/clip.mp4"
    call = proto.calls("POST /api/upload-video")[0]
    assert json.loads(call.body) == {"urls": ["https://cdn.example/clip.mp4"], "source_type": "url"}
    with pytest.raises(ValueError, match="http"):
        await aclient.upload_urls(sid, ["file:///etc/passwd"])


# ---------------------------------------------------------------- memory bound
@pytest.fixture
def sink_server() -> Iterator[str]:
    """The literal server in its own process, so only the client's memory is measured here."""
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.client.protocol_server", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            httpx.get(f"{url}/api/credits/balance/simple", timeout=1)
            break
        except httpx.HTTPError:
            time.sleep(0.1)
    yield url
    proc.terminate()
    proc.wait(timeout=10)


def _vm(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    raise AssertionError(field)


def test_upload_of_256_mb_keeps_client_memory_small(sink_server: str, tmp_path: Path) -> None:
    import tracemalloc

    size = 256 * 1024 * 1024
    big = sparse(tmp_path / "big.mp4", size)
    client = NemoClient(make_config(sink_server, tmp_path, token="nmv_usr_memorytest"))
    client.credits()  # warm up: connection, imports, the loop thread
    Path("/proc/self/clear_refs").write_text("5")  # reset the peak RSS (VmHWM) to the current RSS
    rss_before = _vm("VmRSS")
    tracemalloc.start()
    calls = 0

    def progress(sent: int, total: int, name: str) -> None:
        nonlocal calls
        calls += 1

    files = client.upload("sess_mem", [big], on_progress=progress)
    _, peak_py = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    peak_rss_growth = _vm("VmHWM") - rss_before
    client.close()
    assert files[0].filename == "big.mp4"
    assert files[0].raw["received_bytes"] > size  # every byte reached the server
    assert calls >= size // (1024 * 1024)  # progress was reported chunk by chunk
    assert peak_py < 16 * 1024 * 1024, f"python allocations peaked at {peak_py / 1e6:.1f} MB"
    assert peak_rss_growth < 48 * 1024 * 1024, (
        f"RSS grew by {peak_rss_growth / 1e6:.1f} MB for a 256 MB upload"
    )
    print(
        f"\n256 MB upload: peak traced {peak_py / 1e6:.2f} MB, peak RSS growth {peak_rss_growth / 1e6:.2f} MB"
    )
