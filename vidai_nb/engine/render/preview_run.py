"""The piecewise preview's child process: `python …/render/preview_run.py JOB.json OUT`.

Run as a script that imports nothing but PyAV (not as `-m`, which would import the render package
and numpy first): its start-up is part of what the person waits for.

Renders the windows and the parts of the mixed sound that are not in the cache, two ffmpeg runs at a
time (one thread per run used ~16 % less CPU, but on a busy shared machine it was not faster by the
clock: it loses its share of the cores; so each run keeps ffmpeg's threads). Then writes OUT with
PyAV: copied proxy packets and rendered packets, renumbered onto the output's frame clock, and the
sound (copied AAC packets or the parts of the mix).
If a rendered piece's parameter sets differ from the proxy's, the pieces cannot share one stream:
the one-run preview (`whole_args`) is run instead, and says so on stderr.
Progress goes to stdout as ffmpeg `-progress` lines, so run_render treats this like an ffmpeg run.
"""

from __future__ import annotations

import heapq
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from fractions import Fraction
from pathlib import Path
from typing import Any

import av

CACHE_KEEP = 120  # rendered windows kept (≤ 10 s of 360p each, ~250 MB at most); oldest dropped
AAC_FRAME = 1024


def _run(args: list[str], out: Path) -> None:
    part = out.with_name(f".{out.stem}.{os.getpid()}.partial.mp4")
    try:
        done = subprocess.run([*args, os.fspath(part)], stdin=subprocess.DEVNULL,
                              capture_output=True)
        if done.returncode != 0:
            tail = done.stderr.decode(errors="replace").strip().splitlines()[-3:]
            raise RuntimeError("; ".join(tail) or f"ffmpeg exited with status {done.returncode}")
        os.replace(part, out)
    finally:
        part.unlink(missing_ok=True)


def _progress(share: float, job: dict[str, Any]) -> None:
    us = int(job["total_frames"] * job["fps"][1] / job["fps"][0] * 1e6 * share)
    print(f"out_time_us={us}", flush=True)


def _render(job: dict[str, Any]) -> None:
    cache = Path(job["cache_dir"])
    cache.mkdir(parents=True, exist_ok=True)
    made = [p for p in job["video"] if p["kind"] == "render"] + job["sound"]
    todo = [p for p in made if not Path(p["path"]).is_file()]
    for p in made:
        if Path(p["path"]).is_file():
            os.utime(p["path"])  # recently used: kept longest
    # the sound parts first: each is longer than a window
    todo.sort(key=lambda p: "frames" in p)
    with ThreadPoolExecutor(max_workers=2) as pool:
        runs = [pool.submit(_run, p["args"], Path(p["path"])) for p in todo]
        for i, done in enumerate(runs):
            done.result()
            _progress(0.8 * (i + 1) / max(1, len(runs)), job)
    old = sorted([*cache.glob("*.mp4"), *cache.glob("*.m4a")], key=lambda f: f.stat().st_mtime)
    for f in old[:-CACHE_KEEP] if len(old) > CACHE_KEEP else []:
        f.unlink(missing_ok=True)


class _Sources:
    def __init__(self) -> None:
        self.open: dict[str, av.container.InputContainer] = {}

    def get(self, path: str) -> av.container.InputContainer:
        if path not in self.open:
            self.open[path] = av.open(path)
        return self.open[path]

    def close(self) -> None:
        for c in self.open.values():
            c.close()


def _frames(c: av.container.InputContainer, first: int, count: int, rate: Fraction) -> Iterator[av.Packet]:
    """Packets showing frames [first, first + count) of an all-intra stream (the last one repeated if
    the file is a frame short)."""
    vs = c.streams.video[0]
    tb = vs.time_base
    assert tb is not None
    start = vs.start_time or 0
    if first > 0:
        c.seek(start + int(first / rate / tb), stream=vs, backward=True)
    got, last = 0, b""
    per_tick = float(tb * rate)  # frames per tick: floats here, Fractions per packet cost ~0.1 s/1000
    for p in c.demux(vs):
        if p.pts is None or p.size == 0:
            continue
        n = round((p.pts - start) * per_tick)
        if n < first:
            continue
        if n >= first + count:
            break
        last = bytes(p)
        got += 1
        yield p
    while last and got < count:  # a short source: hold its last frame (all-intra: any frame stands alone)
        got += 1
        again = av.Packet(last)
        again.is_keyframe = True
        yield again


def _config(path: str) -> bytes:
    """The stream's avcC (its SPS and PPS): pieces join into one stream only when these are equal."""
    with av.open(path) as c:
        return bytes(c.streams.video[0].codec_context.extradata or b"")


