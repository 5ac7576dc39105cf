"""Preview: a 360p all-intra proxy per uploaded video, made in the background; a quick render from the
proxies when an export asks for `preview` (the pieces in detail: test_preview_pieces.py)."""

from __future__ import annotations

import itertools
import json
import time
from pathlib import Path
from typing import Any

import av
import numpy as np
import pytest

from tests import media
from tests.conftest import EngineProcess
from tests.engine.conftest import User
from tests.engine.test_api_render import poll_until_done, rid, submit
from vidai_nb.engine.render import build_render, run_render
from vidai_nb.engine.render.preview import build_preview, make_proxy, proxy_path


@pytest.fixture(scope="module")
def hd(media_dir: Path) -> Path:
    return media.make_video(media_dir / "hd.mp4", seconds=6, size=(1280, 720), fps=25)


def keyframe_gap(path: Path) -> int:
    """The longest run of frames between keyframes."""
    with av.open(str(path)) as c:
        keys = [i for i, p in enumerate(p for p in c.demux(video=0) if p.size) if p.is_keyframe]
    return max(b - a for a, b in itertools.pairwise(keys))


def test_proxy_is_360p_with_short_gops_and_the_same_timeline(hd: Path, tmp_path: Path) -> None:
    out = make_proxy(hd, tmp_path / "proxies" / "m1.mp4", nice=0)
    assert out is not None and out.is_file()
    p = media.probe(out)
    assert (p.video["width"], p.video["height"]) == (640, 360) and p.video["codec"] == "h264"
    assert p.audio is not None and p.audio["codec"] == "aac"
    assert abs(p.duration - media.probe(hd).duration) <= 0.05
    assert keyframe_gap(out) <= 13  # half a second at 25 fps: seeks and cuts stay cheap
    # the picture is the source's, smaller
    small = media.frame_at(out, 2.0).astype(float)
    big = media.frame_at(hd, 2.0)[::2, ::2].astype(float)
    assert np.abs(small - big).mean() < 12
    # no partial file left; beside it the sound with a tiny picture, for previews that mix the sound,
    # and (a landscape clip) the picture on the 9:16 preview canvas with each fit, for "make it 9:16"
    assert sorted(x.name for x in out.parent.iterdir()) == [
        "m1.mp4", "m1.sound.mp4", "m1.tall-crop.mp4", "m1.tall-solid.mp4", "m1.tall.mp4"]
    for name in ("m1.tall.mp4", "m1.tall-crop.mp4", "m1.tall-solid.mp4"):
        t = media.probe(out.parent / name)
        assert (t.video["width"], t.video["height"]) == (360, 640) and t.audio is None
        assert t.video["codec"] == "h264" and abs(t.duration - p.duration) <= 0.05
        assert keyframe_gap(out.parent / name) == 1  # all-intra, as the proxy: copied from any frame
    # the bars are black above and below the picture; the crop fills the canvas
    bars = media.frame_at(out.parent / "m1.tall-solid.mp4", 2.0).astype(float)
    assert bars[:200].mean() < 20 and bars[-200:].mean() < 20 and bars[260:380].mean() > 40
    crop = media.frame_at(out.parent / "m1.tall-crop.mp4", 2.0).astype(float)
    assert crop[:40].mean() > 40 and crop[-40:].mean() > 40
    # a portrait clip keeps its shape: 360 wide (and needs no tall proxy); a still needs no proxy
    tall = media.make_video(tmp_path / "tall.mp4", seconds=1, size=(720, 1280))
    tp = make_proxy(tall, tmp_path / "proxies" / "m2.mp4", nice=0)
    assert tp is not None and (media.probe(tp).video["width"], media.probe(tp).video["height"]) == (360, 640)
    assert not (tmp_path / "proxies" / "m2.tall.mp4").exists()
    still = media.make_image(tmp_path / "still.png")
    assert make_proxy(still, tmp_path / "proxies" / "m3.mp4", nice=0) is None


def titled(d: int = 4000) -> dict[str, Any]:
    return {"m": {"width": 1280, "height": 720, "fps": 25}, "t": [
        {"tt": 0, "role": "main", "sg": [{"id": "s1", "start": 0, "d": d, "src": "m1", "in": 1000}]},
        {"tt": 7, "sg": [{"id": "t1", "start": 0, "d": 2000, "text": "Preview"}]},
    ]}


