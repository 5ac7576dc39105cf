"""Preview: a quick, small render of a draft, to look at right after an edit (marked "preview";
the full-quality export stays a separate request).

- A proxy of each uploaded video (`make_proxy`, run in the background after upload): 360p on the
  short side, at most 30 fps, x264 ultrafast ALL-INTRA (every frame a keyframe, so a cut anywhere
  is a packet copy), AAC 96k. Written beside the data as proxies/<media id>.intra.mp4, atomically
  (a proxy is there whole or not at all).
- For a landscape video, also its TALL proxies: the proxy on a 9:16 preview canvas (360x640) with
  each fit a draft can ask for (REFRAMES): the default blurred pad (proxies/<media id>.tall.mp4),
  the centred crop (.tall-crop.mp4) and black bars (.tall-solid.mp4), made by the renderer's own fit
  filters and the proxy's x264 settings. "Make it 9:16" is the one reframe people ask for again and
  again, and a 9:16 picture shares no frame with the 16:9 proxy: without these, its preview renders
  every frame (5.3-6.1 s for a 2-minute draft on a quiet 2-core machine: decode ~0.2, fit ~0.25 and
  all-intra x264 ~0.4 s of CPU per 10 s); with them, the preview copies it like a cut. They are made
  from the small proxy after the sound proxy, niced, in the background, the blurred pad first: each
  about the CPU of one full 9:16 preview render, spent once per upload. A crop centred elsewhere
  (on a face the render job found, on a point) is rendered the first time, and its own tall proxy
  (.tall-crop-X-Y.mp4, X/Y: where the crop sits) is made in the background for the next turns.
- For a sound file (music), its MUSIC proxy (proxies/<media id>.music.wav): the sound at 48 kHz as
  16-bit WAV, resampled as the mix resamples it (to float at 48 kHz, then stored), so a preview that
  mixes it neither decodes MP3/AAC nor resamples (~1/3 of the CPU of a 2-minute mix with music).
  Files up to MUSIC_MAX_MS; longer ones are read as they are.
- `build_preview`: the preview in pieces (render/preview_pieces.py): stretches of the draft that
  only show a proxy as it is are copied, only the rest (titles, overlays, reframing …) is rendered,
  and rendered windows are cached by content, so a cut-only edit costs a packet copy and a title
  its own seconds. When nothing can be copied (no proxy ready yet, a 9:16 crop of a 16:9 clip)
  it is the normal renderer on the proxies (the original where no proxy is ready yet), 360p, x264
  ultrafast at a low bitrate. `plan.note` says which, and when a proxy was not ready.

An export asks for a preview with `output.preview: true` (engine/jobs/render_job).
"""

from __future__ import annotations

import logging
import os
import queue
import threading
from collections.abc import Callable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from vidai_nb.engine.media.ffmpeg import ffmpeg_exe
from vidai_nb.engine.media.probe import MediaError, probe
from vidai_nb.engine.render.errors import RenderError
from vidai_nb.engine.render.plan import RenderPlan, build_render
from vidai_nb.engine.render.run import run_render
from vidai_nb.engine.render.spec import Canvas, OutputSpec
from vidai_nb.timeline.model import Draft, Point, Segment

PREVIEW_SIDE = 360  # short side of proxies and previews
PREVIEW_FPS = 30.0
PREVIEW_CRF = "32"
PREVIEW_AUDIO = "96k"

log = logging.getLogger("vidai_nb.engine.render")


def is_preview(output: Mapping[str, Any] | None) -> bool:
    return output is not None and output.get("preview") in (True, "true", 1, "1")


def proxy_path(data_dir: Path, media_id: str) -> Path:
    # ".intra": proxies made before they were all-intra (short GOPs) are not copied from
    return data_dir / "proxies" / f"{media_id}.intra.mp4"


