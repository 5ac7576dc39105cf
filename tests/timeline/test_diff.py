"""diff / diff_text: what changed between two drafts, in words."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

from tests.timeline.drafts import docs_example, example
from vidai_nb.timeline import diff, diff_text, empty_draft

Edit = Callable[[dict[str, Any]], None]


def _edited(edit: Edit) -> dict[str, Any]:
    d = example()
    edit(d)
    return d


def _set(path: list[Any], value: Any) -> Edit:
    def edit(d: dict[str, Any]) -> None:
        node: Any = d
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value
    return edit


def test_issue_example() -> None:
    before = example()
    before["t"] = before["t"][:1]
    before["t"][0]["sg"][0]["d"] = 6000
    after = example()
    after["t"] = [after["t"][0], after["t"][2]]
    assert diff_text(before, after) == 'Video now 0-10s; added Title "Urban Dreams" 0-3s'


def test_nothing_changed() -> None:
    assert diff(example(), example()) == []
    assert diff(docs_example(), copy.deepcopy(docs_example())) == []
    assert diff(None, {}) == []
    assert diff_text(example(), example()) == ""


def test_wrapped_forms_compare_equal() -> None:
    assert diff({"draft": example()}, example()) == []


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (_set(["t", 1, "sg", 0, "volume"], 0.5), ["BGM volume 35% → 50%"]),
        (_set(["t", 1, "sg", 0, "volume"], 1.0), ["BGM volume 35% → 100%"]),
        (_set(["m", "width"], 1080), ["canvas 1920×1080 → 1080×1080"]),
        (_set(["t", 2, "sg", 0, "text"], "City Dreams"), ['Title text "Urban Dreams" → "City Dreams"']),
        (_set(["t", 0, "sg", 0, "speed"], 2), ["Video speed 1× → 2×"]),
        (_set(["t", 0, "sg", 0, "in"], 2000), ["Video in-point 0s → 2s"]),
        (_set(["t", 0, "sg", 0, "name"], "beach"), ["Video source city timelapse → beach"]),
        (_set(["t", 2, "sg", 0, "start"], 1000), ["Title now 1-4s"]),
        (_set(["t", 2, "sg", 0, "style"], "boxed"), ["Title style boxed"]),
        (_set(["t", 0, "sg", 0, "transition"], {"type": "fade", "d": 500}), ["Video transition fade 0.5s"]),
        (_set(["t", 1, "muted"], True), ["BGM muted"]),
        (_set(["t", 1, "name"], "Music"), ["renamed BGM → Music"]),
        (_set(["m", "fps"], 25), ["fps 30 → 25"]),
        (_set(["m", "fx"], {"loudnorm": -14}), ["added effect loudnorm -14"]),
        (_set(["d"], 99999), []),  # derived total: not a change a person makes
        (lambda d: d["t"].pop(1), ["removed BGM Lo-fi 0-10s"]),
        (lambda d: d["t"][0]["sg"].append({"id": "s9", "start": 10000, "d": 2000, "name": "b.mp4"}),
         ["added Video b.mp4 10-12s"]),
        (lambda d: d["t"].append({"tt": 1, "role": "voiceover", "sg": []}), ["added Voiceover (empty)"]),
    ],
)
def test_single_changes(edit: Edit, expected: list[str]) -> None:
    assert diff(example(), _edited(edit)) == expected


def test_canvas_rotation_wording() -> None:
    after = _edited(_set(["m", "width"], 1080))
    after["m"]["height"] = 1920
    assert diff(example(), after) == ["canvas 1920×1080 → 1080×1920"]


def test_effect_changes_and_removal() -> None:
    a = _edited(_set(["m", "fx"], {"loudnorm": -14, "color": {"gray": False}, "denoise": True}))
    b = _edited(_set(["m", "fx"], {"loudnorm": -16, "color": {"gray": True}}))
    assert diff(a, b) == ["added effect color.gray on", "removed effect denoise", "effect loudnorm -14 → -16"]


def test_effects_at_their_defaults_are_no_effect() -> None:
    a = _edited(_set(["m", "fx"], {"fade_in": 0, "color": {"contrast": 1.0}}))
    assert diff(example(), a) == []
    b = _edited(_set(["m", "fx"], {"fade_in": 1500, "color": {"contrast": 1.2}}))
    assert diff(a, b) == ["added effect color.contrast 1.2", "added effect fade_in 1.5s"]


def test_segments_match_by_id_not_position() -> None:
    before = {"t": [{"tt": 0, "sg": [{"id": "a", "start": 0, "d": 1000, "name": "A"},
                                     {"id": "b", "start": 1000, "d": 1000, "name": "B"}]}]}
    after = {"t": [{"tt": 0, "sg": [{"id": "b", "start": 0, "d": 1000, "name": "B"}]}]}
    assert diff(before, after) == ["Video B now 0-1s", "removed Video A 0-1s"]


def test_segments_without_id_match_by_position() -> None:
    before = {"t": [{"tt": 0, "sg": [{"d": 1000, "name": "A"}, {"d": 1000, "name": "B"}]}]}
    after = {"t": [{"tt": 0, "sg": [{"d": 1000, "name": "A"}]}]}
    assert diff(before, after) == ["removed Video B 1-2s"]


def test_tracks_without_id_match_within_kind() -> None:
    before = {"t": [{"tt": 0, "sg": [{"d": 1000, "name": "A"}]}]}
    after = {"t": [{"tt": 7, "sg": [{"d": 1000, "text": "Hi"}]}, {"tt": 0, "sg": [{"d": 2000, "name": "A"}]}]}
    assert diff(before, after) == ["Video now 0-2s", 'added Text "Hi" 0-1s']


def test_many_cue_changes_are_counted() -> None:
    cues = [{"start": i * 1000, "d": 900, "text": f"l{i}"} for i in range(10)]
    more = [{"start": i * 1000, "d": 900, "text": f"L{i}"} for i in range(12)]
    before = {"t": [{"tt": 7, "role": "subtitle", "sg": cues}]}
    after = {"t": [{"tt": 7, "role": "subtitle", "sg": more}]}
    assert diff(before, after) == ["Subtitles cues: 2 added, 10 changed (now 12, 0-11.9s)"]


def test_from_nothing_lists_everything() -> None:
    out = diff(None, example())
    assert out[0] == "canvas 1920×1080"
    assert out[-3:] == ["added Video city timelapse 0-10s", "added BGM Lo-fi 0-10s",
                        'added Title "Urban Dreams" 0-3s']


def test_empty_draft_to_example() -> None:
    out = diff(empty_draft(), example())
    assert "canvas 1920×1080 → 1920×1080" not in out
    assert 'added Title "Urban Dreams" 0-3s' in out


def test_inputs_not_mutated() -> None:
    a, b = example(), _edited(_set(["t", 1, "sg", 0, "volume"], 0.5))
    ca, cb = copy.deepcopy(a), copy.deepcopy(b)
    diff(a, b)
    assert (a, b) == (ca, cb)


def test_repeated_ids_pair_in_order() -> None:
    draft = {"t": [{"id": "x", "tt": 0, "sg": [{"d": 1000, "name": "A"}]},
                   {"id": "x", "tt": 0, "sg": [{"d": 2000, "name": "B"}]}]}
    assert diff(draft, copy.deepcopy(draft)) == []


def test_track_volume_when_segments_have_their_own() -> None:
    a = {"t": [{"tt": 1, "role": "bgm", "sg": [{"d": 1000, "name": "m", "volume": 0.5}]}]}
    b = copy.deepcopy(a)
    b["t"][0]["volume"] = 0.8
    assert diff(a, b) == ["BGM track volume 100% → 80%"]
    c = {"t": [{"tt": 1, "role": "bgm", "volume": 0.8, "sg": [{"d": 1000, "name": "m"}]}]}
    assert diff(c, {"t": [{**c["t"][0], "volume": 0.4}]}) == ["BGM volume 80% → 40%"]
