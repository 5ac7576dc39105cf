"""The preview in pieces, with the real renderer: a cut-only edit is a packet copy from the all-intra
proxy (the same frames, the same length as the draft), a title is rendered only where it is, in the
place the export puts it, and a rendered window is reused from the cache on the next turn."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import av
import numpy as np
import pytest

from tests import media
from vidai_nb.engine.render import build_render, run_render
from vidai_nb.engine.render.preview import build_preview, make_proxy, proxy_path

FPS = 25


@pytest.fixture(scope="module")
def counted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """10 s, 1280x720 @ 25 with the frame number drawn in (every frame different), a 440 Hz sine."""
    return media.make_counted(tmp_path_factory.mktemp("counted") / "counted.mp4", 10, (1280, 720), 120)


@pytest.fixture(scope="module")
def data(counted: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("data")
    assert make_proxy(counted, proxy_path(root, "m1"), nice=0) is not None
    return root


def draft(segs: list[tuple[int, int]], *tracks: dict[str, Any]) -> dict[str, Any]:
    """Main-track segments (in ms, d ms) back to back, plus other tracks."""
    sg, t = [], 0
    for i, (a, d) in enumerate(segs):
        sg.append({"id": f"s{i}", "start": t, "d": d, "src": "m1", "in": a})
        t += d
    return {"m": {"width": 1280, "height": 720, "fps": FPS}, "t": [{"tt": 0, "role": "main", "sg": sg},
                                                                    *tracks]}


def packets(path: Path) -> list[bytes]:
    with av.open(str(path)) as c:
        return [bytes(p) for p in c.demux(video=0) if p.size]


def audio_seconds(path: Path) -> float:
    """Decoded sound length (priming trimmed by the decoder's edit list handling)."""
    with av.open(str(path)) as c:
        return sum(f.samples for f in c.decode(audio=0)) / 48000


def preview_sized(export: Path, at: float) -> np.ndarray:
    """The export's frame at `at` scaled to the 9:16 preview's 360x640, to compare with what it shows."""
    frame = av.VideoFrame.from_ndarray(media.frame_at(export, at), format="rgb24")
    return np.asarray(frame.reformat(width=360, height=640).to_ndarray(format="rgb24"), dtype=float)


def job_of(plan: Any) -> dict[str, Any]:
    return json.loads((plan.workdir / "preview.json").read_text())


def test_the_proxy_is_all_intra(data: Path) -> None:
    with av.open(str(proxy_path(data, "m1"))) as c:
        keys = [p.is_keyframe for p in c.demux(video=0) if p.size]
    assert len(keys) == 10 * FPS and all(keys)  # any frame can start a copied stretch


def test_a_cut_only_preview_copies_the_proxys_frames_exactly(counted: Path, data: Path,
                                                             tmp_path: Path) -> None:
    cuts = [(330, 1500), (4170, 1000), (2000, 740)]  # out of order, none on a second
    plan = build_preview(draft(cuts), {"m1": counted}, data, tmp_path / "cut.mp4")
    job = job_of(plan)
    assert [p["kind"] for p in job["video"]] == ["copy"] * 3 and job["audio_copy"] is not None
    assert "81 of 81 frames copied from proxies" in plan.note and "sound copied" in plan.note
    out = run_render(plan)
    p = media.probe(out)
    # the draft lasts 3240 ms = 81 frames at 25 fps: the preview has exactly those
    assert p.video["frames"] == 81 and abs(p.duration - 3.24) <= 1 / FPS
    assert p.audio is not None and abs(audio_seconds(out) - 3.24) <= 1 / FPS
    # stream copied: every packet is the proxy's packet of the expected source frame, byte for byte
    src = packets(proxy_path(data, "m1"))
    expected: list[int] = []
    t = 0
    for a, d in cuts:  # the export's arithmetic: each piece ends on the frame its end time rounds to
        n = round((t + d) * FPS / 1000) - round(t * FPS / 1000)
        expected += range(round(a * FPS / 1000), round(a * FPS / 1000) + n)
        t += d
    assert packets(out) == [src[f] for f in expected]
    # and that frame is the source's (the drawn number): the frame after each cut matches the
    # original's frame there better than its neighbours
    for at, f in ((38 / FPS, 104), (62 / FPS, 50)):  # the first frame of cuts 2 and 3
        got = media.frame_at(out, at + 0.01).astype(float)
        diffs = {k: np.abs(got - media.frame_at(counted, k / FPS + 0.01)[::2, ::2].astype(float)).mean()
                 for k in (f - 1, f, f + 1)}
        assert min(diffs, key=lambda k: diffs[k]) == f, diffs


def test_a_title_is_rendered_only_where_it_is_and_where_the_export_puts_it(
    counted: Path, data: Path, tmp_path: Path
) -> None:
    title = {"tt": 7, "sg": [{"id": "t1", "start": 1000, "d": 1000, "text": "PREVIEW TITLE"}]}
    d = draft([(1000, 4000)], title)
    plan = build_preview(d, {"m1": counted}, data, tmp_path / "titled.mp4")
    job = job_of(plan)
    kinds = [(p["kind"], p["at"], p["frames"]) for p in job["video"]]
    assert kinds == [("copy", 0, 25), ("render", 25, 25), ("copy", 50, 50)]
    out = run_render(plan)
    assert media.probe(out).video["frames"] == 100
    full = run_render(build_render(d, {"m1": counted}, {"quality": "low"}, tmp_path / "full.mp4"))
    plain = run_render(build_render(draft([(1000, 4000)]), {"m1": counted}, {"quality": "low"},
                                    tmp_path / "plain.mp4"))
    at = 1.5
    export_diff = np.abs(media.frame_at(full, at).astype(float) - media.frame_at(plain, at).astype(float))
    region = export_diff.max(2)[::2, ::2] > 60
    assert region.mean() > 0.002  # the title is there in the export
    shown = media.frame_at(out, at).astype(float)
    bare = media.frame_at(proxy_path(data, "m1"), 2.5).astype(float)  # the same source frame
    changed = np.abs(shown - bare).max(2) > 60
    # the preview's title covers the export's title (same place), and little else changed
    assert changed[region].mean() > 0.6
    assert changed[~region].mean() < 0.05
    # outside the title the frames are the proxy's, copied
    src = packets(proxy_path(data, "m1"))
    got = packets(out)
    assert got[:25] == src[25:50] and got[50:] == src[75:125]


def test_the_next_turn_reuses_the_rendered_title(counted: Path, data: Path, tmp_path: Path) -> None:
    title = {"tt": 7, "sg": [{"id": "t1", "start": 0, "d": 1000, "text": "Cached"}]}
    first = build_preview(draft([(1000, 3000)], title), {"m1": counted}, data, tmp_path / "a.mp4")
    run_render(first)
    # the next edit cuts later on: the title's window is the same, so it is not rendered again
    later = draft([(1000, 2000), (6000, 1000)], title)
    again = build_preview(later, {"m1": counted}, data, tmp_path / "b.mp4")
    windows = [p for p in job_of(again)["video"] if p["kind"] == "render"]
    assert len(windows) == 1 and Path(windows[0]["path"]).is_file()
    out = run_render(again)
    assert media.probe(out).video["frames"] == 75


def test_music_is_mixed_and_the_picture_still_copied(counted: Path, data: Path, tmp_path: Path) -> None:
    tone = media.make_audio(tmp_path / "tone.wav", seconds=3, tone_hz=880)
    d = draft([(0, 2000)], {"tt": 1, "sg": [{"id": "mu", "start": 0, "d": 2000, "src": "mu", "volume": 0.5}]})
    plan = build_preview(d, {"m1": counted, "mu": tone}, data, tmp_path / "music.mp4")
    job = job_of(plan)
    assert job["audio_copy"] is None and all(p["kind"] == "copy" for p in job["video"])
    out = run_render(plan)
    p = media.probe(out)
    assert p.video["frames"] == 50 and p.audio is not None and abs(audio_seconds(out) - 2.0) <= 1 / FPS
    spectrum = np.abs(np.fft.rfft(left(out)[: 48000]))
    freqs = np.fft.rfftfreq(48000, 1 / 48000)
    # both the clip's 440 Hz and the music's 880 Hz are heard
    for hz in (440, 880):
        assert spectrum[np.abs(freqs - hz) < 5].max() > 50 * np.median(spectrum)


def test_no_proxy_yet_says_so_renders_in_one_run_and_has_one_made(counted: Path, tmp_path: Path) -> None:
    data = tmp_path / "empty"
    plan = build_preview(draft([(0, 2000)]), {"m1": counted}, data, tmp_path / "early.mp4")
    # an engine that makes no proxies (S3 storage) says none is ready and promises nothing
    assert "no small copy of 1 clip(s) is ready, so" in plan.note and str(counted) in plan.args
    assert not proxy_path(data, "m1").parent.exists()
    (data / "proxies").mkdir(parents=True)  # one that does (other clips have proxies)
    plan.cleanup()
    plan = build_preview(draft([(0, 2000)]), {"m1": counted}, data, tmp_path / "early.mp4")
    assert "(it is being made)" in plan.note and str(counted) in plan.args
    out = run_render(plan)
    assert media.probe(out).video["height"] == 360
    # (media uploaded before proxies were all-intra have none:) the preview queued one for next time
    deadline = time.monotonic() + 120
    while not proxy_path(data, "m1").is_file() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert proxy_path(data, "m1").is_file()


def test_a_reframe_renders_every_window_and_copies_the_sound(counted: Path, data: Path,
                                                             tmp_path: Path) -> None:
    d = draft([(0, 8000), (2000, 4000)])
    # 9:16 of a 16:9 clip with blue bars: no frame is a proxy's as it is (the tall proxies have the
    # blurred pad, the centred crop and black bars)
    d["m"] |= {"width": 1080, "height": 1920, "fit": "solid", "bg": "#2040a0"}
    plan = build_preview(d, {"m1": counted}, data, tmp_path / "tall.mp4")
    job = job_of(plan)
    windows = [(p["kind"], p["at"], p["frames"]) for p in job["video"]]
    assert windows == [("render", 0, 250), ("render", 250, 50)]  # on the 10 s grid, rendered side by side
    assert job["audio_copy"] is not None
    out = run_render(plan)
    p = media.probe(out)
    assert (p.video["width"], p.video["height"]) == (360, 640) and p.video["frames"] == 300
    assert abs(audio_seconds(out) - 12.0) <= 1 / FPS
    # the same picture as the export around the cut (8 s) and the grid join (10 s): the windows
    # neither shift nor drop a frame
    full = run_render(build_render(d, {"m1": counted}, {"quality": "low", "resolution": "360p"},
                                   tmp_path / "tall_full.mp4"))
    for at in (7.97, 8.01, 9.97, 10.01):
        shown = media.frame_at(out, at).astype(float)
        here = np.abs(shown - media.frame_at(full, at).astype(float)).mean()
        off = np.abs(shown - media.frame_at(full, at + 0.04).astype(float)).mean()
        assert here < 6 and here < off, (at, here, off)


def test_make_it_9_16_copies_the_tall_proxy_and_shows_what_the_export_shows(
        counted: Path, data: Path, tmp_path: Path) -> None:
    from vidai_nb.engine.render.preview import tall_proxy_path

    tall = tall_proxy_path(proxy_path(data, "m1"))
    with av.open(str(tall)) as c:  # made with the proxy: 9:16, all-intra, every frame
        keys = [p.is_keyframe for p in c.demux(video=0) if p.size]
        assert (c.streams.video[0].width, c.streams.video[0].height) == (360, 640)
    assert len(keys) == 10 * FPS and all(keys)
    title = {"tt": 7, "sg": [{"id": "t1", "start": 1000, "d": 1000, "text": "Tall"}]}
    d = draft([(0, 3000), (6000, 2000)], title)
    d["m"] |= {"width": 1080, "height": 1920}  # the default fit: the blurred pad
    plan = build_preview(d, {"m1": counted}, data, tmp_path / "tall.mp4")
    job = job_of(plan)
    assert [(p["kind"], p["at"], p["frames"]) for p in job["video"]] == [
        ("copy", 0, 25), ("render", 25, 25), ("copy", 50, 25), ("copy", 75, 50)]
    assert {p["path"] for p in job["video"] if p["kind"] == "copy"} == {str(tall)}
    assert job["audio_copy"] is not None  # the sound still from the 16:9 proxy
    out = run_render(plan)
    p = media.probe(out)
    assert (p.video["width"], p.video["height"]) == (360, 640) and p.video["frames"] == 125
    assert abs(audio_seconds(out) - 5.0) <= 1 / FPS
    full = run_render(build_render(d, {"m1": counted}, {"quality": "low"}, tmp_path / "tall_full.mp4"))
    f = media.probe(full)
    assert (f.video["width"], f.video["height"]) == (1080, 1920)
    for at in (0.5, 1.5, 2.97, 3.01, 4.5):
        shown = media.frame_at(out, at).astype(float)
        small = preview_sized(full, at)
        here = np.abs(shown - small).mean()
        later = np.abs(shown - media.frame_at(full, at + 0.08)[::3, ::3].astype(float)).mean()
        assert here < 8 and here < later, (at, here, later)


@pytest.mark.parametrize("fit, meta", [
    ("crop", {"fit": "crop"}),  # fill the 9:16 canvas, centred
    ("crop", {"fit": "crop", "focus": "face"}),  # a face crop where no face is found: centred
    ("crop", {"fit": "crop", "focus": {"x": 0.5004, "y": 0.5}}),  # a point whose crop sits centred
    ("solid", {"fit": "solid", "bg": "#000000"}),  # black bars (letterbox)
])
def test_a_9_16_crop_or_bars_copies_its_tall_proxy_and_shows_what_the_export_shows(
        counted: Path, data: Path, tmp_path: Path, fit: str, meta: dict[str, Any]) -> None:
    from vidai_nb.engine.jobs.render_job import follow_faces
    from vidai_nb.engine.render.preview import tall_proxy_path

    tall = tall_proxy_path(proxy_path(data, "m1"), fit)
    d = draft([(0, 3000), (6000, 2000)])
    d["m"] |= {"width": 1080, "height": 1920, **meta}
    d = follow_faces(d, {"m1": counted})  # as the render job does: "face" becomes a point
    plan = build_preview(d, {"m1": counted}, data, tmp_path / f"{fit}.mp4")
    job = job_of(plan)
    assert [(p["kind"], p["at"], p["frames"]) for p in job["video"]] == [("copy", 0, 75), ("copy", 75, 50)]
    assert {p["path"] for p in job["video"]} == {str(tall)} and job["audio_copy"] is not None
    out = run_render(plan)
    p = media.probe(out)
    assert p.video["codec"] == "h264" and (p.video["width"], p.video["height"]) == (360, 640)
    assert p.video["frames"] == 125 and abs(audio_seconds(out) - 5.0) <= 1 / FPS
    assert p.audio is not None and p.audio["codec"] == "aac"
    full = run_render(build_render(d, {"m1": counted}, {"quality": "low"}, tmp_path / f"{fit}_full.mp4"))
    for at in (0.5, 2.97, 3.01, 4.5):
        shown = media.frame_at(out, at).astype(float)
        small = preview_sized(full, at)
        here = np.abs(shown - small).mean()
        later = np.abs(shown - media.frame_at(full, at + 0.08)[::3, ::3].astype(float)).mean()
        shifted = np.abs(shown[40:, 40:] - small[:-40, :-40]).mean()  # framed elsewhere
        assert here < 8 and here < later and here < shifted / 2, (at, here, later, shifted)


def test_a_crop_off_the_centre_is_rendered_then_copied_from_its_own_tall_proxy(
        counted: Path, data: Path, tmp_path: Path) -> None:
    from vidai_nb.engine.render.preview import crop_place, crop_proxy_path

    d = draft([(0, 2000), (5000, 1000)])
    d["m"] |= {"width": 1080, "height": 1920, "fit": "crop"}
    for seg in d["t"][0]["sg"]:
        seg["focus"] = {"x": 0.3, "y": 0.5}  # a face found left of the middle
    proxy = proxy_path(data, "m1")
    at = crop_place(proxy, (0.3, 0.5))
    assert at is not None and at[0] < crop_place(proxy, (0.5, 0.5))[0]  # type: ignore[index]
    made = crop_proxy_path(proxy, at)
    assert not made.exists()
    first = build_preview(d, {"m1": counted}, data, tmp_path / "left.mp4")
    assert [p["kind"] for p in job_of(first)["video"]] == ["render"]  # this turn: rendered
    out = run_render(first)
    deadline = time.monotonic() + 120  # … and that crop's tall proxy made in the background
    while not made.is_file() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert made.is_file()
    again = build_preview(d, {"m1": counted}, data, tmp_path / "left2.mp4")  # the next turn: copied
    job = job_of(again)
    assert [(p["kind"], p["path"]) for p in job["video"]] == [("copy", str(made))] * 2
    out2 = run_render(again)
    p = media.probe(out2)
    assert (p.video["width"], p.video["height"], p.video["frames"]) == (360, 640, 75)
    for t in (0.5, 1.97, 2.01, 2.5):  # the same frames as the rendered preview, framed the same
        assert np.abs(media.frame_at(out2, t).astype(float) - media.frame_at(out, t).astype(float)).mean() < 4


def test_pieces_that_cannot_share_one_stream_are_rendered_in_one_run(counted: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    proxy = proxy_path(data, "m1")
    proxy.parent.mkdir(parents=True)
    # a proxy written with other x264 settings (CABAC, more references): its parameter sets differ
    media.run_ffmpeg("-i", str(counted), "-vf", "scale=640:360", "-c:v", "libx264", "-preset", "veryfast",
                     "-g", "1", "-pix_fmt", "yuv420p", "-c:a", "aac", str(proxy))
    title = {"tt": 7, "sg": [{"id": "t1", "start": 0, "d": 1000, "text": "Fallback"}]}
    plan = build_preview(draft([(0, 3000)], title), {"m1": counted}, data, tmp_path / "fb.mp4")
    assert "frames copied" in plan.note  # planned in pieces …
    out = run_render(plan)
    # … but joined they would not play: the one-run preview was made instead, whole and right
    assert media.probe(out).video["frames"] == 75
    assert not set(packets(out)) & set(packets(proxy))


def test_copied_sound_stays_within_a_frame_of_the_picture_at_every_cut(tmp_path: Path) -> None:
    from tests.engine.test_render_smartcut import marks

    # a white frame and a 1 kHz beep together every 0.52 s, so the cuts fall at every phase
    src = tmp_path / "sync.mp4"
    media.run_ffmpeg(
        "-f", "lavfi", "-i",
        f"color=c=black:s=640x360:r={FPS}:d=8,drawbox=c=white:t=fill:enable='lt(mod(n,13),1)'",
        "-f", "lavfi", "-i", "aevalsrc='if(lt(mod(t,0.52),0.04),sin(2*PI*1000*t),0)':s=48000:d=8",
        "-c:v", "libx264", "-preset", "veryfast", "-g", str(FPS), "-pix_fmt", "yuv420p", "-c:a", "aac",
        "-shortest", str(src),
    )
    data = tmp_path / "data"
    assert make_proxy(src, proxy_path(data, "m1"), nice=0) is not None
    cuts = [(480, 700), (1480, 460), (3600, 1000), (2560, 600), (6200, 1300)]
    d = draft(cuts)
    d["m"] |= {"width": 640, "height": 360}
    plan = build_preview(d, {"m1": src}, data, tmp_path / "sync_preview.mp4")
    job = job_of(plan)
    assert job["audio_copy"] is not None and all(p["kind"] == "copy" for p in job["video"])
    out = run_render(plan)
    flash, beeps = marks(out)
    assert len(flash) == 10 and len(flash) == len(beeps), (flash, beeps)
    for f, b in zip(flash, beeps, strict=True):
        # the stated tolerance: half an AAC packet (10.7 ms) plus the onset finder's slack, < 1 frame
        assert abs(f - b) <= 0.016, (f, b)


def test_a_gap_is_a_black_window_and_the_sound_is_mixed(counted: Path, data: Path, tmp_path: Path) -> None:
    d = draft([(0, 2000)])
    d["t"][0]["sg"].append({"id": "late", "start": 4000, "d": 2000, "src": "m1", "in": 5000})
    plan = build_preview(d, {"m1": counted}, data, tmp_path / "gap.mp4")
    job = job_of(plan)
    assert [(p["kind"], p["at"], p["frames"]) for p in job["video"]] == [
        ("copy", 0, 50), ("render", 50, 50), ("copy", 100, 50)]
    assert job["audio_copy"] is None  # silence in the gap: mixed, not copied
    out = run_render(plan)
    assert media.probe(out).video["frames"] == 150 and abs(audio_seconds(out) - 6.0) <= 1 / FPS
    assert media.frame_at(out, 3.0).mean() < 20  # black, as in the export
    assert packets(out)[100:] == packets(proxy_path(data, "m1"))[125:175]


def tone_level(pcm: np.ndarray, hz: float, rate: int = 48000) -> float:
    """Amplitude of the `hz` component of a mono stretch (a sine of amplitude A reads A)."""
    n = len(pcm)
    window = np.hanning(n)
    spectrum = np.abs(np.fft.rfft(pcm * window)) * 2 / window.sum()
    freqs = np.fft.rfftfreq(n, 1 / rate)
    return float(spectrum[np.abs(freqs - hz) < 4].max())


def left(path: Path) -> np.ndarray:
    """The left channel as floats in [-1, 1], whatever the codec's sample format (AAC decodes to
    planar floats, FLAC to interleaved integers)."""
    out = []
    with av.open(str(path)) as c:
        for f in c.decode(audio=0):
            nd = f.to_ndarray()
            if f.format.is_packed:
                nd = nd.reshape(-1, len(f.layout.channels)).T
            if nd.dtype.kind == "i":
                nd = nd / float(-np.iinfo(nd.dtype).min)
            out.append(nd[0].astype(float))
    return np.concatenate(out)


def test_the_music_is_heard_at_its_level_and_place_as_the_export_mixes_it(
        counted: Path, data: Path, tmp_path: Path) -> None:
    tone = media.make_audio(tmp_path / "tone.wav", seconds=8, tone_hz=880, volume=0.8)
    music = {"tt": 1, "sg": [{"id": "mu", "start": 2000, "d": 5000, "src": "mu", "volume": 0.5}]}
    d = draft([(0, 4000), (5000, 4000)], music)
    sources = {"m1": counted, "mu": tone}
    plan = build_preview(d, sources, data, tmp_path / "music.mp4")
    job = job_of(plan)
    assert job["audio_copy"] is None and all(p["kind"] == "copy" for p in job["video"])
    assert len(job["sound"]) == 1  # mixed once, kept lossless (FLAC: next to no encoding time)
    out = run_render(plan)
    p = media.probe(out)  # one file the player plays: the copied H.264 picture and the mixed sound
    assert p.video["codec"] == "h264" and p.audio is not None and p.audio["codec"] == "flac"
    assert (p.audio["sample_rate"], p.audio["channels"]) == (48000, 2)
    assert abs(p.duration - 8.0) <= 0.05 and p.video["frames"] == 8 * FPS
    full = run_render(build_render(d, sources, {"quality": "low", "resolution": "360p"},
                                   tmp_path / "full.mp4"))
    pre, exp = left(out), left(full)
    assert abs(len(pre) - len(exp)) <= 48000 / FPS
    # no music before 2 s, then the music at the export's level (a 1/8 sine x 0.8 x 0.5 = 0.05),
    # the clip's sine throughout
    for a, b in ((0.2, 1.8), (2.2, 4.0), (4.3, 6.8), (7.2, 7.9)):
        stretch = slice(int(a * 48000), int(b * 48000))
        for hz in (440, 880):
            want, got = tone_level(exp[stretch], hz), tone_level(pre[stretch], hz)
            assert abs(got - want) <= 0.05 * max(want, 0.02), (a, hz, got, want)
        assert (tone_level(pre[stretch], 880) > 0.04) == (2 <= a < 7)
    # where the music starts and at the cut (4 s): the 10 ms levels are the export's (in time)
    for at in (2 * 48000, 4 * 48000):
        rms = [[float(np.sqrt(np.mean(x[i:i + 480] ** 2))) for i in range(at - 4800, at + 4800, 480)]
               for x in (pre, exp)]
        assert np.allclose(rms[0], rms[1], rtol=0.05, atol=0.005), (at, rms)


def test_a_changed_music_level_is_mixed_again_and_an_unchanged_one_reused(
        counted: Path, data: Path, tmp_path: Path) -> None:
    tone = media.make_audio(tmp_path / "tone.wav", seconds=8, tone_hz=880, volume=0.8)

    def level(volume: float, name: str) -> tuple[float, list[bool]]:
        music = {"tt": 1, "sg": [{"id": "mu", "start": 0, "d": 6000, "src": "mu", "volume": volume}]}
        plan = build_preview(draft([(0, 6000)], music), {"m1": counted, "mu": tone}, data, tmp_path / name)
        cached = [Path(p["path"]).is_file() for p in job_of(plan)["sound"]]
        return tone_level(left(run_render(plan))[48000:5 * 48000], 880), cached

    loud, cached = level(0.5, "a.mp4")
    assert not any(cached) and abs(loud - 0.05) < 0.003  # a 1/8 sine x 0.8 x 0.5
    quiet, cached = level(0.25, "b.mp4")  # another level: nothing of the first mix is reused
    assert not any(cached) and abs(quiet - 0.025) < 0.002
    again, cached = level(0.5, "c.mp4")  # the first draft again: its parts come from the cache
    assert all(cached) and abs(again - loud) < 1e-4


def test_a_9_16_crop_is_framed_as_the_export_frames_it(counted: Path, data: Path, tmp_path: Path) -> None:
    d = draft([(0, 3000), (6000, 2000)])
    d["m"] |= {"width": 1080, "height": 1920, "fit": "crop", "focus": {"x": 0.2, "y": 0.5}}
    plan = build_preview(d, {"m1": counted}, data, tmp_path / "crop.mp4")
    out = run_render(plan)
    full = run_render(build_render(d, {"m1": counted}, {"quality": "low"}, tmp_path / "crop_full.mp4"))
    p, f = media.probe(out), media.probe(full)
    assert (p.video["width"], p.video["height"]) == (360, 640)
    assert p.video["width"] * f.video["height"] == p.video["height"] * f.video["width"]  # 9:16 both
    for at in (1.0, 2.97, 3.01, 4.5):
        shown = media.frame_at(out, at).astype(float)
        small = preview_sized(full, at)
        here = np.abs(shown - small).mean()
        # framed elsewhere (the centre instead of x = 0.2) it would differ far more
        shifted = np.abs(shown[:, 40:] - small[:, :-40]).mean()
        assert here < 8 and here < shifted / 2, (at, here, shifted)


def test_a_proxy_made_before_tall_proxies_gets_one_for_the_next_9_16_turn(counted: Path,
                                                                           tmp_path: Path) -> None:
    from vidai_nb.engine.render.preview import tall_proxy_path

    data = tmp_path / "old"
    assert make_proxy(counted, proxy_path(data, "m1"), nice=0, tall=False) is not None
    tall = tall_proxy_path(proxy_path(data, "m1"))
    assert not tall.exists()
    d = draft([(0, 2000)])
    d["m"] |= {"width": 1080, "height": 1920}
    plan = build_preview(d, {"m1": counted}, data, tmp_path / "first.mp4")
    assert all(p["kind"] == "render" for p in job_of(plan)["video"])  # this turn: rendered
    assert media.probe(run_render(plan)).video["frames"] == 50
    deadline = time.monotonic() + 120
    while not tall.is_file() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert tall.is_file()
    plan = build_preview(d, {"m1": counted}, data, tmp_path / "next.mp4")  # the next turn: copied
    assert [p["kind"] for p in job_of(plan)["video"]] == ["copy"]
    assert media.probe(run_render(plan)).video["frames"] == 50


def test_crop_proxies_off_the_middle_are_bounded_per_clip(data: Path, tmp_path: Path) -> None:
    import os
    import shutil

    from vidai_nb.engine.render.preview import CROPS_KEPT, _make_crop_proxy, crop_proxy_path

    proxy = tmp_path / "proxies" / proxy_path(data, "m1").name
    proxy.parent.mkdir()
    shutil.copy(proxy_path(data, "m1"), proxy)
    old = [crop_proxy_path(proxy, (i, 0)) for i in range(1, CROPS_KEPT + 1)]
    hour_ago = time.time() - 3600
    for i, f in enumerate(old):
        f.write_bytes(b"old")
        os.utime(f, (hour_ago + i, hour_ago + i))
    recent = crop_proxy_path(proxy, (99, 0))
    recent.write_bytes(b"in use")  # used a moment ago: a preview may be copying it, it stays
    new = crop_proxy_path(proxy, (5, 0))
    _make_crop_proxy(proxy, new, (0.2, 0.5))
    assert new.is_file() and media.probe(new).video["frames"] == 10 * FPS
    left = sorted(f.name for f in proxy.parent.glob("*.tall-crop-*-*.mp4"))
    # the least recently used ones went, so that with the new one CROPS_KEPT are left
    assert left == sorted(f.name for f in [*old[2:], recent, new])


def test_a_music_file_gets_a_48khz_copy_that_the_mix_reads_at_the_exports_level_and_place(
        counted: Path, data: Path, tmp_path: Path) -> None:
    from vidai_nb.engine.render.preview import music_proxy_path

    mp3 = tmp_path / "music.mp3"  # music as people upload it: MP3 at 44.1 kHz
    media.run_ffmpeg("-f", "lavfi", "-i", "sine=frequency=880:sample_rate=44100:duration=8", "-af",
                     "volume=0.8", "-ac", "2", "-c:a", "libmp3lame", "-b:a", "192k", str(mp3))
    assert make_proxy(mp3, proxy_path(data, "mu3"), nice=0) is None  # no picture proxy for sound
    made = music_proxy_path(proxy_path(data, "mu3"))
    p = media.probe(made)
    assert p.audio is not None and (p.audio["sample_rate"], p.audio["channels"]) == (48000, 2)
    assert abs(p.duration - media.probe(mp3).duration) <= 0.05
    music = {"tt": 1, "sg": [{"id": "mu", "start": 2000, "d": 5000, "src": "mu3", "volume": 0.5}]}
    d = draft([(0, 4000), (5000, 4000)], music)
    sources = {"m1": counted, "mu3": mp3}
    job = job_of(plan := build_preview(d, sources, data, tmp_path / "m.mp4"))
    assert str(made) in job["sound"][0]["args"] and str(mp3) not in job["sound"][0]["args"]
    pre = left(run_render(plan))
    exp = left(run_render(build_render(d, sources, {"quality": "low", "resolution": "360p"},
                                       tmp_path / "m_full.mp4")))
    assert abs(len(pre) - len(exp)) <= 48000 / FPS
    for a, b in ((0.2, 1.8), (2.2, 4.0), (4.3, 6.8)):
        stretch = slice(int(a * 48000), int(b * 48000))
        want, got = tone_level(exp[stretch], 880), tone_level(pre[stretch], 880)
        assert abs(got - want) <= 0.05 * max(want, 0.02), (a, got, want)
    at = 2 * 48000  # where the music comes in: the 10 ms levels are the export's, in time
    rms = [[float(np.sqrt(np.mean(x[i:i + 480] ** 2))) for i in range(at - 4800, at + 4800, 480)]
           for x in (pre, exp)]
    assert np.allclose(rms[0], rms[1], rtol=0.05, atol=0.005), rms