def proxy_plan(source: Path, out: Path) -> RenderPlan | None:
    """The ffmpeg run making the proxy of a video file; None for anything else (stills and sound
    need none) or when the proxy is there already."""
    try:
        info = probe(source)
    except MediaError:
        return None
    if info.kind != "video" or not info.has_video or out.is_file():
        return None
    from vidai_nb.engine.render.preview_pieces import AAC_ARGS, X264_ARGS

    fps = min(info.fps or PREVIEW_FPS, PREVIEW_FPS)
    side = PREVIEW_SIDE
    # the short side to 360 (never up), the other even, as displayed (ffmpeg applies the rotation)
    scale = f"scale='if(gte(iw,ih),-2,min({side},iw))':'if(gte(iw,ih),min({side},ih),-2)',setsar=1"
    out.parent.mkdir(parents=True, exist_ok=True)
    # per process and thread: a preview may queue a proxy being made elsewhere too (a whole one wins)
    part = out.with_name(f".{out.stem}.{os.getpid()}.{threading.get_ident()}.partial.mp4")
    args = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-loglevel", "error", "-y", "-progress", "pipe:1",
            "-i", os.fspath(source), "-map", "0:v:0", "-vf", f"{scale},fps={fps:g}", *X264_ARGS]
    if info.has_audio:
        from vidai_nb.engine.render.audio import to_stereo

        # mono at full level on both sides, as the export mixes it (ffmpeg's up-mix drops it by 3 dB)
        up = to_stereo(info.audio_channels)
        args += ["-map", f"0:a:{info.audio_stream}", *(["-af", up[0]] if up else []), *AAC_ARGS]
    args += ["-movflags", "+faststart", "-write_tmcd", "0", "-f", "mp4", os.fspath(part)]
    return RenderPlan(args, info.duration_ms, False, out, partial_path=part)


def make_proxy(source: Path, out: Path, nice: int = 10, tall: bool = True) -> Path | None:
    """Make the proxy now (niced: it must not slow an export down); None if none is needed or it
    failed (previews then read the original). `tall`: the tall proxy too (see the module doc)."""
    plan = proxy_plan(source, out)
    if plan is None:
        _make_music_proxy(source, music_proxy_path(out), nice)
        if out.is_file() and tall:  # a proxy made before (all its) tall proxies were: they are made now
            for fit in REFRAMES:
                _make_tall_proxy(out, tall_proxy_path(out, fit), nice, fit)
        return out if out.is_file() else None
    try:
        made = run_render(plan, nice=nice)
    except RenderError as exc:
        log.warning("proxy of %s failed: %s", source.name, exc)
        return None
    _make_sound_proxy(made, sound_proxy_path(made), nice)
    if tall:
        for fit in REFRAMES:
            _make_tall_proxy(made, tall_proxy_path(made, fit), nice, fit)
    return made


# the fits of the tall proxies, in the order they are made (the default first)
REFRAMES = ("blur", "crop", "solid")


def tall_proxy_path(proxy: Path, fit: str = "blur") -> Path:
    """The tall proxy with `fit` (one of REFRAMES) of this proxy."""
    stem = proxy.name.removesuffix(".mp4").removesuffix(".intra")
    return proxy.with_name(f"{stem}.tall.mp4" if fit == "blur" else f"{stem}.tall-{fit}.mp4")


def reframe_of(meta: Any) -> str | None:
    """Which tall proxies show a draft's clips as its fit fits them to a 9:16 canvas (`meta`: the
    draft's Meta): the fit's name, or None when none do (bars of another colour than black)."""
    from vidai_nb.engine.render.text import color_value

    fit = (meta.fit or "blur").lower()
    if fit == "solid":
        return fit if color_value(meta.bg, "black").lower() in ("black", "0x000000", "0x000000ff") else None
    return fit if fit == "crop" else "blur"  # the renderer fits anything else with the blurred pad


