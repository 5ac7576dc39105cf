"""jobs/timeline.py: each step's log line carries its wall and CPU times and reads back by render."""

from __future__ import annotations

import logging
import subprocess
import sys

import pytest

from vidai_nb.engine.jobs.timeline import parse, step


def test_steps_log_wall_and_cpu_and_read_back(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="vidai_nb.engine.timeline")
    with step("render_a", "part 0: ffmpeg", frames=25) as noted:
        subprocess.run([sys.executable, "-c", "sum(range(3_000_000))"], check=True)  # a child's CPU
        noted["bytes"] = 10
    with pytest.raises(RuntimeError), step("render_b", "join: ffmpeg"):
        raise RuntimeError("boom")
    text = "\n".join(f"2026-11-30 INFO vidai_nb.engine.timeline: {r.getMessage()}" for r in caplog.records)
    (a,) = parse(text, "render_a")
    assert a["step"] == "part 0: ffmpeg" and a["frames"] == 25 and a["bytes"] == 10
    assert a["end"] >= a["start"] and a["cpu"] >= 0
    assert a["ffmpeg_cpu"] > 0  # the child process's CPU (rusage of reaped children)
    (b,) = parse(text, "render_b")
    assert b["failed"] is True and "failed" not in a
    assert parse(text + "\nnot a timeline line {", "render_c") == []
