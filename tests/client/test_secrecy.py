"""A token never appears in a repr, a log line, an exception message, or a URL."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from tests.client.conftest import make_config
from tests.client.protocol_server import Json, ProtocolServer
from vidai_nb.client import AsyncNemoClient, NemoClient, NemoError, TokenExpiredError


async def test_token_never_in_logs_errors_reprs_or_urls(
    proto: ProtocolServer, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger, httpx and httpcore included
    client = AsyncNemoClient(make_config(proto.url, tmp_path))
    await client.anonymous_token()
    assert client.config.token is not None
    token = client.config.token.reveal()
    assert token.startswith("nmv_usr_")
    sid = (await client.create_session()).session_id
    await client.credits()
    await client.state(sid)
    async for _ in client.stream_turn(sid, "hello"):
        pass
    # errors, including one whose server message echoes the token, and the 1001 renewal path
    proto.script(
        "GET /api/credits/balance/simple", Json({"code": 5000, "message": f"bad token {token}"}, status=500)
    )
    with pytest.raises(NemoError) as info:
        await client.credits()
    expired = Json({"code": 1001, "message": f"token {token} expired"}, status=401)
    proto.script("GET /api/credits/balance/simple", expired, expired)
    with pytest.raises(TokenExpiredError) as info2:
        await client.credits()
    new_token = client.config.token.reveal()
    texts = [
        caplog.text,
        repr(client),
        repr(client.config),
        str(client.config),
        str(info.value),
        repr(info.value),
        info.value.server_message,
        str(info2.value),
        info2.value.server_message,
    ]
    for text in texts:
        assert token not in text and new_token not in text
    assert "***" in str(info.value)
    for call in proto.requests:  # the token travels only in the Authorization header
        assert token not in call.path and new_token not in call.path
    assert any(r.name.startswith("httpx") for r in caplog.records)  # the transport's logs were captured too
    await client.aclose()


def test_sync_client_repr_has_no_token(tmp_path: Path) -> None:
    client = NemoClient(make_config("http://127.0.0.1:9", tmp_path, token="nmv_usr_sync_secret"))
    assert "sync_secret" not in repr(client) and "sync_secret" not in repr(client.config)
    client.close()
