"""Choose the planner for a turn: the LLM when one is configured (falling back), else the parser."""

from __future__ import annotations

import os

from .events import Plan, TurnContext
from .parser import parse


def plan_turn(ctx: TurnContext) -> tuple[Plan, str]:
    """(plan, note for the reply). Blocking (an LLM call may take seconds): run it in a thread."""
    media = list(ctx.media.values())
    if os.environ.get("VIDAI_LLM_URL"):
        from .llm import LLMError, llm_plan

        try:
            return llm_plan(ctx.text, ctx.language, media, ctx.draft), ""
        except LLMError as exc:
            zh = ctx.language.lower().startswith("zh")
            note = (f"（语言模型不可用：{exc}；改用内置解析器。）" if zh else
                    f"(The language model was unavailable — {exc} — so I used the built-in parser.)")
            return parse(ctx.text, ctx.language, media, ctx.draft), note
    return parse(ctx.text, ctx.language, media, ctx.draft), ""
