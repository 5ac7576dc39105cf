"""Rendering the core draft: segments with in-points and speed, canvas fit, titles, music, mute."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image, ImageFont

from tests import media
from tests.media import audio_rms, frame_at, probe
from vidai_nb.engine.media.fonts import latin_font
from vidai_nb.engine.render import build_render, run_render

FRAME = 1 / 25


def seg(src: str, start: int, d: int, **kw: Any) -> dict[str, Any]:
    return {"id": f"{src}-{start}", "start": start, "d": d, "src": src, "kind": "video", "in": 0, **kw}


def draft(*tracks: dict[str, Any], w: int = 320, h: int = 240, **meta: Any) -> dict[str, Any]:
    return {"v": 1, "m": {"width": w, "height": h, "fps": 25, **meta}, "t": list(tracks)}


def main(*segs: dict[str, Any], **kw: Any) -> dict[str, Any]:
    return {"tt": 0, "id": "video", "role": "main", "sg": list(segs), **kw}


def title(text: str, start: int, d: int, **kw: Any) -> dict[str, Any]:
    return {"tt": 7, "id": "title", "role": "title",
            "sg": [{"id": "t1", "start": start, "d": d, "text": text, **kw}]}


def render(d: dict[str, Any], paths: dict[str, Path], out: Path, **output: Any) -> Path:
    plan = build_render(d, paths, {"quality": "low", **output}, out)
    return run_render(plan)


@pytest.fixture(scope="module")
def still(media_dir: Path) -> Path:
    """A static black 3 s clip with a tone: text on it is easy to find."""
    return media.make_video(media_dir / "still.mp4", seconds=3, pattern="color")


def test_two_segments_with_in_points(clip: Path, clip2: Path, tmp_path: Path) -> None:
    d = draft(main(seg("a", 0, 2000, **{"in": 1000}), seg("b", 2000, 1500, **{"in": 500})))
    out = render(d, {"a": clip, "b": clip2}, tmp_path / "cut.mp4")
    p = probe(out)
    assert abs(p.duration - 3.5) <= FRAME
    assert p.video["codec"] == "h264" and p.video["pix_fmt"] == "yuv420p"
    assert (p.video["width"], p.video["height"]) == (320, 240)
    assert p.audio is not None and p.audio["codec"] == "aac"
    head = out.read_bytes()[:200_000]
    assert 0 < head.find(b"moov") < head.find(b"mdat")  # +faststart: the index comes first
    # the in-point is honoured: output 0.5 s shows the source at 1.5 s (testsrc2 moves every frame)
    got = frame_at(out, 0.5).astype(float)
    want = frame_at(clip, 1.5).astype(float)
    wrong = frame_at(clip, 0.5).astype(float)
    assert np.abs(got - want).mean() < np.abs(got - wrong).mean() / 3
    # and the second part is the bars clip
    assert np.abs(frame_at(out, 3.0).astype(float) - frame_at(clip2, 1.5).astype(float)).mean() < 12


def test_double_speed_halves_duration_and_keeps_sound(clip: Path, tmp_path: Path) -> None:
    d = draft(main(seg("a", 0, 2000, speed=2.0)))
    out = render(d, {"a": clip}, tmp_path / "fast.mp4")
    p = probe(out)
    assert abs(p.duration - 2.0) <= FRAME
    # 2 s of output covers 4 s of source: the last frame shows the source near 3.9 s
    got = frame_at(out, 1.95).astype(float)
    assert np.abs(got - frame_at(clip, 3.9).astype(float)).mean() < np.abs(
        got - frame_at(clip, 1.95).astype(float)).mean() / 2
    assert audio_rms(out, 0.2, 1.8) > 0.02  # atempo kept the sound


def _sharpness(rows: np.ndarray) -> float:
    """Strength of the hardest edges: high for the sharp test pattern, low once blurred."""
    return float(np.percentile(np.abs(np.diff(rows.astype(float), axis=1)).max(axis=2), 99.5))


def test_vertical_blur_pad_is_1080x1920_and_not_stretched(clip: Path, tmp_path: Path) -> None:
    d = draft(main(seg("a", 0, 1000)), w=1080, h=1920, fit="blur")
    out = render(d, {"a": clip}, tmp_path / "v.mp4")
    p = probe(out)
    assert (p.video["width"], p.video["height"]) == (1080, 1920)
    f = frame_at(out, 0.5)
    # 320x240 → 1080x810 in the middle (rows 555..1365): sharp; above and below: blurred, not black
    top, centre = f[100:450], f[700:1200]
    assert _sharpness(centre) > 4 * _sharpness(top)
    assert top.mean() > 20
    edge = np.abs(np.diff(f[:, 540].astype(float).mean(axis=1)))
    assert int(np.argmax(edge[500:620])) + 500 in range(548, 562)  # the picture starts at row 555


def test_solid_pad_colour(clip: Path, tmp_path: Path) -> None:
    d = draft(main(seg("a", 0, 1000)), w=180, h=320, fit="solid", bg="#00FF00")
    f = frame_at(render(d, {"a": clip}, tmp_path / "s.mp4"), 0.5).astype(int)
    assert f.shape == (320, 180, 3)
    pad = f[5:80].reshape(-1, 3).mean(axis=0)
    assert pad[1] > 200 and pad[0] < 40 and pad[2] < 40  # green pad above the 180x136 picture
    assert np.abs(f[160] - [0, 255, 0]).sum(axis=1).mean() > 100  # the centre is the picture


def test_crop_fills_the_canvas(clip: Path, tmp_path: Path) -> None:
    d = draft(main(seg("a", 0, 1000)), w=180, h=320, fit="crop")
    f = frame_at(render(d, {"a": clip}, tmp_path / "c.mp4"), 0.5)
    assert f.shape == (320, 180, 3)
    for rows in (f[:20], f[-20:], f[150:170]):
        assert _sharpness(rows) > 3  # picture everywhere: no pad band, no blur


def _text_box(with_text: np.ndarray, without: np.ndarray) -> tuple[int, int, int, int]:
    diff = np.abs(with_text.astype(int) - without.astype(int)).sum(axis=2) > 60
    ys, xs = np.nonzero(diff)
    assert len(xs), "no text drawn"
    return int(xs.min()), int(ys.min()), int(xs.max()), int(ys.max())


def test_title_visible_then_gone(clip: Path, tmp_path: Path) -> None:
    base = draft(main(seg("a", 0, 3000)))
    with_title = draft(main(seg("a", 0, 3000)), title("Urban Dreams", 0, 1500, size=40, style="bold"))
    plain = render(base, {"a": clip}, tmp_path / "plain.mp4")
    titled = render(with_title, {"a": clip}, tmp_path / "title.mp4")
    region = (slice(90, 150), slice(20, 300))
    def region_diff(t: float) -> float:
        both = frame_at(titled, t).astype(float) - frame_at(plain, t).astype(float)
        return float(np.abs(both)[region].mean())

    diff_on, diff_off = region_diff(0.72), region_diff(2.42)
    assert diff_on > 20
    assert diff_off < 3  # only compression noise after the end time


def test_special_characters_are_drawn_literally(still: Path, tmp_path: Path) -> None:
    line1, line2 = "It's: a \\ back%{pts}", "50%, [x];y {z}"
    text = f"{line1}\n{line2}"
    empty = frame_at(render(draft(main(seg("a", 0, 2000))), {"a": still}, tmp_path / "e.mp4"), 1.0)
    out = render(draft(main(seg("a", 0, 2000)), title(text, 0, 2000, size=20, style="plain")),
                 {"a": still}, tmp_path / "t.mp4")
    f1, f2 = frame_at(out, 0.5), frame_at(out, 1.5)
    # %{pts} is not expanded: the text is the same at two different times
    assert np.abs(f1.astype(int) - f2.astype(int)).max() < 40
    x0, y0, x1, y1 = _text_box(f1, empty)
    font = ImageFont.truetype(str(latin_font()), 20)  # "plain" = regular weight
    want_w = max(font.getbbox(line)[2] - font.getbbox(line)[0] for line in (line1, line2))
    assert abs((x1 - x0 + 1) - want_w) <= max(4, want_w * 0.06), (x1 - x0 + 1, want_w)
    assert 38 <= y1 - y0 + 1 <= 60  # two lines of 20 px type


def test_cjk_title_renders_with_bundled_font(still: Path, tmp_path: Path) -> None:
    empty = frame_at(render(draft(main(seg("a", 0, 1000))), {"a": still}, tmp_path / "e.mp4"), 0.5)
    titled = draft(main(seg("a", 0, 1000)), title("城市之梦", 0, 1000, size=40))
    out = render(titled, {"a": still}, tmp_path / "z.mp4")
    f = frame_at(out, 0.5)
    x0, _y0, x1, _y1 = _text_box(f, empty)
    assert 4 * 40 * 0.8 <= x1 - x0 + 1 <= 4 * 40 * 1.2  # four full-width glyphs, not tofu-free nothing
    ink = (np.abs(f.astype(int) - empty.astype(int)).sum(axis=2) > 60).sum()
    assert ink > 1500  # bold strokes (a Thin default instance would draw far fewer pixels)


def test_bgm_volume_and_muted_track(still: Path, music: Path, tmp_path: Path) -> None:
    def bgm(volume: float, **kw: Any) -> dict[str, Any]:
        return {"tt": 1, "id": "bgm", "role": "bgm",
                "sg": [{"id": "b", "start": 0, "d": 2000, "src": "m", "volume": volume, **kw}]}
    paths = {"a": still, "m": music}
    full = render(draft(main(seg("a", 0, 2000), muted=True), bgm(1.0)), paths, tmp_path / "full.mp4")
    part = render(draft(main(seg("a", 0, 2000), muted=True), bgm(0.35)), paths, tmp_path / "part.mp4")
    silent = render(draft(main(seg("a", 0, 2000), muted=True)), paths, tmp_path / "mute.mp4")
    rf, rp, rs = (audio_rms(p, 0.2, 1.8) for p in (full, part, silent))
    assert rs < 1e-4
    assert rf > 0.02
    assert rp == pytest.approx(0.35 * rf, rel=0.08)
    both = render(draft(main(seg("a", 0, 2000)), bgm(0.35)), paths, tmp_path / "both.mp4")
    clip_only = render(draft(main(seg("a", 0, 2000))), paths, tmp_path / "clip.mp4")
    rb, rc = audio_rms(both, 0.2, 1.8), audio_rms(clip_only, 0.2, 1.8)
    assert rc < rb < rc + rp  # mixed: louder than the clip alone (uncorrelated tones add in power)


def test_awkward_scratch_folder_paths_are_escaped(
    still: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Text files, the ASS file and fonts live under the temp folder: its path is escaped too."""
    import tempfile

    odd = tmp_path / "it's a [b],c;d:e %{x}"
    odd.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(odd))
    subs = {"tt": 7, "id": "subtitles", "role": "subtitle", "burn": True,
            "sg": [{"id": "c", "start": 0, "d": 1000, "text": "字幕"}]}
    d = draft(main(seg("a", 0, 1000)), title("标题 x", 0, 1000, size=30), subs)
    plan = build_render(d, {"a": still}, {"quality": "low"}, tmp_path / "o.mp4")
    assert plan.workdir is not None and str(plan.workdir).startswith(str(odd))
    out = run_render(plan)
    assert frame_at(out, 0.5).max() > 200  # white text on the black clip


