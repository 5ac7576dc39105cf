"""Example drafts shared by the timeline tests."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

DOCS = Path(__file__).resolve().parents[2] / "docs" / "draft.md"

# The protocol's example timeline (PROTOCOL.md §4).
PROTOCOL_EXAMPLE: dict[str, Any] = {
    "v": 1,
    "d": 10000,
    "m": {"title": "project", "width": 1920, "height": 1080, "fps": 30},
    "t": [
        {"tt": 0, "id": "video", "role": "main",
         "sg": [{"id": "s1", "start": 0, "d": 10000, "src": "m_1", "name": "city timelapse"}]},
        {"tt": 1, "id": "bgm", "role": "bgm",
         "sg": [{"id": "s2", "start": 0, "d": 10000, "src": "m_2", "name": "Lo-fi", "volume": 0.35}]},
        {"tt": 7, "id": "title", "role": "title",
         "sg": [{"id": "s3", "start": 0, "d": 3000, "text": "Urban Dreams"}]},
    ],
}
PROTOCOL_SUMMARY = (
    'Timeline (3 tracks): 1. Video: city timelapse (0-10s) 2. BGM: Lo-fi (0-10s, 35%) '
    '3. Title: "Urban Dreams" (0-3s)'
)


def example() -> dict[str, Any]:
    return copy.deepcopy(PROTOCOL_EXAMPLE)


def docs_example() -> dict[str, Any]:
    """The jsonc draft in docs/draft.md, comments stripped."""
    text = DOCS.read_text(encoding="utf-8")
    block = re.search(r"```jsonc\n(.*?)```", text, re.S)
    assert block is not None, "docs/draft.md has no jsonc block"
    body = re.sub(r"//[^\n]*", "", block.group(1))
    body = body.replace("…", "")
    return dict(json.loads(body))
