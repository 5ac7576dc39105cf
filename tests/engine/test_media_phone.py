"""Phone and camera realities: each made with ffmpeg, exported as uploaded, checked by probe and frames."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import av
import numpy as np
import pytest

from tests import media
from tests.engine.conftest import User
from tests.engine.test_api_render import poll_until_done, rid, submit
from tests.engine.test_render_sync import marks
from tests.media import frame_at, probe, run_ffmpeg
from vidai_nb.engine.media.probe import probe as engine_probe
from vidai_nb.engine.ops import MediaRef, apply, build_draft
from vidai_nb.engine.render import build_render, run_render


def ref(path: Path, mid: str = "m1") -> MediaRef:
    info = engine_probe(path)
    return MediaRef(mid, path.name, info.kind, info.duration_ms, info.width, info.height, info.has_audio)


def export(paths: list[Path], out: Path, ops: list[dict[str, Any]] = (), **output: Any) -> Path:  # type: ignore[assignment]
    refs = [ref(p, f"m{i}") for i, p in enumerate(paths)]
    draft = build_draft(refs)
    for op in ops:
        draft = apply(draft, op, {r.media_id: r for r in refs})
    plan = build_render(draft, {r.media_id: p for r, p in zip(refs, paths, strict=True)},
                        {"quality": "low", **output}, out)
    return run_render(plan)


def colour_bars(path: Path, size: str, extra: list[str], seconds: float = 2, rate: int = 25,
                audio: list[str] | None = None) -> Path:
    """Four solid colour quarters (red, green, blue, white): colours are checked where they are."""
    w, h = (int(x) for x in size.split("x"))
    part = f"s={w // 2}x{h // 2}:r={rate}:d={seconds}"
    src = (f"color=c=red:{part}[a];color=c=lime:{part}[b];color=c=blue:{part}[c];color=c=white:{part}[d];"
           "[a][b]hstack[top];[c][d]hstack[bot];[top][bot]vstack")
    run_ffmpeg("-f", "lavfi", "-i", src, *(audio or []), *extra, "-t", str(seconds), str(path))
    return path


def quarters(frame: np.ndarray) -> list[np.ndarray]:
    h, w, _ = frame.shape
    return [frame[h // 4, w // 4], frame[h // 4, 3 * w // 4], frame[3 * h // 4, w // 4],
            frame[3 * h // 4, 3 * w // 4]]


EXPECTED = [(255, 0, 0), (0, 255, 0), (0, 0, 255), (255, 255, 255)]


def test_hevc_10_bit_exports_as_8_bit_h264_with_its_colours(tmp_path: Path) -> None:
    src = colour_bars(tmp_path / "hevc10.mp4", "640x360",
                      ["-c:v", "libx265", "-preset", "ultrafast", "-pix_fmt", "yuv420p10le", "-tag:v", "hvc1",
                       "-x265-params", "log-level=error"])
    assert probe(src).video["pix_fmt"] == "yuv420p10le"
    out = export([src], tmp_path / "out.mp4")
    p = probe(out)
    assert p.video["codec"] == "h264" and p.video["pix_fmt"] == "yuv420p"
    for got, want in zip(quarters(frame_at(out, 1.0)), EXPECTED, strict=True):
        assert np.abs(got.astype(int) - want).max() < 30, (got, want)


def export_via_engine(user: User, files: list[Path], out: Path) -> Path:
    """Upload as a person does (the engine sets the canvas from the uploads), export, download."""
    sid = user.new_session()
    assert user.upload(sid, *((f.name, f) for f in files)).status_code == 200
    state = user.state(sid)
    draft = state["draft"]
    main = draft["t"][0]["sg"]
    for info in state["video_infos"][1:]:  # the rest after the first, as "add the other clips" does
        d = round(info["duration"] * 1000)
        main.append({**main[0], "id": f"s{len(main) + 1}", "start": draft["d"], "d": d,
                     "src": info["media_id"], "name": info["filename"]})
        draft["d"] += d
    render_id = rid()
    assert submit(user, sid, draft, render_id).status_code == 200
    assert poll_until_done(user, render_id, timeout=300)["data"]["status"] == "completed"
    out.write_bytes(user.get(f"/api/render/proxy/{render_id}/download").content)
    return out


def test_4k60_exports_1080p60_by_default(user: User, tmp_path: Path) -> None:
    src = colour_bars(tmp_path / "uhd.mp4", "3840x2160", ["-c:v", "libx264", "-preset", "ultrafast",
                                                          "-pix_fmt", "yuv420p"], seconds=1, rate=60)
    out = export_via_engine(user, [src], tmp_path / "out.mp4")
    p = probe(out)
    assert (p.video["width"], p.video["height"]) == (1920, 1080)
    assert p.video["fps"] == pytest.approx(60, abs=0.5)
    for got, want in zip(quarters(frame_at(out, 0.5)), EXPECTED, strict=True):
        assert np.abs(got.astype(int) - want).max() < 30


@pytest.mark.parametrize("layout,rate", [("mono", 8000), ("5.1", 48000)])
def test_mono_8k_and_5_1_48k_come_out_as_48k_aac_with_the_sound(tmp_path: Path, layout: str,
                                                                 rate: int) -> None:
    """5.1 is mixed to stereo; a mono recording exported on its own stays mono (what the stream copy
    and the smart cut give it: one layout whichever path exports the draft; players put it on both
    sides)."""
    tone = f"sine=f=440:r={rate}:d=2"
    audio = ["-f", "lavfi", "-i", tone]
    if layout == "5.1":  # the voice is in the centre channel, as in films and camera 5.1 mixes
        audio = ["-f", "lavfi", "-i", f"{tone},pan=5.1|FC=c0"]
    src = colour_bars(tmp_path / f"{layout}.mp4", "320x240",
                      ["-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac"],
                      audio=audio)
    assert probe(src).audio["channels"] == (1 if layout == "mono" else 6)  # type: ignore[index]
    out = export([src], tmp_path / "out.mp4")
    a = probe(out).audio
    assert a is not None and a["codec"] == "aac" and a["sample_rate"] == 48000
    assert a["channels"] == (1 if layout == "mono" else 2)
    with av.open(str(out)) as c:
        level = np.concatenate([f.to_ndarray() for f in c.decode(audio=0)], axis=1)
    sides = [float(np.sqrt(np.mean(ch[10000:-10000] ** 2))) for ch in level]
    assert all(s > 0.04 for s in sides) and max(sides) - min(sides) < 0.01  # heard (sine: 0.088), evenly


def test_several_audio_streams_use_the_one_with_sound(tmp_path: Path) -> None:
    src = tmp_path / "two.mov"
    run_ffmpeg("-f", "lavfi", "-i", "testsrc2=s=320x240:r=25:d=2",
               "-f", "lavfi", "-i", "anullsrc=r=48000:cl=stereo",  # a camera's silent first track
               "-f", "lavfi", "-i", "sine=f=440:r=48000:d=2", "-map", "0:v", "-map", "1:a", "-map", "2:a",
               "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac", "-t", "2",
               str(src))
    out = export([src], tmp_path / "out.mp4")
    assert media.audio_rms(out, 0.3, 1.7) > 0.05  # the second stream's tone (RMS 0.088), not silence


def test_video_without_audio_plus_music(tmp_path: Path) -> None:
    silent = media.make_video(tmp_path / "silent.mp4", seconds=3, audio=False)
    music = media.make_audio(tmp_path / "music.mp3", seconds=5)
    out = export([silent, music], tmp_path / "out.mp4")
    p = probe(out)
    assert p.audio is not None and abs(p.duration - 3) < 0.1
    assert media.audio_rms(out, 0.5, 2.5) > 0.005  # the music (at its default level, fading in and out)


@pytest.mark.parametrize("name", ["clip.mkv", "clip.webm"])
def test_mkv_and_webm_vp9_opus(tmp_path: Path, name: str) -> None:
    src = media.make_video(tmp_path / name, seconds=2)
    out = export([src], tmp_path / "out.mp4")
    p = probe(out)
    assert p.video["codec"] == "h264" and p.audio is not None and p.audio["codec"] == "aac"
    assert abs(p.duration - 2) < 0.1 and media.audio_rms(out, 0.3, 1.7) > 0.05


def test_phone_mov_with_data_and_timecode_tracks(tmp_path: Path) -> None:
    plain = media.make_video(tmp_path / "plain.mp4", seconds=2)
    src = tmp_path / "phone.mov"
    run_ffmpeg("-i", str(plain), "-map", "0", "-c", "copy", "-timecode", "01:02:03:04",
               "-metadata", "com.apple.quicktime.make=Apple", str(src))
    with av.open(str(src)) as c:
        assert any(s.type == "data" for s in c.streams)  # the tmcd track
    info = engine_probe(src)
    assert info.duration_ms == pytest.approx(2000, abs=50)
    out = export([src], tmp_path / "out.mp4")
    p = probe(out)
    assert {s["type"] for s in p.streams} == {"video", "audio"} and abs(p.duration - 2) < 0.1


def test_portrait_phone_clip_stored_landscape_is_upright_on_a_portrait_canvas(tmp_path: Path) -> None:
    stored = colour_bars(tmp_path / "stored.mp4", "640x360", ["-c:v", "libx264", "-preset", "ultrafast",
                                                             "-pix_fmt", "yuv420p"])
    phone = tmp_path / "phone.mp4"
    run_ffmpeg("-display_rotation:v:0", "90", "-i", str(stored), "-c", "copy", str(phone))
    out = export([phone], tmp_path / "out.mp4")
    p = probe(out)
    assert (p.video["width"], p.video["height"]) == (360, 640)
    # 90° counter-clockwise display: the stored top-right (green) quarter is shown top-left
    tl, _, _, br = quarters(frame_at(out, 1.0))
    assert np.abs(tl.astype(int) - (0, 255, 0)).max() < 40 and np.abs(br.astype(int) - (0, 0, 255)).max() < 40


def test_variable_frame_rate_stays_in_sync(tmp_path: Path) -> None:
    """A screen-recorder style VFR clip: frames at irregular times; flashes and beeps stay together."""
    cfr = tmp_path / "cfr.mp4"
    run_ffmpeg("-f", "lavfi", "-i",
               "color=c=black:s=160x120:r=60:d=12,drawbox=c=white:t=fill:enable='lt(mod(t,1),0.05)'",
               "-f", "lavfi", "-i", "sine=f=1000:r=48000:d=12,volume='if(lt(mod(t,1),0.05),1,0)':eval=frame",
               "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac", str(cfr))
    vfr = tmp_path / "vfr.mp4"
    # drop frames irregularly (keep the flashes): 60 fps with gaps of up to ~0.2 s
    run_ffmpeg("-i", str(cfr), "-vf", "select='lt(mod(t,1),0.05)+not(mod(n,7))+not(mod(n,11))'",
               "-fps_mode", "vfr", "-c:v", "libx264", "-preset", "ultrafast", "-c:a", "copy", str(vfr))
    out = export([vfr], tmp_path / "out.mp4")
    fps = probe(out).video["fps"]
    flashes, beeps = marks(out)
    assert len(flashes) >= 10 and len(beeps) >= 10
    for f in flashes[:12]:
        nearest = min(beeps, key=lambda b: abs(b - f))
        assert abs(nearest - f) <= 1 / fps + 0.005, (f, nearest)


@pytest.mark.parametrize("size", ["2560x1600", "1366x768", "3024x1964"])
def test_screen_recording_sizes_scale_without_distortion(tmp_path: Path, size: str) -> None:
    w, h = (int(x) for x in size.split("x"))
    src = tmp_path / "screen.mp4"
    side = h // 3  # a white square in the middle of a dark screen
    box = f"drawbox=x={(w - side) // 2}:y={(h - side) // 2}:w={side}:h={side}:c=white:t=fill"
    run_ffmpeg("-f", "lavfi", "-i", f"color=c=0x202020:s={size}:r=30:d=1,{box}",
               "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", str(src))
    out = export([src], tmp_path / "out.mp4")
    p = probe(out)
    ow, oh = p.video["width"], p.video["height"]
    assert min(ow, oh) == min(1080, h) and ow / oh == pytest.approx(w / h, rel=0.01)
    lit = np.argwhere(frame_at(out, 0.5).mean(axis=2) > 128)
    (y0, x0), (y1, x1) = lit.min(axis=0), lit.max(axis=0)
    assert (x1 - x0 + 1) / (y1 - y0 + 1) == pytest.approx(1.0, abs=0.03)  # the square stays square


def test_mixed_10_and_60_fps_take_the_highest_rate(user: User, tmp_path: Path) -> None:
    slow = media.make_video(tmp_path / "slow.mp4", seconds=1, fps=10)
    fast = media.make_video(tmp_path / "fast.mp4", seconds=1, fps=60)
    out = export_via_engine(user, [slow, fast], tmp_path / "out.mp4")
    p = probe(out)
    assert p.video["fps"] == pytest.approx(60, abs=0.5) and abs(p.duration - 2) < 0.1


def _sharpness(gray: np.ndarray) -> float:
    """Variance of the Laplacian: how much fine edge detail (small text) a picture holds."""
    g = gray.astype(float)
    lap = 4 * g[1:-1, 1:-1] - g[:-2, 1:-1] - g[2:, 1:-1] - g[1:-1, :-2] - g[1:-1, 2:]
    return float(lap.var())


def test_small_text_of_a_screen_recording_stays_sharp_at_1080p(tmp_path: Path) -> None:
    from vidai_nb.engine.media.fonts import latin_font

    font = latin_font()
    lines = ",".join(
        f"drawtext=fontfile='{font}':text='def transcribe(path, language) -> list[Word]\\: # line {i}'"
        f":x=40:y={40 + i * 30}:fontsize=20:fontcolor=black" for i in range(12))
    src = tmp_path / "screen.mp4"
    run_ffmpeg("-f", "lavfi", "-i", f"color=c=white:s=2560x1600:r=30:d=1,{lines}", "-c:v", "libx264",
               "-preset", "ultrafast", "-qp", "0", "-pix_fmt", "yuv444p", str(src))
    out = export([src], tmp_path / "out.mp4", quality="high")
    ref = tmp_path / "ref.png"  # the best a 1728x1080 picture of this screen can be: Lanczos, no encoding
    run_ffmpeg("-i", str(src), "-vf", "scale=1728:1080:flags=lanczos", "-frames:v", "1", str(ref))
    with av.open(str(ref)) as c:
        want = next(c.decode(video=0)).to_ndarray(format="gray")
    got = frame_at(out, 0.5).mean(axis=2)
    region = (slice(20, 300), slice(20, 700))  # the text
    assert _sharpness(got[region]) >= 0.93 * _sharpness(want[region])  # bicubic scaling gave 0.86


@pytest.mark.parametrize("fit", ["solid", "crop"])
def test_mixed_sizes_and_shapes_follow_the_fit_rule(tmp_path: Path, fit: str) -> None:
    """Landscape, portrait and square clips on one 16:9 canvas: each whole and undistorted with bars
    ("solid"), or filling the canvas ("crop"), as the draft's fit says."""
    clips = []
    for name, size, colour in [("wide", "320x180", "red"), ("tall", "180x320", "lime"),
                               ("square", "240x240", "blue")]:
        clips.append(tmp_path / f"{name}.mp4")
        run_ffmpeg("-f", "lavfi", "-i", f"color=c={colour}:s={size}:r=25:d=1", "-c:v", "libx264",
                   "-preset", "ultrafast", "-pix_fmt", "yuv420p", str(clips[-1]))
    refs = [ref(p, f"m{i}") for i, p in enumerate(clips)]
    draft = build_draft(refs[:1])
    draft = apply(draft, {"op": "add_clips", "media_ids": ["m1", "m2"]}, {r.media_id: r for r in refs})
    draft["m"].update(fit=fit, bg="#000000")
    plan = build_render(draft, {r.media_id: p for r, p in zip(refs, clips, strict=True)},
                        {"quality": "low"}, tmp_path / "out.mp4")
    out = run_render(plan)
    p = probe(out)
    assert (p.video["width"], p.video["height"]) == (320, 180) and abs(p.duration - 3) < 0.1
    for t, aspect in [(0.5, 16 / 9), (1.5, 9 / 16), (2.5, 1.0)]:
        lit = np.argwhere(frame_at(out, t).max(axis=2) > 100)
        (y0, x0), (y1, x1) = lit.min(axis=0), lit.max(axis=0)
        w, h = x1 - x0 + 1, y1 - y0 + 1
        if fit == "crop":
            assert (w, h) == (320, 180)  # filled to every edge
        else:  # as tall as the canvas (all three are at least as tall, relatively), shape kept
            assert h == 180 and w / h == pytest.approx(aspect, rel=0.04), (t, w, h)
