"""A reply says "I didn't understand …" only of words that really carried an edit left undone: a reason told
beside the edit, a purpose after "so …" and a time said again are accounted for, not named."""

from __future__ import annotations

import pytest

from vidai_nb.engine.agent import parse


def _unread(text: str) -> str:
    plan = parse(text, "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en")
    assert plan.ops or plan.export or plan.question, plan
    return " ".join(n for n in plan.notes if n.startswith(("I didn't understand", "这部分我没看懂")))


@pytest.mark.parametrize("text", [
    # a reason told, with its own subject and a verb that is no order
    "cut 0:12 to 0:15, the dog barks there",
    "turn the denoise off, it makes the music sound muffled",
    "remove my filler words, i say like every other word",
    "undo that, the title looked bad",
    "trim the first 3 seconds, my sister asked me not to post that part",
    "make it 9:16, its a 45 sec clip",
    # a purpose after "so …"
    "slow it down to half speed so students can follow the steps",
    "cap it at 720p so it uploads faster",
    "mirror it so the writing on the sign reads right",
    # a time said again that the reading holds
    "剪成20秒 就20秒",
    "stop the video at 0:40, the show ends at 0:40",
])
def test_a_reason_a_purpose_or_a_time_said_again_is_not_named_as_not_understood(text: str) -> None:
    assert _unread(text) == ""


@pytest.mark.parametrize(("text", "word"), [
    ("cut 0:40 to 0:44, the title should be red", "red"),           # asked with "should": an order
    ("make it 9:16 and mute the music, also the sky purple", "purple"),
    ("cut 0:40 to 0:44 so it's 30 seconds", "30"),                  # a time in the purpose, not held
    ("mute the music so the sky is purple", "purple"),              # a colour is an edit, never a purpose
])
def test_words_that_carry_an_undone_edit_are_still_named(text: str, word: str) -> None:
    assert word in _unread(text)