def crop_place(proxy: Path, focus: tuple[float, float]) -> tuple[int, int] | None:
    """Where the renderer's crop (fit_chain) centred on `focus` sits in this proxy fitted to the tall
    canvas: (x, y) of the crop in the scaled picture, or None for a proxy that is not landscape."""
    import re

    from vidai_nb.engine.render.fit import fit_chain
    from vidai_nb.engine.render.sources import media_info

    info = media_info(proxy)
    if not info.has_video or info.width <= info.height:
        return None
    canvas = tall_canvas(info.fps or PREVIEW_FPS)
    chain = ";".join(fit_chain("0:v", "fit", info.width, info.height, canvas, "crop", "black", "t", focus))
    found = re.search(rf"crop={canvas.width}:{canvas.height}:(\d+):(\d+)", chain)
    return (int(found[1]), int(found[2])) if found else None


def crop_proxy_path(proxy: Path, place: tuple[int, int]) -> Path:
    """The tall proxy of a crop sitting at `place` (crop_place) of this proxy."""
    stem = proxy.name.removesuffix(".mp4").removesuffix(".intra")
    return proxy.with_name(f"{stem}.tall-crop-{place[0]}-{place[1]}.mp4")


def tall_canvas(fps: float) -> Canvas:
    return Canvas(PREVIEW_SIDE, PREVIEW_SIDE * 16 // 9 // 2 * 2, fps)


def _make_tall_proxy(proxy: Path, out: Path, nice: int, fit: str = "blur",
                     focus: tuple[float, float] = (0.5, 0.5)) -> None:
    """The proxy fitted to the 9:16 preview canvas with `fit` (picture only; a crop centred on
    `focus`, bars black), by the same filters the renderer uses on the proxy (fit_chain), so a
    copied frame is the rendered one."""
    from vidai_nb.engine.render.fit import fit_chain
    from vidai_nb.engine.render.preview_pieces import X264_ARGS

    try:
        info = probe(proxy)
    except MediaError:
        return
    if not info.has_video or info.width <= info.height or out.is_file():
        return
    canvas = tall_canvas(info.fps or PREVIEW_FPS)
    graph = ";".join([*fit_chain("0:v", "fit", info.width, info.height, canvas, fit, "black", "t", focus),
                      "[fit]format=yuv420p[vout]"])
    part = out.with_name(f".{out.stem}.{os.getpid()}.{threading.get_ident()}.partial.mp4")
    args = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-loglevel", "error", "-y", "-progress", "pipe:1",
            "-i", os.fspath(proxy), "-filter_complex", graph, "-map", "[vout]", *X264_ARGS, "-an",
            "-movflags", "+faststart", "-write_tmcd", "0", "-f", "mp4", os.fspath(part)]
    try:
        run_render(RenderPlan(args, info.duration_ms, False, out, partial_path=part), nice=nice)
    except RenderError as exc:  # a 9:16 preview then renders every frame (slower, the same picture)
        log.warning("tall proxy (%s) of %s failed: %s", fit, proxy.name, exc)


MUSIC_MAX_MS = 30 * 60_000  # 16-bit stereo WAV at 48 kHz: 11.5 MB a minute


def music_proxy_path(proxy: Path) -> Path:
    """Where the music proxy of a sound file goes (`proxy`: proxy_path of its id)."""
    return proxy.with_name(proxy.name.removesuffix(".mp4").removesuffix(".intra") + ".music.wav")


