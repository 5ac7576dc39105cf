"""A shared deployment (`./dev cluster`: PostgreSQL, two API processes, two workers, nginx): students made
with `vidai-engine users add`, each step of their work on another API process than the one before."""

from __future__ import annotations

import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tests import media
from tests.engine.test_api_render import RENDER, poll_until_done
from tests.services.cluster import Cluster
from tests.store.conftest import add_students, all_logs, student, users_cli

SESSIONS = 20
CREDITS = 3


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return media.make_video(tmp_path_factory.mktemp("tiny") / "tiny.mp4", seconds=2, size=(160, 120), fps=10)


def test_users_cli_tokens_are_shown_once_and_revocable(cluster: Cluster) -> None:
    dsn, apis = cluster.dsn, cluster.api_urls
    added = users_cli(dsn, "add", "carol", "dave", "--credits", "4")
    assert added.returncode == 0, added.stderr
    tokens = dict(line.split("\t") for line in added.stdout.splitlines())
    assert set(tokens) == {"carol", "dave"} and all(t.startswith("nmv_usr_") for t in tokens.values())
    assert "will not be shown again" in added.stderr
    again = users_cli(dsn, "add", "carol", "--credits", "1")
    assert again.returncode == 1 and "already exists" in again.stderr
    carol = student(cluster.url, tokens["carol"])  # through the load balancer
    assert carol.credits()["available"] == 4  # credits are enforced in a shared deployment
    listed = users_cli(dsn, "list")
    assert listed.returncode == 0
    rows = {line.split("\t")[0]: line.split("\t") for line in listed.stdout.splitlines()[1:]}
    assert rows["carol"][1:5] == ["4", "0", "0", "1"]
    assert not any(tok in listed.stdout + listed.stderr for tok in tokens.values())  # never again
    assert users_cli(dsn, "grant", "carol", "2").stdout.strip() == "carol now has 6 credits available"
    revoked = users_cli(dsn, "revoke", "carol")
    assert revoked.stdout.strip() == "revoked 1 token(s) of carol"
    for url in apis:  # both API processes refuse it at once (nothing is cached per process)
        r = student(url, tokens["carol"]).get("/api/credits/balance/simple")
        assert r.status_code == 401
    assert student(apis[0], tokens["dave"]).credits()["available"] == 4
    logs = all_logs(cluster)  # no process of the cluster logged a token
    assert "api-1" in str(sorted((cluster.folder / "logs").glob("*.log")))
    assert not any(tok in logs for tok in tokens.values())


def one_student(apis: list[str], token: str, clip: Path, i: int) -> float:
    """upload → edit → export, each step on the other API process than the one before."""
    sa, sb = student(apis[i % 2], token), student(apis[(i + 1) % 2], token)
    try:
        sid = sa.new_session(f"class project {i}")
        assert sb.upload(sid, ("clip.mp4", clip)).status_code == 200
        events = sa.turn(sid, "cut the first 1 second")
        final = events[-1]["data"]
        assert final.get("turnComplete") is True, events[-3:]
        assert sb.state(sid)["draft_version"] >= 2  # the edit is saved, seen from the other process
        render_id = f"render_{uuid.uuid4().hex}"
        output = {"format": "mp4", "quality": "low"}
        r = sa.post(RENDER, json={"id": render_id, "sessionId": sid, "output": output})
        assert r.status_code == 200, r.text
        done = poll_until_done(sb, render_id)
        assert done["data"]["status"] == "completed", done
        got = sa.get(f"/api/render/proxy/{render_id}/download")
        assert got.status_code == 200
        out = Path(clip.parent / f"{render_id}.mp4")
        out.write_bytes(got.content)
        facts = media.probe(out)
        assert facts.video["codec"] == "h264" and facts.audio is not None
        return facts.duration
    finally:
        sa.http.close()
        sb.http.close()


def test_twenty_students_through_two_api_processes(cluster: Cluster, tiny: Path) -> None:
    dsn, apis = cluster.dsn, cluster.api_urls
    names = [f"s{i:02d}" for i in range(SESSIONS)]
    tokens = add_students(dsn, names, CREDITS)
    start = time.monotonic()
    with ThreadPoolExecutor(SESSIONS) as pool:
        results = list(pool.map(lambda i: one_student(apis, tokens[names[i]], tiny, i), range(SESSIONS)))
    elapsed = time.monotonic() - start
    for seconds in results:
        assert seconds == pytest.approx(1.0, abs=0.15)  # the first of 2 s was cut in every export
    # Credits and the ledger agree exactly: one charged turn each, nothing frozen, every freeze closed.
    db = create_engine(dsn)
    with db.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT u.name, u.credits_available, u.credits_frozen,"
                " COALESCE(SUM(l.amount) FILTER (WHERE l.kind = 'grant'), 0),"
                " COALESCE(SUM(l.amount) FILTER (WHERE l.kind = 'settle'), 0),"
                " COUNT(*) FILTER (WHERE l.kind = 'freeze'),"
                " COUNT(*) FILTER (WHERE l.kind IN ('settle', 'refund'))"
                " FROM users u JOIN ledger l ON l.user_id = u.id WHERE u.name LIKE 's%'"
                " GROUP BY u.name, u.credits_available, u.credits_frozen ORDER BY u.name"
            )
        ).all()
        turns = conn.execute(
            text("SELECT t.status, COUNT(*) FROM turns t JOIN users u ON u.id = t.user_id"
                 " WHERE u.name LIKE 's%' GROUP BY t.status")
        ).all()
    db.dispose()
    assert [r[0] for r in rows] == names
    for name, *numbers in rows:  # available, frozen, granted, spent, freezes, closed freezes
        assert tuple(numbers) == (CREDITS - 1, 0, CREDITS, 1, 1, 1), name
    assert dict(turns) == {"done": SESSIONS}
    print(f"{SESSIONS} students upload → edit → export through 2 API processes: {elapsed:.1f} s")
