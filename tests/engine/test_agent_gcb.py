"""gcb (issue 9): on-screen text and the picture - words after a text's colon keep their own closing ! ? …
and an initial's stop ("Amara K."); a price in any currency (₦ ₹ R 元) is the words; a credit ("Translated
by …", "dubbed by …") is words, never a translation asked; "up top" is the top; the brightness cut (cut /
drop / dial back / knock down) is lowered, a "washed out" beside it adds no saturation; the blurred fill
turned down ("别给我加模糊背景", "不要虚化", "don't give me the blurry background") is a solid fill; "发ins用
方形的" is the instagram preset, "底下加一行 私信下单" a line of text; the spelling normaliser never turns a
real word ("creases", "ducklings", "substitutes") into a keyword."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import assert_edits
from tests.engine.agent_plans import plan as _plan
from vidai_nb.engine.agent.normalize import fix_typos

Ops = list[tuple[str, dict[str, Any]]]

CASES: list[tuple[str, Ops, bool]] = [
    # the words' own marks
    ("add text at the top: Don't cut it while hot!",
     [("add_text", {"text": "Don't cut it while hot!", "pos": "top"})], False),
    ("put a line at the top: Who's hungry?", [("add_text", {"text": "Who's hungry?", "pos": "top"})], False),
    ("can you add text saying welcome?", [("add_text", {"text": "welcome"})], False),
    ("add text: SALE! fade out at the end",
     [("add_text", {"text": "SALE"}), ("fade", {"fade_out_ms": 1000})], False),
    ("text at the bottom the whole time: Translated by Amara K.",
     [("add_text", {"text": "Translated by Amara K.", "pos": "bottom"})], True),
    ("add text at the top: Hello there.", [("add_text", {"text": "Hello there"})], False),
    # a price
    ("put ₦5,000 only in yellow top right from 4 to 9 sec",
     [("add_text", {"text": "₦5,000 only", "pos": "top-right", "start_ms": 4000, "end_ms": 9000,
                    "color": "#FFFF00"})], False),
    ("show R99 a month top left from 2 to 7 sec",
     [("add_text", {"text": "R99 a month", "pos": "top-left", "start_ms": 2000, "end_ms": 7000})], False),
    # up top
    ("put SCORE 3 - 0 up top", [("add_text", {"text": "SCORE 3 - 0", "pos": "top"})], False),
    ("put SALE 50% off up top", [("add_text", {"text": "SALE 50% off", "pos": "top"})], False),
    # brightness down
    ("cut the brightness a bit, its washed out",
     [("color", {"brightness": -0.15, "saturation": None})], False),
    ("drop the brightness a little", [("color", {"brightness": -0.15})], False),
    ("it looks washed out, more saturation pls", [("color", {"saturation": 1.3})], False),
    ("brighten it a bit and more saturated, the night footage is so dull",
     [("color", {"brightness": 0.15, "saturation": 1.3})], False),
    # no blur: solid
    ("竖屏 别给我加模糊背景 黑边就行", [("set_aspect", {"ratio": "9:16", "fit": "solid"})], False),
    ("改成竖屏 不要虚化 用黑边", [("set_aspect", {"ratio": "9:16", "fit": "solid"})], False),
    ("make it vertical, don't give me the blurry background, black bars are fine",
     [("set_aspect", {"ratio": "9:16", "fit": "solid"})], False),
    ("竖屏 模糊背景", [("set_aspect", {"ratio": "9:16", "fit": "blur"})], False),
    # ins square + a line
    ("发ins用 方形的 底下加一行 私信下单",
     [("platform", {"name": "instagram"}), ("add_text", {"text": "私信下单", "pos": "bottom"})], False),
    ("顶上加一行 关注我", [("add_text", {"text": "关注我", "pos": "top"})], False),
]


@pytest.mark.parametrize(("text", "ops", "clips3"), CASES)
def test_read(text: str, ops: Ops, clips3: bool) -> None:
    plan = _plan(text, clips3=clips3)
    assert_edits(plan, ops)


@pytest.mark.parametrize("text", [
    "translate it to french",
    "can it be translated by ai into spanish",
    "dub it into spanish",
    "translate it into french by tomorrow",
])
def test_translation_still_refused(text: str) -> None:
    plan = _plan(text)
    assert plan.refusal and not plan.ops


@pytest.mark.parametrize(("word", "meant"), [
    ("creases", "creases"), ("creased", "creased"), ("fade", "fade"), ("face", "face"), ("clip", "clip"),
    ("flip", "flip"), ("mute", "mute"), ("minute", "minute"), ("sparkler", "sparkler"),
    ("ducklings", "ducklings"), ("substitutes", "substitutes"), ("peaking", "peaking"),
    # typos are still corrected
    ("tittle", "title"), ("musci", "music"), ("brigthness", "brightness"), ("uploads", "upload"),
])
def test_normaliser_keeps_real_words(word: str, meant: str) -> None:
    assert fix_typos(word) == meant


def test_creases_not_increase() -> None:
    plan = _plan("remove the creases from the backdrop")
    assert plan.refusal and not plan.ops