def _make_music_proxy(source: Path, out: Path, nice: int) -> None:
    try:
        info = probe(source)
    except MediaError:
        return
    if info.kind != "audio" or not info.has_audio or out.is_file():
        return
    if not 0 < info.duration_ms <= MUSIC_MAX_MS:
        return
    from vidai_nb.engine.render.audio import RATE

    out.parent.mkdir(parents=True, exist_ok=True)
    part = out.with_name(f".{out.stem}.{os.getpid()}.{threading.get_ident()}.partial.wav")
    # the channels as they are (the mix up-mixes mono its own way); float at 48 kHz, as the mix's
    # aformat resamples, then 16 bits (rounding at -96 dB: the levels are the mix's)
    args = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-loglevel", "error", "-y", "-progress", "pipe:1",
            "-i", os.fspath(source), "-map", f"0:a:{info.audio_stream}",
            "-af", f"aformat=sample_fmts=fltp:sample_rates={RATE}", "-c:a", "pcm_s16le", "-f", "wav",
            os.fspath(part)]
    try:
        run_render(RenderPlan(args, info.duration_ms, False, out, partial_path=part), nice=nice)
    except RenderError as exc:  # previews then mix from the file itself (slower)
        log.warning("music proxy of %s failed: %s", source.name, exc)


def sound_proxy_path(proxy: Path) -> Path:
    return proxy.with_name(proxy.name.removesuffix(".mp4").removesuffix(".intra") + ".sound.mp4")


def _make_sound_proxy(proxy: Path, out: Path, nice: int) -> None:
    """The proxy's sound (packets copied) with a 16x16, 1 fps picture: what a preview that must mix
    the sound (music, levels) reads, so mixing it never decodes the proxy's picture."""
    try:
        info = probe(proxy)
    except MediaError:
        return
    if not info.has_audio:
        return
    part = out.with_name(f".{out.stem}.{os.getpid()}.{threading.get_ident()}.partial.mp4")
    args = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-loglevel", "error", "-y", "-progress", "pipe:1",
            "-i", os.fspath(proxy), "-f", "lavfi", "-i", "color=c=black:s=16x16:r=1", "-map", "1:v",
            "-map", "0:a:0", "-c:v", "libx264", "-preset", "ultrafast", "-g", "1", "-pix_fmt", "yuv420p",
            "-c:a", "copy", "-t", f"{info.duration_ms / 1000:.3f}", "-f", "mp4", os.fspath(part)]
    try:
        run_render(RenderPlan(args, info.duration_ms, False, out, partial_path=part), nice=nice)
    except RenderError as exc:  # previews then mix from the proxy itself (slower)
        log.warning("sound proxy of %s failed: %s", proxy.name, exc)


_pending: dict[str, queue.Queue[tuple[Path, Callable[[], object]]]] = {}
_workers: dict[str, threading.Thread] = {}
_worker_lock = threading.Lock()


def _proxies(lane: str) -> None:
    while True:
        out, make = _pending[lane].get()
        try:
            make()
        except Exception:  # a bug must not stop later proxies
            log.exception("making %s failed", out.name)


_queued: set[Path] = set()


def _queue(out: Path, make: Callable[[], object], lane: str = "video") -> None:
    """Run `make` (which writes `out`) in the background, one at a time per lane; `out` already
    queued by this process is not queued again."""
    with _worker_lock:
        if out in _queued:
            return
        _queued.add(out)
        _pending.setdefault(lane, queue.Queue())
        if lane not in _workers or not _workers[lane].is_alive():
            _workers[lane] = threading.Thread(target=_proxies, args=(lane,), name=f"vidai-proxies-{lane}",
                                              daemon=True)
            _workers[lane].start()
    _pending[lane].put((out, make))


def queue_proxy(source: Path, out: Path) -> None:
    """Make the proxy in the background (called after an upload, or by a preview that found none). A
    sound file's (seconds of work) has a lane of its own: it never waits behind a long video's."""
    from vidai_nb.engine.render.sources import media_info

    try:
        sound = media_info(source).kind == "audio"
    except (MediaError, RenderError, OSError):
        sound = False
    _queue(out, lambda: make_proxy(source, out), "sound" if sound else "video")


def preview_media(media: Mapping[str, Path], data_dir: Path) -> dict[str, Path]:
    """Each media id → its proxy when one is ready, else the original."""
    out: dict[str, Path] = {}
    for mid, path in media.items():
        proxy = proxy_path(data_dir, mid)
        out[mid] = proxy if proxy.is_file() else Path(path)
    return out


