"""Reading media for speech: what streams a file has, and its audio as 16 kHz mono PCM."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import av
import numpy as np

from .ffmpeg import ffmpeg_exe
from .records import SpeechUnavailable

SAMPLE_RATE = 16_000  # what Whisper and Silero expect
_IMAGE_CODECS = {"png", "mjpeg", "jpeg2000", "webp", "gif", "bmp", "tiff"}


@dataclass(frozen=True)
class StreamFacts:
    duration_ms: int
    has_audio: bool
    has_video: bool
    is_image: bool


def stream_facts(path: Path) -> StreamFacts:
    """Duration and stream kinds, read with PyAV (there is no ffprobe)."""
    try:
        with av.open(str(path)) as container:
            has_audio = bool(container.streams.audio)
            # Cover art in an audio file is a "video" stream of one attached picture: not pictures.
            moving = [v for v in container.streams.video
                      if not v.disposition & av.stream.Disposition.attached_pic]
            video = moving[0] if moving else None
            duration_ms = int((container.duration or 0) / 1000)
            if duration_ms == 0:
                for stream in container.streams:
                    if stream.duration and stream.time_base:
                        duration_ms = max(duration_ms, int(stream.duration * stream.time_base * 1000))
            is_image = (
                video is not None
                and not has_audio
                and (video.codec_context.name in _IMAGE_CODECS and (video.frames or 0) <= 1)
            )
            # Still images open through the image2 demuxer or one of the *_pipe ones (png_pipe, ...).
            if video is not None and (container.format.name == "image2"
                                      or container.format.name.endswith("_pipe")):
                is_image = True
    except (av.error.FFmpegError, OSError) as exc:
        raise SpeechUnavailable(f"cannot read {path.name}: {exc}") from exc
    return StreamFacts(duration_ms, has_audio, video is not None, is_image)


def speech_stream(path: Path) -> int:
    """The audio stream speech is read from: the first with sound (as the renderer uses)."""
    from vidai_nb.engine.media.probe import audio_stream_with_sound

    try:
        with av.open(str(path)) as c:
            several = len(c.streams.audio) > 1
        return audio_stream_with_sound(path) if several else 0
    except (av.error.FFmpegError, OSError):
        return 0


def pcm_chunks(path: Path, chunk_samples: int = SAMPLE_RATE * 30) -> Iterator[np.ndarray]:
    """Yield the first audio stream as float32 16 kHz mono, `chunk_samples` at a time.

    ffmpeg decodes and resamples into a pipe, so memory stays bounded by one chunk whatever the
    length of the input.
    """
    args = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-loglevel", "error", "-i", str(path),
            "-map", f"0:a:{speech_stream(path)}", "-vn", "-ac", "1", "-ar", str(SAMPLE_RATE),
            "-f", "s16le", "-"]
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    chunk_bytes = chunk_samples * 2
    try:
        while True:
            data = proc.stdout.read(chunk_bytes)
            if not data:
                break
            usable = len(data) - len(data) % 2
            yield np.frombuffer(data[:usable], dtype="<i2").astype(np.float32) / 32768.0
    finally:
        proc.stdout.close()
        err = proc.stderr.read().decode("utf-8", errors="replace")
        proc.stderr.close()
        code = proc.wait()
    if code != 0:
        raise SpeechUnavailable(f"cannot decode the audio of {path.name}: {err.strip()[-300:]}")


def read_audio(path: Path) -> np.ndarray:
    """The whole first audio stream as one float32 16 kHz mono array."""
    parts = list(pcm_chunks(path))
    return np.concatenate(parts) if parts else np.zeros(0, dtype=np.float32)
