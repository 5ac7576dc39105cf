"""H.264 bitstream helpers for the smart cut: parameter sets from an MP4's avcC, Annex B → length-
prefixed NAL units, and the encoder settings x264 records in its SEI, turned back into x264 options.

Why x264's own SEI: a re-encoded piece can only sit between copied GOPs if its SPS/PPS are byte-for-
byte the source's (an MP4 holds one set for the whole track; players do not expect it to change).
x264 writes every setting that shapes those headers into the stream, so the same settings reproduce
them; the result is always checked (see smartcut.matching_encoder), never assumed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

NAL_SPS, NAL_PPS, NAL_AUD, NAL_IDR = 7, 8, 9, 5


@dataclass(frozen=True)
class AvcConfig:
    """The decoder configuration of an avc1 track."""

    length_size: int  # bytes of each NAL unit's length prefix (1, 2 or 4)
    sps: tuple[bytes, ...]
    pps: tuple[bytes, ...]

    @property
    def level(self) -> int:
        return self.sps[0][3] if self.sps and len(self.sps[0]) > 3 else 0


def parse_avcc(extradata: bytes | None) -> AvcConfig | None:
    """The avcC box payload (ISO/IEC 14496-15 §5.2.4.1); None for Annex B extradata or garbage."""
    if not extradata or len(extradata) < 7 or extradata[0] != 1:
        return None
    try:
        length_size = (extradata[4] & 3) + 1
        pos = 5
        sets: list[list[bytes]] = [[], []]
        for which in (0, 1):
            count = extradata[pos] & (0x1F if which == 0 else 0xFF)
            pos += 1
            for _ in range(count):
                n = int.from_bytes(extradata[pos:pos + 2], "big")
                pos += 2
                if pos + n > len(extradata):
                    return None
                sets[which].append(bytes(extradata[pos:pos + n]))
                pos += n
    except IndexError:
        return None
    if not sets[0] or not sets[1]:
        return None
    return AvcConfig(length_size, tuple(sets[0]), tuple(sets[1]))


_START = re.compile(b"\x00\x00\x01")


def annexb_nals(data: bytes) -> list[bytes]:
    """The NAL units of an Annex B byte stream (3- or 4-byte start codes)."""
    starts = [m.end() for m in _START.finditer(data)]
    nals: list[bytes] = []
    for i, s in enumerate(starts):
        end = starts[i + 1] - 3 if i + 1 < len(starts) else len(data)
        nal = data[s:end]
        if i + 1 < len(starts):
            nal = nal.rstrip(b"\x00")  # trailing zero of a 4-byte start code (NALs never end in 0x00)
        if nal:
            nals.append(nal)
    return nals


def length_prefixed_nals(data: bytes, length_size: int) -> list[bytes]:
    """The NAL units of an MP4 sample."""
    out: list[bytes] = []
    pos = 0
    while pos + length_size <= len(data):
        n = int.from_bytes(data[pos:pos + length_size], "big")
        pos += length_size
        out.append(data[pos:pos + n])
        pos += n
    return out


def to_sample(nals: list[bytes], length_size: int) -> bytes:
    """NAL units → one MP4 sample, without parameter sets or access unit delimiters (the track's
    avcC carries the parameter sets, which the caller has checked are the same)."""
    return b"".join(len(n).to_bytes(length_size, "big") + n for n in nals
                    if n and n[0] & 0x1F not in (NAL_SPS, NAL_PPS, NAL_AUD))


def parameter_sets(nals: list[bytes]) -> tuple[list[bytes], list[bytes]]:
    sps = [n for n in nals if n and n[0] & 0x1F == NAL_SPS]
    pps = [n for n in nals if n and n[0] & 0x1F == NAL_PPS]
    return sps, pps


def x264_settings(sample: bytes) -> dict[str, str] | None:
    """The `options:` x264 writes into its user-data SEI (in the first access unit); None if absent."""
    at = sample.find(b"x264 - core ")
    if at < 0:
        return None
    opt = sample.find(b"options: ", at)
    if opt < 0:
        return None
    text = sample[opt + 9:].split(b"\x00", 1)[0].decode("ascii", errors="replace")
    return dict(kv.split("=", 1) for kv in text.split() if "=" in kv)


# Settings that shape the SPS / PPS or the reference structure: copied as they were. Everything else
# (motion search, RDO, psy, lookahead) only costs time and is set to its fastest.
_KEPT = ("cabac", "ref", "8x8dct", "bframes", "weightb", "weightp", "open_gop", "constrained_intra",
         "keyint", "bluray_compat")
_PYRAMID = {"0": "none", "1": "strict", "2": "normal"}
_FAST = ("me=dia:subme=1:trellis=0:psy=0:mbtree=0:rc-lookahead=0:b-adapt=0:scenecut=0:"
         "fast-pskip=1:no-mixed-refs=1:aq-mode=0")


def x264_params(settings: dict[str, str], level: int) -> str | None:
    """x264-params reproducing the source's headers at the fastest speed; None when the source used
    something a stitched piece cannot follow (interlacing, intra refresh, open GOPs, 2-pass/ABR rate
    control, whose PPS initial QP x264 does not derive from a CRF)."""
    if settings.get("interlaced", "0") != "0" or settings.get("intra_refresh", "0") != "0":
        return None
    if settings.get("open_gop", "0") != "0" or settings.get("rc") not in ("crf", "cqp"):
        return None
    if any(k not in settings for k in ("cabac", "ref", "bframes", "keyint", "deblock")):
        return None
    p = [_FAST]
    p += [f"{k.replace('_', '-')}={settings[k]}" for k in _KEPT if k in settings]
    p.append(f"b-pyramid={_PYRAMID.get(settings.get('b_pyramid', '0'), 'none')}")
    on, _, ab = settings["deblock"].partition(":")
    p.append(f"deblock={ab.replace(':', ',')}" if on == "1" else "no-deblock=1")
    # psy is off here, so x264 does not lower chroma_qp_offset again: the recorded (final) value holds
    p.append(f"chroma-qp-offset={settings.get('chroma_qp_offset', '0')}")
    if settings["rc"] == "crf":
        p.append(f"crf={settings.get('crf', '23')}")
    else:
        p.append(f"qp={settings.get('qp', '23')}")
    if level:
        p.append(f"level={level / 10:.1f}")
    return ":".join(p)
