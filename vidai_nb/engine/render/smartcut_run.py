"""The smart cut's child process: `python -m vidai_nb.engine.render.smartcut_run JOB.json OUT`.

Three kinds of work run side by side: worker processes (one per core, at most 4) decode and re-encode
the pieces around the cuts; this process's main thread writes the video track in output order (GOPs
copied from the source, the workers' pieces as they arrive); a thread writes the cut, cross-faded
sound (AAC packets copied between joins, or all of it through an ffmpeg AAC encoder). Then ffmpeg
muxes both into OUT (`-c copy`, faststart). VIDAI_SMARTCUT_TIMING=1 prints stage times and CPU seconds.
Progress goes to stdout as ffmpeg's `-progress` lines (`out_time_us=`), errors to stderr, so
run_render handles it like any ffmpeg run.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import subprocess
import sys
import tempfile
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from fractions import Fraction
from pathlib import Path
from typing import Any

import av
import numpy as np

from vidai_nb.engine.media.ffmpeg import ffmpeg_exe
from vidai_nb.engine.render import h264
from vidai_nb.engine.render.run import _child_setup
from vidai_nb.engine.render.smartcut import FADE_MS, Piece, SmartJob, open_encoder


def _timing(line: str) -> None:
    """Stage times on stderr when VIDAI_SMARTCUT_TIMING is set (benchmarks/smartcut.py --stages)."""
    if os.environ.get("VIDAI_SMARTCUT_TIMING"):
        print(f"smart cut timing: {line}", file=sys.stderr, flush=True)


def _progress(done_frames: int, job: SmartJob, share: float) -> None:
    us = int(done_frames * job.fps[1] / job.fps[0] * 1e6 * share)
    print(f"out_time_us={us}", flush=True)


def _is_reference(sample: bytes, length_size: int) -> bool:
    """Whether an MP4 sample's picture may be referenced by another (nal_ref_idc of its first slice
    is not 0); walks the NAL headers only."""
    pos, n = 0, len(sample)
    while pos + length_size < n:
        size = int.from_bytes(sample[pos:pos + length_size], "big")
        pos += length_size
        head = sample[pos]
        if head & 0x1F in (1, 5):  # a coded slice
            return bool(head & 0x60)
        pos += size
    return True  # no slice found: keep it, the decoder decides


def workers() -> int:
    """How many re-encoding workers run side by side: one per core this process may use (at most
    four: past that the copying and the sound are the limit), or VIDAI_SMARTCUT_WORKERS."""
    override = os.environ.get("VIDAI_SMARTCUT_WORKERS", "")
    if override.isdigit() and int(override) > 0:
        return int(override)
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, 4))


def runs(pieces: list[Piece]) -> list[list[int]]:
    """The re-encoded pieces (their indices in output order), grouped so that a group's decoder goes on
    from one piece to the next instead of seeking (the end of one kept part and the start of the next
    are often one short pause apart: decoding on is cheaper than seeking back to a keyframe). Groups
    are independent: each can go to any worker."""
    out: list[list[int]] = []
    at = -1  # the last source frame the current group's decoder gave
    for i, piece in enumerate(pieces):
        if piece.kind != "encode":
            continue
        if out and piece.key <= at < piece.frame:
            out[-1].append(i)
        else:
            out.append([i])
        at = piece.frame + piece.frames - 1
    return out


Samples = list[tuple[bytes, int, bool]]  # a re-encoded piece: (MP4 sample, frame in the piece, keyframe)


class _Encoder:
    """One worker: its own decoder and ONE x264 encoder for every piece it is given, each piece
    starting with a forced IDR frame (a fresh encoder per piece cost ~40% more per frame: opening
    x264, and its pipeline filling and draining each time). An IDR closes the GOP before it, so a
    piece's packets all leave the encoder before the next piece's; a piece is done once the encoder
    has given all of its frames (a few frames of the next piece later, or at the flush). Every
    worker's encoder has the same settings, so every piece carries the same SPS/PPS (checked on
    each piece against the source's). x264 and the decoder run single-threaded: the workers are the
    parallelism (frame or slice threads inside each would only add latency and bits)."""

    def __init__(self, job: SmartJob, config: h264.AvcConfig,
                 done: Callable[[int, Samples], None]) -> None:
        self.job = job
        self.config = config
        self.done = done  # called with (piece index, [(MP4 sample, frame in the piece, keyframe)])
        self.dec = av.open(job.source)
        self.ds = self.dec.streams.video[0]
        self.ds.codec_context.thread_count = 1
        self.rate = Fraction(*job.fps)
        # The decoder's place: its frame iterator and the last source frame it gave.
        self.frames: Iterator[av.VideoFrame] | None = None
        self.at = -1
        self.wanted = 0  # the current piece's first source frame: non-reference packets before it are skipped
        self.decoded = 0
        self.enc: av.video.codeccontext.VideoCodecContext | None = None
        self.fed = 0  # frames given to the encoder so far (its pts)
        # pieces given to the encoder whose packets have not all come out: [index, piece, first pts, packets]
        self.pending: deque[tuple[int, Piece, int, list[av.Packet]]] = deque()

    def encode(self, index: int, piece: Piece) -> None:
        j = self.job
        self.wanted = piece.frame
        if self.frames is None or not piece.key <= self.at < piece.frame:
            self.dec.seek(j.first_pts + piece.key * j.frame_ticks, stream=self.ds, backward=True,
                          any_frame=False)
            self.ds.codec_context.flush_buffers()
            self.frames = self._decoded()
        if self.enc is None:
            self.enc = open_encoder(self.ds.codec_context.width, self.ds.codec_context.height, self.rate,
                                    j.x264, j.color, forced_idr=True)
        self.pending.append((index, piece, self.fed, []))
        n = 0
        for frame in self.frames:
            if frame.pts is None:
                continue
            f = (frame.pts - j.first_pts) // j.frame_ticks
            self.at = f
            if f < piece.frame:
                continue
            frame.pts = self.fed
            frame.time_base = self.enc.time_base
            # every piece starts with an IDR frame: it depends on nothing before it
            frame.pict_type = av.video.frame.PictureType.I if n == 0 else av.video.frame.PictureType.NONE
            self.fed += 1
            n += 1
            self._take(self.enc.encode(frame))
            if n == piece.frames:
                break
        if n != piece.frames:
            raise RuntimeError(f"smart cut: could not decode source frames {piece.frame}+{piece.frames}")

    def finish(self) -> None:
        if self.enc is not None:
            self._take(self.enc.encode(None))
        if self.pending:
            piece = self.pending[0][1]
            raise RuntimeError(f"smart cut: the encoder did not give every frame of source frames "
                               f"{piece.frame}+{piece.frames}")

    def close(self) -> None:
        self.dec.close()

    def _decoded(self) -> Iterator[av.VideoFrame]:
        """The source's frames from the last seek on, skipping packets that show a frame before
        `self.wanted` and that no other picture refers to (about half of x264's B-frames): the
        frames between a keyframe and a cut only need decoding as references."""
        j = self.job
        size = self.config.length_size
        for p in self.dec.demux(self.ds):
            if p.pts is not None and p.size and (p.pts - j.first_pts) // j.frame_ticks < self.wanted \
                    and not _is_reference(bytes(p), size):
                continue
            for frame in self.ds.codec_context.decode(p):
                self.decoded += 1
                yield frame

    def _take(self, packets: list[av.Packet]) -> None:
        """Hand the encoder's packets to the pending pieces they belong to (by pts); pass on every
        piece that has all of its packets."""
        for p in packets:
            pts = int(p.pts or 0)
            for _, piece, base, got in self.pending:
                if base <= pts < base + piece.frames:
                    got.append(p)
                    break
            else:
                raise RuntimeError(f"smart cut: the encoder gave a frame of no piece (pts {pts})")
        while self.pending and len(self.pending[0][3]) == self.pending[0][1].frames:
            index, piece, base, got = self.pending.popleft()
            self.done(index, self._samples(base, got))

    def _samples(self, base: int, packets: list[av.Packet]) -> Samples:
        out: Samples = []
        for i, p in enumerate(packets):
            nals = h264.annexb_nals(bytes(p))
            if i == 0:
                sps, pps = h264.parameter_sets(nals)
                if not p.is_keyframe or int(p.pts or 0) != base:
                    raise RuntimeError("smart cut: a re-encoded piece does not start with its own IDR frame")
                if tuple(sps) != self.config.sps or tuple(pps) != self.config.pps:
                    raise RuntimeError("smart cut: a re-encoded piece's SPS/PPS differ from the source's")
            out.append((h264.to_sample(nals, self.config.length_size), int(p.pts or 0) - base,
                        bool(p.is_keyframe)))
        return out


def _worker(job: SmartJob, groups: list[list[int]], counter: Any, results: Any, parent: int) -> None:
    """A worker process: take the next group of pieces until none are left, then flush its encoder;
    every finished piece goes to `results` as (index, samples), then ("done", decoded, encoded, CPU
    seconds) or ("error", text)."""
    _child_setup(0, parent)()  # dies with the smart cut's process
    enc: _Encoder | None = None
    try:
        with av.open(job.source) as c:
            config = h264.parse_avcc(c.streams.video[0].codec_context.extradata)
        assert config is not None
        enc = _Encoder(job, config, lambda i, samples: results.put((i, samples)))
        while True:
            with counter.get_lock():
                g = counter.value
                counter.value += 1
            if g >= len(groups):
                break
            for i in groups[g]:
                enc.encode(i, job.pieces[i])
        enc.finish()
        results.put(("done", enc.decoded, enc.fed, time.process_time()))
    except BaseException as exc:  # the writer raises it
        results.put(("error", f"{exc}"))
    finally:
        if enc is not None:
            enc.close()


class _Video:
    """Writes the pieces in output order: copied GOPs straight from the source, re-encoded pieces
    from `workers()` processes that encode side by side, each taking the next group of pieces
    (`runs`) as it gets free. Processes, not threads: decoding and x264 release the GIL, but the
    Python between frames, the copying and the sound thread then queue for it (measured: two worker
    threads took longer than one on a busy machine)."""

    def __init__(self, job: SmartJob, out: av.container.OutputContainer) -> None:
        self.job = job
        self.src = av.open(job.source)  # packets to copy
        self.vs = self.src.streams.video[0]
        self.out = out
        self.os = out.add_stream_from_template(self.vs)
        self.tb = Fraction(*job.time_base)
        self.os.time_base = self.tb
        self.decode_index = 0  # packets written so far (decode order): gives the output dts
        self.out_frame = 0  # first output frame of the piece being written
        self.written = 0  # frames written (progress)
        self.decoded = 0  # frames decoded, frames encoded, each worker's CPU seconds (the timing line)
        self.encoded = 0
        self.cpu: list[float] = []
        self.results: dict[int, Samples] = {}
        self.procs: list[multiprocessing.process.BaseProcess] = []
        self.queue: Any = None

    def start(self) -> None:
        """Start the workers: before any other thread of this process (they are forked)."""
        groups = runs(self.job.pieces)
        if not groups:
            return
        ctx: Any = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods()
                                          else "spawn")
        self.queue = ctx.Queue()
        counter = ctx.Value("i", 0)
        self.procs = [ctx.Process(target=_worker, args=(self.job, groups, counter, self.queue, os.getpid()),
                                  daemon=True, name=f"smartcut-encode-{k}")
                      for k in range(min(workers(), len(groups)))]
        for proc in self.procs:
            proc.start()

    def write(self) -> None:
        for i, piece in enumerate(self.job.pieces):
            if piece.kind == "copy":
                self._copy(piece)
            else:
                self._write_encoded(self._result(i))
            self.out_frame += piece.frames
            self.written += piece.frames
            _progress(self.written, self.job, 0.9)
        while len(self.cpu) < len(self.procs):  # the workers' closing lines (the timing line's)
            self._receive()
        for proc in self.procs:
            proc.join()

    def _result(self, index: int) -> Samples:
        while index not in self.results:
            self._receive()
        return self.results.pop(index)

    def _receive(self) -> None:
        while True:
            try:
                msg = self.queue.get(timeout=1.0)
                break
            except queue.Empty:
                if any(p.exitcode not in (None, 0) for p in self.procs):
                    raise RuntimeError("smart cut: an encoder process died") from None
                if all(p.exitcode is not None for p in self.procs):  # all gone, nothing left to come
                    raise RuntimeError("smart cut: the encoders ended before every piece was done") from None
        if msg[0] == "error":
            raise RuntimeError(msg[1])
        if msg[0] == "done":
            self.decoded += msg[1]
            self.encoded += msg[2]
            self.cpu.append(msg[3])
        else:
            self.results[msg[0]] = msg[1]

    def _mux(self, packet: av.Packet, frame: int, piece_frame: int, key: bool) -> None:
        """Put `packet` (showing source-relative `frame` of a piece starting at `piece_frame`) on the
        output timeline: pts from its place in the programme, dts consecutive in decode order."""
        j = self.job
        pts = (self.out_frame + frame - piece_frame) * j.frame_ticks
        dts = (self.decode_index - j.delay) * j.frame_ticks
        if dts > pts:
            raise RuntimeError(f"smart cut: decode order runs ahead of display at output frame "
                               f"{self.out_frame + frame - piece_frame}")
        packet.pts, packet.dts = pts, dts
        packet.duration = j.frame_ticks
        packet.is_keyframe = key
        packet.stream = self.os
        packet.time_base = self.tb
        self.out.mux(packet)
        self.decode_index += 1

    def _copy(self, piece: Piece) -> None:
        j = self.job
        target = j.first_pts + piece.frame * j.frame_ticks
        self.src.seek(target, stream=self.vs, backward=True, any_frame=False)
        wanted = piece.end - piece.first
        got = 0
        started = False
        for p in self.src.demux(self.vs):
            if p.pts is None or p.size == 0:
                continue
            f = (p.pts - j.first_pts) // j.frame_ticks
            if not started:
                if not (p.is_keyframe and f == piece.frame):
                    continue  # the seek may land a keyframe early
                started = True
            self._mux(p, f, piece.frame, bool(p.is_keyframe))
            got += 1
            if got == wanted:
                break
        if got != wanted:
            raise RuntimeError(f"smart cut: the source ended early (frame {piece.frame}, "
                               f"{got}/{wanted} packets)")

    def _write_encoded(self, samples: Samples) -> None:
        for data, frame, key in samples:
            self._mux(av.Packet(data), frame, 0, key)

    def close(self) -> None:
        self.src.close()
        for proc in self.procs:
            if proc.is_alive():
                proc.kill()
                proc.join()


def _read(container: av.container.InputContainer, stream: av.AudioStream, start: int, count: int,
          rate: int) -> np.ndarray:
    """`count` samples (stereo float32) of the source's sound from sample `start` on (its own
    timeline; zeros outside the file)."""
    buf = np.zeros((2, count), dtype=np.float32)
    if count <= 0:
        return buf
    tb = stream.time_base
    assert tb is not None
    container.seek(max(int((start / rate - 0.25) / tb), 0), stream=stream, backward=True)
    resampler = av.AudioResampler(format="fltp", rate=rate)  # format only: the rate is the source's
    end = start + count
    for frame in container.decode(stream):
        if frame.pts is None:
            continue
        at = round(frame.pts * tb * rate)
        if at >= end:
            break
        for f in resampler.resample(frame):
            x: np.ndarray = f.to_ndarray()
            if x.shape[0] == 1:
                x = np.repeat(x, 2, axis=0)  # mono goes to both sides at full level, as in the full render
            lo, hi = max(start, at), min(end, at + x.shape[1])
            if hi > lo:
                buf[:, lo - start:hi - start] = x[:2, lo - at:hi - at]
            at += x.shape[1]
    return buf


def _audio(job: SmartJob, pipe: object) -> None:
    """Write the cut sound to `pipe` (f32le stereo): each part is read FADE_MS/2 past both its ends
    and cross-faded with its neighbours (sin² / cos², so a continuous sound keeps its level); the
    lengths follow the picture's frames exactly, so sound and picture never drift apart."""
    rate = job.audio_rate
    with av.open(job.source) as c:
        stream = c.streams.audio[job.audio_stream or 0]
        a0 = float((stream.start_time or 0) * (stream.time_base or 0))
        spans = _spans(job, a0, rate)
        half = _fade_half(spans, rate)
        ramp = np.sin(np.pi / 2 * (np.arange(2 * half) + 0.5) / (2 * half)) ** 2 if half else np.zeros(0)
        pending = np.zeros((2, 0), dtype=np.float32)
        for i, (_, length, src) in enumerate(spans):
            h_in = half if i > 0 else 0
            h_out = half if i < len(spans) - 1 else 0
            x = _read(c, stream, src - h_in, length + h_in + h_out, rate)
            if h_in:
                x[:, :2 * h_in] *= ramp
                x[:, :2 * h_in] += pending
            if h_out:
                x[:, -2 * h_out:] *= ramp[::-1]
                pending = x[:, -2 * h_out:].copy()
                x = x[:, :-2 * h_out]
            pipe.write(np.ascontiguousarray(x.T).tobytes())  # type: ignore[attr-defined]


