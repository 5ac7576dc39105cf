"""No click where the sound is cut: each side of a jump in the source fades over 5 ms (length kept)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import av
import numpy as np

from tests import media
from tests.engine.test_render_core import draft, main, seg
from vidai_nb.engine.render import build_render, run_render


def samples(path: Path) -> tuple[np.ndarray, int]:
    with av.open(str(path)) as c:
        s = c.streams.audio[0]
        rate = s.codec_context.sample_rate
        data = np.concatenate([f.to_ndarray()[0] for f in c.decode(s)])
    return data.astype(np.float64), rate


def graph(d: dict[str, Any], paths: dict[str, Path], out: Path) -> str:
    plan = build_render(d, paths, {"quality": "low"}, out)
    return " ".join(plan.args)


def test_jumps_fade_and_plain_splits_do_not(clip: Path, tmp_path: Path) -> None:
    # at 90 % volume, so the filter graph renders it (plain cuts of an x264 file take the smart cut,
    # which cross-fades its own joins)
    jumped = draft(main(seg("a", 0, 1000, volume=0.9), seg("a", 1000, 1000, **{"in": 1733, "volume": 0.9})))
    g = graph(jumped, {"a": clip}, tmp_path / "j.mp4")
    assert g.count("afade=t=out") == 1 and g.count("afade=t=in") == 1
    split = draft(main(seg("a", 0, 1000, volume=0.9), seg("a", 1000, 1000, **{"in": 1000, "volume": 0.9})))
    assert "afade" not in graph(split, {"a": clip}, tmp_path / "s.mp4")


def test_a_cut_in_a_tone_does_not_click(tmp_path: Path) -> None:
    tone = media.make_video(tmp_path / "tone.mp4", seconds=3, tone_hz=440)
    # the second piece starts 0.37 ms into a cycle away from where the first stops: a step in the wave
    d = draft(main(seg("a", 0, 1000, volume=0.9), seg("a", 1000, 1000, **{"in": 1731, "volume": 0.9})))
    out = run_render(build_render(d, {"a": tone}, {"quality": "low"}, tmp_path / "cut.mp4"))
    wave, rate = samples(out)
    step = np.abs(np.diff(wave))
    steady = float(np.percentile(step[rate // 4: rate * 3 // 4], 99))  # the tone's own steepest steps
    join = rate  # the cut is at 1.000 s
    near = float(step[join - rate // 100: join + rate // 100].max())
    assert near <= 1.5 * steady, (near, steady)
