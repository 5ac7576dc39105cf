"""Sample media and drafts (as the engine builds them) shared by tests, the benchmark and the docs."""

from __future__ import annotations

from collections.abc import Iterable

from .base import Draft, MediaRef, build_draft

SAMPLE_MEDIA: dict[str, MediaRef] = {
    m.media_id: m
    for m in (
        MediaRef("clip.mp4", "clip.mp4", "video", 60_000, 1920, 1080, True, 30.0),
        MediaRef("b.mp4", "b.mp4", "video", 30_000, 1280, 720, True, 30.0),
        MediaRef("c.mp4", "c.mp4", "video", 20_000, 1280, 720, True, 30.0),
        MediaRef("music.mp3", "music.mp3", "audio", 120_000, 0, 0, True),
        MediaRef("logo.png", "logo.png", "image", 0, 400, 400, False),
        MediaRef("photo1.jpg", "photo1.jpg", "image", 0, 1600, 1200, False),
        MediaRef("photo2.jpg", "photo2.jpg", "image", 0, 1600, 1200, False),
    )
}


def sample_draft(clips: Iterable[str] = ("clip.mp4",), music: str | None = None) -> Draft:
    """A draft with these uploads on the main track (and optional background music)."""
    refs = [SAMPLE_MEDIA[c] for c in clips]
    if music:
        refs.append(SAMPLE_MEDIA[music])
    return build_draft(refs)
