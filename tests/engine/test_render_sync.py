"""Picture and sound stay together, and on the draft's clock, however many cuts there are."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import av
import numpy as np
import pytest

from tests import media
from vidai_nb.engine.render import build_render, run_render


@pytest.fixture(scope="module")
def flashes(media_dir: Path) -> Path:
    """10 s: a white frame and a 1 kHz beep together at every whole second, black and silent otherwise."""
    return media.make_flashes(media_dir / "sync.mp4", 10, (160, 120))


def marks(path: Path) -> tuple[list[float], list[float]]:
    """Times of the white frames and of the beeps' onsets."""
    flash: list[float] = []
    beeps: list[float] = []
    with av.open(str(path)) as c:
        for f in c.decode(video=0):
            if f.to_ndarray(format="gray").mean() > 128 and f.time is not None:
                flash.append(f.time)
    with av.open(str(path)) as c:
        for f in c.decode(audio=0):
            x = np.abs(f.to_ndarray()[0])
            if x.max() > 0.05 and f.time is not None:
                onset = f.time + int(np.argmax(x > 0.05)) / f.sample_rate
                if not beeps or onset - beeps[-1] > 0.2:
                    beeps.append(onset)
    return flash, beeps


@pytest.mark.parametrize(("shared", "volume"), [(True, 0.9), (False, 1.0), (True, 1.0)],
                         ids=["one-input", "input-per-cut", "smart-cut"])
def test_nine_cuts_of_700_ms_stay_in_sync(flashes: Path, tmp_path: Path, shared: bool, volume: float) -> None:
    # 700 ms = 17.5 frames at 25 fps: naive per-piece rounding would add 20 ms per cut
    segs: list[dict[str, Any]] = [
        {"id": f"s{i}", "start": i * 700, "d": 700, "src": "a" if shared else f"a{i}", "in": i * 1000 + 600,
         "volume": volume}
        for i in range(9)
    ]
    draft = {"m": {"width": 160, "height": 120, "fps": 25}, "t": [{"tt": 0, "role": "main", "sg": segs}]}
    paths = {"a": flashes, **{f"a{i}": flashes for i in range(9)}}
    plan = build_render(draft, paths, {"quality": "low"}, tmp_path / "o.mp4")
    # plain cuts of one x264 file are a smart cut (render/smartcut.py); at 90 % volume the full render
    assert plan.smart_cut == (shared and volume == 1.0)
    assert plan.args.count("-i") == (0 if plan.smart_cut else 1 if shared else 9)
    flash, beeps = marks(run_render(plan))
    want = [i * 0.7 + 0.4 for i in range(9)]  # each cut shows second i+1 of the source, 400 ms in
    assert len(flash) == len(beeps) == 9
    for w, f, b in zip(want, flash, beeps, strict=True):
        assert abs(f - w) <= 0.021  # on the draft's clock, to the nearest frame
        assert abs(b - f) <= 0.03  # sound with picture
