"""The registry: every operation has all its parts, and everything derived from it matches it."""

from __future__ import annotations

import json
import re
import types
import typing
from pathlib import Path
from typing import Any, Literal

import pytest

from vidai_nb.engine.ops import (
    CATALOGUE,
    EXPORT_OPS,
    HANDLERS,
    HISTORY_OPS,
    OpBase,
    Operation,
    OpError,
    apply,
    describe,
    intent,
    parse_operation,
)
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft
from vidai_nb.engine.ops.registry import REGISTRY, op_name, operation
from vidai_nb.engine.ops.schemas import OPERATION_ADAPTER

ROOT = Path(__file__).resolve().parents[2]
DOCS = (ROOT / "docs" / "operations.md").read_text(encoding="utf-8")
ROWS = [json.loads(line) for line in (ROOT / "benchmarks" / "data" / "requests.jsonl")
        .read_text(encoding="utf-8").splitlines() if line.strip()]
NAMES = {media_id: ref.name for media_id, ref in SAMPLE_MEDIA.items()}
# Words of the draft format and of audio engineering that a person reading a reply should not meet.
JARGON = {"loudnorm", "lufs", "bgm", "pip", "fx", "gray", "grey", "sidecar", "cue", "cues", "none", "null",
          "true", "false", "ms", "src", "tt"}


def _export_op(request: dict[str, Any]) -> OpBase:
    """A row's export request as the operation the planner read it from."""
    fields = {k: v for k, v in request.items() if k != "format"}
    fmt = request["format"]
    if fmt == "gif":
        return parse_operation({"op": "export_gif", **fields})
    if fmt == "jpg":
        return parse_operation({"op": "export_thumbnail", **fields})
    return parse_operation({"op": "export", "format": fmt, **fields})


def _expected_ops() -> dict[str, list[OpBase]]:
    """Every operation instance the evaluation set expects, by operation name."""
    out: dict[str, list[OpBase]] = {}
    for row in ROWS:
        ops = [parse_operation(o) for o in row["expect"]["ops"]]
        if row["expect"]["export"]:
            ops.append(_export_op(row["expect"]["export"]))
        for op in ops:
            out.setdefault(op_name(type(op)), []).append(op)
    return out


EXPECTED = _expected_ops()


def test_the_derived_union_and_tables_equal_the_registry() -> None:
    assert typing.get_origin(Operation) is typing.Annotated
    union = typing.get_args(Operation)[0]
    assert set(typing.get_args(union)) == {spec.model for spec in REGISTRY.values()}
    mapping = OPERATION_ADAPTER.json_schema()["discriminator"]["mapping"]
    assert set(mapping) == set(REGISTRY) == set(CATALOGUE)
    assert all(CATALOGUE[name] is spec.model for name, spec in REGISTRY.items())
    kinds = {k: {n for n, spec in REGISTRY.items() if spec.kind == k} for k in ("edit", "export", "history")}
    assert set(HANDLERS) == kinds["edit"]
    assert kinds["export"] == EXPORT_OPS and kinds["history"] == HISTORY_OPS
    assert all(HANDLERS[name] is REGISTRY[name].handler for name in HANDLERS)
    for name, spec in REGISTRY.items():  # a dict names its model by `op`
        assert type(parse_operation({"op": name, **_required(spec.model)})) is spec.model


@pytest.mark.parametrize("name", list(REGISTRY))
def test_every_operation_has_all_its_parts(name: str) -> None:
    spec = REGISTRY[name]
    # the model: its `op` is its name; a description and an example sentence for the docs and the LLM tools
    assert op_name(spec.model) == name and spec.model.description and spec.model.example
    # the handler takes this model (a handler registered under the wrong model would be a silent mix-up)
    assert typing.get_type_hints(spec.handler)["op"] is spec.model
    # the words, in both languages: what it is for and what it did (checked on real requests below)
    assert spec.ask and spec.ask_zh and "_" not in spec.ask
    assert re.search(r"[\u4e00-\u9fff]", spec.ask_zh)
    # requests in the evaluation set (benchmarks/data/requests.jsonl) that expect it
    assert EXPECTED.get(name), f"no request in the evaluation set expects {name}"
    # its entry in docs/operations.md (regenerated from the registry; test_ops_catalogue keeps it fresh)
    assert f"## `{name}`" in DOCS and spec.model.description in DOCS and spec.model.example in DOCS


