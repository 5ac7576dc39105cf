"""Bounded work at the API boundary: drafts and export requests past a limit, or malformed, are refused
with a 422 envelope naming the limit (never queued, never a traceback); one user has at most
VIDAI_RENDERS_PER_USER exports in flight; a turn whose result is past a limit saves nothing."""

from __future__ import annotations

import copy
import json
import time
import uuid
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import EngineProcess
from tests.engine.conftest import User
from vidai_nb.engine.limits import DraftLimits, check_draft

RENDER = "/api/render/proxy/lambda"


def rid() -> str:
    return f"render_{uuid.uuid4().hex}"


@pytest.fixture
def clip_session(user: User, clip: Path) -> tuple[str, dict[str, Any]]:
    sid = user.new_session()
    assert user.upload(sid, ("clip.mp4", clip)).status_code == 200
    return sid, user.state(sid)["draft"]


def submit_raw(user: User, body: str) -> Any:
    return user.post(RENDER, content=body.encode(), headers={"Content-Type": "application/json"})


def refused(user: User, sid: str, draft: Any, output: dict[str, Any] | None = None) -> dict[str, Any]:
    render_id = rid()
    body: dict[str, Any] = {"id": render_id, "sessionId": sid, "draft": draft}
    if output is not None:
        body["output"] = output
    r = user.post(RENDER, json=body)
    assert r.status_code == 422, r.text
    env = r.json()
    assert env["success"] is False and env["code"] == 422 and env["error"]
    assert user.get(f"{RENDER}/{render_id}").status_code == 404  # nothing was queued
    return env


def main_seg(draft: dict[str, Any]) -> dict[str, Any]:
    seg: dict[str, Any] = draft["t"][0]["sg"][0]
    return seg


def test_canvas_and_export_size_limits(user: User, clip_session: tuple[str, dict[str, Any]]) -> None:
    sid, draft = clip_session
    huge = copy.deepcopy(draft)
    huge["m"].update(width=16000, height=16000)
    env = refused(user, sid, huge)
    assert "16000x16000" in env["message"] and "4096x2160" in env["message"]
    assert env["data"]["limit"].startswith("VIDAI_MAX_CANVAS")
    env = refused(user, sid, draft, {"format": "mp4", "resolution": "16000x9000"})
    assert "export size" in env["message"]
    # 4K itself is fine (only checked, not rendered: the request is cancelled at once)
    ok = user.post(RENDER, json={"id": (r := rid()), "sessionId": sid, "draft": draft,
                                  "output": {"resolution": "3840x2160"}})
    assert ok.status_code == 200, ok.text
    user.post(f"{RENDER}/{r}/cancel")


