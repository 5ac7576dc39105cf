"""URL uploads are safe against server-side request forgery: internal addresses refused on every hop,
one total deadline, generic failure text, malformed URLs a 400 envelope, no secrets in the log."""

from __future__ import annotations

import http.server
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import EngineProcess, free_port, start_engine, stop_engine
from tests.engine.conftest import APP, new_user


class _Handler(http.server.BaseHTTPRequestHandler):
    """/clip.mp4 the clip; /to?u=URL a 302 to URL; /drip one byte every 0.5 s; every hit recorded."""

    clip = b""
    hits: list[str] = []  # noqa: RUF012 - shared with the test on purpose

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        type(self).hits.append(self.path)
        if self.path.startswith("/to?u="):
            self.send_response(302)
            self.send_header("Location", self.path[len("/to?u="):])
            self.end_headers()
        elif self.path.startswith("/drip"):
            self.send_response(200)
            self.send_header("Content-Type", "video/mp4")
            self.send_header("Content-Length", "1000")
            self.end_headers()
            try:
                for _ in range(40):
                    self.wfile.write(b"\x00")
                    self.wfile.flush()
                    time.sleep(0.5)
            except OSError:
                pass
        elif self.path.startswith("/clip.mp4"):
            self.send_response(200)
            self.send_header("Content-Type", "video/mp4")
            self.send_header("Content-Length", str(len(self.clip)))
            self.end_headers()
            self.wfile.write(self.clip)
        else:
            self.send_response(404)
            self.end_headers()


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass


@pytest.fixture(scope="module")
def server(clip: Path) -> Iterator[str]:
    _Handler.clip = clip.read_bytes()
    srv = _Server(("127.0.0.1", 0), _Handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield f"127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()
    srv.server_close()


@pytest.fixture(scope="module")
def local_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EngineProcess]:
    """Loopback allowed (the local default), a 2 s fetch deadline."""
    eng = start_engine(tmp_path_factory.mktemp("fetch-local"), {"VIDAI_URL_FETCH_TIMEOUT_S": "2"})
    yield eng
    stop_engine(eng)


@pytest.fixture(scope="module")
def shared_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EngineProcess]:
    """A shared deployment: static token set, so loopback URLs are refused too."""
    eng = start_engine(tmp_path_factory.mktemp("fetch-shared"), {"VIDAI_STATIC_TOKEN": "shared-secret-1"})
    yield eng
    stop_engine(eng)


def fetch(eng: EngineProcess, urls: list[str], token: str | None = None) -> Any:
    import httpx

    if token is None:
        u = new_user(eng.url)
        token = u.token
    headers = {"Authorization": f"Bearer {token}"}
    sid = httpx.post(f"{eng.url}/api/tasks/me/with-session/{APP}", json={}, headers=headers).json()["data"][
        "session_id"
    ]
    return httpx.post(f"{eng.url}/api/upload-video/{APP}/me/{sid}", json={"urls": urls}, headers=headers,
                      timeout=60)


def test_shared_engine_refuses_loopback_in_every_spelling(shared_engine: EngineProcess, server: str) -> None:
    port = server.split(":")[1]
    _Handler.hits.clear()
    for host in ("127.0.0.1", "localhost", "0.0.0.0", "2130706433", "[::1]", "127.1", "[::ffff:127.0.0.1]"):
        r = fetch(shared_engine, [f"http://{host}:{port}/clip.mp4"], token="shared-secret-1")
        assert r.status_code == 415 and r.json()["code"] == 4001, (host, r.text)
        assert "local or private" in r.json()["message"], host
    assert _Handler.hits == []  # nothing was ever requested


def test_private_link_local_multicast_reserved_are_refused(local_engine: EngineProcess) -> None:
    for host in ("10.0.0.1", "192.168.1.1", "172.16.0.1", "169.254.169.254", "224.0.0.1", "240.0.0.1",
                 "100.64.0.1", "[fe80::1]", "[fc00::1]"):
        r = fetch(local_engine, [f"http://{host}/a.mp4"])
        assert r.json()["code"] == 4001 and "local or private" in r.json()["message"], host


def test_a_redirect_to_an_internal_address_is_refused(local_engine: EngineProcess, server: str) -> None:
    _Handler.hits.clear()
    r = fetch(local_engine, [f"http://{server}/to?u=http://169.254.169.254/latest/meta-data"])
    assert r.json()["code"] == 4001 and "local or private" in r.json()["message"]
    assert _Handler.hits == ["/to?u=http://169.254.169.254/latest/meta-data"]
    # and a redirect to an allowed place is followed
    r = fetch(local_engine, [f"http://{server}/to?u=http://{server}/clip.mp4"])
    assert r.status_code == 200, r.text
    assert r.json()["data"]["files"][0]["filename"] == "clip.mp4"


def test_open_and_closed_ports_read_alike(local_engine: EngineProcess) -> None:
    closed = free_port()
    listener = socket.socket()  # open, accepts, then hangs up without a word
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    opened = listener.getsockname()[1]

    def hang_up() -> None:
        for _ in range(2):
            conn, _ = listener.accept()
            conn.close()

    threading.Thread(target=hang_up, daemon=True).start()
    try:
        a = fetch(local_engine, [f"http://127.0.0.1:{closed}/a.mp4"]).json()["message"]
        b = fetch(local_engine, [f"http://127.0.0.1:{opened}/a.mp4"]).json()["message"]
    finally:
        listener.close()
    assert a.replace(str(closed), "PORT") == b.replace(str(opened), "PORT"), (a, b)


def test_a_dripping_server_is_cut_at_the_total_deadline(local_engine: EngineProcess, server: str) -> None:
    started = time.monotonic()
    r = fetch(local_engine, [f"http://{server}/drip"])
    took = time.monotonic() - started
    assert r.json()["code"] == 4001 and "did not answer in time" in r.json()["message"]
    assert took < 6, took  # the deadline is 2 s; per-read timeouts would have let it run 20 s


def test_malformed_urls_are_a_400_envelope(local_engine: EngineProcess) -> None:
    for url in ("http://[::1", "http://exa mple.com:99999/a.mp4", "http:///a.mp4"):
        r = fetch(local_engine, [url])
        assert r.status_code == 400 and r.json()["code"] == 400, (url, r.text)
        assert "malformed" in r.json()["message"]


def test_credentials_and_query_strings_never_reach_the_log(local_engine: EngineProcess, server: str) -> None:
    r = fetch(local_engine, [f"http://alice:hunter2pw@{server}/clip.mp4?access_token=SECRET123"])
    assert r.status_code == 200, r.text
    r = fetch(local_engine, [f"http://alice:hunter2pw@{server}/missing.mp4?access_token=SECRET123"])
    assert r.json()["code"] == 4001
    assert "SECRET123" not in r.json()["message"] and "hunter2pw" not in r.json()["message"]
    time.sleep(0.2)
    log = local_engine.log()
    assert "HTTP Request" in log  # httpx did log the requests ...
    assert "SECRET123" not in log and "hunter2pw" not in log  # ... without the secrets
