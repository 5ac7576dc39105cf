"""Output formats (MOV, WebM, GIF, JPG), resolution / fps, and subtitle sidecars."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import av
import numpy as np
from PIL import Image

from tests.media import probe
from vidai_nb.engine.render import build_render, run_render


def draft(d: int = 1500, **extra: Any) -> dict[str, Any]:
    return {"m": {"width": 320, "height": 240, "fps": 25},
            "t": [{"tt": 0, "id": "video", "role": "main",
                   "sg": [{"id": "s1", "start": 0, "d": d, "src": "a", "kind": "video", "in": 0,
                           "speed": 1.25}]},
                  *extra.get("tracks", [])]}


def render(d: dict[str, Any], clip: Path, out: Path, **output: Any) -> Path:
    plan = build_render(d, {"a": clip}, {"quality": "low", **output}, out)
    return run_render(plan)


def test_mov(clip: Path, tmp_path: Path) -> None:
    p = probe(render(draft(), clip, tmp_path / "o.mov", format="mov"))
    assert "mov" in p.format_name and p.video["codec"] == "h264" and p.video["pix_fmt"] == "yuv420p"
    assert p.audio is not None and p.audio["codec"] == "aac" and abs(p.duration - 1.5) <= 0.04


def test_webm(clip: Path, tmp_path: Path) -> None:
    p = probe(render(draft(), clip, tmp_path / "o.webm", format="webm"))
    assert p.format_name.startswith("matroska") and p.video["codec"] == "vp9"
    assert p.audio is not None and p.audio["codec"] == "opus" and abs(p.duration - 1.5) <= 0.05


def test_gif(clip: Path, tmp_path: Path) -> None:
    out = render(draft(), clip, tmp_path / "o.gif", format="gif")
    with Image.open(out) as im:
        assert im.format == "GIF" and im.size == (320, 240) and im.n_frames >= 15


def test_gif_of_a_part_of_the_programme(clip: Path, tmp_path: Path) -> None:
    # "make a gif of 0:00.5 to 0:01": only that part; GIF frames are at most 15 fps
    out = render(draft(), clip, tmp_path / "part.gif", format="gif", start_ms=500, end_ms=1000)
    with Image.open(out) as im:
        assert im.format == "GIF" and 6 <= im.n_frames <= 9
        total_ms = sum(im.seek(i) or im.info.get("duration", 0) for i in range(im.n_frames))
    assert abs(total_ms - 500) <= 80


def test_mp4_of_a_part_has_that_duration(clip: Path, tmp_path: Path) -> None:
    p = probe(render(draft(), clip, tmp_path / "part.mp4", start_ms=200, end_ms=1200))
    assert abs(p.duration - 1.0) <= 0.05 and p.audio is not None


def test_jpg_thumbnail_of_the_programme(clip: Path, tmp_path: Path) -> None:
    tracks = [{"tt": 7, "id": "title", "role": "title",
               "sg": [{"id": "t", "start": 0, "d": 1500, "text": "HELLO", "size": 60, "color": "#FF00FF"}]}]
    out = render(draft(tracks=tracks), clip, tmp_path / "poster.jpg", format="jpg", at_ms=500)
    with Image.open(out) as im:
        assert im.format == "JPEG" and im.size == (320, 240)
        px = np.asarray(im.convert("RGB")).reshape(-1, 3).astype(int)
    magenta = ((px[:, 0] > 200) & (px[:, 1] < 60) & (px[:, 2] > 200)).sum()
    assert magenta > 300  # the title is in the still


def test_resolution_and_fps(clip: Path, tmp_path: Path) -> None:
    out = render(draft(), clip, tmp_path / "r.mp4", resolution="120p", fps=12)
    p = probe(out)
    assert (p.video["width"], p.video["height"]) == (160, 120)
    assert p.video["fps"] == 12.0
    with av.open(str(out)) as c:
        assert c.streams.video[0].frames == 18  # 1.5 s at 12 fps


def test_subtitles_burned_or_sidecar(clip: Path, tmp_path: Path) -> None:
    subs = {"tt": 7, "id": "subtitles", "role": "subtitle", "burn": True,
            "sg": [{"id": "c1", "start": 200, "d": 1000, "text": "Hello there"}]}
    burned = build_render(draft(tracks=[subs]), {"a": clip}, {"quality": "low"}, tmp_path / "b.mp4")
    assert any("ass=" in a for a in burned.args) and burned.sidecars == []
    run_render(burned)
    side = build_render(draft(tracks=[subs]), {"a": clip}, {"quality": "low", "subtitles": "vtt"},
                        tmp_path / "s.mp4")
    assert not any("ass=" in a for a in side.args)
    run_render(side)
    assert side.sidecars == [tmp_path / "s.vtt"]
    assert (tmp_path / "s.vtt").read_text() == "WEBVTT\n\n00:00:00.200 --> 00:00:01.200\nHello there\n"
    unburned = {**subs, "burn": False}
    plan = build_render(draft(tracks=[unburned]), {"a": clip}, {"quality": "low"}, tmp_path / "u.mp4")
    run_render(plan)
    assert (tmp_path / "u.srt").read_text().startswith("1\n00:00:00,200 --> 00:00:01,200\nHello there")


def test_burned_track_can_also_ask_for_a_sidecar(clip: Path, tmp_path: Path) -> None:
    subs = {"tt": 7, "id": "subtitles", "role": "subtitle", "burn": True, "sidecar": "vtt",
            "sg": [{"id": "c1", "start": 0, "d": 500, "text": "Hi"}]}
    plan = build_render(draft(tracks=[subs]), {"a": clip}, {"quality": "low"}, tmp_path / "x.mp4")
    assert any("ass=" in a for a in plan.args) and plan.sidecars == [tmp_path / "x.vtt"]
    plan.cleanup()
