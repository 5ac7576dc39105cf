"""The main video track: clips (video, image, freeze) in order, fitted to the canvas, joined by concat
or cross-fades, with their sound; black and silence fill holes. Every piece is cut on output-frame
boundaries (see BuilderBase.frame) and its sound is cut to exactly the same length, so concat never
stretches a piece and picture and sound cannot drift apart however many cuts there are."""

from __future__ import annotations

from dataclasses import dataclass

from vidai_nb.engine.media.probe import MediaInfo
from vidai_nb.engine.render import audio as A
from vidai_nb.engine.render.common import BuilderBase, Piece, fps_text, secs
from vidai_nb.engine.render.errors import RenderError
from vidai_nb.engine.render.fit import fit_chain
from vidai_nb.engine.render.sources import resolve
from vidai_nb.engine.render.text import color_value
from vidai_nb.timeline.model import Point, Segment

SHARED_GAP_MS = 3000  # past this jump in a file, a fresh input that seeks beats decoding the gap

XFADE_TYPES = {
    "fade": "fade", "crossfade": "fade", "dissolve": "dissolve", "wipe": "wipeleft", "wipeleft": "wipeleft",
    "wiperight": "wiperight", "slide": "slideleft", "slideleft": "slideleft", "slideright": "slideright",
    "zoom": "zoomin", "zoomin": "zoomin", "circle": "circleopen", "circleopen": "circleopen",
    "fadeblack": "fadeblack", "fadewhite": "fadewhite", "pixelize": "pixelize", "radial": "radial",
}


@dataclass(frozen=True)
class Slot:
    """Where the main track places one segment."""

    start: int  # timeline ms it starts at (after an overlap: where the one before ended)
    origin: int  # index of the first segment of the shared-input run it is in (itself when alone)
    run: int  # segments in that run (on its first segment's slot; 1 on the others and when alone)
    f0: int  # its first frame in that run's input (0 when alone)
    fade_in: int  # frames it cross-fades over the piece before
    frames: int  # frames of its own piece with the tail the next one fades over (0 in a run)


