"""Audio pieces of the graph: tempo chains, silence, background music, ducking and the final mix."""

from __future__ import annotations

RATE = 48000
AUDIO_FORMAT = f"aformat=sample_fmts=fltp:sample_rates={RATE}:channel_layouts=stereo"


def to_stereo(channels: int) -> list[str]:
    """Mono → both channels at full level (the automatic up-mix would drop it by 3 dB)."""
    return ["pan=stereo|c0=c0|c1=c0"] if channels == 1 else []


def atempo_chain(speed: float) -> list[str]:
    """atempo keeps the pitch; one instance covers 0.5-2.0 exactly, so chain for 0.25 or 4."""
    if abs(speed - 1.0) < 1e-6:
        return []
    parts: list[str] = []
    s = speed
    while s > 2.0:
        parts.append("atempo=2.0")
        s /= 2.0
    while s < 0.5:
        parts.append("atempo=0.5")
        s /= 0.5
    parts.append(f"atempo={s:.6g}")
    return parts


def silence(out: str, samples: int) -> str:
    """A silent stereo stream of exactly `samples` for a clip without sound (an image, a muted or
    silent video): concat needs an audio stream for every piece."""
    return f"anullsrc=r={RATE}:cl=stereo,atrim=end_sample={samples},{AUDIO_FORMAT}[{out}]"


DECLICK_SAMPLES = 240  # 5 ms at 48 kHz


def declick(samples: int, fade_in: bool, fade_out: bool) -> list[str]:
    """A 5 ms fade at a cut's side of a piece: two pieces of sound joined where the source jumps would
    click where the waveforms meet; faded out and in they meet at zero. The length stays as it is."""
    ns = min(DECLICK_SAMPLES, samples // 2)
    out: list[str] = []
    if fade_in and ns > 0:
        out.append(f"afade=t=in:ss=0:ns={ns}")
    if fade_out and ns > 0:
        out.append(f"afade=t=out:ss={samples - ns}:ns={ns}")
    return out


def volume(gain: float) -> list[str]:
    return [] if abs(gain - 1.0) < 1e-6 else [f"volume={gain:.4f}"]


def fades(fade_in_s: float, fade_out_s: float, length_s: float) -> list[str]:
    out: list[str] = []
    if fade_in_s > 0:
        out.append(f"afade=t=in:st=0:d={min(fade_in_s, length_s):.3f}")
    if fade_out_s > 0:
        st = max(0.0, length_s - fade_out_s)
        out.append(f"afade=t=out:st={st:.3f}:d={min(fade_out_s, length_s):.3f}")
    return out
