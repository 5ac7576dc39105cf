"""Facts about a media file, read by content with PyAV (there is no ffprobe binary)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import av
from av.video.stream import VideoStream

from vidai_nb.engine.media.formats import MediaKind

# Demuxers we accept, by the name PyAV reports. Anything else (e.g. "tty" for plain text, which ffmpeg
# happily "decodes" as ANSI art) is rejected even if it opens.
_VIDEO_FORMATS = {"mov,mp4,m4a,3gp,3g2,mj2", "matroska,webm", "avi"}
_AUDIO_FORMATS = {"mp3", "wav", "aac", "mov,mp4,m4a,3gp,3g2,mj2"}
_IMAGE_FORMATS = {"image2", "png_pipe", "jpeg_pipe", "webp_pipe", "gif", "webp"}


class MediaError(Exception):
    """The file is not usable media; the message says why in plain words.

    `code` is the protocol error code to answer with: 4001 unsupported type, 4002 too large.
    """

    def __init__(self, message: str, code: int = 4001) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class MediaInfo:
    kind: MediaKind
    duration_ms: int
    width: int
    height: int
    fps: float
    has_audio: bool
    has_video: bool
    video_codec: str | None
    audio_codec: str | None
    format_name: str
    audio_channels: int = 0  # 1 = mono: the renderer copies it to both sides at full level
    rotation: int = 0  # display rotation in degrees; width/height are already the displayed ones
    pix_fmt: str | None = None  # e.g. yuv420p10le: a stream copy only for 8-bit 4:2:0
    audio_rate: int = 0
    audio_streams: int = 0
    # which audio stream is used (index among the audio streams): the first one with sound, so a
    # camera's silent first track (or a muted mic) does not leave the export silent
    audio_stream: int = 0
    sample_aspect: float = 1.0  # pixel aspect of the coded picture (1 = square)


# Louder than this (RMS, full scale 1) is sound; camera noise floors are far above, digital silence below.
_SOUND_RMS = 10 ** (-60 / 20)
_SOUND_SCAN_S = 30.0


def audio_stream_with_sound(path: str | os.PathLike[str]) -> int:
    """Index (among the audio streams) of the first stream with sound in the first 30 s; 0 if none."""
    with av.open(str(path)) as c:
        count = len(c.streams.audio)
    for k in range(count):
        try:
            with av.open(str(path)) as c:
                resampler = av.AudioResampler(format="flt", layout="mono", rate=8000)
                total, n = 0.0, 0
                for frame in c.decode(c.streams.audio[k]):
                    for out in resampler.resample(frame):
                        x = out.to_ndarray()
                        total += float((x.astype("float64") ** 2).sum())
                        n += x.size
                    if frame.time is not None and frame.time > _SOUND_SCAN_S:
                        break
            if n and (total / n) ** 0.5 > _SOUND_RMS:
                return k
        except av.error.FFmpegError:
            continue
    return 0


def _is_cover_art(stream: av.stream.Stream) -> bool:
    # An mp3/m4a with embedded album art has a one-picture "video" stream; it is still audio.
    return bool(stream.disposition & av.stream.Disposition.attached_pic)


def _last_packet_seconds(container: av.container.InputContainer, duration_s: float) -> float | None:
    """Time of the last readable packet near the end: catches files cut short (moov-first mp4s)."""
    try:
        container.seek(int(max(duration_s - 1.0, 0.0) * 1_000_000))
        last: float | None = None
        for packet in container.demux():
            if packet.pts is not None and packet.size and packet.time_base is not None:
                t = float(packet.pts * packet.time_base)
                last = t if last is None else max(last, t)
        return last
    except av.error.FFmpegError:
        return None


def _first_frame(
    container: av.container.InputContainer, stream: av.stream.Stream, rewind: bool
) -> object | None:
    try:
        if rewind:  # image demuxers cannot seek; only rewind after the end-of-file check
            container.seek(0)
        for frame in container.decode(stream):
            return frame
    except av.error.FFmpegError:
        return None
    return None


def _display_size(stream: VideoStream, frame: object | None) -> tuple[int, int, int]:
    """Width and height as shown (phone videos carry a rotation; anamorphic ones a pixel aspect),
    which is what ffmpeg's auto-rotation hands the filters and what a person expects to read."""
    w, h = int(stream.codec_context.width), int(stream.codec_context.height)
    sar = stream.sample_aspect_ratio
    if sar is not None and sar.numerator > 0 and sar != 1:
        w = max(2, round(w * float(sar) / 2) * 2)
    rotation = int(getattr(frame, "rotation", 0) or 0) % 360 if frame is not None else 0
    if rotation in (90, 270):
        w, h = h, w
    return w, h, rotation