def test_length_segments_text_freeze_speed_limits(
    user: User, clip_session: tuple[str, dict[str, Any]]
) -> None:
    sid, draft = clip_session
    long = copy.deepcopy(draft)
    main_seg(long).update(freeze=True, d=9_999_999_000 // 1000)
    env = refused(user, sid, long)
    assert env["data"]["limit"] == "VIDAI_MAX_FREEZE_S" and "600 s" in env["message"]

    ten_hours = copy.deepcopy(draft)
    seg = main_seg(ten_hours)
    ten_hours["t"][0]["sg"] = [{**seg, "id": f"s{i}", "start": i * 6000} for i in range(6000)][:900]
    ten_hours["t"][0]["sg"][-1]["start"] = 10 * 3600 * 1000
    env = refused(user, sid, ten_hours)
    assert env["data"]["limit"] == "VIDAI_MAX_PROGRAMME_S" and "10 h" in env["message"]

    many = copy.deepcopy(draft)
    many["t"][0]["sg"] = [{**seg, "id": f"s{i}", "start": i * 10, "d": 10} for i in range(10_000)]
    started = time.monotonic()
    env = refused(user, sid, many)
    assert time.monotonic() - started < 5
    assert env["data"]["limit"] == "VIDAI_MAX_SEGMENTS" and "10001" in env["message"]

    # an hour of subtitles (1,200 cues) over 300 cuts is an ordinary lecture, not too much work
    lecture = copy.deepcopy(draft)
    lecture["t"][0]["sg"] = [{**seg, "id": f"s{i}", "start": i * 10, "d": 10} for i in range(300)]
    lecture["t"].append({"tt": 7, "role": "subtitle",
                         "sg": [{"start": i * 3000, "d": 2500, "text": "words"} for i in range(1200)]})
    check_draft(lecture, DraftLimits())  # passes: cues are counted apart from cuts
    cues = copy.deepcopy(lecture)
    cues["t"][-1]["sg"] = cues["t"][-1]["sg"] * 5
    env = refused(user, sid, cues)
    assert env["data"]["limit"] == "VIDAI_MAX_TEXT_SEGMENTS" and "6000" in env["message"]

    text = copy.deepcopy(draft)
    text["t"].append({"tt": 7, "role": "title", "sg": [{"start": 0, "d": 1000, "text": "x" * 5000}]})
    env = refused(user, sid, text)
    assert env["data"]["limit"] == "VIDAI_MAX_TEXT_CHARS" and "5000" in env["message"]

    fast = copy.deepcopy(draft)
    main_seg(fast)["speed"] = 50
    env = refused(user, sid, fast)
    assert env["data"]["limit"] == "VIDAI_MIN_SPEED/VIDAI_MAX_SPEED" and "0.25–4" in env["message"]


@pytest.mark.parametrize(
    ("mutate", "says"),
    [
        (lambda d: d["m"].update(width="abc"), "width"),
        (lambda d: d["t"][0].update(sg="abc"), "sg"),
        (lambda d: main_seg(d).update(d=-5), "d"),
        (lambda d: d["t"].append({"tt": 7, "sg": [{"start": 0, "d": 1000, "text": "hi", "size": 1e9}]}),
         "text"),
        (lambda d: main_seg(d).update(start=10**30), "runs"),
        (lambda d: main_seg(d).update(volume=1e300), "volume"),
        (lambda d: d.update(t="nope"), "t"),
    ],
)
def test_wrong_types_are_a_validation_envelope(
    user: User, clip_session: tuple[str, dict[str, Any]], mutate: Any, says: str
) -> None:
    sid, draft = clip_session
    bad = copy.deepcopy(draft)
    mutate(bad)
    env = refused(user, sid, bad)
    assert says in env["message"] and "internal" not in env["message"].lower()


@pytest.mark.parametrize("token", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_refused(
    engine: EngineProcess, user: User, clip_session: tuple[str, dict[str, Any]], token: str
) -> None:
    sid, draft = clip_session
    render_id = rid()
    body = json.dumps({"id": render_id, "sessionId": sid, "draft": draft}).replace(
        '"speed": 1.0', f'"speed": {token}'
    )
    assert token in body
    r = submit_raw(user, body)
    assert r.status_code == 422, r.text
    assert "finite" in r.json()["message"]
    assert user.get(f"{RENDER}/{render_id}").status_code == 404
    assert "Traceback" not in engine.log()[-5000:]


def test_a_user_has_at_most_two_exports_in_flight(
    user: User, other: User, clip_session: tuple[str, dict[str, Any]], clip: Path
) -> None:
    sid, draft = clip_session
    slow = copy.deepcopy(draft)  # a 5-minute freeze at 1080p: still running while we ask again
    main_seg(slow).update(freeze=True, d=300_000)
    ids = [rid(), rid()]
    try:
        for r_id in ids:
            assert user.post(RENDER, json={"id": r_id, "sessionId": sid, "draft": slow}).status_code == 200
        r = user.post(RENDER, json={"id": rid(), "sessionId": sid, "draft": slow})
        assert r.status_code == 429 and r.headers.get("retry-after") == "30"
        assert r.json()["data"]["limit"] == "VIDAI_RENDERS_PER_USER" and "2 exports" in r.json()["error"]
        # someone else is not affected
        osid = other.new_session()
        assert other.upload(osid, ("clip.mp4", clip)).status_code == 200
        mine = rid()
        assert other.post(RENDER, json={"id": mine, "sessionId": osid}).status_code == 200
        other.post(f"{RENDER}/{mine}/cancel")
        # a cancelled export frees its place
        assert user.post(f"{RENDER}/{ids[0]}/cancel").json()["data"]["status"] == "failed"
        again = rid()
        assert user.post(RENDER, json={"id": again, "sessionId": sid, "draft": slow}).status_code == 200
        ids.append(again)
    finally:
        for r_id in ids:
            user.post(f"{RENDER}/{r_id}/cancel")


def test_a_turn_past_a_limit_saves_nothing_and_says_so(
    user: User, clip_session: tuple[str, dict[str, Any]]
) -> None:
    sid, _draft = clip_session
    before = user.state(sid)
    credits = user.credits()
    events = user.turn(sid, "freeze the frame at 0:01 for 9999999 seconds")
    final = events[-1]["data"]
    assert final.get("turnComplete") is True
    text = final["content"]["parts"][0]["text"]
    assert text.startswith("Nothing was changed."), text
    assert "600 s" in text
    after = user.state(sid)
    assert after["draft_version"] == before["draft_version"] and after["draft"] == before["draft"]
    assert user.credits() == credits  # refunded: nothing changed
    # and no tool result claims the freeze was done
    results = [p["functionResponse"] for e in events for p in e["data"].get("content", {}).get("parts", [])
               if "functionResponse" in p]
    assert results and all(r["response"]["ok"] is False for r in results), results
    assert "not saved" in results[0]["response"]["error"]
