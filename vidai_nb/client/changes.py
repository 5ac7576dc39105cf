"""What changed between two drafts, and the track summary — delegated to `vidai_nb.timeline`.

The timeline part owns the draft's meaning; the small fallbacks here only keep the client usable
if that part cannot be imported (they never decide anything the timeline part decides better).
"""

from __future__ import annotations

from typing import Any


def is_ready(draft: dict[str, Any] | None) -> bool:
    """Ready to export: some track has a non-empty `sg` (PROTOCOL.md §4)."""
    try:
        from vidai_nb.timeline import is_ready as timeline_is_ready
    except ImportError:
        tracks = (draft or {}).get("t") if isinstance(draft, dict) else None
        return isinstance(tracks, list) and any(isinstance(t, dict) and t.get("sg") for t in tracks)
    return bool(timeline_is_ready(draft or {}))


def draft_changes(before: dict[str, Any] | None, after: dict[str, Any] | None) -> list[str]:
    """Human sentences for what changed from `before` to `after` (empty when nothing did)."""
    if before == after:
        return []
    try:
        from vidai_nb.timeline import diff
    except ImportError:
        return ["The timeline changed."]
    return [str(line) for line in diff(before or {}, after or {})]


def summary(draft: dict[str, Any] | None) -> str:
    """The one-line track summary (PROTOCOL.md §4 format)."""
    try:
        from vidai_nb.timeline import summary as timeline_summary
    except ImportError:
        tracks = (draft or {}).get("t") or []
        return f"Timeline ({len(tracks)} tracks)"
    return str(timeline_summary(draft or {}))
