"""A talking video with a live picture is trimmed to its speech, first word to last, with pads (issue 15)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests import media
from vidai_nb.engine.agent import DraftChanged, TextDelta, TurnContext, run_turn
from vidai_nb.engine.ops import MediaRef, build_draft
from vidai_nb.engine.speech import Word, detect_content, detect_dead_air, transcribe, trim_pads
from vidai_nb.engine.speech import models as speech_models
from vidai_nb.engine.speech.deadair import ENV_PAD_END, ENV_PAD_START, speech_span

needs_model = pytest.mark.skipif(
    not any(speech_models.is_installed(m) for m in speech_models.BUNDLED.values()),
    reason="no bundled Whisper model installed",
)
HEAD_S, TAIL_S = 3.0, 2.0


def test_speech_span_pads_and_clamps(monkeypatch: pytest.MonkeyPatch) -> None:
    words = [Word("Hello", 3000, 3400, 0.9), Word("there.", 3500, 4000, 0.9), Word("...", 9000, 9100, 0.1)]
    assert trim_pads() == (300, 300)
    found = speech_span(words, 10_000, (300, 300))
    assert found is not None and (found.start_ms, found.end_ms) == (2700, 4300)  # punctuation is no word
    assert (found.first_word_ms, found.last_word_ms) == (3000, 4000) and found.by_speech
    edge = speech_span([Word("Hi", 100, 9900, 0.9)], 10_000, (300, 300))
    assert edge is not None and (edge.start_ms, edge.end_ms) == (0, 10_000)
    assert speech_span([], 10_000, (300, 300)) is None
    monkeypatch.setenv(ENV_PAD_START, "0.5")
    monkeypatch.setenv(ENV_PAD_END, "1")
    assert trim_pads() == (500, 1000)
    monkeypatch.setenv(ENV_PAD_END, "lots")
    with pytest.raises(ValueError, match=ENV_PAD_END):
        trim_pads()


@pytest.fixture(scope="module")
def street_interview(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """A moving picture all along; silence for 3 s, a sentence, silence for 2 s."""
    d = tmp_path_factory.mktemp("talk")
    speech = media.make_speech(d / "speech.wav", "Excuse me, do you know the way to the station?")
    body = media.probe(speech).duration
    total = HEAD_S + body + TAIL_S
    out = d / "interview.mp4"
    media.run_ffmpeg(
        "-f", "lavfi", "-i", f"testsrc2=size=320x240:rate=25:duration={total:.3f}", "-i", str(speech),
        "-filter_complex", f"[1:a]adelay={int(HEAD_S * 1000)}:all=1,apad=whole_dur={total:.3f}[a]",
        "-map", "0:v", "-map", "[a]", "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p",
        "-c:a", "aac", "-t", f"{total:.3f}", str(out),
    )  # fmt: skip
    return out, round(media.probe(out).duration * 1000)


@needs_model
def test_live_picture_is_trimmed_to_the_speech(street_interview: tuple[Path, int]) -> None:
    path, total = street_interview
    assert detect_dead_air(path) == (0, pytest.approx(total, abs=80))  # the picture alone: never dead
    words = transcribe(path)
    found = detect_content(path)
    assert found.by_speech
    assert found.first_word_ms == words[0].start_ms and found.last_word_ms == words[-1].end_ms
    assert found.first_word_ms == pytest.approx(HEAD_S * 1000, abs=250)
    assert found.start_ms == found.first_word_ms - 300
    assert found.end_ms == found.last_word_ms + 300
    assert found.end_ms <= total - TAIL_S * 1000 + 600


@needs_model
def test_a_clip_without_speech_falls_back_to_silence_and_pictures(tmp_path: Path) -> None:
    clip = media.make_video(tmp_path / "tone.mp4", seconds=3.0)
    found = detect_content(clip)
    assert not found.by_speech and (found.start_ms, found.end_ms) == (0, pytest.approx(3000, abs=80))


@needs_model
async def test_trim_the_footage_add_subtitles_says_it_trimmed_to_the_speech(
        street_interview: tuple[Path, int]) -> None:
    path, total = street_interview
    ref = MediaRef("m1", "interview.mp4", "video", total, 320, 240, True)
    draft = build_draft([ref])
    ctx = TurnContext(text="trim the footage, add subtitles", language="en", draft=draft, media={"m1": ref},
                      media_paths={"m1": path}, version=1, version_count=1, get_version=lambda v: draft)
    evs: list[Any] = [ev async for ev in run_turn(ctx)]
    (changed,) = [e for e in evs if isinstance(e, DraftChanged)]
    (seg,) = changed.draft["t"][0]["sg"]
    words = transcribe(path)
    assert seg["in"] == words[0].start_ms - 300  # the silent 3 s head under a live picture is gone
    assert seg["in"] + seg["d"] == words[-1].end_ms + 300
    subs = next(t for t in changed.draft["t"] if t.get("role") == "subtitle")["sg"]
    assert subs[0]["start"] <= 400 and "station" in " ".join(c["text"] for c in subs).lower()
    reply = "".join(e.text for e in evs if isinstance(e, TextDelta))
    assert "interview.mp4 was trimmed to its speech" in reply and "0.3 s before the first word" in reply


def test_pauses_never_contain_a_word() -> None:
    from vidai_nb.engine.speech.silence import without_words

    quiet = [(0, 2000), (5000, 9000)]
    words = [Word("soft", 6000, 6400, 0.4), Word("edge", 8700, 9300, 0.9), Word("x", 1900, 2100, 0.9)]
    assert without_words(quiet, words, 500) == [(0, 1900), (5000, 6000), (6400, 8700)]
    assert without_words(quiet, words, 1500) == [(0, 1900), (6400, 8700)]
    assert without_words(quiet, [], 500) == quiet


@needs_model
def test_a_static_screen_with_speech_is_content_not_dead_air(tmp_path: Path) -> None:
    """A screen recording: a frozen picture while someone explains; only the silent ends go."""
    speech = media.make_speech(tmp_path / "s.wav", "Now click the button at the top of the page.")
    body = media.probe(speech).duration
    clip = tmp_path / "screen.mp4"
    media.run_ffmpeg(
        "-f", "lavfi", "-i", f"color=c=white:s=320x200:r=30:d={body + 3:.3f}", "-i", str(speech),
        "-filter_complex", f"[1:a]adelay=1500:all=1,apad=whole_dur={body + 3:.3f}[a]", "-map", "0:v",
        "-map", "[a]", "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac",
        "-t", f"{body + 3:.3f}", str(clip),
    )  # fmt: skip
    found = detect_content(clip)
    words = transcribe(clip)
    assert found.by_speech and len(words) >= 6
    assert found.start_ms == pytest.approx(1500 - 300, abs=300)
    assert found.end_ms >= words[-1].end_ms  # the frozen picture under the speech is all kept
