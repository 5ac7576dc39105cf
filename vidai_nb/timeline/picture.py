"""A picture of the timeline: tracks as lanes, segments as labelled bars on a seconds axis.

Uses matplotlib's object API with the Agg canvas (no pyplot state, no display needed).
"""

from __future__ import annotations

import io
import logging
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg
from matplotlib.figure import Figure
from matplotlib.text import Text

from vidai_nb.timeline.decode import to_number
from vidai_nb.timeline.fonts import families_for
from vidai_nb.timeline.labels import (
    clean,
    effective_volume,
    number,
    percent,
    seconds,
    segment_label,
    shows_volume,
    track_label,
)
from vidai_nb.timeline.model import Track, decode_tracks, meta

# One colour per kind (Tableau-like, readable with white text).
KIND_COLORS: dict[str, str] = {"video": "#4C72B0", "audio": "#55A868", "text": "#C44E52"}
UNKNOWN_COLOR = "#8C8C8C"
LANE_HEIGHT_IN = 0.42
MAX_LABELLED = 40  # segments per lane drawn and labelled one by one


def kind_color(kind: str) -> str:
    return KIND_COLORS.get(kind, UNKNOWN_COLOR)


def _safe(text: str) -> str:
    """Printable characters only, and `$` escaped so matplotlib never reads a label as mathtext."""
    return "".join(ch for ch in text if ch.isprintable()).replace("$", r"\$")


def _lane_label(number: int, track: Track) -> str:
    return _safe(clean(f"{number}. {track_label(track)}", 28))


def _bar_label(track: Track, seg: Any) -> str:
    label = clean(segment_label(track, seg), 32)
    if shows_volume(track):
        vol = effective_volume(track, seg)
        if abs(vol - 1.0) > 1e-9:
            label += f" · {percent(vol)}"
    speed = to_number(seg.get("speed"))
    if speed is not None and speed != 1.0:
        label += f" · ×{number(speed)}"
    return _safe(label)


@contextmanager
def _quiet_glyphs() -> Iterator[None]:
    """Missing glyphs (emoji, rare scripts) draw as boxes; that is not worth a warning per label."""
    # The packaged CJK font is variable (one "thin" instance); matplotlib logs that on every lookup.
    font_log = logging.getLogger("matplotlib.font_manager")
    level = font_log.level
    font_log.setLevel(logging.ERROR)
    try:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message=r"Glyph .* missing from font")
            # Absurd labels can leave no room for the axes; the picture is still drawn.
            warnings.filterwarnings("ignore", message=r"constrained_layout not applied")
            yield
    finally:
        font_log.setLevel(level)


def _fit_label(text: Text, renderer: RendererAgg, ax: Axes, bar_end: float, free_until: float,
               total_s: float) -> None:
    """Keep a label inside its bar; else just after the bar if the lane is free there; else hide it.

    Overlapping text is worse than a bare bar (subtitle cues are often too short to be labelled).
    """
    to_data = ax.transData.inverted()
    if text.get_window_extent(renderer).transformed(to_data).x1 <= bar_end:
        return
    text.set_x(bar_end + total_s * 0.006)
    text.set_color("#333333")
    if text.get_window_extent(renderer).transformed(to_data).x1 > free_until:
        text.set_visible(False)


def _draw(ax: Axes, tracks: list[Track], title: str) -> None:
    lanes = [_lane_label(i + 1, t) for i, t in enumerate(tracks)]
    bars = [[_bar_label(t, s) for s in t.segments] if len(t.segments) <= MAX_LABELLED else [] for t in tracks]
    family = families_for([title, *lanes, *(b for lane in bars for b in lane)])
    end_ms = max((t.end_ms or 0 for t in tracks), default=0)
    total_s = max(end_ms / 1000, 1.0)
    ax.set_xlim(0, total_s * 1.02)
    ax.set_ylim(len(tracks) - 0.5, -0.5)  # track 1 on top
    ax.set_yticks(range(len(tracks)), lanes, fontfamily=family)
    ax.set_xlabel("seconds")
    ax.grid(axis="x", color="#dddddd", linewidth=0.8)
    ax.set_axisbelow(True)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.tick_params(axis="y", length=0)
    if title:
        ax.set_title(title, loc="left", fontsize=10, color="#333333", fontfamily=family)
    fig = ax.figure
    renderer = fig.canvas.get_renderer() if isinstance(fig.canvas, FigureCanvasAgg) else None
    for lane, track in enumerate(tracks):
        color = kind_color(track.kind)
        if len(track.segments) > MAX_LABELLED:
            # Dense lanes (word-level subtitles): one collection, no per-bar labels; fast and legible.
            spans = [(s.start_ms / 1000, max(s.duration_ms / 1000, total_s * 0.002)) for s in track.segments]
            ax.broken_barh(spans, (lane - 0.31, 0.62), facecolors=color, edgecolor="white", linewidth=0.5)
            continue
        for seg, label in zip(track.segments, bars[lane], strict=True):
            x0, width = seg.start_ms / 1000, max(seg.duration_ms / 1000, total_s * 0.002)
            ax.barh(lane, width, left=x0, height=0.62, color=color, edgecolor="white", linewidth=1)
            text = ax.text(x0 + total_s * 0.006, lane, label, va="center", ha="left", fontsize=8,
                           color="white", clip_on=True, fontfamily=family)
            if renderer is not None:
                free_until = min((s.start_ms / 1000 for s in track.segments if s.start_ms >= seg.end_ms),
                                 default=total_s * 1.02)
                _fit_label(text, renderer, ax, x0 + width, free_until, total_s)
        if not track.segments:
            ax.text(0.01 * total_s, lane, "(empty)", va="center", fontsize=8, color="#999999")


def plot(draft: Any, ax: Axes | None = None) -> Figure:
    """Draw the timeline of `draft` (any form `to_frame` accepts) and return the Figure."""
    tracks = decode_tracks(draft)
    m = meta(draft)
    end_ms = max((t.end_ms or 0 for t in tracks), default=0)
    title_bits = [str(m["title"])] if isinstance(m.get("title"), str) and m.get("title") else []
    if m.get("width") and m.get("height"):
        title_bits.append(f"{m['width']}×{m['height']}")
    title_bits.append(f"{seconds(end_ms)}s")
    title = _safe(clean(" · ".join(title_bits), 80))
    if ax is None:
        fig = Figure(figsize=(9, 0.7 + LANE_HEIGHT_IN * max(len(tracks), 1)), dpi=100, layout="constrained")
        FigureCanvasAgg(fig)
        ax = fig.add_subplot()
    else:
        parent = ax.get_figure()
        assert isinstance(parent, Figure)
        fig = parent
    if not tracks:
        ax.set_axis_off()
        ax.text(0.5, 0.5, "empty timeline", ha="center", va="center", color="#999999", transform=ax.transAxes)
        return fig
    with _quiet_glyphs():
        _draw(ax, tracks, title)
    return fig


def _render(draft: Any, fmt: str) -> bytes:
    fig = plot(draft)
    buf = io.BytesIO()
    with _quiet_glyphs():
        fig.savefig(buf, format=fmt, dpi=110 if fmt == "png" else None)
    return buf.getvalue()


def to_svg(draft: Any) -> str:
    """The timeline picture as SVG text."""
    return _render(draft, "svg").decode("utf-8")


def to_png(draft: Any) -> bytes:
    """The timeline picture as PNG bytes."""
    return _render(draft, "png")
