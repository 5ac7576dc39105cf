"""Silence and dead-air detection on media generated with espeak-ng and ffmpeg."""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np
import pytest

from tests import media
from vidai_nb.engine.speech import detect_dead_air, detect_silences


def join_with_silence(parts: list[Path], gaps_ms: list[int], out: Path) -> list[tuple[int, int]]:
    """Concatenate WAVs with silent gaps between them; returns each part's (start_ms, end_ms)."""
    arrays: list[np.ndarray] = []
    spans: list[tuple[int, int]] = []
    rate = 0
    pos = 0
    for i, part in enumerate(parts):
        with wave.open(str(part)) as w:
            rate = w.getframerate()
            data = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2")
        # espeak-ng pads each utterance with silence: trim it so the spans are the speech itself.
        loud = np.flatnonzero(np.abs(data.astype(np.int32)) > 64)
        data = data[loud[0]: loud[-1] + 1] if len(loud) else data
        spans.append((pos * 1000 // rate, (pos + len(data)) * 1000 // rate))
        arrays.append(data)
        pos += len(data)
        if i < len(gaps_ms):
            gap = np.zeros(rate * gaps_ms[i] // 1000, dtype="<i2")
            arrays.append(gap)
            pos += len(gap)
    with wave.open(str(out), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(np.concatenate(arrays).tobytes())
    return spans


@pytest.fixture(scope="module")
def speech_with_gaps(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[tuple[int, int]]]:
    d = tmp_path_factory.mktemp("speech-silence")
    a = media.make_speech(d / "a.wav", "This is the first sentence of the test.")
    b = media.make_speech(d / "b.wav", "And here comes another one.")
    c = media.make_speech(d / "c.wav", "Short.")
    out = d / "joined.wav"
    return out, join_with_silence([a, b, c], [2000, 300], out)


def _covering(silences: list[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    return next((s for s in silences if s[0] <= start and s[1] >= end), None)


def test_silence_found_where_inserted(speech_with_gaps: tuple[Path, list[tuple[int, int]]]) -> None:
    path, spans = speech_with_gaps
    silences = detect_silences(path)
    gap_start, gap_end = spans[0][1], spans[1][0]
    found = _covering(silences, gap_start + 150, gap_end - 150)
    assert found is not None, silences
    assert gap_start - 150 <= found[0] <= gap_start + 150
    assert gap_end - 150 <= found[1] <= gap_end + 150
    # The 300 ms gap is shorter than min_ms=500, and no silence lies inside the speech itself.
    assert _covering(silences, spans[1][1], spans[2][0]) is None
    for s in silences:
        assert not (s[0] > spans[0][0] + 300 and s[1] < spans[0][1] - 300), f"silence inside speech: {s}"


def test_min_ms_controls_short_gaps(speech_with_gaps: tuple[Path, list[tuple[int, int]]]) -> None:
    path, spans = speech_with_gaps
    silences = detect_silences(path, min_ms=150)
    assert _covering(silences, spans[1][1] + 50, spans[2][0] - 50) is not None, silences


def test_tone_has_no_silence_and_silent_video_is_all_silence(tmp_path: Path) -> None:
    tone = media.make_audio(tmp_path / "tone.wav", seconds=2)
    assert detect_silences(tone) == []
    mute = media.make_video(tmp_path / "mute.mp4", seconds=2, audio=False)
    assert detect_silences(mute) == [(0, pytest.approx(2000, abs=80))]
    picture = media.make_image(tmp_path / "p.png")
    assert detect_silences(picture) == []


def _dead_clip(
    path: Path, head_s: float, body_s: float, tail_s: float, voice_over_black: bool = False
) -> Path:
    """Black + silent head, a live body, a frozen + silent tail (or sound over the black head)."""
    total = head_s + body_s + tail_s
    audio = (f"[2:a]apad=whole_dur={total}[a]" if voice_over_black
             else f"[2:a]adelay={int(head_s * 1000)}:all=1,apad=whole_dur={total}[a]")
    audio_len = head_s + body_s if voice_over_black else body_s
    media.run_ffmpeg(
        "-f", "lavfi", "-i", f"color=black:size=320x240:rate=25:duration={head_s}",
        "-f", "lavfi", "-i", f"testsrc2=size=320x240:rate=25:duration={body_s}",
        "-f", "lavfi", "-i", f"sine=frequency=440:sample_rate=44100:duration={audio_len}",
        "-filter_complex",
        f"[1:v]tpad=stop_mode=clone:stop_duration={tail_s}[t];[0:v][t]concat=n=2:v=1:a=0[v];{audio}",
        "-map", "[v]", "-map", "[a]", "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p",
        "-c:a", "aac", "-t", str(total), str(path),
    )
    return path


def test_dead_air_black_head_and_frozen_tail(tmp_path: Path) -> None:
    clip = _dead_clip(tmp_path / "dead.mp4", 1.5, 3.0, 1.0)
    total = round(media.probe(clip).duration * 1000)
    start, end = detect_dead_air(clip)
    assert start == pytest.approx(1500, abs=100)
    assert end == pytest.approx(total - 1000, abs=100)


def test_sound_over_black_is_not_dead(tmp_path: Path) -> None:
    clip = _dead_clip(tmp_path / "voiceover.mp4", 1.5, 3.0, 1.0, voice_over_black=True)
    start, end = detect_dead_air(clip)
    assert start == pytest.approx(0, abs=100)  # the picture is black but the sound is live
    assert end == pytest.approx(4500, abs=100)


def test_dead_air_audio_only_and_live_clip(tmp_path: Path,
                                           speech_with_gaps: tuple[Path, list[tuple[int, int]]]) -> None:
    path, spans = speech_with_gaps
    padded = tmp_path / "padded.wav"
    media.run_ffmpeg("-i", str(path), "-af", "adelay=1000:all=1,apad=pad_dur=1.5", str(padded))
    start, end = detect_dead_air(padded)
    assert start == pytest.approx(1000 + spans[0][0], abs=150)
    assert end == pytest.approx(1000 + spans[-1][1], abs=150)
    live = media.make_video(tmp_path / "live.mp4", seconds=3)
    assert detect_dead_air(live) == (0, pytest.approx(3000, abs=80))
    assert detect_dead_air(media.make_image(tmp_path / "still.png")) == (0, 0)


def test_cover_art_is_not_a_picture_track(tmp_path: Path) -> None:
    # An MP3 with cover art has a one-picture "video" stream; dead air must follow the sound only.
    song = tmp_path / "song.mp3"
    media.run_ffmpeg(
        "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=44100:duration=2",
        "-i", str(media.make_image(tmp_path / "cover.png")),
        "-filter_complex", "[0:a]adelay=1000:all=1,apad=pad_dur=1[a]",
        "-map", "[a]", "-map", "1:v", "-c:v", "png", "-disposition:v", "attached_pic", "-t", "4",
        str(song),
    )
    assert detect_dead_air(song) == (pytest.approx(1000, abs=100), pytest.approx(3000, abs=100))