def _proxies_ready(draft: Draft, media: Mapping[str, Path], data_dir: Path) -> dict[str, Path]:
    """The proxies of the videos the draft shows, where ready."""
    used = {s.source for t in draft.tracks for s in t.segments if s.source}
    return {m: proxy_path(data_dir, m) for m in media if m in used and proxy_path(data_dir, m).is_file()}


def _missing(draft: Draft, media: Mapping[str, Path], data_dir: Path) -> list[str]:
    """Media ids the draft shows that are videos but have no proxy yet."""
    from vidai_nb.engine.render.sources import media_info

    used = {s.source for t in draft.tracks for s in t.segments if s.source}
    out = []
    for m in sorted(used & set(media)):
        if proxy_path(data_dir, m).is_file():
            continue
        try:
            if media_info(Path(media[m])).kind == "video":
                out.append(m)
        except (MediaError, RenderError, OSError):
            continue
    return out


def preview_spec(draft: Draft) -> OutputSpec:
    fps = min(float(draft.meta.fps or PREVIEW_FPS), PREVIEW_FPS)
    return replace(OutputSpec(), format="mp4", quality="low", resolution=f"{PREVIEW_SIDE}p", fps=fps)


def build_preview(
    draft: Mapping[str, Any] | Draft,
    media: Mapping[str, Path],
    data_dir: Path,
    out_path: str | os.PathLike[str],
    tmp_dir: Path | None = None,
) -> RenderPlan:
    """Plan a preview render (see the module doc). `VIDAI_PREVIEW=whole` in the environment: always
    the one-run preview (the method before pieces; benchmarks/preview.py compares the two)."""
    typed = draft if isinstance(draft, Draft) else Draft.decode(draft)
    whole = _whole_plan(typed, media, data_dir, out_path, tmp_dir)
    missing = _missing(typed, media, data_dir)
    # Media uploaded before proxies were all-intra have none: made now, for the next turn, where
    # this engine makes proxies at all (not with S3 storage: docs/deploy.md).
    making = missing and (data_dir / "proxies").is_dir()
    for m in missing if making else []:
        queue_proxy(Path(media[m]), proxy_path(data_dir, m))
    waiting = (f"no small copy of {len(missing)} clip(s) is ready{' (it is being made)' if making else ''}, "
               "so this preview reads the original(s) and takes longer") if missing else ""
    if os.environ.get("VIDAI_PREVIEW", "") == "whole":
        whole.note = "; ".join(x for x in ("preview rendered in one run (VIDAI_PREVIEW=whole)", waiting) if x)
        return whole
    from vidai_nb.engine.render.preview_pieces import plan as plan_pieces
    from vidai_nb.engine.render.spec import canvas_for

    canvas = canvas_for(typed.meta, preview_spec(typed))
    assert whole.workdir is not None
    shown = preview_media(media, data_dir)
    ready = _proxies_ready(typed, media, data_dir)
    heard = {m: q if m in ready and (q := sound_proxy_path(p)).is_file()
             else q if (q := music_proxy_path(proxy_path(data_dir, m))).is_file() else p
             for m, p in shown.items()}
    is_tall = (canvas.width, canvas.height) == (tall_canvas(canvas.fps).width, tall_canvas(canvas.fps).height)
    tall = _reframed(typed, media, ready, is_tall)
    job = plan_pieces(typed, shown, ready, canvas,
                      whole.workdir / "pieces", data_dir / "preview_cache", heard, tall)
    if isinstance(job, str):
        whole.note = "; ".join(x for x in (f"preview rendered in one run: {job or 'nothing to copy'}",
                                           waiting) if x)
        return whole
    job.whole_args = whole.args
    path = whole.workdir / "preview.json"
    job.save(path)
    partial = whole.partial_path or Path(out_path)
    note = (f"preview in pieces: {job.copied_frames} of {job.total_frames} frames copied from proxies, "
            f"{sum(1 for p in job.video if p.kind == 'render')} window(s) rendered, sound "
            f"{'copied' if job.audio_copy else 'mixed'}")
    return RenderPlan(job.argv(path, partial), whole.duration_ms, False, whole.out_path,
                      workdir=whole.workdir, partial_path=partial,
                      note="; ".join(x for x in (note, waiting) if x))


