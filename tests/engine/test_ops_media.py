"""Sound, text and picture operations on real drafts."""

from __future__ import annotations

from typing import Any

import pytest

from vidai_nb.engine.ops import MediaRef, OpError, apply, build_draft
from vidai_nb.engine.ops.base import source_canvas
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA as MEDIA
from vidai_nb.engine.ops.examples import sample_draft


def track(d: dict[str, Any], role: str) -> dict[str, Any]:
    return next(t for t in d["t"] if t.get("role") == role)


def fx(d: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = d["m"].get("fx", {})
    return out


def test_add_music_at_volume_with_fades_covers_the_programme() -> None:
    out = apply(
        sample_draft(),
        {"op": "add_music", "media_id": "music.mp3", "volume": 0.3, "fade_out_ms": 2000},
        MEDIA,
    )
    (seg,) = track(out, "bgm")["sg"]
    assert (seg["start"], seg["d"], seg["volume"], seg["fade_out"]) == (0, 60000, 0.3, 2000)
    assert seg["loop"] is True
    assert track(out, "bgm")["tt"] == 1 and out["d"] == 60000


def test_add_music_replaces_and_remove_music_removes() -> None:
    d = sample_draft(music="music.mp3")
    out = apply(d, {"op": "add_music", "media_id": "b.mp4", "volume": 0.5}, MEDIA)
    assert [s["src"] for s in track(out, "bgm")["sg"]] == ["b.mp4"]
    gone = apply(d, {"op": "remove_music"}, MEDIA)
    assert not any(t.get("role") == "bgm" for t in gone["t"])
    with pytest.raises(OpError, match="no background music"):
        apply(gone, {"op": "remove_music"}, MEDIA)
    with pytest.raises(OpError):
        apply(d, {"op": "add_music", "media_id": "logo.png"}, MEDIA)


def test_music_not_looping_stops_at_its_end() -> None:
    d = sample_draft(["clip.mp4", "clip.mp4", "clip.mp4"])  # 180 s programme, 120 s song
    out = apply(d, {"op": "add_music", "media_id": "music.mp3", "loop": False}, MEDIA)
    assert track(out, "bgm")["sg"][0]["d"] == 120000


def test_mute_volume_fade_duck_music() -> None:
    d = sample_draft(music="music.mp3")
    assert track(apply(d, {"op": "mute"}, MEDIA), "main")["muted"] is True
    assert track(apply(d, {"op": "mute", "track": "bgm"}, MEDIA), "bgm")["muted"] is True
    both = apply(d, {"op": "mute", "track": "all"}, MEDIA)
    assert track(both, "main")["muted"] and track(both, "bgm")["muted"]
    assert (
        track(apply(d, {"op": "set_volume", "track": "main", "volume": 0.5}, MEDIA), "main")["volume"] == 0.5
    )
    vol = apply(d, {"op": "set_volume", "track": "bgm", "volume": 0.2}, MEDIA)
    assert track(vol, "bgm")["sg"][0]["volume"] == 0.2
    faded = apply(d, {"op": "fade_music", "fade_out_ms": 3000}, MEDIA)
    seg = track(faded, "bgm")["sg"][0]
    assert (seg["fade_in"], seg["fade_out"]) == (0, 3000)
    assert track(apply(d, {"op": "duck_music"}, MEDIA), "bgm")["sg"][0]["duck"] is True
    with pytest.raises(OpError, match="no background music"):
        apply(sample_draft(), {"op": "duck_music"}, MEDIA)


def test_denoise_and_loudnorm_set_programme_effects() -> None:
    d = apply(sample_draft(), {"op": "denoise"}, MEDIA)
    d = apply(d, {"op": "loudnorm"}, MEDIA)
    assert fx(d)["denoise"] is True and fx(d)["loudnorm"] == -14.0


def test_title_defaults_and_clamping() -> None:
    out = apply(sample_draft(), {"op": "add_title", "text": "Urban Dreams"}, MEDIA)
    (seg,) = track(out, "title")["sg"]
    assert (seg["start"], seg["d"], seg["text"], seg["pos"], seg["style"]) == (
        0,
        3000,
        "Urban Dreams",
        "center",
        "bold",
    )
    assert track(out, "title")["tt"] == 7
    late = apply(
        sample_draft(),
        {
            "op": "add_text",
            "text": "bye",
            "start_ms": 58000,
            "end_ms": 90000,
            "color": "#ff0000",
            "pos": "top-left",
        },
        MEDIA,
    )
    seg = track(late, "text")["sg"][0]
    assert (seg["start"], seg["d"], seg["color"], seg["pos"]) == (58000, 2000, "#FF0000", "top-left")
    assert late["d"] == 60000
    with pytest.raises(OpError, match="only 60 s"):
        apply(sample_draft(), {"op": "add_text", "text": "x", "start_ms": 61000}, MEDIA)
    with pytest.raises(OpError):
        apply(sample_draft(), {"op": "add_title", "text": "x", "color": "red"}, MEDIA)


def test_text_default_spans_the_programme_and_remove_text() -> None:
    d = apply(sample_draft(), {"op": "add_text", "text": "watermark-ish"}, MEDIA)
    assert track(d, "text")["sg"][0]["d"] == 60000
    d = apply(d, {"op": "add_title", "text": "T"}, MEDIA)
    no_title = apply(d, {"op": "remove_text", "track": "title"}, MEDIA)
    assert {t["role"] for t in no_title["t"]} == {"main", "text"}
    bare = apply(d, {"op": "remove_text"}, MEDIA)
    assert {t["role"] for t in bare["t"]} == {"main"}
    with pytest.raises(OpError):
        apply(bare, {"op": "remove_text"}, MEDIA)


def test_subtitles_from_cues_replace_earlier_ones() -> None:
    cues = [
        {"start_ms": 400, "end_ms": 2500, "text": "Hello there"},
        {"start_ms": 59000, "end_ms": 65000, "text": "late"},
    ]
    d = apply(
        sample_draft(), {"op": "add_subtitles", "cues": cues, "style": "karaoke", "sidecar": "srt"}, MEDIA
    )
    subs = track(d, "subtitle")
    assert subs["burn"] is True and subs["sidecar"] == "srt" and subs["id"] == "subtitles"
    assert [(c["start"], c["d"], c["text"], c["style"]) for c in subs["sg"]] == [
        (400, 2100, "Hello there", "karaoke"),
        (59000, 1000, "late", "karaoke"),
    ]
    again = apply(d, {"op": "add_subtitles", "cues": cues[:1], "burn": False}, MEDIA)
    assert [len(t["sg"]) for t in again["t"] if t.get("role") == "subtitle"] == [1]
    with pytest.raises(OpError, match="no speech"):
        apply(sample_draft(), {"op": "add_subtitles"}, MEDIA)


@pytest.mark.parametrize(
    ("op", "size", "fit", "preset"),
    [
        ({"op": "platform", "name": "tiktok"}, (1080, 1920), "blur", "tiktok"),
        ({"op": "platform", "name": "youtube"}, (1920, 1080), "blur", "youtube"),
        ({"op": "platform", "name": "instagram"}, (1080, 1080), "blur", "instagram"),
        (
            {"op": "platform", "name": "instagram_portrait", "fit": "crop"},
            (1080, 1350),
            "crop",
            "instagram_portrait",
        ),
        ({"op": "set_aspect", "ratio": "9:16", "fit": "solid"}, (1080, 1920), "solid", None),
        ({"op": "set_aspect", "ratio": "1:1", "fit": "face"}, (1080, 1080), "crop", None),
    ],
)
def test_aspect_and_platform_presets(
    op: dict[str, Any], size: tuple[int, int], fit: str, preset: str | None
) -> None:
    out = apply(sample_draft(), op, MEDIA)
    assert (out["m"]["width"], out["m"]["height"]) == size
    assert out["m"]["fit"] == fit
    assert out["m"].get("preset") == preset
    if op["op"] == "platform":
        assert fx(out)["loudnorm"] == -14.0
    if op.get("fit") == "face":
        assert out["m"]["focus"] == "face"


def test_resolution_rotate_flip_fade() -> None:
    d = apply(sample_draft(), {"op": "resolution", "max_height": 720}, MEDIA)
    assert fx(d)["max_height"] == 720
    d = apply(apply(d, {"op": "rotate", "degrees": 270}, MEDIA), {"op": "rotate", "degrees": 180}, MEDIA)
    assert fx(d)["rotate"] == 90
    d = apply(d, {"op": "flip"}, MEDIA)
    assert fx(d)["hflip"] is True
    assert fx(apply(d, {"op": "flip"}, MEDIA))["hflip"] is False
    d = apply(d, {"op": "fade", "fade_in_ms": 1000}, MEDIA)
    d = apply(d, {"op": "fade", "fade_out_ms": 2000}, MEDIA)
    assert (fx(d)["fade_in"], fx(d)["fade_out"]) == (1000, 2000)
    with pytest.raises(OpError, match="longer than the video"):
        apply(d, {"op": "fade", "fade_in_ms": 59000}, MEDIA)


def test_crossfades_are_capped_by_clip_length() -> None:
    d = sample_draft(["clip.mp4", "b.mp4", "c.mp4"])
    out = apply(d, {"op": "crossfade", "duration_ms": 1000}, MEDIA)
    sg = track(out, "main")["sg"]
    assert "transition" not in sg[0]
    assert [s["transition"] for s in sg[1:]] == [{"type": "fade", "d": 1000}] * 2
    short = build_draft([MediaRef("a", "a.mp4", "video", 6000), MediaRef("b", "b.mp4", "video", 4000)])
    one = apply(short, {"op": "crossfade", "index": 2, "duration_ms": 5000}, MEDIA)
    assert track(one, "main")["sg"][1]["transition"]["d"] == 2000  # half of the 4 s clip
    with pytest.raises(OpError, match="only one clip"):
        apply(sample_draft(), {"op": "crossfade"}, MEDIA)


def test_color_sets_only_given_fields() -> None:
    d = apply(sample_draft(), {"op": "color", "gray": True}, MEDIA)
    d = apply(d, {"op": "color", "brightness": 0.2}, MEDIA)
    assert fx(d)["color"] == {
        "brightness": 0.2,
        "contrast": 1.0,
        "saturation": 1.0,
        "gray": True,
        "auto": False,
    }


def test_logo_and_picture_in_picture_overlays() -> None:
    d = apply(sample_draft(), {"op": "add_logo", "media_id": "logo.png", "pos": "bottom-left"}, MEDIA)
    (seg,) = track(d, "overlay")["sg"]
    assert (seg["d"], seg["pos"], seg["kind"], seg["opacity"]) == (60000, "bottom-left", "image", 0.8)
    assert track(d, "overlay")["tt"] == 0
    again = apply(d, {"op": "add_logo", "media_id": "logo.png"}, MEDIA)
    assert len(track(again, "overlay")["sg"]) == 1
    p = apply(d, {"op": "pip", "media_id": "b.mp4", "start_ms": 5000}, MEDIA)
    (pseg,) = track(p, "pip")["sg"]
    assert (pseg["start"], pseg["d"], pseg["pos"], pseg["volume"]) == (5000, 30000, "bottom-right", 0.0)
    with pytest.raises(OpError):
        apply(d, {"op": "add_logo", "media_id": "music.mp3"}, MEDIA)


def test_exports_leave_the_draft_and_history_is_not_applied_here() -> None:
    d = sample_draft()
    assert apply(d, {"op": "export_gif", "start_ms": 0, "end_ms": 3000}, MEDIA) == d
    assert apply(d, {"op": "export", "format": "mp4"}, MEDIA) == d
    with pytest.raises(OpError, match="versions"):
        apply(d, {"op": "undo"}, MEDIA)


def test_empty_draft_errors_are_readable() -> None:
    empty = {"v": 1, "d": 0, "m": {}, "t": []}
    for op in (
        {"op": "keep_range", "start_ms": 0, "end_ms": 1000},
        {"op": "add_title", "text": "x"},
        {"op": "speed", "factor": 2},
    ):
        with pytest.raises(OpError, match="upload a clip first"):
            apply(empty, op, MEDIA)


@pytest.mark.parametrize(
    ("size", "canvas"),
    [
        ((3840, 2160), (1920, 1080)),  # 4K landscape → 1080p
        ((2160, 3840), (1080, 1920)),  # 4K portrait → 1080×1920
        ((4096, 2160), (2048, 1080)),  # DCI 4K keeps its shape
        ((1920, 1080), (1920, 1080)),
        ((640, 360), (640, 360)),  # never upscaled
        ((1001, 1001), (1000, 1000)),  # even sizes for yuv420p
    ],
)
def test_source_canvas_caps_the_short_side_at_1080(size: tuple[int, int], canvas: tuple[int, int]) -> None:
    assert source_canvas(*size) == canvas
