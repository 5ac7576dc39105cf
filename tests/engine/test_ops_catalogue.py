"""The catalogue: schemas, generated docs (enforced), purity of every operation."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from tests.engine.analysis_fake import fill_runner_fields
from vidai_nb.engine.ops import (
    CATALOGUE,
    HANDLERS,
    MediaRef,
    OpError,
    apply,
    build_draft,
    catalogue_markdown,
    describe,
    parse_operation,
)
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft

DOCS = Path(__file__).resolve().parents[2] / "docs" / "operations.md"


def test_committed_docs_equal_the_generated_catalogue() -> None:
    assert DOCS.read_text(encoding="utf-8") == catalogue_markdown(), (
        "docs/operations.md is stale: regenerate it with "
        "python3 -c 'from vidai_nb.engine.ops import catalogue_markdown as c; "
        'open("docs/operations.md", "w").write(c())\''
    )


def test_every_operation_is_documented_with_description_and_example() -> None:
    text = catalogue_markdown()
    for name, model in CATALOGUE.items():
        assert model.description and model.example, name
        assert f"## `{name}`" in text
        assert model.example in text


def test_every_draft_operation_has_a_handler() -> None:
    from vidai_nb.engine.ops import EXPORT_OPS, HISTORY_OPS

    assert set(CATALOGUE) == set(HANDLERS) | EXPORT_OPS | HISTORY_OPS


@pytest.mark.parametrize(
    "bad",
    [
        {"op": "speed", "factor": 8},
        {"op": "keep_range", "start_ms": 5000, "end_ms": 1000},
        {"op": "set_aspect", "ratio": "3:2"},
        {"op": "add_title", "text": ""},
        {"op": "nope"},
        {"op": "trim", "head_ms": 1000, "extra": 1},
        {"op": "rotate", "degrees": 45},
    ],
)
def test_invalid_operations_are_rejected_by_the_schema(bad: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        parse_operation(bad)
    with pytest.raises(OpError, match="invalid operation"):
        apply(sample_draft(), bad, SAMPLE_MEDIA)


def test_describe_is_short_and_readable_in_both_languages() -> None:
    assert describe({"op": "keep_range", "start_ms": 2000, "end_ms": 10000}) == "kept 0:02–0:10"
    assert describe(parse_operation({"op": "add_title", "text": "Hi"})) == "added the title \u201cHi\u201d"
    assert describe({"op": "add_title", "text": "你好"}, "zh-CN") == "添加了标题\u201c你好\u201d"
    for name, model in CATALOGUE.items():
        example = _minimal(name)
        phrase = describe(parse_operation(example))
        assert phrase and len(phrase) < 120, (name, phrase)
        assert describe(parse_operation(example), "zh") != ""
        assert model is CATALOGUE[name]


def _minimal(name: str) -> dict[str, Any]:
    required: dict[str, dict[str, Any]] = {
        "split": {"at_ms": 1000},
        "delete_segment": {"index": 1},
        "move_segment": {"index": 1, "to_index": 2},
        "duplicate_segment": {"index": 1},
        "reorder": {"order": [1]},
        "concat": {"media_ids": ["clip.mp4"]},
        "add_clips": {"media_ids": ["b.mp4"]},
        "slideshow": {"media_ids": ["photo1.jpg"]},
        "speed": {"factor": 2},
        "freeze_frame": {"at_ms": 1000},
        "cut_sentences": {"query": "pricing"},
        "set_volume": {"volume": 0.5},
        "add_music": {"media_id": "music.mp3"},
        "add_title": {"text": "T"},
        "add_text": {"text": "T"},
        "set_aspect": {"ratio": "9:16"},
        "platform": {"name": "tiktok"},
        "resolution": {"max_height": 720},
        "rotate": {"degrees": 90},
        "add_logo": {"media_id": "logo.png"},
        "pip": {"media_id": "b.mp4"},
        "restore_version": {"version": 1},
        "keep_ranges": {"ranges": [{"start_ms": 0, "end_ms": 1000}]},
        "remove_ranges": {"ranges": [{"start_ms": 0, "end_ms": 1000}]},
    }
    return {"op": name, **required.get(name, {})}


OPS = st.one_of(
    st.builds(
        lambda a, n: {"op": "remove_range", "start_ms": a, "end_ms": a + n},
        st.integers(0, 100_000),
        st.integers(1, 30_000),
    ),
    st.builds(
        lambda a, n: {"op": "keep_range", "start_ms": a, "end_ms": a + n},
        st.integers(0, 100_000),
        st.integers(1, 60_000),
    ),
    st.builds(
        lambda h, t: {"op": "trim", "head_ms": h, "tail_ms": t},
        st.integers(0, 50_000),
        st.integers(0, 50_000),
    ),
    st.builds(
        lambda f, i: {"op": "speed", "factor": f, "index": i},
        st.sampled_from([0.25, 0.5, 1.5, 2.0, 4.0]),
        st.sampled_from([None, 1, 2, 3]),
    ),
    st.builds(lambda t: {"op": "split", "at_ms": t}, st.integers(1, 120_000)),
    st.builds(
        lambda t, d: {"op": "freeze_frame", "at_ms": t, "duration_ms": d},
        st.integers(0, 120_000),
        st.integers(100, 5000),
    ),
    st.builds(lambda i: {"op": "delete_segment", "index": i}, st.integers(1, 4)),
    st.builds(
        lambda i, j: {"op": "move_segment", "index": i, "to_index": j}, st.integers(1, 4), st.integers(1, 4)
    ),
    st.builds(
        lambda a, b: {"op": "add_text", "text": "x", "start_ms": a, "end_ms": a + b},
        st.integers(0, 100_000),
        st.integers(1, 50_000),
    ),
    st.sampled_from([_minimal(n) for n in HANDLERS]),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(OPS, min_size=1, max_size=6))
def test_any_sequence_keeps_the_draft_invariants_and_never_mutates(ops: list[dict[str, Any]]) -> None:
    draft = sample_draft(["clip.mp4", "b.mp4", "c.mp4"], music="music.mp3")
    draft["unknown_key"] = {"kept": True}
    for op in ops:
        before = copy.deepcopy(draft)
        try:
            new = apply(draft, fill_runner_fields(parse_operation(op), draft), SAMPLE_MEDIA)
        except OpError:
            assert draft == before
            continue
        assert draft == before, "apply mutated its input"
        main = next(t for t in new["t"] if t.get("role") == "main")
        pos = 0
        for seg in main["sg"]:
            assert seg["start"] == pos and seg["d"] > 0 and isinstance(seg["d"], int)
            assert isinstance(seg["in"], int) and seg["in"] >= 0
            pos += seg["d"]
        ends = [s["start"] + s["d"] for t in new["t"] for s in t["sg"]]
        assert new["d"] == max(ends) and new["unknown_key"] == {"kept": True}
        for t in new["t"]:
            assert [s["start"] for s in t["sg"]] == sorted(s["start"] for s in t["sg"])
            if t.get("tt") == 7:
                assert all(s["start"] + s["d"] <= pos for s in t["sg"]), "text outlives the programme"
        ids = [s["id"] for t in new["t"] for s in t["sg"]]
        assert len(ids) == len(set(ids)), "segment ids collide"
        draft = new


def test_build_draft_matches_the_engine_layout() -> None:
    d = build_draft([MediaRef("m1", "a.mp4", "video", 6000, 640, 360, True)])
    assert d["m"]["width"] == 640 and d["d"] == 6000
    (main,) = d["t"]
    assert (main["tt"], main["id"], main["role"]) == (0, "video", "main")
    assert main["sg"][0] == {
        "id": "s1",
        "start": 0,
        "d": 6000,
        "src": "m1",
        "name": "a.mp4",
        "kind": "video",
        "in": 0,
        "speed": 1.0,
        "volume": 1.0,
    }
