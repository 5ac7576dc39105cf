"""The programme's sound: the main track's audio, music and other sound tracks, ducking, loudness
normalisation, fades, all mixed to one stereo 48 kHz stream."""

from __future__ import annotations

from vidai_nb.engine.render import audio as A
from vidai_nb.engine.render.common import BuilderBase
from vidai_nb.engine.render.sources import resolve
from vidai_nb.timeline.model import Segment
from vidai_nb.timeline.schema import TT_AUDIO


class Sound(BuilderBase):
    def mix(self, main_a: str) -> str:
        total = self.total / 1000
        fx = self.fx
        if fx.denoise:
            den = self.g.label("den")
            self.g.chains.append(f"[{main_a}]afftdn=nf=-25[{den}]")
            main_a = den
        music: list[tuple[str, bool]] = []
        for ti, track in enumerate(self.draft.of_type(TT_AUDIO)):
            if track.muted:
                continue
            tgain = track.gain
            for si, seg in enumerate(track.segments):
                lab = self.music_segment(seg, tgain, f"audio track {ti + 1} segment {si + 1}")
                if lab:
                    music.append((lab, bool(seg.duck or track.duck)))
        for ti, track in enumerate(self.draft.overlays):  # PiP sound only when asked
            for si, seg in enumerate(track.segments):
                if seg.volume and not track.muted:
                    lab = self.music_segment(seg, 1.0, f"overlay track {ti + 1} segment {si + 1}", video=True)
                    if lab:
                        music.append((lab, False))
        ducked = [lab for lab, duck in music if duck]
        plain = [lab for lab, duck in music if not duck]
        if ducked:
            key, keep = self.g.label("key"), self.g.label("keep")
            self.g.chains.append(f"[{main_a}]asplit=2[{keep}][{key}]")
            main_a = keep
            bed = self.amix(ducked, "bed")
            out = self.g.label("duck")
            # The programme's own sound (speech) pushes the music down while it is present.
            self.g.chains.append(
                f"[{bed}][{key}]sidechaincompress=threshold=0.03:ratio=8:attack=20:release=400[{out}]"
            )
            plain.append(out)
        a = self.amix([main_a, *plain], "mix") if plain else main_a
        tail = []
        if fx.loudnorm is not None and fx.loudnorm is not False:
            target = -14.0 if fx.loudnorm is True else float(fx.loudnorm)
            tail += [f"loudnorm=I={target:.1f}:TP=-1.5:LRA=11", "aresample=48000"]
        tail += A.fades((fx.fade_in or 0) / 1000, (fx.fade_out or 0) / 1000, total)
        # exactly as long as the picture (a whole number of frames)
        n = round(self.frame(self.total) * A.RATE / self.canvas.fps)
        tail += [f"apad=whole_len={n}", f"atrim=end_sample={n}", A.AUDIO_FORMAT]
        out = self.g.label("aout")
        self.g.chains.append(f"[{a}]{','.join(tail)}[{out}]")
        return out

    def amix(self, labels: list[str], prefix: str) -> str:
        if len(labels) == 1:
            return labels[0]
        out = self.g.label(prefix)
        ins = "".join(f"[{x}]" for x in labels)
        # normalize=0: a track at 35 % stays at 35 % (amix would otherwise divide by the input count)
        self.g.chains.append(f"{ins}amix=inputs={len(labels)}:duration=first:normalize=0[{out}]")
        return out

    def music_segment(
        self, seg: Segment, gain: float, where: str, video: bool = False
    ) -> str | None:
        start, d = seg.start_ms, seg.duration_ms
        if d <= 0 or start >= self.total:
            return None
        d = min(d, self.total - start)
        path, info = resolve(self.media, seg, where)
        if not info.has_audio:
            return None
        vol = gain * seg.gain
        if vol <= 0:
            return None
        speed = seg.rate if video else 1.0
        idx = self.g.inputs.clip(path, seg.in_point, d * speed, loop=bool(seg.loop) and not video)
        parts = ["asetpts=PTS-STARTPTS", *A.to_stereo(info.audio_channels), *A.atempo_chain(speed),
                 A.AUDIO_FORMAT, *A.volume(vol),
                 f"atrim=duration={d / 1000:.3f}",
                 *A.fades((seg.fade_in or 0) / 1000, (seg.fade_out or 0) / 1000, d / 1000)]
        if start > 0:
            parts.append(f"adelay=delays={start}:all=1")
        out = self.g.label("mus")
        self.g.chains.append(f"[{idx}:a:{info.audio_stream}]{','.join(parts)}[{out}]")
        return out
