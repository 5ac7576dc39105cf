"""Times, amounts and lists the way a reply says them (shared by every operation's words)."""

from __future__ import annotations

from collections.abc import Iterable


def clock(ms: int | None) -> str:
    """0:02, 1:05, 1:02:03 (a tenth is shown when the time is not whole seconds)."""
    if ms is None:
        return "end"
    sec, rem = divmod(int(ms), 1000)
    h, sec = divmod(sec, 3600)
    m, sec = divmod(sec, 60)
    frac = f".{rem // 100}" if rem >= 100 else ""
    return f"{h}:{m:02d}:{sec:02d}{frac}" if h else f"{m}:{sec:02d}{frac}"


def secs(ms: int) -> str:
    return f"{ms / 1000:g} s"


def pct(v: float) -> str:
    return f"{round(v * 100)}%"


def span(a: int, b: int | None) -> str:
    return f"{clock(a)}–{clock(b)}"


def joined(parts: Iterable[str], last: str = " and ") -> str:
    """"a", "a and b", "a, b and c"."""
    items = list(parts)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + last + items[-1] if items else ""


def fades(what: str, fade_in_ms: int | None, fade_out_ms: int | None) -> str:
    """"faded the music in over 2 s and out over 3 s" (None = left as it was, 0 = taken off)."""
    ways = (("in", fade_in_ms), ("out", fade_out_ms))
    ends = [f"{way} over {secs(ms)}" for way, ms in ways if ms]
    offs = [way for way, ms in ways if ms == 0]
    if ends:
        return f"faded {what} " + joined(ends)
    return f"took the fade {joined(offs)} off {what}" if offs else f"left the fades on {what} as they were"
