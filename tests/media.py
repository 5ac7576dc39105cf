"""Synthetic test media made with ffmpeg / espeak-ng, and ffprobe-like checks (PyAV).

Nothing here is committed as a binary or downloaded: every clip is generated on demand.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import av
import imageio_ffmpeg
import numpy as np


def ffmpeg_exe() -> str:
    return imageio_ffmpeg.get_ffmpeg_exe()


def run_ffmpeg(*args: str) -> None:
    subprocess.run([ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-y", *args], check=True)


def make_video(
    path: Path,
    seconds: float = 4.0,
    size: tuple[int, int] = (320, 240),
    fps: int = 25,
    audio: bool = True,
    pattern: str = "testsrc2",
    tone_hz: int = 440,
    extra: tuple[str, ...] = (),
) -> Path:
    """A test pattern clip (H.264 + AAC sine unless audio=False); codec follows the extension."""
    w, h = size
    args = ["-f", "lavfi", "-i", f"{pattern}=size={w}x{h}:rate={fps}:duration={seconds}"]
    if audio:
        args += ["-f", "lavfi", "-i", f"sine=frequency={tone_hz}:sample_rate=44100:duration={seconds}"]
    suffix = path.suffix.lower()
    if suffix == ".webm":
        args += ["-c:v", "libvpx-vp9", "-deadline", "realtime", "-cpu-used", "8", "-b:v", "300k"]
        args += ["-c:a", "libopus"] if audio else []
    elif suffix == ".avi":
        args += ["-c:v", "mpeg4", "-q:v", "5"] + (["-c:a", "libmp3lame"] if audio else [])
    else:
        args += ["-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-g", str(fps)]
        args += ["-c:a", "aac", "-b:a", "96k"] if audio else []
    args += ["-shortest", *extra, str(path)]
    run_ffmpeg(*args)
    return path


def make_counted(
    path: Path, seconds: int, size: tuple[int, int], fontsize: int, preset: str = "ultrafast", fps: int = 25
) -> Path:
    """testsrc2 with the frame number drawn in (every frame different, so a frame shows where it came
    from), a keyframe every second, and a 440 Hz sine at 48 kHz: what cut and smart-render tests compare."""
    w, h = size
    font = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    margin = fontsize // 6
    text = f"drawtext=fontfile={font}:text='%{{n}}':fontsize={fontsize}:x={margin}:y={margin}"
    text += ":fontcolor=white:box=1"
    run_ffmpeg(
        "-f", "lavfi", "-i", f"testsrc2=s={w}x{h}:r={fps}:d={seconds},{text}",
        "-f", "lavfi", "-i", f"sine=f=440:r=48000:d={seconds}",
        "-c:v", "libx264", "-preset", preset, "-g", str(fps), "-pix_fmt", "yuv420p",
        "-c:a", "aac", "-shortest", str(path),
    )  # fmt: skip
    return path


def make_audio(path: Path, seconds: float = 4.0, tone_hz: int = 330, volume: float = 0.5) -> Path:
    run_ffmpeg(
        "-f", "lavfi", "-i", f"sine=frequency={tone_hz}:sample_rate=44100:duration={seconds}",
        "-af", f"volume={volume}", str(path),
    )
    return path


def make_flashes(path: Path, seconds: int = 10, size: tuple[int, int] = (160, 120)) -> Path:
    """A white frame and a 1 kHz beep together at every whole second, black and silent otherwise (25 fps,
    a keyframe each second): the marks sync tests compare picture and sound with."""
    w, h = size
    run_ffmpeg(
        "-f", "lavfi", "-i",
        f"color=c=black:s={w}x{h}:r=25:d={seconds},drawbox=c=white:t=fill:enable='lt(mod(t,1),0.04)'",
        "-f", "lavfi", "-i", f"sine=f=1000:r=48000:d={seconds},volume='if(lt(mod(t,1),0.04),1,0)':eval=frame",
        "-c:v", "libx264", "-preset", "ultrafast", "-g", "25", "-pix_fmt", "yuv420p", "-c:a", "aac",
        "-shortest", str(path),
    )  # fmt: skip
    return path


def make_image(path: Path, size: tuple[int, int] = (320, 240), color: str = "red") -> Path:
    w, h = size
    run_ffmpeg("-f", "lavfi", "-i", f"color=c={color}:size={w}x{h}", "-frames:v", "1", str(path))
    return path


def make_speech(path: Path, text: str, voice: str = "en-us", words_per_minute: int = 160) -> Path:
    """Speech as WAV from espeak-ng (a Debian package installed by ./dev setup)."""
    exe = shutil.which("espeak-ng")
    if exe is None:
        raise RuntimeError("espeak-ng is not installed; run ./dev setup")
    subprocess.run([exe, "-v", voice, "-s", str(words_per_minute), "-w", str(path), text], check=True)
    return path


@dataclass
class Probe:
    duration: float
    format_name: str
    streams: list[dict[str, Any]] = field(default_factory=list)

    def first(self, kind: str) -> dict[str, Any] | None:
        return next((s for s in self.streams if s["type"] == kind), None)

    @property
    def video(self) -> dict[str, Any]:
        v = self.first("video")
        assert v is not None, "no video stream"
        return v

    @property
    def audio(self) -> dict[str, Any] | None:
        return self.first("audio")


def probe(path: Path) -> Probe:
    """ffprobe-equivalent facts about a file, read in-process with PyAV."""
    with av.open(str(path)) as c:
        streams: list[dict[str, Any]] = []
        for s in c.streams:
            ctx = s.codec_context  # None for data streams (a MOV's timecode track)
            info: dict[str, Any] = {"type": s.type, "codec": ctx.name if ctx is not None else None}
            if s.type == "video":
                info.update(
                    width=s.codec_context.width,
                    height=s.codec_context.height,
                    pix_fmt=s.codec_context.pix_fmt,
                    fps=float(s.average_rate) if s.average_rate else None,
                    frames=s.frames,
                )
            elif s.type == "audio":
                info.update(sample_rate=s.codec_context.sample_rate, channels=s.codec_context.channels)
            streams.append(info)
        duration = (c.duration or 0) / 1_000_000
        return Probe(duration=duration, format_name=c.format.name, streams=streams)


def frame_at(path: Path, seconds: float) -> np.ndarray:
    """The RGB frame shown at `seconds` (H x W x 3, uint8)."""
    with av.open(str(path)) as c:
        stream = c.streams.video[0]
        c.seek(int(max(seconds - 1.0, 0) * 1_000_000))
        last = None
        for frame in c.decode(stream):
            if frame.time is not None and frame.time > seconds + 1e-3 and last is not None:
                break
            last = frame
        assert last is not None, "no frame decoded"
        return last.to_ndarray(format="rgb24")


def audio_rms(path: Path, start: float = 0.0, end: float | None = None) -> float:
    """RMS level (0..1) of the first audio stream between start and end seconds."""
    with av.open(str(path)) as c:
        stream = c.streams.audio[0]
        total = 0.0
        count = 0
        for frame in c.decode(stream):
            t = frame.time or 0.0
            if t < start or (end is not None and t > end):
                continue
            samples = frame.to_ndarray().astype(np.float64)
            total += float(np.sum(samples**2))
            count += samples.size
        return float(np.sqrt(total / count)) if count else 0.0
