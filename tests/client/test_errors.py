"""Envelopes, one error class per protocol code, and the automatic reactions (PROTOCOL.md §2)."""

from __future__ import annotations

import time
from pathlib import Path

import httpx
import pytest

from tests.client.conftest import make_config
from tests.client.protocol_server import Json, ProtocolServer
from vidai_nb.client import (
    AsyncNemoClient,
    ClientIdMissingError,
    ExportNotAllowedError,
    FileTooLargeError,
    NemoError,
    NemoHTTPError,
    NemoTimeoutError,
    OutOfCreditsError,
    RateLimitedError,
    SessionNotFoundError,
    Timings,
    TokenExpiredError,
    UnsupportedFileError,
)
from vidai_nb.client.errors import error_for


@pytest.mark.parametrize(
    ("code", "cls", "words"),
    [
        (1001, TokenExpiredError, "token"),
        (1002, SessionNotFoundError, "session"),
        (2001, OutOfCreditsError, "credits"),
        (4001, UnsupportedFileError, "not supported"),
        (4002, FileTooLargeError, "500 MB"),
        (400, ClientIdMissingError, "client id"),
        (402, ExportNotAllowedError, "not about credits"),
        (429, RateLimitedError, "wait"),
    ],
)
def test_one_class_per_code_with_a_plain_message(code: int, cls: type[NemoError], words: str) -> None:
    e = error_for(code, "server words")
    assert type(e) is cls and e.code == code and isinstance(e, NemoError)
    assert words in str(e)


def test_unknown_code_is_an_http_error_naming_the_code() -> None:
    e = error_for(5555, "boom")
    assert isinstance(e, NemoHTTPError) and e.code == 5555 and "5555" in str(e) and "boom" in str(e)


async def test_code_in_a_200_envelope_is_an_error(proto: ProtocolServer, aclient: AsyncNemoClient) -> None:
    proto.script(
        "GET /api/credits/balance/simple", Json({"code": 2001, "message": "no credits", "data": None})
    )
    await aclient.anonymous_token()
    with pytest.raises(OutOfCreditsError) as info:
        await aclient.credits()
    # anonymous user: the registration link binds the anonymous user id
    assert info.value.register_url == f"https://nemovideo.com/register?bind={aclient.user_id}"
    assert info.value.register_url in str(info.value)


async def test_non_2xx_without_code_uses_the_http_status(
    proto: ProtocolServer, aclient: AsyncNemoClient
) -> None:
    proto.script("GET /api/credits/balance/simple", Json({"detail": "teapot"}, status=418))
    with pytest.raises(NemoHTTPError) as info:
        await aclient.credits()
    assert info.value.code == 418 and info.value.status == 418


async def test_non_json_answer_is_a_readable_error(proto: ProtocolServer, aclient: AsyncNemoClient) -> None:
    from tests.client.protocol_server import Raw

    proto.script("GET /api/credits/balance/simple", Raw(b"<html>oops</html>", content_type="text/html"))
    with pytest.raises(NemoHTTPError, match="not a JSON object"):
        await aclient.credits()


async def test_1001_gets_a_new_anonymous_token_with_the_same_client_id_and_retries_once(
    proto: ProtocolServer, aclient: AsyncNemoClient
) -> None:
    await aclient.anonymous_token()
    first = aclient.config.token
    proto.script("GET /api/credits/balance/simple", Json({"code": 1001, "message": "expired"}, status=401))
    credits = await aclient.credits()
    assert credits.available == 100
    token_calls = proto.calls("POST /api/auth/anonymous-token")
    assert len(token_calls) == 2
    assert {c.headers["x-client-id"] for c in token_calls} == {aclient.config.client_id}
    assert aclient.config.token != first
    assert len(proto.calls("GET /api/credits")) == 2  # the original + one retry


async def test_1001_twice_raises_after_one_retry(proto: ProtocolServer, aclient: AsyncNemoClient) -> None:
    expired = Json({"code": 1001, "message": "expired"}, status=401)
    proto.script("GET /api/credits/balance/simple", expired, expired, expired)
    with pytest.raises(TokenExpiredError):
        await aclient.credits()
    assert len(proto.calls("GET /api/credits")) == 2


async def test_429_waits_then_retries_once(proto: ProtocolServer, tmp_path: Path) -> None:
    timings = Timings(rate_limit_wait_s=0.4)
    client = AsyncNemoClient(make_config(proto.url, tmp_path, timings=timings))
    proto.script("GET /api/credits/balance/simple", Json({"code": 429, "message": "slow down"}, status=429))
    t0 = time.monotonic()
    assert (await client.credits()).total == 100
    assert time.monotonic() - t0 >= 0.4
    assert len(proto.calls("GET /api/credits")) == 2
    await client.aclose()


async def test_429_honours_the_servers_retry_after(proto: ProtocolServer, tmp_path: Path) -> None:
    timings = Timings(rate_limit_wait_s=30.0)  # the default would wait 30 s: the server asks for 1
    client = AsyncNemoClient(make_config(proto.url, tmp_path, timings=timings))
    limited = Json({"code": 429, "message": "slow down"}, status=429, headers={"Retry-After": "1"})
    proto.script("GET /api/credits/balance/simple", limited)
    t0 = time.monotonic()
    assert (await client.credits()).total == 100
    assert 1.0 <= time.monotonic() - t0 < 10
    await client.aclose()


