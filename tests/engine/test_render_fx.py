"""The rest of the draft: images, overlays, transitions, freeze, effects, ducking, burned subtitles."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import av
import numpy as np
import pytest

from tests import media
from tests.media import audio_rms, frame_at, probe
from vidai_nb.engine.render import build_render, run_render


def seg(src: str, start: int, d: int, **kw: Any) -> dict[str, Any]:
    return {"id": f"{src}{start}", "start": start, "d": d, "src": src, "kind": "video", "in": 0, **kw}


def draft(*segs: dict[str, Any], tracks: tuple[dict[str, Any], ...] = (), **meta: Any) -> dict[str, Any]:
    return {"m": {"width": 320, "height": 240, "fps": 25, **meta},
            "t": [{"tt": 0, "id": "video", "role": "main", "sg": list(segs)}, *tracks]}


@pytest.fixture(scope="module")
def paths(clip: Path, clip2: Path, music: Path, picture: Path, media_dir: Path) -> dict[str, Path]:
    voice = media.make_video(media_dir / "voice.mp4", seconds=3, pattern="color", tone_hz=220)
    return {"a": clip, "b": clip2, "m": music, "p": picture, "v": voice}


def render(d: dict[str, Any], paths: dict[str, Path], out: Path, **output: Any) -> Path:
    return run_render(build_render(d, paths, {"quality": "low", **output}, out))


def diff(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.abs(a.astype(float) - b.astype(float)).mean())


def test_image_clip_and_transition(paths: dict[str, Path], tmp_path: Path) -> None:
    d = draft(seg("a", 0, 1500, **{"in": 1000}),
              seg("p", 1500, 1000, kind="image", transition={"type": "fade", "d": 400}))
    out = render(d, paths, tmp_path / "t.mp4")
    assert abs(probe(out).duration - 2.5) <= 0.04  # the crossfade does not shorten the programme
    red = frame_at(out, 2.2)[100:140, 100:220].reshape(-1, 3).mean(axis=0)
    assert red[0] > 200 and red[1] < 40 and red[2] < 40  # the image (red) after the fade
    mid = frame_at(out, 1.7)  # inside the fade: neither the clip nor the image
    assert diff(mid, frame_at(out, 2.3)) > 10 and diff(mid, frame_at(paths["a"], 2.7)) > 10
    assert audio_rms(out, 1.9, 2.4) < 0.005  # an image has no sound: silence, not an error


def test_freeze_frame_is_still(paths: dict[str, Path], tmp_path: Path) -> None:
    out = render(draft(seg("a", 0, 1500, **{"in": 2000}, freeze=True)), paths, tmp_path / "f.mp4")
    assert diff(frame_at(out, 0.1), frame_at(out, 1.3)) < 2
    assert diff(frame_at(out, 0.7), frame_at(paths["a"], 2.0)) < 8


def test_logo_overlay_top_right(paths: dict[str, Path], tmp_path: Path) -> None:
    logo = {"tt": 0, "id": "overlay", "role": "overlay",
            "sg": [{"id": "o", "start": 500, "d": 1000, "src": "p", "kind": "image", "pos": "top-right",
                    "scale": 0.2, "opacity": 1.0}]}
    out = render(draft(seg("b", 0, 2000), tracks=(logo,)), paths, tmp_path / "o.mp4")
    box = (slice(10, 50), slice(258, 310))  # 64x48 logo at 7 px from the top right corner
    on, off = frame_at(out, 1.0)[box].reshape(-1, 3).mean(axis=0), frame_at(out, 1.8)[box]
    assert on[0] > 200 and on[1] < 40 and on[2] < 40
    assert diff(off, frame_at(paths["b"], 1.8)[box]) < 8  # gone after its end


def test_colour_fades_and_flip(paths: dict[str, Path], tmp_path: Path) -> None:
    plain = render(draft(seg("b", 0, 2000, speed=1.01)), paths, tmp_path / "p.mp4")
    fx = {"fade_in": 500, "fade_out": 500, "color": {"gray": True}, "hflip": True}
    out = render(draft(seg("b", 0, 2000, speed=1.01), fx=fx), paths, tmp_path / "fx.mp4")
    f = frame_at(out, 1.0).astype(int)
    assert np.abs(f[:, :, 0] - f[:, :, 1]).mean() < 3  # gray
    assert frame_at(out, 0.0).mean() < 25 and frame_at(out, 1.98).mean() < 40  # faded from/to black
    ref = frame_at(plain, 1.0).astype(float).mean(axis=2)
    got = f.astype(float).mean(axis=2)
    assert np.abs(got - ref[:, ::-1]).mean() < np.abs(got - ref).mean() / 2  # mirrored
    assert audio_rms(out, 0.0, 0.1) < audio_rms(out, 0.8, 1.2) / 3  # the sound fades in too


def test_rotate_90_swaps_the_source(paths: dict[str, Path], tmp_path: Path) -> None:
    d = draft(seg("a", 0, 1000), fit="solid", bg="#000000", fx={"rotate": 90})
    out = render(d, paths, tmp_path / "r.mp4")
    f = frame_at(out, 0.5)
    # a 240x320 (portrait) picture centred on the 320x240 canvas: 180x240, black at the sides
    assert f[:, :60].mean() < 10 and f[:, -60:].mean() < 10 and f[:, 100:220].mean() > 40


def test_loudnorm_denoise_and_ducking(paths: dict[str, Path], tmp_path: Path) -> None:
    quiet = render(draft(seg("v", 0, 2000, volume=0.2)), paths, tmp_path / "q.mp4")
    loud = render(draft(seg("v", 0, 2000, volume=0.2), fx={"loudnorm": -14, "denoise": True}), paths,
                  tmp_path / "l.mp4")
    assert audio_rms(loud, 0.5, 1.8) > 2 * audio_rms(quiet, 0.5, 1.8)

    def with_music(duck: bool) -> Path:
        bgm = {"tt": 1, "id": "bgm", "role": "bgm",
               "sg": [{"id": "m", "start": 0, "d": 2000, "src": "m", "volume": 0.8, "duck": duck}]}
        return render(draft(seg("v", 0, 2000), tracks=(bgm,)), paths, tmp_path / f"d{duck}.mp4")

    # the music's own tone (330 Hz) is pushed down while the clip's sound (220 Hz) plays
    ducked, free = with_music(True), with_music(False)
    assert tone_level(ducked, 330) < tone_level(free, 330) * 0.5
    assert tone_level(ducked, 220) == pytest.approx(tone_level(free, 220), rel=0.1)


def tone_level(path: Path, hz: float, start: float = 0.5, end: float = 1.8) -> float:
    """Amplitude of one frequency in the first channel (FFT over [start, end))."""
    with av.open(str(path)) as c:
        stream = c.streams.audio[0]
        rate = stream.codec_context.sample_rate
        chunks = [f.to_ndarray()[0] for f in c.decode(stream) if f.time is not None and start <= f.time < end]
    x = np.concatenate(chunks).astype(float)
    spectrum = np.abs(np.fft.rfft(x * np.hanning(len(x))))
    k = round(hz * len(x) / rate)
    return float(spectrum[k - 3:k + 4].max() / len(x))


def test_burned_subtitles_show_during_the_cue(paths: dict[str, Path], tmp_path: Path) -> None:
    subs = {"tt": 7, "id": "subtitles", "role": "subtitle", "burn": True,
            "sg": [{"id": "c1", "start": 0, "d": 1000, "text": "Hello {there} \\N 你好", "style": "boxed"}]}
    plain = render(draft(seg("v", 0, 2000)), paths, tmp_path / "p.mp4")
    out = render(draft(seg("v", 0, 2000), tracks=(subs,)), paths, tmp_path / "s.mp4")
    def changed(t: float) -> int:
        d = np.abs(frame_at(out, t).astype(int) - frame_at(plain, t).astype(int)).sum(axis=2)
        return int((d[170:] > 60).sum())

    assert changed(0.5) > 150  # the letters at the bottom (the box is black on black)
    assert changed(1.5) < 10


def test_gap_and_titles_beyond_the_video(paths: dict[str, Path], tmp_path: Path) -> None:
    title = {"tt": 7, "id": "title", "role": "title",
             "sg": [{"id": "t", "start": 0, "d": 3000, "text": "END", "size": 40}]}
    out = render(draft(seg("a", 0, 1000), seg("b", 1500, 1000), tracks=(title,)), paths, tmp_path / "g.mp4")
    p = probe(out)
    assert abs(p.duration - 3.0) <= 0.04
    gap = frame_at(out, 1.22)
    assert gap[:60].mean() < 10  # black in the hole (the title sits in the middle)
    assert frame_at(out, 2.9)[:60].mean() < 10 and frame_at(out, 2.9)[100:140].max() > 200


def test_rotated_phone_clip_is_not_stretched(paths: dict[str, Path], tmp_path: Path) -> None:
    phone = tmp_path / "phone.mp4"
    media.run_ffmpeg("-display_rotation:v:0", "90", "-i", str(paths["a"]), "-c", "copy", str(phone))
    d = draft(seg("r", 0, 1000, speed=1.1), fit="solid", bg="#000000")
    f = frame_at(render(d, {"r": phone}, tmp_path / "o.mp4"), 0.5)
    # displayed 240x320 (portrait) → 180x240 in the middle of the 320x240 canvas, black bars at the sides
    assert f[:, :60].max() < 30 and f[:, -60:].max() < 30 and f[:, 80:240].mean() > 40


def test_silent_clip_pip_with_sound_and_wipe(paths: dict[str, Path], tmp_path: Path) -> None:
    mute = media.make_video(tmp_path / "mute.mp4", seconds=2, audio=False)
    pip = {"tt": 0, "id": "pip", "role": "overlay",
           "sg": [{"id": "p", "start": 0, "d": 2000, "src": "v", "kind": "video",
                   "pos": {"x": 0.25, "y": 0.75}, "scale": 0.25, "volume": 1.0}]}
    d = draft(seg("s", 0, 1000), seg("b", 1000, 1000, transition={"type": "wipe", "d": 300}), tracks=(pip,))
    out = render(d, {**paths, "s": mute}, tmp_path / "o.mp4")
    p = probe(out)
    assert abs(p.duration - 2.0) <= 0.04 and p.audio is not None
    assert tone_level(out, 220, 0.1, 0.9) > 5 * tone_level(out, 660, 0.1, 0.9)  # only the PiP's sound
    assert tone_level(out, 660, 1.3, 1.9) > 0.002  # then the bars clip's own tone as well
    f = frame_at(out, 0.5)
    assert f[165:195, 65:95].max() < 20  # the black PiP (80x60) centred at 25 % / 75 %


def test_clip_shorter_than_its_segment_holds_the_last_frame(paths: dict[str, Path], tmp_path: Path) -> None:
    # clip2 is 4 s: asking for 3 s from 2.5 s runs 1.5 s past its end; the picture holds, sound pads
    d = draft(seg("b", 0, 3000, **{"in": 2500}), seg("a", 3000, 1000))
    out = render(d, paths, tmp_path / "o.mp4")
    assert abs(probe(out).duration - 4.0) <= 0.04
    assert diff(frame_at(out, 2.0), frame_at(out, 2.9)) < 2  # held
    assert diff(frame_at(out, 3.5), frame_at(paths["a"], 0.5)) < 12  # the next clip starts on time


def test_sound_only_draft_gets_a_black_picture(paths: dict[str, Path], tmp_path: Path) -> None:
    d = {"m": {"width": 320, "height": 240, "fps": 25},
         "t": [{"tt": 1, "id": "bgm", "role": "bgm", "sg": [{"id": "m", "start": 0, "d": 1500, "src": "m"}]}]}
    out = render(d, paths, tmp_path / "o.mp4")
    p = probe(out)
    assert abs(p.duration - 1.5) <= 0.04 and p.audio is not None
    assert frame_at(out, 0.7).max() < 20 and audio_rms(out, 0.2, 1.2) > 0.02


def test_transitions_are_clamped_and_keep_the_timeline(paths: dict[str, Path], tmp_path: Path) -> None:
    # a 1 s fade asked after a 0.6 s clip is clamped to 0.3 s; a fade after a hole is ignored
    d = draft(seg("a", 0, 600), seg("b", 600, 1400, transition={"type": "dissolve", "d": 1000}),
              seg("a", 2500, 500, transition={"type": "fade", "d": 400}))
    out = render(d, paths, tmp_path / "t.mp4")
    assert abs(probe(out).duration - 3.0) <= 0.04
    assert frame_at(out, 2.2).max() < 20  # the hole (2.0-2.5 s) is black
    assert diff(frame_at(out, 1.5), frame_at(paths["b"], 0.9)) < 12  # clip b runs on its own clock
    gif = render(d, paths, tmp_path / "t.gif", format="gif")  # the same graph without any sound
    assert gif.stat().st_size > 1000


def test_variable_rate_pip_keeps_its_clock(paths: dict[str, Path], tmp_path: Path) -> None:
    # A screen-recorder style clip: blue 0-1 s, then no frame until red at 1.6 s, green 1.7-2.5 s, white
    # after. A PiP of it from 1.02 s must show green 0.7-1.5 s into the PiP; with its first frame moved to
    # the PiP's start (PTS-STARTPTS) white came 0.6 s early, ahead of the PiP's own sound.
    vfr = tmp_path / "vfr.mp4"
    colours = [("blue", 1.6), ("red", 0.1), ("lime", 0.8), ("white", 1.5)]
    args = [a for c, s in colours for a in ("-f", "lavfi", "-i", f"color=c={c}:s=160x120:r=30:d={s}")]
    media.run_ffmpeg(*args, "-filter_complex",
                     "".join(f"[{i}:v]" for i in range(len(colours)))
                     + f"concat=n={len(colours)}:v=1:a=0,select='not(between(t,1.01,1.59))'[v]",
                     "-map", "[v]", "-fps_mode", "passthrough", "-c:v", "libx264", "-preset", "ultrafast",
                     "-pix_fmt", "yuv420p", str(vfr))
    pip = {"tt": 0, "id": "pip", "role": "overlay",
           "sg": [{"id": "p", "start": 500, "d": 2500, "src": "vfr", "kind": "video", "in": 1020,
                   "pos": "center", "scale": 0.5}]}
    out = render(draft(seg("a", 0, 3500), tracks=(pip,)), {**paths, "vfr": vfr}, tmp_path / "o.mp4")

    def pip_rgb(t: float) -> np.ndarray:
        return frame_at(out, t)[105:135, 145:175].reshape(-1, 3).mean(axis=0)

    green, white = pip_rgb(1.7), pip_rgb(2.4)
    assert green[1] > 200 and green[0] < 60 and green[2] < 60, green  # source 2.2 s: green
    assert white.min() > 200, white  # source 2.9 s: white
