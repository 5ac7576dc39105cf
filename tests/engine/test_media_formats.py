"""Accepted formats, the ffmpeg location and the bundled fonts."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from vidai_nb.engine.media import (
    AUDIO_EXTS,
    IMAGE_EXTS,
    MAX_UPLOAD_BYTES,
    VIDEO_EXTS,
    accepted_formats_text,
    cjk_font,
    ffmpeg_exe,
    font_for_text,
    kind_for_filename,
    latin_font,
)


def test_protocol_lists() -> None:
    assert VIDEO_EXTS == ("mp4", "mov", "avi", "webm", "mkv")
    assert IMAGE_EXTS == ("jpg", "jpeg", "png", "gif", "webp")
    assert AUDIO_EXTS == ("mp3", "wav", "m4a", "aac")
    assert MAX_UPLOAD_BYTES == 500 * 1024 * 1024


@pytest.mark.parametrize(
    "name,kind",
    [("a.MP4", "video"), ("b.mkv", "video"), ("c.JPEG", "image"), ("d.gif", "image"), ("e.m4a", "audio"),
     ("f.aac", "audio"), ("g.txt", None), ("noext", None), ("h.mp4.exe", None)],
)
def test_kind_for_filename(name: str, kind: str | None) -> None:
    assert kind_for_filename(name) == kind


def test_accepted_text_lists_everything() -> None:
    text = accepted_formats_text()
    for ext in (*VIDEO_EXTS, *IMAGE_EXTS, *AUDIO_EXTS):
        assert ext in text
    assert "500 MB" in text


def test_ffmpeg_exe_runs_and_env_override(monkeypatch: pytest.MonkeyPatch) -> None:
    exe = ffmpeg_exe()
    out = subprocess.run([exe, "-hide_banner", "-filters"], capture_output=True, text=True, check=True).stdout
    for needed in ("drawtext", "ass", "xfade", "loudnorm", "sidechaincompress", "atempo"):
        assert f" {needed} " in out, needed
    monkeypatch.setenv("VIDAI_FFMPEG", "/opt/custom/ffmpeg")
    assert ffmpeg_exe() == "/opt/custom/ffmpeg"


def test_bundled_fonts() -> None:
    latin, cjk = latin_font(), cjk_font()
    assert latin.name == "DejaVuSans.ttf" and latin.stat().st_size > 100_000
    assert "matplotlib" in str(latin)  # from the wheel, not the machine
    assert cjk.name.startswith("NotoSansCJK") and "manimgx_fonts_cjk" in str(cjk)
    assert font_for_text("Hello, ça va? 'x' %{pts} [a];b") == latin
    assert font_for_text("城市之梦") == cjk
    assert font_for_text("日本語 and English") == cjk
    assert font_for_text("안녕하세요") == cjk


def test_cjk_licence_is_ofl() -> None:
    import importlib.metadata as md

    files = md.files("manimgx-fonts-cjk") or []
    lic = [f for f in files if "licen" in str(f).lower()]
    assert lic, "the font package should ship its licence"
    text = Path(str(lic[0].locate())).read_text(errors="replace")
    assert "Open Font License" in text


def test_cjk_static_font_is_small_static_and_covers_the_text() -> None:
    from fontTools.ttLib import TTFont

    from vidai_nb.engine.media.fonts import CJK_FAMILY, cjk_static_font

    path = cjk_static_font("城市之梦 Urban", 700)
    assert path.stat().st_size < 200_000  # a subset, not the 32 MB collection
    assert cjk_static_font("城市之梦 Urban", 700) == path  # cached by content
    with TTFont(str(path)) as font:
        assert "fvar" not in font  # pinned: no longer a variable font (whose default is Thin)
        assert font["OS/2"].usWeightClass == 700
        cmap = font.getBestCmap()
        assert all(ord(ch) in cmap for ch in "城市之梦Urban")
        assert font["name"].getDebugName(1) == CJK_FAMILY