@pytest.mark.parametrize("name", list(REGISTRY))
def test_replies_say_what_was_done_in_plain_words(name: str) -> None:
    for op in EXPECTED.get(name, []):
        en = describe(op, "en", NAMES)
        assert en and len(en) < 120 and en == en.strip(), (name, en)
        words = re.sub(r"\u201c.*?\u201d", "", en)  # the user's own text, quoted, is theirs
        for file_name in NAMES.values():
            words = words.replace(file_name, "")
        assert not re.search(r"[a-z]+_[a-z]+|\b[a-z]+\.[a-z]+\b", words), f"internal name: {en}"
        assert not set(re.findall(r"[a-z]+", words.lower())) & JARGON, f"jargon: {en}"
        zh = describe(op, "zh", NAMES)
        assert re.search(r"[\u4e00-\u9fff]", zh) and "_" not in re.sub(r"\u201c.*?\u201d", "", zh), (name, zh)


def test_effects_are_named_as_people_name_them() -> None:
    assert describe({"op": "loudnorm"}) == "evened out the loudness for social platforms"
    assert describe({"op": "color", "gray": True}) == "made it black and white"
    assert describe({"op": "color", "brightness": 0.15, "contrast": 1.2}) == (
        "set the brightness 15% above normal and set the contrast 20% above normal")
    assert describe({"op": "platform", "name": "tiktok"}).startswith("set it up for TikTok: 9:16 (vertical)")
    assert describe({"op": "set_aspect", "ratio": "1:1", "fit": "face"}) == (
        "changed the aspect to 1:1 (square), cropped to follow the face")
    assert describe({"op": "add_logo", "media_id": "m1"}, media_names={"m1": "logo.png"}) == (
        "added logo.png as a logo in the top right corner")
    assert describe({"op": "fade_music", "fade_out_ms": 3000}) == "faded the music out over 3 s"
    assert intent("loudnorm") == "even out the loudness" and intent("pip", "zh-CN") == "添加画中画"
    # not a whole operation (a planner that failed half-way): say what it was for, never raise
    assert describe({"op": "speed"}) == "change the speed"


def test_export_requests_leave_the_draft_and_history_is_not_applied() -> None:
    draft = sample_draft()
    for name in EXPORT_OPS:
        assert apply(draft, {"op": name}, SAMPLE_MEDIA) == draft
    for name in HISTORY_OPS:
        with pytest.raises(OpError, match="stored versions"):
            apply(draft, {"op": name, **_required(REGISTRY[name].model)}, SAMPLE_MEDIA)


def test_registering_a_broken_operation_fails_loudly() -> None:
    class Undocumented(OpBase):
        op: Literal["undocumented"] = "undocumented"

    class Twice(OpBase):
        op: Literal["trim"] = "trim"
        description = "x"
        example = "y"

    def handler(draft: dict[str, Any], op: Any, media: Any) -> dict[str, Any]:
        return draft

    with pytest.raises(ValueError, match="description and an example"):
        operation(Undocumented, ask="a", said="b", ask_zh="c", said_zh="d")(handler)
    with pytest.raises(ValueError, match="registered twice"):
        operation(Twice, ask="a", said="b", ask_zh="c", said_zh="d")(handler)
    assert "undocumented" not in REGISTRY and REGISTRY["trim"].model is not Twice


def _required(model: type[OpBase]) -> dict[str, Any]:
    """The first expected instance's required fields (every operation has one, see above)."""
    example = EXPECTED[op_name(model)][0].model_dump()
    return {k: example[k] for k, f in model.model_fields.items() if f.is_required()}


def _choices(annotation: Any) -> list[Any]:
    """The values a Literal or bool field (or an optional one) may take; [] for other types."""
    if annotation is bool:
        return [True, False]
    if typing.get_origin(annotation) is Literal:
        return list(typing.get_args(annotation))
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return [v for arg in typing.get_args(annotation) for v in _choices(arg)] + [None] * (
            type(None) in typing.get_args(annotation))
    return []


@pytest.mark.parametrize("name", list(REGISTRY))
def test_every_choice_of_every_field_has_words(name: str) -> None:
    """Each value of each enumerated field (positions, ratios, tracks, platforms …) is said in words."""
    spec = REGISTRY[name]
    base = EXPECTED[name][0].model_dump()
    for field, info in spec.model.model_fields.items():
        for value in _choices(info.annotation):
            if field == "op":
                continue
            op = spec.model.model_validate({**base, field: value})
            assert describe(op, "en", NAMES) and describe(op, "zh", NAMES), (name, field, value)
