"""Image sequences: numbered frames uploaded together become one clip, in number order, at 24 fps."""

from __future__ import annotations

import random
from pathlib import Path

import av
import numpy as np
import pytest

from tests.engine.conftest import User
from tests.engine.test_api_render import poll_until_done, rid, submit
from tests.media import probe, run_ffmpeg
from vidai_nb.engine.media.sequence import MIN_FRAMES, SEQUENCE_FPS, Frame, find_sequences


def frames(*names: str, size: tuple[int, int] = (64, 48)) -> list[Frame]:
    return [Frame(n, Path(n), *size) for n in names]


def test_a_numbered_run_is_one_sequence_in_number_order() -> None:
    names = [f"render_{i:04d}.png" for i in range(12, 0, -1)]  # given in any order
    (seq,) = find_sequences(frames(*names))
    assert seq.name == "render_0001-0012.mp4"
    assert [f.name for f in seq.frames] == [f"render_{i:04d}.png" for i in range(1, 13)]


def test_what_is_not_a_sequence() -> None:
    few = [f"IMG_{i}.jpg" for i in range(1, MIN_FRAMES)]  # a handful of photos: a slideshow, not a clip
    assert find_sequences(frames(*few)) == []
    gifs = [f"a{i:03d}.gif" for i in range(20)]
    assert find_sequences(frames(*gifs)) == []
    # a gap splits the run; a frame of another size is not part of it; other names are other sequences
    run = frames(*[f"f{i:03d}.png" for i in range(0, 10)], *[f"f{i:03d}.png" for i in range(11, 15)])
    odd = frames("f015.png", size=(32, 24))
    other = frames(*[f"shot_b_{i}.png" for i in range(100, 110)])
    found = find_sequences(run + odd + other)
    assert sorted(s.name for s in found) == ["f000-009.mp4", "shot_b_100-109.mp4"]


@pytest.fixture(scope="module")
def numbered_frames(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """30 PNG frames, 96x64, frame k (1-based) a flat grey of level 8k: each frame says its number."""
    d = tmp_path_factory.mktemp("seq")
    run_ffmpeg("-f", "lavfi", "-i", "color=c=black:s=96x64:r=24:d=1.25,format=gray,geq=lum='8*(N+1)'",
               "-start_number", "1", str(d / "img_%04d.png"))
    paths = sorted(d.glob("img_*.png"))
    assert len(paths) == 30
    return paths


def test_uploading_numbered_frames_gives_a_clip_that_exports_in_order(
        user: User, numbered_frames: list[Path], tmp_path: Path) -> None:
    sid = user.new_session()
    shuffled = numbered_frames[:]
    random.Random(7).shuffle(shuffled)  # a browser or a shell glob may send them in any order
    r = user.upload(sid, *((p.name, p) for p in shuffled))
    assert r.status_code == 200, r.text
    files = r.json()["data"]["files"]
    assert [f["file_type"] for f in files] == ["image"] * 30 + ["video"]  # the stills stay, and the clip
    clip = files[-1]
    assert clip["filename"] == "img_0001-0030.mp4"
    assert clip["duration"] == pytest.approx(30 / SEQUENCE_FPS, abs=0.05)
    assert (clip["width"], clip["height"]) == (96, 64) and clip["fps"] == pytest.approx(SEQUENCE_FPS)

    state = user.state(sid)
    draft = state["draft"]
    (seg,) = draft["t"][0]["sg"]  # the clip is the video track, as any first video is
    assert seg["name"] == "img_0001-0030.mp4" and draft["m"]["fps"] == SEQUENCE_FPS
    render_id = rid()
    assert submit(user, sid, draft, render_id).status_code == 200
    assert poll_until_done(user, render_id, timeout=300)["data"]["status"] == "completed"
    out = tmp_path / "seq.mp4"
    out.write_bytes(user.get(f"/api/render/proxy/{render_id}/download").content)
    p = probe(out)
    assert p.video["codec"] == "h264" and p.video["fps"] == pytest.approx(SEQUENCE_FPS, abs=0.1)
    assert abs(p.duration - 1.25) < 0.1
    with av.open(str(out)) as c:
        levels = [float(np.median(f.to_ndarray(format="gray"))) for f in c.decode(video=0)]
    # every frame once, in number order (levels 8..240; the encoder may move a level by a few)
    assert len(levels) == 30
    assert np.abs(np.array(levels) - 8 * np.arange(1, 31)).max() <= 4, levels
