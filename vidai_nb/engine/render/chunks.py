"""Plans of a chunked export: video parts, the whole sound, and the join (engine/jobs/chunk_job runs them).

A part is the programme's own filtergraph (the same one `build_render` makes), cut to a range of whole
output frames by `trim=start_frame:end_frame` and encoded with exactly the video settings of the
unchunked export. Each part is a fresh x264 run, so it starts with an IDR frame and no frame refers
across a join; same settings and size give the same SPS/PPS, so the parts are joined by the concat
demuxer with stream copy into one valid stream.

The sound is rendered once, whole, as its own part: AAC encodes in 1024-sample frames with ~2048
samples of encoder priming, so sound cut at each join and encoded per part would either gap or
overlap by a few ms at every join (a click). One AAC stream for the programme has no joins at all.

Cost: a part still runs the graph from the programme's start (demux, decode, fit) and throws away
the frames before its range; only encoding, the expensive step, is split. The sound part decodes
the picture too (the graph joins them), drawn tiny and sent to `nullsink`.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from vidai_nb.engine.render.common import check_readable, secs
from vidai_nb.engine.render.errors import RenderError
from vidai_nb.engine.render.graph import Builder
from vidai_nb.engine.render.plan import (
    WORKDIR_PREFIX,
    RenderPlan,
    _encoder_args,
    _partial,
    _subtitle_plan,
    _subtitle_tracks,
)
from vidai_nb.engine.render.spec import AAC_BITRATE, OutputSpec, canvas_for
from vidai_nb.timeline.model import Draft

CHUNK_FORMATS = ("mp4", "mov")
_AUDIO_OPTS = {"-c:a", "-b:a", "-ar"}  # options (each with a value) of the sound encoder
_CONTAINER_OPTS = {"-movflags", "-write_tmcd", "-t"}  # set per plan below


def _head() -> list[str]:
    from vidai_nb.engine.media.ffmpeg import ffmpeg_exe

    return [
        ffmpeg_exe(),
        "-hide_banner",
        "-nostdin",
        "-y",
        "-loglevel",
        "error",
        "-progress",
        "pipe:1",
        "-stats_period",
        "0.25",
    ]


def _draft(draft: Mapping[str, Any] | Draft) -> Draft:
    model = draft if isinstance(draft, Draft) else Draft.decode(draft)
    check_readable(model)
    return model


def frame_ranges(draft: Mapping[str, Any] | Draft, spec: OutputSpec, parts: int) -> list[tuple[int, int]]:
    """[first frame, end frame) of each video part: the programme's output frames in `parts` runs as
    equal as whole frames allow (the unchunked export has round(programme × fps) frames too)."""
    model = _draft(draft)
    canvas = canvas_for(model.meta, spec)
    frames = round(model.programme_ms * canvas.fps / 1000)
    parts = max(1, min(parts, frames))
    cuts = [round(frames * i / parts) for i in range(parts + 1)]
    return [(cuts[i], cuts[i + 1]) for i in range(parts)]


def fps_of(draft: Mapping[str, Any] | Draft, spec: OutputSpec) -> float:
    return canvas_for(_draft(draft).meta, spec).fps


def _strip(args: list[str], names: set[str]) -> list[str]:
    """`args` without the options in `names` and their values."""
    out: list[str] = []
    skip = False
    for a in args:
        if skip:
            skip = False
        elif a in names:
            skip = True
        else:
            out.append(a)
    return out


def _graph(
    draft: Draft, media: Mapping[str, Path], spec: OutputSpec, workdir: Path, sound: bool
) -> tuple[Any, list[str]]:
    canvas = canvas_for(draft.meta, spec)
    if sound:
        # The picture is thrown away: drawn at 64 px wide it costs little beyond decoding. The sound
        # depends on the frame rate only (pieces are cut on frame boundaries), which stays.
        small = max(2, round(64 * canvas.height / canvas.width / 2) * 2)
        canvas = dataclasses.replace(canvas, width=64, height=small)
    burn = [] if sound else _subtitle_plan(_subtitle_tracks(draft), spec)[0]
    graph = Builder(draft, media, canvas, workdir, sound, burn).build()
    assert graph.video is not None
    return graph, _encoder_args(spec, canvas, draft.programme_ms)


def _args_with_graph(graph: Any, workdir: Path) -> list[str]:
    text = graph.text()
    script = workdir / "graph.txt"  # always a file: a part's argv need not fit Linux's 128 KiB
    script.write_text(text, encoding="utf-8")
    return [*_head(), *graph.inputs.args, "-/filter_complex", os.fspath(script)]


def build_video_part(
    draft: Mapping[str, Any] | Draft,
    media: Mapping[str, Path],
    spec: OutputSpec,
    first: int,
    end: int,
    out: Path,
    tmp_dir: Path | None = None,
) -> RenderPlan:
    """Output frames [first, end) of the programme, video only, as an MP4 starting at time 0."""
    model = _draft(draft)
    if spec.format not in CHUNK_FORMATS:
        raise RenderError(f"a {spec.format} export is not split into parts")
    if not 0 <= first < end:
        raise RenderError(f"the part's frames {first}-{end} are empty")
    workdir = Path(tempfile.mkdtemp(prefix=WORKDIR_PREFIX, dir=tmp_dir))
    try:
        graph, enc = _graph(model, media, spec, workdir, sound=False)
        graph.chains.append(
            f"[{graph.video}]trim=start_frame={first}:end_frame={end},setpts=PTS-STARTPTS,format=yuv420p[part]"
        )
        video_enc = _strip(enc, _AUDIO_OPTS | _CONTAINER_OPTS)
        args = [
            *_args_with_graph(graph, workdir),
            "-map",
            "[part]",
            *video_enc,
            "-an",
            "-frames:v",
            str(end - first),
            "-write_tmcd",
            "0",
            "-f",
            "mp4",
            os.fspath(_partial(out)),
        ]
        fps = canvas_for(model.meta, spec).fps
        ms = round((end - first) * 1000 / fps)
        return RenderPlan(args, ms, False, out, workdir=workdir, partial_path=_partial(out))
    except BaseException:
        shutil.rmtree(workdir, ignore_errors=True)
        raise


def build_sound(
    draft: Mapping[str, Any] | Draft,
    media: Mapping[str, Path],
    spec: OutputSpec,
    out: Path,
    tmp_dir: Path | None = None,
) -> RenderPlan:
    """The programme's whole mixed sound, AAC in MP4 (.m4a), exactly as the unchunked export encodes it."""
    model = _draft(draft)
    workdir = Path(tempfile.mkdtemp(prefix=WORKDIR_PREFIX, dir=tmp_dir))
    try:
        graph, _ = _graph(model, media, spec, workdir, sound=True)
        if graph.audio is None:
            raise RenderError("the programme has no sound to render")
        graph.chains.append(f"[{graph.video}]nullsink")
        canvas = canvas_for(model.meta, spec)
        length = secs(round(model.programme_ms * canvas.fps / 1000) / canvas.fps)
        args = [
            *_args_with_graph(graph, workdir),
            "-map",
            f"[{graph.audio}]",
            "-vn",
            "-c:a",
            "aac",
            "-b:a",
            AAC_BITRATE[spec.quality],
            "-ar",
            "48000",
            "-t",
            length,
            "-f",
            "mp4",
            os.fspath(_partial(out)),
        ]
        return RenderPlan(args, model.programme_ms, False, out, workdir=workdir, partial_path=_partial(out))
    except BaseException:
        shutil.rmtree(workdir, ignore_errors=True)
        raise


