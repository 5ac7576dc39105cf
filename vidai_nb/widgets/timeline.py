"""TimelineView: the current draft as a table (what changed highlighted) and as a picture."""

from __future__ import annotations

import html
from typing import Any

import ipywidgets as w
import pandas as pd

from vidai_nb import timeline as tl

# The columns a person reads; the full frame stays available as `TimelineView.frame`.
SHOWN = ["track_name", "track_kind", "label", "start_s", "end_s", "duration_s", "volume"]
HEADERS = {"track_name": "Track", "track_kind": "Kind", "label": "Clip / text", "start_s": "Start (s)",
           "end_s": "End (s)", "duration_s": "Length (s)", "volume": "Volume"}
_COMPARED = ["start_ms", "end_ms", "source", "name", "text", "volume"]

_CSS = """<style>
.vidai-tl table { border-collapse: collapse; width: 100%; font-size: 12.5px; }
.vidai-tl th { text-align: left; border-bottom: 2px solid #ccd; padding: 3px 6px; background: #f3f5f8;
  color: #333; }
.vidai-tl td { border-bottom: 1px solid #e6e8ec; padding: 3px 6px; color: #222; }
.vidai-tl tr.added td { background: #e3f6e5; }
.vidai-tl tr.changed td { background: #fff6d6; }
.vidai-tl .changes { margin: 4px 0 6px; color: #555; font-size: 12.5px; }
.vidai-tl .empty { color: #777; padding: 8px; font-style: italic; }
</style>"""


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
    """An HTML table of the draft; rows added or changed since `before` are highlighted."""
    frame = tl.to_frame(draft)
    if frame.empty:
        return (_CSS + '<div class="vidai-tl"><div class="empty">'
                "The timeline is empty: upload a clip to start.</div></div>")
    marks = changed_rows(before, draft) if before is not None else {}
    changes = tl.diff(before, draft) if before is not None else []
    parts = [_CSS, '<div class="vidai-tl">']
    if changes:
        parts.append('<div class="changes">✎ ' + html.escape("; ".join(changes)) + "</div>")
    parts.append("<table><tr>" + "".join(f"<th>{HEADERS[c]}</th>" for c in SHOWN) + "</tr>")
    for idx, row in frame.iterrows():
        text = row["text"]
        label = text if isinstance(text, str) and text else row["name"] or row["source"] or ""
        cells = {**row.to_dict(), "label": label}
        tds = "".join(f"<td>{html.escape(_fmt(cells[c]))}</td>" for c in SHOWN)
        parts.append(f'<tr class="{marks.get(int(idx), "")}">{tds}</tr>')  # type: ignore[call-overload]
    parts.append("</table></div>")
    return "".join(parts)


def _fmt(value: Any) -> str:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    if isinstance(value, float):
        return f"{value:.2f}".rstrip("0").rstrip(".")
    return str(value)


class TimelineView(w.VBox):
    """`TimelineView(draft)`; `.show(draft)` refreshes it, highlighting what changed since last time."""

    def __init__(self, draft: Any = None, *, picture: bool = True, **kwargs: Any) -> None:
        self.summary = w.HTML()
        self.table = w.HTML()
        self.picture = w.Image(format="png", layout=w.Layout(width="100%", max_width="900px"))
        self.picture.layout.display = "" if picture else "none"
        super().__init__([self.summary, self.table, self.picture], **kwargs)
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
