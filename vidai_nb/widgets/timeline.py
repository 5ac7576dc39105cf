"""TimelineView: the current draft as a table (what changed highlighted) and as a picture."""

from __future__ import annotations

import html
from typing import Any

import ipywidgets as w
import pandas as pd

from vidai_nb import timeline as tl

# The columns a person reads; the full frame stays available as `TimelineView.frame`.
HEADERS = ["Track", "Kind", "Clip / text", "Start", "End", "Length", "Volume", "Effects"]
_COMPARED = ["start_ms", "end_ms", "source", "name", "text", "volume"]
FOLD_CUES = 4  # a text track with more segments than this shows as one row with a count

_CSS = """<style>
.vidai-tl { overflow-x: auto; max-width: 100%; }
.vidai-tl table { border-collapse: collapse; width: 100%; font-size: 12.5px; }
.vidai-tl th { text-align: left; border-bottom: 2px solid #ccd; padding: 3px 6px; background: #f3f5f8;
  color: #333; white-space: nowrap; }
.vidai-tl td { border-bottom: 1px solid #e6e8ec; padding: 3px 6px; color: #222; vertical-align: top; }
.vidai-tl td.t { font-variant-numeric: tabular-nums; white-space: nowrap; }
.vidai-tl tr.added td { background: #e3f6e5; }
.vidai-tl tr.changed td { background: #fff6d6; }
.vidai-tl tr.programme td { background: #f6f3fb; font-style: italic; }
.vidai-tl .changes { margin: 4px 0 6px; color: #555; font-size: 12.5px; }
.vidai-tl .empty { color: #777; padding: 8px; font-style: italic; }
.vidai-tl details summary { cursor: pointer; color: #1a4f9c; }
.vidai-tl details ol { margin: 4px 0 0 18px; padding: 0; max-height: 220px; overflow-y: auto; }
</style>"""


def clock(seconds: Any) -> str:
    """m:ss.s ("2:41.9"); empty for a missing value."""
    if seconds is None or (not isinstance(seconds, str) and pd.isna(seconds)):
        return ""
    s = max(0.0, float(seconds))
    minutes, rest = divmod(round(s, 1), 60)
    return f"{int(minutes)}:{rest:04.1f}"


def _pct(value: Any) -> str:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return f"{float(value) * 100:.0f} %"


def programme_effects(draft: dict[str, Any]) -> list[str]:
    """The whole-video effects (`m.fx`) in words a person uses."""
    fx = (draft.get("m") or {}).get("fx") or {}
    words: list[str] = []
    if fx.get("fade_in"):
        words.append(f"fades in over {fx['fade_in'] / 1000:g} s")
    if fx.get("fade_out"):
        words.append(f"fades out over {fx['fade_out'] / 1000:g} s")
    if fx.get("loudnorm") is not None:
        words.append(f"sound evened out ({fx['loudnorm']:g} LUFS, as platforms ask)")
    if fx.get("denoise"):
        words.append("background noise reduced")
    color = fx.get("color") or {}
    if color.get("gray"):
        words.append("black and white")
    if color.get("auto"):
        words.append("colours corrected automatically")
    for key, neutral, more, less in (("brightness", 0.0, "brighter", "darker"),
                                     ("contrast", 1.0, "more contrast", "less contrast"),
                                     ("saturation", 1.0, "more colourful", "less colourful")):
        value = color.get(key)
        if isinstance(value, int | float) and abs(value - neutral) > 1e-6:
            words.append(more if value > neutral else less)
    if fx.get("rotate"):
        words.append(f"turned {fx['rotate']}°")
    if fx.get("hflip"):
        words.append("mirrored")
    if fx.get("vflip"):
        words.append("upside down")
    if fx.get("max_height"):
        words.append(f"at most {fx['max_height']}p")
    known = {"fade_in", "fade_out", "loudnorm", "denoise", "color", "rotate", "hflip", "vflip", "max_height"}
    words += [str(k).replace("_", " ") for k, v in fx.items() if k not in known and v not in (None, False, 0)]
    return words


