"""Schemathesis against a real engine for a bounded time: no 5xx, and every answer matches the OpenAPI
description (status codes, content types, response schemas)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import EngineProcess, start_engine, stop_engine
from tests.engine.conftest import new_user

MAX_TIME_S = 40  # the whole fuzzing run; the test takes this plus the engine's start


@pytest.fixture(scope="module")
def fuzzed_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EngineProcess]:
    eng = start_engine(tmp_path_factory.mktemp("schemathesis"), {
        # Fuzzed URL uploads must not reach this machine's services or wait long for others,
        # and fuzzed exports stay short.
        "VIDAI_URL_FETCH_LOOPBACK": "no",
        "VIDAI_URL_FETCH_TIMEOUT_S": "2",
        "VIDAI_MAX_PROGRAMME_S": "10",
        "VIDAI_RENDER_WORKERS": "1",
    })
    yield eng
    stop_engine(eng)


def test_no_server_errors_and_answers_match_the_description(fuzzed_engine: EngineProcess) -> None:
    token = new_user(fuzzed_engine.url).token
    cli = Path(sys.executable).with_name("schemathesis")
    assert cli.exists(), "schemathesis is in the dev extra: pip install -e '.[dev]'"
    done = subprocess.run(
        [str(cli), "run", f"{fuzzed_engine.url}/openapi.json",
         "-H", f"Authorization: Bearer {token}",
         "--exclude-path", "/api/auth/revoke",  # it would revoke the token the run uses
         # The engine checks more than a schema can say (a draft's media must exist, a message needs
         # text, an upload must really be a video): "valid data refused" is not a mismatch here.
         "--exclude-checks", "positive_data_acceptance,negative_data_rejection",
         "--max-time", str(MAX_TIME_S), "--workers", "1", "--request-timeout", "20", "--seed", "7",
         "--no-color"],
        capture_output=True, text=True, timeout=MAX_TIME_S + 120,
        cwd=fuzzed_engine.data_dir,  # its cache folder goes there, not into the checkout
    )
    report = done.stdout[-6000:] + done.stderr[-2000:]
    assert done.returncode == 0, report
    assert " passed" in done.stdout and "failures" not in done.stdout.split("SUMMARY")[-1].lower(), report
    log = fuzzed_engine.log()
    assert "Traceback" not in log, log[-4000:]