async def test_429_twice_raises(proto: ProtocolServer, aclient: AsyncNemoClient) -> None:
    limited = Json({"code": 429, "message": "slow down"}, status=429)
    proto.script("GET /api/credits/balance/simple", limited, limited)
    with pytest.raises(RateLimitedError):
        await aclient.credits()
    assert len(proto.calls("GET /api/credits")) == 2


async def test_400_on_anonymous_token_makes_a_new_client_id_and_retries(
    proto: ProtocolServer, aclient: AsyncNemoClient, tmp_path: Path
) -> None:
    old_id = aclient.config.client_id
    proto.script(
        "POST /api/auth/anonymous-token", Json({"code": 400, "message": "X-Client-Id missing"}, status=400)
    )
    await aclient.anonymous_token()
    assert aclient.config.client_id != old_id
    assert (tmp_path / "cfg" / "client_id").read_text() == aclient.config.client_id  # persisted
    assert len(proto.calls("POST /api/auth/anonymous-token")) == 2


async def test_402_on_export_is_not_retried(proto: ProtocolServer, aclient: AsyncNemoClient) -> None:
    s = await aclient.create_session()
    proto.script("POST /api/render/proxy/lambda", Json({"code": 402, "message": "free plan"}, status=402))
    draft = {"t": [{"tt": 0, "sg": [{"id": "a", "start": 0, "d": 1000}]}]}
    with pytest.raises(ExportNotAllowedError, match="not about credits"):
        await aclient.export(s.session_id, draft=draft)
    assert len(proto.calls("POST /api/render/proxy/lambda")) == 1


async def test_missing_attribution_headers_fail_like_the_protocol_says(proto: ProtocolServer) -> None:
    # The literal server answers 402 on export without them (PROTOCOL.md §1): check the client sends them.
    client = AsyncNemoClient(api_url=proto.url, config_dir=None)
    s = await client.create_session()
    draft = {"t": [{"tt": 0, "sg": [{"id": "a", "start": 0, "d": 1000}]}]}
    status = await client.start_export(s.session_id, draft=draft)
    assert status.status == "pending"
    for call in proto.requests:
        assert call.headers["x-skill-source"] == "vidai_nb"
        assert call.headers["x-skill-platform"]
        assert call.headers["x-skill-version"]
        assert call.headers["x-client-id"] == client.config.client_id
    await client.aclose()


async def test_1002_is_a_session_not_found_error(proto: ProtocolServer, aclient: AsyncNemoClient) -> None:
    with pytest.raises(SessionNotFoundError, match="no longer exists"):
        await aclient.state("sess_gone")


async def test_network_errors_are_readable(tmp_path: Path) -> None:
    from tests.conftest import free_port

    client = AsyncNemoClient(make_config(f"http://127.0.0.1:{free_port()}", tmp_path))
    with pytest.raises(NemoHTTPError, match="Could not reach the editing service"):
        await client.credits()
    await client.aclose()


async def test_timeouts_are_readable(tmp_path: Path) -> None:
    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    client = AsyncNemoClient(
        make_config("http://example.invalid", tmp_path, token="nmv_usr_t"),
        transport=httpx.MockTransport(slow),
    )
    with pytest.raises(NemoTimeoutError, match="did not answer in time"):
        await client.credits()
    await client.aclose()


async def test_render_success_false_envelope_is_an_error(
    proto: ProtocolServer, aclient: AsyncNemoClient
) -> None:
    proto.script("GET /api/render/proxy/lambda/", Json({"success": False, "message": "render store down"}))
    with pytest.raises(NemoHTTPError, match="render store down"):
        await aclient.export_status("render_x")


async def test_ids_that_would_change_the_path_are_refused(
    proto: ProtocolServer, aclient: AsyncNemoClient
) -> None:
    for bad in ("../etc", "a/b", "", "x?y=1"):
        with pytest.raises(ValueError, match="Not a valid id"):
            await aclient.state(bad)
    assert proto.calls("GET /api/state") == []


async def test_concurrent_1001s_renew_the_token_once(proto: ProtocolServer, aclient: AsyncNemoClient) -> None:
    import asyncio

    await aclient.anonymous_token()
    expired = Json({"code": 1001, "message": "expired"}, status=401)
    proto.script("GET /api/credits/balance/simple", expired, expired, expired)
    results = await asyncio.gather(*(aclient.credits() for _ in range(3)))
    assert [r.available for r in results] == [100, 100, 100]
    assert len(proto.calls("POST /api/auth/anonymous-token")) == 2  # the first token + one renewal


@pytest.mark.parametrize(
    ("code", "cls", "words"),
    [(4001, UnsupportedFileError, "accepted: mp4 mov"), (4002, FileTooLargeError, "500 MB")],
)
async def test_server_side_upload_errors(
    proto: ProtocolServer,
    aclient: AsyncNemoClient,
    tmp_path: Path,
    code: int,
    cls: type[NemoError],
    words: str,
) -> None:
    # e.g. the content of a file does not match its extension: only the server can tell
    sid = (await aclient.create_session()).session_id
    f = tmp_path / "x.mp4"
    f.write_bytes(b"not really a video")
    proto.script("POST /api/upload-video", Json({"code": code, "message": "accepted: mp4 mov …"}, status=400))
    with pytest.raises(cls) as info:
        await aclient.upload(sid, [f])
    assert info.value.code == code and words in str(info.value)
