"""Fixtures for the widget tests: a Project on the session's real engine (over loopback)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from vidai_nb.client.sync_client import NemoClient
from vidai_nb.connection import Connection
from vidai_nb.widgets.project import Project


@pytest.fixture(autouse=True)
def _isolated_config(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    # The client persists its client id under $XDG_CONFIG_HOME; keep the real home untouched.
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("xdg")))
    monkeypatch.delenv("NEMO_API_URL", raising=False)
    monkeypatch.delenv("NEMO_TOKEN", raising=False)


@pytest.fixture
def connection(engine_url: str) -> Iterator[Connection]:
    client = NemoClient(api_url=engine_url)
    yield Connection(client=client, url=engine_url)
    client.close()


@pytest.fixture
def project(connection: Connection, tmp_path: Path) -> Project:
    return Project(connection, out_dir=tmp_path / "exports")
