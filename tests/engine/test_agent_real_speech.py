"""The seed request end to end on real media: real dead-air detection and real transcription."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests import media
from vidai_nb.engine.agent import DraftChanged, TextDelta, ToolCall, TurnContext, run_turn
from vidai_nb.engine.ops import MediaRef, build_draft
from vidai_nb.engine.speech import models as speech_models

pytestmark = pytest.mark.skipif(
    not any(speech_models.is_installed(m) for m in speech_models.BUNDLED.values()),
    reason="no bundled Whisper model installed",
)


@pytest.fixture(scope="module")
def talking_clip(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """1.5 s of black silence, then speech over a test pattern, then 1 s of frozen silent picture."""
    d = tmp_path_factory.mktemp("seed")
    sentence = "Please open the door and turn on the lights in the kitchen."
    speech = media.make_speech(d / "speech.wav", sentence)
    body = media.probe(speech).duration
    total = 1.5 + body + 1.0
    out = d / "talk.mp4"
    media.run_ffmpeg(
        "-f", "lavfi", "-i", "color=black:size=320x240:rate=25:duration=1.5",
        "-f", "lavfi", "-i", f"testsrc2=size=320x240:rate=25:duration={body}",
        "-i", str(speech),
        "-filter_complex",
        "[1:v]tpad=stop_mode=clone:stop_duration=1[t];[0:v][t]concat=n=2:v=1:a=0[v];"
        f"[2:a]adelay=1500:all=1,apad=whole_dur={total}[a]",
        "-map", "[v]", "-map", "[a]", "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p",
        "-c:a", "aac", "-t", f"{total:.3f}", str(out),
    )  # fmt: skip
    return out, round(media.probe(out).duration * 1000)


async def test_seed_request_on_a_real_clip(talking_clip: tuple[Path, int]) -> None:
    path, total = talking_clip
    ref = MediaRef("m1", "talk.mp4", "video", total, 320, 240, True)
    draft = build_draft([ref])
    ctx = TurnContext(
        text="trim the footage, add subtitles, and export as MP4",
        language="en",
        draft=draft,
        media={"m1": ref},
        media_paths={"m1": path},
        version=1,
        version_count=1,
        get_version=lambda v: draft,
    )
    evs: list[Any] = [ev async for ev in run_turn(ctx)]
    (changed,) = [e for e in evs if isinstance(e, DraftChanged)]
    (seg,) = changed.draft["t"][0]["sg"]
    assert seg["in"] == pytest.approx(1500, abs=250)  # the black, silent head is gone
    assert seg["in"] + seg["d"] <= total - 600  # and the frozen tail
    subs = next(t for t in changed.draft["t"] if t.get("role") == "subtitle")
    words = " ".join(c["text"] for c in subs["sg"]).lower()
    assert "lights" in words and "kitchen" in words
    assert all(c["start"] + c["d"] <= changed.draft["d"] for c in subs["sg"])
    # cues are on the new timeline: speech starts right at the start now
    assert subs["sg"][0]["start"] < 800
    assert [c.name for c in evs if isinstance(c, ToolCall)][-1] == "export"
    assert "Exporting as MP4" in "".join(e.text for e in evs if isinstance(e, TextDelta))
