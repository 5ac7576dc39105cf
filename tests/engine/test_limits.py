"""engine/limits: any JSON is either accepted or refused with DraftRefused (never another exception),
with and without the schema; limits are named."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vidai_nb.engine.limits import DraftLimits, DraftRefused, check_draft

LIMITS = DraftLimits()
SCALARS = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5)
KEYS = st.sampled_from(["t", "tt", "sg", "d", "m", "start", "speed", "freeze", "text", "size", "width",
                        "height", "in", "src", "x"])
JSON = st.recursive(
    SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(KEYS, inner, max_size=5),
    max_leaves=30,
)


@settings(max_examples=100, deadline=None)
@given(JSON, st.booleans())
def test_any_json_is_accepted_or_refused_cleanly(draft: Any, schema: bool) -> None:
    try:
        check_draft(draft, LIMITS, schema=schema)
    except DraftRefused as exc:
        assert exc.message and exc.limit


def seg(**kw: Any) -> dict[str, Any]:
    return {"id": "s1", "start": 0, "d": 1000, "src": "m1", **kw}


def draft(*segments: dict[str, Any], **meta: Any) -> dict[str, Any]:
    return {"v": 1, "m": {"width": 1920, "height": 1080, **meta}, "t": [{"tt": 0, "sg": list(segments)}]}


def test_limits_without_the_schema_still_apply_and_skip_type_errors() -> None:
    check_draft(draft(seg(speed="fast")), LIMITS, schema=False)  # a type slip is not a limit
    with pytest.raises(DraftRefused, match="speed"):
        check_draft(draft(seg(speed="fast")), LIMITS)
    with pytest.raises(DraftRefused) as exc:
        check_draft(draft(seg(freeze=True, d=9_999_999_000)), LIMITS, schema=False)
    assert exc.value.limit == "VIDAI_MAX_FREEZE_S"
    custom = DraftLimits(max_speed=8.0)
    check_draft(draft(seg(speed=8)), custom)  # the setting, not the schema's 4, decides
    with pytest.raises(DraftRefused, match=r"0\.25–4"):
        check_draft(draft(seg(speed=8)), LIMITS)
    check_draft(draft(seg(), width=2160, height=3840), LIMITS)  # 4K portrait fits
    with pytest.raises(DraftRefused, match="4096x2160"):
        check_draft(draft(seg(), width=4320, height=2160), LIMITS)
