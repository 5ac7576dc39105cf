"""Output requests, canvas sizes, filtergraph escaping and plan building (no rendering)."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest

from vidai_nb.engine.media import ffmpeg_exe
from vidai_nb.engine.render import OutputSpec, RenderError, build_render
from vidai_nb.engine.render.audio import atempo_chain
from vidai_nb.engine.render.escape import option_value
from vidai_nb.engine.render.spec import canvas_for
from vidai_nb.engine.render.subtitles import ass_text, to_srt, to_vtt
from vidai_nb.timeline.model import Meta


def test_from_request_defaults_and_values() -> None:
    assert OutputSpec.from_request(None) == OutputSpec()
    spec = OutputSpec.from_request({"format": "MOV", "quality": "low", "resolution": "720p", "fps": "24"})
    assert (spec.format, spec.quality, spec.resolution, spec.fps) == ("mov", "low", "720p", 24.0)
    assert OutputSpec.from_request({"format": "jpeg"}).format == "jpg"
    loose = OutputSpec.from_request({"quality": "standard", "resolution": "original", "fps": 0})
    assert (loose.quality, loose.resolution, loose.fps) == ("medium", None, None)
    for bad in ({"format": "avi"}, {"quality": "ultra"}, {"resolution": "huge"}, {"fps": "fast"}):
        with pytest.raises(RenderError):
            OutputSpec.from_request(bad)


@pytest.mark.parametrize(
    "meta,request_,size",
    [
        ({}, {}, (1920, 1080, 30.0)),
        ({"width": 1080, "height": 1920, "fps": 25}, {}, (1080, 1920, 25.0)),
        ({"width": 1920, "height": 1080}, {"resolution": "720p"}, (1280, 720, 30.0)),
        ({"width": 1080, "height": 1920}, {"resolution": "720p"}, (720, 1280, 30.0)),  # short side
        ({"width": 1920, "height": 1080}, {"resolution": "4k", "fps": 60}, (3840, 2160, 60.0)),
        ({"width": 1920, "height": 1080}, {"resolution": "1280x720"}, (1280, 720, 30.0)),
        ({"width": 1920, "height": 1080, "fx": {"max_height": 720}}, {}, (1280, 720, 30.0)),
    ],
)
def test_canvas(meta: dict[str, Any], request_: dict[str, Any], size: tuple[int, int, float]) -> None:
    c = canvas_for(Meta.from_mapping(meta), OutputSpec.from_request(request_))
    assert (c.width, c.height, c.fps) == size


def test_atempo_chain_covers_the_range() -> None:
    assert atempo_chain(1.0) == []
    assert atempo_chain(2.0) == ["atempo=2"]
    assert atempo_chain(4.0) == ["atempo=2.0", "atempo=2"]
    assert atempo_chain(0.25) == ["atempo=0.5", "atempo=0.5"]


def test_option_value_survives_ffmpeg_parsing(tmp_path: Path) -> None:
    """A value full of filtergraph syntax arrives intact: ffmpeg's debug log prints the parsed option."""
    nasty = "a'b:c\\d,e;f[g]h %{pts}"
    graph = f"color=s=16x16:d=0.04,drawtext=expansion=none:text={option_value(nasty)}:fontfile=x,nullsink"
    cmd = [ffmpeg_exe(), "-hide_banner", "-v", "debug", "-filter_complex", graph, "-f", "null", "-"]
    run = subprocess.run(cmd, capture_output=True, text=True)
    # The font does not exist, so drawtext fails at init, but only after having parsed `text`.
    assert f"Setting 'text' to value '{nasty}'" in run.stderr


def test_ass_text_and_sidecars() -> None:
    assert ass_text("a{b}\\N\nc") == "a\\{b\\}\\\u2060N\\Nc"
    cues = [(400, 2500, "Hello"), (3_600_000 + 61_001, 3_600_000 + 62_000, "two\nlines")]
    assert to_srt(cues) == ("1\n00:00:00,400 --> 00:00:02,500\nHello\n\n"
                            "2\n01:01:01,001 --> 01:01:02,000\ntwo\nlines\n")
    assert to_vtt(cues).startswith("WEBVTT\n\n00:00:00.400 --> 00:00:02.500\nHello\n")


def _draft(**seg: Any) -> dict[str, Any]:
    base = {"id": "s1", "start": 0, "d": 2000, "src": "m1", "kind": "video", "in": 0}
    return {"m": {"width": 320, "height": 240, "fps": 25},
            "t": [{"tt": 0, "id": "video", "role": "main", "sg": [{**base, **seg}]}]}


def test_build_errors_are_readable(clip: Path, tmp_path: Path) -> None:
    with pytest.raises(RenderError, match=r"media 'city\.mp4' \(m9\) is not in this project"):
        build_render(_draft(src="m9", name="city.mp4"), {"m1": clip}, None, tmp_path / "o.mp4")
    with pytest.raises(RenderError, match="missing"):
        build_render(_draft(), {"m1": tmp_path / "gone.mp4"}, None, tmp_path / "o.mp4")
    with pytest.raises(RenderError, match="empty"):
        build_render({"t": []}, {}, None, tmp_path / "o.mp4")
    with pytest.raises(RenderError, match="speed"):
        build_render(_draft(speed=10), {"m1": clip}, None, tmp_path / "o.mp4")
    with pytest.raises(RenderError, match="past the end"):
        build_render(_draft(**{"in": 60_000}), {"m1": clip}, None, tmp_path / "o.mp4")
    assert not (tmp_path / "o.mp4").exists()


def test_plan_is_one_ffmpeg_run_with_the_right_encoder(clip: Path, tmp_path: Path) -> None:
    # (at 80 % volume: a pure cut of an x264 file would be a smart cut, see test_render_smartcut)
    plan = build_render(_draft(**{"in": 500, "volume": 0.8}), {"m1": clip},
                        {"format": "mp4", "quality": "medium"}, tmp_path / "o.mp4")
    try:
        args = plan.args
        assert args[0] == ffmpeg_exe() and args.count("-filter_complex") == 1
        assert args[args.index("-preset") + 1] == "faster" and args[args.index("-crf") + 1] == "23"
        assert "+faststart" in args and args[args.index("-pix_fmt") + 1] == "yuv420p"
        assert args[args.index("-c:a") + 1] == "aac" and "-progress" in args
        assert plan.duration_ms == 2000 and not plan.stream_copy
    finally:
        plan.cleanup()


def test_title_wrapping() -> None:
    from vidai_nb.engine.media.fonts import cjk_static_font, latin_bold_font
    from vidai_nb.engine.render.wrap import fit_text, text_width

    font = latin_bold_font()
    text, size = fit_text("Welcome to the most amazing city trip of the summer", font, 96, 972)
    assert size == 96 and text.count("\n") >= 2
    assert all(text_width(line, font, 96) <= 972 for line in text.split("\n"))
    assert text.replace("\n", " ") == "Welcome to the most amazing city trip of the summer"
    word, small = fit_text("Supercalifragilisticexpialidocious", font, 96, 500)
    assert word == "Supercalifragilisticexpialidocious" and small < 96
    assert text_width(word, font, small) <= 500
    zh = "这是一个非常长的中文标题用来测试自动换行功能是否正常"
    wrapped, _ = fit_text(zh, cjk_static_font(zh, 700), 96, 972)
    assert wrapped.replace("\n", "") == zh and wrapped.count("\n") >= 2  # CJK breaks between characters
    assert fit_text("a\nb", font, 40, 500) == ("a\nb", 40)  # the author's own line breaks stay