def _quote(path: Path) -> str:
    """A path for the concat demuxer's list (single-quoted; a quote inside is closed, escaped, reopened)."""
    return "'" + os.fspath(path).replace("'", "'\\''") + "'"


def build_join(
    parts: list[Path],
    sound: Path | None,
    spec: OutputSpec,
    duration_ms: int,
    out: Path,
    tmp_dir: Path | None = None,
) -> RenderPlan:
    """The parts' video streams one after another and the sound beside them, all copied (no encoding)."""
    if not parts:
        raise RenderError("no parts to join")
    workdir = Path(tempfile.mkdtemp(prefix=WORKDIR_PREFIX, dir=tmp_dir))
    listing = workdir / "parts.txt"
    listing.write_text(
        "ffconcat version 1.0\n" + "".join(f"file {_quote(p)}\n" for p in parts), encoding="utf-8"
    )
    args = [*_head(), "-f", "concat", "-safe", "0", "-i", os.fspath(listing)]
    if sound is not None:
        args += ["-i", os.fspath(sound)]
    args += ["-map", "0:v:0"]
    if sound is not None:
        args += ["-map", "1:a:0"]
    fmt = "mov" if spec.format == "mov" else "mp4"
    args += ["-c", "copy", "-movflags", "+faststart", "-write_tmcd", "0", "-f", fmt, os.fspath(_partial(out))]
    return RenderPlan(args, duration_ms, True, out, workdir=workdir, partial_path=_partial(out))
