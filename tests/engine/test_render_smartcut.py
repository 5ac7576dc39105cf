"""Smart cut: cut-only drafts of one x264 file copy whole GOPs and re-encode only around each cut.

Checked on generated media whose every frame is distinct (moving pattern + the frame number drawn
in): the output is decoded frame by frame and each frame must be the expected source frame; the
stream must decode without one error; picture and sound stay within one frame at every cut."""

from __future__ import annotations

import itertools
import json
import subprocess
import threading
from pathlib import Path
from typing import Any

import av
import numpy as np
import pytest

from tests import media
from vidai_nb.engine.render import RenderCancelled, build_render, h264, run_render
from vidai_nb.engine.render.smartcut import Piece, encoder_delay_if_matching, source_index
from vidai_nb.engine.render.smartcut_run import runs

FPS = 25


@pytest.fixture(scope="module")
def counted(media_dir: Path) -> Path:
    """12 s, 320x240 @ 25: testsrc2 with the frame number drawn in; x264's default B-frame pyramid,
    a keyframe every second; a 440 Hz sine at 48 kHz."""
    return media.make_counted(media_dir / "counted.mp4", 12, (320, 240), 48, preset="veryfast")


def cut_draft(cuts: list[tuple[int, int]], w: int = 320, h: int = 240, **extra: Any) -> dict[str, Any]:
    """Main-track segments (in ms, d ms) back to back."""
    segs, t = [], 0
    for i, (a, d) in enumerate(cuts):
        segs.append({"id": f"s{i}", "start": t, "d": d, "src": "a", "kind": "video", "in": a, **extra})
        t += d
    return {"m": {"width": w, "height": h, "fps": FPS}, "t": [{"tt": 0, "role": "main", "sg": segs}]}


def gray_frames(path: Path) -> list[np.ndarray]:
    with av.open(str(path)) as c:
        return [f.to_ndarray(format="gray").astype(np.int16) for f in c.decode(video=0)]


def decodes_cleanly(path: Path) -> None:
    run = subprocess.run([media.ffmpeg_exe(), "-v", "error", "-xerror", "-i", str(path), "-f", "null", "-"],
                         capture_output=True, text=True)
    assert run.returncode == 0 and not run.stderr.strip(), run.stderr


# in-point, length (ms): mid-GOP starts and ends, a part inside one GOP, one frame, a part starting on
# a keyframe, and parts out of source order
CUTS = [(130, 1900), (2480, 1520), (7000, 760), (4100, 40), (9000, 2400), (5520, 360)]


def expected_frames(cuts: list[tuple[int, int]]) -> list[int]:
    out: list[int] = []
    t = 0
    for a, d in cuts:
        n = round((t + d) * FPS / 1000) - round(t * FPS / 1000)
        out += range(round(a * FPS / 1000), round(a * FPS / 1000) + n)
        t += d
    return out


