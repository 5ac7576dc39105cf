"""Thumbnails of video, image and audio files."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from vidai_nb.engine.media import MediaError, thumbnail


def test_video_thumbnail_jpg(clip: Path, tmp_path: Path) -> None:
    out = thumbnail(clip, tmp_path / "t.jpg", at_ms=2000, width=160)
    with Image.open(out) as im:
        assert im.format == "JPEG" and im.size == (160, 120)
        assert np.asarray(im).std() > 10  # the test pattern, not a blank frame


def test_thumbnail_time_changes_picture(clip: Path, tmp_path: Path) -> None:
    a = np.asarray(Image.open(thumbnail(clip, tmp_path / "a.png", at_ms=0)).convert("RGB"), dtype=float)
    b = np.asarray(Image.open(thumbnail(clip, tmp_path / "b.png", at_ms=4000)).convert("RGB"), dtype=float)
    assert a.shape == (240, 320, 3)
    assert np.abs(a - b).mean() > 1.0  # testsrc2 moves over time


def test_image_and_audio_thumbnails(picture: Path, music: Path, tmp_path: Path) -> None:
    with Image.open(thumbnail(picture, tmp_path / "p.png", width=64)) as im:
        r, g, b = im.convert("RGB").getpixel((32, 24))
        assert im.size == (64, 48) and r > 200 and g < 40 and b < 40
    with Image.open(thumbnail(music, tmp_path / "w.png", width=200)) as im:
        assert im.size == (200, 50)
        assert np.asarray(im.convert("L")).max() > 50  # a waveform was drawn


def test_thumbnail_of_garbage(tmp_path: Path) -> None:
    bad = tmp_path / "x.mp4"
    bad.write_text("nope")
    with pytest.raises(MediaError):
        thumbnail(bad, tmp_path / "x.jpg")
