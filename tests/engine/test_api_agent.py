"""Agent turns over SSE: ADK events with ids, saved versions, undo/redo, credits, errors, disconnects."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests import media
from tests.conftest import EngineProcess
from tests.engine.conftest import APP, User, db, new_user


def texts(events: list[dict[str, Any]], partial: bool) -> list[str]:
    out = []
    for e in events:
        d = e["data"]
        if isinstance(d, dict) and d.get("partial") is partial and "content" in d:
            out += [p["text"] for p in d["content"]["parts"] if "text" in p]
    return out


def parts(events: list[dict[str, Any]], key: str) -> list[dict[str, Any]]:
    return [
        p[key] for e in events if "content" in e["data"] for p in e["data"]["content"]["parts"] if key in p
    ]


@pytest.fixture
def sid_with_clip(user: User, clip: Path) -> str:
    sid = user.new_session()
    assert user.upload(sid, ("clip.mp4", clip)).status_code == 200
    return sid


def test_edit_turn_streams_adk_events_and_saves_a_version(user: User, sid_with_clip: str) -> None:
    sid = sid_with_clip
    before = user.state(sid)
    events = user.turn(sid, "trim to the first 2 seconds")
    # SSE ids are present and increase
    assert [int(e["id"]) for e in events] == list(range(1, len(events) + 1))
    for e in events:
        d = e["data"]
        if "content" in d:
            assert d["author"] == "nemo_agent" and d["content"]["role"] == "model"
            assert d["invocationId"].startswith("e-") and d["id"] and isinstance(d["timestamp"], float)
    calls = parts(events, "functionCall")
    responses = parts(events, "functionResponse")
    assert [c["name"] for c in calls] == ["keep_range"]
    assert calls[0]["args"] == {"start_ms": 0, "end_ms": 2000}
    assert [r["id"] for r in responses] == [c["id"] for c in calls]
    # text deltas are partial; the last event is the whole reply, not partial
    deltas = texts(events, partial=True)
    assert deltas and events[-1]["data"]["partial"] is False
    assert events[-1]["data"]["turnComplete"] is True
    assert texts(events[-1:], partial=False) == ["".join(deltas)]
    assert "0:02" in "".join(deltas)
    after = user.state(sid)
    assert after["draft_version"] == before["draft_version"] + 1
    assert after["draft"]["d"] == 2000
    assert after["versions"][-1]["label"].startswith("kept")
    assert user.credits() == {"available": 99, "frozen": 0, "total": 99}


def test_question_turn_changes_nothing_and_is_refunded(
    engine: EngineProcess, user: User, sid_with_clip: str
) -> None:
    before = user.state(sid_with_clip)
    events = user.turn(sid_with_clip, "what is the capital of France?")
    inv = events[-1]["data"]["invocationId"]
    with db(engine) as conn:
        rows = conn.execute(
            "select kind, amount, ref from ledger where user_id = ? order by id", (user.user_id,)
        ).fetchall()
    # the ledger explains the balance: welcome grant, then this turn's freeze and refund
    assert rows == [("grant", 100, "welcome"), ("freeze", 1, inv), ("refund", 1, inv)]
    reply = "".join(texts(events, partial=True))
    assert reply.strip()
    assert parts(events, "functionCall") == []
    assert user.state(sid_with_clip)["draft_version"] == before["draft_version"]
    assert user.credits() == {"available": 100, "frozen": 0, "total": 100}


def test_undo_redo_and_go_back_through_versions(user: User, sid_with_clip: str) -> None:
    sid = sid_with_clip
    user.turn(sid, "trim to the first 2 seconds")
    assert user.state(sid)["draft"]["d"] == 2000
    user.turn(sid, "undo")
    st = user.state(sid)
    assert st["draft_version"] == 2 and st["draft"]["d"] > 5000
    user.turn(sid, "redo")
    st = user.state(sid)
    assert st["draft_version"] == 3 and st["draft"]["d"] == 2000
    user.turn(sid, "go back to version 2")
    st = user.state(sid)
    assert st["draft_version"] == 2 and st["draft"]["d"] > 5000
    # every version is still there: nothing was rewritten
    assert [v["version"] for v in st["versions"]] == [1, 2, 3]
    # a new edit after going back branches from version 2, and the state says so
    user.turn(sid, "keep the first 1 second")
    st = user.state(sid)
    assert st["draft_version"] == 4 and st["draft"]["d"] == 1000
    assert [(v["version"], v["parent"]) for v in st["versions"]] == [(1, None), (2, 1), (3, 2), (4, 2)]
    # undo follows the branch back to its parent (2), not the previous number (3); redo returns to 4
    user.turn(sid, "undo")
    assert user.state(sid)["draft_version"] == 2
    user.turn(sid, "redo")
    st = user.state(sid)
    assert st["draft_version"] == 4 and st["draft"]["d"] == 1000


def test_unknown_or_foreign_session_is_1002(user: User, other: User, sid_with_clip: str) -> None:
    body = {
        "app_name": APP,
        "user_id": "me",
        "session_id": "sess_nope",
        "new_message": {"parts": [{"text": "hi"}]},
    }
    r = user.post("/run_sse", json=body)
    assert (r.status_code, r.json()["code"]) == (404, 1002)
    body["session_id"] = sid_with_clip
    r = other.post("/run_sse", json=body)
    assert (r.status_code, r.json()["code"]) == (404, 1002)
    assert other.credits()["total"] == 100  # nothing frozen, nothing spent
    r = user.post("/run_sse", json={**body, "new_message": {"parts": [{"text": "   "}]}})
    assert r.status_code == 422


def test_out_of_credits_is_2001(limited_engine: EngineProcess, clip: Path) -> None:
    u = new_user(limited_engine.url)  # this engine grants 1 credit
    sid = u.new_session()
    small = media.make_video(limited_engine.data_dir.parent / "credits-small.mp4", seconds=2)
    assert u.upload(sid, ("s.mp4", small)).status_code == 200
    u.turn(sid, "keep the first 1 second")
    assert u.credits() == {"available": 0, "frozen": 0, "total": 0}
    # an edit needs a credit (undo would not: it is free, see test_api_credits_free.py)
    edit = {"parts": [{"text": "make it black and white"}]}
    body = {"app_name": APP, "user_id": "me", "session_id": sid, "new_message": edit}
    r = u.post("/run_sse", json=body)
    assert (r.status_code, r.json()["code"]) == (402, 2001)
    assert "credits" in r.json()["message"]
    # export stays free
    r = u.post("/api/render/proxy/lambda", json={"id": f"render_credits_{sid}", "sessionId": sid})
    assert r.status_code == 200 and r.json()["success"] is True


@pytest.fixture(scope="module")
def gappy_clip(media_dir: Path) -> Path:
    """6 s with a tone, silent from 2 s to 4 s."""
    return media.make_video(
        media_dir / "gappy.mp4", seconds=6, extra=("-af", "volume=enable='between(t,2,4)':volume=0")
    )


def test_long_turn_heartbeats(user: User, gappy_clip: Path) -> None:
    sid = user.new_session()
    user.upload(sid, ("talk.mp4", gappy_clip))
    events = user.turn(sid, "remove the silences")
    beats = [e["data"] for e in events if e["data"].get("type") == "heartbeat"]
    assert beats, "a turn that analyses audio reports heartbeats"
    assert all(set(b) == {"type", "label", "progress"} for b in beats)
    assert any(b["label"] for b in beats)
    assert user.state(sid)["draft"]["d"] < 5000


def test_server_heartbeats_while_the_agent_is_silent(limited_engine: EngineProcess) -> None:
    u = new_user(limited_engine.url)
    sid = u.new_session()
    # Transcription (model load + decoding) keeps the agent silent far longer than the 50 ms heartbeat
    # period on any machine, so the server must fill that silence with its own heartbeats.
    speech = media.make_speech(limited_engine.data_dir.parent / "beats.wav", "Hello there, this is a test.")
    small = limited_engine.data_dir.parent / "beats.mp4"
    media.run_ffmpeg(
        "-f", "lavfi", "-i", "color=size=64x48:rate=5", "-i", str(speech),
        "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p",
        "-c:a", "aac", "-b:a", "32k", "-shortest", str(small),
    )
    assert u.upload(sid, ("beats.mp4", small)).status_code == 200
    events = u.turn(sid, "add subtitles")
    server_beats = [e["data"] for e in events if e["data"].get("label") == "working"]
    assert server_beats and all(
        b == {"type": "heartbeat", "label": "working", "progress": None} for b in server_beats
    )
    assert events[-1]["data"]["turnComplete"] is True


def test_disconnect_mid_turn_still_saves(user: User, gappy_clip: Path) -> None:
    sid = user.new_session()
    user.upload(sid, ("talk.mp4", gappy_clip))
    before = user.state(sid)["draft_version"]
    body = {
        "app_name": APP,
        "user_id": "me",
        "session_id": sid,
        "new_message": {"parts": [{"text": "remove the silences"}]},
    }
    with (
        httpx.Client(timeout=30) as c,
        c.stream("POST", user.url + "/run_sse", json=body, headers=user.headers) as r,
    ):
        assert r.status_code == 200
        first = next(r.iter_lines())
        assert first.startswith("data:")
        json.loads(first[5:])
        # leave before the turn is over: the connection closes here
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        st = user.state(sid)
        if st["draft_version"] > before:
            break
        time.sleep(0.2)
    assert st["draft_version"] == before + 1
    assert st["draft"]["d"] < 5000
    credits = user.credits()
    assert credits["frozen"] == 0 and credits["total"] == 99