def test_crop_follows_the_focus_point(clip: Path, tmp_path: Path) -> None:
    # a focus at the far left keeps the source's left part in view, at the far right its right part
    left = draft(main(seg("a", 0, 1000, focus={"x": 0.0, "y": 0.5})), w=180, h=320, fit="crop")
    right = draft(main(seg("a", 0, 1000, focus={"x": 1.0, "y": 0.5})), w=180, h=320, fit="crop")
    fl = frame_at(render(left, {"a": clip}, tmp_path / "l.mp4"), 0.5).astype(float)
    fr = frame_at(render(right, {"a": clip}, tmp_path / "r.mp4"), 0.5).astype(float)
    src = frame_at(clip, 0.5).astype(float)  # 320x240 → covered as 426x320: the crop is 180 wide
    src_scaled = np.asarray(Image.fromarray(src.astype(np.uint8)).resize((426, 320))).astype(float)
    assert np.abs(fl - src_scaled[:, :180]).mean() < 15
    assert np.abs(fr - src_scaled[:, -180:]).mean() < 15
    assert np.abs(fl - fr).mean() > 30


def test_many_cuts_of_one_file_share_one_input(clip: Path, tmp_path: Path) -> None:
    """A remove-silences edit: 24 pieces of one file, each 120 ms, skipping 80 ms between them."""
    # at 90 % volume: plain cuts of an x264 file would take the smart cut (test_render_smartcut)
    segs = [seg("a", i * 120, 120, **{"in": i * 200, "volume": 0.9}) for i in range(24)]
    plan = build_render(draft(main(*segs)), {"a": clip}, {"quality": "low"}, tmp_path / "many.mp4")
    assert plan.args.count("-i") == 1 and not plan.smart_cut
    out = run_render(plan)
    p = probe(out)
    assert abs(p.duration - 24 * 0.12) <= FRAME
    for k in (3, 11, 20):  # piece k shows the source at k*200 ms (+ 40 ms into the piece)
        got = frame_at(out, k * 0.12 + 0.05).astype(float)
        assert np.abs(got - frame_at(clip, k * 0.2 + 0.05).astype(float)).mean() < 8, k
    assert audio_rms(out, 0.2, 2.6) > 0.03


def test_long_title_is_wrapped_inside_the_frame(still: Path, tmp_path: Path) -> None:
    plain = render(draft(main(seg("a", 0, 1000)), w=180, h=320), {"a": still}, tmp_path / "e.mp4")
    empty = frame_at(plain, 0.5)
    long_title = title("Welcome to the most amazing city trip of the summer", 0, 1000, size=30, style="plain")
    out = render(draft(main(seg("a", 0, 1000)), long_title, w=180, h=320), {"a": still}, tmp_path / "t.mp4")
    x0, y0, x1, y1 = _text_box(frame_at(out, 0.5), empty)
    assert x0 >= 4 and x1 <= 175  # nothing runs off the sides
    assert y1 - y0 > 3 * 30  # several lines of 30 px type