def _join(job: dict[str, Any], out: Path) -> None:
    rate = Fraction(*job["fps"])
    srcs, sounds = _Sources(), _Sources()  # apart: the picture and the sound read a proxy at two places
    copy_audio: list[dict[str, Any]] | None = job["audio_copy"]
    try:
        first = srcs.get(job["video"][0]["path"])
        container = av.open(os.fspath(out), "w", format="mp4", options={"movflags": "+faststart"})
        vs_out = container.add_stream_from_template(first.streams.video[0])
        vtb = Fraction(1, 90000)
        vs_out.time_base = vtb
        a_src = (sounds.get(copy_audio[0]["path"]) if copy_audio
                 else sounds.get(job["sound"][0]["path"]) if job["sound"] else None)
        as_out, sr = None, 48000
        if a_src is not None and a_src.streams.audio:
            as_out = container.add_stream_from_template(a_src.streams.audio[0])
            sr = a_src.streams.audio[0].codec_context.sample_rate or 48000
            as_out.time_base = Fraction(1, sr)

        def video() -> Iterator[tuple[float, int, av.Packet]]:
            for piece in job["video"]:
                c = srcs.get(piece["path"])
                start = piece["frame"] if piece["kind"] == "copy" else 0
                for n, p in enumerate(_frames(c, start, piece["frames"], rate)):
                    p.stream = vs_out
                    p.pts = p.dts = (piece["at"] + n) * 90000 * rate.denominator // rate.numerator
                    p.time_base = vtb
                    yield p.pts / 90000, 0, p

        def audio() -> Iterator[tuple[float, int, av.Packet]]:
            if as_out is None:
                return
            if copy_audio is None:  # the mix's parts: their packets carry the programme's sample clock
                for part in job["sound"]:
                    c = sounds.get(part["path"])
                    ast = c.streams.audio[0]
                    per_tick = float((ast.time_base or Fraction(1, sr)) * sr)
                    end = part["end"]
                    for p in c.demux(ast):
                        if p.pts is None or p.size == 0:
                            continue
                        n = round(p.pts * per_tick)
                        if n < part["first"] and part["first"] > 0:  # the first keeps its priming packet
                            continue
                        if end is not None and n >= end:
                            break
                        p.stream = as_out
                        p.pts = p.dts = n
                        p.time_base = Fraction(1, sr)
                        yield float(n / sr), 1, p
                return
            for piece in copy_audio:
                c = sounds.get(piece["path"])
                ast = c.streams.audio[0]
                atb = ast.time_base
                assert atb is not None
                # output packets k0 .. k1 on the AAC grid; the source's packets nearest the cut
                k0 = round(piece["at"] / rate * sr / AAC_FRAME)
                k1 = round((piece["at"] + piece["frames"]) / rate * sr / AAC_FRAME)
                want = round(piece["frame"] / rate * sr / AAC_FRAME) * AAC_FRAME  # source sample
                c.seek(max(0, int((Fraction(want, sr) - Fraction(1, 2)) / atb)), stream=ast, backward=True)
                k = k0
                samples_per_tick = float(atb * sr)
                for p in c.demux(ast):
                    if p.pts is None or p.size == 0:
                        continue
                    if round(p.pts * samples_per_tick) < want:
                        continue
                    if k >= k1:
                        break
                    p.stream = as_out
                    p.pts = p.dts = k * AAC_FRAME
                    p.time_base = Fraction(1, sr)
                    k += 1
                    yield float(p.pts / sr), 1, p

        for _, _, packet in heapq.merge(video(), audio(), key=lambda x: (x[0], x[1])):
            container.mux(packet)
        container.close()
    finally:
        srcs.close()
        sounds.close()


def main() -> None:
    job_path, out = Path(sys.argv[1]), Path(sys.argv[2])
    job = json.loads(job_path.read_text(encoding="utf-8"))
    started = time.monotonic()
    try:
        _render(job)
    except RuntimeError as exc:
        print(f"a preview piece failed: {exc}", file=sys.stderr)
        sys.exit(1)
    # one stream needs one set of SPS/PPS
    configs = {_config(path) for path in {p["path"] for p in job["video"]}}
    if len(configs) != 1 or not configs.pop():
        print("preview: the rendered pieces do not share the proxy's parameter sets; rendered in one run",
              file=sys.stderr)
        sys.exit(subprocess.run(job["whole_args"], stdin=subprocess.DEVNULL).returncode)
    _join(job, out)
    _progress(1.0, job)
    print(f"preview: joined in {time.monotonic() - started:.2f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
