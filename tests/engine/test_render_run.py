"""Running a render: progress, cancel, failures, and stream copy for pure cuts."""

from __future__ import annotations

import itertools
import os
import threading
import time
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from tests import media
from tests.media import frame_at, probe
from vidai_nb.engine.render import RenderCancelled, RenderError, build_render, run_render


def one_clip(start_in: int = 0, d: int = 2000, w: int = 320, h: int = 240, **seg: Any) -> dict[str, Any]:
    s = {"id": "s1", "start": 0, "d": d, "src": "a", "kind": "video", "in": start_in, **seg}
    return {"m": {"width": w, "height": h, "fps": 25},
            "t": [{"tt": 0, "id": "video", "role": "main", "sg": [s]}]}


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def ffmpeg_writing(path: Path) -> list[int]:
    """Processes whose command line names `path` (ffmpeg writing to it)."""
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                cmd = (entry / "cmdline").read_bytes()
            except OSError:
                continue
            if str(path).encode() in cmd:
                pids.append(int(entry.name))
    return pids


def test_progress_increases_to_100(clip: Path, tmp_path: Path) -> None:
    seen: list[float] = []
    plan = build_render(one_clip(speed=0.5, d=4000), {"a": clip}, {"quality": "low"}, tmp_path / "p.mp4")
    run_render(plan, on_progress=seen.append)
    assert seen[-1] == 100.0 and len(seen) >= 3
    assert all(b > a for a, b in itertools.pairwise(seen))
    assert any(0 < v < 100 for v in seen)


def test_missing_file_at_build_and_at_run(clip: Path, tmp_path: Path) -> None:
    out = tmp_path / "out" / "x.mp4"
    with pytest.raises(RenderError, match="missing"):
        build_render(one_clip(), {"a": tmp_path / "nope.mp4"}, None, out)
    victim = tmp_path / "victim.mp4"
    victim.write_bytes(clip.read_bytes())
    plan = build_render(one_clip(speed=1.5), {"a": victim}, None, out)
    victim.unlink()  # gone between planning and running
    with pytest.raises(RenderError, match=r"victim\.mp4.*No such file"):
        run_render(plan)
    assert not out.exists() and leftovers(out.parent) == []
    assert plan.workdir is not None and not plan.workdir.exists()


def test_corrupt_media_is_a_render_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.mp4"
    bad.write_text("not a video")
    with pytest.raises(RenderError, match=r"bad\.mp4"):
        build_render(one_clip(), {"a": bad}, None, tmp_path / "o.mp4")


def test_cancel_kills_ffmpeg_and_leaves_nothing(clip: Path, tmp_path: Path) -> None:
    # 1080p, slowed down: long enough to cancel in the middle
    d = one_clip(speed=0.25, d=20000, w=1920, h=1080)
    work = tmp_path / "work"
    work.mkdir()
    out = work / "c.mp4"
    plan = build_render(d, {"a": clip}, {"quality": "high"}, out)
    cancel = threading.Event()
    seen: list[float] = []

    def progress(v: float) -> None:
        seen.append(v)
        if v > 0:
            cancel.set()

    started = time.monotonic()
    with pytest.raises(RenderCancelled):
        run_render(plan, on_progress=progress, cancel=cancel)
    assert time.monotonic() - started < 20
    assert seen and seen[-1] < 100
    assert plan.partial_path is not None
    assert ffmpeg_writing(plan.partial_path) == []
    assert leftovers(work) == []


def test_stream_copy_for_a_pure_cut_at_a_keyframe(tmp_path: Path) -> None:
    src = media.make_video(tmp_path / "src.mp4", seconds=5, extra=("-g", "25"))  # keyframe every second
    plan = build_render(one_clip(start_in=1000, d=3000), {"a": src}, None, tmp_path / "cut.mp4")
    assert plan.stream_copy and "copy" in plan.args
    out = run_render(plan)
    p = probe(out)
    assert abs(p.duration - 3.0) <= 0.05 and p.video["codec"] == "h264" and p.audio is not None
    assert np.abs(frame_at(out, 0.02).astype(float) - frame_at(src, 1.02).astype(float)).mean() < 4
    # not at a keyframe, resized, or sped up: re-encode
    for draft, output in ((one_clip(start_in=1500, d=2000), None), (one_clip(d=2000), {"resolution": "120p"}),
                          (one_clip(d=2000, speed=2), None), (one_clip(d=2000), {"format": "webm"})):
        other = build_render(draft, {"a": src}, output, tmp_path / "o.mp4")
        assert not other.stream_copy
        other.cleanup()