def _reframed(draft: Draft, media: Mapping[str, Path], ready: Mapping[str, Path],
              tall_draft: bool) -> Callable[[Segment], Path | None]:
    """Per main-track clip, the ready tall proxy showing it as the draft fits it (None: none is). On a
    9:16 draft, a missing one is queued for the next turn: one made before (these) tall proxies were,
    or a crop centred off the middle (not for proxies fetched from shared storage, which are links:
    docs/deploy.md)."""
    fit = reframe_of(draft.meta)

    def tall(seg: Segment) -> Path | None:
        proxy = ready.get(seg.source or "")
        if proxy is None or fit is None:
            return None
        path = tall_proxy_path(proxy, fit)
        place = seg.focus if seg.focus is not None else draft.meta.focus
        focus = place.clamped() if fit == "crop" and isinstance(place, Point) else (0.5, 0.5)
        at = crop_place(proxy, focus) if focus != (0.5, 0.5) else None
        if at is not None and at != crop_place(proxy, (0.5, 0.5)):  # not where the centred crop sits
            path = crop_proxy_path(proxy, at)
            if path.is_file():
                os.utime(path)  # used: kept longest (_make_crop_proxy)
                return path
            if tall_draft and not proxy.is_symlink():
                _queue(path, lambda: _make_crop_proxy(proxy, path, focus))
            return None
        if not path.is_file() and tall_draft and not proxy.is_symlink():
            queue_proxy(Path(media[seg.source or ""]), proxy)
        return path if path.is_file() else None

    return tall


CROPS_KEPT = 3  # per clip, tall proxies of crops centred off the middle (each as big as its tall proxy)


def _make_crop_proxy(proxy: Path, out: Path, focus: tuple[float, float]) -> None:
    """The tall proxy of a crop centred on `focus`; beforehand the least recently used ones of this
    clip beyond CROPS_KEPT go (not one used in the last 10 minutes: a preview may be copying it)."""
    import time

    stem = proxy.name.removesuffix(".mp4").removesuffix(".intra")
    made = sorted(proxy.parent.glob(f"{stem}.tall-crop-*-*.mp4"), key=lambda f: f.stat().st_mtime)
    for f in made[:max(0, len(made) + 1 - CROPS_KEPT)]:
        if f.stat().st_mtime < time.time() - 600:
            f.unlink(missing_ok=True)
    _make_tall_proxy(proxy, out, 10, "crop", focus)


def _whole_plan(typed: Draft, media: Mapping[str, Path], data_dir: Path, out_path: str | os.PathLike[str],
                tmp_dir: Path | None) -> RenderPlan:
    plan = build_render(typed, preview_media(media, data_dir), preview_spec(typed), out_path, tmp_dir)
    if plan.workdir is None:  # a stream copy or smart cut plans no scratch folder: the pieces need one
        import tempfile

        from vidai_nb.engine.render.plan import WORKDIR_PREFIX

        plan.workdir = Path(tempfile.mkdtemp(prefix=WORKDIR_PREFIX, dir=tmp_dir))
    if not (plan.smart_cut or plan.stream_copy):
        args = plan.args
        for flag, value in (("-preset", "ultrafast"), ("-crf", PREVIEW_CRF), ("-b:a", PREVIEW_AUDIO)):
            if flag in args:
                args[args.index(flag) + 1] = value
    return plan
