"""The one typed model of a draft: frozen values decoded once at a boundary, read by the client's
timeline views and the engine's renderer alike.

`Draft.decode(anything)` never raises: every known key (docs/draft.md) becomes a typed field; keys the
model does not know, and known keys whose value it cannot read (listed in `unreadable`), are kept in
`extra` and written back unchanged by `to_json()`. A typed field is None when its key is absent.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, ClassVar

from vidai_nb.timeline.decode import (
    SOURCE_KEYS,
    START_KEYS,
    clamp_ms,
    coerce_draft,
    first_present,
    normalize_tt,
    segment_duration,
    text_of,
    to_ms,
    to_number,
)
from vidai_nb.timeline.schema import TT_AUDIO, TT_TEXT, TT_VIDEO, track_kind

_BAD = object()  # a reader's "cannot read this value"
Reader = Callable[[Any], Any]
_EMPTY: Mapping[str, Any] = MappingProxyType({})


def _read_ms(v: Any) -> Any:
    r = to_ms(v)
    return _BAD if r is None else r


def _read_num(v: Any) -> Any:
    r = to_number(v)
    return _BAD if r is None else r


def _read_str(v: Any) -> Any:
    return v if isinstance(v, str) else _BAD


def _read_bool(v: Any) -> Any:
    if isinstance(v, bool):
        return v
    return bool(v) if isinstance(v, int | float) else _BAD


@dataclass(frozen=True)
class Point:
    """A place as fractions of the frame: {"x": 0.7, "y": 0.4}."""

    x: float = 0.5
    y: float = 0.5

    def clamped(self) -> tuple[float, float]:
        return min(max(self.x, 0.0), 1.0), min(max(self.y, 0.0), 1.0)


Place = str | Point  # a named place ("top-right", "face") or a point


def _read_place(v: Any) -> Any:
    if isinstance(v, str):
        return v
    if isinstance(v, Mapping) and set(v) <= {"x", "y"}:
        x, y = to_number(v.get("x", 0.5)), to_number(v.get("y", 0.5))
        return _BAD if x is None or y is None else Point(x, y)
    return _BAD


def _plain(value: Any) -> Any:
    """A typed value back to JSON-ish data."""
    if isinstance(value, _Node):
        return value.to_json()
    if isinstance(value, Point):
        return {"x": value.x, "y": value.y}
    return value


@dataclass(frozen=True)
class _Node:
    """Shared codec: `KEYS` maps a JSON key to (field name, reader)."""

    KEYS: ClassVar[dict[str, tuple[str, Reader]]] = {}
    extra: Mapping[str, Any] = field(default_factory=lambda: _EMPTY, repr=False)
    unreadable: tuple[str, ...] = ()

    @classmethod
    def _fields_of(cls, raw: Mapping[Any, Any]) -> dict[str, Any]:
        kw: dict[str, Any] = {}
        extra: dict[str, Any] = {}
        bad: list[str] = []
        for key, value in raw.items():
            spec = cls.KEYS.get(key) if isinstance(key, str) else None
            if spec is None or value is None:
                extra[key] = value
                continue
            typed = spec[1](value)
            if typed is _BAD:
                extra[key] = value
                bad.append(key)
            else:
                kw[spec[0]] = typed
        kw["extra"] = MappingProxyType(extra) if extra else _EMPTY
        kw["unreadable"] = tuple(bad)
        return kw

    @classmethod
    def from_mapping(cls, raw: Mapping[Any, Any]) -> Any:
        return cls(**cls._fields_of(raw))

    def get(self, key: str, default: Any = None) -> Any:
        """The JSON value of `key` as the draft has it (typed when known and readable)."""
        spec = self.KEYS.get(key)
        if spec is not None:
            value = getattr(self, spec[0])
            if value is not None:
                return _plain(value)
        return self.extra.get(key, default)

    def shown(self, key: str) -> str | None:
        """Display text for `key`, whatever its type (None when missing)."""
        return text_of(self.get(key))

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, (name, _reader) in self.KEYS.items():
            value = getattr(self, name)
            if value is not None:
                out[key] = _plain(value)
        out.update(copy.deepcopy(dict(self.extra)))
        return out

    def keys(self) -> Iterator[str]:
        return iter(self.to_json())


@dataclass(frozen=True)
class Transition(_Node):
    KEYS: ClassVar[dict[str, tuple[str, Reader]]] = {"type": ("type", _read_str), "d": ("d", _read_ms)}
    type: str | None = None
    d: int | None = None


def _read_transition(v: Any) -> Any:
    return Transition.from_mapping(v) if isinstance(v, Mapping) else _BAD


@dataclass(frozen=True)
class Color(_Node):
    KEYS: ClassVar[dict[str, tuple[str, Reader]]] = {
        "brightness": ("brightness", _read_num), "contrast": ("contrast", _read_num),
        "saturation": ("saturation", _read_num), "gray": ("gray", _read_bool), "auto": ("auto", _read_bool),
    }
    brightness: float | None = None
    contrast: float | None = None
    saturation: float | None = None
    gray: bool | None = None
    auto: bool | None = None


def _read_loudnorm(v: Any) -> Any:
    return v if isinstance(v, bool) else _read_num(v)


@dataclass(frozen=True)
class Effects(_Node):
    """`m.fx`: whole-programme effects."""

    KEYS: ClassVar[dict[str, tuple[str, Reader]]] = {
        "fade_in": ("fade_in", _read_ms), "fade_out": ("fade_out", _read_ms),
        "loudnorm": ("loudnorm", _read_loudnorm), "denoise": ("denoise", _read_bool),
        "color": ("color", lambda v: Color.from_mapping(v) if isinstance(v, Mapping) else _BAD),
        "rotate": ("rotate", _read_ms), "hflip": ("hflip", _read_bool), "vflip": ("vflip", _read_bool),
        "max_height": ("max_height", _read_ms),
    }
    fade_in: int | None = None
    fade_out: int | None = None
    loudnorm: float | bool | None = None
    denoise: bool | None = None
    color: Color | None = None
    rotate: int | None = None
    hflip: bool | None = None
    vflip: bool | None = None
    max_height: int | None = None


@dataclass(frozen=True)
class Meta(_Node):
    """`m`: the canvas and metadata."""

    KEYS: ClassVar[dict[str, tuple[str, Reader]]] = {
        "title": ("title", _read_str), "width": ("width", _read_ms), "height": ("height", _read_ms),
        "fps": ("fps", _read_num), "fit": ("fit", _read_str), "bg": ("bg", _read_str),
        "preset": ("preset", _read_str), "focus": ("focus", _read_place),
        "fx": ("fx", lambda v: Effects.from_mapping(v) if isinstance(v, Mapping) else _BAD),
    }
    title: str | None = None
    width: int | None = None
    height: int | None = None
    fps: float | None = None
    fit: str | None = None
    bg: str | None = None
    preset: str | None = None
    focus: Place | None = None
    fx: Effects | None = None

    @property
    def effects(self) -> Effects:
        return self.fx if self.fx is not None else Effects()


# The engine's own segment key for an invisible split (docs/draft.md): a main-track segment with
# `"continues": true` is the SAME clip as the segment before it - a ranged mute/volume cuts a clip into
# pieces only to give the inside piece its own gain; the user still has one clip. Why one boolean on the
# continuation pieces, rather than a clip id on every piece: an untouched clip and a clip's first piece
# carry no key at all; copies (duplicate, loop) stay grouped without renumbering; and a flag is only
# believed while the piece really follows its clip (same source, in-point where the previous piece
# ends), so a piece whose head was cut away or that another edit moved is a clip of its own instead of
# joining a stranger. Defined here so the engine (ops.base.clip_groups) and the client's table agree.
CONTINUES = "continues"
_CONTINUITY_MS = 50  # in-points are rounded per piece (speed); a frame or so is still the same clip


def continues_previous(prev: Mapping[str, Any] | None, seg: Mapping[str, Any]) -> bool:
    """Whether segment `seg` (a draft dict) is a piece of the clip that `prev`, the segment before it
    on the main track, belongs to (see CONTINUES)."""
    if prev is None or seg.get(CONTINUES) is not True or prev.get("src") != seg.get("src"):
        return False
    if prev.get("freeze") or seg.get("freeze"):
        return False
    if "in" not in seg or "in" not in prev or seg.get("kind") == "image":
        return bool(seg.get("kind") == prev.get("kind"))  # a still image: the same picture throughout
    try:
        ends = int(prev["in"]) + round(int(prev.get("d", 0)) * float(prev.get("speed", 1.0) or 1.0))
        return abs(ends - int(seg["in"])) <= _CONTINUITY_MS
    except (TypeError, ValueError):
        return False


@dataclass(frozen=True)
class Segment(_Node):
    """One segment. `start_ms`/`end_ms` are resolved (a segment with no start follows the one before;
    the length comes from `d`, else end - start, else `duration`); `start`/`d` are as written."""

    KEYS: ClassVar[dict[str, tuple[str, Reader]]] = {
        "id": ("id", _read_str), "start": ("start", _read_ms), "d": ("d", _read_ms),
        "src": ("src", _read_str), "name": ("name", _read_str), "kind": ("kind", _read_str),
        "in": ("in_ms", _read_ms), "speed": ("speed", _read_num), "volume": ("volume", _read_num),
        "transition": ("transition", _read_transition), "freeze": ("freeze", _read_bool),
        "pos": ("pos", _read_place), "focus": ("focus", _read_place), "scale": ("scale", _read_num),
        "opacity": ("opacity", _read_num), "fade_in": ("fade_in", _read_ms),
        "fade_out": ("fade_out", _read_ms), "loop": ("loop", _read_bool), "duck": ("duck", _read_bool),
        "text": ("text", _read_str), "size": ("size", _read_num), "color": ("color", _read_str),
        "style": ("style", _read_str), CONTINUES: ("continues", _read_bool),
    }
    index: int = 0
    start_ms: int = 0
    end_ms: int = 0
    id: str | None = None
    start: int | None = None
    d: int | None = None
    src: str | None = None
    name: str | None = None
    kind: str | None = None
    in_ms: int | None = None
    speed: float | None = None
    volume: float | None = None
    transition: Transition | None = None
    freeze: bool | None = None
    pos: Place | None = None
    focus: Place | None = None
    scale: float | None = None
    opacity: float | None = None
    fade_in: int | None = None
    fade_out: int | None = None
    loop: bool | None = None
    duck: bool | None = None
    text: str | None = None
    size: float | None = None
    color: str | None = None
    style: str | None = None
    continues: bool | None = None  # an invisible split: the same clip as the segment before (CONTINUES)

    @property
    def duration_ms(self) -> int:
        return self.end_ms - self.start_ms

    @property
    def source(self) -> str | None:
        """The media reference: `src`, else `source` / `url` / `path` (other writers' names)."""
        return text_of(next((v for k in SOURCE_KEYS if (v := self.get(k)) is not None), None))

    @property
    def rate(self) -> float:
        """Playback speed (1.0 when absent or 0)."""
        return self.speed or 1.0

    @property
    def gain(self) -> float:
        """Clip volume (1.0 when absent)."""
        return 1.0 if self.volume is None else self.volume

    @property
    def in_point(self) -> int:
        return self.in_ms or 0

    @property
    def written_text(self) -> str:
        """`text` for drawing ("" when missing)."""
        return self.text or ""


def _decode_segments(sg: Any) -> tuple[tuple[Segment, ...], tuple[tuple[int, Any], ...]]:
    """Segments of one track, and the non-dict items (kept at their positions)."""
    if not isinstance(sg, list):
        return (), ()
    out: list[Segment] = []
    other: list[tuple[int, Any]] = []
    cursor = 0
    for i, seg in enumerate(sg):
        if not isinstance(seg, dict):
            other.append((i, seg))
            continue
        start = to_ms(first_present(seg, START_KEYS))
        if start is None:
            start = cursor
        end = clamp_ms(start + segment_duration(seg, start))
        out.append(Segment(index=i, start_ms=start, end_ms=end, **Segment._fields_of(seg)))
        cursor = end
    return tuple(out), tuple(other)


def _merge(items: tuple[Any, ...], other: tuple[tuple[int, Any], ...]) -> list[Any]:
    out = list(items)
    for i, value in other:
        out.insert(i, copy.deepcopy(value))
    return out


@dataclass(frozen=True)
class Track(_Node):
    KEYS: ClassVar[dict[str, tuple[str, Reader]]] = {
        "id": ("id", _read_str), "name": ("name", _read_str), "role": ("role", _read_str),
        "muted": ("muted", _read_bool), "volume": ("volume", _read_num), "burn": ("burn", _read_bool),
        "sidecar": ("sidecar", _read_str), "style": ("style", _read_str), "duck": ("duck", _read_bool),
    }
    index: int = 0
    tt: Any = None
    id: str | None = None
    name: str | None = None
    role: str | None = None
    muted: bool | None = None
    volume: float | None = None
    burn: bool | None = None
    sidecar: str | None = None
    style: str | None = None
    duck: bool | None = None
    segments: tuple[Segment, ...] = ()
    skipped: tuple[tuple[int, Any], ...] = ()  # non-dict items of `sg`, by position

    @classmethod
    def decode(cls, index: int, raw: Mapping[Any, Any]) -> Track:
        rest = {k: v for k, v in raw.items() if k not in ("tt", "sg")}
        kw = cls._fields_of(rest)
        sg = raw.get("sg")
        segments, skipped = _decode_segments(sg)
        extra = dict(kw["extra"])
        if "sg" in raw and not isinstance(sg, list):
            extra["sg"] = sg  # not a list: kept as it is
        kw["extra"] = MappingProxyType(extra) if extra else _EMPTY
        return cls(index=index, tt=normalize_tt(raw.get("tt")), segments=segments, skipped=skipped,
                   _has_tt="tt" in raw, _has_sg=isinstance(sg, list), **kw)

    _has_tt: bool = field(default=True, repr=False)
    _has_sg: bool = field(default=True, repr=False)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"tt": self.tt} if self._has_tt else {}
        out.update(super().to_json())
        if self._has_sg:
            out["sg"] = _merge(tuple(s.to_json() for s in self.segments), self.skipped)
        return out

    @property
    def kind(self) -> str:
        return track_kind(self.tt)

    @property
    def label_name(self) -> str | None:
        """`name` when it says something."""
        return self.name if self.name and self.name.strip() else None

    @property
    def role_key(self) -> str | None:
        """The role in lower case, for matching."""
        return self.role.lower() if self.role else None

    @property
    def items(self) -> int:
        """How many entries `sg` has (segments and anything else)."""
        return len(self.segments) + len(self.skipped)

    @property
    def start_ms(self) -> int | None:
        return min((s.start_ms for s in self.segments), default=None)

    @property
    def end_ms(self) -> int | None:
        return max((s.end_ms for s in self.segments), default=None)

    @property
    def gain(self) -> float:
        """The track's volume, 0 when muted."""
        return 0.0 if self.muted else (1.0 if self.volume is None else self.volume)

    def timed(self) -> list[Segment]:
        """Segments with a positive length, by start."""
        return sorted((s for s in self.segments if s.duration_ms > 0), key=lambda s: s.start_ms)