def test_no_output_left_when_ffmpeg_fails(clip: Path, tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    plan = build_render(one_clip(speed=1.5), {"a": clip}, {"quality": "low"}, work / "f.mp4")
    i = plan.args.index("-c:v")
    plan.args[i + 1] = "no_such_encoder"
    with pytest.raises(RenderError, match=r"no_such_encoder|Unknown encoder"):
        run_render(plan)
    assert leftovers(work) == []
    assert os.path.exists(clip)


def test_a_huge_graph_goes_through_a_script_file(
    clip: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from vidai_nb.engine.render import plan as plan_module

    monkeypatch.setattr(plan_module, "_MAX_INLINE_GRAPH", 100)
    plan = build_render(one_clip(speed=1.5), {"a": clip}, {"quality": "low"}, tmp_path / "g.mp4")
    assert "-/filter_complex" in plan.args and "-filter_complex" not in plan.args
    assert abs(probe(run_render(plan)).duration - 2.0) <= 0.04


def test_ffmpeg_runs_idle_niced_capped_and_recorded(clip: Path, tmp_path: Path) -> None:
    """The engine's batch ffmpeg yields the CPU to the API: SCHED_IDLE (any API thread that wakes
    preempts it) and niced, in the engine's session (where the kernel groups tasks by session, a
    session of its own would be weighed as a whole against the engine's) but its own process group
    (cancel kills the group); at most `threads` threads for filtering, each decoder and encoding;
    its pid recorded while it runs (for the start-up sweep after a crash), then removed."""
    plan = build_render(one_clip(speed=0.5, d=6000, w=640, h=480), {"a": clip}, {"quality": "low"},
                        tmp_path / "n.mp4")
    pid_file = tmp_path / "run" / "n.pid"
    seen: dict[str, Any] = {}
    cancel = threading.Event()

    def watch() -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not pid_file.exists():
            time.sleep(0.01)
        pid = int(pid_file.read_text().split()[0])
        stat = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[-1].split()
        seen["nice"] = int(stat[16]) - os.getpriority(os.PRIO_PROCESS, 0)
        seen["policy"] = os.sched_getscheduler(pid)
        seen["session"], seen["group"] = os.getsid(pid), os.getpgid(pid)
        seen["pid"] = pid
        seen["cmd"] = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")

    watcher = threading.Thread(target=watch)
    watcher.start()
    run_render(plan, cancel=cancel, nice=7, threads=1, pid_file=pid_file)
    watcher.join()
    assert seen["nice"] == 7
    assert seen["policy"] == os.SCHED_IDLE
    assert seen["session"] == os.getsid(0) and seen["group"] == seen["pid"]
    cmd = seen["cmd"][:-1]  # the last is empty (cmdline ends with a NUL)
    assert cmd[-3:-1] == [b"-threads", b"1"]  # the encoder's, just before the output
    inputs = [i for i, a in enumerate(cmd) if a == b"-i"]
    assert inputs and all(cmd[i - 2:i] == [b"-threads", b"1"] for i in inputs)  # each decoder's
    assert cmd[cmd.index(b"-filter_complex_threads") + 1] == b"1"
    assert not pid_file.exists()
    assert probe(tmp_path / "n.mp4").duration > 5


def test_a_preview_ffmpeg_keeps_normal_scheduling(clip: Path, tmp_path: Path) -> None:
    """nice 0 (a preview someone is watching for): neither niced nor idle, no thread cap."""
    plan = build_render(one_clip(speed=0.5, d=4000), {"a": clip}, {"quality": "low"}, tmp_path / "v.mp4")
    pid_file = tmp_path / "run" / "v.pid"
    seen: dict[str, Any] = {}

    def watch() -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not pid_file.exists():
            time.sleep(0.01)
        pid = int(pid_file.read_text().split()[0])
        seen["policy"] = os.sched_getscheduler(pid)
        seen["cmd"] = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")

    watcher = threading.Thread(target=watch)
    watcher.start()
    run_render(plan, pid_file=pid_file)
    watcher.join()
    assert seen["policy"] == os.SCHED_OTHER
    assert b"-threads" not in seen["cmd"]