def is_url(src: str | os.PathLike[str]) -> bool:
    """An http(s) URL (a presigned object-store link: PyAV reads it by ranges) rather than a path."""
    return isinstance(src, str) and src.startswith(("http://", "https://"))


def probe(path: str | os.PathLike[str]) -> MediaInfo:
    """Read duration (ms), size, fps, streams and codecs. Raises MediaError for anything unusable.
    `path` may be a presigned URL; messages then name its last path segment (never its query)."""
    remote = is_url(path)
    src = str(path) if remote else os.fspath(path)
    p = Path(urlsplit(str(src)).path) if remote else Path(src)
    if not remote and not p.is_file():
        raise MediaError(f"{p.name}: file not found")
    if not remote and p.stat().st_size == 0:
        raise MediaError(f"{p.name}: the file is empty")
    try:
        container = av.open(str(src))
    except av.error.FFmpegError as exc:
        raise MediaError(
            f"{p.name}: not a readable video, image or audio file (the content is not a known media "
            f"format or the file is damaged or incomplete: {exc.strerror or exc})"
        ) from exc
    with container:
        fmt = container.format.name
        videos = [s for s in container.streams.video if not _is_cover_art(s)]
        audios = list(container.streams.audio)
        if fmt in _IMAGE_FORMATS and videos:
            kind: MediaKind = "image"  # an animated gif too: the protocol lists gif as an image
        elif fmt in _VIDEO_FORMATS and videos:
            kind = "video"
        elif fmt in _AUDIO_FORMATS and audios:
            kind = "audio"
        else:
            raise MediaError(
                f"{p.name}: unsupported content (detected format '{fmt}' with "
                f"{len(videos)} video and {len(audios)} audio streams)"
            )
        duration_s = (container.duration or 0) / 1_000_000
        if duration_s <= 0:
            durations = [
                float(s.duration * s.time_base) for s in container.streams if s.duration and s.time_base
            ]
            duration_s = max(durations, default=0.0)
        video = videos[0] if videos else None
        chosen = audio_stream_with_sound(src) if len(audios) > 1 else 0
        audio = audios[chosen] if audios else None
        sar = video.sample_aspect_ratio if video is not None else None
        sample_aspect = float(sar) if sar is not None and sar.numerator > 0 else 1.0
        if kind != "image":
            if duration_s <= 0:
                raise MediaError(f"{p.name}: the file has no duration (damaged or incomplete)")
            last = _last_packet_seconds(container, duration_s)
            if last is None or last + 1.0 < duration_s:
                raise MediaError(
                    f"{p.name}: the file is incomplete (truncated): it says {duration_s:.1f} s but the data "
                    f"ends at {0.0 if last is None else last:.1f} s"
                )
        first = video if kind != "audio" else audio
        frame = _first_frame(container, first, rewind=kind != "image") if first is not None else None
        if first is not None and frame is None:
            raise MediaError(f"{p.name}: the {first.type} stream cannot be decoded (damaged file)")
        width, height, rotation = _display_size(video, frame) if video is not None else (0, 0, 0)
        fps = 0.0
        if video is not None and kind == "video" and video.average_rate:
            fps = round(float(video.average_rate), 3)
        return MediaInfo(
            kind=kind,
            duration_ms=0 if kind == "image" else round(duration_s * 1000),
            width=width,
            height=height,
            fps=fps,
            has_audio=audio is not None,
            has_video=video is not None,
            video_codec=video.codec_context.name if video is not None else None,
            audio_codec=audio.codec_context.name if audio is not None else None,
            format_name=fmt,
            audio_channels=int(audio.codec_context.channels or 0) if audio is not None else 0,
            rotation=rotation,
            pix_fmt=video.codec_context.pix_fmt if video is not None else None,
            audio_rate=int(audio.codec_context.sample_rate or 0) if audio is not None else 0,
            audio_streams=len(audios),
            audio_stream=chosen,
            sample_aspect=sample_aspect,
        )
