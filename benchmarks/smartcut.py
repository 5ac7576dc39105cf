"""Smart-cut benchmark: a long 720p H.264 lecture with its pauses removed (hundreds of cuts, none on
a keyframe), exported three ways in the same process:

- smart cut: build_render + run_render as the engine does it (GOPs copied, only around cuts re-encoded);
- full re-encode: the same draft through the normal render path (smart cut switched off here);
- ffmpeg by hand: the one command an expert would write for the same cuts (split + trim/atrim on
  frame and sample numbers + concat, the same x264 veryfast CRF 20 / AAC as the full render).

The lecture (generated here): a still slide with the frame number drawn large (so every frame can be
told apart), a 440 Hz tone for the voice, x264 (veryfast, CRF 23, B-frames) with a keyframe every
--gop seconds (2 s: OBS's recommended setting; phones use 1 s; x264's default of 10 s leaves little
to copy). Pauses of 0.8-3 s start at random milliseconds.

Checked: the smart cut's first frame of every kept part is the expected source frame (the frame-number
box compared against the source's frame at that number and its two neighbours), its length is the
full render's to the frame, and (unless --no-decode-check) every frame of it decodes without an error.

Printed: wall time of each and the ratios (machine load moves seconds; ratios less so). Not run in CI.
Run from the repository root: `python benchmarks/smartcut.py [--minutes 60] [--cuts 300] [--gop 2]
[--baseline-tree DIR] [--stages]`; --stages prints the child's stage times (VIDAI_SMARTCUT_TIMING=1).

Measured 2026-11-29 on a quiet machine (load 0.2 -> 2.4), `python benchmarks/smartcut.py --minutes 60
--cuts 300 --smart-only`: 60 min 1280x720@25 (GOP 2 s), 301 parts, 50.5 min kept: smart cut 131.8 s
(0.044x real time; aim <= 60 s, not met); 301/301 parts start on the expected source frame, 75742/75742
frames, every frame decodes, 2994 beeps each within 21.3 ms of their picture (one frame = 40 ms).

After one x264 encoder for all re-encoded pieces, skipping non-reference packets before a cut, and
copying the AAC packets between joins (2026-11-29, a machine loaded by other sessions, load 12 -> 18,
nice 10): the same command took 160.9 s wall (load 15.1 at the end); 301/301 parts on the expected
frame, 75742/75742 frames, every frame decodes, 2994 beeps within 29.3 ms (parts move by up to half
an AAC packet, 10.7 ms, onto the packet grid). Wall seconds at that load say little; CPU seconds of
the smart-cut child on the same 60-minute job, run back to back (what `--baseline-tree` does; load
16.7 -> 19.8): this code 67.3 s CPU (video 293 s wall, 14959 frames decoded, 7765 encoded; sound
78 s wall, in a thread beside it; final mux 5.5 s), the code before (commit 1152cd2) 196.8 s CPU:
2.9x less work. Before, the AAC encode of all 50 minutes was the largest share (~120 s CPU, scaled
from 2 minutes of the cut sound: 4.7 s CPU, ffmpeg's fast coder at ~25x real time on stereo), then
the per-piece x264 encoders (~40% dearer per frame than one encoder), then decoding. Whether a
quiet 2-core machine now meets the 60 s aim (67 s of CPU over two cores, the video work threaded)
was NOT measured: no quiet machine today. The sound keeps the source's channels when its packets
are copied (a mono lecture gives mono AAC; the full render gives stereo).

Later measured on a quiet 2-core machine (by the lead): 61.3 s wall, 73.6 s CPU for the same command
(one core idle much of the time: decoding and x264 alternated in one thread).

After the re-encoded pieces went to one worker process per core (2026-11-30; own single-threaded
decoder and x264 each, groups of pieces handed out as workers get free; the writer copies GOPs in
output order): the same command with `--baseline-tree` at that code (commit b2a70f1), nice 10, on a
machine loaded by other sessions (load 13.8 -> 21.1 -> 16.4): smart cut 379.2 s wall, 67.2 s CPU;
baseline 324.3 s wall, 71.1 s CPU: 1.06x less CPU. Wall seconds at load 16-21 on 2 cores follow how
many threads each side keeps runnable (the baseline's x264 slice and decoder threads win it a larger
share: 0.86x), not the work. The stage times of the new child on the same 60-minute job (load ~18):
workers 28.4 + 26.5 s CPU (14933 frames decoded, 7765 encoded, split evenly), the writer 1.8 s, the
sound 6.7 s (thread), final mux 2.6 s wall, the parent's plan 2.3 s: on a quiet 2-core machine that
is ~32 s for the parallel part ((28.4 + 26.5 + 1.8 + 6.7) / 2) plus ~4 s serial, ~36 s in all; an
estimate, not a measurement. Checks: 301/301 parts on the expected frame, 75742/75742 frames, every
frame decodes, 2994 beeps within 29.3 ms of their picture (as before).
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import av
import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import vidai_nb.engine.render.plan as render_plan  # noqa: E402
from vidai_nb.engine.media import ffmpeg_exe  # noqa: E402
from vidai_nb.engine.render import build_render, run_render  # noqa: E402

W, H, FPS = 1280, 720, 25
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
BOX = (slice(20, 140), slice(20, 420))  # where the frame number is drawn (rows, columns)
# The "voice": a quiet 440 Hz tone with a loud 1 kHz beep at every whole second of the source, so
# the sound of every kept part can be placed against its picture (A/V sync at each cut).
VOICE = "0.1*sin(2*PI*440*t)+0.8*lt(mod(t,1),0.03)*sin(2*PI*1000*t)"


def make_lecture(path: Path, minutes: float, gop_s: float) -> None:
    """Encode up to 5 minutes, then join copies of it without re-encoding (concat demuxer): the frame
    number restarts every 5 minutes, but neighbouring frames always differ, which is what the check
    needs; generating 60 minutes outright takes longer than the three exports together."""
    part_min = min(minutes, 5.0)
    part = path.with_name("part.mp4") if part_min < minutes else path
    make_part(part, part_min, gop_s)
    if part == path:
        return
    copies = int(np.ceil(minutes / part_min))
    listing = path.with_name("parts.txt")
    listing.write_text("".join(f"file '{part}'\n" for _ in range(copies)))
    subprocess.run([ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-y", "-f", "concat", "-safe", "0",
                    "-i", str(listing), "-t", f"{minutes * 60}", "-c", "copy", str(path)], check=True)


def make_part(path: Path, minutes: float, gop_s: float) -> None:
    slide = (f"color=c=0x1e2a44:s={W}x{H}:r={FPS}:d={minutes * 60},"
             "drawbox=x=80:y=200:w=1120:h=8:c=white:t=fill,drawbox=x=80:y=260:w=800:h=6:c=gray:t=fill,"
             f"drawtext=fontfile={FONT}:text='%{{n}}':fontsize=96:x=30:y=30:fontcolor=white:box=1:boxcolor=black")
    subprocess.run([ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-y", "-f", "lavfi", "-i", slide,
                    "-f", "lavfi", "-i", f"aevalsrc='{VOICE}':s=48000:d={minutes * 60}",
                    "-c:v", "libx264", "-preset", "veryfast", "-crf", "23", "-g", str(round(gop_s * FPS)),
                    "-pix_fmt", "yuv420p", "-c:a", "aac", "-b:a", "96k", "-ac", "1", "-shortest", str(path)],
                   check=True)


def pauses_removed(minutes: float, cuts: int, seed: int = 7) -> list[tuple[int, int]]:
    """(in ms, length ms) of the kept parts: exactly `cuts` pauses of 0.8-3 s, at random milliseconds."""
    rng = random.Random(seed)
    total = int(minutes * 60_000)
    pauses = [rng.randint(800, 3000) for _ in range(cuts)]
    weights = [rng.uniform(0.2, 1.8) for _ in range(cuts + 1)]
    spare = total - sum(pauses)
    lengths = [int(spare * w / sum(weights)) for w in weights]
    kept: list[tuple[int, int]] = []
    at = 0
    for i, length in enumerate(lengths):
        kept.append((at, length))
        at += length + (pauses[i] if i < cuts else 0)
    return kept


def draft_of(kept: list[tuple[int, int]]) -> dict[str, Any]:
    segs, t = [], 0
    for i, (a, d) in enumerate(kept):
        segs.append({"id": f"s{i}", "start": t, "d": d, "src": "lecture", "kind": "video", "in": a})
        t += d
    return {"m": {"width": W, "height": H, "fps": FPS}, "t": [{"tt": 0, "role": "main", "sg": segs}]}


def frame_plan(kept: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """(first output frame, first source frame, frames) per kept part, as the renderer rounds."""
    out, t, o = [], 0, 0
    for a, d in kept:
        n = round((t + d) * FPS / 1000) - round(t * FPS / 1000)
        out.append((o, round(a * FPS / 1000), n))
        o += n
        t += d
    return out


def hand_command(src: Path, kept: list[tuple[int, int]], out: Path) -> list[str]:
    """What an expert writes for hundreds of cuts: one input split into trims (frames and samples
    exactly), joined by concat, encoded like the full render (a select/aselect expression of
    300 terms is more than ffmpeg's expression parser takes)."""
    parts = frame_plan(kept)
    n = len(parts)
    lines = [f"[0:v]split={n}" + "".join(f"[sv{i}]" for i in range(n)) + ";",
             f"[0:a]asplit={n}" + "".join(f"[sa{i}]" for i in range(n)) + ";"]
    for i, (_, f, k) in enumerate(parts):
        s0, s1 = round(f * 48000 / FPS), round((f + k) * 48000 / FPS)
        lines.append(f"[sv{i}]trim=start_frame={f}:end_frame={f + k},setpts=PTS-STARTPTS[v{i}];")
        lines.append(f"[sa{i}]atrim=start_sample={s0}:end_sample={s1},asetpts=PTS-STARTPTS[a{i}];")
    lines.append("".join(f"[v{i}][a{i}]" for i in range(n)) + f"concat=n={n}:v=1:a=1[v][a]")
    script = out.with_suffix(".graph.txt")
    script.write_text("\n".join(lines))
    return [ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-y", "-i", str(src),
            "-/filter_complex", str(script),
            "-map", "[v]", "-map", "[a]", "-c:v", "libx264", "-preset", "veryfast", "-crf", "20",
            "-pix_fmt", "yuv420p", "-c:a", "aac", "-b:a", "192k", "-ar", "48000",
            "-movflags", "+faststart", str(out)]


def frame_box(path: Path, index: int) -> np.ndarray:
    """The frame-number box of frame `index` (gray)."""
    with av.open(str(path)) as c:
        s = c.streams.video[0]
        assert s.time_base is not None
        start = s.start_time or 0
        ticks = 1 / (FPS * s.time_base)
        c.seek(int(start + index * ticks), stream=s, backward=True)
        for f in c.decode(s):
            if f.pts is not None and round((f.pts - start) / ticks) >= index:
                return f.to_ndarray(format="gray")[BOX].astype(np.int16)
    raise AssertionError(f"frame {index} not found in {path.name}")


def check_cuts(src: Path, out: Path, kept: list[tuple[int, int]]) -> int:
    """How many kept parts do NOT start with the expected source frame."""
    wrong = 0
    for o, f, _ in frame_plan(kept):
        got = frame_box(out, o)
        d = [np.abs(got - frame_box(src, k)).mean() if k >= 0 else 1e9 for k in (f - 1, f, f + 1)]
        if not (d[1] < 2 and d[1] < min(d[0], d[2])):
            wrong += 1
    return wrong


def beep_onsets(path: Path) -> np.ndarray:
    """Times (s) where a beep starts in the file's sound: the first loud sample after 50 ms of quiet
    (beeps last 30 ms; two may be only ~0.12 s apart where a cut joins two parts)."""
    found: list[float] = []
    last = -1.0
    with av.open(str(path)) as c:
        for f in c.decode(audio=0):
            if f.time is None:
                continue
            x = np.abs(f.to_ndarray()[0])
            for i in np.flatnonzero(x > 0.5):
                t = f.time + i / f.sample_rate
                if t - last > 0.05:
                    found.append(t)
                last = t
    return np.asarray(found)


def sync_error_ms(src: Path, out: Path, kept: list[tuple[int, int]]) -> tuple[float, int]:
    """Largest distance (ms) between where a beep of the source should sound in `out` (moved with the
    picture of its part) and where it does; and how many beeps were compared. The source's own beeps
    are measured, not assumed on the second (a lecture joined from copies drifts a little at each
    join). Beeps within 60 ms of a cut are skipped (the 10 ms cross-fade may soften them)."""
    heard, said = beep_onsets(out), beep_onsets(src)
    worst, n = 0.0, 0
    for o, f, k in frame_plan(kept):
        a, b = f / FPS, (f + k) / FPS  # the part's span in the source
        for s in said[(said > a + 0.06) & (said < b - 0.06)]:
            want = o / FPS + (s - a)
            i = int(np.argmin(np.abs(heard - want))) if heard.size else -1
            worst = max(worst, abs(heard[i] - want) * 1000 if i >= 0 else 1e9)
            n += 1
    return worst, n


def child_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def baseline_child(tree: Path, job: Path, out: Path) -> tuple[float, float]:
    """Wall and CPU seconds of another checkout's smart-cut child on the same job (e.g. a
    `git worktree add /tmp/base <commit>`): the ratio against it holds under load better than seconds."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    c, t = child_cpu(), time.perf_counter()
    subprocess.run([sys.executable, "-m", "vidai_nb.engine.render.smartcut_run", str(job), str(out)],
                   cwd=tree, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t, child_cpu() - c


def timed(fn: Any) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--minutes", type=float, default=60)
    ap.add_argument("--cuts", type=int, default=300)
    ap.add_argument("--gop", type=float, default=2.0, help="keyframe interval of the lecture, seconds")
    ap.add_argument("--no-decode-check", action="store_true")
    ap.add_argument("--smart-only", action="store_true", help="skip the two re-encoding baselines")
    ap.add_argument("--stages", action="store_true", help="run the smart-cut child directly (not through "
                    "run_render, which keeps its stderr) with VIDAI_SMARTCUT_TIMING=1: its stage times and "
                    "each worker's CPU seconds are printed")
    ap.add_argument("--baseline-tree", type=Path, help="also run this checkout's smart cut on the same job, "
                    "right after (wall and CPU ratios)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench_smartcut_") as tmp:
        folder = Path(tmp)
        src = folder / "lecture.mp4"
        t_gen = timed(lambda: make_lecture(src, args.minutes, args.gop))
        kept = pauses_removed(args.minutes, args.cuts)
        draft = draft_of(kept)
        media = {"lecture": src}
        programme = sum(d for _, d in kept) / 1000
        print(f"lecture: {args.minutes:g} min {W}x{H}@{FPS}, GOP {args.gop:g} s, generated in {t_gen:.0f} s; "
              f"{len(kept) - 1} pauses cut, {len(kept)} parts, {programme / 60:.1f} min kept")

        smart_out = folder / "smart.mp4"
        plan_box: list[Any] = []

        def smart() -> None:
            plan = build_render(draft, media, None, smart_out, tmp_dir=folder)
            assert plan.smart_cut, "the draft did not take the smart cut"
            plan_box.append(plan)
            shutil.copy(plan.args[-2], folder / "job.json")  # the job file goes with the plan's workdir
            if args.stages:
                subprocess.run([*plan.args[:-1], str(smart_out)], check=True, stdout=subprocess.DEVNULL,
                               env={**os.environ, "VIDAI_SMARTCUT_TIMING": "1"})
                plan.cleanup()
            else:
                run_render(plan)

        cpu0 = child_cpu()
        t_smart = timed(smart)
        cpu_smart = child_cpu() - cpu0

        print(f"smart cut:      {t_smart:7.1f} s  ({t_smart / programme:.3f}x real time; "
              f"{cpu_smart:.1f} s CPU; load average {os.getloadavg()[0]:.1f})", flush=True)
        if args.baseline_tree:
            t_base, cpu_base = baseline_child(args.baseline_tree, folder / "job.json", folder / "base.mp4")
            print(f"baseline tree:  {t_base:7.1f} s  ({cpu_base:.1f} s CPU; load average "
                  f"{os.getloadavg()[0]:.1f}); baseline / smart: {t_base / t_smart:.2f}x wall, "
                  f"{cpu_base / cpu_smart:.2f}x CPU", flush=True)
        full_out = folder / "full.mp4"
        fb = 0
        if not args.smart_only:
            keep = render_plan.prepare_smart_cut
            render_plan.prepare_smart_cut = lambda *a, **k: "switched off"
            try:
                t_full = timed(lambda: run_render(build_render(draft, media, None, full_out, tmp_dir=folder)))
            finally:
                render_plan.prepare_smart_cut = keep
            print(f"full re-encode: {t_full:7.1f} s  ({t_full / programme:.3f}x real time)", flush=True)
            hand_out = folder / "hand.mp4"
            t_hand = timed(lambda: subprocess.run(hand_command(src, kept, hand_out), check=True))
            with av.open(str(full_out)) as b:
                fb = b.streams.video[0].frames
            print(f"ffmpeg by hand: {t_hand:7.1f} s  ({t_hand / programme:.3f}x real time)")
            print(f"ratios: full / smart = {t_full / t_smart:.1f}x, hand / smart = {t_hand / t_smart:.1f}x, "
                  f"full / hand = {t_full / t_hand:.2f}x")
        with av.open(str(smart_out)) as a:
            fa = a.streams.video[0].frames
        want = sum(n for _, _, n in frame_plan(kept))
        wrong = check_cuts(src, smart_out, kept)
        decode = "skipped"
        if not args.no_decode_check:
            cmd = [ffmpeg_exe(), "-v", "error", "-xerror", "-i", str(smart_out), "-f", "null", "-"]
            run = subprocess.run(cmd, capture_output=True, text=True)
            clean = run.returncode == 0 and not run.stderr.strip()
            decode = "every frame decodes" if clean else run.stderr[-300:]
        worst, beeps = sync_error_ms(src, smart_out, kept)
        print(f"check: {len(kept) - wrong}/{len(kept)} parts start on the expected source frame; "
              f"frames: smart {fa}, full {fb or '-'}, expected {want}; {decode}; A/V sync: {beeps} beeps, "
              f"the farthest {worst:.1f} ms from its picture (one frame = {1000 / FPS:.0f} ms)")


if __name__ == "__main__":
    main()
