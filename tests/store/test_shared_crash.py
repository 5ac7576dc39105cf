"""An API process of `./dev cluster` killed (SIGKILL) mid-turn: its saved versions are whole or absent,
the client's stream ends with a clear message, another API process refunds the turn's credits, and the
retry through the same URL (nginx in front) works."""

from __future__ import annotations

import json
import signal
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tests import media
from tests.services.cluster import Cluster, start_api, wait_healthy
from tests.store.conftest import add_students, student
from vidai_nb.client import NemoClient
from vidai_nb.client.config import ClientConfig, Secret, Timings
from vidai_nb.client.events import Heartbeat, TurnEnd
from vidai_nb.timeline.schema import schema_errors


@pytest.fixture(scope="module")
def talk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """3 s of speech on a tiny picture: "add subtitles" transcribes it, which takes a while."""
    folder = tmp_path_factory.mktemp("talk")
    speech = media.make_speech(folder / "talk.wav", "Hello class, this is the shared engine speaking.")
    out = folder / "talk.mp4"
    media.run_ffmpeg(
        "-f", "lavfi", "-i", "color=size=64x48:rate=5", "-i", str(speech),
        "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p",
        "-c:a", "aac", "-b:a", "32k", "-shortest", str(out),
    )
    return out


def client(url: str, token: str, home: Path) -> NemoClient:
    timings = Timings(drop_poll_interval_s=0.2, drop_poll_max_interval_s=0.5, drop_poll_total_s=2.0)
    return NemoClient(ClientConfig(api_url=url, token=Secret(token), client_id="crash-test",
                                   config_dir=home, timings=timings))


def api_running_turn(cluster: Cluster, user: str) -> int:
    """Which API process runs the user's turn: the turn row names its instance, each log its own."""
    db = create_engine(cluster.dsn)
    with db.connect() as conn:
        instance = conn.execute(
            text("SELECT t.instance FROM turns t JOIN users u ON u.id = t.user_id"
                 " WHERE u.name = :n AND t.status = 'running'"), {"n": user}
        ).scalar_one()
    db.dispose()
    for i in range(len(cluster.apis)):
        if instance in (cluster.folder / "logs" / f"api-{i + 1}.log").read_text(errors="replace"):
            return i
    raise AssertionError(f"no API log names {instance}")


def test_api_process_killed_mid_turn(cluster: Cluster, talk: Path, tmp_path: Path) -> None:
    token = add_students(cluster.dsn, ["erin"], 5)["erin"]
    c = client(cluster.url, token, tmp_path)  # the students' URL: nginx in front of both API processes
    sid = c.create_session("crash").session_id
    c.upload(sid, [talk])
    before = c.state(sid).raw["draft_version"]
    events = []
    killed: int | None = None
    killed_at = 0.0
    try:
        for ev in c.stream_turn(sid, "add subtitles"):
            events.append(ev)
            if isinstance(ev, Heartbeat) and killed is None:  # the turn waits on the transcription
                killed = api_running_turn(cluster, "erin")
                cluster.apis[killed].send_signal(signal.SIGKILL)
                cluster.apis[killed].wait(timeout=10)
                killed_at = time.monotonic()
        c.close()
        assert killed is not None, events
        check_after_kill(cluster, sid, before, events, token, tmp_path, killed_at)
    finally:
        if killed is not None:  # the cluster gets its process back, on the same port (nginx knows it)
            url = cluster.api_urls[killed]
            port = int(url.rsplit(":", 1)[1])
            _url, proc = start_api(cluster.folder, cluster.env, f"api-{killed + 1}", port)
            cluster.apis[killed] = proc
            wait_healthy(url, proc, cluster.folder / "logs" / f"api-{killed + 1}.log")


def check_after_kill(
    cluster: Cluster, sid: str, before: int, events: list[object], token: str, tmp_path: Path,
    killed_at: float,
) -> None:
    end = events[-1]
    assert isinstance(end, TurnEnd) and end.dropped
    assert end.text.startswith("The connection dropped before the reply ended")

    # Every saved version is whole (PostgreSQL committed it or not): each parses and is a valid draft,
    # and the session points at one of them.
    db = create_engine(cluster.dsn)
    with db.connect() as conn:
        rows = conn.execute(
            text("SELECT version, draft_json FROM draft_versions WHERE session_id = :s ORDER BY version"),
            {"s": sid},
        ).all()
        current = conn.execute(
            text("SELECT current_version FROM sessions WHERE id = :s"), {"s": sid}
        ).scalar()
    assert current in {v for v, _ in rows} and current >= before
    for _v, raw in rows:
        assert schema_errors(json.loads(raw)) == []

    # Another API process notices the dead one (its instance lock is gone) and refunds the turn.
    survivor = student(cluster.url, token)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        bal = survivor.credits()
        if bal["frozen"] == 0:
            break
        time.sleep(0.3)
    assert (bal["available"], bal["frozen"]) == (5, 0)
    refunded_after = time.monotonic() - killed_at

    # The retry through a live process works (the session's turn lock died with the process).
    retry_client = client(cluster.url, token, tmp_path)
    started = time.monotonic()
    result = retry_client.turn(sid, "add subtitles")
    retry_client.close()
    print(f"API process killed mid-turn: stream ended dropped; credits refunded {refunded_after:.1f} s after"
          f" the kill (janitor every 5 s); the retry through nginx took {time.monotonic() - started:.1f} s")
    assert not result.dropped and result.changes, result.text
    assert survivor.credits()["available"] == 4
    # the words a worker transcribed are in the shared store, for every worker and API process
    assert cluster.seaweed is not None
    assert any(True for _ in cluster.seaweed.storage().keys("transcripts/"))  # type: ignore[attr-defined]
    with db.connect() as conn:
        ledger = conn.execute(
            text("SELECT l.kind, l.amount FROM ledger l JOIN users u ON u.id = l.user_id"
                 " WHERE u.name = 'erin' ORDER BY l.id")
        ).all()
        turns = conn.execute(
            text("SELECT t.status FROM turns t JOIN users u ON u.id = t.user_id WHERE u.name = 'erin'"
                 " ORDER BY t.started_at")
        ).scalars().all()
    db.dispose()
    expected = [("grant", 5), ("freeze", 1), ("refund", 1), ("freeze", 1), ("settle", 1)]
    assert [tuple(r) for r in ledger] == expected
    assert turns == ["interrupted", "done"]
    survivor.http.close()