def segment_effects(track: dict[str, Any], seg: dict[str, Any]) -> list[str]:
    """What is done to one clip, in words ("2× speed", "fades in from the previous clip")."""
    words: list[str] = []
    speed = seg.get("speed")
    if isinstance(speed, int | float) and abs(speed - 1.0) > 1e-6:
        words.append(f"{speed:g}× speed")
    if seg.get("freeze"):
        words.append("frozen frame")
    tr = seg.get("transition")
    if isinstance(tr, dict) and tr.get("type"):
        words.append(f"{tr['type']} from the previous clip ({int(tr.get('d') or 0) / 1000:g} s)")
    if seg.get("fade_in"):
        words.append(f"fades in {seg['fade_in'] / 1000:g} s")
    if seg.get("fade_out"):
        words.append(f"fades out {seg['fade_out'] / 1000:g} s")
    if seg.get("loop"):
        words.append("loops")
    if seg.get("duck"):
        words.append("quieter under speech")
    if track.get("muted"):
        words.append("track muted")
    if seg.get("style") and seg.get("text") is not None:
        words.append(f"{seg['style']} text")
    if seg.get("pos") and not isinstance(seg.get("pos"), dict) and seg.get("pos") != "center":
        words.append(str(seg["pos"]).replace("-", " "))
    return words


def _volume(track: dict[str, Any], seg: dict[str, Any]) -> str:
    if track.get("muted"):
        return "muted"
    gain = 1.0
    shown = False
    for value in (track.get("volume"), seg.get("volume")):
        if isinstance(value, int | float):
            gain *= float(value)
            shown = True
    return _pct(gain) if shown and track.get("tt") != 7 else ""


_KINDS = {0: "video", 1: "audio", 7: "text"}


def _key(row: pd.Series) -> tuple[Any, ...]:
    # Segments are matched by ids when the draft has them, else by position.
    return (row["track_id"] or row["track"], row["segment_id"] or row["segment"])


def changed_rows(before: Any, after: Any) -> dict[int, str]:
    """Row index in `to_frame(after)` → "added" | "changed" (rows equal to `before` are left out)."""
    old = tl.to_frame(before) if before else tl.to_frame(None)
    new = tl.to_frame(after)
    old_rows = {_key(r): r for _, r in old.iterrows()}
    marks: dict[int, str] = {}
    for idx, row in new.iterrows():
        prev = old_rows.get(_key(row))
        if prev is None:
            marks[int(idx)] = "added"  # type: ignore[call-overload]
        elif any(not _same(prev[c], row[c]) for c in _COMPARED):
            marks[int(idx)] = "changed"  # type: ignore[call-overload]
    return marks


def _same(a: Any, b: Any) -> bool:
    if pd.isna(a) and pd.isna(b):
        return True
    return bool(a == b)