def test_preview_renders_from_the_proxy_small_and_fast(hd: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    media_map = {"m1": hd}
    # no proxy yet: the original is read, still at 360p
    early = build_preview(titled(), media_map, data, tmp_path / "early.mp4")
    assert str(hd) in early.args
    early.cleanup()
    proxy = make_proxy(hd, proxy_path(data, "m1"), nice=0)
    assert proxy is not None
    plan = build_preview(titled(), media_map, data, tmp_path / "preview.mp4")
    assert plan.workdir is not None
    job = json.loads((plan.workdir / "preview.json").read_text())
    window = next(p["args"] for p in job["video"] if p["kind"] == "render")  # the title's seconds
    assert str(proxy) in window and str(hd) not in window
    assert window[window.index("-preset") + 1] == "ultrafast"
    out = run_render(plan)
    p = media.probe(out)
    assert (p.video["width"], p.video["height"]) == (640, 360)
    assert abs(p.duration - 4.0) <= 0.05 and p.audio is not None
    # the same moment as the full export, smaller
    full = run_render(build_render(titled(), media_map, {"quality": "low"}, tmp_path / "full.mp4"))
    assert np.abs(media.frame_at(out, 3.0).astype(float)
                  - media.frame_at(full, 3.0)[::2, ::2].astype(float)).mean() < 12
    # all-intra (every frame can be copied at a cut) costs bits: still a small file, at most ~2 Mbit/s
    # on this noisy test pattern (the 720p export at quality low is ~1.3 Mbit/s here)
    assert out.stat().st_size * 8 / 4.0 < 2_000_000


def test_a_cut_only_preview_is_copied_from_the_proxy(hd: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert make_proxy(hd, proxy_path(data, "m1"), nice=0) is not None
    segs = [{"id": "a", "start": 0, "d": 1500, "src": "m1", "in": 330},
            {"id": "b", "start": 1500, "d": 1000, "src": "m1", "in": 4170}]
    draft = {"m": {"width": 1280, "height": 720, "fps": 25}, "t": [{"tt": 0, "role": "main", "sg": segs}]}
    plan = build_preview(draft, {"m1": hd}, data, tmp_path / "cut.mp4")
    assert "62 of 62 frames copied from proxies" in plan.note
    out = run_render(plan)
    assert media.probe(out).video["frames"] == 62
    assert np.abs(media.frame_at(out, 1.52).astype(float)
                  - media.frame_at(proxy_path(data, "m1"), 4.19).astype(float)).mean() < 6


def test_upload_makes_a_proxy_and_an_export_can_ask_for_a_preview(
    engine: EngineProcess, user: User, hd: Path
) -> None:
    sid = user.new_session()
    assert user.upload(sid, ("hd.mp4", hd)).status_code == 200
    proxies = engine.data_dir / "proxies"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not any(proxies.glob("m_*.mp4")):
        time.sleep(0.2)
    assert any(proxies.glob("m_*.mp4")), "no proxy was made after the upload"
    render_id = rid()
    assert submit(user, sid, None, render_id, {"format": "mp4", "preview": True}).status_code == 200
    body = poll_until_done(user, render_id)
    assert body["data"]["status"] == "completed", body
    got = user.get(body["data"]["outputUrl"].replace(user.url, ""))
    assert got.status_code == 200
    path = engine.data_dir / "preview-check.mp4"
    path.write_bytes(got.content)
    assert media.probe(path).video["height"] == 360


def test_a_preview_of_a_face_crop_centres_on_the_face_as_the_export_does(
    engine: EngineProcess, user: User, tmp_path: Path
) -> None:
    from tests.engine.test_media_faces import BACKGROUND, SKIN, face_clip

    clip = face_clip(tmp_path)  # the face right of centre, on blue
    sid = user.new_session()
    r = user.upload(sid, ("face.mp4", clip))
    assert r.status_code == 200, r.text
    mid = r.json()["data"]["files"][0]["media_id"]
    seg = {"id": "s1", "start": 0, "d": 1500, "src": mid, "in": 0}
    draft = {"m": {"width": 1080, "height": 1920, "fps": 10, "fit": "crop", "focus": "face"},
             "t": [{"tt": 0, "role": "main", "sg": [seg]}]}
    render_id = rid()
    assert submit(user, sid, draft, render_id, {"format": "mp4", "preview": True}).status_code == 200
    body = poll_until_done(user, render_id)
    assert body["data"]["status"] == "completed", body
    path = tmp_path / "face-preview.mp4"
    path.write_bytes(user.get(body["data"]["outputUrl"].replace(user.url, "")).content)
    assert (media.probe(path).video["width"], media.probe(path).video["height"]) == (360, 640)
    centre = media.frame_at(path, 0.5)[300:340, 160:200].reshape(-1, 3).mean(axis=0)
    assert np.abs(centre - np.array(SKIN)).max() < 40, centre  # the face, not the blue background
    assert np.abs(centre - np.array(BACKGROUND)).max() > 40
