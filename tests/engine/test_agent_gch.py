"""gch (issue 9): ONE reader of the words of a reason clause (markers.REASONS / reason_words), used by the
three places that read one - semantics.reason_values (a value replaced, the old one named only to say why:
"1.5x, 2x annoyed my viewers"), rules/sound._noise_is_why (a noise named only as why a level is asked:
"40%, the kids say the fan noise is too much") and rules/text (someone's words reported, never text to show:
"client says it looks amateur"); and answers._CAPABILITY_EN as a table of ways, like _CAPABILITY_WAYS_EN."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import assert_edits
from tests.engine.agent_plans import plan as _plan
from vidai_nb.engine.agent import answers, semantics
from vidai_nb.engine.agent import cached_re as re
from vidai_nb.engine.agent.markers import REASONS, reason_words
from vidai_nb.engine.agent.rules import sound, text

Ops = list[tuple[str, dict[str, Any]]]


@pytest.mark.parametrize(("said", "names"), [
    ("because the fan is loud", ("why",)),
    ("my students are complaining", ("why",)),
    ("i can't stand the buzz", ("why",)),
    ("2x was way too fast", ("state",)),
    ("my boss says it looks amateur", ("told",)),
])
def test_reason_words_hear(said: str, names: tuple[str, ...]) -> None:
    assert re.search(reason_words(*names), said)


def test_reason_words_whole_words_only() -> None:
    # ("sincere", "because" inside another word, "bcc" are no reasons)
    assert not re.search(reason_words("why"), "a sincere thank-you, bcc my team")


def test_the_three_readers_share_the_table() -> None:
    assert reason_words("why", "told") == sound._WHY_SAID
    assert semantics._REASON_SAID.pattern == reason_words("why", "state", "told") + "|" + REASONS["state_zh"]
    assert text._REPORTED.endswith(reason_words("told"))


CASES: list[tuple[str, Ops]] = [
    # semantics.reason_values: the old value said with a state, a feeling or a complaint - no second change
    ("make it 720p, the uni server chokes on 1080", [("resolution", {"max_height": 720})]),
    ("set the speed to 1.5x, 2x annoyed my viewers", [("speed", {"factor": 1.5})]),
    ("cap it at 720p, 1080 bothered the school projector", [("resolution", {"max_height": 720})]),
    ("速度调到1.5倍 2倍大家都受不了", [("speed", {"factor": 1.5})]),
    # sound._noise_is_why: a noise named only as why - the level, no denoise
    ("reduce the original sound to 50%, my students are complaining of the fan noise",
     [("set_volume", {"track": "main", "volume": 0.5})]),
    ("turn the volume down to 40% since the buzz of the fridge is distracting",
     [("set_volume", {"track": "main", "volume": 0.4})]),
    ("reduce the sound to 40%, the kids say the fan noise is too much",
     [("set_volume", {"track": "main", "volume": 0.4})]),
    # rules/text: someone's words reported are why, never text on the picture
    ("make it black and white, client says the colours look amateur", [("color", {"gray": True})]),
    ("add subtitles, my boss says people watch on mute", [("add_subtitles", {})]),
    # a noise to remove, said with a reason: still removed
    ("remove the hum, my mum says it ruins the video", [("denoise", {"on": True})]),
]


@pytest.mark.parametrize(("said", "ops"), CASES)
def test_reason_clause_read(said: str, ops: Ops) -> None:
    assert_edits(_plan(said), ops)


@pytest.mark.parametrize("said", [
    "can you export gifs here?",
    "ok so can it do karaoke style lyrics?",
    "can the subtitles come out in spanish?",
    "is it possible to get an srt file out of it?",
])
def test_capability_table(said: str) -> None:
    assert answers._CAPABILITY_EN.search(said)
    assert any(re.search(answers._CAPABILITY_LEAD_EN + "(?:" + p + ")", said)
               for p in answers._CAPABILITY_ASKED_EN)


def test_capability_order_not_asked() -> None:
    assert not answers._CAPABILITY_EN.search("can you trim the first 5 seconds of this video")
