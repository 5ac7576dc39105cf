"""build_render: draft + media + output request → the argv of ONE ffmpeg run (a RenderPlan)."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vidai_nb.engine.render.common import Graph, check_readable, fps_text, secs
from vidai_nb.engine.render.errors import RenderError
from vidai_nb.engine.render.graph import Builder
from vidai_nb.engine.render.smartcut import SmartJob
from vidai_nb.engine.render.smartcut import candidate as smart_cut_candidate
from vidai_nb.engine.render.smartcut import prepare as prepare_smart_cut
from vidai_nb.engine.render.sources import resolve, seconds
from vidai_nb.engine.render.spec import (
    AAC_BITRATE,
    GIF_MAX_FPS,
    GIF_WIDTHS,
    VP9_CRF,
    X264,
    Canvas,
    OutputSpec,
    canvas_for,
)
from vidai_nb.engine.render.streamcopy import can_copy, copy_candidate
from vidai_nb.engine.render.subtitles import cues_of, to_srt, to_vtt
from vidai_nb.timeline.model import Draft, Track
from vidai_nb.timeline.schema import TT_TEXT

WORKDIR_PREFIX = "vidai_render_"
# Above this a filtergraph goes to a file instead of argv (Linux caps one argument at 128 KiB).
_MAX_INLINE_GRAPH = 60_000


@dataclass
class RenderPlan:
    args: list[str]  # the full argv, ffmpeg first
    duration_ms: int
    stream_copy: bool
    out_path: Path
    sidecars: list[Path] = field(default_factory=list)
    workdir: Path | None = None  # text files, ASS, fonts; removed by run_render
    partial_path: Path | None = None  # ffmpeg writes here; renamed to out_path on success
    staged: list[tuple[Path, Path]] = field(default_factory=list)  # (written in workdir, final place)
    smart_cut: bool = False  # args run render/smartcut_run (GOPs copied, only around cuts re-encoded)
    # For the log: why a cut-only draft is fully re-encoded (e.g. "the source's video is HEVC, …").
    note: str = ""

    def cleanup(self) -> None:
        """Remove the scratch folder (run_render does this itself)."""
        if self.workdir is not None:
            shutil.rmtree(self.workdir, ignore_errors=True)


def partial_of(out: Path) -> Path:
    """Where ffmpeg writes `out` until it succeeds (renamed to `out` then)."""
    return out.with_name(f".{out.stem}.partial{out.suffix}")


def subtitle_tracks(draft: Draft) -> list[Track]:
    return [t for t in draft.of_type(TT_TEXT) if t.role == "subtitle" and t.segments]


def subtitle_plan(subs: list[Track], spec: OutputSpec) -> tuple[list[Track], dict[str, list[Track]]]:
    """Which subtitle tracks are burned in, and which go to SRT / VTT files beside the output.

    The request's `subtitles` wins ("burn": burn all; "srt"/"vtt": files only). Otherwise each track
    says: `burn` (default true) and an optional `sidecar` format; an unburned track always gets a file.
    """
    mode = spec.subtitles
    if mode in ("srt", "vtt"):
        return [], {mode: subs} if subs else {}
    burn = [t for t in subs if mode == "burn" or t.burn is not False]
    files: dict[str, list[Track]] = {}
    for t in subs:
        fmt = (t.sidecar or "").lower()
        if fmt not in ("srt", "vtt"):
            fmt = "" if t in burn else "srt"
        if fmt:
            files.setdefault(fmt, []).append(t)
    return burn, files


def encoder_args(spec: OutputSpec, canvas: Canvas, total_ms: int) -> list[str]:
    # No output -r: the graph already emits constant-rate frames, and ffmpeg's output rate
    # conversion is one more sync point (it looked ~10 % slower in noisy A/B runs on 2 busy cores).
    length = secs(round(total_ms * canvas.fps / 1000) / canvas.fps)  # whole frames, as the graph makes
    if spec.format in ("mp4", "mov"):
        preset, crf = X264[spec.quality]
        return ["-c:v", "libx264", "-preset", preset, "-crf", str(crf), "-pix_fmt", "yuv420p",
                "-c:a", "aac", "-b:a", AAC_BITRATE[spec.quality], "-ar", "48000",
                "-movflags", "+faststart", "-write_tmcd", "0", "-t", length]
    if spec.format == "webm":
        return ["-c:v", "libvpx-vp9", "-deadline", "realtime", "-cpu-used", "8", "-row-mt", "1",
                "-crf", str(VP9_CRF[spec.quality]), "-b:v", "0", "-pix_fmt", "yuv420p",
                "-c:a", "libopus", "-b:a", "128k", "-ar", "48000", "-t", length]
    if spec.format == "gif":
        return ["-loop", "0", "-t", length]
    return ["-frames:v", "1", "-q:v", "2", "-update", "1"]  # jpg



def _mono_cut(draft: Draft, media: Mapping[str, Path]) -> bool:
    """Whether the draft only keeps parts of one file whose sound is mono."""
    segs = smart_cut_candidate(draft)
    if segs is None:
        return False
    _, info = resolve(media, segs[0], "main segment 1")
    return info.has_audio and info.audio_channels == 1


def keep_mono(graph: Graph, draft: Draft, media: Mapping[str, Path]) -> None:
    """A cut of one mono file stays mono, as the stream copy and the smart cut (which copy its packets)
    give it: the same draft keeps one channel layout whichever path exports it (full, chunked)."""
    if graph.audio is not None and _mono_cut(draft, media):
        # The graph's two sides are the same signal: the left one, at its level (-ac 1 would add
        # both, +3 dB).
        graph.chains.append(f"[{graph.audio}]pan=mono|c0=c0[amono]")
        graph.audio = "amono"


def build_render(
    draft: Mapping[str, Any] | Draft,
    media: Mapping[str, Path],
    output: OutputSpec | Mapping[str, Any] | None,
    out_path: str | os.PathLike[str],
    tmp_dir: Path | None = None,
) -> RenderPlan:
    """Plan one export. Pure: reads no media but to probe it, runs nothing (face detection, when the
    draft asks for it, happens before: see engine/jobs/render_job.follow_faces). Raises RenderError
    (readable) for a draft that cannot be rendered. `tmp_dir`: where the scratch folder goes (the
    engine uses its data dir, swept at start-up)."""
    from vidai_nb.engine.media.ffmpeg import ffmpeg_exe

    spec = output if isinstance(output, OutputSpec) else OutputSpec.from_request(output)
    out = Path(out_path)
    if not isinstance(draft, Draft):
        if not isinstance(draft, Mapping) or not isinstance(draft.get("t", []), list):
            raise RenderError("the draft is not a draft object (expected a mapping with a `t` list)")
        draft = Draft.decode(draft)  # the boundary: from here on the render reads the typed model
    check_readable(draft)
    canvas = canvas_for(draft.meta, spec)
    total = draft.programme_ms
    if total <= 0:
        raise RenderError("the draft is empty: add a clip, an image or a title before exporting")
    partial = partial_of(out)
    head = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-y", "-loglevel", "error",
            "-progress", "pipe:1", "-stats_period", "0.25"]

    subs = subtitle_tracks(draft)
    burn, sidecar_jobs = subtitle_plan(subs, spec)

    part = spec.part(total) if spec.format != "jpg" else None  # a still takes its moment from at_ms
    seg = copy_candidate(draft) if not subs and part is None else None
    if seg is not None:
        path, info = resolve(media, seg, "main segment 1")
        if can_copy(seg, path, info, canvas, spec):
            # Always -ss (even 0): it rebases timestamps so both streams start at 0; without it the
            # AAC priming delay shifts the whole file by ~23 ms.
            args = [*head, "-ss", seconds(seg.in_point), "-t", seconds(seg.duration_ms),
                    "-i", os.fspath(path), "-map", "0:v:0"]
            if info.has_audio:
                args += ["-map", "0:a:0"]
            # no timecode track: after cuts a source's timecode no longer matches the picture
            args += ["-c", "copy", "-movflags", "+faststart", "-write_tmcd", "0",
                     "-f", "mov" if spec.format == "mov" else "mp4", os.fspath(partial)]
            return RenderPlan(args, seg.duration_ms, True, out, partial_path=partial)
    smart = prepare_smart_cut(draft, media, canvas, spec) if not subs and part is None else None
    note = f"full re-encode, no smart cut: {smart}" if isinstance(smart, str) and smart else ""
    if isinstance(smart, SmartJob):
        workdir = Path(tempfile.mkdtemp(prefix=WORKDIR_PREFIX, dir=tmp_dir))
        job = workdir / "smartcut.json"
        smart.save(job)
        return RenderPlan(smart.argv(job, partial), total, False, out, workdir=workdir, partial_path=partial,
                          smart_cut=True)

    workdir = Path(tempfile.mkdtemp(prefix=WORKDIR_PREFIX, dir=tmp_dir))
    try:
        want_audio = spec.format in ("mp4", "mov", "webm")
        builder = Builder(draft, media, canvas, workdir, want_audio, burn)
        graph = builder.build()
        assert graph.video is not None
        vout = graph.video
        keep_mono(graph, draft, media)
        if part is not None:
            # Cut the finished programme to the requested part (e.g. a GIF of 0:02–0:05).
            a, b = part[0] / 1000, part[1] / 1000
            graph.chains.append(f"[{vout}]trim=start={a:.3f}:end={b:.3f},setpts=PTS-STARTPTS[partv]")
            vout = "partv"
            if graph.audio is not None:
                graph.chains.append(
                    f"[{graph.audio}]atrim=start={a:.3f}:end={b:.3f},asetpts=PTS-STARTPTS[parta]"
                )
                graph.audio = "parta"
            total = part[1] - part[0]
        if spec.format == "gif":
            gw = min(canvas.width, GIF_WIDTHS[0] if canvas.width >= canvas.height else GIF_WIDTHS[1])
            gfps = fps_text(min(canvas.fps, GIF_MAX_FPS))
            graph.chains.append(
                f"[{vout}]fps={gfps},scale={gw}:-2:flags=lanczos,split=2[gifa][gifb];"
                f"[gifa]palettegen=stats_mode=diff[gifp];[gifb][gifp]paletteuse=dither=bayer:bayer_scale=4[gif]"
            )
            vout = "gif"
        elif spec.format == "jpg":
            at = spec.at_ms if spec.at_ms is not None else min(total // 3, 3000)
            at = max(0, min(at, total - 1))
            graph.chains.append(f"[{vout}]trim=start={at / 1000:.3f},format=yuvj420p[jpg]")
            vout = "jpg"
        else:
            graph.chains.append(f"[{vout}]format=yuv420p[vout]")
            vout = "vout"
        text = graph.text()
        args = [*head, *graph.inputs.args]
        if len(text) > _MAX_INLINE_GRAPH:
            script = workdir / "graph.txt"
            script.write_text(text, encoding="utf-8")
            args += ["-/filter_complex", os.fspath(script)]
        else:
            args += ["-filter_complex", text]
        args += ["-map", f"[{vout}]"]
        if graph.audio is not None:
            args += ["-map", f"[{graph.audio}]"]
        args += encoder_args(spec, canvas, total)
        fmt = {"mp4": "mp4", "mov": "mov", "webm": "webm", "gif": "gif", "jpg": "image2"}[spec.format]
        args += ["-f", fmt, os.fspath(partial)]
        staged: list[tuple[Path, Path]] = []
        sidecars: list[Path] = []
        for fmt_, tracks in sidecar_jobs.items():
            cues = sorted(c for t in tracks for c in cues_of(t))
            side = workdir / f"subtitles.{fmt_}"
            side.write_text(to_srt(cues) if fmt_ == "srt" else to_vtt(cues), encoding="utf-8")
            final = out.with_suffix(f".{fmt_}")
            staged.append((side, final))
            sidecars.append(final)
        return RenderPlan(args, total, False, out, sidecars, workdir, partial, staged, note=note)
    except BaseException:
        shutil.rmtree(workdir, ignore_errors=True)
        raise