@dataclass(frozen=True)
class Draft(_Node):
    """A whole draft: `v`, `d`, `m` (Meta) and `t` (Tracks; non-dict items of `t` kept by position)."""

    KEYS: ClassVar[dict[str, tuple[str, Reader]]] = {"v": ("v", _read_ms), "d": ("d", _read_ms)}
    v: int | None = None
    d: int | None = None
    meta: Meta = field(default_factory=Meta)
    tracks: tuple[Track, ...] = ()
    skipped: tuple[tuple[int, Any], ...] = ()
    _has_m: bool = field(default=False, repr=False)
    _has_t: bool = field(default=False, repr=False)

    @classmethod
    def decode(cls, value: Any) -> Draft:
        """Any draft-like value (a dict, JSON text, `{"draft": ...}`, a state payload) → a Draft."""
        raw = coerce_draft(value)
        kw = cls._fields_of({k: v for k, v in raw.items() if k not in ("m", "t")})
        extra = dict(kw["extra"])
        m, t = raw.get("m"), raw.get("t")
        if "m" in raw and not isinstance(m, Mapping):
            extra["m"] = m
        if "t" in raw and not isinstance(t, list):
            extra["t"] = t
        kw["extra"] = MappingProxyType(extra) if extra else _EMPTY
        tracks: list[Track] = []
        skipped: list[tuple[int, Any]] = []
        for i, tr in enumerate(t if isinstance(t, list) else []):
            if isinstance(tr, Mapping):
                tracks.append(Track.decode(i, tr))
            else:
                skipped.append((i, tr))
        meta = Meta.from_mapping(m) if isinstance(m, Mapping) else Meta()
        return cls(meta=meta, tracks=tuple(tracks), skipped=tuple(skipped),
                   _has_m=isinstance(m, Mapping), _has_t=isinstance(t, list), **kw)

    def to_json(self) -> dict[str, Any]:
        out = super().to_json()
        if self._has_m:
            out["m"] = self.meta.to_json()
        if self._has_t:
            out["t"] = _merge(tuple(t.to_json() for t in self.tracks), self.skipped)
        return out

    # ---- reading --------------------------------------------------------------------------------
    def of_type(self, tt: int) -> list[Track]:
        return [t for t in self.tracks if t.tt == tt]

    @property
    def main(self) -> Track | None:
        """The main video track: role "main", else the first tt 0 track."""
        videos = self.of_type(TT_VIDEO)
        return next((t for t in videos if t.role == "main"), videos[0] if videos else None)

    @property
    def overlays(self) -> list[Track]:
        main = self.main
        return [t for t in self.of_type(TT_VIDEO) if t is not main]

    @property
    def programme_ms(self) -> int:
        """THE programme length, which is the exported file's length: the end of the last picture
        (video, overlay or text); music and other sound never lengthen a video. A draft with
        sound only lasts until its last sound ends."""
        def end(tracks: list[Track]) -> int:
            return max(0, max((s.end_ms for t in tracks for s in t.segments), default=0))

        return end(self.of_type(TT_VIDEO) + self.of_type(TT_TEXT)) or end(self.of_type(TT_AUDIO))


def programme_ms(draft: Any) -> int:
    """The programme length of any draft-like value (see Draft.programme_ms)."""
    return (draft if isinstance(draft, Draft) else Draft.decode(draft)).programme_ms


def decode_tracks(draft: Any) -> list[Track]:
    """All dict tracks of any draft-like value, in order (indices are positions in `t`)."""
    return list(Draft.decode(draft).tracks)


def meta(draft: Any) -> dict[str, Any]:
    """The draft's `m` as JSON ({} when missing)."""
    return Draft.decode(draft).meta.to_json()


__all__ = [
    "CONTINUES", "Color", "Draft", "Effects", "Meta", "Place", "Point", "Segment", "Track", "Transition",
    "continues_previous", "decode_tracks", "meta", "programme_ms",
]
