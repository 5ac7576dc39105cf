"""Is a draft ready to export? (PROTOCOL.md §4: some track has a non-empty `sg`.)"""

from __future__ import annotations

from typing import Any

from vidai_nb.timeline.decode import coerce_draft
from vidai_nb.timeline.model import Draft


def readiness(draft: Any) -> tuple[bool, str]:
    """(ready, reason): the reason says why not, or what will be exported."""
    raw = coerce_draft(draft)
    if not raw:
        return False, "there is no draft yet (nothing has been edited)"
    if raw.get("t") is None:
        return False, "the draft has no tracks yet"
    model = Draft.decode(raw)
    if "t" in model.extra:
        return False, "the draft's track list (t) is not a list"
    if not model.tracks:
        return False, "the draft has no tracks yet"
    filled = [t for t in model.tracks if t.items]
    if not filled:
        n = len(model.tracks)
        return False, f"no track has any segments ({n} empty track{'s' if n != 1 else ''})"
    count = sum(t.items for t in filled)
    return True, (
        f"ready to export: {count} segment{'s' if count != 1 else ''} "
        f"on {len(filled)} track{'s' if len(filled) != 1 else ''}"
    )


def is_ready(draft: Any) -> bool:
    return readiness(draft)[0]
