"""Client test fixtures: the literal protocol server, and clients with shrunken time constants."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.client.protocol_server import ProtocolServer
from vidai_nb.client import AsyncNemoClient, ClientConfig, NemoClient, Timings

# Every protocol wait shrunk so the whole suite stays fast; tests that check one of them set it.
FAST = Timings(
    still_working_s=0.3,
    turn_timeout_s=1.5,
    drop_poll_interval_s=0.05,
    drop_poll_max_interval_s=0.1,
    drop_poll_total_s=1.0,
    rate_limit_wait_s=0.05,
    export_poll_initial_s=0.05,
    export_poll_max_s=0.2,
    export_timeout_s=30.0,
    request_timeout_s=30.0,
)


@pytest.fixture
def proto() -> Iterator[ProtocolServer]:
    server = ProtocolServer().start()
    yield server
    server.stop()


def make_config(url: str, tmp_path: Path, timings: Timings = FAST, **kw: Any) -> ClientConfig:
    return ClientConfig.from_env(api_url=url, config_dir=tmp_path / "cfg", timings=timings, **kw)


@pytest.fixture
async def aclient(proto: ProtocolServer, tmp_path: Path) -> AsyncIterator[AsyncNemoClient]:
    client = AsyncNemoClient(make_config(proto.url, tmp_path))
    yield client
    await client.aclose()


@pytest.fixture
def engine_client(engine_url: str, tmp_path: Path) -> Iterator[NemoClient]:
    client = NemoClient(make_config(engine_url, tmp_path))
    yield client
    client.close()


@pytest.fixture
async def engine_aclient(engine_url: str, tmp_path: Path) -> AsyncIterator[AsyncNemoClient]:
    client = AsyncNemoClient(make_config(engine_url, tmp_path))
    yield client
    await client.aclose()