def table_html(draft: Any, before: Any = None) -> str:
    """An HTML table of the draft: times as m:ss.s, one row per clip (a text track with many cues is one
    row with a count, expandable), effects in words; rows added or changed since `before` highlighted."""
    frame = tl.to_frame(draft)
    if frame.empty:
        return (_CSS + '<div class="vidai-tl"><div class="empty">'
                "The timeline is empty: upload a clip to start.</div></div>")
    raw = tl.coerce_draft(draft) or {}
    marks = changed_rows(before, draft) if before is not None else {}
    changes = tl.diff(before, draft) if before is not None else []
    parts = [_CSS, '<div class="vidai-tl">']
    if changes:
        parts.append('<div class="changes">✎ ' + html.escape("; ".join(changes)) + "</div>")
    parts.append("<table><tr>" + "".join(f"<th>{h}</th>" for h in HEADERS) + "</tr>")
    whole = programme_effects(raw)
    if whole:
        parts.append(f'<tr class="programme"><td>Whole video</td><td></td><td></td><td class="t">0:00.0</td>'
                     f'<td class="t">{clock((raw.get("d") or 0) / 1000)}</td><td></td><td></td>'
                     f"<td>{html.escape(', '.join(whole))}</td></tr>")
    tracks = list(raw.get("t") or [])
    for t_idx, track in enumerate(tracks):
        segs = list(track.get("sg") or [])
        sub = frame[frame["track"] == t_idx]
        name = str(track.get("name") or _KINDS.get(track.get("tt"), "track"))
        kind = _KINDS.get(track.get("tt"), f"unknown({track.get('tt')})")
        if track.get("tt") == 7 and len(segs) > FOLD_CUES:
            idxs = [int(i) for i in sub.index]
            mark = "changed" if any(i in marks for i in idxs) else ""
            cues = "".join(f"<li>{clock(r['start_s'])} {html.escape(str(r['text'] or ''))}</li>"
                           for _, r in sub.iterrows())
            label = (f"<details><summary>{len(segs)} cues</summary><ol>{cues}</ol></details>")
            start = clock(sub["start_s"].min())
            end = clock(sub["end_s"].max())
            parts.append(f'<tr class="{mark}"><td>{html.escape(name)}</td><td>{kind}</td><td>{label}</td>'
                         f'<td class="t">{start}</td><td class="t">{end}</td>'
                         f'<td class="t">{clock(sub["end_s"].max() - sub["start_s"].min())}</td><td></td>'
                         f"<td>{html.escape(', '.join(segment_effects(track, segs[0])))}</td></tr>")
            continue
        for idx, row in sub.iterrows():
            n = int(row["segment"])
            seg = segs[n] if n < len(segs) and isinstance(segs[n], dict) else {}
            text = row["text"]
            label = text if isinstance(text, str) and text else row["name"] or row["source"] or ""
            cells = [html.escape(name), kind, html.escape(str(label)),
                     clock(row["start_s"]), clock(row["end_s"]), clock(row["duration_s"]),
                     _volume(track, seg), html.escape(", ".join(segment_effects(track, seg)))]
            tds = "".join(f'<td class="t">{c}</td>' if 3 <= i <= 5 else f"<td>{c}</td>"
                          for i, c in enumerate(cells))
            parts.append(f'<tr class="{marks.get(int(idx), "")}">{tds}</tr>')  # type: ignore[call-overload]
    parts.append("</table></div>")
    return "".join(parts)


class TimelineView(w.VBox):
    """`TimelineView(draft)`; `.show(draft)` refreshes it, highlighting what changed since last time."""

    def __init__(self, draft: Any = None, *, picture: bool = True, **kwargs: Any) -> None:
        self.summary = w.HTML()
        self.table = w.HTML()
        self.picture = w.Image(format="png", layout=w.Layout(width="100%", max_width="900px"))
        self.picture.layout.display = "" if picture else "none"
        # The picture first: it is what the eye reads; the table below it holds the details.
        super().__init__([self.summary, self.picture, self.table], **kwargs)
        self.add_class("vidai-timeline")
        self.draft: dict[str, Any] | None = None
        self.previous: dict[str, Any] | None = None
        self.show(draft)

    @property
    def frame(self) -> pd.DataFrame:
        """The full pandas table of the current draft (timeline.to_frame)."""
        return tl.to_frame(self.draft)

    def show(self, draft: Any) -> None:
        self.previous, self.draft = self.draft, tl.coerce_draft(draft) if draft else None
        text = tl.summary(self.draft) if self.draft else "Timeline (0 tracks)"
        self.summary.value = f"<b>{html.escape(text)}</b>"
        self.table.value = table_html(self.draft, self.previous)
        if self.draft and not self.frame.empty:
            self.picture.value = tl.to_png(self.draft)
            self.picture.layout.visibility = "visible"
        else:
            self.picture.layout.visibility = "hidden"
