"""The local engine is free: unlimited credits through the same calls, turns never refused for credits;
undo never costs where credits are on."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests import media
from tests.conftest import EngineProcess, start_engine, stop_engine
from tests.engine.conftest import User, new_user


@pytest.fixture(scope="module")
def free_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EngineProcess]:
    # One credit to start with: were anything charged, the second turn would be refused.
    eng = start_engine(tmp_path_factory.mktemp("free-engine"),
                       {"VIDAI_CREDITS": "off", "VIDAI_INITIAL_CREDITS": "1"})
    yield eng
    stop_engine(eng)


def _session_with_clip(user: User, folder: Path) -> str:
    clip = media.make_video(folder / "free-clip.mp4", seconds=4)
    sid = user.new_session()
    assert user.upload(sid, ("free-clip.mp4", clip)).status_code == 200
    return sid


def test_the_local_engine_reports_unlimited_and_never_refuses(free_engine: EngineProcess,
                                                              tmp_path: Path) -> None:
    user = new_user(free_engine.url)
    balance = user.credits()
    assert balance["unlimited"] is True and balance["available"] >= 10**9
    sid = _session_with_clip(user, tmp_path)
    for text in ["trim to the first 3 seconds", "make it black and white", "undo", "trim to 2 seconds"]:
        events = user.turn(sid, text)
        reply = "".join(p.get("text", "") for e in events if isinstance(e["data"], dict)
                        and e["data"].get("partial") is False for p in e["data"]["content"]["parts"])
        assert reply.strip(), (text, events[-1])
        assert "credit" not in reply.lower(), (text, reply)
    assert user.state(sid)["draft"]["d"] == 2000
    assert user.credits() == balance


def test_undo_is_refunded_where_credits_are_on(engine: EngineProcess, tmp_path: Path) -> None:
    user = new_user(engine.url)
    sid = _session_with_clip(user, tmp_path)
    start = user.credits()["available"]
    user.turn(sid, "trim to the first 3 seconds")
    assert user.credits()["available"] == start - 1
    user.turn(sid, "undo")
    assert user.state(sid)["draft"]["d"] == 4000
    assert user.credits() == {"available": start - 1, "frozen": 0, "total": start - 1}


def test_undo_works_with_no_credits_left(tmp_path: Path) -> None:
    eng = start_engine(tmp_path / "one-credit", {"VIDAI_CREDITS": "on", "VIDAI_INITIAL_CREDITS": "1"})
    try:
        user = new_user(eng.url)
        sid = _session_with_clip(user, tmp_path)
        user.turn(sid, "trim to the first 3 seconds")
        assert user.credits()["available"] == 0
        user.turn(sid, "undo")  # free, even at zero
        assert user.state(sid)["draft"]["d"] == 4000
        assert user.credits() == {"available": 0, "frozen": 0, "total": 0}
        r = user.post("/run_sse", json={"app_name": "nemo_agent", "user_id": "me", "session_id": sid,
                                        "new_message": {"parts": [{"text": "trim to 2 seconds"}]}})
        assert r.json()["code"] == 2001  # an edit still needs a credit
    finally:
        stop_engine(eng)
