"""What changed between two drafts, in words: `added Title "Urban Dreams" 0-3s; Video now 0-10s`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from vidai_nb.timeline.decode import flatten, text_of, to_number
from vidai_nb.timeline.labels import (
    clean,
    effective_volume,
    number,
    percent,
    seconds,
    segment_label,
    span,
    track_label,
)
from vidai_nb.timeline.model import Segment, Track, decode_tracks, meta
from vidai_nb.timeline.schema import FX_DEFAULTS, MS_KEYS

T = TypeVar("T")

# Past this many segment changes on one track, the track's changes are counted, not listed.
MAX_LISTED_CHANGES = 6

# Segment keys with their own wording (or covered by the range); every other key gets a generic line.
_SPECIAL_SEGMENT_KEYS = {"id", "start", "d", "end", "duration", "start_ms", "end_ms", "duration_ms",
                         "src", "name", "text", "volume", "speed", "in"}
_SPECIAL_TRACK_KEYS = {"tt", "id", "name", "sg", "volume", "muted"}
_SPECIAL_META_KEYS = {"width", "height", "fx"}


def value_text(value: Any, key: str = "") -> str:
    """A short rendering of any value for a diff line (milliseconds keys as seconds)."""
    if value is None:
        return "none"
    if isinstance(value, bool):
        return "on" if value else "off"
    if isinstance(value, dict):
        if isinstance(value.get("type"), str) and set(value) <= {"type", "d"}:
            d = to_number(value.get("d"))  # a transition: "fade 0.5s"
            return value["type"] + (f" {seconds(d)}s" if d is not None else "")
        return clean(", ".join(f"{k}={value_text(v)}" for k, v in value.items()), 40)
    n = to_number(value) if not isinstance(value, str) else None
    if n is not None:
        return f"{seconds(n)}s" if key.rsplit(".", 1)[-1] in MS_KEYS else number(n)
    return clean(text_of(value) or "", 30)


def pair(before: Sequence[T], after: Sequence[T], key: Callable[[T], Any], by_position: bool = True) -> tuple[
        list[tuple[T, T]], list[T], list[T]]:
    """Match items by `key(item)` when both have one, the rest by position: (pairs, removed, added)."""
    # Ids may repeat in a hand-made draft: equal keys pair up in order.
    by_key: dict[Any, list[T]] = {}
    for b in before:
        if key(b) is not None:
            by_key.setdefault(key(b), []).append(b)
    pairs: list[tuple[T, T]] = []
    used: set[int] = set()
    leftover_after: list[T] = []
    for a in after:
        k = key(a)
        candidates = by_key.get(k) if k is not None else None
        if candidates:
            match = candidates.pop(0)
            pairs.append((match, a))
            used.add(id(match))
        else:
            leftover_after.append(a)
    # Only items without a key pair up by position; a keyed item that lost its partner is added/removed.
    leftover_before = [b for b in before if id(b) not in used]
    free_before = [b for b in leftover_before if key(b) is None]
    free_after = [a for a in leftover_after if key(a) is None]
    for b, a in zip(free_before, free_after, strict=False) if by_position else ():
        pairs.append((b, a))
        used.add(id(b))
    paired_after = {id(a) for _, a in pairs}
    removed = [b for b in before if id(b) not in used]
    added = [a for a in after if id(a) not in paired_after]
    return pairs, removed, added


def _track_key(track: Track) -> Any:
    return track.shown("id")


def _pair_tracks(before: list[Track], after: list[Track]) -> tuple[
        list[tuple[Track, Track]], list[Track], list[Track]]:
    """Tracks pair by id, then (without ids) by their order among tracks of the same kind."""
    pairs, removed, added = pair(before, after, _track_key, by_position=False)
    for kind in dict.fromkeys(t.kind for t in [*removed, *added]):
        rb = [t for t in removed if t.kind == kind and _track_key(t) is None]
        ra = [t for t in added if t.kind == kind and _track_key(t) is None]
        matched = list(zip(rb, ra, strict=False))
        pairs.extend(matched)
        gone = {id(t) for p in matched for t in p}
        removed = [t for t in removed if id(t) not in gone]
        added = [t for t in added if id(t) not in gone]
    pairs.sort(key=lambda p: p[1].index)
    return pairs, removed, added


def _contents(track: Track) -> str:
    """`"Urban Dreams" 0-3s` for one segment, `3 segments 0-12s` for several, `(empty)` for none."""
    segs = track.segments
    if not segs:
        return "(empty)"
    if len(segs) == 1:
        return f"{segment_label(track, segs[0])} {span(segs[0].start_ms, segs[0].end_ms)}"
    noun = "cues" if track.kind == "text" else "segments"
    return f"{len(segs)} {noun} {span(track.start_ms or 0, track.end_ms or 0)}"


def _meta_changes(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    out: list[str] = []
    size_b = (before.get("width"), before.get("height"))
    size_a = (after.get("width"), after.get("height"))
    if size_b != size_a and size_a != (None, None):
        had = size_b != (None, None)
        out.append(f"canvas {_size(size_b)} → {_size(size_a)}" if had else f"canvas {_size(size_a)}")
    for key in sorted(set(before) | set(after), key=str):
        if key in _SPECIAL_META_KEYS:
            continue
        out.extend(_value_change(str(key), before.get(key), after.get(key), key in before, key in after))
    fx_b = before.get("fx") if isinstance(before.get("fx"), dict) else {}
    fx_a = after.get("fx") if isinstance(after.get("fx"), dict) else {}
    flat_b, flat_a = flatten(fx_b or {}), flatten(fx_a or {})
    for key in sorted(set(flat_b) | set(flat_a)):
        # An effect at its default value is the same as no effect.
        default = FX_DEFAULTS.get(key)
        b, a = flat_b.get(key, default), flat_a.get(key, default)
        if b == a:
            continue
        if a is None or a == default:
            out.append(f"removed effect {key}")
        elif b is None or b == default:
            out.append(f"added effect {key} {value_text(a, key)}")
        else:
            out.append(f"effect {key} {value_text(b, key)} → {value_text(a, key)}")
    return out


def _size(size: tuple[Any, Any]) -> str:
    w, h = size
    return f"{value_text(w)}×{value_text(h)}"


def _value_change(label: str, b: Any, a: Any, had: bool, has: bool) -> list[str]:
    key = label.rsplit(" ", 1)[-1]
    if had and not has:
        return [f"{label} removed"]
    if has and not had:
        return [f"{label} {value_text(a, key)}"]
    if b != a:
        return [f"{label} {value_text(b, key)} → {value_text(a, key)}"]
    return []


def _segment_changes(prefix: str, track_b: Track, track_a: Track, b: Segment, a: Segment) -> list[str]:
    out: list[str] = []
    if (b.start_ms, b.end_ms) != (a.start_ms, a.end_ms):
        out.append(f"{prefix} now {span(a.start_ms, a.end_ms)}")
    if b.shown("text") != a.shown("text"):
        out.append(f'{prefix} text "{clean(b.shown("text") or "")}" → "{clean(a.shown("text") or "")}"')
    if (b.source, b.shown("name")) != (a.source, a.shown("name")):
        out.append(f"{prefix} source {segment_label(track_b, b)} → {segment_label(track_a, a)}")
    vol_b, vol_a = effective_volume(track_b, b), effective_volume(track_a, a)
    if abs(vol_b - vol_a) > 1e-9:
        out.append(f"{prefix} volume {percent(vol_b)} → {percent(vol_a)}")
    speed_b, speed_a = to_number(b.get("speed")) or 1.0, to_number(a.get("speed")) or 1.0
    if speed_b != speed_a:
        out.append(f"{prefix} speed {number(speed_b)}× → {number(speed_a)}×")
    in_b, in_a = to_number(b.get("in")) or 0.0, to_number(a.get("in")) or 0.0
    if in_b != in_a:
        out.append(f"{prefix} in-point {seconds(in_b)}s → {seconds(in_a)}s")
    rest_b = {str(k): v for k, v in b.to_json().items() if k not in _SPECIAL_SEGMENT_KEYS}
    rest_a = {str(k): v for k, v in a.to_json().items() if k not in _SPECIAL_SEGMENT_KEYS}
    for key in sorted(set(rest_b) | set(rest_a)):
        out.extend(_value_change(f"{prefix} {key}", rest_b.get(key), rest_a.get(key),
                                 key in rest_b, key in rest_a))
    return out


def _seg_key(seg: Segment) -> Any:
    return seg.shown("id")


def _track_changes(b: Track, a: Track) -> list[str]:
    label = track_label(a)
    out: list[str] = []
    if track_label(b) != label:
        out.append(f"renamed {track_label(b)} → {label}")
    if b.kind != a.kind:
        out.append(f"{label} kind {b.kind} → {a.kind}")
    if bool(b.get("muted")) != bool(a.get("muted")):
        out.append(f"{label} {'muted' if a.get('muted') else 'unmuted'}")
    # A segment without its own volume plays at the track's: its line below already says so.
    inherited = any(s.volume is None for s in (*b.segments, *a.segments))
    if b.volume != a.volume and not inherited:
        out.append(f"{label} track volume {percent(1.0 if b.volume is None else b.volume)} → "
                   f"{percent(1.0 if a.volume is None else a.volume)}")
    raw_b, raw_a = b.to_json(), a.to_json()
    for key in sorted((set(raw_b) | set(raw_a)) - _SPECIAL_TRACK_KEYS, key=str):
        out.extend(_value_change(f"{label} {key}", raw_b.get(key), raw_a.get(key),
                                 key in raw_b, key in raw_a))

    pairs, removed, added = pair(b.segments, a.segments, _seg_key)
    single = len(b.segments) == 1 and len(a.segments) == 1
    seg_lines: list[str] = []
    for sb, sa in pairs:
        prefix = label if single else f"{label} {segment_label(a, sa)}"
        seg_lines.extend(_segment_changes(prefix, b, a, sb, sa))
    for s in removed:
        seg_lines.append(f"removed {label} {segment_label(b, s)} {span(s.start_ms, s.end_ms)}")
    for s in added:
        seg_lines.append(f"added {label} {segment_label(a, s)} {span(s.start_ms, s.end_ms)}")
    if len(seg_lines) > MAX_LISTED_CHANGES:
        changed = len({id(sa) for sb, sa in pairs if _segment_changes("", b, a, sb, sa)})
        noun = "cues" if a.kind == "text" else "segments"
        counts = [f"{n} {what}" for n, what in ((len(added), "added"), (len(removed), "removed"),
                                                (changed, "changed")) if n]
        seg_lines = [f"{label} {noun}: " + ", ".join(counts) + f" (now {len(a.segments)}, "
                     f"{span(a.start_ms or 0, a.end_ms or 0)})"]
    return out + seg_lines


def diff(before: Any, after: Any) -> list[str]:
    """Changes from `before` to `after` as short phrases; [] when nothing a person would see changed."""
    out = _meta_changes(meta(before), meta(after))
    tb, ta = decode_tracks(before), decode_tracks(after)
    pairs, removed, added = _pair_tracks(tb, ta)
    for t in removed:
        out.append(f"removed {track_label(t)} {_contents(t)}")
    for b, a in pairs:
        out.extend(_track_changes(b, a))
    for t in sorted(added, key=lambda t: t.index):
        out.append(f"added {track_label(t)} {_contents(t)}")
    return out


def diff_text(before: Any, after: Any) -> str:
    """`diff` joined with "; " ("" when nothing changed)."""
    return "; ".join(diff(before, after))
