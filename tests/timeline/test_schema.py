"""DRAFT_JSON_SCHEMA agrees with docs/draft.md, and the schema helpers."""

from __future__ import annotations

from typing import Any

import pytest

from tests.timeline.drafts import docs_example, example
from vidai_nb.timeline.schema import (
    DRAFT_JSON_SCHEMA,
    TT_AUDIO,
    TT_TEXT,
    TT_VIDEO,
    empty_draft,
    schema_errors,
    track_kind,
)

pytest.importorskip("jsonschema")


def test_docs_example_and_protocol_example_are_valid() -> None:
    assert schema_errors(docs_example()) == []
    assert schema_errors(example()) == []
    assert schema_errors(empty_draft()) == []


def test_schema_is_itself_valid() -> None:
    import jsonschema

    jsonschema.Draft202012Validator.check_schema(DRAFT_JSON_SCHEMA)


def _keys(schema: dict[str, Any]) -> set[str]:
    return set(schema.get("properties", {}))


def test_every_key_in_the_docs_is_in_the_schema() -> None:
    doc = docs_example()
    props = DRAFT_JSON_SCHEMA["properties"]
    assert set(doc) <= _keys(DRAFT_JSON_SCHEMA)
    assert set(doc["m"]) <= _keys(props["m"])
    assert set(doc["m"]["fx"]) <= _keys(props["m"]["properties"]["fx"])
    track_schema = props["t"]["items"]
    segment_schema = track_schema["properties"]["sg"]["items"]
    for track in doc["t"]:
        assert set(track) <= _keys(track_schema), track
        for seg in track["sg"]:
            assert set(seg) <= _keys(segment_schema), seg


@pytest.mark.parametrize(
    ("edit", "where"),
    [
        (lambda d: d["t"][0]["sg"][0].update(start=1.5), "t/0/sg/0/start"),
        (lambda d: d["t"][0]["sg"][0].update(d=-1), "t/0/sg/0/d"),
        (lambda d: d["t"][0]["sg"][0].pop("d"), "t/0/sg/0"),
        (lambda d: d["t"][2]["sg"][0].update(style="sparkly"), "t/2/sg/0/style"),
        (lambda d: d["t"][0].update(tt="0"), "t/0/tt"),
        (lambda d: d["m"].update(fit="stretch"), "m/fit"),
        (lambda d: d.pop("t"), "(root)"),
    ],
)
def test_schema_rejects_what_the_engine_never_writes(edit: Any, where: str) -> None:
    d = example()
    edit(d)
    errors = schema_errors(d)
    assert errors and errors[0].startswith(f"{where}:")


def test_unknown_keys_and_track_types_are_allowed() -> None:
    d = example()
    d["t"].append({"tt": 42, "sg": [{"start": 0, "d": 1, "glow": 3}], "layer": 2})
    d["extra"] = {"anything": True}
    assert schema_errors(d) == []


def test_constants_and_kinds() -> None:
    assert (TT_VIDEO, TT_AUDIO, TT_TEXT) == (0, 1, 7)
    assert [track_kind(t) for t in (0, 1, 7, 3, True, None)] == [
        "video", "audio", "text", "unknown(3)", "unknown(True)", "unknown(None)"]
