"""holdout29's English misses, each a class (h29en): dead air described beside silence removal is what the
silences are, ..."""

from __future__ import annotations

from typing import Any

import pytest

from vidai_nb.engine.agent import Plan, parse
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft

MEDIA = list(SAMPLE_MEDIA.values())


def plan(text: str, language: str = "en", music: bool = False) -> Plan:
    return parse(text, language, MEDIA, sample_draft(["clip.mp4"], "music.mp3" if music else None))


def ops(p: Plan) -> list[dict[str, Any]]:
    return [{**o.model_dump(exclude_defaults=True, exclude={"bounds", "silences"}),
             "op": getattr(o, "op", "")} for o in p.ops]


@pytest.mark.parametrize("text", [
    "remove the silences, its a lecture so theres loads of dead air",
    "cut the pauses, so much dead air in this podcast",
    "theres a lot of dead air, cut the silent parts",
    "tighten up the pauses, my interview has tons of dead air"])
def test_dead_air_described_beside_silence_removal_is_the_silences(text: str) -> None:
    assert ops(plan(text)) == [{"op": "remove_silences"}]


@pytest.mark.parametrize(("text", "want"), [
    ("remove the dead air", ["trim_dead_air"]),
    ("trim the dead air, remove silences over 700ms", ["trim_dead_air", "remove_silences"]),
    ("remove the silences, theres dead air at the start too", ["remove_silences", "trim_dead_air"])])
def test_dead_air_asked_for_or_at_an_end_still_trims_the_ends(text: str, want: list[str]) -> None:
    assert [o["op"] for o in ops(plan(text))] == want