class MainTrack(BuilderBase):
    def samples(self, frames: int) -> int:
        """Audio samples (48 kHz) in `frames` output frames."""
        return round(frames * A.RATE / self.canvas.fps)

    def jumps(self, segs: list[Segment]) -> dict[int, tuple[bool, bool]]:
        """id(segment) -> (its sound starts at a cut, ends at a cut): where the next piece does not go
        on from the same file at the same point (a cross-fade transition smooths its own join)."""
        def goes_on(a: Segment, b: Segment) -> bool:
            return (a.src == b.src and a.rate == b.rate and not a.freeze and not b.freeze
                    and abs(a.in_point + round(a.duration_ms * a.rate) - b.in_point) <= 1)

        out: dict[int, tuple[bool, bool]] = {}
        for i, seg in enumerate(segs):
            before = i > 0 and not goes_on(segs[i - 1], seg) and not self.transition_ms(seg, seg.duration_ms)
            nxt = segs[i + 1] if i + 1 < len(segs) else None
            after = nxt is not None and not goes_on(seg, nxt) and not self.transition_ms(nxt, seg.duration_ms)
            out[id(seg)] = (before, after)
        return out

    def cut_sides(self, seg: Segment) -> tuple[bool, bool]:
        cuts: dict[int, tuple[bool, bool]] = getattr(self, "cuts", {})
        return cuts.get(id(seg), (False, False))

    def layout(self, segs: list[Segment]) -> list[Slot]:
        """Where the main track places each of `segs` (timed, in order), as `main_track` builds it; a
        chunked export's cut (render/chunks.py) reads it too."""
        out: list[Slot] = []
        cursor = 0  # timeline ms covered so far
        prev_tail = 0  # frames of the last piece that the next one cross-fades over
        i = 0
        while i < len(segs):
            seg = segs[i]
            start, d = max(seg.start_ms, cursor), seg.duration_ms
            if start > cursor:  # a hole in the main track: black and silence, no cross-fade over it
                prev_tail = 0
            run = self.shared_run(segs, i) if prev_tail == 0 else 1
            if run > 1:  # several cuts of one file: one input, one decoder
                t = start
                for k in range(i, i + run):
                    f0 = round((segs[k].in_point - seg.in_point) * self.canvas.fps / 1000)
                    out.append(Slot(t, i, run if k == i else 1, f0, 0, 0))
                    t += segs[k].duration_ms
                cursor, i = t, i + run
                continue
            # A transition into the next clip overlaps this one: read `tail` more of this clip, so the
            # cross-fade keeps every clip's start time (and the programme's length) as drafted.
            nxt = segs[i + 1] if i + 1 < len(segs) else None
            touching = nxt is not None and nxt.start_ms <= start + d
            tail_ms = self.transition_ms(nxt, d) if touching else 0
            end = start + d
            n = self.frame(end + tail_ms) - self.frame(start)
            out.append(Slot(start, i, 1, 0, prev_tail if n > 0 else 0, n))
            if n > 0:
                prev_tail = self.frame(end + tail_ms) - self.frame(end)
            cursor, i = end, i + 1
        return out

    def main_track(self) -> tuple[str, str]:
        main = self.draft.main
        segs = main.timed() if main is not None else []
        self.cuts = self.jumps(segs)
        gain = main.gain if main is not None else 1.0
        pieces: list[Piece] = []
        cursor = 0  # timeline ms covered so far
        for i, (seg, slot) in enumerate(zip(segs, self.layout(segs), strict=True)):
            if slot.origin != i:  # built with the first of its shared-input run
                continue
            if slot.start > cursor:  # a hole in the main track: black and silence
                n = self.frame(slot.start) - self.frame(cursor)
                if n > 0:
                    pieces.append(Piece(*self.filler(n), n))
            if slot.run > 1:
                run = segs[i:i + slot.run]
                pieces += self.segment_run(run, slot.start, gain, f"main segments {i + 1}-{i + slot.run}")
                cursor = slot.start + sum(x.duration_ms for x in run)
                continue
            if slot.frames > 0:
                v, a = self.segment(seg, slot.frames, gain, f"main segment {i + 1}")
                pieces.append(Piece(v, a, slot.frames, slot.fade_in, self.xfade_type(seg)))
            cursor = slot.start + seg.duration_ms
        if not pieces:
            n = self.frame(self.total)
            pieces.append(Piece(*self.filler(n), n))
            cursor = self.total
        v, a = self.join(pieces)
        if cursor < self.total:  # titles or overlays outlast the main video: hold black under them
            pad = self.frame(self.total) - self.frame(cursor)
            v2, a2 = self.g.label("v"), self.g.label("a")
            self.g.chains.append(f"[{v}]tpad=stop_mode=add:stop={pad}:color=black[{v2}]")
            if a:
                self.g.chains.append(f"[{a}]apad=whole_len={self.samples(self.frame(self.total))}[{a2}]")
            v, a = v2, (a2 if a else "")
        return v, a

    # ---- transitions -----------------------------------------------------------------------------
    @staticmethod
    def xfade_type(seg: Segment) -> str:
        tr = seg.transition
        name = (tr.type or "fade").lower() if tr is not None else "fade"
        return XFADE_TYPES.get(name, "fade")

    def transition_ms(self, seg: Segment | None, d: int) -> int:
        """The cross-fade into `seg` (0 for none), at most half of either clip."""
        tr = seg.transition if seg is not None else None
        if seg is None or tr is None or not tr.type or tr.type.lower() == "none":
            return 0
        return max(0, min(500 if tr.d is None else tr.d, d // 2, seg.duration_ms // 2))

    # ---- pieces ----------------------------------------------------------------------------------
    def filler(self, frames: int) -> tuple[str, str]:
        c = self.canvas
        v, a = self.g.label("fill"), self.g.label("fila")
        self.g.chains.append(
            f"color=c=black:s={c.width}x{c.height}:r={fps_text(c.fps)},trim=end_frame={frames},"
            f"format=yuv420p,setsar=1[{v}]"
        )
        if not self.want_audio:
            return v, ""
        self.g.chains.append(A.silence(a, self.samples(frames)))
        return v, a

    def fitted(self, head: str, info: MediaInfo, seg: Segment) -> str:
        """Append `head` (a chain from an input, ending at any size) plus rotation and the canvas fit;
        return the label of canvas-size frames."""
        sw, sh = info.width, info.height
        turn = self.rotation()
        if turn:
            head += "," + ",".join(turn[0])
            if turn[1]:
                sw, sh = sh, sw
        raw, out = self.g.label("src"), self.g.label("v")
        self.g.chains.append(f"{head}[{raw}]")
        fit = (self.meta.fit or "blur").lower()
        bg = color_value(self.meta.bg, "black")
        self.g.chains += fit_chain(raw, out, sw, sh, self.canvas, fit, bg, tag=f"f{self.g.n}",
                                   focus=self.focus(seg))
        return out

    def segment(self, seg: Segment, frames: int, gain: float, where: str) -> tuple[str, str]:
        """One main-track clip, exactly `frames` output frames long, at the canvas size and rate."""
        path, info = resolve(self.media, seg, where)
        kind = "image" if info.kind == "image" else (seg.kind or info.kind)
        if info.kind == "audio":
            label = seg.name or path.name
            raise RenderError(f"{where}: '{label}' is audio and cannot be a video clip")
        speed = seg.rate
        if not 0.25 <= speed <= 4.0:
            raise RenderError(f"{where}: speed {speed} is outside 0.25-4")
        seconds = self.frames_s(frames)
        freeze = bool(seg.freeze) and kind == "video"
        fps = fps_text(self.canvas.fps)
        # tpad + trim on frame counts: a source that ends early still yields exactly `frames` (its
        # last picture held); tpad costs nothing when the source is long enough.
        exact = f"tpad=stop_mode=clone:stop={frames},trim=end_frame={frames},setpts=PTS-STARTPTS"
        if kind == "image":
            idx = self.g.inputs.still(path, seconds * 1000 + 100, self.canvas.fps)
            head = f"[{idx}:v]fps={fps},{exact}"
        elif freeze:
            idx = self.g.inputs.clip(path, seg.in_point, 1000)
            head = f"[{idx}:v]trim=end_frame=1,setpts=PTS-STARTPTS,fps={fps},{exact}"
        else:
            in_ms = seg.in_point
            if info.duration_ms and in_ms >= info.duration_ms:
                raise RenderError(f"{where}: in-point {in_ms} ms is past the end of {path.name} "
                                  f"({info.duration_ms} ms)")
            idx = self.g.inputs.clip(path, in_ms, (seconds * 1000 + 50) * speed)
            # Times stay as the seek left them (0 = the in-point), not PTS-STARTPTS: in a variable-rate
            # recording the first frame after the in-point can come a second later, and moving it to 0
            # would put the picture ahead of the sound. fps from 0 holds that frame over the gap.
            slow = "" if speed == 1.0 else f"setpts=PTS/{speed:.6g},"
            head = f"[{idx}:v]{slow}fps={fps}:start_time=0,{exact}"
        v = self.fitted(head, info, seg)
        if not self.want_audio:  # GIF / JPG: no sound at all in the graph
            return v, ""
        a = self.g.label("a")
        seg_gain = gain * seg.gain
        n = self.samples(frames)
        if kind == "video" and info.has_audio and not freeze and seg_gain > 0:
            parts = ["asetpts=PTS-STARTPTS", *A.to_stereo(info.audio_channels), *A.atempo_chain(speed),
                     *A.volume(seg_gain), A.AUDIO_FORMAT, f"apad=whole_len={n}", f"atrim=end_sample={n}",
                     *A.declick(n, *self.cut_sides(seg))]
            self.g.chains.append(f"[{idx}:a:{info.audio_stream}]{','.join(parts)}[{a}]")
        else:
            self.g.chains.append(A.silence(a, n))
        return v, a

    # ---- many cuts of one file ---------------------------------------------------------------------
    def shared_run(self, segs: list[Segment], i: int) -> int:
        """How many segments from segs[i] on can share one input: plain cuts (speed 1, no freeze, no
        transition) of the same video file, back to back on the timeline, moving forward through the
        file with small jumps. A remove-silences edit makes hundreds of these; one input each would
        open hundreds of decoders (about 13 MB of memory each at 1080p) and fit every piece apart."""
        def plain(s: Segment) -> bool:
            return (s.rate == 1.0 and not s.freeze and (s.kind or "video") == "video"
                    and not self.transition_ms(s, s.duration_ms))

        first = segs[i]
        if not plain(first) or self.media.get(str(first.src)) is None:
            return 1
        j = i
        while j + 1 < len(segs):
            a, b = segs[j], segs[j + 1]
            gap = b.in_point - (a.in_point + a.duration_ms)
            same = b.src == first.src and b.focus == first.focus
            touching = b.start_ms <= a.end_ms
            if not (plain(b) and same and touching and 0 <= gap <= SHARED_GAP_MS):
                break
            j += 1
        if j + 1 < len(segs) and self.transition_ms(segs[j + 1], segs[j].duration_ms):
            j -= 1  # the last one must read a tail for the cross-fade that follows: it goes alone
        if j > i and resolve(self.media, first, f"main segment {i + 1}")[1].kind != "video":
            return 1
        return j - i + 1

    def segment_run(self, segs: list[Segment], start: int, gain: float, where: str) -> list[Piece]:
        """Cuts of one file from one input: decode once, fit to the canvas once, then trim each piece.
        In-points only move forward, so frames arrive in the order concat takes them: every branch
        holds only its own window, never the whole file."""
        path, info = resolve(self.media, segs[0], where)
        first_in = segs[0].in_point
        if info.duration_ms and first_in >= info.duration_ms:
            raise RenderError(f"{where}: in-point {first_in} ms is past the end of {path.name} "
                              f"({info.duration_ms} ms)")
        fps = self.canvas.fps
        cuts: list[tuple[int, int, int, float]] = []  # (first source frame, frames, first sample, gain)
        cut_segs: list[Segment] = []
        t = start
        for s in segs:
            n = self.frame(t + s.duration_ms) - self.frame(t)
            t += s.duration_ms
            offset = s.in_point - first_in
            if n > 0:
                cuts.append((round(offset * fps / 1000), n, round(offset * A.RATE / 1000), gain * s.gain))
                cut_segs.append(s)
        total_frames = max(f + n for f, n, _, _ in cuts)
        idx = self.g.inputs.clip(path, first_in, self.frames_s(total_frames) * 1000 + 50)
        head = (f"[{idx}:v]fps={fps_text(fps)}:start_time=0,"  # times from the in-point (see segment)
                f"tpad=stop_mode=clone:stop={total_frames},trim=end_frame={total_frames}")
        fitted = self.fitted(head, info, segs[0])
        vs = [self.g.label("v") for _ in cuts]
        self.g.chains.append(f"[{fitted}]split={len(cuts)}" + "".join(f"[{v}s]" for v in vs))
        for v, (f0, n, _, _) in zip(vs, cuts, strict=True):
            self.g.chains.append(f"[{v}s]trim=start_frame={f0}:end_frame={f0 + n},setpts=PTS-STARTPTS[{v}]")
        if not self.want_audio:
            return [Piece(v, "", n) for v, (_, n, _, _) in zip(vs, cuts, strict=True)]
        as_ = [self.g.label("a") for _ in cuts]
        if info.has_audio and any(g > 0 for *_, g in cuts):
            total_samples = max(s0 + self.samples(n) for _, n, s0, _ in cuts)
            prep = ["asetpts=PTS-STARTPTS", *A.to_stereo(info.audio_channels), A.AUDIO_FORMAT,
                    f"apad=whole_len={total_samples}"]
            branches = "".join(f"[{a}s]" for a in as_)
            self.g.chains.append(f"[{idx}:a:{info.audio_stream}]{','.join(prep)},asplit={len(cuts)}{branches}")
            for a, (_, n, s0, g), s in zip(as_, cuts, cut_segs, strict=True):
                trim = [f"atrim=start_sample={s0}:end_sample={s0 + self.samples(n)}", "asetpts=PTS-STARTPTS",
                        *A.volume(g), *A.declick(self.samples(n), *self.cut_sides(s))]
                self.g.chains.append(f"[{a}s]{','.join(trim)}[{a}]")
        else:
            for a, (_, n, _, _) in zip(as_, cuts, strict=True):
                self.g.chains.append(A.silence(a, self.samples(n)))
        return [Piece(v, a, n) for v, a, (_, n, _, _) in zip(vs, as_, cuts, strict=True)]

    # ---- joining -----------------------------------------------------------------------------------
    def join(self, pieces: list[Piece]) -> tuple[str, str]:
        """Concatenate runs of pieces; cross-fade (xfade + acrossfade) where a piece fades in."""
        run: list[tuple[str, str]] = []
        run_frames = 0
        for piece in pieces:
            if piece.fade_in and run:
                cv, ca = self.concat(run)
                t = piece.fade_in
                nv = self.g.label("xv")
                self.g.chains.append(
                    f"[{cv}]settb=AVTB[{cv}t];[{piece.video}]settb=AVTB[{piece.video}t];"
                    f"[{cv}t][{piece.video}t]xfade=transition={piece.kind}:duration={secs(self.frames_s(t))}:"
                    f"offset={secs(self.frames_s(run_frames - t))}[{nv}]"
                )
                na = ""
                if piece.audio:
                    na = self.g.label("xa")
                    self.g.chains.append(
                        f"[{ca}][{piece.audio}]acrossfade=ns={self.samples(t)}:c1=tri:c2=tri[{na}]"
                    )
                run, run_frames = [(nv, na)], run_frames - t + piece.frames
            else:
                run.append((piece.video, piece.audio))
                run_frames += piece.frames
        return self.concat(run)

    def concat(self, run: list[tuple[str, str]]) -> tuple[str, str]:
        if len(run) == 1:
            return run[0]
        v = self.g.label("cv")
        if not run[0][1]:  # pictures only
            ins = "".join(f"[{x}]" for x, _ in run)
            self.g.chains.append(f"{ins}concat=n={len(run)}:v=1:a=0[{v}]")
            return v, ""
        a = self.g.label("ca")
        ins = "".join(f"[{x}][{y}]" for x, y in run)
        self.g.chains.append(f"{ins}concat=n={len(run)}:v=1:a=1[{v}][{a}]")
        return v, a

    # ---- source corrections ------------------------------------------------------------------------
    def focus(self, seg: Segment) -> tuple[float, float]:
        """Where a crop centres: the segment's or the canvas's `focus` point (fractions of the source);
        anything else ("center", or a "face" that the render job did not turn into a point) centres."""
        place = seg.focus if seg.focus is not None else self.meta.focus
        return place.clamped() if isinstance(place, Point) else (0.5, 0.5)

    def rotation(self) -> tuple[list[str], bool] | None:
        """fx.rotate / hflip / vflip applied to the sources (fixing sideways footage), and whether the
        picture's width and height swap."""
        fx = self.fx
        rot = (fx.rotate or 0) % 360
        ops: list[str] = {90: ["transpose=1"], 180: ["hflip", "vflip"], 270: ["transpose=2"]}.get(rot, [])
        if fx.hflip:
            ops.append("hflip")
        if fx.vflip:
            ops.append("vflip")
        return (ops, rot in (90, 270)) if ops else None

