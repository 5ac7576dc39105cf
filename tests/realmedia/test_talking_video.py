"""Real camera footage with real human speech: trim to the speech, subtitles, pauses, export."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import av
import pytest

from tests.media import frame_at, probe
from tests.realmedia.conftest import LEAD_S
from tests.realmedia.corpus import Utterance
from tests.realmedia.text import needs_model, wer
from vidai_nb.engine.agent import DraftChanged, TextDelta, TurnContext, run_turn
from vidai_nb.engine.media.probe import probe as engine_probe
from vidai_nb.engine.ops import MediaRef, build_draft
from vidai_nb.engine.render import build_render, run_render
from vidai_nb.engine.speech import detect_content, transcribe

pytestmark = needs_model
Clip = tuple[Path, list[tuple[float, float]]]


def ref_of(path: Path) -> MediaRef:
    """What an upload records: the engine's own probe (display size, pixel aspect applied)."""
    info = engine_probe(path)
    return MediaRef("m1", path.name, "video", info.duration_ms, info.width, info.height, info.has_audio)


async def turn(text: str, path: Path, draft: dict[str, Any] | None = None) -> tuple[dict[str, Any], str]:
    ref = ref_of(path)
    start = draft or build_draft([ref])
    ctx = TurnContext(text=text, language="en", draft=start, media={"m1": ref}, media_paths={"m1": path},
                      version=1, version_count=1, get_version=lambda v: start)
    evs = [ev async for ev in run_turn(ctx)]
    changed = [e for e in evs if isinstance(e, DraftChanged)]
    reply = "".join(e.text for e in evs if isinstance(e, TextDelta))
    assert changed, reply
    return changed[-1].draft, reply


def kept_source(draft: dict[str, Any]) -> list[tuple[int, int]]:
    return [(int(s["in"]), int(s["in"]) + int(s["d"])) for s in draft["t"][0]["sg"]]


async def test_trim_the_footage_add_subtitles_on_a_real_talking_video(
        talking_video: Clip, readings: list[Utterance], tmp_path: Path) -> None:
    path, _ = talking_video
    draft, reply = await turn("trim the footage, add subtitles", path)
    words = transcribe(path)
    ((a, b),) = kept_source(draft)
    assert a == words[0].start_ms - 300 and b == words[-1].end_ms + 300
    assert abs(words[0].start_ms - LEAD_S * 1000) < 400  # Whisper found the real first word
    assert "trimmed to its speech" in reply
    subs = next(t for t in draft["t"] if t.get("role") == "subtitle")["sg"]
    said = " ".join(u.text for u in readings)
    # Whisper falls back to sampling on a window it decodes badly, so the words vary between runs: 3 of 11
    # runs of this test were above 0.12 (0.141 and 0.155 seen), with and without the loop filter of asr.py
    assert wer(said, " ".join(c["text"].replace("\n", " ") for c in subs)) <= 0.18
    assert all(c["d"] >= 300 for c in subs) and subs[0]["start"] < 600
    out = run_render(build_render(draft, {"m1": path}, {"quality": "low"}, tmp_path / "talk.mp4"))
    p = probe(out)
    assert abs(p.duration - (b - a) / 1000) < 0.1
    assert p.video["codec"] == "h264" and p.audio is not None and p.audio["codec"] == "aac"
    # carphone has non-square pixels (128:117): the export has square pixels and the displayed shape
    with av.open(str(out)) as c:
        sar = c.streams.video[0].sample_aspect_ratio
    assert sar is None or sar == 1
    assert p.video["width"] / p.video["height"] == pytest.approx(176 * 128 / 117 / 144, rel=0.02)
    assert frame_at(out, 1.0).std() > 20  # the real picture, not a flat fill


async def test_remove_the_pauses_keeps_every_word_whole(talking_video: Clip) -> None:
    path, _ = talking_video
    draft, _ = await turn("remove the pauses", path)
    kept = kept_source(draft)
    words = transcribe(path)
    cut = [w for w in words if not any(a <= w.start_ms and w.end_ms <= b for a, b in kept)]
    assert cut == [], f"{len(cut)} words cut: {cut}"
    gaps = [b0 - a1 for (_, a1), (b0, _) in itertools.pairwise(kept)]
    assert len(gaps) >= 4 and all(g >= 500 - 2 * 150 for g in gaps)  # the 1.2 s pauses went
    # every word keeps a short pad of its own source around it
    for w in words:
        a, b = next((a, b) for a, b in kept if a <= w.start_ms and w.end_ms <= b)
        assert w.start_ms - a >= 100 or a == 0
        assert b - w.end_ms >= 100 or b == draft["t"][0]["sg"][-1]["in"] + draft["t"][0]["sg"][-1]["d"]


def test_real_footage_without_sound_is_never_dead_air(corpus: Path) -> None:
    found = detect_content(corpus / "data" / "bikes.mp4")
    assert not found.by_speech and (found.start_ms, found.end_ms) == (0, pytest.approx(10_000, abs=80))