AAC_FRAME = 1024  # samples per AAC-LC packet


def _spans(job: SmartJob, a0: float, rate: int) -> list[tuple[int, int, int]]:
    """(output start sample, length, source start sample) of every kept part: the lengths follow
    the picture's frames exactly, so sound and picture never drift apart."""
    fps = Fraction(*job.fps)
    v0 = float(job.first_pts * Fraction(*job.time_base))
    out: list[tuple[int, int, int]] = []
    out_frame = 0
    for a, n in job.cuts:
        s0 = round(out_frame * rate / fps)
        s1 = round((out_frame + n) * rate / fps)
        out.append((s0, s1 - s0, round((v0 - a0 + float(a / fps)) * rate)))
        out_frame += n
    return out


def _fade_half(spans: list[tuple[int, int, int]], rate: int) -> int:
    return max(0, min(rate * FADE_MS // 2000, min(length for _, length, _ in spans) // 4))


class _Mix:
    """The cut sound of any stretch of the output (stereo float32 when `channels` is 2): each part
    reaches `half` samples past both its ends, faded in and out (sin² / cos²) over 2 * half samples
    centred on the join, so neighbours cross-fade and a continuous sound keeps its level."""

    def __init__(self, c: av.container.InputContainer, stream: av.AudioStream,
                 spans: list[tuple[int, int, int]], half: int, rate: int, channels: int) -> None:
        self.c, self.stream, self.spans, self.half, self.rate = c, stream, spans, half, rate
        self.channels = channels
        self.ramp = np.sin(np.pi / 2 * (np.arange(2 * half) + 0.5) / (2 * half)) ** 2 if half else np.zeros(0)

    def pcm(self, x0: int, x1: int) -> np.ndarray:
        buf = np.zeros((self.channels, x1 - x0), dtype=np.float32)
        last = len(self.spans) - 1
        for k, (s0, length, src) in enumerate(self.spans):
            h_in = self.half if k > 0 else 0
            h_out = self.half if k < last else 0
            lo, hi = max(x0, s0 - h_in), min(x1, s0 + length + h_out)
            if hi <= lo:
                continue
            x = _read(self.c, self.stream, src + lo - s0, hi - lo, self.rate)[:self.channels]
            t = np.arange(lo, hi)
            gain = np.ones(hi - lo, dtype=np.float64)
            if h_in:
                up = (t >= s0 - h_in) & (t < s0 + h_in)
                gain[up] *= self.ramp[t[up] - (s0 - h_in)]
            if h_out:
                down = (t >= s0 + length - h_out) & (t < s0 + length + h_out)
                gain[down] *= self.ramp[::-1][t[down] - (s0 + length - h_out)]
            buf[:, lo - x0:hi - x0] += (x * gain).astype(np.float32)
        return buf


def _copyable_aac(stream: av.AudioStream) -> bool:
    cc = stream.codec_context
    return (cc.name == "aac" and (cc.profile or "") == "LC" and cc.channels in (1, 2)
            and stream.time_base == Fraction(1, cc.sample_rate) and bool(cc.extradata))


def _bridge_encoder(stream: av.AudioStream, bitrate: str) -> av.audio.codeccontext.AudioCodecContext:
    cc = av.CodecContext.create("aac", "w")
    assert isinstance(cc, av.audio.codeccontext.AudioCodecContext)
    src = stream.codec_context
    cc.sample_rate, cc.layout, cc.format = src.sample_rate, src.layout.name, "fltp"
    cc.bit_rate = int(bitrate.rstrip("k")) * 1000 * src.channels // 2
    cc.time_base = Fraction(1, src.sample_rate)
    cc.options = {"aac_coder": "fast"}
    return cc


def _audio_copy(job: SmartJob, path: Path) -> bool:
    """Write the cut sound to `path` by copying the source's AAC packets wherever a packet's whole
    window (2048 samples) lies inside one kept part, and encoding only the stretches around each
    join (a fresh encoder per stretch, fed from two packets before it, so it is settled). An hour
    of sound costs seconds instead of a full AAC encode (the largest share of the smart cut, ~120 s
    of CPU for 50 minutes). Each part is moved by at most half a packet (10.7 ms at 48 kHz, well
    within a frame) so that its source packets fall on the output's packet grid. False (nothing
    written) when the source's sound is not plain AAC-LC with contiguous 1024-sample packets."""
    n = AAC_FRAME
    with av.open(job.source) as c:
        stream = c.streams.audio[job.audio_stream or 0]
        if not _copyable_aac(stream):
            return False
        rate, channels = stream.codec_context.sample_rate, stream.codec_context.channels
        pts_list = [p.pts for p in c.demux(stream) if p.pts is not None and p.size]
        if len(pts_list) < 2:
            return False
        pts = np.asarray(pts_list, dtype=np.int64)
        if np.any(np.diff(pts) <= 0):
            return False
        enc = _bridge_encoder(stream, job.audio_bitrate)
        enc.open()
        if bytes(enc.extradata or b"")[:2] != bytes(stream.codec_context.extradata or b"")[:2]:
            return False  # the encoder would describe its packets differently
        a0 = float((stream.start_time or 0) * (stream.time_base or 0))
        spans = []
        for s0, length, src in _spans(job, a0, rate):
            # the packet grid near the part's start (a file joined from pieces may shift it there)
            q = int(pts[min(int(np.searchsorted(pts, src)), len(pts) - 1)])
            d = (src - s0 - q) % n  # move the part by -d or n - d samples onto the output's grid
            spans.append((s0, length, src - d if d <= n // 2 else src + n - d))
        half = _fade_half(spans, rate)
        total = spans[-1][0] + spans[-1][1]
        packets = -(-total // n)
        # output packet m -> source packet index, when its window lies inside one part's plain stretch
        source_of = np.full(packets, -1, dtype=np.int64)
        last = len(spans) - 1
        for k, (s0, length, src) in enumerate(spans):
            lo = s0 + (half if k > 0 else 0)
            hi = s0 + length - (half if k < last else 0)
            first_m, last_m = -(-lo // n), (hi - 2 * n) // n  # window [m n, m n + 2n) inside [lo, hi)
            if last_m < first_m:
                continue
            ms = np.arange(first_m, last_m + 1)
            want = ms * n - s0 + src  # the source packet's pts: copied only where one starts exactly there
            idx = np.minimum(np.searchsorted(pts, want), len(pts) - 1)
            ok = pts[idx] == want
            source_of[ms[ok]] = idx[ok]
        source_of[0] = -1  # the first packet is encoded: the encoder's priming packet precedes it
        mix = _Mix(c, stream, spans, half, rate, channels)
        src_packets = _SourcePackets(job.source, job.audio_stream or 0)
        with av.open(os.fspath(path), "w", format="mp4") as out:
            os_ = out.add_stream_from_template(stream)
            os_.time_base = Fraction(1, rate)
            m = 0
            while m < packets:
                if source_of[m] >= 0:
                    p = src_packets.get(int(pts[source_of[m]]))
                    _mux_audio(out, os_, p, m * n, n)
                    m += 1
                    continue
                m1 = m
                while m1 < packets and source_of[m1] < 0:
                    m1 += 1
                for p, at in _encode_bridge(stream, job.audio_bitrate, mix, m, m1, packets):
                    _mux_audio(out, os_, p, at, n)
                m = m1
        src_packets.close()
    return True


class _SourcePackets:
    """The source's audio packets by pts, read forwards (seeking only on a jump)."""

    def __init__(self, source: str, audio_stream: int) -> None:
        self.c = av.open(source)
        self.stream = self.c.streams.audio[audio_stream]
        self.it: Iterator[av.Packet] | None = None
        self.last = -1

    def get(self, pts: int) -> av.Packet:
        if self.it is None or not self.last < pts <= self.last + AAC_FRAME:
            self.c.seek(pts, stream=self.stream, backward=True)
            self.it = self.c.demux(self.stream)
        for p in self.it:
            if p.pts is None or not p.size:
                continue
            self.last = p.pts
            if p.pts == pts:
                return p
            if p.pts > pts:
                break
        raise RuntimeError(f"smart cut: the source's sound packet at {pts} is missing")

    def close(self) -> None:
        self.c.close()


def _encode_bridge(stream: av.AudioStream, bitrate: str, mix: _Mix, m0: int, m1: int,
                   packets: int) -> list[tuple[av.Packet, int]]:
    """Encode output packets [m0, m1) (their output sample positions); from m0 = 0 also the
    encoder's priming packet before it (negative position: an edit list hides it)."""
    n = AAC_FRAME
    enc = _bridge_encoder(stream, bitrate)
    pre = 0 if m0 == 0 else 2
    start, stop = (m0 - pre) * n, min(m1 + 2, packets + 1) * n
    pcm = mix.pcm(start, stop)
    got: list[av.Packet] = []
    for i in range(0, stop - start, n):
        f = av.AudioFrame.from_ndarray(np.ascontiguousarray(pcm[:, i:i + n]), format="fltp",
                                       layout=stream.codec_context.layout.name)
        f.sample_rate = mix.rate
        f.pts = start + i
        f.time_base = Fraction(1, mix.rate)
        got += enc.encode(f)
    got += enc.encode(None)
    lo = -n if m0 == 0 else m0 * n
    out = [(p, int(p.pts or 0)) for p in got if p.pts is not None and lo <= p.pts < m1 * n]
    if [at for _, at in out] != list(range(lo, m1 * n, n)):
        raise RuntimeError(f"smart cut: the sound around output packet {m0} did not encode in step")
    return out


def _mux_audio(out: av.container.OutputContainer, stream: av.stream.Stream, p: av.Packet, at: int,
               n: int) -> None:
    p.pts = p.dts = at
    p.duration = n
    p.stream = stream
    p.time_base = stream.time_base or Fraction(1, 48000)
    out.mux(p)


def _audio_encode(job: SmartJob, path: Path) -> None:
    """The whole cut sound encoded (stereo AAC), for a source whose packets cannot be copied."""
    # The fast AAC coder: the default two-loop search encoded an hour of sound slower than all the
    # video work of a 300-cut smart cut (measured 3.5x slower on 10 minutes); at 160k the difference
    # is not audible in speech.
    encoder = subprocess.Popen(
        [ffmpeg_exe(), "-hide_banner", "-nostdin", "-loglevel", "error", "-y", "-f", "f32le",
         "-ar", str(job.audio_rate), "-ac", "2", "-i", "pipe:0", "-c:a", "aac", "-aac_coder", "fast",
         "-b:a", job.audio_bitrate, os.fspath(path)], stdin=subprocess.PIPE)
    assert encoder.stdin is not None
    try:
        _audio(job, encoder.stdin)
    finally:
        encoder.stdin.close()
        if encoder.wait() != 0:
            raise RuntimeError("smart cut: the AAC encoder failed")


def run(job: SmartJob, out: Path, work: Path) -> None:
    t0 = time.perf_counter()
    video_path = work / "video.mp4"
    audio_path = work / "audio.m4a"
    feeder: threading.Thread | None = None
    failure: list[BaseException] = []
    with av.open(os.fspath(video_path), "w", format="mp4") as container:
        video = _Video(job, container)
        try:
            video.start()  # forks the workers: before the sound's thread exists
            if job.audio_stream is not None:

                def sound() -> None:
                    try:
                        t = time.perf_counter()
                        copied = _audio_copy(job, audio_path)
                        if not copied:
                            _audio_encode(job, audio_path)
                        _timing(f"sound ({'AAC copied, joins encoded' if copied else 'all encoded'}) "
                                f"{time.perf_counter() - t:.2f} s ({time.thread_time():.2f} s CPU)")
                    except BaseException as exc:  # reported by the main thread
                        failure.append(exc)

                feeder = threading.Thread(target=sound, daemon=True)
                feeder.start()
            video.write()
        finally:
            video.close()
    _timing(f"video {time.perf_counter() - t0:.2f} s ({video.decoded} frames decoded, {video.encoded} "
            f"encoded, {len(video.procs)} workers using " + " + ".join(f"{c:.2f}" for c in video.cpu)
            + f" s CPU; the writer {time.thread_time():.2f} s CPU)")
    args = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-loglevel", "error", "-y", "-i", os.fspath(video_path)]
    if feeder is not None:
        feeder.join()
        if failure:
            raise failure[0]
        args += ["-i", os.fspath(audio_path), "-map", "0:v:0", "-map", "1:a:0"]
    args += ["-c", "copy", "-movflags", "+faststart", "-write_tmcd", "0",
             "-f", "mov" if job.out_format == "mov" else "mp4", os.fspath(out)]
    t1 = time.perf_counter()
    _timing(f"sound done {t1 - t0:.2f} s after the start")
    subprocess.run(args, check=True)
    _timing(f"final mux {time.perf_counter() - t1:.2f} s")
    _progress(job.total_frames, job, 1.0)


def main(argv: list[str]) -> int:
    job_path, out = Path(argv[0]), Path(argv[1])
    job = SmartJob.load(job_path)
    with tempfile.TemporaryDirectory(prefix="smartcut_", dir=job_path.parent) as work:
        try:
            run(job, out, Path(work))
        except (RuntimeError, av.error.FFmpegError, subprocess.CalledProcessError, OSError) as exc:
            print(f"smart cut failed: {exc}", file=sys.stderr, flush=True)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
