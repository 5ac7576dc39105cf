"""Signed media / render links: an hour by default, renewed by every state read, and dead as soon as
their owner's token is revoked (the `<video>` tag's URL must not outlive the access it stood for)."""

from __future__ import annotations

import time
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx

from tests.engine.conftest import User, new_user
from vidai_nb.engine.api.signing import Signer


def exp_of(url: str) -> int:
    return int(parse_qs(urlsplit(url).query)["exp"][0])


def test_links_last_an_hour_and_each_state_read_renews_them(user: User, clip: Path) -> None:
    sid = user.new_session()
    assert user.upload(sid, ("clip.mp4", clip)).status_code == 200
    url = user.state(sid)["video_infos"][0]["cdn_url"]
    assert abs(exp_of(url) - (time.time() + 3600)) < 120
    time.sleep(1.1)
    renewed = user.state(sid)["video_infos"][0]["cdn_url"]
    assert exp_of(renewed) > exp_of(url)
    assert httpx.get(renewed).status_code == 200


def test_revoking_the_token_kills_the_links(engine_url: str, clip: Path) -> None:
    user = new_user(engine_url)
    sid = user.new_session()
    assert user.upload(sid, ("clip.mp4", clip)).status_code == 200
    url = user.state(sid)["video_infos"][0]["cdn_url"]
    assert httpx.get(url, headers={"Range": "bytes=0-9"}).status_code == 206
    assert user.post("/api/auth/revoke").json()["data"]["revoked"] is True
    r = httpx.get(url)
    assert r.status_code == 401 and r.json()["code"] == 1001  # the link no longer grants anything
    # a new token (same client id) gets fresh links that work; the old one stays dead
    again = new_user(engine_url, client_id=user.client_id)
    fresh = again.state(sid)["video_infos"][0]["cdn_url"]
    assert fresh != url and httpx.get(fresh).status_code == 200
    assert httpx.get(url).status_code == 401


def test_signature_binds_path_expiry_and_epoch() -> None:
    s = Signer(b"k" * 32, ttl_s=60)
    signed = s.sign("/api/media/m_1/file", epoch=3)
    q = parse_qs(urlsplit(signed).query)
    exp, sig = q["exp"][0], q["sig"][0]
    assert s.verify("/api/media/m_1/file", exp, sig, epoch=3)
    assert not s.verify("/api/media/m_1/file", exp, sig, epoch=4)
    assert not s.verify("/api/media/m_2/file", exp, sig, epoch=3)
    assert not s.verify("/api/media/m_1/file", str(int(exp) + 1), sig, epoch=3)
    assert not s.verify("/api/media/m_1/file", "1", sig, epoch=3)  # expired