@pytest.mark.parametrize("workers", ["1", "3"])
def test_every_frame_is_the_expected_source_frame(counted: Path, tmp_path: Path, workers: str,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """The same frames whether one worker re-encodes every piece or three share them."""
    monkeypatch.setenv("VIDAI_SMARTCUT_WORKERS", workers)
    plan = build_render(cut_draft(CUTS), {"a": counted}, None, tmp_path / "cut.mp4")
    assert plan.smart_cut and not plan.stream_copy
    assert plan.workdir is not None
    pieces = json.loads((plan.workdir / "smartcut.json").read_text())["pieces"]
    copied = sum(p["frames"] for p in pieces if p["kind"] == "copy")
    encoded = sum(p["frames"] for p in pieces if p["kind"] == "encode")
    assert copied > encoded > 0  # whole GOPs really are copied, and the cuts really re-encoded
    out = run_render(plan)
    decodes_cleanly(out)
    p = media.probe(out)
    want = expected_frames(CUTS)
    assert p.video["codec"] == "h264" and p.video["frames"] == len(want)
    assert abs(p.duration - sum(d for _, d in CUTS) / 1000) <= 1 / FPS
    src, got = gray_frames(counted), gray_frames(out)
    assert len(got) == len(want)
    for i, (frame, k) in enumerate(zip(got, want, strict=True)):
        diffs = [np.abs(frame - src[j]).mean() if 0 <= j < len(src) else 1e9 for j in (k - 1, k, k + 1)]
        assert diffs[1] < 3 and diffs[1] < min(diffs[0], diffs[2]), f"output frame {i}: not source frame {k}"
    # one set of parameter sets for the whole track: the source's own
    with av.open(str(out)) as o, av.open(str(counted)) as s:
        assert h264.parse_avcc(o.streams.video[0].codec_context.extradata) == h264.parse_avcc(
            s.streams.video[0].codec_context.extradata)


def test_pieces_the_decoder_can_run_on_through_stay_in_one_group() -> None:
    """A worker decodes on from one piece to the next (no seek) when the next piece's keyframe is
    at or before where it stopped and the piece starts after it; any other piece starts a group."""
    pieces = [Piece("encode", 10, 15, key=0), Piece("copy", 25, 50, first=25, end=75),
              Piece("encode", 77, 2, key=75), Piece("encode", 90, 10, key=75),
              Piece("encode", 5, 3, key=0)]
    assert runs(pieces) == [[0], [2, 3], [4]]


@pytest.fixture(scope="module")
def flashes(media_dir: Path) -> Path:
    """8 s at 25 fps: a white frame and a 1 kHz beep together every 0.52 s (so cuts fall everywhere
    in the GOP), black and silent otherwise; x264 with B-frames, a keyframe every second."""
    path = media_dir / "smart_sync.mp4"
    media.run_ffmpeg(
        "-f", "lavfi", "-i",
        f"color=c=black:s=160x120:r={FPS}:d=8,drawbox=c=white:t=fill:enable='lt(mod(n,13),1)'",
        "-f", "lavfi", "-i", "aevalsrc='if(lt(mod(t,0.52),0.04),sin(2*PI*1000*t),0)':s=48000:d=8",
        "-c:v", "libx264", "-preset", "veryfast", "-g", str(FPS), "-pix_fmt", "yuv420p", "-c:a", "aac",
        "-shortest", str(path),
    )
    return path


def marks(path: Path) -> tuple[list[float], list[float]]:
    """Times of the white frames and of the beeps' onsets."""
    flash: list[float] = []
    with av.open(str(path)) as c:
        for f in c.decode(video=0):
            if f.to_ndarray(format="gray").mean() > 128 and f.time is not None:
                flash.append(f.time)
    beeps: list[float] = []
    with av.open(str(path)) as c:
        last = -1.0
        for f in c.decode(audio=0):
            x = np.abs(f.to_ndarray()[0])
            loud = np.flatnonzero(x > 0.3)
            if loud.size and f.time is not None:
                t = f.time + loud[0] / f.sample_rate
                if t - last > 0.015:  # a new beep, not the next cycle of the same one
                    beeps.append(t)
                last = f.time + loud[-1] / f.sample_rate
    return flash, beeps


def test_picture_and_sound_stay_within_a_frame_at_every_cut(flashes: Path, tmp_path: Path) -> None:
    # each part holds one or two flash+beep marks, starting at odd places in the GOP
    cuts = [(480, 700), (1480, 460), (3600, 1000), (2560, 600), (6200, 1300)]
    plan = build_render(cut_draft(cuts, 160, 120), {"a": flashes}, None, tmp_path / "sync.mp4")
    assert plan.smart_cut
    out = run_render(plan)
    decodes_cleanly(out)
    flash, beeps = marks(out)
    assert len(flash) == 10 and len(flash) == len(beeps), (flash, beeps)
    for f, b in zip(flash, beeps, strict=True):
        assert abs(f - b) <= 1 / FPS, (f, b)
    with av.open(str(out)) as c:
        v, a = c.streams.video[0], c.streams.audio[0]
        assert v.duration is not None and a.duration is not None and v.time_base and a.time_base
        assert abs(float(v.duration * v.time_base) - float(a.duration * a.time_base)) <= 1 / FPS


def test_joins_of_the_sound_are_cross_faded_not_clicks(counted: Path, tmp_path: Path) -> None:
    """A continuous 440 Hz tone cut at arbitrary phases: a hard join jumps by up to the full swing
    between two samples; the cross-fade keeps every step near a sine's own (AAC noise allowed)."""
    cuts = [(130, 1013), (2487, 1000), (5011, 977)]
    out = run_render(build_render(cut_draft(cuts), {"a": counted}, None, tmp_path / "tone.mp4"))
    with av.open(str(out)) as c:
        x = np.concatenate([f.to_ndarray()[0] for f in c.decode(audio=0)])
    steady = np.abs(np.diff(x[4800:-4800]))
    sine_step = 0.125 * 2 * np.pi * 440 / 48000  # ffmpeg's sine source is at 1/8 full scale
    assert steady.max() < 2.5 * sine_step
    assert len(x) == pytest.approx(sum(d for _, d in cuts) * 48, abs=48 * 40)


def test_the_source_settings_are_checked_not_assumed(counted: Path) -> None:
    index = source_index(counted)
    assert index is not None and index.settings["bframes"] == "3"
    params = h264.x264_params(index.settings, index.config.level)
    assert params is not None
    assert encoder_delay_if_matching(index, 320, 240, params) is not None
    # a setting that changes the PPS (CAVLC instead of CABAC) is caught by the byte comparison
    assert encoder_delay_if_matching(index, 320, 240, params + ":cabac=0") is None
    for odd in ("interlaced", "open_gop", "intra_refresh"):
        assert h264.x264_params({**index.settings, odd: "1"}, index.config.level) is None
    assert h264.x264_params({**index.settings, "rc": "abr"}, index.config.level) is None


def test_anything_but_pure_cuts_takes_the_normal_render(counted: Path, tmp_path: Path) -> None:
    base = [(130, 1900), (4100, 1000)]
    others = [
        (cut_draft(base, speed=2), None),  # a speed change
        (cut_draft(base, 640, 480), None),  # another size
        (cut_draft(base), {"format": "webm"}),  # another codec
        (cut_draft(base), {"fps": 30}),  # another rate
    ]
    titled = cut_draft(base)
    titled["t"].append({"tt": 7, "sg": [{"start": 0, "d": 1000, "text": "Hi"}]})
    others.append((titled, None))
    for draft, output in others:
        plan = build_render(draft, {"a": counted}, output, tmp_path / "o.mp4")
        assert not plan.smart_cut
        plan.cleanup()
    avi = media.make_video(tmp_path / "mpeg4.avi", seconds=3)
    plan = build_render(cut_draft([(130, 1000)]), {"a": avi}, None, tmp_path / "o.mp4")
    assert not plan.smart_cut
    plan.cleanup()


def test_a_cancelled_smart_cut_leaves_nothing(counted: Path, tmp_path: Path) -> None:
    cancel = threading.Event()
    plan = build_render(cut_draft(CUTS), {"a": counted}, None, tmp_path / "out" / "cut.mp4")
    assert plan.smart_cut and plan.workdir is not None
    with pytest.raises(RenderCancelled):
        run_render(plan, on_progress=lambda pct: cancel.set(), cancel=cancel)  # at the first report
    assert not (tmp_path / "out" / "cut.mp4").exists()
    assert [p.name for p in (tmp_path / "out").iterdir()] == []  # no partial file either
    assert not plan.workdir.exists()


@pytest.mark.parametrize(("codec", "why"), [
    (("-c:v", "libx265", "-x265-params", "log-level=error:keyint=25"), "HEVC, not H.264"),
    (("-c:v", "libopenh264", "-g", "25"), "not written by x264"),
    # x264 with its settings SEI stripped: the stream cannot say how to match it
    (("-c:v", "libx264", "-preset", "veryfast", "-g", "25", "-bsf:v", "filter_units=remove_types=6"),
     "not written by x264"),
])
def test_a_source_the_smart_cut_cannot_follow_is_re_encoded_frame_accurately_and_says_why(
        counted: Path, tmp_path: Path, codec: tuple[str, ...], why: str) -> None:
    src = tmp_path / "other.mp4"
    media.run_ffmpeg("-i", str(counted), *codec, "-pix_fmt", "yuv420p", "-c:a", "copy", str(src))
    cuts = CUTS[:3]
    plan = build_render(cut_draft(cuts), {"a": src}, None, tmp_path / "cut.mp4")
    assert not plan.smart_cut and plan.note.startswith("full re-encode, no smart cut: ") and why in plan.note
    out = run_render(plan)
    decodes_cleanly(out)
    want = expected_frames(cuts)
    source, got = gray_frames(src), gray_frames(out)
    assert len(got) == len(want)
    # The normal render starts a part on the first frame at or after its in-point, the smart cut on
    # the nearest frame: for an in-point between frames they differ by one (130 ms at 25 fps: frame
    # 4 vs 3). Since the VFR fix keeps each frame at its own time (the gap before the first frame is
    # held by it), such a part opens on the next frame for one frame and then runs on time: a part is
    # either all on time, all one frame late (the old timing) or [1, 0, 0, …]; none drifts or skips.
    found = []
    for i, (frame, k) in enumerate(zip(got, want, strict=True)):
        near = {j: np.abs(frame - source[j]).mean() for j in range(max(k - 1, 0), min(k + 3, len(source)))}
        best = min(near, key=near.__getitem__)
        assert near[best] < 6 and best in (k, k + 1), f"output frame {i}: source frame {best}, not {k}"
        found.append(best - k)
    parts = np.cumsum([0] + [len(expected_frames([c])) for c in cuts])
    for a, b in itertools.pairwise(parts):
        part = found[a:b]
        assert len(set(part)) == 1 or (part[0] == 1 and set(part[1:]) == {0}), found


def test_a_draft_that_does_more_than_cut_carries_no_smart_cut_note(counted: Path, tmp_path: Path) -> None:
    titled = cut_draft([(130, 1900)])
    titled["t"].append({"tt": 7, "sg": [{"start": 0, "d": 1000, "text": "Hi"}]})
    plan = build_render(titled, {"a": counted}, None, tmp_path / "o.mp4")
    assert not plan.smart_cut and plan.note == ""
    plan.cleanup()
    plan = build_render(cut_draft([(130, 1900)]), {"a": counted}, {"format": "webm"}, tmp_path / "o.webm")
    assert "the output is WEBM" in plan.note
    plan.cleanup()


@pytest.fixture(scope="module")
def noisy(media_dir: Path) -> Path:
    """8 s, 160x120 @ 25, a keyframe every second; pink noise (no two stretches alike) as AAC."""
    path = media_dir / "noisy.mp4"
    media.run_ffmpeg(
        "-f", "lavfi", "-i", f"testsrc2=s=160x120:r={FPS}:d=8",
        "-f", "lavfi", "-i", "anoisesrc=d=8:c=pink:r=48000:a=0.3:seed=5",
        "-c:v", "libx264", "-preset", "veryfast", "-g", str(FPS), "-pix_fmt", "yuv420p",
        "-c:a", "aac", "-b:a", "128k", "-shortest", str(path),
    )
    return path


def decoded_sound(path: Path) -> np.ndarray:
    with av.open(str(path)) as c:
        return np.concatenate([f.to_ndarray()[0] for f in c.decode(audio=0)])


def test_the_sound_is_copied_between_joins_and_every_part_sits_within_half_a_packet(
        noisy: Path, tmp_path: Path) -> None:
    """The AAC packets inside each part are the source's own (not re-encoded); every part's sound
    is the source's from its in-point, moved by at most half a packet (512 samples, 10.7 ms), with
    no gap or overlap: the total length is the picture's to within one packet."""
    cuts = [(130, 1900), (2480, 1520), (5020, 1210), (3700, 880)]
    out = run_render(build_render(cut_draft(cuts, 160, 120), {"a": noisy}, None, tmp_path / "n.mp4"))
    decodes_cleanly(out)
    with av.open(str(noisy)) as c:
        source_packets = {bytes(p) for p in c.demux(audio=0) if p.size}
    with av.open(str(out)) as c:
        out_packets = [bytes(p) for p in c.demux(audio=0) if p.size]
    copied = sum(p in source_packets for p in out_packets)
    assert copied >= 0.6 * len(out_packets), (copied, len(out_packets))
    src, got = decoded_sound(noisy), decoded_sound(out)
    frames = expected_frames(cuts)
    assert abs(len(got) - len(frames) * 48000 // FPS) <= 1024
    at = 0  # output sample of each part's start
    t = 0
    for a, d in cuts:
        n = round((t + d) * FPS / 1000) - round(t * FPS / 1000)
        s_in, s_out = round(a * FPS / 1000) * 1920, at
        # compare a stretch from 60 ms into the part to 60 ms before its end, at every lag up to 600
        lo, hi = s_out + 2880, s_out + n * 1920 - 2880
        piece = got[lo:hi]
        lags = range(-600, 601)
        score = [float(np.dot(piece, src[s_in + 2880 + g:s_in + 2880 + g + len(piece)])) for g in lags]
        best = int(np.argmax(score))
        ref = src[s_in + 2880 + lags[best]:s_in + 2880 + lags[best] + len(piece)]
        corr = score[best] / float(np.linalg.norm(piece) * np.linalg.norm(ref))
        assert abs(lags[best]) <= 512 and corr > 0.9, (a, lags[best], corr)
        at += n * 1920
        t += d


def test_a_mono_source_stays_mono_on_every_path_at_its_level(
        noisy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A cut of one mono file gives mono whichever path exports it (stream copy, smart cut, full
    render), at the source's level; a draft that adds anything is mixed to stereo as before."""
    import vidai_nb.engine.render.plan as render_plan

    def channels_and_rms(path: Path) -> tuple[int, float]:
        with av.open(str(path)) as c:
            n = c.streams.audio[0].codec_context.channels
        x = decoded_sound(path)[4800:-4800]  # past the cross-fades and the ends
        return n, float(np.sqrt(np.mean(x ** 2)))

    n_source, level = channels_and_rms(noisy)
    assert n_source == 1
    cuts = [(130, 1900), (2480, 1520)]
    smart = build_render(cut_draft(cuts, 160, 120), {"a": noisy}, None, tmp_path / "smart.mp4")
    copy = build_render(cut_draft([(0, 3000)], 160, 120), {"a": noisy}, None, tmp_path / "copy.mp4")
    assert smart.smart_cut and copy.stream_copy
    outs = [run_render(smart), run_render(copy)]
    monkeypatch.setattr(render_plan, "prepare_smart_cut", lambda *a, **k: "switched off")
    full = build_render(cut_draft(cuts, 160, 120), {"a": noisy}, None, tmp_path / "full.mp4")
    assert not full.smart_cut and not full.stream_copy
    outs.append(run_render(full))
    for out in outs:
        n, rms = channels_and_rms(out)
        assert n == 1, out.name
        assert abs(20 * np.log10(rms / level)) < 0.5, (out.name, rms, level)
    titled = cut_draft(cuts, 160, 120)
    titled["t"].append({"tt": 7, "sg": [{"start": 0, "d": 1000, "text": "Hi"}]})
    mixed = run_render(build_render(titled, {"a": noisy}, None, tmp_path / "titled.mp4"))
    n, rms = channels_and_rms(mixed)
    assert n == 2 and abs(20 * np.log10(rms / level)) < 0.5
