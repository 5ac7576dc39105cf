"""Is a draft ready to export? (PROTOCOL.md §4: some track has a non-empty `sg`.)"""

from __future__ import annotations

from typing import Any

from vidai_nb.timeline.decode import coerce_draft


def readiness(draft: Any) -> tuple[bool, str]:
    """(ready, reason): the reason says why not, or what will be exported."""
    d = coerce_draft(draft)
    if not d:
        return False, "there is no draft yet (nothing has been edited)"
    tracks = d.get("t")
    if tracks is None:
        return False, "the draft has no tracks yet"
    if not isinstance(tracks, list):
        return False, "the draft's track list (t) is not a list"
    dict_tracks = [t for t in tracks if isinstance(t, dict)]
    if not dict_tracks:
        return False, "the draft has no tracks yet"
    filled = [t for t in dict_tracks if isinstance(t.get("sg"), list) and t["sg"]]
    if not filled:
        n = len(dict_tracks)
        return False, f"no track has any segments ({n} empty track{'s' if n != 1 else ''})"
    count = sum(len(t["sg"]) for t in filled)
    return True, (
        f"ready to export: {count} segment{'s' if count != 1 else ''} "
        f"on {len(filled)} track{'s' if len(filled) != 1 else ''}"
    )


def is_ready(draft: Any) -> bool:
    return readiness(draft)[0]
